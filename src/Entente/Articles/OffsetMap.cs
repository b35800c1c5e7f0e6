namespace Entente.Articles;

/// <summary>
/// Maps an offset in cleaned text back to the offset of the same character in the original text.
/// Stored as sorted anchor points: from each anchor's cleaned offset on, characters map with that anchor's shift
/// until the next anchor.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] _cleaned;
    private readonly int[] _original;

    /// <summary>The map for text that cleaning left untouched.</summary>
    public static OffsetMap Identity { get; } = new([], []);

    /// <summary>Creates a map from anchor pairs; both arrays must be the same length and sorted by cleaned offset.</summary>
    public OffsetMap(int[] cleanedAnchors, int[] originalAnchors)
    {
        if (cleanedAnchors.Length != originalAnchors.Length)
            throw new ArgumentException("Anchor arrays must have the same length.");
        _cleaned = cleanedAnchors;
        _original = originalAnchors;
    }

    /// <summary>Number of anchors in the map.</summary>
    public int Count => _cleaned.Length;

    /// <summary>The original offset of the character at <paramref name="cleanedOffset"/> in the cleaned text.</summary>
    public int ToOriginal(int cleanedOffset)
    {
        if (_cleaned.Length == 0) return cleanedOffset;
        int i = Array.BinarySearch(_cleaned, cleanedOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) return cleanedOffset;
        return _original[i] + (cleanedOffset - _cleaned[i]);
    }
}
