using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "Chinese jets intercepted a Philippine aircraft … China said it had driven away the plane": a definite single ship or
/// plane ("the plane", "the vessel", "the damaged boat") takes up the last craft of its kind named with an owner ("a Philippine
/// aircraft", "Japan's coast guard ship") in its sentence or the two before, and stands for that owner.
/// </summary>
internal sealed class CraftReferenceRule : IDiscourseRule
{
    // Sentences back (besides the reference's own) where the owned craft may be named.
    private const int Reach = 2;
    // Words that may stand between an owner and its craft ("a Philippine coast guard vessel", "Japan's research ship").
    private const int OwnerGap = 3;

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the")) return 0;
        var d = c.Document;
        // "the plane", "the damaged vessel": at most one lowercase modifier before the craft word.
        int head = i + 1;
        if (head < c.Sentence.EndToken && d.Tags[head] == PartOfSpeech.Adjective && char.IsLower(d.TextOf(head)[0])) head++;
        // One craft only: "the planes", "the ships", "the aircraft" are forces, read by ForcesReferenceRule.
        if (head >= c.Sentence.EndToken || WordClasses.CraftOf(d.TextOf(head)) is not { Medium: not CraftMedium.None, Number: CraftNumber.Singular } craft) return 0;
        // "the vessel of the Chinese navy": its owner is named after it.
        if (head + 1 < c.Sentence.EndToken && d.TextOf(head + 1) is "of") return 0;
        // "the vessel" after "a Chinese coast guard vessel rammed a Vietnamese fishing boat" is the vessel: the same word
        // first, then any craft of its kind.
        var owner = LastOwnedCraft(c, i, craft.Medium, d.TextOf(head).ToString()) ?? LastOwnedCraft(c, i, craft.Medium, null);
        if (owner is null) return 0;
        // Remembered, so that a land the craft entered ("the ship entered its waters") is read against it.
        c.Remember(c.Emit(output, i, head - i + 1, owner, "craft:" + (craft.Medium == CraftMedium.Air ? "aircraft" : "vessel")));
        return head - i + 1;
    }

    // The actor named right before the latest craft word of the kind, before the reference and within reach; null when
    // the latest such craft has no owner named (then "the plane" is that unowned craft, no actor).
    private static ActorMention? LastOwnedCraft(DiscourseContext c, int reference, CraftMedium medium, string? sameWord)
    {
        var d = c.Document;
        int from = d.Sentences[Math.Max(0, c.SentenceIndex - Reach)].FirstToken;
        for (int k = reference - 1; k >= from; k--)
        {
            var craft = WordClasses.CraftOf(d.TextOf(k));
            if (craft.Medium != medium || !Single(d, k, craft.Number, from) || sameWord is not null && !d.TextOf(k).Equals(sameWord, StringComparison.OrdinalIgnoreCase)) continue;
            // "the plane" again is the same craft: its owner, if it had one, was read there.
            if (k - 1 >= from && d.TextOf(k - 1) is "the" or "The") continue;
            var owner = OwnerBefore(c, k);
            return owner is not null && c.Reachable(owner) ? owner : null;
        }
        return null;
    }

    // One craft, as the reference is: "a Philippine vessel", "an aircraft", not "Chinese jets" or "30 aircraft".
    private static bool Single(Document d, int craft, CraftNumber number, int from)
    {
        if (number != CraftNumber.Either) return number == CraftNumber.Singular;
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
