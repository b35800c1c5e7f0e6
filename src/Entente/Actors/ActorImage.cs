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
    private const ulong Format = 1;
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

    /// <summary>
    /// Reads an actor code written as its string: made once per distinct code (a few hundred codes stand for some 30,000
    /// entries, and making one upper-cases its text).
    /// </summary>
    public ActorCode ReadCode()
    {
        int number = ReadInt32();
        ref var code = ref _codes[number];
        if (code.Value is null) code = new ActorCode(StringAt(number));
        return code;
    }

    /// <inheritdoc/>
    public override void ReadStrings()
    {
        base.ReadStrings();
        _codes = new ActorCode[StringCount];
    }
}
