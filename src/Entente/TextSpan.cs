namespace Entente;

/// <summary>A range of characters in a text: where it starts and how long it is. Used instead of substring copies.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Creates the span from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
