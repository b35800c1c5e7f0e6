using Entente.Language;
namespace Entente.Actors.Discourse;

/// <summary>
/// "they", "their", "them": the actors last named together ("China and Russia … their drills"), or the last actor
/// named when it can be plural (a state, a people, an organisation: "Japan … their"), never a single person; within a
/// sentence, actors named together beat a single one named after them.
/// </summary>
internal sealed class PluralPronounRule : IDiscourseRule
{
    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["they", "their", "them"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var word = c.Document.TextOf(i);
        if (word is not ("they" or "They" or "their" or "Their" or "them")) return 0;
        return ResolvePronoun(c, i, output);
    }

    // Apart from Resolve so that the predicate's capture is allocated only for the pronouns, not for every word.
    private static int ResolvePronoun(DiscourseContext c, int i, List<ActorMention> output)
    {
        // A group reference of an earlier sentence ("The two countries agreed. Their ministers …") is a candidate; one in this
        // sentence is not: "both countries withdrew their ambassadors" reads "their" as the last actors named, which the
        // event coder pairs with the subject (each the other's), as it always has.
        int sentenceStart = c.Sentence.FirstToken;
        var reachable = c.Recent.FindAll(m => c.Reachable(m) && !(m.Kind == MentionKind.Reference && m.FirstToken >= sentenceStart));
        // "Japan's coast guard warned them to leave": the object of a verb is not that verb's own subject ("themselves").
        if (c.Document.TextOf(i) is "them" && OwnSubjectStart(c, i) is int subjectStart and >= 0)
            reachable.RemoveAll(m => m.FirstToken >= subjectStart && m.FirstToken < i);
        // "… said they opposed the force until their demands are met": a plural pronoun resolved earlier in the sentence, with
        // no actor named since, is whom the next one means too, not an adjective named before it ("an Algerian plan").
        if (EarlierPronoun(c, output, i, reachable) is { Count: > 0 } same)
        {
            foreach (var m in same) c.Emit(output, i, 1, m, "pronoun:plural");
            return 1;
        }
        // "NATO leaders meeting in the Turkish capital reaffirmed their commitment": "their" on the object of a verb is the
        // verb's subject's, not a name inside a phrase the subject carries.
        if (OwnersSubject(c, i, reachable) is { Count: > 0 } owners)
        {
            foreach (var m in owners) c.Emit(output, i, 1, m, "pronoun:plural");
            return 1;
        }
        var group = LastGroup(reachable, c.Document);
        // Number agreement: a single actor named last loses to actors named together earlier in the same sentence ("Tokyo
        // and Washington shared concerns over China's build-up and agreed to strengthen their …").
        if (group.Count == 1 && JoinedEarlierInSentence(reachable, c.Document, sentenceStart) is { Count: > 1 } joined) group = joined;
        // So in the sentence before: "… denounced the U.S. and the ROK puppets for drills near the DPRK's doorstep. He warned
        // that they would pay …".
        else if (group.Count == 1 && group[0].FirstToken < sentenceStart && c.SentenceOf(group[0].FirstToken) is int before && before == c.SentenceIndex - 1
                 && JoinedEarlierInSentence(reachable, c.Document, c.Document.Sentences[before].FirstToken) is { Count: > 1 } joinedBefore)
            group = joinedBefore;
        // Agreement: one person is "he" or "she", not "they".
        if (group.Count == 1 && group[0].Kind == MentionKind.Person) return 1;
        // "Kenya's president hosted his Somali counterpart in Nairobi. They agreed …": a state named last as the place where
        // two others met stands for neither; they are the two states its sentence otherwise names (or the one body).
        if (group.Count == 1 && StateNamedAsPlace(c, group[0]) && PartiesBesidePlace(c, reachable, group[0]) is { } parties) group = parties;
        // "a meeting of the allies' defense chiefs in Tokyo, where they agreed …": a place is never "they"; a group named
        // earlier in the sentence is.
        else if (group.Count == 1 && StateNamedAsPlace(c, group[0]) && GroupEarlierInSentence(c, i) is { } named) group = named;
        // "Seoul's vice minister hosted talks with Japan's vice minister and the U.S. deputy secretary. They agreed …": actors
        // named together after "with" in an earlier sentence met its subject, who is one of "they" too.
        if (group.Count > 0 && group.TrueForAll(m => m.FirstToken < sentenceStart) && HostBeforeWith(c, reachable, group) is { } host)
            group.Add(host);
        foreach (var m in group) c.Emit(output, i, 1, m, "pronoun:plural");
        return 1;
    }

    // How many words of a title or description may stand between "with" and the first actor named after it.
    private const int MaxTitleWords = 6;

