using Entente.Actors;
using Entente.Events.Coding;
using Entente.Language;

namespace Entente.Events;

/// <summary>
/// Builds the actor groups of a sentence from the actor layer: coordinated mentions ("X, Y and Z") become one group;
/// mentions inside one noun phrase ("South Korea's National Intelligence Service", "Chinese Foreign Ministry spokesman Lin Jian")
/// collapse to the phrase's head, the last of them.
/// </summary>
internal static class ActorGrouper
{
    /// <summary>The groups of <paramref name="sentence"/>, in token order.</summary>
    public static List<ActorGroup> Build(Document document, Sentence sentence, IReadOnlyList<ActorMention> mentions, int firstMention, WordSet? accession = null)
    {
        var groups = new List<ActorGroup>();
        var tags = document.Tags;
        ActorGroup? current = null;
        int lastEnd = -1, lastFirst = -1;
        var lastKind = ActorEntryKind.State;
        for (int k = firstMention; k < mentions.Count && mentions[k].FirstToken < sentence.EndToken; k++)
        {
            var m = mentions[k];
            if (m.FirstToken < sentence.FirstToken) continue;
            // "Wang Yi and his Japanese counterpart Takeshi Iwaya": a possessive right before another actor's words only says
            // whose counterpart the next one is; the phrase is that actor's.
            if (IsPossessiveBeforeActor(document, mentions, k, sentence)) continue;
            // "Darfur rebels", "Kharkiv authorities": a place whose head noun gives it a sector names the actors there.
            bool isPlace = m.EntryKind == ActorEntryKind.Place && m.Actor.Sector is null;
            if (current is not null && m.FirstToken == lastFirst && m.EndToken <= lastEnd)
            {
                // Several references at the same tokens ("the two countries" → two actors, two parties).
                current.CurrentPart++;
                current.Add(m.Actor);
                continue;
            }
            // "Kristalina Georgieva, the Bulgarian economist who heads the IMF, …": a people's adjective opening an apposition
            // to a named person describes that person; it is no second party beside them.
            // So does one telling a past office in such an apposition ("…, the AU Commission chairman and a former Djiboutian foreign
            // minister, …"): it names no side the person acts for now.
            if (current is not null && m.EntryKind == ActorEntryKind.Adjective
                && (current.Members.TrueForAll(a => a.Person is not null) && OpensAppositionToPerson(document, lastEnd, m.FirstToken)
                    || TellsAPastOffice(document, m.FirstToken, sentence) && groups.Exists(g => g.Members.Exists(a => a.Person is not null)))) continue;
            lastFirst = m.FirstToken;
            var link = current is null ? Link.None : Between(document, lastEnd, m.FirstToken);
            // "two Chinese H-6 bombers and two Russian Tu-95 bombers": longer phrases the tree coordinates.
            if (link == Link.Apart && current is not null && !isPlace && !current.IsPlace && TreeCoordinated(document, lastEnd - 1, m.EndToken - 1)) link = Link.Coordinated;
            // "… commitment to South Korea and the two countries agreed": an object followed by a new clause's subject.
            // "by Kenyan and Somali forces killed …": a bare demonym before the coordinator shares the later head noun, so
            // the two cannot be an object and a new clause's subject.
            bool sharesHead = lastKind == ActorEntryKind.Adjective && lastEnd < sentence.EndToken && document.TextOf(lastEnd) is "and" or "or"
                              // "the US-South Korea drills": names joined by a hyphen or slash modify one noun, whatever its tag.
                              || lastEnd >= 0 && m.FirstToken == lastEnd + 1 && document.TextOf(lastEnd) is "-" or "–" or "/";
            // (The opening phrase first: it reads only words, the other two the tree, which parses the sentence.)
            if (link == Link.Coordinated && (ClosesOpeningPhrase(document, sentence, lastEnd, m.FirstToken)
                                             || !sharesHead && StartsNewClause(document, current!, m, sentence) || SubjectOfAnotherClause(document, current!.First, lastEnd - 1, m.EndToken - 1)))
                link = Link.Apart;
            // "Iran warned Israel it would respond": an object and the next clause's subject only stand side by side.
            if (link == Link.SamePhrase && ObjectThenSubject(document, lastEnd - 1, m.EndToken - 1)) link = Link.Apart;
            if (current is not null && link == Link.Coordinated && !isPlace && !current.IsPlace)
            {
                current.CurrentPart++;
                current.Add(m.Actor, ConjunctionBetween(document, lastEnd, m.FirstToken));
            }
            else if (current is not null && link == Link.SamePhrase && !isPlace)
            {
                // The head of the phrase is its last actor: keep only it when codes differ in kind (institution over state).
                var head = m.Actor;
                // "Bosnian Serbs", "Iraqi Kurds": a people named after a state's adjective belong to that state.
                bool peopleOfState = lastKind == ActorEntryKind.Adjective && m.EntryKind == ActorEntryKind.Adjective && m.FirstToken == lastEnd;
                if (peopleOfState) { }
                // "Sweden's NATO membership bid": an organisation naming what the possessor seeks to join is not the phrase's actor.
                else if (accession is not null && current.Members.Count == 1 && SeeksToJoin(document, lastEnd, m, sentence, accession)) { }
                else if (current.Members.Count == 1 && !head.Code.Value.Contains('+')) current.Members[0] = Prefer(current.Members[0], head);
                else current.Add(head);
            }
            else
            {
                current = new ActorGroup { First = m.FirstToken, End = m.EndToken, IsPlace = isPlace };
                current.Add(m.Actor);
                groups.Add(current);
            }
            current.End = Math.Max(current.End, m.EndToken);
            lastEnd = current.End;
            lastKind = m.EntryKind;
        }
        // Extend each group over trailing head nouns: "Chinese and Russian military aircraft", "NATO allies".
        foreach (var g in groups)
        {
            int e = g.End;
            while (e < sentence.EndToken && e - g.End < 3 && tags[e] is PartOfSpeech.Noun or PartOfSpeech.Adjective && groups.StartingAt(e) is null) e++;
            g.End = e;
        }
        return groups;
    }

