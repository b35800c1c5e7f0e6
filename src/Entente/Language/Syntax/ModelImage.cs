namespace Entente.Language.Syntax;

/// <summary>
/// A binary writer whose linear models write their loaded tables rather than their compact form (see
/// <see cref="LinearModel.Write"/>): the image is written by the models' own Write methods, so its other parts (tag names,
/// word tables, lemmas) cannot drift from the model files' format.
/// </summary>
internal sealed class ModelImageWriter(Stream output) : BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: false);

/// <summary>
/// A reader of a <see cref="ModelImage"/> at <paramref name="path"/>, made with <paramref name="stamp"/>. The linear models'
/// keys (33 MB for the shipped models, read only to write or describe a model) are skipped, and read from the file when
/// asked: copied into the heap at every start, they cost some 7,000 page faults a run, a third of a short run's.
/// </summary>
internal sealed class ModelImageReader(string path, ulong stamp, Stream input) : BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: false)
{
    /// <summary>Passes over <paramref name="count"/> keys at the stream's position; the function returned reads them.</summary>
    public Func<ulong[]> SkipKeys(int count)
    {
        long offset = BaseStream.Position;
        BaseStream.Seek((long)count * sizeof(ulong), SeekOrigin.Current);
        return () =>
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var reader = new BinaryReader(file);
            // An image made again since holds the same bytes only under the same stamp.
            if (reader.ReadUInt64() != stamp) throw new InvalidDataException($"The model image {path} changed after it was read: load the models again.");
            file.Position = offset;
            var keys = new ulong[count];
            file.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(keys.AsSpan()));
            return keys;
        };
    }
}

/// <summary>
/// A local cache of a models folder as loaded: the three models with their weight tables as they lie in memory,
/// uncompressed. The model files are Brotli-compressed and their tables are built feature by feature, which took most of a
/// short run's start-up (about 0.45 s of CPU, 40% of a 0.44 MB extract); the first run writes the image and later runs read
/// it back with a few large copies. The image is kept beside the models, or in the user's cache folder when the models
/// folder cannot be written, and is used only while the model files and the program are the very ones it was made from.
/// </summary>
internal static class ModelImage
{
    /// <summary>The image's file name inside a models folder.</summary>
    public const string FileName = "syntax.image";

    // Changes whenever the image's layout does; the program's own stamp below covers any other change of code.
    // Format 3: where the parser starts follows the stamp, so the parser and lemmatizer load beside the tagger.
    private const ulong Format = 3;
    private const ulong EndMark = 0x454E44_494D414745UL;

    /// <summary>The models of <paramref name="folder"/> from their image, or null when there is no image made from these files.</summary>
    public static SyntaxModel? TryRead(string folder)
    {
        ulong stamp = Stamp(folder);
        foreach (var path in Places(folder))
        {
            try
            {
                if (!File.Exists(path)) continue;
                using var reader = Open(path, stamp);
                if (reader.ReadUInt64() != stamp) continue;
                long parserAt = reader.ReadInt64();
                // The parser and lemmatizer are read on another thread meanwhile, from a stream of their own: on two cores
                // the models took the tagger's time and the parser's one after the other, while the dictionaries loading
                // beside them were done sooner and waited.
                var rest = Task.Run(() => ReadParserAndLemmatizer(path, stamp, parserAt));
                var tagger = PosTagger.Read(reader);
                bool taggerEndsThere = reader.BaseStream.Position == parserAt;
                var (parser, lemmatizer) = rest.GetAwaiter().GetResult();
                if (!taggerEndsThere || parser is null || lemmatizer is null) continue;
                return new SyntaxModel(tagger, parser, lemmatizer);
            }
            // A damaged or unreadable image is only a cache: the model files are read instead (and the image made again).
            catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException or UnauthorizedAccessException)
            {
            }
        }
        return null;
    }

    private static ModelImageReader Open(string path, ulong stamp) =>
        new(path, stamp, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));

    /// <summary>The parser and lemmatizer of the image at <paramref name="path"/>, from <paramref name="parserAt"/> to the end mark; nulls when it is not there.</summary>
    private static (DependencyParser?, Lemmatizer?) ReadParserAndLemmatizer(string path, ulong stamp, long parserAt)
    {
        using var reader = Open(path, stamp);
        if (parserAt < sizeof(ulong) * 2 || parserAt > reader.BaseStream.Length) return (null, null);
        reader.BaseStream.Position = parserAt;
        var parser = DependencyParser.Read(reader);
        var lemmatizer = Lemmatizer.Read(reader);
        return reader.ReadUInt64() == EndMark ? (parser, lemmatizer) : (null, null);
    }

    /// <summary>Writes the image of <paramref name="model"/>, loaded from <paramref name="folder"/>, where it can; quietly does nothing where it cannot.</summary>
    public static void TryWrite(string folder, SyntaxModel model)
    {
        ulong stamp = Stamp(folder);
        CacheImages.TryWrite(Places(folder), stream =>
        {
            using var writer = new ModelImageWriter(stream);
            writer.Write(stamp);
            writer.Flush();
            long parserAtAt = stream.Position;
            writer.Write(0L); // where the parser starts, filled in below
            model.Tagger.Write(writer);
            writer.Flush();
            long parserAt = stream.Position;
            model.Parser.Write(writer);
            model.Lemmatizer.Write(writer);
            writer.Write(EndMark);
            writer.Flush();
            stream.Position = parserAtAt;
            writer.Write(parserAt);
        });
    }

    // Beside the models first; else the user's cache folder, one image per models folder.
    private static IEnumerable<string> Places(string folder) =>
        CacheImages.Places(Path.Combine(folder, FileName), $"models-{CacheImages.MixText(CacheImages.Seed, Path.GetFullPath(folder)):x16}.image");

    /// <summary>
    /// What the image depends on: its layout, the three model files (length and time written) and the program that lays the
    /// tables out (the assembly file, or the native executable, by the same two).
    /// </summary>
    private static ulong Stamp(string folder)
    {
        ulong hash = CacheImages.Mix(CacheImages.Seed, Format);
        foreach (var name in new[] { SyntaxModel.TaggerFile, SyntaxModel.ParserFile, SyntaxModel.LemmaFile })
            hash = CacheImages.MixFile(hash, Path.Combine(folder, name));
        return CacheImages.MixProgram(hash);
    }
}
