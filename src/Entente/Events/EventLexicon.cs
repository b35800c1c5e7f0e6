using System.Globalization;
using Entente.Actors;
using Entente.Language;

namespace Entente.Events;

/// <summary>Whether a lexicon entry is headed by a verb ("accuse _ of") or a noun ("visit to _").</summary>
internal enum EntryHead : byte
{
    /// <summary>Verb-headed: the head matches any inflection of the lemma.</summary>
    Verb,
    /// <summary>Noun-headed: the head matches the noun and its plural.</summary>
    Noun,
    /// <summary>Adjective-headed: "ready to", "willing to" (the clause's subject is the source).</summary>
    Adjective,
}

/// <summary>One element of a lexicon pattern after its head.</summary>
internal readonly record struct PatternElement(PatternElementKind Kind, string[] Words);

/// <summary>What a pattern element matches.</summary>
internal enum PatternElementKind : byte
{
    /// <summary>One of a few literal words (nouns also match their plural).</summary>
    Word,
    /// <summary>The target actor's phrase.</summary>
    Target,
    /// <summary>After the preposition that ends a pattern of force ("fire * missile at"): the target actor's phrase, or else a
    /// thing the force was aimed at ("a cargo ship"), which names no target.</summary>
    TargetOrThing,
    /// <summary>Zero to four arbitrary tokens.</summary>
    Gap,
    /// <summary>No object follows: "demonstrate ~" (protesters demonstrated) is not "demonstrate their resolve".</summary>
    NoObject,
}

/// <summary>A lexicon entry: a pattern and the event it codes.</summary>
/// <param name="Head">Verb or noun headed.</param>
/// <param name="Lemma">The head word (verb lemma or singular noun).</param>
/// <param name="Elements">What must follow the head, in order.</param>
/// <param name="Type">PLOVER type.</param>
/// <param name="Cameo">CAMEO code.</param>
/// <param name="Goldstein">Goldstein weight of the CAMEO code.</param>
/// <param name="Pattern">The pattern as written, for provenance.</param>
/// <param name="Origin">File and line.</param>
internal sealed record LexiconEntry(EntryHead Head, string Lemma, PatternElement[] Elements, EventType Type, string Cameo, double Goldstein, string Pattern, string Origin)
{
    /// <summary>True when the pattern names where the target stands.</summary>
    public bool HasTargetSlot => Array.Exists(Elements, e => e.Kind == PatternElementKind.Target);

    /// <summary>True when the pattern itself says "no" ("play no role in"): the denial is the act, not its negation.</summary>
    public bool SaysNo { get; } = Array.Exists(Elements, e => e.Kind == PatternElementKind.Word && Array.IndexOf(e.Words, "no") >= 0);

    /// <summary>
    /// Readings of the same head that are not events ("threaten regional peace", "sign a condolence book"): when one of
    /// these matches at the trigger and is at least as long as this entry's pattern, this entry does not match.
    /// </summary>
    public PatternElement[][] Exceptions { get; internal set; } = [];
}

/// <summary>
/// The event lexicon: CAMEO codes with Goldstein weights, verb and noun patterns, verb inflections.
/// Loaded once from data/events (cameo.tsv, lexicon.tsv, verb-forms.tsv); read-only and thread-safe afterwards.
/// </summary>
internal sealed class EventLexicon
{
    private readonly Dictionary<string, (double Goldstein, string Plover, string Name)> _cameo = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(LexiconEntry Entry, bool IsPlural)>> _byForm = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, List<(LexiconEntry Entry, bool IsPlural)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<LexiconEntry> _entries = [];
    private readonly Dictionary<(EntryHead, string), List<PatternElement[]>> _exceptions = [];

    /// <summary>The verb inflector, with the lexicon's exceptions added.</summary>
    public Inflector Inflector { get; } = new();

    /// <summary>All entries, in file order.</summary>
    public IReadOnlyList<LexiconEntry> Entries => _entries;