    // The earlier mention (ending at <possessorEnd>) is a possessor ("Sweden's"), and the organisation after it only modifies
    // a noun of joining ("membership", "bid", "accession") that heads the phrase.
    private static bool SeeksToJoin(Document document, int possessorEnd, ActorMention organisation, Sentence sentence, WordSet accession)
    {
        // Read from the words, not the tree: a parse often takes the organisation for the head ("North Macedonia's EU | accession talks").
        if (organisation.Actor.IsState || possessorEnd >= organisation.FirstToken || document.Tags[possessorEnd] != PartOfSpeech.Possessive) return false;
        for (int k = organisation.EndToken; k < sentence.EndToken && k <= organisation.EndToken + 2; k++)
        {
            if (accession.Contains(document.TextOf(k))) return true;
            if (document.Tags[k] is not (PartOfSpeech.Noun or PartOfSpeech.Adjective)) return false;
        }
        return false;
    }

    private static bool StartsNewClause(Document document, ActorGroup current, ActorMention next, Sentence sentence)
    {
        if (next.EndToken >= sentence.EndToken) return false;
        var after = document.Tags[next.EndToken];
        if (after is not (PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal)) return false;
        int before = current.First - 1;
        while (before >= sentence.FirstToken && document.Tags[before] is PartOfSpeech.Determiner or PartOfSpeech.Adjective) before--;
        if (before < sentence.FirstToken) return false;
        var tag = document.Tags[before];
        var word = document.TextOf(before);
        // "The ministry said China and Pakistan signed …": after a speech verb, a clause whose subject the tree makes "X and Y".
        if (tag == PartOfSpeech.Verb) return !(PersonFinder.IsSpeechVerb(word) && document.Syntax is { } speech
                                               && speech.RelationOf(NominalHead(speech, current.End - 1)).IsSubject()
                                               && speech.RelationOf(NominalHead(speech, next.EndToken - 1)) == DependencyRelation.Conj);
        if (tag != PartOfSpeech.Preposition || word is "of" or "between" or "among") return false;
        // "came after Israel and the United States held drills": a preposition that also opens clauses is read as opening
        // one, whose subject lists both names.
        if (word is "after" or "before" or "since" or "until" or "After" or "Before" or "Since" or "Until") return false;
        // "Officials from South Korea and the United States held talks": a noun opening the sentence that the preposition
        // completes has no verb but the one after the names, so they cannot start a clause of their own.
        if (NounOpensSentence(document, before - 1, sentence)) return false;
        // "Envoys from Japan and Australia held talks": where the tree makes the later name a conjunct, not a subject, and the
        // earlier one completes a noun, not a verb, the phrase lists both names.
        return !(document.Syntax is { } tree && tree.RelationOf(NominalHead(tree, next.EndToken - 1)) == DependencyRelation.Conj
                 && tree.HeadOf(NominalHead(tree, current.End - 1)) is int holder and >= 0 && tree.Universal[holder] is UniversalTag.Noun or UniversalTag.Propn);
    }

