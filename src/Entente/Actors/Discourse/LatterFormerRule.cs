namespace Entente.Actors.Discourse;

/// <summary>
/// "Argentina and Chile held talks. The latter rejected the proposal": "the latter" and "the former", standing alone, are
/// the second and the first of the last two actors named, in the sentence so far or the one before. "The former
/// president" is a title, left to the person rules.
/// </summary>
internal sealed class LatterFormerRule : IDiscourseRule
{
    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the") || i + 1 >= c.Sentence.EndToken) return 0;
        var d = c.Document;
        var word = d.TextOf(i + 1);
        if (word is not ("latter" or "former")) return 0;
        if (i + 2 < c.Sentence.EndToken && d.Tags[i + 2] is Language.PartOfSpeech.Noun or Language.PartOfSpeech.ProperNoun or Language.PartOfSpeech.Adjective) return 0;
        int from = d.Sentences[Math.Max(0, c.SentenceIndex - 1)].FirstToken;
        ActorMention? last = null, beforeLast = null;
        foreach (var m in c.Recent)
        {
            if (m.FirstToken < from || m.FirstToken >= i || !c.Reachable(m) || m.Actor.Person is not null) continue;
            if (last is not null && m.Actor.Code == last.Actor.Code) continue;
            (beforeLast, last) = (last, m);
        }
        if (last is null || beforeLast is null) return 2;
        var meant = word is "latter" ? last : beforeLast;
        c.Emit(output, i, 2, meant, word is "latter" ? "latter" : "former");
        return 2;
    }
}