    private EventLexicon() => _lookup = _byForm.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The default lexicon folder: "data/events" beside the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "data", "events");

    /// <summary>
    /// Loads cameo.tsv, verb-forms.tsv and every lexicon*.tsv from <paramref name="folder"/>, plus extra lexicon files: from
    /// the <see cref="LexiconImage"/> made from these very files when there is one, else from the files, then writes the
    /// image for the next run.
    /// </summary>
    public static EventLexicon Load(string? folder = null, IEnumerable<string>? extraLexicons = null)
    {
        folder ??= DefaultFolder;
        var cameo = Path.Combine(folder, "cameo.tsv");
        if (!File.Exists(cameo)) throw new DictionaryFormatException(cameo, "CAMEO table not found");
        var forms = Path.Combine(folder, "verb-forms.tsv");
        var lexicons = Directory.EnumerateFiles(folder, "lexicon*.tsv").Order(StringComparer.Ordinal).Concat(extraLexicons ?? []).ToList();
        // Every file the tables come from, in the order they are read (a missing verb-forms.tsv is stamped as missing).
        string[] files = [cameo, forms, .. lexicons];
        if (LexiconImage.TryRead(folder, files) is { } cached) return cached;
        var lexicon = new EventLexicon();
        lexicon.LoadCameo(cameo);
        if (File.Exists(forms)) lexicon.LoadVerbForms(forms);
        foreach (var file in lexicons) lexicon.LoadEntries(file);
        lexicon.AttachExceptions();
        LexiconImage.TryWrite(folder, files, lexicon);
        return lexicon;
    }

    /// <summary>Goldstein weight and PLOVER type of a CAMEO code, when known.</summary>
    public bool TryGetCameo(string code, out double goldstein, out string plover)
    {
        if (_cameo.TryGetValue(code, out var c)) { goldstein = c.Goldstein; plover = c.Plover; return true; }
        goldstein = 0; plover = "";
        return false;
    }

    /// <summary>The entries whose head matches <paramref name="word"/>, with whether the word is a plural noun form.</summary>
    public IReadOnlyList<(LexiconEntry Entry, bool IsPlural)> Candidates(ReadOnlySpan<char> word)
    {
        // Every word of every sentence is asked about: most are turned away by their first three letters, without
        // hashing the whole word ignoring case.
        int prefix = PrefixKey(word);
        if (prefix >= 0 && !_formPrefixes[prefix] && !_unfoldedPrefix) return NoCandidates;
        return _lookup.TryGetValue(word, out var list) ? list : NoCandidates;
    }

    // Which first three letters (ASCII, folded to lower case) some indexed form starts with.
    private readonly bool[] _formPrefixes = new bool[26 * 26 * 26];
    // A form whose first three characters are not all ASCII could equal, ignoring case, a word whose are: no word is
    // turned away by its prefix once such a form is indexed.
    private bool _unfoldedPrefix;

    // The index of a word's first three characters when they are ASCII letters (folded to lower case), else -1.
    private static int PrefixKey(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return -1;
        int key = 0;
        for (int k = 0; k < 3; k++)
        {
            int c = word[k] | 0x20;
            if (c is < 'a' or > 'z') return -1;
            key = key * 26 + (c - 'a');
        }
        return key;
    }

    // Most words head no entry: they share one empty list instead of each allocating its own.
    private static readonly (LexiconEntry Entry, bool IsPlural)[] NoCandidates = [];

    private void LoadCameo(string file)
    {
        foreach (var (f, origin) in TsvRows.Read(file, 3))
        {
            if (!double.TryParse(f[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var g))
                throw new DictionaryFormatException(origin, $"bad Goldstein weight '{f[1]}'");
            _cameo[f[0].Trim()] = (g, f[2].Trim(), f.Length > 3 ? f[3].Trim() : "");
        }
    }

    private void LoadVerbForms(string file)
    {
        // Fields after the fifth are other past forms of the same verb ("hang … hung hung hanging hanged").
        foreach (var (f, _) in TsvRows.Read(file, 5))
            AddVerbForms(new VerbForms(f[0].Trim(), f[1].Trim(), f[2].Trim(), f[3].Trim(), f[4].Trim())
            {
                Variants = [.. f.Skip(5).Select(v => v.Trim()).Where(v => v.Length > 0)],
            });
    }

    // The verb forms read from verb-forms.tsv, in file order: the image keeps them for the inflector.
    private readonly List<VerbForms> _verbForms = [];

    private void AddVerbForms(VerbForms forms)
    {
        _verbForms.Add(forms);
        Inflector.AddException(forms);
    }

    private void LoadEntries(string file)
    {
        foreach (var (f, origin) in TsvRows.Read(file, 4))
        {
            var head = f[0].Trim() switch
            {
                "V" => EntryHead.Verb,
                "N" => EntryHead.Noun,
                "A" => EntryHead.Adjective,
                var k => throw new DictionaryFormatException(origin, $"kind must be V, N or A, not '{k}'"),
            };
            var parts = f[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) throw new DictionaryFormatException(origin, "empty pattern");
            var elements = new PatternElement[parts.Length - 1];
            for (int i = 1; i < parts.Length; i++)
            {
                var p = parts[i];
                elements[i - 1] = p switch
                {
                    "_" => new PatternElement(PatternElementKind.Target, []),
                    "*" => new PatternElement(PatternElementKind.Gap, []),
                    "~" => new PatternElement(PatternElementKind.NoObject, []),
                    _ when p.StartsWith('(') && p.EndsWith(')') => new PatternElement(PatternElementKind.Word, p[1..^1].Split('|', StringSplitOptions.RemoveEmptyEntries)),
                    _ => new PatternElement(PatternElementKind.Word, [p]),
                };
            }
            // "-" in the type and code columns: a reading of the head that is not an event, vetoing shorter patterns.
            if (f[2].Trim() == "-")
            {
                if (f[3].Trim() != "-") throw new DictionaryFormatException(origin, $"a non-event line ('-' type) needs '-' as its CAMEO code, not '{f[3].Trim()}'");
                if (elements.Length == 0) throw new DictionaryFormatException(origin, "a non-event line needs words after its head");
                var key = (head, parts[0].ToLowerInvariant());
                if (!_exceptions.TryGetValue(key, out var list)) _exceptions[key] = list = [];
                list.Add(elements);
                continue;
            }
            if (!EventTypes.TryParse(f[2].Trim(), out var type)) throw new DictionaryFormatException(origin, $"unknown PLOVER type '{f[2]}'");
            var cameo = f[3].Trim();
            if (!_cameo.TryGetValue(cameo, out var c)) throw new DictionaryFormatException(origin, $"unknown CAMEO code '{cameo}'");
            // A pattern that ends in a preposition ("launch * missiles (at|on)") needs what follows it to be an actor:
            // otherwise "on Sunday" would complete it.
            bool hostile = type is EventType.Assault or EventType.Coerce or EventType.Sanction or EventType.Threaten or EventType.Mobilize;
            if (elements.Length > 0 && elements[^1].Kind == PatternElementKind.Word
                && (Array.TrueForAll(elements[^1].Words, w => IsPreposition(w) && (hostile || w is not ("on" or "over" or "with"))) || elements[^1].Words is ["that"]))
            {
                // Force aimed "at a cargo ship" or "into a crowd" happened though no actor is named there; other acts need one.
                bool force = type is EventType.Assault or EventType.Coerce && elements[^1].Words is not ["that"];
                elements = [.. elements, new PatternElement(force ? PatternElementKind.TargetOrThing : PatternElementKind.Target, [])];
            }
            var entry = new LexiconEntry(head, parts[0].ToLowerInvariant(), elements, type, cameo, c.Goldstein, f[1].Trim(), origin);
            _entries.Add(entry);
            if (head == EntryHead.Verb)
            {
                foreach (var form in Inflector.Inflect(entry.Lemma).All) Index(form, entry, false);
                // "call off * talks" is also written with its particle after the object: "called the talks off".
                if (ParticleAfterObject(elements) is { } split)
                {
                    var moved = new LexiconEntry(head, entry.Lemma, split, type, cameo, c.Goldstein, f[1].Trim(), origin);
                    _entries.Add(moved);
                    foreach (var form in Inflector.Inflect(entry.Lemma).All) Index(form, moved, false);
                }
            }
            else if (head == EntryHead.Noun)
            {
                Index(entry.Lemma, entry, false);
                Index(Plural(entry.Lemma), entry, true);
            }
            else Index(entry.Lemma, entry, false);
        }
    }

    private void AttachExceptions()
    {
        foreach (var entry in _entries)
            if (_exceptions.TryGetValue((entry.Head, entry.Lemma), out var list))
                entry.Exceptions = [.. list.Where(x => x.Length >= entry.Elements.Length)];
    }

    // Particles a phrasal verb may put after its object ("handed the suspects over", "turned the offer down").
    private static bool IsParticle(string word) => word is "off" or "over" or "back" or "down" or "out" or "up" or "away";

    // [particle, *, nouns, rest…] as [*, nouns, particle, rest…]; null when the pattern is not of that shape (the particle
    // must be a word of its own and the nouns no preposition: "pull out of * deals" cannot be split).
    private static PatternElement[]? ParticleAfterObject(PatternElement[] elements)
    {
        if (elements.Length < 3 || elements[0] is not { Kind: PatternElementKind.Word, Words: [var particle] } || !IsParticle(particle)
            || elements[1].Kind != PatternElementKind.Gap || elements[2].Kind != PatternElementKind.Word || Array.Exists(elements[2].Words, w => IsPreposition(w) || w is "of" or "to" or "for"))
            return null;
        return [elements[1], elements[2], elements[0], .. elements[3..]];
    }

    private static bool IsPreposition(string word) => word is "at" or "on" or "into" or "against" or "with" or "toward" or "towards"
        or "over" or "upon" or "onto" or "from" or "near" or "across" or "inside";

    private void Index(string form, LexiconEntry entry, bool plural)
    {
        if (!_byForm.TryGetValue(form, out var list)) _byForm[form] = list = [];
        list.Add((entry, plural));
        NotePrefix(form);
    }

    private void NotePrefix(string form)
    {
        int prefix = PrefixKey(form);
        if (prefix >= 0) _formPrefixes[prefix] = true;
        else if (form.Length >= 3 && !System.Text.Ascii.IsValid(form.AsSpan(0, 3))) _unfoldedPrefix = true;
    }

    /// <summary>Writes every table of the lexicon as loaded (see <see cref="LexiconImage"/>).</summary>
    internal void Write(ImageWriter writer)
    {
        writer.Write(_cameo.Count);
        foreach (var (code, (goldstein, plover, name)) in _cameo)
        {
            writer.Write(code);
            writer.Write(goldstein);
            writer.Write(plover);
            writer.Write(name);
        }
        writer.Write(_verbForms.Count);
        foreach (var forms in _verbForms)
        {
            foreach (var form in (ReadOnlySpan<string>)[forms.Lemma, forms.ThirdPerson, forms.Past, forms.Participle, forms.Gerund]) writer.Write(form);
            WriteWords(writer, forms.Variants);
        }
        var numbers = new Dictionary<LexiconEntry, int>(_entries.Count, ReferenceEqualityComparer.Instance);
        writer.Write(_entries.Count);
        foreach (var entry in _entries)
        {
            numbers.Add(entry, numbers.Count);
            writer.Write((int)entry.Head);
            writer.Write(entry.Lemma);
            WriteElements(writer, entry.Elements);
            writer.Write((int)entry.Type);
            writer.Write(entry.Cameo);
            writer.Write(entry.Goldstein);
            writer.Write(entry.Pattern);
            writer.Write(entry.Origin);
            writer.Write(entry.Exceptions.Length);
            foreach (var exception in entry.Exceptions) WriteElements(writer, exception);
        }
        writer.Write(_byForm.Count);
        foreach (var (form, list) in _byForm)
        {
            writer.Write(form);
            writer.Write(list.Count);
            foreach (var (entry, plural) in list) writer.Write(numbers[entry] * 2 + (plural ? 1 : 0));
        }
    }

    /// <summary>Reads the tables <see cref="Write"/> wrote.</summary>
    internal static EventLexicon Read(ImageReader reader)
    {
        var lexicon = new EventLexicon();
        int cameoCount = reader.ReadCount();
        lexicon._cameo.EnsureCapacity(cameoCount);
        for (int i = 0; i < cameoCount; i++)
            lexicon._cameo.Add(reader.ReadRequiredString(), (reader.ReadDouble(), reader.ReadRequiredString(), reader.ReadRequiredString()));
        int formsCount = reader.ReadCount();
        for (int i = 0; i < formsCount; i++)
            lexicon.AddVerbForms(new VerbForms(reader.ReadRequiredString(), reader.ReadRequiredString(), reader.ReadRequiredString(), reader.ReadRequiredString(), reader.ReadRequiredString())
            {
                Variants = ReadWords(reader),
            });
        int entryCount = reader.ReadCount();
        lexicon._entries.Capacity = entryCount;
        for (int i = 0; i < entryCount; i++)
        {
            var head = (EntryHead)reader.ReadInt32();
            var lemma = reader.ReadRequiredString();
            var elements = ReadElements(reader);
            var type = (EventType)reader.ReadInt32();
            var entry = new LexiconEntry(head, lemma, elements, type, reader.ReadRequiredString(), reader.ReadDouble(), reader.ReadRequiredString(), reader.ReadRequiredString());
            var exceptions = new PatternElement[reader.ReadCount()][];
            for (int k = 0; k < exceptions.Length; k++) exceptions[k] = ReadElements(reader);
            if (exceptions.Length > 0) entry.Exceptions = exceptions;
            lexicon._entries.Add(entry);
        }
        int formCount = reader.ReadCount();
        lexicon._byForm.EnsureCapacity(formCount);
        for (int i = 0; i < formCount; i++)
        {
            var form = reader.ReadRequiredString();
            int count = reader.ReadCount();
            var list = new List<(LexiconEntry Entry, bool IsPlural)>(count);
            for (int k = 0; k < count; k++)
            {
                int number = reader.ReadInt32();
                list.Add((lexicon._entries[number >> 1], (number & 1) != 0));
            }
            if (!lexicon._byForm.TryAdd(form, list)) throw new InvalidDataException("a form twice in the lexicon image");
            lexicon.NotePrefix(form);
        }
        return lexicon;
    }

    private static void WriteWords(ImageWriter writer, string[] words)
    {
        writer.Write(words.Length);
        foreach (var word in words) writer.Write(word);
    }

    private static string[] ReadWords(ImageReader reader)
    {
        int count = reader.ReadCount();
        if (count == 0) return [];
        var words = new string[count];
        for (int i = 0; i < words.Length; i++) words[i] = reader.ReadRequiredString();
        return words;
    }

    private static void WriteElements(ImageWriter writer, PatternElement[] elements)
    {
        writer.Write(elements.Length);
        foreach (var element in elements)
        {
            writer.Write((int)element.Kind);
            WriteWords(writer, element.Words);
        }
    }

    private static PatternElement[] ReadElements(ImageReader reader)
    {
        int count = reader.ReadCount();
        if (count == 0) return [];
        var elements = new PatternElement[count];
        for (int i = 0; i < elements.Length; i++) elements[i] = new PatternElement((PatternElementKind)reader.ReadInt32(), ReadWords(reader));
        return elements;
    }

    /// <summary>The regular plural of a noun: "pact" → "pacts", "treaty" → "treaties", "patch" → "patches".</summary>
    public static string Plural(string noun)
    {
        if (noun.EndsWith('y') && noun.Length > 1 && "aeiou".IndexOf(noun[^2]) < 0) return noun[..^1] + "ies";
        if (noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch") || noun.EndsWith("sh")) return noun + "es";
        return noun + "s";
    }
}
