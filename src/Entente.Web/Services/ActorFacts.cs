namespace Entente.Web.Services;

/// <summary>A membership of an actor in an organisation or alliance, over a period.</summary>
internal sealed record MembershipDto(string Organisation, string? Name, string? Since, string? Until, string? Source);

/// <summary>A treaty an actor is party to: its name, parties, obligation and dates.</summary>
internal sealed record TreatyDto(string Name, IReadOnlyList<string> Parties, string? Obligation, string? Signed, string? Ended, string? Source);

/// <summary>
/// Declared facts about actors that events alone do not give: memberships and treaties. The dashboard's actor page
/// and <c>GET /api/actors/{code}</c> show them when an implementation backed by the alliance model
/// (<c>src/Entente/Model</c>) is registered; until then <see cref="NoActorFacts"/> says none are known.
/// </summary>
internal interface IActorFacts
{
    /// <summary>True when a knowledge base stands behind the answers (false: the lists are empty because unknown).</summary>
    bool Available { get; }

    IReadOnlyList<MembershipDto> Memberships(string code, DateOnly? on);

    IReadOnlyList<TreatyDto> Treaties(string code, DateOnly? on);
}

/// <summary>The stand-in while the library has no alliance model.</summary>
internal sealed class NoActorFacts : IActorFacts
{
    public bool Available => false;

    public IReadOnlyList<MembershipDto> Memberships(string code, DateOnly? on) => [];

    public IReadOnlyList<TreatyDto> Treaties(string code, DateOnly? on) => [];
}