    // The words from the sentence's start to <last> are a noun phrase: determiners, adjectives and nouns ending in a noun.
    private static bool NounOpensSentence(Document document, int last, Sentence sentence)
    {
        if (last < sentence.FirstToken || document.Tags[last] is not PartOfSpeech.Noun) return false;
        for (int k = sentence.FirstToken; k < last; k++)
            if (document.Tags[k] is not (PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Number)) return false;
        return true;
    }

    // "Welcoming the visiting Chilean president, Peru's leader praised …": in the tree the second phrase is the subject of
    // a verb and not coordinated with or in apposition to the first, so the comma between them joins nothing.
    // The earlier phrase is a verb's object and the later the subject of another clause, whatever the words have in common.
    private static bool ObjectThenSubject(Document document, int earlierLast, int laterLast)
    {
        if (document.Syntax is not { } tree) return false;
        int a = NominalHead(tree, earlierLast), b = NominalHead(tree, laterLast);
        return a != b && tree.RelationOf(a) is DependencyRelation.Obj or DependencyRelation.Iobj && tree.RelationOf(b).IsSubject()
               && tree.HeadOf(a) != tree.HeadOf(b) && tree.HeadOf(a) != b && tree.HeadOf(b) != a;
    }

    // The group starting at <first> opens its sentence (past a "the").
    private static bool OpensSentence(Document document, int first)
    {
        int opening = document.Sentences[document.SentenceOfToken(first)].FirstToken;
        return first == opening || first == opening + 1 && document.TextOf(opening) is "The" or "the";
    }

    private static bool SubjectOfAnotherClause(Document document, int earlierFirst, int earlierLast, int laterLast)
    {
        if (document.Syntax is not { } tree) return false;
        // Only a comma: "X and Y" stays coordinated however the parse hung it.
        for (int i = earlierLast + 1; i < laterLast; i++)
            if (document.TextOf(i) is "and" or "or" or "&") return false;
        int a = NominalHead(tree, earlierLast), b = NominalHead(tree, laterLast);
        // "Russian and DPRK leaders": both modify one noun.
        if (a == b || !tree.RelationOf(b).IsSubject()) return false;
        // "Pakistan, Afghanistan agree to …": a headline's comma stands for "and"; the parse hangs the first name on the
        // verb as a vocative or dislocated phrase beside the subject.
        // Two subjects the parse gives one verb are a list too, when the first opens the sentence ("Beyond Ukraine, G7
        // ministers discussed …" opens with a phrase, whatever the parse made of it).
        if (tree.HeadOf(a) == tree.HeadOf(b) && (tree.RelationOf(a) is DependencyRelation.Vocative or DependencyRelation.Dislocated
            || tree.RelationOf(a).IsSubject() && OpensSentence(document, earlierFirst))) return false;
        // "S. Korea, EU sign partnership": or it makes the first name the root and the verb a clause describing it.
        if (tree.HeadOf(b) is int verb and >= 0 && tree.HeadOf(verb) == a && tree.RelationOf(a) == DependencyRelation.Root
            && EventCoreference.IsDisplaySentence(document, document.SentenceOfToken(a))) return false;
        bool linked(int x, int y) => tree.HeadOf(x) == y && tree.RelationOf(x) is DependencyRelation.Conj or DependencyRelation.Appos;
        // "In late January, Burkina Faso, Mali and Niger withdrew": the later one opens "B and C", so the comma before it
        // lists A with them, wherever the parse hung A.
        // So does "The United States, Japan and South Korea began …" where the parse hangs "Japan" on "Korea": a name opens
        // the words after "and".
        if (laterLast + 2 < document.Tokens.Length && document.TextOf(laterLast + 1) is "and" or "or"
            && (tree.ChildWith(b, DependencyRelation.Conj) > b || document.Tags[laterLast + 2] is PartOfSpeech.ProperNoun || document.TextOf(laterLast + 2) is "the")) return false;
        // "Ministers of India, the United States, Japan and Australia met": so does a later one the parse makes the head of
        // the rest of the list, which goes on after another comma.
        if (laterLast + 2 < document.Tokens.Length && document.TextOf(laterLast + 1) is "," && tree.ChildWith(b, DependencyRelation.Conj) > b) return false;
        return !linked(a, b) && !linked(b, a);
    }

