namespace Entente.Language;

/// <summary>A date known to the year, the month or the day: "2024", "2024-06", "2024-06-19".</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>The ISO form, as precise as known.</summary>
    public override string ToString() =>
        Month is null ? $"{Year:D4}" : Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";

    /// <summary>The full date of <paramref name="date"/>.</summary>
    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text)) return false;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], out int y)) return false;
        int? m = null, d = null;
        if (parts.Length > 1) { if (!int.TryParse(parts[1], out int mm) || mm is < 1 or > 12) return false; m = mm; }
        if (parts.Length > 2) { if (!int.TryParse(parts[2], out int dd) || dd is < 1 or > 31) return false; d = dd; }
        date = new PartialDate(y, m, d);
        return true;
    }
}
