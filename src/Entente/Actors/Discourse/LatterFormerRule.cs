namespace Entente.Actors.Discourse;

/// <summary>
/// "Argentina and Chile held talks. The latter rejected the proposal": "the latter" and "the former", standing alone, are
/// the second and the first of a pair joined by "and" (the last in the sentence so far, else the first in the one before),
/// else of the last two actors named there. "The former president" is a title, left to the person rules.
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
        if (CoordinatedPair(c, i) is var (first, second))
        {
            c.Emit(output, i, 2, word is "latter" ? second : first, word is "latter" ? "latter" : "former");
            return 2;
        }
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

    // The pair "X and Y" the words point back to: the last one named in this sentence before <i>, else the first one of the
    // sentence before ("Germany and France disagreed over the deal with Mercosur. The latter said …" is France, not the
    // name last read). X is the actor right before "and" ("Narendra Modi and …"); Y the last actor of the phrase after it,
    // up to a verb or a punctuation mark ("… and Pakistan's Prime Minister Shehbaz Sharif addressed"). Null when none.
    private static (ActorMention First, ActorMention Second)? CoordinatedPair(DiscourseContext c, int i)
    {
        var pair = PairIn(c, c.Sentence.FirstToken, i, latest: true);
        if (pair is null && c.SentenceIndex > 0)
        {
            var previous = c.Document.Sentences[c.SentenceIndex - 1];
            pair = PairIn(c, previous.FirstToken, previous.EndToken, latest: false);
        }
        return pair;
    }

    private static (ActorMention First, ActorMention Second)? PairIn(DiscourseContext c, int from, int end, bool latest)
    {
        var d = c.Document;
        (ActorMention, ActorMention)? found = null;
        var recent = c.Recent;
        for (int k = 0; k < recent.Count; k++)
        {
            var x = recent[k];
            if (x.FirstToken < from || x.EndToken >= end || !d.TextOf(x.EndToken).Equals("and", StringComparison.Ordinal) || !c.Reachable(x)) continue;
            // Not the first part of a longer name phrase ("India's | Prime Minister Narendra Modi"): the next mention does not
            // start inside the same words.
            if (k + 1 < recent.Count && recent[k + 1].FirstToken < x.EndToken) continue;
            int stop = x.EndToken + 1;
            while (stop < end && d.Tags[stop] is not (Language.PartOfSpeech.Verb or Language.PartOfSpeech.Auxiliary or Language.PartOfSpeech.Modal or Language.PartOfSpeech.Punctuation)
                   && !d.TextOf(stop).Equals("and", StringComparison.Ordinal)) stop++;
            ActorMention? y = null;
            for (int j = k + 1; j < recent.Count && recent[j].FirstToken < stop; j++)
                if (c.Reachable(recent[j])) y = recent[j];
            if (y is null || y.Actor.Code == x.Actor.Code) continue;
            found = (x, y);
            if (!latest) return found;
        }
        return found;
    }
}
