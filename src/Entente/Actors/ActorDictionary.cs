using System.Globalization;
using Entente.Language.Syntax;

namespace Entente.Actors;

/// <summary>
/// Every name Entente knows: states, their adjectives and capitals, institutions, organisations and people with
/// their offices over time. Loaded once from tab-separated files (see data/README.md), then read-only and thread-safe.
/// </summary>
internal sealed class ActorDictionary
{
    private readonly TokenTrie<ActorEntry> _names;
    private readonly Dictionary<string, List<Office>> _officesByPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _personByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Office>> _officesByTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActorEntry> _byCode = new(StringComparer.Ordinal);

    private ActorDictionary() : this(new TokenTrie<ActorEntry>()) { }

    private ActorDictionary(TokenTrie<ActorEntry> names) => _names = names;

    /// <summary>The name trie (all kinds but people, who are matched through <see cref="FindPerson"/>).</summary>
    public TokenTrie<ActorEntry> Names => _names;

    /// <summary>Number of names loaded.</summary>
    public int NameCount => _names.Count;

    /// <summary>Number of office tenures loaded.</summary>
    public int OfficeCount { get; private set; }

    /// <summary>The default dictionary folder: "data" beside the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Loads every .tsv file under the given files or folders (actors under "actors", offices under "people").</summary>
    public static ActorDictionary Load(IEnumerable<string> paths) => LoadFiles(FilesOf(paths));

