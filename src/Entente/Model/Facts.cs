using Entente.Language;
using Entente.Actors;
using Entente.Events;

namespace Entente.Model;

/// <summary>Where facts come from, and the last date they were checked complete.</summary>
/// <param name="Id">The key rows refer to ("nato-members").</param>
/// <param name="Coverage">After this date, "no row" means "not recorded", not "no alliance".</param>
/// <param name="Description">The source itself: treaty, body, decisions.</param>
public sealed record FactSource(string Id, DateOnly Coverage, string Description);

/// <summary>An actor's membership of an organisation over a span of time.</summary>
public sealed record Membership
{
    /// <summary>The organisation ("NATO").</summary>
    public required ActorCode Organization { get; init; }
    /// <summary>The member ("SWE").</summary>
    public required ActorCode Member { get; init; }
    /// <summary>In what capacity.</summary>
    public required MembershipKind Kind { get; init; }
    /// <summary>From this date (a year or month when the day is not recorded: read as its first day).</summary>
    public required PartialDate Since { get; init; }
    /// <summary>Until this date, exclusive; null while it lasts.</summary>
    public PartialDate? Until { get; init; }
    /// <summary>The source id (see <see cref="FactSource"/>).</summary>
    public required string Source { get; init; }
    /// <summary>The treaty article or the date and body of the decision.</summary>
    public required string Evidence { get; init; }
    /// <summary>"memberships.tsv:12".</summary>
    public required string Origin { get; init; }

    /// <summary>True when the membership holds on <paramref name="date"/>.</summary>
    public bool HoldsOn(DateOnly date) => FactDates.Start(Since) <= date && (Until is not { } u || date < FactDates.Start(u));
}

/// <summary>Who the parties of a treaty are: listed codes, or the members of an organisation at each date.</summary>
/// <param name="Listed">The parties named in the treaty; empty when <paramref name="Organization"/> is set.</param>
/// <param name="Organization">The organisation whose members (kind member) are the parties.</param>
public sealed record TreatyParties(IReadOnlyList<ActorCode> Listed, ActorCode? Organization)
{
    /// <summary>The data-file form: "USA,KOR" or "org:NATO".</summary>
    public override string ToString() => Organization is { } o ? $"org:{o}" : string.Join(",", Listed);
}

/// <summary>A treaty or agreement: its parties and dates. Its content is its <see cref="Pledge"/>s.</summary>
public sealed record Treaty
{
    /// <summary>The short key ("NAT", "USKOR").</summary>
    public required string Id { get; init; }
    /// <summary>The full name.</summary>
    public required string Name { get; init; }
    /// <summary>The parties.</summary>
    public required TreatyParties Parties { get; init; }
    /// <summary>Date of signature.</summary>
    public required PartialDate Signed { get; init; }
    /// <summary>Date of entry into force; null if not (yet) in force.</summary>
    public PartialDate? InForce { get; init; }
    /// <summary>Date it ended; null while it lasts.</summary>
    public PartialDate? Ended { get; init; }
    /// <summary>The source id.</summary>
    public required string Source { get; init; }
    /// <summary>Where and when it was signed, ratified, entered into force.</summary>
    public required string Evidence { get; init; }
    /// <summary>"treaties.tsv:12".</summary>
    public required string Origin { get; init; }
}

/// <summary>One directed promise under a treaty: what <see cref="From"/> owes <see cref="To"/>, and on which conditions.</summary>
public sealed record Pledge
{
    /// <summary>The treaty's id.</summary>
    public required string TreatyId { get; init; }
    /// <summary>The party that promises; null for every party ("*").</summary>
    public ActorCode? From { get; init; }
    /// <summary>The party promised to; null for every party ("*").</summary>
    public ActorCode? To { get; init; }
    /// <summary>What is promised.</summary>
    public required ObligationKind Obligation { get; init; }
    /// <summary>The article that states it ("art. 5").</summary>
    public required string Article { get; init; }
    /// <summary>The conditions that limit it.</summary>
    public required IReadOnlyList<PledgeCondition> Conditions { get; init; }
    /// <summary>Date the pledge was suspended; null if never.</summary>
    public PartialDate? Suspended { get; init; }
    /// <summary>Date the pledge ended; null while it lasts.</summary>
    public PartialDate? Until { get; init; }
    /// <summary>The source id.</summary>
    public required string Source { get; init; }
    /// <summary>The article's wording, summarised.</summary>
    public required string Evidence { get; init; }
    /// <summary>"pledges.tsv:12".</summary>
    public required string Origin { get; init; }

    /// <summary>"*" or the code, as in the data file.</summary>
    public string FromText => From?.Value ?? "*";
    /// <summary>"*" or the code, as in the data file.</summary>
    public string ToText => To?.Value ?? "*";
}

/// <summary>A party bound to act when another is attacked: one pledge, as it stands on the date asked about.</summary>
/// <param name="Party">The party that promised.</param>
/// <param name="Treaty">The treaty.</param>
/// <param name="Pledge">The pledge.</param>
/// <param name="Status">In force, signed only, or suspended on that date.</param>
/// <param name="Since">The date the pledge binds this party to the attacked one (the later of signature and both parties' accession).</param>
public sealed record BoundParty(ActorCode Party, Treaty Treaty, Pledge Pledge, PledgeStatus Status, PartialDate Since)
{
    /// <summary>True when the pledge is in force and not suspended.</summary>
    public bool InForce => Status == PledgeStatus.InForce;
}

/// <summary>Date helpers for facts known to the year, month or day.</summary>
internal static class FactDates
{
    /// <summary>The first day of a partial date ("2012" → 2012-01-01).</summary>
    public static DateOnly Start(PartialDate date) => new(date.Year, date.Month ?? 1, Math.Min(date.Day ?? 1, DateTime.DaysInMonth(date.Year, date.Month ?? 1)));

    /// <summary>The later of two partial dates, compared by their first day.</summary>
    public static PartialDate Max(PartialDate a, PartialDate b) => Start(a) >= Start(b) ? a : b;

    /// <summary>Parses a date option or field: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (text.Length is not (4 or 7 or 10)) return false;
        if (!PartialDate.TryParse(text, out date)) return false;
        if (date.Year is < 1 or > 9999) return false;
        return date.Day is not { } d || d <= DateTime.DaysInMonth(date.Year, date.Month!.Value);
    }
}
