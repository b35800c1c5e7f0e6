namespace Entente.Articles;

/// <summary>
/// A growable character buffer where every character remembers the offset it came from in some original text.
/// Used by the cleaner to build text and its <see cref="OffsetMap"/> in one linear pass.
/// </summary>
internal sealed class MappedText
{
    private char[] _chars;
    private int[] _offsets;

    public MappedText(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        _chars = new char[capacity];
        _offsets = new int[capacity];
    }

    public int Length { get; private set; }

    /// <summary>Empties the buffer for another text of about <paramref name="capacity"/> characters.</summary>
    public void Reset(int capacity)
    {
        Length = 0;
        if (_chars.Length >= capacity) return;
        _chars = new char[capacity];
        _offsets = new int[capacity];
    }

    public char this[int index] => _chars[index];

    public int OffsetAt(int index) => _offsets[index];

    /// <summary>The original offsets of <paramref name="length"/> characters from <paramref name="start"/>.</summary>
    public ReadOnlySpan<int> OffsetSlice(int start, int length) => _offsets.AsSpan(start, length);

    public ReadOnlySpan<char> Slice(int start, int length) => _chars.AsSpan(start, length);

    public char Last => Length == 0 ? '\0' : _chars[Length - 1];

    public void Append(char c, int originalOffset)
    {
        if (Length == _chars.Length) Grow();
        _chars[Length] = c;
        _offsets[Length] = originalOffset;
        Length++;
    }

    /// <summary>Appends <paramref name="chars"/>, which stood one after the other from <paramref name="originalStart"/>: as appending them one by one.</summary>
    public void Append(ReadOnlySpan<char> chars, int originalStart)
    {
        while (Length + chars.Length > _chars.Length) Grow();
        chars.CopyTo(_chars.AsSpan(Length));
        var offsets = _offsets.AsSpan(Length, chars.Length);
        for (int k = 0; k < offsets.Length; k++) offsets[k] = originalStart + k;
        Length += chars.Length;
    }

    public void Truncate(int length) => Length = Math.Clamp(length, 0, Length);

    /// <summary>Characters the buffer holds without growing.</summary>
    public int Capacity => _chars.Length;

    private void Grow()
    {
        int size = _chars.Length * 2;
        Array.Resize(ref _chars, size);
        Array.Resize(ref _offsets, size);
    }
}

/// <summary>
/// The cleaner's output buffer: characters plus only the anchors where the cleaned-to-original shift changes,
/// so the output costs no per-character offset storage.
/// </summary>
internal sealed class AnchoredText(int capacity)
{
    private char[] _chars = new char[Math.Max(capacity, 16)];
    private readonly List<int> _cleaned = [];
    private readonly List<int> _original = [];
    private int _shift;

    public int Length { get; private set; }

    /// <summary>Empties the buffer for another text of about <paramref name="capacity"/> characters.</summary>
    public void Reset(int capacity)
    {
        Length = 0;
        _cleaned.Clear();
        _original.Clear();
        _shift = 0;
        if (_chars.Length < capacity) _chars = new char[capacity];
    }

    /// <summary>Characters the buffer holds without growing.</summary>
    public int Capacity => _chars.Length;

    public ReadOnlySpan<char> Slice(int start, int length) => _chars.AsSpan(start, length);

    public void Append(char c, int originalOffset)
    {
        if (Length == _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
        _chars[Length] = c;
        int shift = originalOffset - Length;
        if (shift != _shift)
        {
            _cleaned.Add(Length);
            _original.Add(originalOffset);
            _shift = shift;
        }
        Length++;
    }

    /// <summary>Appends <paramref name="chars"/>, the characters from <paramref name="originalOffsets"/>: as appending them one by one.</summary>
    public void Append(ReadOnlySpan<char> chars, ReadOnlySpan<int> originalOffsets)
    {
        int length = Length;
        if (length + chars.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, length + chars.Length));
        chars.CopyTo(_chars.AsSpan(length));
        for (int j = 0; j < originalOffsets.Length; j++)
        {
            int shift = originalOffsets[j] - (length + j);
            if (shift == _shift) continue;
            _cleaned.Add(length + j);
            _original.Add(originalOffsets[j]);
            _shift = shift;
        }
        Length = length + chars.Length;
    }

    public void Truncate(int length)
    {
        Length = Math.Clamp(length, 0, Length);
        while (_cleaned.Count > 0 && _cleaned[^1] >= Length)
        {
            _cleaned.RemoveAt(_cleaned.Count - 1);
            _original.RemoveAt(_original.Count - 1);
        }
        _shift = _cleaned.Count == 0 ? 0 : _original[^1] - _cleaned[^1];
    }

    public CleanResult ToResult() =>
        new(new string(_chars, 0, Length), _cleaned.Count == 0 ? OffsetMap.Identity : new OffsetMap([.. _cleaned], [.. _original]));
}
