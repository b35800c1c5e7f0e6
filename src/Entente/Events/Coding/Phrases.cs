using System.Collections.Frozen;
using Entente.Actors;
using Entente.Language;

namespace Entente.Events.Coding;

/// <summary>
/// Readings of phrases around a trigger that several coding rules share: where an act is done, whom a complaint is
/// about, who owns a noun event, whether an act is joint. Word lists come from <see cref="CodingWords"/>.
/// </summary>
internal static class Phrases
{
    private const int MaxOfPhraseLength = 9;

    /// <summary>"the arrest of two journalists by Georgian police", "the shelling of a village by army artillery": the "by" that
    /// names the doer after a noun's own "of" phrase, which holds no verb, comma or clause of its own; -1 when there is none.</summary>
    public static int ByAfterOfPhrase(Document d, int noun, Sentence sentence)
    {
        if (noun + 1 >= sentence.EndToken || d.TextOf(noun + 1) is not "of") return -1;
        for (int i = noun + 2; i < sentence.EndToken && i <= noun + MaxOfPhraseLength; i++)
        {
            if (d.TextOf(i) is "by") return i;
            // A participle describing a noun ("two fishing boats") is no verb of a clause.
            bool describes = d.Syntax is { } tree && tree.RelationOf(i) is DependencyRelation.Amod or DependencyRelation.Compound;
            if (d.Tags[i] is PartOfSpeech.Verb && !describes || d.Tags[i] is PartOfSpeech.Punctuation or PartOfSpeech.To || d.TextOf(i) is "that" or "which" or "who") return -1;
        }
        return -1;
    }

