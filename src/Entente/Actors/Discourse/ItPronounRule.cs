using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "its" and a sentence-opening "It" for a state or organisation (never a person, never a group named together):
/// with no actor named earlier in its sentence, "its" and a sentence-opening "It" followed by an acting verb (not
/// "It is unclear …") are the previous sentence's subject.
/// </summary>
internal sealed class ItPronounRule : IDiscourseRule
{
    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["it", "its"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        var word = d.TextOf(i);
        if (word is "its" or "Its")
        {
            // "Japan said Chinese ships had entered its waters": no actor enters or violates its own land, so the land is
            // the speaker's.
            if (SpeakerOwnsTheLandEntered(c, i) is { } speaker) { c.Emit(output, i, 1, speaker, "pronoun:it-speakers-land"); return 1; }
            // With an actor earlier in the sentence, "its" is most often the subject's own ("Pakistan … has urged its
            // citizens") — no new participant, and the event coder would read one — or unsure between two; left alone.
            if (NamedInSentenceBefore(c, i)) return 1;
            var subject = PreviousSubject(c);
            if (subject is not null) c.Emit(output, i, 1, subject, "pronoun:it");
            return 1;
        }
        if (word is "It" or "it" && OpensItsClause(c, i) && i + 1 < c.Sentence.EndToken && (IsActingVerb(d, i + 1) || IsPastDeed(d, i + 1)))
        {
            var subject = PreviousSubject(c);
            if (subject is not null) c.Emit(output, i, 1, subject, "pronoun:it");
            return 1;
        }
        if (word is "it" && OpeningClauseSubject(c, i) is { } opener)
        {
            c.Emit(output, i, 1, opener, "pronoun:it-opening-clause-subject");
            return 1;
        }
        if (word is "it" && ObjectAntecedent(c, i) is { } named)
        {
            c.Emit(output, i, 1, named, "pronoun:it-object");
            return 1;
        }
        return 0;
    }

