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

    public char this[int index] => _chars[index];

    public int OffsetAt(int index) => _offsets[index];

    public ReadOnlySpan<char> Slice(int start, int length) => _chars.AsSpan(start, length);

    public char Last => Length == 0 ? '\0' : _chars[Length - 1];

    public void Append(char c, int originalOffset)
    {
        if (Length == _chars.Length) Grow();
        _chars[Length] = c;
        _offsets[Length] = originalOffset;
        Length++;
    }

    public void Truncate(int length) => Length = Math.Clamp(length, 0, Length);

    private void Grow()
    {
        int size = _chars.Length * 2;
        Array.Resize(ref _chars, size);
        Array.Resize(ref _offsets, size);
    }

    /// <summary>The text and a map holding an anchor wherever the shift between cleaned and original offsets changes.</summary>
    public CleanResult ToResult()
    {
        var text = new string(_chars, 0, Length);
        var cleaned = new List<int>();
        var original = new List<int>();
        int shift = 0;
        for (int i = 0; i < Length; i++)
        {
            int s = _offsets[i] - i;
            if (s != shift)
            {
                cleaned.Add(i);
                original.Add(_offsets[i]);
                shift = s;
            }
        }
        var map = cleaned.Count == 0 ? OffsetMap.Identity : new OffsetMap([.. cleaned], [.. original]);
        return new CleanResult(text, map);
    }
}
