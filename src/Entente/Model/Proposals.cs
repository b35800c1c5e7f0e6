using Entente.Actors;

namespace Entente.Model;

/// <summary>What an event says happened to a membership or a treaty.</summary>
public enum ProposalAction
{
    /// <summary>The source joined (or acceded to) the target organisation or treaty.</summary>
    Join,
    /// <summary>The source was admitted to the target.</summary>
    Admit,
    /// <summary>The source signed an agreement with the target.</summary>
    Sign,
    /// <summary>The source ratified an agreement with the target.</summary>
    Ratify,
    /// <summary>An agreement between source and target entered into force.</summary>
    EnterIntoForce,
    /// <summary>The source suspended its membership of, or its obligations toward, the target.</summary>
    Suspend,
    /// <summary>The source withdrew from the target organisation or treaty.</summary>
    Withdraw,
}

/// <summary>How a proposal compares with the curated facts.</summary>
internal enum ProposalFit
{
    /// <summary>The curated facts already hold it.</summary>
    Agrees,
    /// <summary>The curated facts hold nothing about it.</summary>
    New,
    /// <summary>The curated facts say otherwise (a withdrawal from a membership they show as lasting, …).</summary>
    Conflicts,
}

/// <summary>
/// A change to the knowledge base that an event proposes, kept beside the curated facts with its evidence; it is shown,
/// never applied.
/// </summary>
public sealed record Proposal
{
    /// <summary>The proposal's row id.</summary>
    public required long Id { get; init; }
    /// <summary>The event (row id of the events table) that states it.</summary>
    public required long EventId { get; init; }
    /// <summary>The article.</summary>
    public required string ArticleId { get; init; }
    /// <summary>What happened.</summary>
    public required ProposalAction Action { get; init; }
    /// <summary>Who did it (the member, the signatory).</summary>
    public required ActorCode Subject { get; init; }
    /// <summary>To what or with whom (the organisation, the other party).</summary>
    public required ActorCode Object { get; init; }
    /// <summary>The obligation the words name ("mutual defence pact" → defence), if any.</summary>
    public ObligationKind? Obligation { get; init; }
    /// <summary>The event's date, else the article's; null when neither is known.</summary>
    public string? Date { get; init; }
    /// <summary>The words that state it.</summary>
    public required string Trigger { get; init; }
    /// <summary>The sentence, as proof.</summary>
    public required string Sentence { get; init; }
}

/// <summary>A proposal with its comparison against the curated facts.</summary>
/// <param name="Proposal">The proposal.</param>
/// <param name="Fit">Agrees, new, or conflicts.</param>
/// <param name="Curated">The curated fact it was compared with, in words; null when there is none.</param>
internal sealed record ReviewedProposal(Proposal Proposal, ProposalFit Fit, string? Curated);

/// <summary>Reads the change an event's trigger words state, if any, and compares proposals with the curated facts.</summary>
internal static class ProposalReader
{
    private static readonly Dictionary<string, ProposalAction> Heads = new(StringComparer.Ordinal)
    {
        ["join"] = ProposalAction.Join, ["joins"] = ProposalAction.Join, ["joined"] = ProposalAction.Join, ["joining"] = ProposalAction.Join,
        ["accede"] = ProposalAction.Join, ["accedes"] = ProposalAction.Join, ["acceded"] = ProposalAction.Join, ["accession"] = ProposalAction.Join,
        ["entry"] = ProposalAction.Join,
        ["admit"] = ProposalAction.Admit, ["admits"] = ProposalAction.Admit, ["admitted"] = ProposalAction.Admit, ["admitting"] = ProposalAction.Admit,
        ["admission"] = ProposalAction.Admit,
        ["sign"] = ProposalAction.Sign, ["signs"] = ProposalAction.Sign, ["signed"] = ProposalAction.Sign, ["signing"] = ProposalAction.Sign,
        ["ink"] = ProposalAction.Sign, ["inked"] = ProposalAction.Sign, ["conclude"] = ProposalAction.Sign, ["concluded"] = ProposalAction.Sign,
        ["ratify"] = ProposalAction.Ratify, ["ratifies"] = ProposalAction.Ratify, ["ratified"] = ProposalAction.Ratify, ["ratifying"] = ProposalAction.Ratify,
        ["ratification"] = ProposalAction.Ratify,
        ["suspend"] = ProposalAction.Suspend, ["suspends"] = ProposalAction.Suspend, ["suspended"] = ProposalAction.Suspend,
        ["suspending"] = ProposalAction.Suspend, ["suspension"] = ProposalAction.Suspend, ["freeze"] = ProposalAction.Suspend, ["froze"] = ProposalAction.Suspend,
        ["withdraw"] = ProposalAction.Withdraw, ["withdraws"] = ProposalAction.Withdraw, ["withdrew"] = ProposalAction.Withdraw,
        ["withdrawn"] = ProposalAction.Withdraw, ["withdrawing"] = ProposalAction.Withdraw, ["withdrawal"] = ProposalAction.Withdraw,
        ["quit"] = ProposalAction.Withdraw, ["quits"] = ProposalAction.Withdraw, ["exit"] = ProposalAction.Withdraw, ["exits"] = ProposalAction.Withdraw,
        ["exited"] = ProposalAction.Withdraw, ["leave"] = ProposalAction.Withdraw, ["left"] = ProposalAction.Withdraw,
    };

