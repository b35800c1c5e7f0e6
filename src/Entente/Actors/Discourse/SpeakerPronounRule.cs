using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "it" and "they" right after a speech verb are the speaker: "Japan said it had halted aid"; "Rebels rejected the plan,
/// and said they also opposed …" (the sentence's subject).
/// </summary>
internal sealed class SpeakerPronounRule : IDiscourseRule
{
    /// <summary>The rule's name; the event coder recognises a speaker's own act by it ("ref:speaker").</summary>
    public const string Name = "speaker";

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["it", "they"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var word = c.Document.TextOf(i);
        if (word is not ("it" or "they")) return 0;
        var sentence = c.Sentence;
        if (AfterSpeechVerb(c.Document, i, sentence.FirstToken) is not { } verb) return 0;
        // "rejected U.S. claims that it had sent …": a speech noun's clause is about someone the claim names, not the
        // claimant; left to the other rules.
        if (c.Document.Tags[verb] == PartOfSpeech.Noun) return 0;
        // "demanded that they leave", "urged that they withdraw": what one demands is asked of others, not of oneself.
        if (c.Document.TextOf(verb) is "demanded" or "demands" or "demand" or "urged" or "urges" or "requested" or "requests") return 0;
        if (word is "it")
        {
            if (i < sentence.FirstToken + 2) return 0;
            // "Bamako accused it of shooting down a drone", "urged it to": right after the verb and followed by no verb, "it"
            // is the verb's object, and no one speaks of himself as "it".
            if (verb == i - 1 && (i + 1 >= sentence.EndToken || c.Document.Tags[i + 1] is not (PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal or PartOfSpeech.Adverb)))
                return 0;
            // "Hungary blocked the EU statement, saying it would …": a participle set off by a comma speaks for the subject.
            // "… denied that the drone had entered Algerian territory and said it would …": a speech verb joined by "and" to
            // the sentence's first verb speaks for the subject too.
            if (IsTrailingParticiple(c.Document, verb, sentence.FirstToken) || c.Document.TextOf(verb - 1) is "and") return SubjectIsSpeaker(c, i, sentence, output);
            ActorMention? speaker = null;
            // "Malaysia, which chairs ASEAN this year, said it …": a relative clause set off by commas before the verb describes
            // the speaker; what it names does not speak.
            int described = RelativeClauseOpening(c.Document, verb, sentence.FirstToken);
            for (int k = c.Recent.Count - 1; k >= 0 && speaker is null; k--)
            {
                var m = c.Recent[k];
                if (m.FirstToken < sentence.FirstToken) break;
                if (described >= 0 && m.FirstToken > described && m.EndToken < verb) continue;
                if (m.EndToken <= verb && m.EntryKind is not ActorEntryKind.Person) speaker = m;
            }
            if (speaker is null) return 0;
            c.Emit(output, i, 1, speaker, Name);
            return 1;
        }
        return SubjectIsSpeaker(c, i, sentence, output);
    }

    // "they" after a speech verb: the sentence's subject. Apart from Resolve so that its predicates' captures are allocated
    // only here, not for every word Resolve is asked about.
    private static int SubjectIsSpeaker(DiscourseContext c, int i, Sentence sentence, List<ActorMention> output)
    {
        var subject = c.Recent.FirstOrDefault(m => m.FirstToken >= sentence.FirstToken && m.FirstToken < i && m.EntryKind is not ActorEntryKind.Person);
        if (subject is null) return 0;
        var inSubject = c.Recent.Where(m => m.FirstToken <= subject.FirstToken + 2 && m.FirstToken >= sentence.FirstToken).ToList();
        // "The Baltic states and Poland said they …": actors coordinated with the subject however long its first phrase.
        foreach (var m in c.Recent)
            if (m.FirstToken > subject.FirstToken + 2 && m.FirstToken < i && inSubject.Count > 0 && PluralPronounRule.OnlyCoordinators(c.Document, inSubject[^1].EndToken, m.FirstToken))
                inSubject.Add(m);
        foreach (var m in PluralPronounRule.LastGroup(inSubject, c.Document)) c.Emit(output, i, 1, m, Name);
        return 1;
    }

    // The comma opening ", which …," or ", who …," whose closing comma stands right before <verb>, or -1.
    private static int RelativeClauseOpening(Document d, int verb, int first)
    {
        if (verb - 1 <= first || d.TextOf(verb - 1) is not ",") return -1;
        for (int k = verb - 2; k > first; k--)
        {
            if (d.TextOf(k) is ";" or ":") return -1;
            if (d.TextOf(k) is ",") return k + 1 < verb && d.TextOf(k + 1) is "which" or "who" or "whose" ? k : -1;
        }
        return -1;
    }

    // "…, saying", "…, adding": a speech participle right after a comma.
    private static bool IsTrailingParticiple(Document d, int verb, int first) =>
        verb > first && d.TextOf(verb - 1) is "," && d.TextOf(verb).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>The speech verb just before token <paramref name="i"/> ("said", "said on Monday that"), or null.</summary>
    internal static int? AfterSpeechVerb(Document d, int i, int first)
    {
        int k = i - 1;
        if (k >= first && d.TextOf(k) is "that") k--;
        while (k >= first && (d.Tags[k] is PartOfSpeech.Adverb or PartOfSpeech.ProperNoun or PartOfSpeech.Preposition || IsTime(d, k)) && k > i - 6) k--;
        return k >= first && PersonFinder.IsSpeechVerb(d.TextOf(k)) ? k : null;
    }

    // "said last week that it …", "announced this month that …": a time phrase between the verb and the pronoun.
    private static bool IsTime(Document d, int k) =>
        d.TextOf(k) is "last" or "this" or "next" or "earlier" || WordClasses.IsTimeNoun(d.TextOf(k)) || d.DateAt(k) is not null;
}
