namespace Entente.Actors.Discourse;

/// <summary>"the country", "the nation": the last state named, by its name where its sentence names one ("Chad ordered the
/// French troops stationed in the country to leave": Chad, not the troops' state, which a demonym only describes).</summary>
internal sealed class CountryReferenceRule : IDiscourseRule
{
    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the") || !(c.Is(i + 1, "country") || c.Is(i + 1, "nation"))) return 0;
        // "Ukraine's air force said Russia launched drones at the country": a state acting in what another reports acts on
        // the reporter's country.
        if (AimedAt(c, i) && LastState(c) is { } actor && actor.FirstToken >= c.Sentence.FirstToken && ReporterOtherThanActor(c, actor, i) is { } reporter)
        {
            // The country, not the reporting body: the state itself.
            var state = new Actor(reporter.Actor.Code, "GOV", "") { Kind = reporter.Actor.Kind };
            c.Emit(output, i, 2, reporter, "country-of-reporter", state, ActorEntryKind.State);
            return 2;
        }
        var named = LastStateNamedInSentence(c, i) ?? LastState(c);
        if (named is not null) c.Emit(output, i, 2, named, "country");
        return 2;
    }

    // The state that reports the clause in which <actor>, named as its subject after the speech verb, acts before "the
    // country" at <i>: "[Lithuanian border guards] said [a Belarusian helicopter] had violated the country's airspace".
    private static ActorMention? ReporterOtherThanActor(DiscourseContext c, ActorMention actor, int i)
    {
        var d = c.Document;
        if (d.Syntax is not { } tree) return null;
        int verb = actor.FirstToken - 1;
        if (verb > c.Sentence.FirstToken && d.Tags[verb] == Language.PartOfSpeech.Determiner) verb--;
        if (verb > c.Sentence.FirstToken && d.TextOf(verb) is "that") verb--;
        if (verb <= c.Sentence.FirstToken || !PersonFinder.IsSpeechVerb(d.TextOf(verb))) return null;
        // The actor is the subject of the reported clause, or describes it ("a Belarusian helicopter had violated …").
        int last = actor.EndToken - 1;
        int head = tree.RelationOf(last) is Language.DependencyRelation.Compound or Language.DependencyRelation.Amod ? tree.HeadOf(last) : last;
        if (head < 0 || tree.RelationOf(head) != Language.DependencyRelation.Nsubj || tree.HeadOf(head) <= verb || tree.HeadOf(head) >= i) return null;
        // The reporter: the speech verb's subject, or a state's name describing it ("Lithuanian border guards said").
        int speaker = tree.ChildWith(verb, Language.DependencyRelation.Nsubj);
        if (speaker < 0) return null;
        foreach (var m in c.Names)
        {
            if (m.FirstToken < c.Sentence.FirstToken) continue;
            if (m.FirstToken >= verb) break;
            bool says = speaker >= m.FirstToken && speaker < m.EndToken || tree.HeadOf(m.EndToken - 1) == speaker || NounsUpTo(d, m.EndToken, speaker);
            if (says && m.Actor.IsState && m.Actor.Code != actor.Actor.Code && c.Reachable(m)) return m;
        }
        return null;
    }

    // Only nouns stand from <from> to <head>, which ends their phrase: "[Lithuanian] border guards".
    private static bool NounsUpTo(Document d, int from, int head)
    {
        if (head < from) return false;
        for (int k = from; k < head; k++) if (d.Tags[k] is not (Language.PartOfSpeech.Noun or Language.PartOfSpeech.ProperNoun)) return false;
        return true;
    }

    // "launched drones at the country", "violated the country's airspace": the country is what the act is aimed at or
    // enters, not where its doer stands ("expelled the envoy from the country").
    private static bool AimedAt(DiscourseContext c, int i)
    {
        var d = c.Document;
        if (i > c.Sentence.FirstToken && d.TextOf(i - 1) is "at" or "against" or "on" or "into" or "toward" or "towards") return true;
        return i + 3 < c.Sentence.EndToken && d.TextOf(i + 2) is "'s" or "’s" && (Language.WordClasses.IsLandNoun(d.TextOf(i + 3)) || d.TextOf(i + 3) is "border" or "borders");
    }

    private static ActorMention? LastStateNamedInSentence(DiscourseContext c, int i)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken < c.Sentence.FirstToken) break;
            if (m.FirstToken < i && m.Kind == MentionKind.Name && m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital && m.Actor.IsState && c.Reachable(m)) return m;
        }
        return null;
    }

    private static ActorMention? LastState(DiscourseContext c)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.EntryKind is ActorEntryKind.Organization or ActorEntryKind.Group || !m.Actor.IsState || !c.Reachable(m)) continue;
            return m;
        }
        return null;
    }
}