    // Nouns that make "signed …" a treaty act (not "signed a contract for fighter jets" … a contract still counts: it is an agreement).
    private static readonly HashSet<string> AgreementNouns = new(StringComparer.Ordinal)
    {
        "agreement", "agreements", "pact", "pacts", "treaty", "treaties", "accord", "accords", "alliance", "protocol", "memorandum",
        "deal", "charter", "convention", "partnership", "declaration",
    };

    /// <summary>
    /// The action stated by an event's trigger words (<paramref name="trigger"/>) and the following words of the
    /// sentence (<paramref name="after"/>): null when the words state no change to a membership or an agreement.
    /// A signature needs an agreement noun in the trigger; an entry into force is read from "enter(ed) into force".
    /// </summary>
    public static (ProposalAction Action, ObligationKind? Obligation)? Read(string trigger, string after)
    {
        var words = Words(trigger);
        if (words.Count == 0) return null;
        var next = Words(after);
        if (next.Count >= 2 && next[0] == "into" && next[1] == "force" && words[0].StartsWith("ent", StringComparison.Ordinal))
            return (ProposalAction.EnterIntoForce, ObligationOf(words));
        if (words.Count >= 3 && words[1] == "into" && words[2] == "force") return (ProposalAction.EnterIntoForce, ObligationOf(words));
        if (!Heads.TryGetValue(words[0], out var action)) return null;
        if (action == ProposalAction.Sign && !words.Any(AgreementNouns.Contains)) return null;
        // Only an agreement's words name an obligation ("a mutual defence pact"); "admitted to the cyber defence centre" does not.
        return (action, action is ProposalAction.Sign or ProposalAction.Ratify ? ObligationOf(words) : null);
    }

    private static ObligationKind? ObligationOf(List<string> words)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string w = words[i];
            if (w == "non" && i + 1 < words.Count && words[i + 1] == "aggression") return ObligationKind.NonAggression;
            if (w is "nonaggression") return ObligationKind.NonAggression;
            if (w is "defense" or "defence" or "security" or "alliance" or "assistance") return ObligationKind.Defence;
            if (w is "neutrality") return ObligationKind.Neutrality;
            if (w is "access" or "basing") return ObligationKind.Access;
        }
        return null;
    }

    // Lower-case words of letters only; no regex: one pass over the characters.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
                if (words.Count >= 12) break;
            }
        }
        return words;
    }

    /// <summary>Compares a proposal with the curated facts of <paramref name="kb"/>.</summary>
    public static ReviewedProposal Review(Proposal p, KnowledgeBase kb)
    {
        switch (p.Action)
        {
            case ProposalAction.Join or ProposalAction.Admit or ProposalAction.Withdraw or ProposalAction.Suspend when kb.IsOrganization(p.Object):
            {
                var rows = kb.OrganizationsOf(p.Subject).Where(m => m.Organization == p.Object).ToList();
                if (rows.Count == 0)
                    return new ReviewedProposal(p, ProposalFit.New, null);
                var last = rows[^1];
                string text = $"{last.Organization} {ModelText.Of(last.Kind)} since {last.Since}{(last.Until is { } u ? $" until {u}" : "")} ({last.Origin})";
                bool leaving = p.Action is ProposalAction.Withdraw or ProposalAction.Suspend;
                // Joining means taking part: a partner, observer or candidate "joining" is not what the facts hold.
                bool takesPart = rows.Any(m => m.Until is null && m.Kind is MembershipKind.Member or MembershipKind.SponsoringNation
                    or MembershipKind.ContributingParticipant or MembershipKind.Participant);
                bool ended = rows.All(m => m.Until is not null);
                bool agrees = leaving ? ended : takesPart || rows.Any(m => m.Until is not null && m.Kind == MembershipKind.Member);
                return new ReviewedProposal(p, agrees ? ProposalFit.Agrees : ProposalFit.Conflicts, text);
            }
            default:
            {
                var shared = kb.TreatiesOf(p.Subject).Where(t => kb.IsParty(t, p.Object)).ToList();
                if (p.Obligation is { } o)
                {
                    var withObligation = shared.Where(t => kb.PledgesOf(t, p.Subject).Any(x => x.Obligation == o)).ToList();
                    if (withObligation.Count > 0) shared = withObligation;
                }
                if (shared.Count == 0) return new ReviewedProposal(p, ProposalFit.New, null);
                var t = shared[^1];
                string text = $"{t.Id} {t.Name}, signed {t.Signed}{(t.InForce is { } f ? $", in force {f}" : ", not in force")}{(t.Ended is { } e ? $", ended {e}" : "")} ({t.Origin})";
                bool ended = t.Ended is not null || kb.PledgesOf(t, p.Subject).Any(x => x.Suspended is not null && (x.From == p.Subject || x.To == p.Subject));
                bool leaving = p.Action is ProposalAction.Withdraw or ProposalAction.Suspend;
                return new ReviewedProposal(p, leaving == ended ? ProposalFit.Agrees : ProposalFit.Conflicts, text);
            }
        }
    }

    /// <summary>"join", "enter-into-force", …</summary>
    public static string Text(ProposalAction action) => action switch
    {
        ProposalAction.EnterIntoForce => "enter-into-force",
        _ => action.ToString().ToLowerInvariant(),
    };

    /// <summary>Parses <see cref="Text(ProposalAction)"/>.</summary>
    public static ProposalAction ParseAction(string text) =>
        Enum.GetValues<ProposalAction>().First(a => Text(a) == text);

    /// <summary>"agrees", "new", "conflicts".</summary>
    public static string Text(ProposalFit fit) => fit.ToString().ToLowerInvariant();
}