    // "In a move that surprised Lima, Quito signed …", "After talks with China, Russia said …": a sentence opening with
    // a preposition or a subordinator ends its opening phrase at its first comma; the actors on either side of that comma
    // are not coordinated, whatever the tree made of them.
    private static bool ClosesOpeningPhrase(Document document, Sentence sentence, int earlierEnd, int laterFirst)
    {
        int first = sentence.FirstToken;
        while (first < earlierEnd && document.Tokens[first].Kind == TokenKind.Quote) first++;
        if (first >= earlierEnd || document.Tags[first] is not (PartOfSpeech.Preposition or PartOfSpeech.Subordinator)) return false;
        int comma = first;
        while (comma < laterFirst && document.TextOf(comma) is not ",") comma++;
        // The first comma lies between the two mentions and is the only coordinator there.
        if (comma < earlierEnd || comma == laterFirst) return false;
        for (int i = earlierEnd; i < laterFirst; i++)
            if (i != comma && document.TextOf(i) is "and" or "or" or "&" or ",") return false;
        return true;
    }

    // The nominal heads of the two mentions' phrases are conjuncts in the tree, with a coordinator and no verb between the
    // mentions, and at most eight words apart.
    private static bool ConjunctionBetween(Document document, int from, int to)
    {
        for (int i = Math.Max(from, 0); i < to; i++) if (document.TextOf(i) is "and" or "or" or "&") return true;
        return false;
    }

    private static bool TreeCoordinated(Document document, int earlierLast, int laterLast)
    {
        if (document.Syntax is not { } tree || laterLast - earlierLast > 9) return false;
        bool coordinator = false;
        for (int i = earlierLast + 1; i < laterLast; i++)
        {
            if (document.Tags[i] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal) return false;
            coordinator |= document.TextOf(i) is "and" or "or";
        }
        if (!coordinator) return false;
        int a = NominalHead(tree, earlierLast), b = NominalHead(tree, laterLast);
        if (a != b && tree.HeadOf(b) == a && tree.RelationOf(b) == DependencyRelation.Conj) return true;
        // "the prime minister of Japan and the president of Peru": the nouns the two names complete are the conjuncts.
        int holderA = HolderOf(document, tree, a), holderB = HolderOf(document, tree, b);
        return holderA >= 0 && holderB >= 0 && holderA != holderB && tree.HeadOf(holderB) == holderA && tree.RelationOf(holderB) == DependencyRelation.Conj;
    }

    // The noun a name completes with "of" or "from" ("the president of Peru", "envoys from Chile"), or -1.
    private static int HolderOf(Document document, SyntaxLayer tree, int name)
    {
        if (tree.RelationOf(name) != DependencyRelation.Nmod || tree.HeadOf(name) is not (int holder and >= 0)) return -1;
        int marker = tree.ChildWith(name, DependencyRelation.Case);
        return marker >= 0 && document.TextOf(marker) is "of" or "from" ? holder : -1;
    }

    // The noun a mention's last word belongs to: up through compounds, modifiers, possessors and flat names.
    private static int NominalHead(SyntaxLayer tree, int token)
    {
        for (int steps = 0; steps < 4 && tree.HeadOf(token) >= 0
             && tree.RelationOf(token) is DependencyRelation.Compound or DependencyRelation.Amod or DependencyRelation.NmodPoss or DependencyRelation.Flat; steps++)
            token = tree.HeadOf(token);
        return token;
    }

