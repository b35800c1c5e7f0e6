namespace Entente.Actors;

/// <summary>
/// A local cache of the actor dictionary as loaded: its entries, offices, name trie and lookup tables, with every string
/// once. Building the dictionary from its tab-separated files (splitting rows, tokenising some 30,000 names, hashing their
/// words into the trie) was about 6% of a short run; the first run writes the image and later runs read it back. Kept in
/// the data folder, or in the user's cache folder when that cannot be written, and used only while the dictionary files
/// (the same list of them, each by length and time written) and the program are the very ones it was made from.
/// </summary>
internal static class ActorImage
{
    /// <summary>The image's file name inside a data folder.</summary>
    public const string FileName = "actors.image";

    // Changes whenever the image's layout does; the program's own stamp covers any other change of code.
    private const ulong Format = 2;
    private const ulong EndMark = 0x454E44_4143544F52UL;

    /// <summary>
    /// The dictionary built from <paramref name="files"/> (in that order), read from its image in or for
    /// <paramref name="dataFolder"/>; null when there is no sound image made from these very files.
    /// </summary>
    public static ActorDictionary? TryRead(string dataFolder, IReadOnlyList<string> files) =>
        CacheImages.TryReadImage(Places(dataFolder, files), Stamp(files), EndMark, (bytes, start, end) =>
        {
            var reader = new ActorImageReader(bytes, start, end);
            reader.ReadStrings();
            var dictionary = ActorDictionary.Read(reader);
            return reader.AtEnd ? dictionary : null;
        });

    /// <summary>Writes the image of <paramref name="dictionary"/>, built from <paramref name="files"/>, where it can; quietly does nothing where it cannot.</summary>
    public static void TryWrite(string dataFolder, IReadOnlyList<string> files, ActorDictionary dictionary)
    {
        var writer = new ImageWriter();
        dictionary.Write(writer);
        CacheImages.TryWriteImage(Places(dataFolder, files), Stamp(files), EndMark, writer);
    }

    // Beside the files first; else the user's cache folder, one image per list of files.
    private static IEnumerable<string> Places(string dataFolder, IReadOnlyList<string> files) => CacheImages.PlacesOfFiles(dataFolder, FileName, "actors", files);

    /// <summary>What the image depends on: its layout, the files (their names in order, length and time written) and the program.</summary>
    private static ulong Stamp(IReadOnlyList<string> files) => CacheImages.StampOfFiles(Format, files);
}

/// <summary>
/// Reads what <see cref="ImageWriter"/> wrote for an actor image, and actor codes written as their strings.
/// </summary>
internal sealed class ActorImageReader(byte[] bytes, int start, int end) : ImageReader(bytes, start, end)
{
    private ActorCode[] _codes = [];

    /// <summary>Reads an actor code written as its string (see <see cref="CodeAt"/>).</summary>
    public ActorCode ReadCode() => CodeAt(ReadInt32());

    /// <summary>
    /// The actor code whose string is numbered <paramref name="number"/>: made once per distinct code (a few hundred codes
    /// stand for some 30,000 entries, and making one upper-cases its text).
    /// </summary>
    public ActorCode CodeAt(int number)
    {
        if ((uint)number >= (uint)_codes.Length) throw new InvalidDataException("bad string number in image");
        var code = _codes[number];
        // A code is one reference: a thread reads it whole, made by itself or another (both make the same code).
        if (code.Value is null) _codes[number] = code = new ActorCode(StringAt(number));
        return code;
    }

    /// <inheritdoc/>
    public override void ReadStrings()
    {
        base.ReadStrings();
        _codes = new ActorCode[StringCount];
    }
}

/// <summary>
/// The entries of an actor image, each made the first time it is asked for (a name found in a text, a code looked up): a
/// run meets a few hundred of some 26,000. Each is six numbers in the image: its code, sector, kind, name, origin and person.
/// Safe to ask from several threads at once.
/// </summary>
internal sealed class ImageEntries
{
    private const int Fields = 6;
    private readonly ActorImageReader _reader;
    private readonly int _position;
    private readonly ActorEntry?[] _made;

    private ImageEntries(ActorImageReader reader, int position, int count)
    {
        _reader = reader;
        _position = position;
        _made = new ActorEntry?[count];
    }

    /// <summary>Number of entries.</summary>
    public int Count => _made.Length;

    /// <summary>
    /// Reads the table of entries at the reader's place, checking every entry's numbers (each string in the table, a known
    /// kind, a valid code) so that making one later cannot fail.
    /// </summary>
    public static ImageEntries Read(ActorImageReader reader)
    {
        int count = reader.ReadCount();
        var entries = new ImageEntries(reader, reader.Position, count);
        reader.Skip(checked(count * Fields * 4));
        var fields = reader.Int32sAt(entries._position, count * Fields);
        for (int at = 0; at < fields.Length; at += Fields)
        {
            reader.CodeAt(fields[at]);
            if (!IsStringOrNull(reader, fields[at + 1]) || (uint)fields[at + 2] > (uint)ActorEntryKind.Generic || !IsString(reader, fields[at + 3])
                || !IsString(reader, fields[at + 4]) || !IsStringOrNull(reader, fields[at + 5]))
                throw new InvalidDataException("bad entry in actor image");
        }
        return entries;
    }

    private string? TextOrNull(int number) => number == -1 ? null : _reader.StringAt(number);

    private static bool IsString(ImageReader reader, int number) => (uint)number < (uint)reader.StringCount;

    private static bool IsStringOrNull(ImageReader reader, int number) => number == -1 || IsString(reader, number);

    /// <summary>The entry numbered <paramref name="number"/>; every caller gets the same one.</summary>
    public ActorEntry this[int number]
    {
        get
        {
            if (Volatile.Read(ref _made[number]) is { } made) return made;
            var fields = _reader.Int32sAt(_position + number * Fields * 4, Fields);
            var entry = new ActorEntry(_reader.CodeAt(fields[0]), TextOrNull(fields[1]), (ActorEntryKind)fields[2], _reader.StringAt(fields[3]), _reader.StringAt(fields[4]))
            {
                Person = TextOrNull(fields[5]),
            };
            return Interlocked.CompareExchange(ref _made[number], entry, null) ?? entry;
        }
    }
}
