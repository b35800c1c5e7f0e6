using System.Collections.Frozen;
using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "Chinese jets intercepted a Philippine aircraft … China said it had driven away the plane": a definite single ship or
/// plane ("the plane", "the vessel", "the damaged boat") takes up the last craft of its kind named with an owner ("a Philippine
/// aircraft", "Japan's coast guard ship") in its sentence or the two before, and stands for that owner.
/// </summary>
internal sealed class CraftReferenceRule : IDiscourseRule
{
    // Words for craft, by kind: a plane takes up an aircraft, not a ship.
    private static readonly FrozenSet<string> Sea = ("ship ships vessel vessels boat boats warship warships tanker tankers frigate frigates destroyer " +
        "destroyers freighter freighters trawler trawlers ferry ferries cutter cutters").Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Air = ("aircraft plane planes jet jets drone drones helicopter helicopters bomber bombers airliner airliners")
        .Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Sentences back (besides the reference's own) where the owned craft may be named.
    private const int Reach = 2;
    // Words that may stand between an owner and its craft ("a Philippine coast guard vessel", "Japan's research ship").
    private const int OwnerGap = 3;

    /// <inheritdoc />
    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the")) return 0;
        var d = c.Document;
        // "the plane", "the damaged vessel": at most one lowercase modifier before the craft word.
        int head = i + 1;
        if (head < c.Sentence.EndToken && d.Tags[head] == PartOfSpeech.Adjective && char.IsLower(d.TextOf(head)[0])) head++;
        // One craft only: "the planes", "the ships", "the aircraft" are forces, read by ForcesReferenceRule.
        if (head >= c.Sentence.EndToken || KindOf(d.TextOf(head)) is not { } kind || d.TextOf(head) is "aircraft" || d.TextOf(head).EndsWith('s')) return 0;
        // "the vessel of the Chinese navy": its owner is named after it.
        if (head + 1 < c.Sentence.EndToken && d.TextOf(head + 1) is "of") return 0;
        // "the vessel" after "a Chinese coast guard vessel rammed a Vietnamese fishing boat" is the vessel: the same word
        // first, then any craft of its kind.
        var owner = LastOwnedCraft(c, i, kind, d.TextOf(head).ToString()) ?? LastOwnedCraft(c, i, kind, null);
        if (owner is null) return 0;
        // Remembered, so that a land the craft entered ("the ship entered its waters") is read against it.
        c.Remember(c.Emit(output, i, head - i + 1, owner, "craft:" + (ReferenceEquals(kind, Air) ? "aircraft" : "vessel")));
        return head - i + 1;
    }

    private static FrozenSet<string>? KindOf(ReadOnlySpan<char> word) =>
        Sea.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? Sea : Air.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? Air : null;

    // The actor named right before the latest craft word of the kind, before the reference and within reach; null when
    // the latest such craft has no owner named (then "the plane" is that unowned craft, no actor).
    private static ActorMention? LastOwnedCraft(DiscourseContext c, int reference, FrozenSet<string> kind, string? sameWord)
    {
        var d = c.Document;
        int from = d.Sentences[Math.Max(0, c.SentenceIndex - Reach)].FirstToken;
        var lookup = kind.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = reference - 1; k >= from; k--)
        {
            if (!lookup.Contains(d.TextOf(k)) || !Single(d, k, from) || sameWord is not null && !d.TextOf(k).Equals(sameWord, StringComparison.OrdinalIgnoreCase)) continue;
            // "the plane" again is the same craft: its owner, if it had one, was read there.
            if (k - 1 >= from && d.TextOf(k - 1) is "the" or "The") continue;
            var owner = OwnerBefore(c, k);
            return owner is not null && c.Reachable(owner) ? owner : null;
        }
        return null;
    }

    // One craft, as the reference is: "a Philippine vessel", "an aircraft", not "Chinese jets" or "30 aircraft".
    private static bool Single(Document d, int craft, int from)
    {
        if (d.TextOf(craft) is not "aircraft") return !d.TextOf(craft).EndsWith('s');
        for (int k = craft - 1; k >= from && k >= craft - 4; k--)
        {
            if (d.TextOf(k) is "a" or "an" or "A" or "An" or "one") return true;
            if (d.Tags[k] == PartOfSpeech.Number) return false;
        }
        return false;
    }

    private static ActorMention? OwnerBefore(DiscourseContext c, int craft)
    {
        var d = c.Document;
        foreach (var m in c.Recent)
        {
            if (m.EndToken > craft || m.EndToken < craft - OwnerGap) continue;
            bool modifiers = true;
            for (int k = m.EndToken; k < craft && modifiers; k++)
                modifiers = d.TextOf(k) is "'s" or "’s" || d.Tags[k] == PartOfSpeech.Number
                            || d.Tags[k] is PartOfSpeech.Adjective or PartOfSpeech.Noun && char.IsLower(d.TextOf(k)[0]);
            if (modifiers && m.Actor.Person is null) return m;
        }
        return null;
    }
}
