using System.Globalization;

namespace Entente.Scale;

/// <summary>Durations as users write them: 500ms, 30s, 15m, 2h, 1d (a bare number is seconds).</summary>
internal static class Durations
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a positive duration.</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim().ToLowerInvariant();
        (string number, double scale) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => (text[..^2], 0.001),
            _ when text.EndsWith('s') => (text[..^1], 1),
            _ when text.EndsWith('m') => (text[..^1], 60),
            _ when text.EndsWith('h') => (text[..^1], 3600),
            _ when text.EndsWith('d') => (text[..^1], 86400),
            _ => (text, 1),
        };
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) || value <= 0) return false;
        duration = TimeSpan.FromSeconds(value * scale);
        return true;
    }
}