    private static Actor Prefer(Actor earlier, Actor head)
    {
        // "South Korea's National Intelligence Service": the institution (head) carries the sector; same code either way.
        if (earlier.Code == head.Code) return head.Sector is null ? head with { Sector = earlier.Sector } : head;
        // "NATO's cyber defence centre" → the centre; "Chinese Foreign Ministry spokesman Lin Jian" → Lin Jian.
        return head;
    }

    private enum Link { None, Coordinated, SamePhrase, Apart }

    // ", a former Estonian …", "and the former Djiboutian …": a past office named in an apposition (its comma or "and" first).
    private static bool TellsAPastOffice(Document document, int adjective, Sentence sentence) =>
        adjective - 3 >= sentence.FirstToken && document.TextOf(adjective - 1) is "former" or "onetime" or "erstwhile"
        && document.TextOf(adjective - 2) is "a" or "an" or "the" && document.TextOf(adjective - 3) is "," or "and";

    // Only ", the" or ", a" stands between the person's name and the adjective.
    private static bool OpensAppositionToPerson(Document document, int from, int to) =>
        to - from == 2 && document.TextOf(from) is "," && document.TextOf(from + 1) is "the" or "a" or "an";

    // "his" after "and", right before another actor's words or one noun and them ("and his counterpart Y").
    private static bool IsPossessiveBeforeActor(Document document, IReadOnlyList<ActorMention> mentions, int k, Sentence sentence)
    {
        var m = mentions[k];
        return k + 1 < mentions.Count && m.Kind == MentionKind.Reference && m.EndToken == m.FirstToken + 1
               && PossessiveOpensActor(document, m.FirstToken, mentions[k + 1].FirstToken) && mentions[k + 1].FirstToken < sentence.EndToken
               && m.FirstToken > sentence.FirstToken && document.TextOf(m.FirstToken - 1) is "and";
    }

    // "his" or "her" at <possessive> opening the phrase of an actor named at <actor>: right before it, or with one noun
    // between ("his Japanese counterpart Y", "his counterpart Y").
    private static bool PossessiveOpensActor(Document document, int possessive, int actor) =>
        document.TextOf(possessive) is "his" or "her"
        && (actor == possessive + 1 || actor == possessive + 2 && document.Tags[possessive + 1] == PartOfSpeech.Noun);

    private static Link Between(Document document, int from, int to)
    {
        if (to < from) return Link.Apart;
        if (to == from) return Link.SamePhrase;
        bool coordinator = false;
        int headWords = 0;
        for (int i = from; i < to; i++)
        {
            var w = document.TextOf(i);
            var tag = document.Tags[i];
            if (w is "and" or "," or "or" or "&" or "-" or "–" or "—" or "/") { coordinator = true; continue; }
            if (!coordinator && tag is PartOfSpeech.Noun or PartOfSpeech.Adjective) headWords++;
            // "X and his Japanese counterpart Y", "X and his counterpart Y".
            if (coordinator && PossessiveOpensActor(document, i, to)) { i = to - 1; continue; }
            if (w is "as" or "well" && coordinator) continue;
            // "two Chinese and six Russian aircraft": a count after the coordinator opens the next conjunct.
            if (coordinator && tag == PartOfSpeech.Number) continue;
            if (w is "as" && i + 2 < to && document.TextOf(i + 1) is "well") { coordinator = true; continue; }
            // "X and the Y" coordinates; "X match the Y" starts a new noun phrase.
            if (tag == PartOfSpeech.Determiner && w is "the") { if (coordinator || i == from) continue; return Link.Apart; }
            if (w is "'s" or "’s" || tag is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective) { if (to - from <= 4 && !coordinator) continue; }
            return Link.Apart;
        }
        // "the Greek president and the Turkish …", "the Greek prime minister and the Turkish …": the head words of the first
        // phrase (at most two, by the loop) and then the coordinator and its article.
        if (coordinator) return to - from <= 3 || to - from - headWords <= 2 ? Link.Coordinated : Link.Apart;
        return Link.SamePhrase;
    }
}
