namespace Entente.Actors;

/// <summary>One tenure of one person in one office: "Yoon Suk-yeol, president of KOR, 2022-05-10 to 2025-04-04".</summary>
/// <param name="Person">The person's main name.</param>
/// <param name="Code">The state or organisation the office belongs to.</param>
/// <param name="Sector">The office's sector (GOV, MIL, IGO).</param>
/// <param name="Title">The office, lower case: "president", "foreign minister".</param>
/// <param name="Start">First day in office, when known.</param>
/// <param name="End">Last day in office; null while still held.</param>
/// <param name="Origin">Dictionary file and line.</param>
internal sealed record Office(string Person, ActorCode Code, string Sector, string Title, DateOnly? Start, DateOnly? End, string Origin)
{
    /// <summary>True when the office was held on <paramref name="date"/> (or, with no date, is held now).</summary>
    public bool HeldOn(DateOnly? date)
    {
        if (date is null) return End is null;
        return (Start is null || Start <= date) && (End is null || End >= date);
    }
}