    // The .tsv files of the given files or folders, in the order they load.
    private static List<string> FilesOf(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path)) files.AddRange(Directory.EnumerateFiles(path, "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else throw new DictionaryFormatException(path, "no such dictionary file or folder");
        }
        return files;
    }

    private static ActorDictionary LoadFiles(List<string> files)
    {
        var dictionary = new ActorDictionary();
        foreach (var file in files) dictionary.AddRows(file);
        // Once for all the files: freezing builds a read-optimised lookup per trie node, and doing it after each file
        // rebuilt the root's (thousands of first words) every time, a good part of the start-up of every command.
        dictionary._names.Freeze();
        return dictionary;
    }

    /// <summary>
    /// Loads the shipped dictionaries from <paramref name="dataFolder"/> (default <see cref="DefaultFolder"/>) plus any extra
    /// files or folders: from the <see cref="ActorImage"/> made from these very files when there is one, else from the
    /// files, then writes the image for the next run.
    /// </summary>
    public static ActorDictionary LoadDefault(string? dataFolder = null, IEnumerable<string>? extra = null)
    {
        var root = dataFolder ?? DefaultFolder;
        var paths = new List<string>();
        foreach (var sub in new[] { "actors", "people" })
            if (Directory.Exists(Path.Combine(root, sub))) paths.Add(Path.Combine(root, sub));
        if (extra is not null) paths.AddRange(extra);
        var files = FilesOf(paths);
        if (ActorImage.TryRead(root, files) is { } cached) return cached;
        var dictionary = LoadFiles(files);
        ActorImage.TryWrite(root, files, dictionary);
        return dictionary;
    }

    /// <summary>Reads one file: a file with six columns is an office file, with four an actor file.</summary>
    public void LoadFile(string file)
    {
        AddRows(file);
        _names.Freeze();
    }

    private void AddRows(string file)
    {
        foreach (var (fields, origin) in TsvRows.Read(file))
        {
            if (fields.Length == 6) AddOffice(fields, origin);
            else if (fields.Length == 4) AddActor(fields, origin);
            else if (fields.Length == 2) AddGivenNames(fields, origin);
            else throw new DictionaryFormatException(origin, $"expected 2 fields (gender, given names), 4 (code, sector, kind, names) or 6 (names, country, sector, office, start, end), found {fields.Length}");
        }
    }

    private readonly Dictionary<string, Discourse.Gender> _givenNames = new(StringComparer.OrdinalIgnoreCase);

    // "female <TAB> Annalena|Kaja|…": given names borne almost always by one sex (people/given-names.tsv).
    private void AddGivenNames(string[] f, string origin)
    {
        var gender = f[0].Trim() switch
        {
            "female" => Discourse.Gender.Female,
            "male" => Discourse.Gender.Male,
            _ => throw new DictionaryFormatException(origin, $"unknown gender '{f[0]}' (female or male)"),
        };
        foreach (var name in f[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            _givenNames[name] = gender;
    }

    /// <summary>The sex news writes for a bearer of the given name <paramref name="name"/>, when the name says it.</summary>
    internal Discourse.Gender GenderOfGivenName(string name) => _givenNames.TryGetValue(name, out var g) ? g : Discourse.Gender.Unknown;

    // Filled name by name; for a dictionary read from an image, made from its strings the first time it is asked for.
    private HashSet<string>? _nameWords = new(StringComparer.Ordinal);
    // For a dictionary read from an image: the image's numbers of the strings of _nameWords, in its order.
    private (ImageReader Image, int[] Numbers)? _nameWordStrings;
    private ulong[]? _nameWordHashes;

    /// <summary>
    /// The capitalised words of every proper name in the dictionary ("Beijing", "Korea", "NATO", "Kishida"): the language
    /// stage's gazetteer, so that the tagger knows a name it never saw in its treebank.
    /// </summary>
    public IReadOnlyCollection<string> NameWords => _nameWords ?? LazyInitializer.EnsureInitialized(ref _nameWords, () =>
    {
        var (image, numbers) = _nameWordStrings!.Value;
        var words = new HashSet<string>(numbers.Length, StringComparer.Ordinal);
        foreach (int number in numbers) words.Add(image.StringAt(number));
        return words;
    });

    /// <summary>
    /// The <see cref="WordInfo.ExactOf"/> hash of each of <see cref="NameWords"/>, in its order: what the gazetteer is made
    /// of (an image keeps them, so that a run neither makes the words' strings nor hashes them).
    /// </summary>
    public ulong[] NameWordHashes => _nameWordHashes ?? LazyInitializer.EnsureInitialized(ref _nameWordHashes,
        () => [.. NameWords.Select(word => WordInfo.ExactOf(word))]);

    private readonly HashSet<string> _demonyms = new(StringComparer.Ordinal);

    private readonly HashSet<string> _oneWordStates = new(StringComparer.Ordinal);

    /// <summary>
    /// The one-word names of states and their capitals ("Russia", "Beijing"): for the language stage, a capitalised word
    /// glued to one of them starts a new line lost by a scraped page ("RussiaDate").
    /// </summary>
    public IReadOnlyCollection<string> OneWordStates => _oneWordStates;

    /// <summary>
    /// The singular one-word adjectives of states and peoples ("Mexican", "Chinese"): for the language stage, a word
    /// after one of them is a noun ("Mexican exports").
    /// </summary>
    public IReadOnlyCollection<string> Demonyms => _demonyms;

    private void AddNameWords(string name)
    {
        // Split as spans: a string is made only for a word the set does not hold yet (most names repeat their words).
        var words = _nameWords!.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = name.AsSpan();
        foreach (var range in text.SplitAny(" -–"))
        {
            var word = text[range];
            if (word.Length > 0 && char.IsUpper(word[0])) words.Add(word.TrimEnd(".,"));
        }
    }

    private readonly Dictionary<string, List<ActorEntry>> _seats = new(StringComparer.Ordinal);

    /// <summary>
    /// The organisations seated in the capital named <paramref name="capital"/> (rows of kind <c>seat</c>: "EU IGO seat
    /// Brussels"): news names the seat for the body ("Brussels froze the accession talks") when the story is about it.
    /// </summary>
    public IReadOnlyList<ActorEntry> SeatedIn(string capital) => _seats.TryGetValue(capital, out var list) ? list : [];

    private void AddActor(string[] f, string origin)
    {
        if (f[2].Trim().Equals("seat", StringComparison.OrdinalIgnoreCase))
        {
            AddSeat(f, origin);
            return;
        }
        if (!TryParseKind(f[2].Trim(), out var kind))
            throw new DictionaryFormatException(origin, $"unknown kind '{f[2]}'");
        var code = f[0].Trim();
        if (kind == ActorEntryKind.Ignore && code is "" or "-") code = "NONE";
        if (kind == ActorEntryKind.Generic && code is not "*") throw new DictionaryFormatException(origin, "a generic description takes the code '*' (its state comes from the story)");
        if (code.Length == 0) throw new DictionaryFormatException(origin, "empty code");
        var sector = f[1].Trim() is "" or "-" ? null : f[1].Trim();
        foreach (var n in f[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var entry = new ActorEntry(new ActorCode(code), sector, kind, n, origin);
            _names.Add(StripArticle(n), entry);
            // Adjectives of states ("Chinese") are adjectives in grammar, not names.
            if (kind != ActorEntryKind.Adjective) AddNameWords(n);
            if (ActorEntry.IsSingularDemonym(kind, n)) _demonyms.Add(n);
            if (kind is ActorEntryKind.State or ActorEntryKind.Capital && !n.Contains(' ') && char.IsUpper(n[0])) _oneWordStates.Add(n);
            if (kind is ActorEntryKind.State or ActorEntryKind.Organization) _byCode.TryAdd(entry.Code.Value, entry);
        }
    }

    private void AddSeat(string[] f, string origin)
    {
        var code = f[0].Trim();
        if (code.Length == 0) throw new DictionaryFormatException(origin, "empty code");
        var sector = f[1].Trim() is "" or "-" ? null : f[1].Trim();
        foreach (var n in f[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!_seats.TryGetValue(n, out var list)) _seats[n] = list = [];
            list.Add(new ActorEntry(new ActorCode(code), sector, ActorEntryKind.Organization, n, origin));
        }
    }

    private void AddOffice(string[] f, string origin)
    {
        var names = f[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0) throw new DictionaryFormatException(origin, "no name");
        var code = f[1].Trim();
        if (code.Length == 0) throw new DictionaryFormatException(origin, "empty country");
        var office = new Office(names[0], new ActorCode(code), f[2].Trim() is "" or "-" ? "GOV" : f[2].Trim(),
            f[3].Trim().ToLowerInvariant(), ParseDate(f[4], origin), ParseDate(f[5], origin), origin);
        if (!_officesByPerson.TryGetValue(names[0], out var list)) _officesByPerson[names[0]] = list = [];
        list.Add(office);
        if (!_officesByTitle.TryGetValue(office.Title, out var byTitle)) _officesByTitle[office.Title] = byTitle = [];
        byTitle.Add(office);
        foreach (var n in names) { _personByKey.TryAdd(NameNormalizer.Key(n), names[0]); AddNameWords(n); }
        AddSurname(names[0], code);
        OfficeCount++;
    }

    private static DateOnly? ParseDate(string text, string origin)
    {
        text = text.Trim();
        if (text is "" or "-") return null;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new DictionaryFormatException(origin, $"bad date '{text}' (use YYYY-MM-DD, YYYY-MM or -)");
    }

    private static string StripArticle(string name) => name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name;

    // Names only: Enum.TryParse also accepts numbers ("3" would silently be a capital).
    private static bool TryParseKind(string text, out ActorEntryKind kind)
    {
        kind = default;
        return text.Length > 0 && text.All(char.IsAsciiLetter) && Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }

    /// <summary>The main name of the person whose name (in any spelling the normaliser folds together) is <paramref name="name"/>.</summary>
    public string? FindPerson(ReadOnlySpan<char> name) => _personByKey.TryGetValue(NameNormalizer.Key(name), out var p) ? p : null;

    private readonly Dictionary<string, string?> _personBySurname = new(StringComparer.Ordinal);

    // East Asian names lead with the family name; others end with it. A surname shared by two people maps to none.
    private void AddSurname(string person, string code)
    {
        var parts = person.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return;
        var surname = code is "CHN" or "KOR" or "PRK" or "TWN" or "VNM" or "HKG" or "MAC" ? parts[0] : parts[^1];
        // "Frederik X", "Charles III": a regnal number is no family name (and "X" is also a social network).
        if (surname.AsSpan().IndexOfAnyExcept("IVXLC") < 0) return;
        // Folded as full names are: "Sanchez" written without its accent is still "Sánchez".
        var key = NameNormalizer.Key(surname);
        if (_personBySurname.TryGetValue(key, out var existing)) { if (existing != person) _personBySurname[key] = null; }
        else _personBySurname[key] = person;
    }

    /// <summary>The known person whose family name is <paramref name="surname"/> (in any spelling its key folds), when exactly one is.</summary>
    public string? FindPersonBySurname(string surname) => _personBySurname.GetValueOrDefault(NameNormalizer.Key(surname));

    /// <summary>The known person a one-word name stands for: the one whose family name it is, else the one the dictionary
    /// lists under that word ("Lula"); folded once for both.</summary>
    public string? FindPersonByOneWord(string word)
    {
        var key = NameNormalizer.Key(word);
        return _personBySurname.GetValueOrDefault(key) ?? _personByKey.GetValueOrDefault(key);
    }

    /// <summary>The offices a person held.</summary>
    public IReadOnlyList<Office> OfficesOf(string person) => _officesByPerson.TryGetValue(person, out var l) ? l : [];

    /// <summary>The office a person held on <paramref name="date"/>, or their latest office when none matches.</summary>
    public Office? OfficeOn(string person, DateOnly? date)
    {
        var offices = OfficesOf(person);
        if (offices.Count == 0) return null;
        foreach (var o in offices) if (o.HeldOn(date)) return o;
        return offices.OrderByDescending(o => o.Start ?? DateOnly.MinValue).First();
    }

    /// <summary>Who held <paramref name="title"/> for <paramref name="code"/> on <paramref name="date"/> ("president", KOR, 2024-07-01 → Yoon Suk-yeol).</summary>
    public Office? Holder(string title, ActorCode code, DateOnly? date)
    {
        if (!_officesByTitle.TryGetValue(title, out var list)) return null;
        foreach (var o in list) if (o.Code == code && o.HeldOn(date)) return o;
        return null;
    }

    /// <summary>What <paramref name="code"/> stands for: a state when states.tsv names it as one, a group when it joins codes,
    /// an organisation otherwise (the length of a code says nothing: IMF and GCC are not states).</summary>
    public ActorKind KindOf(ActorCode code)
    {
        if (code.Value.Contains('+')) return ActorKind.Group;
        return _byCode.TryGetValue(code.Value, out var entry) && entry.Kind == ActorEntryKind.State ? ActorKind.State : ActorKind.Organization;
    }

    /// <summary>The state or organisation entry for a code, for display names.</summary>
    public ActorEntry? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Writes every table of the dictionary as loaded (see <see cref="ActorImage"/>).</summary>
    internal void Write(ImageWriter writer)
    {
        // Entries and offices are numbered, so that one shared by two tables (a state's entry is in the trie and in the
        // table by code; a tenure is listed by person and by title) is one object again when read.
        var entries = new Dictionary<ActorEntry, int>(ReferenceEqualityComparer.Instance);
        void Number(ActorEntry entry) => entries.TryAdd(entry, entries.Count);
        foreach (var entry in _names.AllValues()) Number(entry);
        foreach (var entry in _byCode.Values) Number(entry);
        foreach (var list in _seats.Values) foreach (var entry in list) Number(entry);
        var offices = new Dictionary<Office, int>(ReferenceEqualityComparer.Instance);
        foreach (var list in _officesByPerson.Values) foreach (var office in list) offices.TryAdd(office, offices.Count);
        foreach (var list in _officesByTitle.Values) foreach (var office in list) offices.TryAdd(office, offices.Count);

        writer.Write(entries.Count);
        foreach (var entry in entries.Keys)
        {
            writer.Write(entry.Code.Value);
            writer.Write(entry.Sector);
            writer.Write((int)entry.Kind);
            writer.Write(entry.Name);
            writer.Write(entry.Origin);
            writer.Write(entry.Person);
        }
        writer.Write(offices.Count);
        foreach (var office in offices.Keys)
        {
            writer.Write(office.Person);
            writer.Write(office.Code.Value);
            writer.Write(office.Sector);
            writer.Write(office.Title);
            writer.Write(office.Start?.DayNumber ?? -1);
            writer.Write(office.End?.DayNumber ?? -1);
            writer.Write(office.Origin);
        }
        _names.Write(writer, e => entries[e]);
        // Every table in the order it enumerates, and read back in that order: the same tables, down to that order.
        WriteLists(writer, _officesByPerson, o => offices[o]);
        WriteLists(writer, _officesByTitle, o => offices[o]);
        WriteLists(writer, _seats, e => entries[e]);
        writer.Write(_personByKey.Count);
        foreach (var (key, person) in _personByKey) { writer.Write(key); writer.Write(person); }
        writer.Write(_personBySurname.Count);
        foreach (var (key, person) in _personBySurname) { writer.Write(key); writer.Write(person); }
        writer.Write(_byCode.Count);
        foreach (var (code, entry) in _byCode) { writer.Write(code); writer.Write(entries[entry]); }
        writer.Write(_givenNames.Count);
        foreach (var (name, gender) in _givenNames) { writer.Write(name); writer.Write((int)gender); }
        WriteSet(writer, NameWords);
        writer.Write(NameWordHashes);
        WriteSet(writer, _demonyms);
        WriteSet(writer, _oneWordStates);
        writer.Write(OfficeCount);
    }

    /// <summary>Reads a dictionary written by <see cref="Write"/>.</summary>
    internal static ActorDictionary Read(ActorImageReader reader)
    {
        // Entries are made when a lookup returns them; tables are read whole.
        var entries = ImageEntries.Read(reader);
        var offices = new Office[reader.ReadCount()];
        for (int i = 0; i < offices.Length; i++)
        {
            var person = reader.ReadRequiredString();
            var code = reader.ReadCode();
            var sector = reader.ReadRequiredString();
            var title = reader.ReadRequiredString();
            var start = ReadDate(reader);
            offices[i] = new Office(person, code, sector, title, start, ReadDate(reader), reader.ReadRequiredString());
        }
        var dictionary = new ActorDictionary(TokenTrie<ActorEntry>.Read(reader, entries.Count, i => entries[i]));
        ReadLists(reader, dictionary._officesByPerson, i => offices[i]);
        ReadLists(reader, dictionary._officesByTitle, i => offices[i]);
        ReadLists(reader, dictionary._seats, i => entries[i]);
        int count = reader.ReadCount();
        dictionary._personByKey.EnsureCapacity(count);
        for (int i = 0; i < count; i++) dictionary._personByKey.Add(reader.ReadRequiredString(), reader.ReadRequiredString());
        count = reader.ReadCount();
        dictionary._personBySurname.EnsureCapacity(count);
        for (int i = 0; i < count; i++) dictionary._personBySurname.Add(reader.ReadRequiredString(), reader.ReadString());
        count = reader.ReadCount();
        dictionary._byCode.EnsureCapacity(count);
        for (int i = 0; i < count; i++) dictionary._byCode.Add(reader.ReadRequiredString(), entries[reader.ReadInt32()]);
        count = reader.ReadCount();
        dictionary._givenNames.EnsureCapacity(count);
        for (int i = 0; i < count; i++) dictionary._givenNames.Add(reader.ReadRequiredString(), (Discourse.Gender)reader.ReadInt32());
        var nameWords = reader.ReadInt32s();
        foreach (int number in nameWords) if ((uint)number >= (uint)reader.StringCount) throw new InvalidDataException("bad name word in actor image");
        dictionary._nameWords = null;
        dictionary._nameWordStrings = (reader, nameWords);
        dictionary._nameWordHashes = reader.ReadUInt64s();
        if (dictionary._nameWordHashes.Length != nameWords.Length) throw new InvalidDataException("bad name words in actor image");
        ReadSet(reader, dictionary._demonyms);
        ReadSet(reader, dictionary._oneWordStates);
        dictionary.OfficeCount = reader.ReadInt32();
        return dictionary;
    }

    private static DateOnly? ReadDate(ActorImageReader reader) => reader.ReadInt32() is >= 0 and var day ? DateOnly.FromDayNumber(day) : null;

    private static void WriteLists<T>(ImageWriter writer, Dictionary<string, List<T>> table, Func<T, int> numberOf)
    {
        writer.Write(table.Count);
        foreach (var (key, list) in table)
        {
            writer.Write(key);
            writer.Write(list.Count);
            foreach (var item in list) writer.Write(numberOf(item));
        }
    }

    private static void ReadLists<T>(ActorImageReader reader, Dictionary<string, List<T>> table, Func<int, T> itemAt)
    {
        int count = reader.ReadCount();
        table.EnsureCapacity(count);
        for (int i = 0; i < count; i++)
        {
            var key = reader.ReadRequiredString();
            var list = new List<T>(reader.ReadCount());
            for (int n = list.Capacity; n > 0; n--) list.Add(itemAt(reader.ReadInt32()));
            table.Add(key, list);
        }
    }

    private static void WriteSet(ImageWriter writer, IReadOnlyCollection<string> set)
    {
        writer.Write(set.Count);
        foreach (var item in set) writer.Write(item);
    }

    private static void ReadSet(ActorImageReader reader, HashSet<string> set)
    {
        int count = reader.ReadCount();
        set.EnsureCapacity(count);
        for (int i = 0; i < count; i++) set.Add(reader.ReadRequiredString());
    }
}
