namespace Entente.Events;

/// <summary>
/// A local cache of the event lexicon as loaded: its CAMEO table, verb forms, entries with their exceptions, and the index
/// of head forms, with every string once. Building the lexicon from its tab-separated files (splitting some 3,000
/// patterns, inflecting their verbs, indexing every form) was about a fifth of a one-article run; the first run writes the
/// image and later runs read it back. Kept beside the lexicon files, or in the user's cache folder when that cannot be
/// written, and used only while the lexicon files (the same list of them, each by length and time written) and the
/// program are the very ones it was made from.
/// </summary>
internal static class LexiconImage
{
    /// <summary>The image's file name inside a lexicon folder.</summary>
    public const string FileName = "lexicon.image";

    // Changes whenever the image's layout does; the program's own stamp covers any other change of code.
    private const ulong Format = 2;
    private const ulong EndMark = 0x454E44_4C4558494BUL;

    /// <summary>
    /// The lexicon built from <paramref name="files"/> (in that order), read from its image in or for
    /// <paramref name="folder"/>; null when there is no sound image made from these very files.
    /// </summary>
    public static EventLexicon? TryRead(string folder, IReadOnlyList<string> files) =>
        CacheImages.TryReadImage(Places(folder, files), Stamp(files), EndMark, (bytes, start, end) =>
        {
            var reader = new ImageReader(bytes, start, end);
            reader.ReadStrings();
            var lexicon = EventLexicon.Read(reader);
            return reader.AtEnd ? lexicon : null;
        });

    /// <summary>Writes the image of <paramref name="lexicon"/>, built from <paramref name="files"/>, where it can; quietly does nothing where it cannot.</summary>
    public static void TryWrite(string folder, IReadOnlyList<string> files, EventLexicon lexicon)
    {
        var writer = new ImageWriter();
        lexicon.Write(writer);
        CacheImages.TryWriteImage(Places(folder, files), Stamp(files), EndMark, writer);
    }

    // Beside the files first; else the user's cache folder, one image per list of files.
    private static IEnumerable<string> Places(string folder, IReadOnlyList<string> files) => CacheImages.PlacesOfFiles(folder, FileName, "lexicon", files);

    /// <summary>What the image depends on: its layout, the files (their names in order, length and time written) and the program.</summary>
    private static ulong Stamp(IReadOnlyList<string> files) => CacheImages.StampOfFiles(Format, files);
}
