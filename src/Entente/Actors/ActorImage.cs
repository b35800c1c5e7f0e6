using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    public static ActorDictionary? TryRead(string dataFolder, IReadOnlyList<string> files)
    {
        ulong stamp = Stamp(files);
        foreach (var path in Places(dataFolder, files))
        {
            try
            {
                if (!File.Exists(path)) continue;
                var bytes = File.ReadAllBytes(path);
                // Stamp, contents, their checksum, end mark: a short, damaged or foreign file is turned away before any
                // table is built from it.
                if (bytes.Length < 24 || BinaryPrimitives.ReadUInt64LittleEndian(bytes) != stamp
                    || BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8)) != EndMark
                    || BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(bytes.Length - 16)) != Checksum(bytes.AsSpan(8, bytes.Length - 24))) continue;
                var reader = new ActorImageReader(bytes, 8, bytes.Length - 16);
                reader.ReadStrings();
                var dictionary = ActorDictionary.Read(reader);
                if (!reader.AtEnd) continue;
                return dictionary;
            }
            // A damaged or unreadable image is only a cache: the files are read instead (and the image made again).
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException
                                          or IndexOutOfRangeException or OverflowException)
            {
            }
        }
        return null;
    }

    /// <summary>Writes the image of <paramref name="dictionary"/>, built from <paramref name="files"/>, where it can; quietly does nothing where it cannot.</summary>
    public static void TryWrite(string dataFolder, IReadOnlyList<string> files, ActorDictionary dictionary)
    {
        ulong stamp = Stamp(files);
        var writer = new ActorImageWriter();
        dictionary.Write(writer);
        var contents = new MemoryStream();
        writer.CopyTo(contents);
        var body = contents.GetBuffer().AsSpan(0, (int)contents.Length);
        var image = new byte[body.Length + 24];
        BinaryPrimitives.WriteUInt64LittleEndian(image, stamp);
        body.CopyTo(image.AsSpan(8));
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(image.Length - 16), Checksum(body));
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(image.Length - 8), EndMark);
        CacheImages.TryWrite(Places(dataFolder, files), stream => stream.Write(image));
    }

    /// <summary>
    /// A checksum of the image's contents, eight bytes at a time: a few instructions per word, where building tables from
    /// a damaged image could give a dictionary silently wrong (a flipped kind or number is still a valid one).
    /// </summary>
    internal static ulong Checksum(ReadOnlySpan<byte> contents)
    {
        ulong hash = CacheImages.Seed;
        var words = MemoryMarshal.Cast<byte, ulong>(contents);
        foreach (ulong word in words) hash = (hash ^ word) * 0x9E3779B97F4A7C15UL;
        for (int i = words.Length * 8; i < contents.Length; i++) hash = (hash ^ contents[i]) * 0x9E3779B97F4A7C15UL;
        return hash ^ (hash >> 29);
    }

    // In the data folder first; else the user's cache folder, one image per list of files.
    private static IEnumerable<string> Places(string dataFolder, IReadOnlyList<string> files)
    {
        ulong names = CacheImages.Seed;
        foreach (var file in files) names = CacheImages.MixText(CacheImages.Mix(names, '\n'), Path.GetFullPath(file));
        return CacheImages.Places(Path.Combine(dataFolder, FileName), $"actors-{names:x16}.image");
    }

    /// <summary>What the image depends on: its layout, the dictionary files (their names in order, length and time written) and the program.</summary>
    private static ulong Stamp(IReadOnlyList<string> files)
    {
        ulong hash = CacheImages.Mix(CacheImages.Seed, Format);
        foreach (var file in files) hash = CacheImages.MixFile(CacheImages.MixText(hash, Path.GetFullPath(file)), file);
        return CacheImages.MixProgram(hash);
    }
}

