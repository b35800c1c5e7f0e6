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

    /// <summary>Writes a table of numbers: its length, then the numbers as they lie in memory (read back in one copy).</summary>
    public void Write(ReadOnlySpan<int> values) => WriteTable(values);

    /// <summary>Writes a table of numbers: its length, then the numbers as they lie in memory (read back in one copy).</summary>
    public void Write(ReadOnlySpan<ulong> values) => WriteTable(values);

    /// <summary>Writes characters: their count, then the characters as UTF-16 (read back in one copy).</summary>
    public void Write(ReadOnlySpan<char> values) => WriteTable(values);

    private void WriteTable<TValue>(ReadOnlySpan<TValue> values) where TValue : unmanaged
    {
        _writer.Write(values.Length);
        _writer.Write(MemoryMarshal.AsBytes(values));
    }

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
        // Where each string's characters start, counted in characters, and where the last ends.
        int start = 0;
        output.Write(start);
        foreach (var text in _strings) output.Write(start = checked(start + text.Length));
        // The characters of all strings one after the other, as UTF-16 (read back without decoding).
        foreach (var text in _strings) output.Write(MemoryMarshal.AsBytes(text.AsSpan()));
        _writer.Flush();
        output.Write(_payload.GetBuffer(), 0, (int)_payload.Length);
    }
}

/// <summary>
/// Reads what <see cref="ImageWriter"/> wrote: the image's bytes from <paramref name="start"/> up to <paramref name="end"/>.
/// A string of the string table is made the first time it is asked for (an image holds tens of thousands, most of them
/// never needed in a run); that, and the numbers read at a place (<see cref="Int32sAt"/>), may be asked from several threads
/// at once.
/// </summary>
internal class ImageReader(byte[] bytes, int start, int end)
{
    private readonly int _start = start;
    private int _position = start;
    // The strings made so far, in chunks made when first needed: most of an image's strings are never asked for.
    private string?[]?[] _strings = [];
    private int _stringCount;
    // Where the table of the strings' starts lies in the image (one more than there are strings, counted in characters
    // from _stringCharacters).
    private int _stringStarts, _stringCharacters;
    private const int ChunkBits = 10;

    /// <summary>True when every byte has been read.</summary>
    public bool AtEnd => _position == end;

    /// <summary>Where the next number will be read from (for <see cref="Int32sAt"/>).</summary>
    public int Position => _position;

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

    /// <summary>Reads a table written by <see cref="ImageWriter.Write(ReadOnlySpan{int})"/>.</summary>
    public int[] ReadInt32s() => ReadTable<int>();

    /// <summary>Reads a table written by <see cref="ImageWriter.Write(ReadOnlySpan{ulong})"/>.</summary>
    public ulong[] ReadUInt64s() => ReadTable<ulong>();

    /// <summary>Reads characters written by <see cref="ImageWriter.Write(ReadOnlySpan{char})"/>.</summary>
    public char[] ReadChars() => ReadTable<char>();

    private TValue[] ReadTable<TValue>() where TValue : unmanaged
    {
        int count = ReadCount();
        return MemoryMarshal.Cast<byte, TValue>(Take(checked(count * Unsafe.SizeOf<TValue>()))).ToArray();
    }

    /// <summary>Skips <paramref name="count"/> bytes (a table read later at its place, by <see cref="Int32sAt"/>).</summary>
    public void Skip(int count) => Take(count);

    /// <summary>
    /// The <paramref name="count"/> numbers at <paramref name="position"/> (a place <see cref="Position"/> gave), within what
    /// was read.
    /// </summary>
    public ReadOnlySpan<int> Int32sAt(int position, int count)
    {
        if (position < _start || count < 0 || (long)position + 4L * count > _position) throw new InvalidDataException("read outside the image");
        return MemoryMarshal.Cast<byte, int>(bytes.AsSpan(position, 4 * count));
    }

    /// <summary>Reads a string written by <see cref="ImageWriter.Write(string?)"/>; null for a null.</summary>
    public string? ReadString()
    {
        int number = ReadInt32();
        return number == -1 ? null : StringAt(number);
    }

    /// <summary>Reads a string that cannot be null.</summary>
    public string ReadRequiredString() => ReadString() ?? throw new InvalidDataException("missing string in image");

    /// <summary>The number of strings in the string table.</summary>
    public int StringCount => _stringCount;

    /// <summary>The string numbered <paramref name="number"/> in the string table, made the first time it is asked for.</summary>
    public string StringAt(int number)
    {
        if ((uint)number >= (uint)_stringCount) throw new InvalidDataException("bad string number in image");
        var chunk = Volatile.Read(ref _strings[number >> ChunkBits]);
        if (chunk is null)
        {
            var made = new string?[1 << ChunkBits];
            chunk = Interlocked.CompareExchange(ref _strings[number >> ChunkBits], made, null) ?? made;
        }
        ref var slot = ref chunk[number & ((1 << ChunkBits) - 1)];
        if (Volatile.Read(ref slot) is { } known) return known;
        var starts = MemoryMarshal.Cast<byte, int>(bytes.AsSpan(_stringStarts + 4 * number, 8));
        var text = new string(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(_stringCharacters + 2 * starts[0], 2 * (starts[1] - starts[0]))));
        // Two threads asking at once both make it; every caller gets the one kept.
        return Interlocked.CompareExchange(ref slot, text, null) ?? text;
    }

    /// <summary>
    /// Reads the string table that precedes the payload: where each string starts (checked to rise and stay within the
    /// image), then their characters, made into strings only when asked for.
    /// </summary>
    public virtual void ReadStrings()
    {
        int count = ReadCount();
        _stringStarts = _position;
        var starts = MemoryMarshal.Cast<byte, int>(Take(checked((count + 1) * 4)));
        if (starts[0] != 0) throw new InvalidDataException("bad string table in image");
        for (int i = 1; i < starts.Length; i++)
            if (starts[i] < starts[i - 1]) throw new InvalidDataException("bad string table in image");
        _stringCharacters = _position;
        Take(checked(2 * starts[count]));
        _stringCount = count;
        _strings = new string?[(count >> ChunkBits) + 1][];
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
