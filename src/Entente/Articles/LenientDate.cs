using System.Globalization;

namespace Entente.Articles;

/// <summary>Parses publication dates in the many shapes feeds and pages use (ISO 8601, RFC 822/1123, "2024/10/5", Unix seconds).</summary>
internal static class LenientDate
{
    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm", "d MMM yyyy", "d MMMM yyyy HH:mm:ss zzz", "d MMMM yyyy",
    ];

    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    /// <summary>The calendar date <paramref name="value"/> names (in its own time zone), or null when it is not a date.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        if (s.Length is >= 9 and <= 13 && s.All(char.IsAsciiDigit) && long.TryParse(s, out long epoch))
            return FromUnix(epoch);
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
            return DateOnly.FromDateTime(dto.DateTime);
        if (TryRfc822(s, out var rfc)) return rfc;
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], ["yyyy-MM-dd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        return null;
    }

    /// <summary>The UTC date of a Unix time in seconds (or milliseconds when the number is that large).</summary>
    public static DateOnly? FromUnix(long value)
    {
        try
        {
            var dto = value > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
            return DateOnly.FromDateTime(dto.UtcDateTime);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static bool TryRfc822(string s, out DateOnly date)
    {
        date = default;
        int comma = s.IndexOf(',');
        if (comma is > 0 and <= 10) s = s[(comma + 1)..].Trim();
        int space = s.LastIndexOf(' ');
        if (space > 0)
        {
            var zone = s[(space + 1)..];
            if (Zones.TryGetValue(zone, out var offset)) s = s[..space] + " " + offset;
            else if (zone.Length == 5 && zone[0] is '+' or '-' && zone.AsSpan(1).ContainsAnyExceptInRange('0', '9') == false)
                s = s[..space] + " " + zone[..3] + ":" + zone[3..];
        }
        if (DateTimeOffset.TryParseExact(s, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
            return true;
        }
        return false;
    }
}
