using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Entente;

/// <summary>
/// Writes the payload of a cached image of loaded tables (the actor dictionary's, the event lexicon's): numbers, and strings
/// as numbers into one table of distinct strings (most names, codes and words repeat), which <see cref="CopyTo"/> puts
/// before the payload.
/// </summary>
internal sealed class ImageWriter
{
    private readonly MemoryStream _payload = new();
    private readonly BinaryWriter _writer;
    private readonly Dictionary<string, int> _stringNumbers = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    /// <summary>Creates an empty writer.</summary>
    public ImageWriter() => _writer = new BinaryWriter(_payload);

    /// <summary>Writes a number.</summary>
    public void Write(int value) => _writer.Write(value);

    /// <summary>Writes a number.</summary>
    public void Write(long value) => _writer.Write(value);

    /// <summary>Writes a number.</summary>
    public void Write(ulong value) => _writer.Write(value);

    /// <summary>Writes a number, bit for bit.</summary>
    public void Write(double value) => _writer.Write(BitConverter.DoubleToInt64Bits(value));

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

/// <summary>Reads what <see cref="ImageWriter"/> wrote: the image's bytes from <paramref name="start"/> up to <paramref name="end"/>.</summary>
internal class ImageReader(byte[] bytes, int start, int end)
{
    private int _position = start;
    private string[] _strings = [];

    /// <summary>True when every byte has been read.</summary>
    public bool AtEnd => _position == end;

    /// <summary>Reads a number.</summary>
    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    /// <summary>Reads a count: a number that cannot be negative or exceed what the image holds.</summary>
    public int ReadCount()
    {
        int count = ReadInt32();
        if (count < 0 || count > bytes.Length) throw new InvalidDataException("bad count in image");
        return count;
    }

    /// <summary>Reads a number.</summary>
    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    /// <summary>Reads a number.</summary>
    public ulong ReadUInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

    /// <summary>Reads a number written by <see cref="ImageWriter.Write(double)"/>.</summary>
    public double ReadDouble() => BitConverter.Int64BitsToDouble(ReadInt64());

    /// <summary>Reads a string written by <see cref="ImageWriter.Write(string?)"/>; null for a null.</summary>
    public string? ReadString()
    {
        int number = ReadInt32();
        return number == -1 ? null : _strings[number];
    }

    /// <summary>Reads a string that cannot be null.</summary>
    public string ReadRequiredString() => ReadString() ?? throw new InvalidDataException("missing string in image");

    /// <summary>The number of strings in the string table.</summary>
    protected int StringCount => _strings.Length;

    /// <summary>The string numbered <paramref name="number"/> in the string table.</summary>
    protected string StringAt(int number) => _strings[number];

    /// <summary>Reads the string table that precedes the payload.</summary>
    public virtual void ReadStrings()
    {
        var strings = new string[ReadCount()];
        var lengths = new int[strings.Length];
        for (int i = 0; i < lengths.Length; i++) lengths[i] = ReadCount();
        for (int i = 0; i < strings.Length; i++)
            strings[i] = new string(MemoryMarshal.Cast<byte, char>(Take(checked(lengths[i] * 2))));
        _strings = strings;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Take(int count)
    {
        if ((uint)count > (uint)(end - _position)) throw new InvalidDataException("image ends early");
        var span = new ReadOnlySpan<byte>(bytes, _position, count);
        _position += count;
        return span;
    }
}