    // When the first of <group> follows "with" in its sentence, the first actor named in the subject of the verb that phrase
    // belongs to, of another code than the group's; else null.
    private static ActorMention? HostBeforeWith(DiscourseContext c, List<ActorMention> reachable, List<ActorMention> group)
    {
        var d = c.Document;
        int first = group.Min(m => m.FirstToken);
        int sentence = c.SentenceOf(first);
        int start = d.Sentences[sentence].FirstToken;
        // Back over the first one's title and article ("with Japanese Vice Foreign Minister Takeo Akiba").
        int with = first - 1;
        for (int steps = 0; with > start && steps < MaxTitleWords && d.Tags[with] is PartOfSpeech.ProperNoun or PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Determiner; steps++) with--;
        if (with <= start || d.TextOf(with) is not "with" || d.Syntax is not { } tree) return null;
        // The subject of the verb the "with" phrase belongs to ("hosted talks … with", "held a call with"), past the nouns
        // between.
        int verb = tree.HeadOf(tree.HeadOf(with));
        for (int steps = 0; verb >= 0 && d.Tags[verb] != PartOfSpeech.Verb && steps < 3; steps++) verb = tree.HeadOf(verb);
        int subject = verb < 0 ? -1 : tree.ChildWith(verb, DependencyRelation.Nsubj);
        if (subject < 0) return null;
        foreach (var m in reachable)
            if (c.SentenceOf(m.FirstToken) == sentence && m.FirstToken < with && (m.FirstToken == subject || tree.Dominates(subject, m.FirstToken))
                && !group.Exists(g => g.Actor.Code == m.Actor.Code))
                return m;
        return null;
    }

