using Entente.Actors;
using Entente.Model;

namespace Entente.Web.Services;

/// <summary>A membership row: a member of an organisation or alliance, of a kind, over a period.</summary>
internal sealed record MembershipDto(string Organisation, string Member, string Kind, string Since, string? Until, string Source);

/// <summary>A treaty an actor is party to, with its parties, dates and the obligations it carries.</summary>
internal sealed record TreatyDto(string Id, string Name, IReadOnlyList<string> Parties, string Signed, string? InForce, string? Ended,
    IReadOnlyList<string> Obligations, string Source);

/// <summary>
/// Declared facts about actors that events alone do not give: memberships and treaties, shown by
/// <c>GET /api/actors/{code}</c> and the actor page.
/// </summary>
internal interface IActorFacts
{
    /// <summary>True when a knowledge base stands behind the answers (false: the lists are empty because unknown).</summary>
    bool Available { get; }

    /// <summary>The organisations <paramref name="code"/> belongs to and, for an organisation, its members (on a date, when given).</summary>
    IReadOnlyList<MembershipDto> Memberships(string code, DateOnly? on);

    /// <summary>The treaties <paramref name="code"/> is a party of (on a date, when given).</summary>
    IReadOnlyList<TreatyDto> Treaties(string code, DateOnly? on);
}

/// <summary>The alliance model's knowledge base (<c>data/alliances</c>), loaded once on first use.</summary>
internal sealed class KnowledgeBaseFacts(ServerOptions options) : IActorFacts
{
    private readonly Lazy<KnowledgeBase?> _kb = new(() =>
    {
        string folder = options.DataFolder is { } data ? Path.Combine(data, "alliances") : KnowledgeBase.DefaultFolder;
        return Directory.Exists(folder) ? KnowledgeBase.Load(folder) : null;
    });

    public bool Available => _kb.Value is not null;

    public IReadOnlyList<MembershipDto> Memberships(string code, DateOnly? on)
    {
        if (_kb.Value is not { } kb) return [];
        var actor = new ActorCode(code);
        return kb.OrganizationsOf(actor, on).Concat(kb.MembersOf(actor, on))
            .Select(m => new MembershipDto(m.Organization.Value, m.Member.Value, ModelText.Of(m.Kind), m.Since.ToString(), m.Until?.ToString(), m.Source))
            .ToList();
    }

    public IReadOnlyList<TreatyDto> Treaties(string code, DateOnly? on)
    {
        if (_kb.Value is not { } kb) return [];
        return kb.TreatiesOf(new ActorCode(code), on)
            .Select(t => new TreatyDto(t.Id, t.Name, kb.PartiesOf(t, on).Select(p => p.Value).ToList(), t.Signed.ToString(), t.InForce?.ToString(),
                t.Ended?.ToString(), kb.PledgesOf(t).Select(p => ModelText.Of(p.Obligation)).Distinct().ToList(), t.Source))
            .ToList();
    }
}