    // Where the sentence's first "after", "following" or "in response" starts (int.MaxValue if none): found once, not per act.
    internal static int FirstResponseCue(Document document, Sentence sentence, CodingWords words)
    {
        var response = words.Response;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var w = document.TextOf(i);
            if (response.Contains(w)
                || (w.Equals("response", StringComparison.OrdinalIgnoreCase) && i > sentence.FirstToken && document.TextOf(i - 1).Equals("in", StringComparison.OrdinalIgnoreCase)))
                return document.Tokens[i].Start;
        }
        return int.MaxValue;
    }

    internal static int? PurposeClause(Document document, int from, Sentence sentence)
    {
        for (int i = from; i + 1 < sentence.EndToken && i < from + 20; i++)
        {
            if (document.TextOf(i) is "," or ";" || document.Tags[i] is PartOfSpeech.Subordinator or PartOfSpeech.Wh) return null;
            if (document.Tags[i] == PartOfSpeech.To && document.Tags[i + 1] == PartOfSpeech.Verb) return i;
        }
        return null;
    }

    internal static int ClauseEnd(Document d, int from, Sentence sentence, CodingWords words)
    {
        for (int i = from; i < sentence.EndToken; i++)
        {
            var w = d.TextOf(i);
            if (words.ClauseEnd.Contains(w)) return i;
            // "'We are ready to respond,' the minister said, accusing …": a quotation's end ends what it says.
            if (i > from && d.Tokens[i].Kind == TokenKind.Quote && i > sentence.FirstToken && d.TextOf(i - 1) is "," or "." or "!" or "?") return i;
            if (w is "," && i + 1 < sentence.EndToken && (d.TextOf(i + 1) is "but" or "while" or "although" or "which" || ClauseReader.StartsAsClause(d, i + 1))) return i;
        }
        return sentence.EndToken;
    }

    // The date named in the sentence nearest the trigger; else the publication date.
    internal static PartialDate? EventDate(Document document, Sentence sentence, int trigger)
    {
        PartialDate? best = null;
        int distance = int.MaxValue;
        foreach (var d in document.Dates)
        {
            if (d.FirstToken < sentence.FirstToken || d.FirstToken >= sentence.EndToken) continue;
            int gap = Math.Abs(d.FirstToken - trigger);
            if (gap < distance) { best = d.Date; distance = gap; }
        }
        return best ?? (document.Published is { } p ? PartialDate.From(p) : null);
    }

    // An announced sanction is a sanction meant (PLOVER's "intend" mode: "will impose tariffs", "would cease aid"); one
    // announced on a condition ("if Togo deploys troops") is a threat like any hostile act. Aid and a withdrawal announced
    // keep their type in the intended mode ("will provide $25 million in aid" is aid meant, as the project's gold codes it);
    // offered on another's conduct they are an offer (OfferedAs).
    internal static (EventType, string)? AnnouncedAs(EventType type, bool conditional = false) => type switch
    {
        EventType.Sanction when conditional => (EventType.Threaten, "1312"),
        EventType.Assault => (EventType.Threaten, "138"),
        EventType.Coerce => (EventType.Threaten, "137"),
        EventType.Protest => (EventType.Threaten, "133"),
        EventType.Concede => (EventType.Agree, "035"),
        _ => null,
    };

    // Aid, a concession or a withdrawal of one's own made to hang on another actor's conduct: CAMEO's intent to cooperate.
    internal static (EventType, string)? OfferedAs(EventType type) => type switch
    {
        EventType.Concede or EventType.Retreat => (EventType.Agree, "035"),
        EventType.Aid => (EventType.Agree, "033"),
        _ => null,
    };

    internal static bool IsReadiness(Event e) => IsReadiness(e.LexiconEntry);

    internal static bool IsReadiness(string pattern) =>
        pattern.StartsWith("ready to", StringComparison.Ordinal) || pattern.StartsWith("prepared to", StringComparison.Ordinal)
        || pattern.StartsWith("willing to", StringComparison.Ordinal) || pattern.StartsWith("eager to", StringComparison.Ordinal);

    internal static bool IsExercise(Document document, int from, int end, CodingWords words)
    {
        for (int i = from; i < end; i++)
            if (words.Exercise.Contains(document.TextOf(i))) return true;
        if (end + 1 < document.Tokens.Length && words.Exercise.Contains(document.TextOf(end))) return true;
        return false;
    }

    internal static bool IsJoint(Document document, int from, int end, Sentence sentence, CodingWords words)
    {
        for (int i = Math.Max(sentence.FirstToken, from - 2); i < Math.Min(sentence.EndToken, end + 3); i++)
            if (words.Joint.Contains(document.TextOf(i))) return true;
        return false;
    }

    internal static bool WillNotBefore(Document document, int trigger, Sentence sentence)
    {
        // (Also "cannot be allowed to go unanswered", "must not go unpunished".)
        for (int i = trigger - 1; i > sentence.FirstToken && i >= trigger - 5; i--)
            if (document.TextOf(i) is "not" or "n't" or "never" && document.TextOf(i - 1) is "will" or "would" or "wo" or "shall" or "refuses" or "refused" or "can" or "ca" or "must"
                || document.TextOf(i) is "cannot") return true;
        return false;
    }

    private static bool IsUnless(Document document, int token) => document.TextOf(token).Equals("unless", StringComparison.OrdinalIgnoreCase);

    internal static bool UnlessAfter(Document document, int from, Sentence sentence)
    {
        for (int i = from; i < sentence.EndToken; i++)
            if (IsUnless(document, i)) return true;
        return false;
    }

    internal static bool HasObject(Document document, int at, Sentence sentence)
    {
        at = PatternMatcher.SkipAdverbs(document, at, sentence.EndToken);
        return at < sentence.EndToken && document.Tags[at] is PartOfSpeech.Determiner or PartOfSpeech.Number or PartOfSpeech.Noun or PartOfSpeech.Adjective;
    }

    internal static ActorGroup? Location(Document document, int from, Sentence sentence, List<ActorGroup> groups, ActorGroup? source, CodingWords words,
        WordSet? prepositions = null, bool openedByPreposition = false)
    {
        prepositions ??= words.Location;
        int limit = from + 8;
        for (int i = from; i < sentence.EndToken && i < limit; i++)
        {
            var w = document.TextOf(i);
            // "flew near Japan's airspace": the preposition closing the matched phrase opens the place's phrase.
            bool opening = openedByPreposition && i == from;
            // "struck what it said were militant hideouts inside Afghanistan": a speaker's label on the object is skipped,
            // and a place right after it is the object's own, as after a preposition.
            bool hedged = false;
            if (document.Tags[i] is PartOfSpeech.Preposition or PartOfSpeech.Subordinator && i + 1 < sentence.EndToken && document.TextOf(i + 1) is "what") continue;
            if (w is "what" && HedgeVerbAfter(document, i, sentence, words) is int hedge and >= 0)
            {
                hedged = i == from || document.Tags[i - 1] is PartOfSpeech.Preposition or PartOfSpeech.Subordinator;
                limit += hedge - i + 2;
                i = hedge;
                w = document.TextOf(i);
            }
            else if (w is "," or ";" || document.Tags[i] is PartOfSpeech.Subordinator or PartOfSpeech.Wh) return null;
            if (!hedged && !opening && !prepositions.Contains(w)) continue;
            // A place: a state, capital, city or people's adjective — not "in what the JCS called …".
            // Within the preposition's phrase: "into the sea, the South's military said" names no place after the comma.
            int phraseEnd = i + 1;
            while (phraseEnd < sentence.EndToken && phraseEnd <= i + 4 && document.TextOf(phraseEnd) is not ("," or ";")) phraseEnd++;
            var g = groups.Find(x => x.First > i && x.First < phraseEnd && x != source
                && MentionsIn(document, x.First, x.End).Any(m => m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Place or ActorEntryKind.Adjective or ActorEntryKind.Ambiguous));
            // "near the border with Chad": a side of a border, not a place inside the state.
            if (g is not null && BorderSide(document, i, g)) return null;
            // "in close coordination with Chile", "in the face of Iran's threats": a partner or a circumstance, no place.
            if (g is not null && NamesCircumstance(document, i + 1, g.First, words)) continue;
            if (g is not null) return g;
        }
        return null;
    }

    private static bool NamesCircumstance(Document document, int from, int end, CodingWords words)
    {
        for (int k = from; k < end; k++) if (words.CircumstanceNoun.Contains(document.TextOf(k))) return true;
        return false;
    }

    // The verb of a label a speaker puts on what follows ("what it said were", "what Seoul called"), within four words of
    // "what" at <paramref name="what"/> (list 'label'), or -1.
    private static int HedgeVerbAfter(Document document, int what, Sentence sentence, CodingWords words)
    {
        for (int k = what + 1; k < sentence.EndToken && k <= what + 4; k++)
        {
            if (document.TextOf(k) is "," or ";") return -1;
            if (words.Label.Contains(document.TextOf(k))) return k;
        }
        return -1;
    }

    private static bool BorderSide(Document document, int from, ActorGroup g)
    {
        for (int k = from + 1; k < g.End; k++) if (WordClasses.IsBorderNoun(document.TextOf(k))) return true;
        return g.End < document.Tokens.Length && WordClasses.IsBorderNoun(document.TextOf(g.End));
    }

    internal static ActorGroup? AboutWhom(Document document, int from, Sentence sentence, List<ActorGroup> groups, ActorGroup source, CodingWords words)
    {
        for (int i = from; i < sentence.EndToken && i < from + 6; i++)
        {
            if (!words.About.Contains(document.TextOf(i))) continue;
            return groups.Find(g => g.First > i && g.First <= i + 4 && !g.IsPlace && !g.SharesCodeWith(source));
        }
        return null;
    }

    internal static ActorGroup? ConditionSubject(Document document, int from, Sentence sentence, List<ActorGroup> groups, ActorGroup source) =>
        ConditionOpening(document, from, sentence.EndToken) is int i and >= 0
            ? groups.Find(g => g.First > i && g.First <= i + 3 && !g.IsPlace && !g.SharesCodeWith(source)) : null;

    /// <summary>The first "if" or "unless" in [<paramref name="from"/>, <paramref name="end"/>), or -1.</summary>
    internal static int ConditionOpening(Document document, int from, int end)
    {
        for (int i = from; i < end; i++)
            if (document.TextOf(i).Equals("if", StringComparison.OrdinalIgnoreCase) || IsUnless(document, i)) return i;
        return -1;
    }

    /// <summary>The verb of an "unless" clause hung on <paramref name="verb"/> (or on the verb it completes, or fronted and
    /// made its head by the parse), or -1.</summary>
    internal static int UnlessClauseOf(Document document, SyntaxLayer tree, int verb)
    {
        for (int head = verb, steps = 0; head >= 0 && steps < 2; head = tree.RelationOf(head) == DependencyRelation.Xcomp ? tree.HeadOf(head) : -1, steps++)
            foreach (int child in tree.ChildrenOf(head))
                if (tree.RelationOf(child) == DependencyRelation.Advcl && tree.ChildWith(child, DependencyRelation.Mark) is int mark and >= 0
                    && IsUnless(document, mark))
                    return child;
        // A fronted clause the parse made the head, the main verb hung on it: "Unless Caracas frees …, Washington will impose …".
        if (tree.RelationOf(verb) == DependencyRelation.Advcl && tree.HeadOf(verb) is int condition and >= 0 && condition < verb
            && tree.ChildWith(condition, DependencyRelation.Mark) is int first and >= 0 && IsUnless(document, first))
            return condition;
        // Or the two clauses hung side by side on a verb of saying ("Unless Russia agrees …, Europe will impose …, Macron said").
        if (tree.HeadOf(verb) is int saying and >= 0)
            foreach (int sibling in tree.ChildrenOf(saying))
                if (sibling < verb && sibling != verb && tree.RelationOf(sibling) is DependencyRelation.Ccomp or DependencyRelation.Advcl
                    && tree.ChildWith(sibling, DependencyRelation.Mark) is int mark and >= 0 && mark < sibling && IsUnless(document, mark))
                    return sibling;
        return -1;
    }

    internal static ActorGroup? ComplementSubject(Document document, int from, Sentence sentence, List<ActorGroup> groups)
    {
        for (int i = from; i < sentence.EndToken && i < from + 4; i++)
        {
            if (document.TextOf(i) is not "that") continue;
            return groups.Find(g => g.First > i && g.First <= i + 3 && !g.IsPlace);
        }
        return null;
    }

    // "the prospect of deepening cooperation", "apologised for its boats intercepting a ship": a gerund after a
    // preposition, determiner or possessive (with an adjective between or not), or in a "for …" reason phrase, names an
    // act rather than reporting one.
    internal static bool IsNominalGerund(Document document, int i, Sentence sentence, WordSet? reporting = null)
    {
        if (i <= sentence.FirstToken || !document.TextOf(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        if (document.Tags[i - 1] is PartOfSpeech.Preposition or PartOfSpeech.Determiner or PartOfSpeech.Possessive) return true;
        // "talks on rearming the continent": a preposition the trained tagger marks as opening a clause.
        if (document.Tags[i - 1] == PartOfSpeech.Subordinator && document.TextOf(i - 1) is "on" or "of" or "for" or "about" or "over" or "toward" or "towards")
            return true;
        // "after two days of fierce fighting", "the heavy shelling": after such a word and an adjective, too.
        // (A tagger may take the adjective after a preposition for a noun: "of fierce fighting"; but "the rebels fighting …"
        // is a participle.)
        if (i - 2 >= sentence.FirstToken && (document.Tags[i - 1] == PartOfSpeech.Adjective
                && document.Tags[i - 2] is PartOfSpeech.Preposition or PartOfSpeech.Determiner or PartOfSpeech.Possessive
                || document.Tags[i - 1] == PartOfSpeech.Noun && document.Tags[i - 2] == PartOfSpeech.Preposition)) return true;
        // "warned that expanding cooperation between … is dangerous": a gerund opening a that-clause is its subject.
        if (document.TextOf(i - 1) is "that") return true;
        // "the UN says fighting in Sudan has forced …": right after a reporting verb, a gerund whose own phrase runs into
        // the clause's finite verb is that clause's subject, with "that" left out.
        if (reporting is not null && reporting.Contains(document.TextOf(i - 1)) && RunsIntoFiniteVerb(document, i, sentence)) return true;
        for (int k = i - 1; k >= sentence.FirstToken && k >= i - 6; k--)
        {
            if (document.Tags[k] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal || document.TextOf(k) is ",") return false;
            if (document.TextOf(k) is "for" or "over" or "about") return true;
        }
        return false;
    }

    // Past the gerund's own place or topic phrase ("in Sudan", "near the border") to an auxiliary or a finite verb.
    private static bool RunsIntoFiniteVerb(Document document, int gerund, Sentence sentence)
    {
        for (int k = gerund + 1; k < sentence.EndToken && k <= gerund + 6; k++)
        {
            var tag = document.Tags[k];
            if (tag is PartOfSpeech.Auxiliary or PartOfSpeech.Modal) return true;
            if (tag == PartOfSpeech.Verb) return document.Syntax is { } tree && tree.Penn[k] is "VBD" or "VBZ" or "VBP";
            if (k == gerund + 1 ? tag != PartOfSpeech.Preposition
                : tag is not (PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Preposition or PartOfSpeech.Number))
                return false;
        }
        return false;
    }

    internal static ActorGroup? GroupInside(List<ActorGroup> groups, int from, int end, ActorGroup source) =>
        groups.Find(g => g.First >= from && g.First < end && !g.IsPlace && g != source);

    // "Putin's visit to Pyongyang", "the China–Russia joint patrol": the actor right before the noun phrase.
    internal static ActorGroup? NominalSource(Document document, int noun, Sentence sentence, List<ActorGroup> groups, CodingWords words)
    {
        for (int i = noun - 1; i >= sentence.FirstToken && i >= noun - 4; i--)
        {
            // "… worked for Russia's security service, an allegation Moscow dismissed": a noun set off by a comma is no one's.
            if (document.TextOf(i) is "," or ";" or ":") break;
            var g = groups.Find(x => x.First <= i && i < x.End && !x.IsPlace);
            // "the Washington summit", "the Madrid talks": a capital before a meeting names where it is held, not who meets.
            if (g is not null && IsVenue(document, g, noun, words)) return null;
            if (g is not null) return g;
            // "the Netherlands' decision": a bare apostrophe after a plural-looking name is its possessive, whatever its tag.
            if (document.Tags[i] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Possessive or PartOfSpeech.Determiner or PartOfSpeech.ProperNoun or PartOfSpeech.Punctuation)
                && document.TextOf(i) is not ("'" or "’") && !IsAttributiveParticiple(document, i, sentence) && !JoinsTwoModifiers(document, i, noun)) break;
        }
        return null;
    }

    // "a Russian missile and drone attack": "and" between two common nouns that both describe the noun, the second the noun
    // itself or right before it, the first no actor ("the military and protest leaders" are two groups) — not two phrases
    // joined ("the Kabul attack and other recent bombings").
    private static bool JoinsTwoModifiers(Document document, int i, int noun) =>
        document.TextOf(i) is "and" or "&" && i > 0 && document.Tags[i - 1] is PartOfSpeech.Noun
        && (i + 1 == noun || i + 2 == noun && document.Tags[i + 1] is PartOfSpeech.Noun)
        && MentionAt(document, i - 1) is null;

    // "North Korea's repeated missile launches", "Russia's continuing strikes": a participle between a possessive,
    // article or adjective and the noun it describes is part of the noun phrase, not a verb of the clause.
    private static bool IsAttributiveParticiple(Document document, int i, Sentence sentence)
    {
        if (document.Tags[i] != PartOfSpeech.Verb || i <= sentence.FirstToken || i + 1 >= sentence.EndToken) return false;
        var word = document.TextOf(i);
        return (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
               && document.Tags[i - 1] is PartOfSpeech.Possessive or PartOfSpeech.Determiner or PartOfSpeech.Adjective
               && document.Tags[i + 1] is PartOfSpeech.Adjective or PartOfSpeech.Noun;
    }

    /// <summary>The first token of a date expression ending at <paramref name="last"/> ("on Wednesday", "last week"), with a
    /// preposition before it, or -1 when none ends there.</summary>
    internal static int TimePhraseStart(Document document, int last, int sentenceFirst)
    {
        // Dates are in text order: none after <last> can end there.
        foreach (var date in document.Dates)
        {
            if (date.FirstToken > last) break;
            if (date.EndToken - 1 != last) continue;
            int start = date.FirstToken;
            if (start - 1 > sentenceFirst && document.TextOf(start - 1) is "on" or "in" or "at") start--;
            return start;
        }
        // Without a publication date a weekday is not resolved to a date, but is still a time phrase.
        if (last - 1 > sentenceFirst && document.TextOf(last - 1) is "on" && DateFinder.IsWeekday(document.TextOf(last))) return last - 1;
        return -1;
    }

    internal static bool IsVenue(Document document, ActorGroup group, int noun, CodingWords words) =>
        group.Members.Count == 1 && group.First < noun && group.End >= noun && words.Meeting.Contains(document.TextOf(noun))
        && MentionsIn(document, group.First, noun).Any(m => m.EntryKind == ActorEntryKind.Capital);

    // "cooperation between Russia and North Korea": the actors after "between".
    /// <summary>
    /// "condemned Chile and demanded …", "to uphold its pledges and deny …": the earlier verb the one at
    /// <paramref name="verb"/> is coordinated with in the tree, when it has no subject of its own; else -1.
    /// </summary>
    internal static int EarlierConjunctVerb(Document document, int verb)
    {
        if (document.Syntax is not { } tree || tree.RelationOf(verb) != DependencyRelation.Conj) return -1;
        int first = tree.HeadOf(verb);
        if (first < 0 || first >= verb || document.Tags[first] != PartOfSpeech.Verb) return -1;
        if (tree.ChildWith(verb, DependencyRelation.Nsubj) >= 0 || tree.ChildWith(verb, DependencyRelation.NsubjPass) >= 0) return -1;
        // "urged Rwanda to withdraw … and threatened sanctions": a finite verb hung on an infinitive is coordinated with the
        // verb that governs the infinitive.
        if (tree.Penn[verb] is "VBD" or "VBZ" && tree.Penn[first] == "VB" && tree.RelationOf(first) == DependencyRelation.Xcomp
            && tree.HeadOf(first) is int governor and >= 0 && governor < first && tree.Penn[governor] is "VBD" or "VBZ") return governor;
        return first;
    }

    internal static ActorGroup? Between(Document document, int end, Sentence sentence, List<ActorGroup> groups)
    {
        if (end < sentence.EndToken && document.TextOf(end) is "between" or "among")
        {
            var g = groups.Find(x => x.First > end && x.First <= end + 2 && !x.IsPlace);
            if (g is not null && g.Members.Count > 1) return g;
        }
        return null;
    }

    // "At the May summit, A and B …": the meeting's participants are the main clause's subject.
    internal static bool AtEventPhrase(Document document, int noun, Sentence sentence)
    {
        int first = sentence.FirstToken;
        return noun - first <= 4 && document.TextOf(first).Equals("at", StringComparison.OrdinalIgnoreCase) || document.TextOf(first).Equals("during", StringComparison.OrdinalIgnoreCase) && noun - first <= 4;
    }

    internal static int NextComma(Document document, int from, Sentence sentence)
    {
        for (int i = from; i < sentence.EndToken; i++) if (document.TextOf(i) is ",") return i;
        return sentence.EndToken;
    }

    // A noun event that is talked about rather than reported: inside a prepositional phrase or the object of an ordinary verb.
    internal static bool IsReference(Document document, int noun, Sentence sentence, List<ActorGroup> groups, CodingWords words)
    {
        int i = noun - 1;
        while (i >= sentence.FirstToken)
        {
            var g = groups.Holding(i);
            if (g is not null) { i = g.First - 1; continue; }
            if (document.Tags[i] is PartOfSpeech.Adjective or PartOfSpeech.Determiner or PartOfSpeech.Possessive or PartOfSpeech.Noun or PartOfSpeech.Number or PartOfSpeech.ProperNoun
                || document.TextOf(i) is "-" or "–") { i--; continue; }
            // "announced on Sunday their withdrawal": a time phrase between the verb and its object is passed over.
            if (document.Tags[i] == PartOfSpeech.Preposition && document.TextOf(i) is "on" or "in" && i + 1 < noun
                && (document.DateAt(i + 1) is not null || WordClasses.IsTimeNoun(document.TextOf(i + 1)))) { i--; continue; }
            break;
        }
        if (i < sentence.FirstToken) return false;
        var tag = document.Tags[i];
        // "killed in a joint raid": a joint act another verb was done in took place.
        if (tag == PartOfSpeech.Preposition && document.TextOf(i) is "in" && JointModifier(document, i + 1, noun, words)) return false;
        // "flew to Cairo for talks": the errand of a journey takes place.
        if (tag == PartOfSpeech.Preposition && document.TextOf(i) is "for" && JourneyFor(document, noun, words) >= 0) return false;
        // "during a visit by X to Y": the occasion of what the sentence tells is taking place.
        if (tag == PartOfSpeech.Preposition) return !AtEventPhrase(document, noun, sentence) && !document.TextOf(i).Equals("during", StringComparison.OrdinalIgnoreCase);
        // "since last month's invasion", "after the strike", "following the test": before a noun phrase these are
        // prepositions, whatever the tag.
        // "following a visit to Caracas by a U.S. envoy", "after talks between X and Y": an act a time phrase introduces with
        // no article or an indefinite one is told here for the first time; "after the strike", "following Russia's invasion"
        // point back to one known already.
        if (document.TextOf(i) is "after" or "following" or "After" or "Following" && IntroducedAsNew(document, noun)) return false;
        if (document.TextOf(i) is "since" or "after" or "before" or "until" or "following" or "Since" or "After" or "Before" or "Until" or "Following")
            return !AtEventPhrase(document, noun, sentence);
        if (tag == PartOfSpeech.Verb) return !words.Light.Contains(document.TextOf(i)) && !ReportedAsClauseSubject(document, noun);
        return false;
    }

    // The act noun has no determiner or owner of its own, or only "a"/"an": it is new to the story.
    private static bool IntroducedAsNew(Document document, int noun)
    {
        if (document.Syntax is not { } tree) return false;
        foreach (int child in tree.ChildrenOf(noun))
        {
            if (child > noun) continue;
            var relation = tree.RelationOf(child);
            if (relation == DependencyRelation.Det && document.TextOf(child) is not ("a" or "an")) return false;
            if (relation is DependencyRelation.NmodPoss or DependencyRelation.Nummod) return false;
        }
        return true;
    }

    // "officials said a raid by militiamen on the village left four dead": an act told by an indefinite noun that is the
    // subject of the clause a verb introduces is reported there, not talked about ("said the raid was illegal" is).
    private static bool ReportedAsClauseSubject(Document document, int noun)
    {
        if (document.Syntax is not { } tree) return false;
        int verb = tree.HeadOf(noun);
        if (verb < 0) return false;
        // The parse may hang the noun on the speech verb as its object and leave the clause's verb with no subject:
        // "said [a raid …] | left four wounded".
        if (tree.RelationOf(noun) == DependencyRelation.Obj && verb < noun)
        {
            int clause = tree.ChildWith(verb, DependencyRelation.Ccomp);
            if (clause < noun || tree.ChildWith(clause, DependencyRelation.Nsubj) >= 0 || tree.ChildWith(clause, DependencyRelation.NsubjPass) >= 0) return false;
            verb = clause;
        }
        else if (tree.RelationOf(noun) is not (DependencyRelation.Nsubj or DependencyRelation.NsubjPass) || verb < noun) return false;
        if (tree.Universal[verb] != UniversalTag.Verb) return false;
        return tree.ChildWith(noun, DependencyRelation.Det) is int det and >= 0 && document.TextOf(det) is "a" or "an";
    }

    /// <summary>The verb of travel (list 'travel') whose "for" phrase the act noun at <paramref name="noun"/> heads ("returned to
    /// Geneva for talks"), or -1.</summary>
    internal static int JourneyFor(Document document, int noun, CodingWords words)
    {
        // The noun's "for" is in its sentence: without one there, the tree (which would parse the sentence) is not read.
        if (document.Syntax is not { } tree || !SentenceHasFor(document, noun)) return -1;
        int verb = tree.HeadOf(noun);
        if (verb < 0 || tree.RelationOf(noun) != DependencyRelation.Obl || !words.Travel.Contains(tree.LemmaOf(verb))) return -1;
        int marker = tree.ChildWith(noun, DependencyRelation.Case);
        return marker >= 0 && document.TextOf(marker) is "for" ? verb : -1;
    }

    private static bool SentenceHasFor(Document document, int token)
    {
        int index = document.SentenceOfToken(token);
        if (index < 0) return true;
        var sentence = document.Sentences[index];
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++) if (document.TextOf(i) is "for") return true;
        return false;
    }

    private static bool JointModifier(Document document, int first, int noun, CodingWords words)
    {
        // The noun pattern may be headed by the modifier itself ("joint * operation").
        for (int k = first; k <= noun; k++)
            if (document.Tags[k] == PartOfSpeech.Adjective && words.Joint.Contains(document.TextOf(k))) return true;
        return false;
    }

    // Police against demonstrators, a government against rebels: two actors of one state in different sectors.
    internal const string DomesticRule = "domestic";

    // The other side of a domestic act: the state's people when the actor is its authorities, else its authorities.
    internal static Actor DomesticCounterpart(Actor own)
    {
        bool authorities = own.Sector is "GOV" or "MIL" or "COP" or "JUD";
        return own with
        {
            Sector = authorities ? "CVL" : "GOV",
            Name = authorities ? "(people of the same state)" : "(the state's authorities)",
            Person = null,
            Rule = DomesticRule,
        };
    }

    // A reference ("it", "they") may stand for the very actor the other names, so it makes no domestic pair — unless the
    // other is a described group of another sector ("they killed six attackers"), which a reference to authorities never is.
    // Besides: a state's forces and armed groups against each other ("his forces killed Taliban fighters"), however either
    // was named.
    // A body described by its role ("the court", "the army") is of the role's sector, so it is not the other actor when their
    // sectors differ ("Mexico's president criticised the court").
    internal static bool IsDomesticPair(Actor s, Actor t) => t.Rule == DomesticRule || Sides.StateAgainstArmed(s.Sector, t.Sector) ||
        (!IsReference(s) && !IsReference(t)
         || (GenericGroups.IsGenericGroup(s) != GenericGroups.IsGenericGroup(t) || IsRoleDescription(s) || IsRoleDescription(t)) && s.Sector is not null && t.Sector is not null)
        && (s.Sector != t.Sector || s.Sector is null) && (s.Name != t.Name || s.Span != t.Span) && (s.Person is null || s.Person != t.Person);

    private static bool IsReference(Actor a) => a.Rule.StartsWith("ref:", StringComparison.Ordinal);

    private static bool IsRoleDescription(Actor a) => a.Rule.StartsWith("ref:role:", StringComparison.Ordinal);

    // The sectors of a state's organs: government, army, parliament, intelligence, police, courts, coast guard.
    private static readonly FrozenSet<string> StateOrganSectors = FrozenSet.ToFrozenSet(["GOV", "MIL", "LEG", "INT", "COP", "JUD", "CG"], StringComparer.Ordinal);

    /// <summary>"Kyrgyz and Tajik guards exchanged fire, killing a Kyrgyz guard": when doers of several states act on an organ
    /// of one of them (or on its people named by no sector), the others did it; the pair of that state with itself is not a
    /// domestic act. Its civilians, rebels or parties may still be its own state's target; help given within such a group
    /// ("supported by local militias and the U.S. military") stays as told.</summary>
    private static readonly FrozenSet<EventType> HostileBetweenSides =
        FrozenSet.ToFrozenSet([EventType.Assault, EventType.Coerce, EventType.Threaten, EventType.Sanction, EventType.Accuse, EventType.Protest, EventType.Reject]);

    internal static bool AnotherSideActs(ActorGroup source, Actor s, Actor t, EventType type) =>
        s.Code == t.Code && HostileBetweenSides.Contains(type) && t.Rule != DomesticRule && (t.Sector is null || StateOrganSectors.Contains(t.Sector)) && source.Members.Any(m => m.Code != t.Code);

    // Force used by a state's government or army in a story that names other states is not read as domestic:
    // "Russian troops shelled the town" in a story about Ukraine is not Russia against Russians.
    internal static bool ForeignStateNamed(Document document, ActorCode own)
    {
        // The first two states the story names (by name, capital or demonym, or through one of their organs or people; a
        // party or a company abroad does not make a story international), found once per document rather than for every act.
        var (first, second) = NamedStates.GetValue(document, d =>
        {
            ActorCode? a = null;
            foreach (var m in d.Actors)
                if (m.Kind == MentionKind.Name && m.Actor.IsState && (m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Adjective or ActorEntryKind.Person
                    || m.EntryKind == ActorEntryKind.Institution && m.Actor.Sector is { } sector && StateOrganSectors.Contains(sector)))
                {
                    if (a is null) a = m.Actor.Code;
                    else if (m.Actor.Code != a) return new Tuple<ActorCode?, ActorCode?>(a, m.Actor.Code);
                }
            return new Tuple<ActorCode?, ActorCode?>(a, null);
        });
        return (first is { } f && f != own) || second is not null;
    }

    internal static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, Tuple<ActorCode?, ActorCode?>> NamedStates = new();

    /// <summary>The actor mention covering token <paramref name="token"/> ("the government" at "government"), or null.</summary>
    internal static ActorMention? MentionAt(Document document, int token)
    {
        foreach (var m in document.Actors)
        {
            if (m.FirstToken > token) break;
            if (token < m.EndToken) return m;
        }
        return null;
    }

    /// <summary>The text from the earlier of tokens <paramref name="a"/> and <paramref name="b"/> to the end of the later: the
    /// trigger of an event a speech verb and a word far from it tell together ("said … violate").</summary>
    internal static TextSpan SpanOfTokens(Document document, int a, int b) =>
        TextSpan.FromBounds(document.Tokens[Math.Min(a, b)].Start, document.Tokens[Math.Max(a, b)].End);

    /// <summary>The word before a phrase starting at <paramref name="first"/>, past the phrase's determiners ("with | the
    /// United States"); below the sentence's first token when there is none.</summary>
    internal static int WordBeforeDeterminers(Document document, int first, Sentence sentence)
    {
        int before = first - 1;
        while (before >= sentence.FirstToken && document.Tags[before] == PartOfSpeech.Determiner) before--;
        return before;
    }

    // The actor mentions whose first token is in [first, end): a binary search of the ordered actor layer, not a scan of the document.
    internal static IEnumerable<ActorMention> MentionsIn(Document document, int first, int end)
    {
        var mentions = document.Actors;
        int lo = 0, hi = mentions.Count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (mentions[mid].FirstToken < first) lo = mid + 1; else hi = mid; }
        for (int k = lo; k < mentions.Count && mentions[k].FirstToken < end; k++) yield return mentions[k];
    }

    // "Ankara's Cankaya district administration", "the provincial government": a local body, not the state.
    internal static bool IsLocalBody(Document document, Actor actor)
    {
        var tokens = document.Tokens;
        int i = 0, hi = tokens.Length; // the first token at or after the actor's end, by binary search
        while (i < hi) { int mid = (i + hi) >>> 1; if (tokens[mid].Start < actor.Span.End) i = mid + 1; else hi = mid; }
        for (int k = i; k < tokens.Length && k < i + 4; k++)
        {
            var w = document.TextOf(k);
            if (w.Equals("district", StringComparison.OrdinalIgnoreCase) || w.Equals("municipal", StringComparison.OrdinalIgnoreCase)
                || w.Equals("provincial", StringComparison.OrdinalIgnoreCase) || w.Equals("county", StringComparison.OrdinalIgnoreCase)
                || w.Equals("municipality", StringComparison.OrdinalIgnoreCase) || w.Equals("local", StringComparison.OrdinalIgnoreCase)
                || w.Equals("regional", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    // Content words of the trigger phrase and the few words after it, singular, without the trigger verb and actor names.
    internal static HashSet<string> Keywords(Document document, int trigger, int end, Sentence sentence, List<ActorGroup> groups, CodingWords words)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int limit = Math.Min(sentence.EndToken, end + 5);
        // A noun trigger's words before it name the act ("the defence treaty"), and so does a passive's subject ("The treaty
        // was signed by …"), so a retelling in the passive shares them.
        bool passive = document.Syntax is { } tree && tree.Penn[trigger] == "VBN" && trigger - 1 >= sentence.FirstToken
                       && document.TextOf(trigger - 1) is "was" or "were" or "been" or "is" or "are" or "be";
        int from = document.Tags[trigger] == PartOfSpeech.Noun || passive ? Math.Max(sentence.FirstToken, trigger - 3) : trigger + 1;
        for (int i = from; i < limit; i++)
        {
            if ((i == trigger && document.Tags[i] == PartOfSpeech.Verb) || document.Tokens[i].Kind != TokenKind.Word || groups.Holding(i) is not null) continue;
            if (document.Tags[i] is not (PartOfSpeech.Noun or PartOfSpeech.Verb or PartOfSpeech.Adjective)) continue;
            var w = document.TextOf(i).ToString().ToLowerInvariant();
            if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss")) w = w[..^1];
            if (w.Length > 2 && !words.Function.Contains(w)) keys.Add(w);
        }
        return keys;
    }
}
