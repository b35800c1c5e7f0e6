using System.Collections.Frozen;
using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "Taiwan reported 30 Chinese military aircraft near the island. The planes crossed the median line": a definite plural
/// of forces ("the planes", "the warships", "the troops") stands for the state whose forces were last named (a state or its
/// adjective right before a force noun), up to three sentences back, as its military. When forces of two states were named
/// in that reach, the reference is unsure and stands for no one.
/// </summary>
internal sealed class ForcesReferenceRule : IDiscourseRule
{
    // Nouns for a state's armed forces besides their craft, as news refers back to them.
    private static readonly FrozenSet<string> TroopNouns = "troops soldiers forces".Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Troops = TroopNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int SentencesBack = 3;

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the") || i + 1 >= c.Sentence.EndToken) return 0;
        var d = c.Document;
        int noun = i + 1;
        if (!IsForceNoun(d.TextOf(noun))) return 0;
        // "the troops of the coalition", "the ships Kuznetsov and …" name their owner.
        if (noun + 1 < c.Sentence.EndToken && (d.TextOf(noun + 1) is "of" || d.Tags[noun + 1] == PartOfSpeech.ProperNoun)) return 0;
        ActorMention? owner = null;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken >= i) continue;
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - SentencesBack) break;
            if (!c.Reachable(m) || m.Kind != MentionKind.Name || m.EntryKind is not (ActorEntryKind.State or ActorEntryKind.Adjective or ActorEntryKind.Institution) || !NamesForces(d, m)) continue;
            if (owner is null) owner = m;
            else if (owner.Actor.Code != m.Actor.Code) return 2;
        }
        if (owner is null) return 0;
        c.Emit(output, i, 2, owner, "description:forces", owner.Actor with { Sector = "MIL", Rule = $"ref:description:forces→{owner.Actor.Name}" }, ActorEntryKind.Institution);
        return 2;
    }

    // "Chinese military aircraft", "two Russian warships", "China's warships": a force noun within three words after the
    // mention, past modifiers only.
    private static bool NamesForces(Document d, ActorMention m)
    {
        int end = Math.Min(d.Tokens.Length, m.EndToken + 3);
        for (int k = m.EndToken; k < end; k++)
        {
            if (IsForceNoun(d.TextOf(k))) return true;
            if (d.Tags[k] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Possessive)) return false;
        }
        return false;
    }

    // Troops, or several craft that are not civil ("the planes", "the warships", "the aircraft"; not "the tankers").
    private static bool IsForceNoun(ReadOnlySpan<char> word) =>
        Troops.Contains(word) || WordClasses.CraftOf(word) is { Medium: not CraftMedium.None, Number: not CraftNumber.Singular, Use: not CraftUse.Civil };
}