    // The members of the last group reference ("the allies", "the two countries") in this sentence before <pronoun>, or null.
    private static List<ActorMention>? GroupEarlierInSentence(DiscourseContext c, int pronoun)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken < c.Sentence.FirstToken) return null;
            if (m.FirstToken >= pronoun || m.Kind != MentionKind.Reference || !c.Reachable(m)) continue;
            var members = c.Recent.FindAll(r => r.FirstToken == m.FirstToken && r.Kind == MentionKind.Reference);
            if (members.Count > 1) return members;
        }
        return null;
    }

    // For "their" owning a verb's object ("reaffirmed their commitment"): the named actors that head that verb's subject in
    // this sentence ("NATO leaders", "China and Russia"), when the subject is no person; else null.
    private static List<ActorMention>? OwnersSubject(DiscourseContext c, int pronoun, List<ActorMention> reachable)
    {
        var d = c.Document;
        if (d.TextOf(pronoun) is not ("their" or "Their") || d.Syntax is not { } tree) return null;
        int owned = tree.HeadOf(pronoun);
        if (owned < 0 || tree.RelationOf(owned) != DependencyRelation.Obj || tree.HeadOf(owned) is not (int verb and >= 0)) return null;
        int subject = tree.ChildWith(verb, DependencyRelation.Nsubj);
        if (subject < c.Sentence.FirstToken || subject > pronoun) return null;
        // The subject's own words and its conjuncts ("China and Russia"), not a phrase it carries ("meeting in the Turkish capital").
        // A list the parse splits into several subjects ("Burkina Faso, Mali and Niger" with two subject arcs) is one subject.
        var owners = reachable.FindAll(m => m.FirstToken >= c.Sentence.FirstToken && m.EndToken <= pronoun && m.Kind != MentionKind.Person
                                            && HeadsAnySubject(tree, m.EndToken - 1, verb));
        return owners;
    }

    // <token> heads one of the verb's subjects (see HeadsSubject).
    private static bool HeadsAnySubject(SyntaxLayer tree, int token, int verb)
    {
        foreach (int child in tree.ChildrenOf(verb))
            if (child < verb && tree.RelationOf(child) == DependencyRelation.Nsubj && HeadsSubject(tree, token, child)) return true;
        return false;
    }

    // <token> is the subject, or reaches it through modifiers of a noun and conjuncts only.
    private static bool HeadsSubject(SyntaxLayer tree, int token, int subject)
    {
        for (int steps = 0; steps < 6 && token >= 0; steps++)
        {
            if (token == subject) return true;
            if (tree.RelationOf(token) is not (DependencyRelation.Conj or DependencyRelation.Compound or DependencyRelation.Flat or DependencyRelation.Amod
                or DependencyRelation.NmodPoss)) return false;
            token = tree.HeadOf(token);
        }
        return false;
    }

    private static bool StateNamedAsPlace(DiscourseContext c, ActorMention m) => c.NamedAsPlace(m) && m.EntryKind is ActorEntryKind.Capital or ActorEntryKind.State;

    // The first mentions of exactly two other states named in the place's sentence, or of one that is no person, not as
    // places themselves; else null.
    private static List<ActorMention>? PartiesBesidePlace(DiscourseContext c, List<ActorMention> reachable, ActorMention place)
    {
        int sentence = c.SentenceOf(place.FirstToken);
        var parties = new List<ActorMention>(2);
        foreach (var m in reachable)
        {
            // "Foreign ministers of the Gulf Cooperation Council met in Kuwait. They …": an organisation named in the subject
            // stands for its members too.
            if (c.SentenceOf(m.FirstToken) != sentence || m == place || !(m.Actor.IsState || m.Actor.Kind == ActorKind.Organization && InSubject(c, m)) || StateNamedAsPlace(c, m) || m.Actor.Code == place.Actor.Code && m.Kind == MentionKind.Name && m.EntryKind == ActorEntryKind.Capital) continue;
            if (parties.Exists(p => p.Actor.Code == m.Actor.Code)) continue;
            parties.Add(m);
        }
        // "Militants from the Shining Path stormed a post in Ayacucho, Peru. They …": one body named beside the place is they.
        return parties.Count == 2 || parties.Count == 1 && parties[0].Kind != MentionKind.Person ? parties : null;
    }

    // Named before its sentence's first verb.
    private static bool InSubject(DiscourseContext c, ActorMention m) =>
        m.FirstToken < c.Document.FirstVerbOf(c.Document.Sentences[c.SentenceOf(m.FirstToken)]);

    // Where the subject of the verb right before an object pronoun starts: the words back from that verb to the sentence's
    // start, a punctuation mark, a preposition, a coordinator, "that" or another verb; -1 when the pronoun follows no verb.
    private static int OwnSubjectStart(DiscourseContext c, int pronoun)
    {
        var d = c.Document;
        int verb = pronoun - 1;
        if (verb <= c.Sentence.FirstToken || d.Tags[verb] != PartOfSpeech.Verb) return -1;
        int k = verb - 1;
        // Only the noun phrase right before the verb: "engagement with Mauritius and help them" has no subject there.
        while (k >= c.Sentence.FirstToken && d.Tags[k] is not (PartOfSpeech.Verb or PartOfSpeech.Punctuation or PartOfSpeech.Preposition) && d.TextOf(k) is not ("that" or "and" or "or" or "but")) k--;
        return k + 1;
    }

    // The last actors named together before the last mention, within the sentence from <sentenceStart>.
    private static List<ActorMention>? JoinedEarlierInSentence(List<ActorMention> reachable, Document d, int sentenceStart)
    {
        for (int end = reachable.Count - 1; end > 0; end--)
        {
            if (reachable[end - 1].FirstToken < sentenceStart) return null;
            var group = LastGroup(reachable.GetRange(0, end), d);
            if (group.Count > 1) return group;
        }
        return null;
    }

    /// <summary>The last actors named together ("China and Russia"), or the last actor named.</summary>
    internal static List<ActorMention> LastGroup(List<ActorMention> recent, Document d)
    {
        if (recent.Count == 0) return [];
        var last = recent[^1];
        // "Bosnian Serbs … their forces": a people named after a state's adjective stand for that state.
        if (recent.Count > 1 && last.EntryKind == ActorEntryKind.Adjective && recent[^2].EntryKind == ActorEntryKind.Adjective && recent[^2].EndToken == last.FirstToken)
            return [recent[^2]];
        var group = new List<ActorMention> { last };
        for (int k = recent.Count - 2; k >= 0; k--)
        {
            var m = recent[k];
            // "the two countries": one phrase standing for several actors.
            if (m.FirstToken == last.FirstToken && m.Kind == MentionKind.Reference)
            {
                if (!group.Exists(g => g.Actor.Code == m.Actor.Code)) group.Add(m);
                continue;
            }
            int gapStart = m.EndToken, gapEnd = group[^1].FirstToken;
            if (gapEnd - gapStart > 2 || !OnlyCoordinators(d, gapStart, gapEnd)) break;
            if (!group.Exists(g => g.Actor.Code == m.Actor.Code)) group.Add(m);
        }
        return group;
    }

    private static List<ActorMention>? EarlierPronoun(DiscourseContext c, List<ActorMention> output, int pronoun, List<ActorMention> reachable)
    {
        int lastNamed = reachable.Count == 0 ? -1 : reachable[^1].FirstToken;
        for (int k = output.Count - 1; k >= 0; k--)
        {
            var earlier = output[k];
            if (earlier.FirstToken < c.Sentence.FirstToken || earlier.FirstToken <= lastNamed) return null;
            if (earlier.FirstToken >= pronoun || earlier.Kind != MentionKind.Reference || c.Document.TextOf(earlier.FirstToken) is not ("they" or "They" or "their" or "Their" or "them")) continue;
            return output.FindAll(m => m.FirstToken == earlier.FirstToken);
        }
        return null;
    }

    /// <summary>True when the tokens in [<paramref name="from"/>, <paramref name="to"/>) are at least one and all "and", "or" or commas.</summary>
    internal static bool OnlyCoordinators(Document d, int from, int to)
    {
        if (to <= from) return false;
        // "Japan and the Philippines": an article may open the second name.
        bool coordinator = false;
        for (int t = from; t < to; t++)
        {
            if (d.TextOf(t) is not ("and" or "," or "or" or "the")) return false;
            coordinator |= d.TextOf(t) is not "the";
        }
        return coordinator;
    }
}
