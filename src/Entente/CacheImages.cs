using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Entente;

/// <summary>
/// What the cached images of loaded data (the models' <c>syntax.image</c>, the actor dictionary's <c>actors.image</c>, the
/// event lexicon's <c>lexicon.image</c>) share: where an image may lie, the stamp of the files and program it was made from, and writing it so that no reader
/// ever sees half of one.
/// </summary>
internal static class CacheImages
{
    /// <summary>The stamp every image's hash starts from (FNV-1a's offset basis).</summary>
    public const ulong Seed = 14695981039346656037UL;

    /// <summary>
    /// The places an image may lie, in order: <paramref name="besideData"/> first; else, in the user's cache folder,
    /// <paramref name="cacheName"/> (which should name the data it caches, so that two data folders never share one).
    /// </summary>
    public static IEnumerable<string> Places(string besideData, string cacheName)
    {
        yield return besideData;
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home ? Path.Combine(home, ".cache") : null;
        if (cache is not null) yield return Path.Combine(cache, "entente", cacheName);
    }

    /// <summary>
    /// The places of an image of data read from a list of <paramref name="files"/>: <paramref name="fileName"/> in
    /// <paramref name="folder"/> first; else, in the user's cache folder, one image per list of files, named after
    /// <paramref name="kind"/> and the files' full names in order.
    /// </summary>
    public static IEnumerable<string> PlacesOfFiles(string folder, string fileName, string kind, IReadOnlyList<string> files)
    {
        ulong names = Seed;
        foreach (var file in files) names = MixText(Mix(names, '\n'), Path.GetFullPath(file));
        return Places(Path.Combine(folder, fileName), $"{kind}-{names:x16}.image");
    }

    /// <summary>
    /// The stamp of an image of data read from a list of <paramref name="files"/>: its layout's <paramref name="format"/>,
    /// the files (their full names in order, length and time written) and the program.
    /// </summary>
    public static ulong StampOfFiles(ulong format, IReadOnlyList<string> files)
    {
        ulong hash = Mix(Seed, format);
        foreach (var file in files) hash = MixFile(MixText(hash, Path.GetFullPath(file)), file);
        return MixProgram(hash);
    }

    /// <summary>Mixes a file's length and time written into <paramref name="hash"/> (a missing file mixes a zero).</summary>
    public static ulong MixFile(ulong hash, string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) return Mix(hash, 0);
        return Mix(Mix(hash, (ulong)info.Length), (ulong)info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>
    /// Mixes the program that lays the tables out (the assembly file, or the native executable, by length and time
    /// written) into <paramref name="hash"/>: any change of code makes every image stale.
    /// </summary>
    public static ulong MixProgram(ulong hash)
    {
        string program = typeof(CacheImages).Assembly.Location is { Length: > 0 } assembly ? assembly : Environment.ProcessPath ?? "";
        return MixFile(hash, program);
    }

    /// <summary>Mixes every character of <paramref name="text"/> into <paramref name="hash"/>.</summary>
    public static ulong MixText(ulong hash, string text)
    {
        foreach (char c in text) hash = Mix(hash, c);
        return hash;
    }

    /// <summary>FNV-1a over whole values.</summary>
    public static ulong Mix(ulong hash, ulong value) => (hash ^ value) * 1099511628211UL;

    /// <summary>
    /// Reads the first sound image among <paramref name="places"/> made under <paramref name="stamp"/>: its stamp, contents,
    /// their checksum and <paramref name="endMark"/> are checked, then <paramref name="read"/> builds the tables from the
    /// contents (the bytes from its second argument up to its third). Null when no image is sound, or every
    /// <paramref name="read"/> returned null.
    /// </summary>
    public static T? TryReadImage<T>(IEnumerable<string> places, ulong stamp, ulong endMark, Func<byte[], int, int, T?> read) where T : class
    {
        foreach (var path in places)
        {
            try
            {
                if (!File.Exists(path)) continue;
                var bytes = File.ReadAllBytes(path);
                // Stamp, contents, their checksum, end mark: a short, damaged or foreign file is turned away before any
                // table is built from it.
                if (bytes.Length < 24 || BinaryPrimitives.ReadUInt64LittleEndian(bytes) != stamp
                    || BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8)) != endMark
                    || BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 16)) != Checksum(bytes.AsSpan(8, bytes.Length - 24))) continue;
                if (read(bytes, 8, bytes.Length - 16) is { } tables) return tables;
            }
            // A damaged or unreadable image is only a cache: the files are read instead (and the image made again).
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException
                                          or IndexOutOfRangeException or OverflowException)
            {
            }
        }
        return null;
    }

    /// <summary>
    /// Writes an image of what <paramref name="writer"/> holds, under <paramref name="stamp"/> and <paramref name="endMark"/>,
    /// at the first of <paramref name="places"/> where it can; quietly does nothing where it cannot.
    /// </summary>
    public static void TryWriteImage(IEnumerable<string> places, ulong stamp, ulong endMark, ImageWriter writer)
    {
        var contents = new MemoryStream();
        writer.CopyTo(contents);
        var body = contents.GetBuffer().AsSpan(0, (int)contents.Length);
        var image = new byte[body.Length + 24];
        BinaryPrimitives.WriteUInt64LittleEndian(image, stamp);
        body.CopyTo(image.AsSpan(8));
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(image.Length - 16), Checksum(body));
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(image.Length - 8), endMark);
        TryWrite(places, stream => stream.Write(image));
    }

    /// <summary>
    /// A checksum of an image's contents, eight bytes at a time: a few instructions per word, where building tables from
    /// a damaged image could give tables silently wrong (a flipped kind or number is still a valid one).
    /// </summary>
    internal static ulong Checksum(ReadOnlySpan<byte> contents)
    {
        ulong hash = Seed;
        var words = MemoryMarshal.Cast<byte, ulong>(contents);
        foreach (ulong word in words) hash = (hash ^ word) * 0x9E3779B97F4A7C15UL;
        for (int i = words.Length * 8; i < contents.Length; i++) hash = (hash ^ contents[i]) * 0x9E3779B97F4A7C15UL;
        return hash ^ (hash >> 29);
    }

    /// <summary>
    /// Writes an image at the first of <paramref name="places"/> where it can; quietly does nothing where it cannot (an
    /// image is only a cache).
    /// </summary>
    public static void TryWrite(IEnumerable<string> places, Action<Stream> write)
    {
        foreach (var path in places)
        {
            // Written under a name of its own and renamed into place: a run reading the image meanwhile, or another
            // writing it, never sees half a file.
            string temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            try
            {
                if (Path.GetDirectoryName(path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                    write(stream);
                File.Move(temporary, path, overwrite: true);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                try { File.Delete(temporary); } catch (Exception d) when (d is IOException or UnauthorizedAccessException) { }
            }
        }
    }
}