    // "Cuba said it would free prisoners after Washington removed it from a list", "Beijing warned Taipei and urged it to
    // stop": "it" as a verb's object is the nearest singular noun before it, in this sentence or the one before, that is not
    // the verb's own subject; when that noun is an actor's name (a state or organisation) "it" is that actor. When it is a
    // thing ("adopted the resolution after Russia vetoed it", "fired a missile … condemned it") "it" is that thing and no
    // actor.
    private static ActorMention? ObjectAntecedent(DiscourseContext c, int it)
    {
        var d = c.Document;
        // The verb right before it, checked on the tags first: reading the tree parses the sentence, which most sentences
        // with an "it" would not otherwise need.
        if (it - 1 < c.Sentence.FirstToken || d.Tags[it - 1] != PartOfSpeech.Verb) return null;
        // Nor a small clause ("making it the first Asian country", "called it a threat", "made it clear"): there "it" is
        // described, and what it stands for is too often the act or clause around it.
        if (it + 1 < c.Sentence.EndToken && d.Tags[it + 1] is PartOfSpeech.Adjective or PartOfSpeech.Verb or PartOfSpeech.Determiner or PartOfSpeech.Noun
                or PartOfSpeech.ProperNoun or PartOfSpeech.Number or PartOfSpeech.Possessive) return null;
        int from = c.SentenceIndex > 0 ? d.Sentences[c.SentenceIndex - 1].FirstToken : c.Sentence.FirstToken;
        // The antecedent is a state or organisation named between there and "it": with none, the tree is not read.
        if (!SingularNamedBetween(c, from, it)) return null;
        if (d.Syntax is not { } tree || tree.RelationOf(it) != DependencyRelation.Obj || tree.HeadOf(it) is not (int verb and >= 0) || verb > it) return null;
        int subject = tree.ChildWith(verb, DependencyRelation.Nsubj);
        // A finite verb the parse left without a subject ("after Chile removed it" read with "after Chile" a phrase) has
        // the name right before it as one.
        if (subject < 0 && verb > c.Sentence.FirstToken && tree.Penn[verb] is "VBD" or "VBZ" or "VBP" && d.Tags[verb - 1] is PartOfSpeech.ProperNoun or PartOfSpeech.Noun)
            subject = verb - 1;
        // "Sudan cut ties with the UAE, accusing it of …": a participle's doer is the subject of the verb it hangs on, and
        // "it" is not that doer.
        if (subject < 0 && tree.Penn[verb] is "VBG" && tree.RelationOf(verb) is DependencyRelation.Advcl or DependencyRelation.Xcomp or DependencyRelation.Conj
            && tree.HeadOf(verb) is int governor and >= 0)
            subject = tree.ChildWith(governor, DependencyRelation.Nsubj);
        var subjectMention = subject >= 0 ? MentionAt(c, subject) : null;
        var subjectCode = subjectMention?.Actor.Code;
        for (int k = it - 1; k >= from; k--)
        {
            if (subject >= 0 && (k == subject || tree.Dominates(subject, k) && k < verb || subjectMention is not null && k >= subjectMention.FirstToken && k < subjectMention.EndToken))
                continue;
            if (d.Tags[k] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun) || WordClasses.IsTimeNoun(d.TextOf(k))) continue;
            var mention = MentionAt(c, k);
            // A plural noun is no "it", unless it ends the name of one state ("the United Arab Emirates", "the Philippines").
            if (tree.Penn[k] is "NNS" or "NNPS" && !(mention is not null && Singular(mention) && mention.EndToken == k + 1)) continue;
            if (mention is null) return null;
            // "a resolution on Yemen … vetoed it": a name inside the phrase of a thing describes the thing "it" stands for.
            // Not a partner or a post named after "with", "from" or "to" ("cut ties with the UAE, accusing it of …", "recalled
            // its ambassador from Mali, accusing it of …").
            if (tree.RelationOf(k) == DependencyRelation.Nmod && tree.HeadOf(k) is int owner and >= 0 && owner < k && d.Tags[owner] == PartOfSpeech.Noun && MentionAt(c, owner) is null
                && !(tree.ChildWith(k, DependencyRelation.Case) is int marker and >= 0 && d.TextOf(marker) is "with" or "from" or "to"))
            {
                if (tree.Penn[owner] is "NNS") continue;
                return null;
            }
            if (subjectCode is { } own && mention.Actor.Code == own) continue;
            return Singular(mention) && c.Reachable(mention) ? mention : null;
        }
        return null;
    }

    // "If North Korea uses nuclear weapons, it will face …", "When Chile left the pact, it said …": "it" opening the main clause
    // right after the comma of a sentence-opening subordinate clause (list of openers below) is that clause's subject, a
    // single state or organisation named right after the opener, when no other actor is named before the comma.
    private static ActorMention? OpeningClauseSubject(DiscourseContext c, int it)
    {
        var d = c.Document;
        int first = c.Sentence.FirstToken;
        if (it - 1 <= first || d.TextOf(it - 1) is not "," || d.TextOf(first) is not ("If" or "When" or "Unless" or "Once" or "After" or "Before"
                or "Although" or "Though" or "While" or "Because" or "Since" or "Whenever")) return null;
        for (int k = first + 1; k < it - 1; k++) if (d.TextOf(k) is ",") return null;
        ActorMention? subject = null;
        foreach (var m in c.Recent)
        {
            if (m.FirstToken < first || m.FirstToken >= it) continue;
            if (subject is not null) return null;
            subject = m;
        }
        int opened = d.TextOf(first + 1) is "the" or "The" ? first + 2 : first + 1;
        return subject is not null && subject.FirstToken == opened && Singular(subject) && c.Reachable(subject) ? subject : null;
    }

    // Whether a mention that the search for the antecedent of an object "it" could return overlaps tokens [from, end).
    private static bool SingularNamedBetween(DiscourseContext c, int from, int end)
    {
        foreach (var m in c.Recent)
            if (m.FirstToken < end && m.EndToken > from && Singular(m) && c.Reachable(m)) return true;
        return false;
    }

    private static ActorMention? MentionAt(DiscourseContext c, int token)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken <= token && token < m.EndToken) return m;
            if (m.EndToken <= token) break;
        }
        return null;
    }

    // The sentence's first actor when "its" owns land ("its territorial waters", "its airspace"), a mission ("its embassy") or
    // a vessel ("its ship") or military posts ("its positions", "its border posts") that another actor, named after a verb of the
    // first, entered or struck: "Japan said Chinese ships had entered its waters", "Japan protested after Russian jets flew
    // near its airspace", "Armenia said Azerbaijani troops fired on its positions" (no actor enters or nears its own land,
    // nor rams its own ship or shells its own posts). Null otherwise.
    private static ActorMention? SpeakerOwnsTheLandEntered(DiscourseContext c, int its)
    {
        var d = c.Document;
        int land = its + 1;
        while (land < c.Sentence.EndToken && land <= its + 3 && d.Tags[land] is PartOfSpeech.Adjective or PartOfSpeech.Noun && !Owned(d.TextOf(land))) land++;
        if (land >= c.Sentence.EndToken || !Owned(d.TextOf(land))) return null;
        ActorMention? speaker = null, doer = null;
        foreach (var m in c.Recent)
        {
            if (m.FirstToken < c.Sentence.FirstToken || m.FirstToken >= its) continue;
            // "Manila protested, while Beijing said the ship had entered its waters": the one who says so is the latest
            // actor right before a speech verb, when the sentence has one.
            if (speaker is null || m.EndToken < its && PersonFinder.IsSpeechVerb(d.TextOf(m.EndToken)) && m.Actor.Code != speaker.Actor.Code) { speaker = m; doer = null; }
            else if (VerbBetween(d, speaker.EndToken, m.FirstToken)) doer = m;
        }
        return speaker is not null && doer is not null && speaker.Kind == MentionKind.Name && speaker.Actor.Code != doer.Actor.Code && c.Reachable(speaker) ? speaker : null;
    }

    // Land, sea and air a state owns, its missions abroad ("stormed its embassy") and its craft ("rammed its ship").
    private static bool Owned(ReadOnlySpan<char> noun) => WordClasses.IsLandNoun(noun) || WordClasses.IsMissionNoun(noun) || WordClasses.IsCraftNoun(noun)
        || WordClasses.IsPostNoun(noun);

    private static bool VerbBetween(Document d, int from, int to)
    {
        for (int k = from; k < to; k++) if (d.Tags[k] is PartOfSpeech.Verb) return true;
        return false;
    }

    private static bool Singular(ActorMention m) =>
        m.Kind == MentionKind.Name && m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Institution or ActorEntryKind.Organization;

    private static bool NamedInSentenceBefore(DiscourseContext c, int i)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken < c.Sentence.FirstToken) return false;
            if (m.FirstToken < i) return true;
        }
        return false;
    }

    // "It …" opening the sentence, or "it" after an opening phrase with no actor or verb in it ("On Friday it expelled …",
    // "Later, it said …").
    private static bool OpensItsClause(DiscourseContext c, int i)
    {
        var d = c.Document;
        if (i == c.Sentence.FirstToken) return d.TextOf(i) is "It";
        if (d.Tags[c.Sentence.FirstToken] is not (PartOfSpeech.Preposition or PartOfSpeech.Adverb) || NamedInSentenceBefore(c, i)) return false;
        for (int k = c.Sentence.FirstToken; k < i; k++)
            if (d.Tags[k] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal or PartOfSpeech.Pronoun) return false;
        return true;
    }

    // "It expelled two diplomats", "it summoned him again": a verb in the past tense that is not one of the few a thing
    // (an event, a treaty) does more often than an actor ("It came after …", "It followed …").
    private static bool IsPastDeed(Document d, int i) =>
        d.Tags[i] == PartOfSpeech.Verb && d.Syntax is { } tree && tree.Penn[i] is "VBD" && !WordClasses.IsEventCourseVerb(d.TextOf(i));

    // "It said", "It has warned": an actor speaking. Other verbs after "It" too often have a thing as subject
    // ("It includes …", "It is unclear …") to be read as the previous actor.
    private static bool IsActingVerb(Document d, int i)
    {
        var w = d.TextOf(i);
        if (PersonFinder.IsSpeechVerb(w)) return true;
        return w is "has" or "had" or "will" or "would" or "also" && i + 1 < d.Tokens.Length && PersonFinder.IsSpeechVerb(d.TextOf(i + 1));
    }

    // The first actor of the previous sentence, when it is a single state or organisation at its start (a subject).
    private static ActorMention? PreviousSubject(DiscourseContext c)
    {
        if (c.SentenceIndex == 0) return null;
        var previous = c.Document.Sentences[c.SentenceIndex - 1];
        ActorMention? first = null;
        foreach (var m in c.Recent)
            if (m.FirstToken >= previous.FirstToken && m.FirstToken < previous.EndToken) { first = m; break; }
        if (first is null || !Singular(first) || !c.Reachable(first) || first.FirstToken > previous.FirstToken + 2) return null;
        // Not one of several: "Japan and Korea …".
        if (first.EndToken < previous.EndToken && c.Document.TextOf(first.EndToken) is "and" or "or" or ",") return null;
        return first;
    }
}
