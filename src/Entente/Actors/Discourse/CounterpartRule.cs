using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "The Indian defence minister visited Moscow. He urged his counterpart to …": "his/her/their/its counterpart" with no
/// state named beside it is the government of the one other state named in this sentence or the two before it (the
/// possessor's own state aside). When two other states are named in that reach, or the counterpart is named right after
/// ("his counterpart Wang Yi", "her counterpart from Japan"), the rule adds nothing.
/// </summary>
internal sealed class CounterpartRule : IDiscourseRule
{
    private const int SentencesBack = 2;

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["his", "her", "their", "its"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        if (d.TextOf(i) is not ("his" or "His" or "her" or "Her" or "their" or "Their" or "its" or "Its")) return 0;
        int noun = i + 1;
        // One adjective may stand between ("her new counterpart"); "counterpart" itself is sometimes tagged one after "her".
        if (noun + 1 < c.Sentence.EndToken && d.Tags[noun] == PartOfSpeech.Adjective && d.TextOf(noun) is not ("counterpart" or "counterparts")) noun++;
        if (noun >= c.Sentence.EndToken || d.TextOf(noun) is not ("counterpart" or "counterparts")) return 0;
        // Named right after: the name, or "from/of/in X", says who it is.
        if (noun + 1 < c.Sentence.EndToken && (d.Tags[noun + 1] == PartOfSpeech.ProperNoun || d.TextOf(noun + 1) is "from" or "of" or "in" or "at")) return 0;
        if (Possessor(c, i, output) is not { } own) return 0;
        ActorMention? other = null;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken >= i) continue;
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - SentencesBack) break;
            if (m.Kind == MentionKind.Reference || !c.Reachable(m) || !m.Actor.IsState || m.Actor.Code == own || m.Actor.Sector == "MED") continue;
            if (other is null) other = m;
            else if (other.Actor.Code != m.Actor.Code) return 0;
        }
        if (other is null) return 0;
        var government = new Actor(other.Actor.Code, "GOV", "") { Kind = other.Actor.Kind, Rule = $"ref:counterpart→{other.Actor.Name}" };
        c.Emit(output, i, noun - i + 1, other, "counterpart", government, ActorEntryKind.State);
        return noun - i + 1;
    }

    // The state of whoever owns the counterpart: the last actor found in this sentence before the pronoun (a name or a
    // resolved reference, "He urged his counterpart"), else none.
    private static ActorCode? Possessor(DiscourseContext c, int pronoun, List<ActorMention> output)
    {
        for (int k = output.Count - 1; k >= 0; k--)
        {
            var m = output[k];
            if (m.FirstToken >= pronoun) continue;
            if (m.FirstToken < c.Sentence.FirstToken) break;
            if (m.Actor.IsState) return m.Actor.Code;
        }
        return null;
    }
}
