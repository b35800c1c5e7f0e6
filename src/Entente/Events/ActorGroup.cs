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

    /// <summary>Adds an actor unless one with the same code is there.</summary>
    public void Add(Actor actor)
    {
        if (actor.Code.Value.Contains('+'))
        {
            foreach (var part in actor.Code.Value.Split('+'))
                Add(actor with { Code = new ActorCode(part) });
            return;
        }
        foreach (var m in Members) if (m.Code == actor.Code) return;
        Members.Add(actor);
        Parts.Add(CurrentPart);
    }
}