/// <summary>
/// Writes an actor image's payload: numbers, and strings as numbers into one table of distinct strings (most names,
/// codes and sectors repeat), which <see cref="CopyTo"/> puts before the payload.
/// </summary>
internal sealed class ActorImageWriter
{
    private readonly MemoryStream _payload = new();
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _stringNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>Creates an empty writer.</summary>
    public ActorImageWriter() => _writer = new BinaryWriter(_payload);

    /// <summary>Writes a number.</summary>
    public void Write(int value) => _writer.Write(value);

    /// <summary>Writes a number.</summary>
    public void Write(long value) => _writer.Write(value);

    /// <summary>Writes a number.</summary>
    public void Write(ulong value) => _writer.Write(value);

    /// <summary>Writes a string, or null, as its number in the string table.</summary>
    public void Write(string? text)
    {
        if (text is null) { _writer.Write(-1); return; }
        if (!_stringNumbers.TryGetValue(text, out int number))
        {
            _stringNumbers[text] = number = _strings.Count;
            _strings.Add(text);
        }
        _writer.Write(number);
    }

    /// <summary>Writes the image's contents: the string table, then the payload.</summary>
    public void CopyTo(Stream stream)
    {
        using var output = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        output.Write(_strings.Count);
        foreach (var text in _strings) output.Write(text.Length);
        // The characters of all strings one after the other, as UTF-16 (read back without decoding).
        foreach (var text in _strings) output.Write(MemoryMarshal.AsBytes(text.AsSpan()));
        _writer.Flush();
        output.Write(_payload.GetBuffer(), 0, (int)_payload.Length);
    }
}

/// <summary>Reads what <see cref="ActorImageWriter"/> wrote: the image's bytes from <paramref name="start"/> up to <paramref name="end"/>.</summary>
internal sealed class ActorImageReader(byte[] bytes, int start, int end)
{
    private int _position = start;
    private string[] _strings = [];
    private ActorCode[] _codes = [];

    /// <summary>True when every byte has been read.</summary>
    public bool AtEnd => _position == end;

    /// <summary>Reads a number.</summary>
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>Reads a count: a number that cannot be negative or exceed what the image holds.</summary>
    public int ReadCount()
    {
        int count = ReadInt32();
        if (count < 0 || count > bytes.Length) throw new InvalidDataException("bad count in actor image");
        return count;
    }

    /// <summary>Reads a number.</summary>
    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    /// <summary>Reads a number.</summary>
    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    /// <summary>Reads a string written by <see cref="ActorImageWriter.Write(string?)"/>; null for a null.</summary>
    public string? ReadString()
    {
        int number = ReadInt32();
        return number == -1 ? null : _strings[number];
    }

    /// <summary>
    /// Reads an actor code written as its string: made once per distinct code (a few hundred codes stand for some 30,000
    /// entries, and making one upper-cases its text).
    /// </summary>
    public ActorCode ReadCode()
    {
        int number = ReadInt32();
        ref var code = ref _codes[number];
        if (code.Value is null) code = new ActorCode(_strings[number]);
        return code;
    }

    /// <summary>Reads a string that cannot be null.</summary>
    public string ReadRequiredString() => ReadString() ?? throw new InvalidDataException("missing string in actor image");

    /// <summary>Reads the string table that precedes the payload.</summary>
    public void ReadStrings()
    {
        var strings = new string[ReadCount()];
        var lengths = new int[strings.Length];
        for (int i = 0; i < lengths.Length; i++) lengths[i] = ReadCount();
        for (int i = 0; i < strings.Length; i++)
            strings[i] = new string(MemoryMarshal.Cast<byte, char>(Take(checked(lengths[i] * 2))));
        _strings = strings;
        _codes = new ActorCode[strings.Length];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count)
    {
        if ((uint)count > (uint)(end - _position)) throw new InvalidDataException("actor image ends early");
        var span = new ReadOnlySpan<byte>(bytes, _position, count);
        _position += count;
        return span;
    }
}
