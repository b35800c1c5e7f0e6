using Entente.Actors;

namespace Entente.Events;

/// <summary>
/// Actors that act together in one phrase: "China and Russia", "Chinese and Russian military aircraft",
/// "the leaders of Japan, South Korea, Australia and New Zealand". Covers tokens [First, End).
/// </summary>
internal sealed class ActorGroup
{
    /// <summary>First token of the phrase.</summary>
    public int First { get; init; }

    /// <summary>One past the last token of the phrase (including trailing head nouns such as "military aircraft").</summary>
    public int End { get; set; }

    /// <summary>The distinct actors, in order.</summary>
    public List<Actor> Members { get; } = [];

    /// <summary>For each member, which conjunct of the phrase it came from ("NATO allies and [the four partners]": 0, 1, 1, 1, 1).</summary>
    public List<int> Parts { get; } = [];

    /// <summary>The conjunct new members join.</summary>
    public int CurrentPart { get; set; }

    /// <summary>True when any member is a place rather than an actor (used only as a location).</summary>
    public bool IsPlace { get; init; }

    /// <summary>Adds <paramref name="actor"/> and returns this group (for building groups in one expression).</summary>
    public ActorGroup With(Actor actor)
    {
        Add(actor);
        return this;
    }

    /// <summary>True when every member's code is also a member's code of <paramref name="other"/>.</summary>
    public bool CodesWithin(ActorGroup other) => Members.TrueForAll(m => other.Members.Exists(x => x.Code == m.Code));

    /// <summary>True when some member's code is also a member's code of <paramref name="other"/>.</summary>
    public bool SharesCodeWith(ActorGroup other) => Members.Exists(m => other.Members.Exists(x => x.Code == m.Code));

    /// <summary>Adds an actor unless one with the same code is there; a state's authorities or forces and an armed group of
    /// that state in another conjunct are two sides ("agreements between Syria's authorities and the SDF"), and so are any
    /// two sides joined by a conjunction (<paramref name="joinedByConjunction"/>: "Ethiopia's government and the TPLF
    /// signed"), not by an apposition's comma ("Sidhoum, Algeria's leading activist").</summary>
    public void Add(Actor actor, bool joinedByConjunction = false)
    {
        if (actor.Code.Value.Contains('+'))
        {
            foreach (var part in actor.Code.Value.Split('+'))
                Add(actor with { Code = new ActorCode(part) }, joinedByConjunction);
            return;
        }
        for (int k = 0; k < Members.Count; k++)
            if (Members[k].Code == actor.Code && !(Parts[k] != CurrentPart
                                                   && (Sides.StateAgainstArmed(Members[k].Sector, actor.Sector) || joinedByConjunction && Sides.Differ(Members[k].Sector, actor.Sector)))) return;
        Members.Add(actor);
        Parts.Add(CurrentPart);
    }
}

/// <summary>
/// Lookups over a sentence's actor groups. Loops rather than predicates: they run for many tokens of every clause, and a
/// predicate capturing the token would be allocated on each call.
/// </summary>
internal static class ActorGroupLookups
{
    /// <summary>The group that holds token <paramref name="token"/>, or null.</summary>
    public static ActorGroup? Holding(this List<ActorGroup> groups, int token)
    {
        foreach (var g in groups) if (g.First <= token && token < g.End) return g;
        return null;
    }

    /// <summary>The first group opening the phrase right after token <paramref name="word"/>, past one "the" ("with the
    /// Tuareg rebels", "between Peru and Chile"); only an actor's when <paramref name="actorOnly"/>; or null.</summary>
    public static ActorGroup? OpeningAfter(this List<ActorGroup> groups, Document document, int word, bool actorOnly = false) =>
        word + 1 >= document.Tokens.Length ? null : groups.StartingAt(document.TextOf(word + 1) is "the" ? word + 2 : word + 1, actorOnly);

    /// <summary>The first group whose phrase starts at token <paramref name="first"/> (only an actor's, not a place's, when
    /// <paramref name="actorOnly"/>), or null.</summary>
    public static ActorGroup? StartingAt(this List<ActorGroup> groups, int first, bool actorOnly = false)
    {
        foreach (var g in groups) if (g.First == first && !(actorOnly && g.IsPlace)) return g;
        return null;
    }
}
