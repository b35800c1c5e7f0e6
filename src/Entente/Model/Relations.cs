using Entente.Language;
using System.Globalization;
using Entente.Events;

namespace Entente.Model;

/// <summary>
/// One real-world act between two actors: the reports of it across articles merged into one (GDELT's NumArticles and
/// NumSources), with the events behind it.
/// </summary>
public sealed record Act
{
    /// <summary>The act's row id.</summary>
    public required long Id { get; init; }
    /// <summary>The event's date, else its article's (partial ISO); null when neither is known.</summary>
    public string? Date { get; init; }
    /// <summary>Who acted.</summary>
    public required string Source { get; init; }
    /// <summary>Toward whom.</summary>
    public required string Target { get; init; }
    /// <summary>PLOVER type.</summary>
    public required string Type { get; init; }
    /// <summary>CAMEO code.</summary>
    public required string Cameo { get; init; }
    /// <summary>Goldstein weight.</summary>
    public required double Goldstein { get; init; }
    /// <summary>How many stored events report it.</summary>
    public required int Reports { get; init; }
    /// <summary>In how many articles (NumArticles).</summary>
    public required int Articles { get; init; }
    /// <summary>From how many sources (NumSources: the article's source, else the article).</summary>
    public required int Sources { get; init; }
    /// <summary>The stored events' ids (the events table's row ids).</summary>
    public required IReadOnlyList<long> EventIds { get; init; }
    /// <summary>The first report's sentence.</summary>
    public required string Sentence { get; init; }
}

/// <summary>A pair's relation in one period: counts, Goldstein sum, tension, and the events behind them.</summary>
public sealed record RelationPeriod
{
    /// <summary>"2024-07", "2024-Q3", "2024-W27", "2024", "all" (every act, dated or not), or "undated".</summary>
    public required string Period { get; init; }
    /// <summary>Acts (reports merged) in the period.</summary>
    public required int Acts { get; init; }
    /// <summary>Acts with a positive Goldstein weight.</summary>
    public required int Cooperative { get; init; }
    /// <summary>Acts with a negative Goldstein weight.</summary>
    public required int Hostile { get; init; }
    /// <summary>Sum of the acts' Goldstein weights.</summary>
    public required double Goldstein { get; init; }
    /// <summary>
    /// The hostile share of the Goldstein mass: H / (H + C), where H sums the hostile acts' |weights| and C the
    /// cooperative acts' weights; 0 (all cooperative, or nothing) to 1 (all hostile).
    /// </summary>
    public required double Tension { get; init; }
    /// <summary>Stored events behind the acts (reports).</summary>
    public required int Reports { get; init; }
    /// <summary>Their ids.</summary>
    public required IReadOnlyList<long> EventIds { get; init; }

    /// <summary>"cooperative" when the Goldstein sum is positive, "hostile" when negative, else "neutral".</summary>
    public string Stance => Goldstein > 0 ? "cooperative" : Goldstein < 0 ? "hostile" : "neutral";
}

/// <summary>Periods of a date, and the sums behind a relation.</summary>
internal static class Periods
{
    /// <summary>
    /// The period of a (partial) date: a date less precise than the unit keeps its own precision ("2022" stays "2022"
    /// in months), so no period claims more than the text said; null is "undated".
    /// </summary>
    public static string Of(string? date, PeriodUnit unit)
    {
        if (unit == PeriodUnit.All) return "all";
        if (date is null || !PartialDate.TryParse(date, out var d)) return "undated";
        if (unit == PeriodUnit.Year) return d.Year.ToString("D4", CultureInfo.InvariantCulture);
        if (d.Month is not { } m) return d.Year.ToString("D4", CultureInfo.InvariantCulture);
        switch (unit)
        {
            case PeriodUnit.Quarter: return $"{d.Year:D4}-Q{(m - 1) / 3 + 1}";
            case PeriodUnit.Month: return $"{d.Year:D4}-{m:D2}";
        }
        if (d.Day is not { } day) return $"{d.Year:D4}-{m:D2}";
        var date2 = new DateTime(d.Year, m, Math.Min(day, DateTime.DaysInMonth(d.Year, m)));
        return $"{ISOWeek.GetYear(date2):D4}-W{ISOWeek.GetWeekOfYear(date2):D2}";
    }

    /// <summary>The tension index of hostile and cooperative Goldstein mass (see <see cref="RelationPeriod.Tension"/>).</summary>
    public static double Tension(double hostileMass, double cooperativeMass) =>
        hostileMass + cooperativeMass <= 0 ? 0 : Math.Round(hostileMass / (hostileMass + cooperativeMass), 4);
}
