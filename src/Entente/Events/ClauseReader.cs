using Entente.Actors;
using Entente.Language;
using Entente.Events.Coding;

namespace Entente.Events;

/// <summary>
/// Reads the clause around a trigger: who the subject is (skipping prepositional phrases, following verb coordination
/// and relative clauses), whether the verb is passive, what mode the verb group puts the event in, and who claims it.
/// </summary>
internal sealed class ClauseReader(Document document, Sentence sentence, List<ActorGroup> groups, CodingWords? words = null)
{
    private readonly Document _d = document;
    // The language stage gives every document its dependency layer; clauses are read from it.
    private SyntaxLayer Tree => _d.Syntax ?? throw new InvalidOperationException("the document has no dependency layer: read it through the pipeline's language stages");

    /// <summary>
    /// The group that is the subject of the verb at <paramref name="verb"/>, or null. Read from the dependency tree: the
    /// verb's subject, or for a verb without one, the subject it shares (a conjunct's, a controlled infinitive's, a
    /// participle clause's) or the noun a relative clause modifies. Only when the tree gives the verb no subject at all
    /// (a fragment, a headline) are the words before it read.
    /// </summary>
    public ActorGroup? SubjectOf(int verb, int depth = 0)
    {
        var tree = Tree;
        int subject = SubjectToken(tree, verb, 0);
        // "…, spoke with Russian President X": a "subject" after the verb whose phrase opens with a preposition is a misparsed
        // oblique; the words before the verb are read instead.
        if (subject > verb && PrepositionOpens(tree, verb, subject)) subject = -1;
        if (subject >= 0)
        {
            // An actor right before the verb ("after North Korea provocatively launched …") is its subject even where
            // the parse hung it elsewhere.
            var adjacent = SubjectByPosition(verb, depth);
            if (adjacent is not null && DirectlyBefore(adjacent, verb) && !InsideSubjectOfOthers(tree, subject, adjacent)
                && !ParticipleAfterPrepositionalObject(tree, verb, adjacent) && !PlaceOfTheSubject(tree, subject, adjacent)) return adjacent;
            // "…, Colombia's foreign ministry said": a possessor right before the subject's words, wherever the parse hung it.
            var actor = ActorOfPhrase(tree, subject, asSubject: true) ?? PossessorBefore(subject);
            // "King Hassan of Morocco said he would host …": a pronoun no one resolved, in what a speaker says, is the speaker.
            if (actor is null && depth < 3 && tree.Universal[subject] == UniversalTag.Pron && _d.TextOf(subject) is "he" or "she" or "it" or "they" or "we"
                && SpeechVerbOver(tree, verb) is int speech && speech >= 0)
                return SubjectOf(speech, depth + 1);
            // "Chile said its goal is to sign …", "Laos said its troops would stay": so is such a pronoun as the subject's possessor.
            if (actor is null && depth < 3 && tree.ChildWith(subject, DependencyRelation.NmodPoss) is int owner and >= 0 && tree.Universal[owner] == UniversalTag.Pron
                && _d.TextOf(owner) is "its" or "their" or "his" or "her" or "our" && SpeechVerbOver(tree, verb) is int speaking && speaking >= 0)
                return SubjectOf(speaking, depth + 1);
            return actor;
        }
        // The noun right before such a verb is its subject; it names no actor, so no actor is ("an attack on a base killed …").
        if (MisreadClauseAfterNoun(tree, verb) && groups.Holding(verb - 1) is null) return null;
        // "after three Russian MiG-31 fighter jets violated Estonian airspace": a past verb the parse hung as a modifier on the
        // noun after it, right after a noun phrase "after" (or the like) opens, has that phrase for its subject.
        if (ModifierReadForClauseAfterNoun(tree, verb) is int noun and >= 0 && ActorOfPhrase(tree, noun) is { } clauseSubject) return clauseSubject;
        return SubjectByPosition(verb, depth);
    }

    // "he", "she", "it", "they": a pronoun may stand for an actor the discourse layer resolved.
    private bool IsPronounOfAnActor(int token) => _d.Tags[token] == PartOfSpeech.Pronoun;

    // A finite verb the parse joins to an earlier one with no conjunction or comma, right after a noun phrase that "after",
    // "before", "when" and the like open: a misread clause whose subject is that phrase ("suspended talks after an attack on
    // a base killed two soldiers").
    private bool MisreadClauseAfterNoun(SyntaxLayer tree, int verb)
    {
        if (tree.RelationOf(verb) != DependencyRelation.Conj || tree.ChildWith(verb, DependencyRelation.Cc) >= 0 || verb <= sentence.FirstToken
            || _d.Tokens[verb - 1].Kind != TokenKind.Word || _d.Tags[verb - 1] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun) || tree.Penn[verb] is not ("VBD" or "VBZ" or "VBP"))
            return false;
        int phrase = verb - 1;
        for (int steps = 0; steps < 6 && tree.RelationOf(phrase) == DependencyRelation.Nmod && tree.HeadOf(phrase) is int owner and >= 0 && owner < phrase; steps++) phrase = owner;
        return tree.RelationOf(phrase) is DependencyRelation.Obl or DependencyRelation.Nmod
               && CaseOf(tree, phrase) is "after" or "before" or "since" or "until" or "when" or "once" or "because" or "as";
    }

    // The noun before <paramref name="verb"/> when the verb is a past form the parse made a modifier (amod, acl) and that
    // noun's phrase is opened by a word that opens clauses ("after", "before", "since", "when", "as", "because"); else -1.
    private int ModifierReadForClauseAfterNoun(SyntaxLayer tree, int verb)
    {
        if (tree.RelationOf(verb) is not (DependencyRelation.Amod or DependencyRelation.Acl) || tree.Penn[verb] is not ("VBD" or "VBN") || verb <= sentence.FirstToken
            || _d.Tokens[verb - 1].Kind != TokenKind.Word || _d.Tags[verb - 1] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun)) return -1;
        // A participle followed by a preposition ("schoolgirls kidnapped in Zamfara") is a passive modifier, not a clause: an
        // active verb has its object next.
        if (tree.Penn[verb] is "VBN" && (verb + 1 >= sentence.EndToken || _d.Tags[verb + 1] is not (PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Number))) return -1;
        int noun = verb - 1;
        return tree.RelationOf(noun) is DependencyRelation.Obl or DependencyRelation.Nmod
               && CaseOf(tree, noun) is "after" or "before" or "since" or "until" or "when" or "once" or "because" or "as" ? noun : -1;
    }

    // "Chile's decision to expel Peruvian diplomats drew …", "Bolivia's vote at the United Nations earned …": the actor
    // right before the verb stands inside the subject's phrase, in a clause modifying it (the object of "expel") or after
    // a possessor naming another actor; the subject is that owner's.
    private bool InsideSubjectOfOthers(SyntaxLayer tree, int subject, ActorGroup adjacent)
    {
        if (adjacent.First <= subject || !tree.Dominates(subject, adjacent.End - 1)) return false;
        bool owned = tree.ChildWith(subject, DependencyRelation.NmodPoss) is int possessor and >= 0 && ActorOfPhrase(tree, possessor) is not null;
        for (int v = subject + 1; v < adjacent.First && !owned; v++)
            owned = tree.RelationOf(v) is DependencyRelation.Acl or DependencyRelation.AclRelcl && tree.HeadOf(v) == subject && tree.Dominates(v, adjacent.End - 1);
        return owned && ActorOfPhrase(tree, subject, asSubject: true) is { } owner && owner != adjacent;
    }

    // "The museum in Seoul displays …": an actor named where the subject is (its "in", "at" or "near" phrase) is a place, unless
    // the subject is a role the place's state fills ("the government in Kabul", "forces in Guinea").
    private bool PlaceOfTheSubject(SyntaxLayer tree, int subject, ActorGroup adjacent)
    {
        if (adjacent.First <= subject || groups.Holding(subject) is not null || RoleWords.SectorOf(_d.TextOf(subject)) is not null) return false;
        int nominal = tree.PhraseHead(adjacent.First, adjacent.End);
        return tree.HeadOf(nominal) == subject && tree.RelationOf(nominal) == DependencyRelation.Nmod && CaseOf(tree, nominal) is "in" or "at" or "near";
    }

    // "filed a case at the International Court of Justice accusing Israel": a participle without a subject of its own after
    // an actor named in a prepositional phrase is not that actor's act; the tree's subject (the clause's) stands.
    private bool ParticipleAfterPrepositionalObject(SyntaxLayer tree, int verb, ActorGroup adjacent)
    {
        if (tree.Penn[verb] is not ("VBG" or "VBN") || tree.HeadOf(verb) < 0 || tree.RelationOf(verb) is not (DependencyRelation.Acl or DependencyRelation.Advcl)) return false;
        if (SubjectChild(tree, verb) >= 0) return false;
        int nominal = tree.PhraseHead(adjacent.First, adjacent.End);
        // "with Chile pressing for a deal": after "with" or "without" the actor is the participle's own subject.
        return tree.RelationOf(nominal) is DependencyRelation.Nmod or DependencyRelation.Obl && CaseOf(tree, nominal) is { IsEmpty: false } marker
            && marker is not ("with" or "without" or "With" or "Without");
    }

    private bool PrepositionOpens(SyntaxLayer tree, int verb, int subject)
    {
        for (int i = verb + 1; i < subject; i++)
            if (_d.Tags[i] == PartOfSpeech.Preposition && tree.Dominates(subject, i)) return true;
        return false;
    }

    /// <summary>The actor whose possessive ("Colombia's") opens the noun phrase ending at <paramref name="head"/>, or whose
    /// name modifies it ("the Serbian foreign ministry"), wherever the parse hung those words; or null.</summary>
    private ActorGroup? PossessorBefore(int head)
    {
        if (_d.Tags[head] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun)) return null;
        for (int k = head - 1; k > sentence.FirstToken && k >= head - 4; k--)
        {
            if (_d.Tags[k] == PartOfSpeech.Possessive) return groups.Holding(k - 1) is { IsPlace: false } owner ? owner : null;
            if (_d.Tags[k] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.ProperNoun)) return null;
            if (groups.Holding(k) is { IsPlace: false } modifier && modifier.End == k + 1 && _d.Tags[k - 1] is PartOfSpeech.Determiner) return modifier;
        }
        return null;
    }

    /// <summary>
    /// The actor who sends the envoy named right before "for/to/in <paramref name="counterpart"/>" (list 'envoy'): the
    /// envoy's own group ("U.N. envoy") or the actor a word or two before it ("Russia's ambassador", "the EU special envoy").
    /// </summary>
    private ActorGroup? EnvoyBefore(ActorGroup counterpart)
    {
        int preposition = counterpart.First - 1;
        if (words is null || preposition - 1 < sentence.FirstToken || _d.TextOf(preposition) is not ("for" or "to" or "in")) return null;
        int envoy = preposition - 1;
        if (!words.Envoy.Contains(_d.TextOf(envoy))) return null;
        for (int k = envoy; k >= sentence.FirstToken && k >= envoy - 3; k--)
        {
            if (groups.Holding(k) is { IsPlace: false } sender) return sender == counterpart ? null : sender;
            if (k < envoy && _d.Tags[k] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Possessive)) return null;
        }
        return null;
    }

    // The speech verb whose complement holds the verb (through the verbs it completes), or -1.
    private int SpeechVerbOver(SyntaxLayer tree, int verb)
    {
        int v = verb;
        for (int steps = 0; steps < 4 && tree.HeadOf(v) >= 0; steps++)
        {
            if (tree.RelationOf(v) == DependencyRelation.Ccomp && PersonFinder.IsSpeechVerb(_d.TextOf(tree.HeadOf(v)))) return tree.HeadOf(v);
            // "Ukraine claimed its drones hit …" parsed with the clause's finite verb as a complement of the object: still
            // what was said.
            if (tree.RelationOf(v) == DependencyRelation.Xcomp && tree.Penn[v] is "VBD" or "VBZ" or "VBP" && tree.ChildWith(v, DependencyRelation.Mark) < 0
                && PersonFinder.IsSpeechVerb(_d.TextOf(tree.HeadOf(v)))) return tree.HeadOf(v);
            if (tree.RelationOf(v) is not (DependencyRelation.Xcomp or DependencyRelation.Conj)) break;
            v = tree.HeadOf(v);
        }
        return -1;
    }

    private static bool IsQuantifier(ReadOnlySpan<char> w) => w is "some" or "many" or "most" or "all" or "several" or "one" or "two" or "few" or "none" or "each" or "both";

    private static bool IsRelativePronoun(ReadOnlySpan<char> w) => w is "which" or "who" or "that" or "whom" or "Which" or "Who" or "That";

    /// <summary>The token heading the subject phrase of <paramref name="verb"/> in the tree, or -1.</summary>
    private int SubjectToken(SyntaxLayer tree, int verb, int depth)
    {
        // A parse may give a verb two subjects ("the rebel | Kurdistan Workers' Party issued …"): the one naming an actor.
        int subject = -1;
        // "Rebels … on Tuesday blocked …" parsed with "Tuesday" as the subject: a day or a month does no act.
        // "Russia had not tested and warned the United States …", parsed with "the United States" as the subject of "warned":
        // a conjunct joined by "and" or "but" never inverts its subject, so one after it is its object misread.
        bool misreadAfter = tree.RelationOf(verb) == DependencyRelation.Conj && tree.ChildWith(verb, DependencyRelation.Cc) >= 0 && _d.Tags[verb] == PartOfSpeech.Verb;
        foreach (int child in tree.ChildrenOf(verb))
            if (tree.RelationOf(child).IsSubject() && !NamesATime(child) && !(misreadAfter && child > verb)
                && (subject < 0 || groups.Holding(subject) is null && groups.Holding(child) is not null)) subject = child;
        if (subject >= 0)
        {
            // "the country which launched …": the relative pronoun stands for the noun the clause modifies, which the tree
            // gives as the clause's head, or else is the word before the pronoun (", which" after a name).
            // "protesters, some of whom threw stones": a part of the relative pronoun's noun stands for that noun too.
            bool partOfRelative = subject + 2 < sentence.EndToken && IsQuantifier(_d.TextOf(subject)) && _d.TextOf(subject + 1) is "of" && _d.TextOf(subject + 2) is "whom" or "which";
            if (partOfRelative || IsRelativePronoun(_d.TextOf(subject)) && tree.Universal[subject] == UniversalTag.Pron)
            {
                if (tree.RelationOf(verb) == DependencyRelation.AclRelcl) return RelativeClauseNoun(tree, verb);
                return WordBeforeRelative(subject);
            }
            return subject;
        }
        // "… on Friday, the Joint Chiefs of Staff said", parsed with the speaker hung on the word before the comma: a speech
        // verb with no subject and no conjunction, right after an actor set off by a comma, is said by that actor.
        if (TrailingSpeaker(tree, verb) is int trailing and >= 0) return trailing;
        int head = tree.HeadOf(verb);
        if (head < 0 || depth > 4) return -1;
        // "accused Rwanda of sending troops, describing the move as aggression", "… of shelling its posts, killing two
        // soldiers": whatever the parse hangs it on, a participle of speech after a charge's gerund is the charger's next
        // act, and one of harm tells more of the alleged deed, done by the accused.
        // (The word lists first: the scan back runs only for such a participle.)
        bool speech = words is not null && words.SpeakerParticiple.Contains(_d.TextOf(verb));
        if ((speech || words is not null && words.HarmParticiple.Contains(_d.TextOf(verb))) && ChargedGerundBefore(tree, verb) is var (gerund, charging))
            return SubjectToken(tree, speech ? charging : gerund, depth + 1);
        switch (tree.RelationOf(verb))
        {
            case DependencyRelation.Conj:
                // "visited Pyongyang and signed a treaty": the conjuncts share the first one's subject. A finite verb joined
                // with no conjunction or comma right after a noun is a misread clause whose subject is that noun ("suspended
                // talks after an attack on a base killed two soldiers"): it shares nothing.
                if (MisreadClauseAfterNoun(tree, verb)) return -1;
                // "He said NATO should stop … and warned that …": a past or present tense joined to the base form of a
                // complement is the speaker's next verb, misattached; it shares the speaker's subject.
                // So is one joined to an infinitive ("ordered the diplomat to leave … and shut the crossings"): a finite verb
                // is never part of the infinitive, whatever governs it.
                if (tree.Penn[verb] is "VBD" or "VBZ" && tree.Penn[head] == "VB" && tree.RelationOf(head) is DependencyRelation.Ccomp or DependencyRelation.Xcomp
                    && tree.HeadOf(head) is int governor and >= 0 && (PersonFinder.IsSpeechVerb(_d.TextOf(governor)) || tree.RelationOf(head) == DependencyRelation.Xcomp && tree.Penn[governor] is "VBD" or "VBZ"))
                    return SubjectToken(tree, governor, depth + 1);
                // "rejected the statement, insisting the reef belongs to Manila and accusing Beijing of …": a participle is
                // never the conjunct of a finite verb; joined to the finite verb of a complement, it is the next participle of
                // the clause that governs the complement, and shares that clause's subject.
                if (tree.Penn[verb] == "VBG" && tree.Penn[head] is "VBD" or "VBZ" or "VBP" && tree.RelationOf(head) is DependencyRelation.Ccomp or DependencyRelation.Xcomp
                    && tree.HeadOf(head) is int governing and >= 0 && tree.Penn[governing] == "VBG")
                    return SubjectToken(tree, governing, depth + 1);
                // "said Chinese ships had violated its waters and demanded that they leave": a simple past of speech or demand
                // (list 'speaker-act') joined to the past perfect of a reported clause is the speaker's next verb; the report
                // is told in the past perfect, the speaker's acts in the simple past.
                if (tree.Penn[verb] == "VBD" && tree.Penn[head] == "VBN" && tree.RelationOf(head) == DependencyRelation.Ccomp && HasPerfect(tree, head)
                    && (PersonFinder.IsSpeechVerb(_d.TextOf(verb)) || words?.SpeakerAct.Contains(_d.TextOf(verb)) == true)
                    && tree.HeadOf(head) is int reporter and >= 0 && PersonFinder.IsSpeechVerb(_d.TextOf(reporter)))
                    return SubjectToken(tree, reporter, depth + 1);
                // "The EU said the move was uncoordinated and urged Kosovo …", "denied that the drone had entered … and said
                // it would …": a finite verb of speech joined to a reported clause whose subject names no actor is the
                // speaker's next verb.
                if (tree.Penn[verb] is "VBD" or "VBZ" && PersonFinder.IsSpeechVerb(_d.TextOf(verb)) && tree.RelationOf(head) == DependencyRelation.Ccomp && tree.HeadOf(head) is int speaker and >= 0
                    && (PersonFinder.IsSpeechVerb(_d.TextOf(speaker)) || tree.LemmaOf(speaker) is "deny")
                    && SubjectToken(tree, head, depth + 1) is int reported && reported >= 0 && groups.Holding(reported) is null && !IsPronounOfAnActor(reported))
                    return SubjectToken(tree, speaker, depth + 1);
                return SubjectToken(tree, head, depth + 1);
            case DependencyRelation.Xcomp:
                // "urged Seoul to join": the object controls the infinitive; "agreed to hold talks": the subject does.
                // ("told Moscow to pull out": the parse may call the controller an indirect object.)
                int controller = tree.ChildWith(head, DependencyRelation.Obj);
                if (controller < 0) controller = tree.ChildWith(head, DependencyRelation.Iobj);
                return controller >= 0 ? controller : SubjectToken(tree, head, depth + 1);
            case DependencyRelation.AclRelcl when IsRelativePronoun(_d.TextOf(head)) && head - 1 > sentence.FirstToken:
                // "protesters, some of whom threw stones", parsed with the clause hung on "whom": the noun before the pronoun
                // (and before the part of it, "some of") acts.
                return WordBeforeRelative(_d.TextOf(head - 1) is "of" && head - 2 > sentence.FirstToken && IsQuantifier(_d.TextOf(head - 2)) ? head - 2 : head);
            case DependencyRelation.AclRelcl:
                return RelativeClauseNoun(tree, verb);
            case DependencyRelation.Advcl when tree.ChildWith(verb, DependencyRelation.Mark) is int to && to >= 0 && _d.TextOf(to) is "to"
                                               && tree.ChildWith(head, DependencyRelation.Obj) is int controller2 && controller2 >= 0 && controller2 < verb:
                // "is expecting Peru to launch", parsed as a purpose clause: the object before the infinitive controls it.
                return controller2;
            case DependencyRelation.Advcl when GerundOfTheObject(tree, verb, head) is int charged && charged >= 0:
                // "charged three men with planning attacks", "blamed Chile for supplying …": the object does what it is
                // charged with, blamed or praised for.
                return charged;
            case DependencyRelation.Advcl when PrepositionalController(_d, tree, verb) is int controller3 && controller3 >= 0:
                // "called on Somalia to withdraw", "is looking to Washington to veto".
                return controller3;
            case DependencyRelation.Advcl when tree.ChildWith(verb, DependencyRelation.Mark) < 0 || _d.TextOf(tree.ChildWith(verb, DependencyRelation.Mark)) is "to" or "after" or "before" or "by" or "while" or "when" or "along" or "with" or "without" or "besides" or "including":
                // "…, saying it would respond", "after meeting the envoy", "along with doubling a duty": a participle clause shares
                // its governor's subject.
                return SubjectToken(tree, CommaParticipleGovernor(tree, verb, head), depth + 1);
            case DependencyRelation.Acl when tree.Penn[verb] == "VBG" && verb - 1 > sentence.FirstToken && _d.TextOf(verb - 1) is ","
                                             && (groups.Holding(head) is { IsPlace: true } || WordClasses.IsPlaceNoun(_d.TextOf(head)) || WordClasses.NamesAMission(_d.TextOf(head)))
                                             && VerbOver(tree, head) is int clause and >= 0:
                // "ambushed a bus in Mali's Gao region, taking hostages", "marched to the Kenyan embassy, burning tyres": a place
                // or a mission does nothing; a participle after the comma closing its phrase tells more of the clause's own act.
                return SubjectToken(tree, clause, depth + 1);
            case DependencyRelation.Acl when tree.Penn[verb] == "VBG":
                // "a plan for rearming Europe", "proposed a plan for rearming …": a gerund after a preposition says what the
                // noun is for, and whoever makes the plan does it; "troops firing at the border": the noun does it.
                // "passed a bill targeting Russian banks": a thing made or imposed acts through whoever made it; people
                // ("aiding rebels fighting the president", list 'agents') act themselves, named or not.
                // "accused Chile of colluding with X", "praised Ghana for hosting": an actor the gerund hangs on does it; after
                // "of" ("accused the West of arming …") the noun does it even when it names no actor.
                int gerundMark = tree.ChildWith(verb, DependencyRelation.Mark);
                if (gerundMark >= 0 && _d.TextOf(gerundMark) is "of") return head;
                if ((gerundMark >= 0 && groups.Holding(head) is null or { IsPlace: true }
                     || groups.Holding(head) is null && words?.Agents.Contains(_d.TextOf(head)) != true)
                    && tree.RelationOf(head) is DependencyRelation.Obj && tree.HeadOf(head) >= 0)
                    return SubjectToken(tree, tree.HeadOf(head), depth + 1);
                return head;
            default:
                return -1;
        }
    }

    // The last word of an actor between a comma and the speech verb <verb> that has no conjunction ("…, the army said"),
    // at most eight words back; else -1.
    private int TrailingSpeaker(SyntaxLayer tree, int verb)
    {
        if (!PersonFinder.IsSpeechVerb(_d.TextOf(verb)) || tree.RelationOf(verb) is not (DependencyRelation.Conj or DependencyRelation.Parataxis)
            || tree.ChildWith(verb, DependencyRelation.Cc) >= 0) return -1;
        int actor = -1;
        for (int k = verb - 1; k > sentence.FirstToken && k >= verb - 8; k--)
        {
            if (_d.TextOf(k) is ",") return actor >= 0 && groups.Holding(actor) is { IsPlace: false } ? actor : -1;
            if (_d.Tokens[k].Kind != TokenKind.Word || tree.Universal[k] is UniversalTag.Verb or UniversalTag.Aux) return -1;
            if (actor < 0 && groups.Holding(k) is not null) actor = k;
        }
        return -1;
    }

    // The object of <governor> before the gerund <verb> that "of" or "for" (or, after "charge" and "indict", "with") opens:
    // the gerund's doer ("accused Peru of arming", "charged two men with spying"); else -1. "threatened Chile with cutting
    // gas" is the threatener's act, so "with" only after verbs of charging.
    private int GerundOfTheObject(SyntaxLayer tree, int verb, int governor)
    {
        if (tree.Penn[verb] is not "VBG" || tree.ChildWith(verb, DependencyRelation.Mark) is not (int mark and >= 0)) return -1;
        var marker = _d.TextOf(mark);
        if (!(marker is "of" or "for" || marker is "with" && tree.LemmaOf(governor) is "charge" or "indict")) return -1;
        int obj = tree.ChildWith(governor, DependencyRelation.Obj);
        return obj >= 0 && obj < mark ? obj : -1;
    }

    /// <summary>"accused Y of shelling its posts, killing two soldiers": a participle of harm (list 'harm-participle') after a
    /// charge's gerund, which tells more of the alleged deed.</summary>
    public bool TellsMoreOfAnAllegedDeed(int participle) =>
        words is not null && words.HarmParticiple.Contains(_d.TextOf(participle)) && ChargedGerundBefore(Tree, participle) is not null;

    // For a participle after a comma, the gerund of an "of" or "for" phrase before it in the same clause (no finite verb
    // between) and the charging verb (list 'charging-verb') that phrase completes, directly or through its object; else null.
    private (int Gerund, int Charging)? ChargedGerundBefore(SyntaxLayer tree, int participle)
    {
        if (words is null || tree.Penn[participle] != "VBG" || participle - 1 <= sentence.FirstToken || _d.TextOf(participle - 1) is not ",") return null;
        for (int g = participle - 2; g > sentence.FirstToken; g--)
        {
            if (tree.Penn[g] is "VBD" or "VBZ" or "VBP" or "MD") return null;
            if (tree.Penn[g] != "VBG" || tree.ChildWith(g, DependencyRelation.Mark) is not (int mark and >= 0) || _d.TextOf(mark) is not ("of" or "for")) continue;
            int charging = tree.HeadOf(g);
            if (charging >= 0 && tree.Universal[charging] != UniversalTag.Verb) charging = tree.HeadOf(charging);
            return charging >= 0 && words.ChargingVerb.Contains(tree.LemmaOf(charging)) ? (g, charging) : null;
        }
        return null;
    }

    // The word before a relative phrase opening at <start> (", which", ", some of whom"), past its comma; -1 at the sentence's start.
    private int WordBeforeRelative(int start)
    {
        int before = start - 1;
        if (before >= sentence.FirstToken && _d.TextOf(before) is ",") before--;
        return before >= sentence.FirstToken ? before : -1;
    }

    // A day, month or date ("Tuesday", "last week", "3 May"): it names when, never who.
    private bool NamesATime(int token) => WordClasses.IsTimeNoun(_d.TextOf(token)) || _d.DateAt(token) is not null;

    // The noun a relative clause tells of: its head, except that "the bombing of an army base that killed …", parsed with
    // the clause on "base", tells of the attack (list 'attack-nouns'), not of its target.
    private int RelativeClauseNoun(SyntaxLayer tree, int verb)
    {
        int head = tree.HeadOf(verb);
        if (words is not null && head >= 0 && tree.RelationOf(head) == DependencyRelation.Nmod && CaseOf(tree, head) is "of"
            && tree.HeadOf(head) is int act and >= 0 && words.AttackNouns.Contains(_d.TextOf(act))) return act;
        return head;
    }

    // "ordered two diplomats to leave the country, accusing them of spying": a participle set off by a comma after an
    // infinitive tells more of the clause the infinitive completes, whoever the infinitive's own subject is; the parse may
    // hang it on the infinitive.
    /// <summary>The verb whose clause a participle after a comma tells more of ("struck the port, killing four, officials
    /// said": "struck"), past an infinitive or a trailing attribution the parse hung it on.</summary>
    public int ParticipleGovernor(int participle) => Tree.HeadOf(participle) is int head and >= 0 ? CommaParticipleGovernor(Tree, participle, head) : -1;

    private int CommaParticipleGovernor(SyntaxLayer tree, int participle, int head)
    {
        if (tree.Penn[participle] is not "VBG" || participle < 1 || _d.TextOf(participle - 1) is not ",") return head;
        int governor = head;
        for (int steps = 0; steps < 3; steps++)
        {
            int to = tree.ChildWith(governor, DependencyRelation.Mark);
            if (to < 0 || _d.TextOf(to) is not "to" || tree.RelationOf(governor) is not (DependencyRelation.Acl or DependencyRelation.Xcomp or DependencyRelation.Advcl)) break;
            int up = tree.HeadOf(governor);
            // The infinitive may complete a noun ("diplomats … to leave"): the clause is that noun's verb.
            if (up >= 0 && tree.Universal[up] is not UniversalTag.Verb) up = VerbOver(tree, up);
            if (up < 0) break;
            governor = up;
        }
        // "Pakistan launched strikes …, killing eight people, officials said": a participle hung on a trailing attribution
        // tells more of what was said, the reported clause before it.
        if (governor > participle && PersonFinder.IsSpeechVerb(_d.TextOf(governor)))
        {
            foreach (int reported in tree.ChildrenOf(governor))
                if (reported < participle && tree.RelationOf(reported) == DependencyRelation.Ccomp) return reported;
            // The same with the attribution hung on the reported clause ("struck the port, killing four, officials said").
            if (tree.RelationOf(governor) is DependencyRelation.Parataxis or DependencyRelation.Conj && tree.HeadOf(governor) is int reportedHead && reportedHead >= 0 && reportedHead < participle
                && tree.ChildWith(governor, DependencyRelation.Cc) < 0)
                return reportedHead;
        }
        // "The spokeswoman said the islands were Chile's, urging Peru to stop …", "Peru shelled the zone, the army said,
        // calling it a provocation" (the participle hung on the reported verb): a participle of speech after a reported
        // clause is the speaker's next act.
        if (words is not null && words.SpeakerParticiple.Contains(_d.TextOf(participle)))
        {
            int reported = governor;
            while (tree.RelationOf(reported) == DependencyRelation.Conj && tree.HeadOf(reported) is int first and >= 0) reported = first;
            if (tree.RelationOf(reported) == DependencyRelation.Ccomp && tree.HeadOf(reported) is int say and >= 0 && say < reported && PersonFinder.IsSpeechVerb(_d.TextOf(say)))
                return say;
            foreach (int attribution in tree.ChildrenOf(governor))
                if (attribution > governor && attribution < participle && tree.RelationOf(attribution) == DependencyRelation.Parataxis && PersonFinder.IsSpeechVerb(_d.TextOf(attribution)))
                    return attribution;
        }
        return governor;
    }

    /// <summary>The verb heading the clause that holds <paramref name="verb"/>, past up to three verbs it completes or is
    /// coordinated with ("will start reaching out", "aims to tighten and extend").</summary>
    internal static int ClauseVerb(SyntaxLayer tree, int verb)
    {
        int clause = verb;
        for (int steps = 0; steps < 3 && tree.RelationOf(clause) is DependencyRelation.Xcomp or DependencyRelation.Conj && tree.HeadOf(clause) >= 0; steps++)
            clause = tree.HeadOf(clause);
        return clause;
    }

    // The verb the phrase of a nominal hangs on ("region" in "ambushed a bus in the region"), or -1.
    private static int VerbOver(SyntaxLayer tree, int nominal)
    {
        int v = tree.HeadOf(nominal);
        for (int steps = 0; v >= 0 && steps < 4; steps++, v = tree.HeadOf(v))
            if (tree.Universal[v] == UniversalTag.Verb) return v;
        return -1;
    }

    /// <summary>
    /// The nominal that does the infinitive at <paramref name="infinitive"/> when its governing verb names it in a
    /// prepositional phrase before it ("called on Somalia to withdraw", "counting upon the allies to act", "looking to
    /// Washington to veto"), or -1. Other prepositions name places or recipients ("sent troops to Mali to fight").
    /// </summary>
    internal static int PrepositionalController(Document document, SyntaxLayer tree, int infinitive)
    {
        if (tree.RelationOf(infinitive) is not (DependencyRelation.Xcomp or DependencyRelation.Advcl) || tree.HeadOf(infinitive) is not (var governor and >= 0)) return -1;
        int to = tree.ChildWith(infinitive, DependencyRelation.Mark);
        if (to < 0 || document.TextOf(to) is not "to") return -1;
        foreach (int child in tree.ChildrenOf(governor))
        {
            if (child <= governor || child >= infinitive || tree.RelationOf(child) != DependencyRelation.Obl) continue;
            int marker = tree.ChildWith(child, DependencyRelation.Case);
            if (marker < 0) continue;
            // "decided on Tuesday to lift …": a day is no one called on.
            if (document.DateAt(child) is not null || WordClasses.IsTimeNoun(document.TextOf(child))) continue;
            var preposition = document.TextOf(marker);
            if (preposition is "on" or "upon" || preposition is "to" && tree.LemmaOf(governor) is "look") return child;
        }
        return -1;
    }

    /// <summary>
    /// The actor group a phrase headed at <paramref name="head"/> names: the head's own group, or the nearest one inside
    /// the phrase, reached through its nominal modifiers (compound, possessive, name, adjective, apposition, conjunct,
    /// a prepositional modifier other than a place or time: "the leaders of Japan", "calls by Belarus's rulers").
    /// Clauses inside the phrase are not searched.
    /// </summary>
    /// <remarks>
    /// A subject phrase is searched through "of" and "by" only: "the leaders of Japan" act for Japan, but "operations
    /// between China and Russia" or "cooperation with Seoul" name what is done, not who does it. The object of a hostile
    /// act (<paramref name="aimed"/>) is searched through "against" and "on" too: "took military action against Seoul",
    /// "imposed sanctions on Minsk" are aimed at whom those name.
    /// </remarks>
    private ActorGroup? ActorOfPhrase(SyntaxLayer tree, int head, int depth = 0, bool asSubject = false, bool aimed = false)
    {
        var own = groups.Holding(head);
        if (own is not null) return own.IsPlace ? null : own;
        if (depth > 3) return null;
        // "Brazil's largest trading partner, China, …": an appositive name of a state or body says who the head is, before
        // its possessor (a person's name there may have been given a state only by where it stands).
        foreach (int child in tree.ChildrenOf(head))
            if (child > head && tree.RelationOf(child) == DependencyRelation.Appos && !SemicolonBetween(head, child) && groups.Holding(child) is { IsPlace: false } named
                && named.Members.TrueForAll(m => m.Person is null)) return named;
        // Nearer modifiers first: direct possessors and compounds before prepositional phrases.
        for (int pass = 0; pass < 2; pass++)
            foreach (int child in tree.ChildrenOf(head))
            {
                var relation = tree.RelationOf(child);
                bool close = relation is DependencyRelation.Compound or DependencyRelation.NmodPoss or DependencyRelation.Flat or DependencyRelation.Amod or DependencyRelation.Appos;
                var preposition = CaseOf(tree, child);
                // "the leaders of Peru", "envoys from Peru" act as Peru; "the bombing of a Peruvian base" is done to Peru, not by it.
                bool far = relation is DependencyRelation.Nmod or DependencyRelation.Conj && (asSubject ? relation == DependencyRelation.Conj || preposition is "of" or "from" && words?.AttackNouns.Contains(_d.TextOf(head)) != true : TargetPreposition(preposition, hostile: false))
                           || relation == DependencyRelation.Nmod && preposition is "by"
                           || relation == DependencyRelation.Nmod && aimed && preposition is "against" or "on"
                           // "hosted a delegation from Libya": envoys from a state stand for it (list 'envoy').
                           || relation == DependencyRelation.Nmod && preposition is "from" && words?.Envoy.Contains(_d.TextOf(head)) == true
                           // "A spokesperson for the ministry on Monday denounced …": one who speaks for a body acts as it.
                           || relation == DependencyRelation.Nmod && preposition is "for" && asSubject && words?.SpeaksFor.Contains(_d.TextOf(head)) == true;
                // "A drone launched by Hezbollah hit …": what a subject sent did, its sender did.
                if (pass == 1 && asSubject && SentBy(tree, child) is { } sender) return sender;
                if (pass == 0 ? !close : !far) continue;
                // "… into East Sea; Seoul, Tokyo condemn launch": a phrase past a semicolon opens another clause.
                if (child > head && SemicolonBetween(head, child)) continue;
                var found = ActorOfPhrase(tree, child, depth + 1, asSubject, aimed);
                if (found is not null) return found;
            }
        return null;
    }

    /// <summary>The actor a nominal names, itself or through its possessor, compound or modifier ("Chile's ban"), or null.</summary>
    public ActorGroup? ActorOfNominal(int noun) => ActorOfPhrase(Tree, noun);

    /// <summary>The preposition marking a nominal ("with" in "with Japan"), or empty.</summary>
    private ReadOnlySpan<char> CaseOf(SyntaxLayer tree, int nominal)
    {
        int marker = tree.ChildWith(nominal, DependencyRelation.Case);
        return marker < 0 ? default : _d.TextOf(marker);
    }

    /// <summary>
    /// The target of the act at <paramref name="verb"/> (a match ending before <paramref name="matchEnd"/>), read from the tree:
    /// its object or indirect object, else an oblique whose preposition can mark a target ("with", "to", "against" for a
    /// hostile act). Places, times and topics are not targets. Falls back to the words after the match when the tree
    /// gives the verb no object or oblique at all.
    /// </summary>
    public ActorGroup? ObjectOf(int verb, int matchEnd, bool hostile)
    {
        var tree = Tree;
        bool anyArgument = false;
        bool? subjectless = null;
        // Arguments of the verb, and of the other words of a multi-word trigger ("held talks with …"); the trigger's own
        // nouns first, since their complement names what the act is done to ("tightened the blockade of X with Y's help").
        for (int pass = 0; pass < 2; pass++)
            for (int owner = matchEnd - 1; owner >= verb; owner--)
            {
                if (owner != verb && tree.HeadOf(owner) != verb) continue;
                foreach (int child in tree.ChildrenOf(owner))
                {
                    if (child >= verb && child < matchEnd) continue;
                    // "signed an agreement; the United States … did not attend": a semicolon ends the clause, whatever the parse.
                    if (child > verb && SemicolonBetween(verb, child)) continue;
                    var relation = tree.RelationOf(child);
                    // "shot down drones launched by X", "intercepted bombers operated by X": force met what the trigger's
                    // own noun names, sent by the participle's agent.
                    if (pass == 1 && hostile && owner != verb && SentBy(tree, child) is { } sender) return sender;
                    bool core = relation is DependencyRelation.Obj or DependencyRelation.Iobj;
                    bool oblique = relation is DependencyRelation.Obl or DependencyRelation.Nmod;
                    if (pass == 0 ? !core : !oblique) continue;
                    // An object comes after its verb: one the tree hangs before it is a misread subject ("Irish nationalist
                    // guerrillas ambushed …" read with "nationalist" as the object).
                    if (core && child < verb) continue;
                    // A verb has one direct object: a second one is a misread far word ("lifted embargoes on sales to A, B
                    // and, with conditions, C" read with C as another object); the first object's phrase decides.
                    if (relation == DependencyRelation.Obj && tree.ChildWith(owner, DependencyRelation.Obj) is int firstObject and >= 0 && firstObject < child) continue;
                    // "According to Yonhap, the two Koreas exchanged …": a phrase opening the sentence before the verb names a
                    // source or setting, not whom the act is aimed at.
                    if (oblique && child < verb && verb > 0 && tree.HeadOf(child) == verb && OpensSentence(tree, verb, child)) continue;
                    // "On Friday Serbia repeated …" parsed as one phrase, "on Friday Serbia": before a verb with no subject, that
                    // oblique holds the misread subject.
                    if (oblique && child < verb && tree.HeadOf(child) == verb && (subjectless ??= SubjectToken(tree, verb, 0) < 0)) continue;
                    // "on Friday [, the Serbian …]": a phrase of time names no one, whatever the parse hangs on it.
                    if (oblique && NamesATime(child)) continue;
                    anyArgument = true;
                    // "hosted a delegation from Libya": the trigger's envoy noun names whom they come from.
                    bool envoysFrom = owner != verb && CaseOf(tree, child) is "from" && words?.Envoy.Contains(_d.TextOf(owner)) == true;
                    if (oblique && !envoysFrom && (!TargetPreposition(CaseOf(tree, child), hostile) && !ShiftedObject(tree, child, matchEnd, hostile) || SetOffByComma(tree, verb, child))) continue;
                    if (IsPlaceWord(_d.TextOf(child)) || oblique && PartnerAfterCircumstance(tree, child)) continue;
                    // "condemned the death sentence handed to a German national by an Iranian court": what a hostile act takes
                    // aim at is the deed of the participle's agent, not whoever else its phrase names.
                    if (core && hostile && AgentOfDescribingParticiple(tree, child) is { } doer) return doer;
                    var group = ActorOfPhrase(tree, child, aimed: core && hostile);
                    if (group is not null) return group;
                }
            }
        // The words after the verb, where the tree confirms the actor found there belongs to the verb's phrase.
        var after = ObjectAfter(matchEnd, hostile: hostile);
        if (after is null || SemicolonBetween(verb, after.First)) return null;
        // "agreed to restore ties in a deal brokered by China": the agent of another participle did that act, and is not
        // whom a friendly act is aimed at.
        if (!hostile && AgentOfAnotherParticiple(tree, verb, after)) return null;
        if (!anyArgument)
            return ThroughAgentOfTriggerParticiple(tree, verb, matchEnd, after.First) || ThroughAnotherVerbsClause(tree, verb, after.First, matchEnd)
                   || IsLaterCoordinatedVerb(tree, verb, matchEnd, BranchUnder(tree, verb, after.First)) ? null : after;
        for (int k = after.First; k < after.End; k++) if (tree.Dominates(verb, k) && !ThroughNonTargetPhrase(tree, verb, matchEnd, k, hostile)) return after;
        return null;
    }

    // "had violated": the participle has the auxiliary "had".
    private bool HasPerfect(SyntaxLayer tree, int participle)
    {
        foreach (int child in tree.ChildrenOf(participle))
            if (tree.RelationOf(child) == DependencyRelation.Aux && _d.TextOf(child) is "had") return true;
        return false;
    }

    private bool SemicolonBetween(int from, int to)
    {
        for (int i = from + 1; i < to; i++) if (_d.TextOf(i) is ";") return true;
        return false;
    }

    // The group follows "by" and the tree makes it another verb's agent.
    private bool AgentOfAnotherParticiple(SyntaxLayer tree, int verb, ActorGroup group)
    {
        if (group.First < 1 || _d.TextOf(group.First - 1) is not "by") return false;
        for (int k = group.First; k < group.End; k++)
            if (tree.RelationOf(k) == DependencyRelation.OblAgent && tree.HeadOf(k) != verb) return true;
        return false;
    }

    // The actor named as the agent of a participle modifying a noun ("launched by X"), or null.
    private ActorGroup? SentBy(SyntaxLayer tree, int participle) =>
        tree.RelationOf(participle) == DependencyRelation.Acl && tree.Penn[participle] == "VBN" && !Brokered(tree, participle)
        && tree.ChildWith(participle, DependencyRelation.OblAgent) is int agent and >= 0 ? ActorOfPhrase(tree, agent) : null;

    // "violated the truce brokered by Qatar": a broker or host (list 'brokering') made the thing with its parties; it is not
    // whom an act against the thing aims at.
    private bool Brokered(SyntaxLayer tree, int participle) => words?.Brokering.Contains(tree.LemmaOf(participle)) == true;

    /// <summary>The agent of a participle describing <paramref name="noun"/> ("the sentence handed down by X"), or null. The
    /// "by" phrase may hang anywhere under the participle ("given to an activist by a court" is often read with "by a
    /// court" on "activist").</summary>
    public ActorGroup? AgentOfDescribingParticiple(SyntaxLayer tree, int noun)
    {
        foreach (int child in tree.ChildrenOf(noun))
        {
            if (SentBy(tree, child) is { } agent) return agent;
            if (tree.RelationOf(child) != DependencyRelation.Acl || tree.Penn[child] != "VBN" || Brokered(tree, child)) continue;
            for (int k = child + 1; k < sentence.EndToken && tree.Dominates(child, k); k++)
                if (_d.TextOf(k) is "by" && tree.RelationOf(k) == DependencyRelation.Case && ActorOfPhrase(tree, tree.HeadOf(k)) is { } doer) return doer;
        }
        return null;
    }

    // The phrase stands before the verb's subject and is set off from it by a comma.
    private bool OpensSentence(SyntaxLayer tree, int verb, int phrase)
    {
        int subject = tree.ChildWith(verb, DependencyRelation.Nsubj);
        if (subject >= 0 && phrase > subject) return false;
        for (int i = phrase + 1; i < verb; i++) if (_d.TextOf(i) is ",") return true;
        return false;
    }

    // "denounced as a provocation X's decision": a hostile verb's object moved after its "as" predicate, which the parse
    // reads as one oblique opening right after the trigger.
    private bool ShiftedObject(SyntaxLayer tree, int phrase, int matchEnd, bool hostile)
    {
        if (!hostile) return false;
        int marker = tree.ChildWith(phrase, DependencyRelation.Case);
        return marker == matchEnd && _d.TextOf(marker) is "as";
    }

    // The path from the verb down to token k passes a phrase whose preposition does not mark this act's target: the
    // verb's own dependent ("as the first element of X's contingent", "in X's waters"), or a phrase further down that
    // names a topic of a friendly act ("signed a deal on the cost of stationing American troops"), or the agent of a
    // participle that describes the trigger's own noun ("agreed to a truce mediated by X": the mediator, not a party).
    private bool ThroughNonTargetPhrase(SyntaxLayer tree, int verb, int matchEnd, int k, bool hostile)
    {
        // Of a friendly act, the agent of a participle anywhere in the object is a third party ("restored ties in a deal
        // mediated by X"); of a hostile one it may be the target ("condemned the attack carried out by X").
        if (ThroughAgentOfTriggerParticiple(tree, verb, hostile ? matchEnd : int.MaxValue, k)) return true;
        int child = k;
        for (int steps = 0; steps < 32 && child >= 0 && tree.HeadOf(child) != verb; steps++)
        {
            if (!hostile && child != k && tree.RelationOf(child) is DependencyRelation.Obl or DependencyRelation.Nmod && HostileTargetPrepositions.Contains(CaseOf(tree, child))) return true;
            // "lifted the ban after talks with X": a phrase of time on the way down holds no target, wherever the parse
            // hung it. (Not one of place: "convene a meeting in Beijing with X" is often hung that way.)
            if (child != k && tree.RelationOf(child) is DependencyRelation.Obl or DependencyRelation.Nmod && TimePrepositions.Contains(CaseOf(tree, child))) return true;
            // "expand cooperation in the face of X's threats", "stepped up patrols in coordination with X": a circumstance
            // or a partner, not an aim.
            if (child != k && IsCircumstancePhrase(tree, child)) return true;
            child = tree.HeadOf(child);
        }
        if (ThroughAnotherVerbsClause(tree, verb, k) || IsLaterCoordinatedVerb(tree, verb, matchEnd, child)) return true;
        return child >= 0 && tree.RelationOf(child) is DependencyRelation.Obl or DependencyRelation.Nmod
               && (NeverTargetPrepositions.Contains(CaseOf(tree, child)) || SetOffByComma(tree, verb, child) || PartnerAfterCircumstance(tree, child));
    }

    // "in close coordination with X" hung with "with X" straight on the verb: the words before "with" still say X is a partner.
    private bool PartnerAfterCircumstance(SyntaxLayer tree, int node)
    {
        int with = tree.ChildWith(node, DependencyRelation.Case);
        if (with < 2 || _d.TextOf(with) is not "with" || words?.CircumstanceNoun.Contains(_d.TextOf(with - 1)) != true) return false;
        for (int k = with - 2; k >= sentence.FirstToken && k >= with - 4; k--) if (_d.TextOf(k) is "in") return true;
        return false;
    }

    private bool IsCircumstancePhrase(SyntaxLayer tree, int node) =>
        tree.RelationOf(node) is DependencyRelation.Obl or DependencyRelation.Nmod && CaseOf(tree, node) is "in" or "against" or "under"
        && words?.CircumstanceNoun.Contains(_d.TextOf(node)) == true;

    // "rejected the threat and asked X to intervene", "rejected the claim and said the West had failed": a verb coordinated
    // after the trigger acts on its own object. (With its conjunction: a participle misread as a verb joined without one is
    // no second clause.) A trigger with no object of its own shares the later verb's ("donated and delivered goods to X").
    // <branch> is the verb's child on the path down to the target (BranchUnder).
    private static bool IsLaterCoordinatedVerb(SyntaxLayer tree, int verb, int matchEnd, int branch) =>
        tree.ChildWith(verb, DependencyRelation.Obj) >= 0 && branch >= matchEnd && tree.RelationOf(branch) == DependencyRelation.Conj
        && tree.Universal[branch] == UniversalTag.Verb && tree.ChildWith(branch, DependencyRelation.Cc) >= 0;

    // The child of <verb> whose subtree holds token k (k itself when it hangs on the verb), within 32 steps up.
    private static int BranchUnder(SyntaxLayer tree, int verb, int k)
    {
        int child = k;
        for (int steps = 0; steps < 32 && child >= 0 && tree.HeadOf(child) != verb; steps++) child = tree.HeadOf(child);
        return child;
    }

    // The path from the verb down to token k passes another verb's clause whose object is not the trigger's target: an
    // adverbial clause ("sign a pact to thwart X", "met Y after visiting X"), or a verb of discussion, whose object is a
    // topic ("met to discuss X's border closure", list 'topic').
    private bool ThroughAnotherVerbsClause(SyntaxLayer tree, int verb, int k, int matchEnd = -1)
    {
        for (int node = tree.HeadOf(k), steps = 0; node >= 0 && node != verb && steps < 32; node = tree.HeadOf(node), steps++)
        {
            // "retaliated by announcing tariffs on U.S. goods": a verb of the trigger's own words is no other clause.
            if (node > verb && node < matchEnd) continue;
            if (AdverbialClause(tree, node) || node > verb && words is not null && words.Topic.Contains(_d.TextOf(node))) return true;
        }
        return false;
    }

    // A verb's adverbial clause opened by "to" or a subordinator other than a condition's.
    private bool AdverbialClause(SyntaxLayer tree, int verb) =>
        tree.RelationOf(verb) == DependencyRelation.Advcl && tree.Universal[verb] == UniversalTag.Verb && tree.ChildWith(verb, DependencyRelation.Mark) is int mark and >= 0
        && tree.Universal[mark] is UniversalTag.Part or UniversalTag.Sconj
        // A condition names whom a threat is aimed at ("could impose sanctions if X deployed troops"): not "if" or "unless".
        && !IsConditionMark(_d.TextOf(mark))
        // "suspended talks on joining the EU": the body to be joined is what the talks were with, the gerund their topic.
        && !(_d.TextOf(mark) is "on" or "about" or "over" && words is not null && words.JoiningTopic.Contains(_d.TextOf(verb)));

    /// <summary>"if" or "unless", opening a condition.</summary>
    internal static bool IsConditionMark(ReadOnlySpan<char> mark) => mark is "if" or "unless" or "If" or "Unless";

    // The agent of a participle hung on a word of the trigger before matchEnd ("a truce mediated by X"); a participle on a
    // noun outside the trigger names that act's doer, whom a hostile act may answer ("condemned the attack carried out by X").
    private static bool ThroughAgentOfTriggerParticiple(SyntaxLayer tree, int verb, int matchEnd, int k)
    {
        for (int child = k, steps = 0; steps < 32 && child >= 0 && child != verb; steps++, child = tree.HeadOf(child))
        {
            if (tree.RelationOf(child) is not DependencyRelation.OblAgent && !tree.RelationOf(child).IsSubject()) continue;
            int clause = tree.HeadOf(child);
            // A past participle; not a clause with "that", which the parse may read as relative where it tells content
            // ("welcomed the announcement that X had agreed").
            if (clause < 0 || tree.RelationOf(clause) is not (DependencyRelation.Acl or DependencyRelation.AclRelcl) || tree.Penn[clause] is not "VBN"
                || tree.ChildWith(clause, DependencyRelation.Aux) >= 0) continue;
            int noun = tree.HeadOf(clause);
            if (noun > verb && noun < matchEnd) return true;
        }
        return false;
    }

    // ", with Lima at one point demanding …": a phrase of the verb set off from it by its own comma is an aside, not
    // the act's target.
    private bool SetOffByComma(SyntaxLayer tree, int verb, int phrase)
    {
        if (phrase < verb) return false;
        foreach (int c in tree.ChildrenOf(phrase))
            if (c > verb && c < phrase && tree.RelationOf(c) == DependencyRelation.Punct && _d.TextOf(c) is ",") return true;
        return false;
    }

    // Prepositions that mark places, times and comparisons never mark a target; topics and opponents mark the target of
    // a hostile act only ("sanctions against X", "an appeal from X").
    private static bool TargetPreposition(ReadOnlySpan<char> preposition, bool hostile)
    {
        if (preposition.IsEmpty) return true;
        if (NeverTargetPrepositions.Contains(preposition)) return false;
        if (HostileTargetPrepositions.Contains(preposition)) return hostile;
        return true;
    }

    // Prepositions of a time, the part of NeverTargetPrepositions that marks no target however deep it stands.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimePrepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "after", "before", "since", "during", "following", "amid", "until", "despite", "throughout",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Compared without case: a sentence may open with one ("Following X's invasion, …").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverTargetPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "inside", "within", "across", "around", "since", "during", "like", "than", "after", "before", "by",
        "following", "amid", "despite", "throughout", "ahead", "because", "without", "unlike", "until", "as",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HostileTargetPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "from", "on", "about", "regarding", "concerning", "over", "against",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsPlaceWord(ReadOnlySpan<char> w) => w is "border" or "borders" or "frontier" or "coast" or "waters" or "airspace" or "territory";

    private ActorGroup? SubjectByPosition(int verb, int depth)
    {
        int i = verb - 1;
        // Verb coordination: "visited North Korea … and signed an agreement" — the subject of the first verb.
        int j = SkipVerbGroup(i);
        if (j >= sentence.FirstToken && _d.TextOf(j) is "and" or "," && depth < 3 && !(_d.TextOf(j) is "," && AppositionStart(j) is not null))
        {
            var before = GroupEndingAt(j);
            // "imposed duties on rice from Togo, then lifted …": an actor ending a prepositional phrase is no subject; nor is
            // the object of the verb before it ("has never condemned Y's invasion of Z and has supported …").
            int previousVerb = PreviousVerb(j);
            if (previousVerb >= 0 && (before is null || IsInPrepositionalPhrase(before) || previousVerb < before.First)) return SubjectByPosition(previousVerb, depth + 1);
        }
        for (; i >= sentence.FirstToken; i--)
        {
            var w = _d.TextOf(i);
            var tag = _d.Tags[i];
            // "Pakistan, a key U.S. ally in the war, has refused …": skip the apposition back to its head.
            if (w is "," && AppositionStart(i) is { } opening) { i = opening; continue; }
            // "The Nigerian Union of Teachers (NUT) announced …": a parenthesis inside the subject is skipped.
            if (w is ")" && MatchingOpen(i) is { } open) { i = open; continue; }
            if (tag == PartOfSpeech.Wh && w is "which" or "who")
            {
                // Relative clause: the subject is the group just before "X, which …" — unless the verb comes after the
                // relative clause has closed ("The fighting in Ukraine, which has pitted …, has strengthened …").
                int k = i - 1;
                if (k >= sentence.FirstToken && _d.TextOf(k) is ",") k--;
                if (!CommaBetween(i, verb)) return k >= sentence.FirstToken ? GroupEndingAt(k + 1) : null;
                i = k + 1;
                continue;
            }
            if (IsClauseBoundary(i)) return null;
            var group = groups.Holding(i);
            if (group is null)
            {
                // An unresolved personal pronoun is the subject ("we have rejected …"): nothing further left is.
                if (tag == PartOfSpeech.Pronoun && w is "I" or "we" or "We" or "you" or "You" or "it" or "It") return null;
                continue;
            }
            i = group.First;
            if (group.IsPlace) continue;
            // "rebels in Chad rejected …", "protesters in Lima blocked …": a place phrase after an actor modifies it; that
            // actor is the subject.
            if (group.First - 2 >= sentence.FirstToken && _d.TextOf(group.First - 1) is "in"
                && groups.Holding(group.First - 2) is { IsPlace: false } modified) return modified;
            // "the U.N. envoy for Syria called …", "Russia's ambassador to Japan said …": the envoy acts, not the state
            // the envoy is sent to.
            if (EnvoyBefore(group) is { } sender) return sender;
            // "soldiers backed by Ugandan troops attacked …": the agent of a participle modifying the subject is not it.
            if (IsParticipleAgent(group)) continue;
            if (IsInPrepositionalPhrase(group) && !IsForToSubject(group) && !DirectlyBefore(group, verb) && !IsRoleInPlace(group)) continue;
            return group;
        }
        return null;
    }

    /// <summary>The first actor group after <paramref name="from"/> in the same clause that is not a location, or null.</summary>
    public ActorGroup? ObjectAfter(int from, int maxDistance = 10, bool hostile = false)
    {
        for (int i = from; i < sentence.EndToken && i < from + maxDistance; i++)
        {
            if (i > from && IsClauseBoundary(i)) return null;
            var w = _d.TextOf(i);
            if (w is "," or ";") return null;
            // "sign a pact to thwart China": an infinitive starts a purpose clause.
            if (i > from && _d.Tags[i] == PartOfSpeech.To) return null;
            // "strengthened its forces following the discovery of Russian-made rockets": a time adjunct comes after the
            // object, and what it names is another event's.
            if (_d.TextOf(i) is "following" or "amid" or "after") return null;
            // "joining observers as the first element of X's contingent", "as part of": a role or share, not a target.
            if (i > from && _d.TextOf(i) is "as" && i + 1 < sentence.EndToken && _d.TextOf(i + 1) is "a" or "an" or "the" or "part") return null;
            var group = groups.StartingAt(i);
            if (group is null) continue;
            if (group.IsPlace) { i = group.End - 1; continue; }
            int lead = i - 1;
            while (lead > from && _d.Tags[lead] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Number) lead--;
            // Places and times are not targets; topics and opponents are not the target of a friendly act ("defending itself
            // against X", "projects on Ukraine") but are of a hostile one ("sanctions against X", "an appeal from X").
            // "on the Thai border", "in Chinese waters": a state's border, coast or waters is a place.
            // The group may already hold the noun ("the Chadian border" grouped with its head), and "the border with Chad" names
            // a side of a border too.
            bool stateArea = group.End < sentence.EndToken && IsPlaceWord(_d.TextOf(group.End));
            bool borderSide = group.End - 1 > group.First && WordClasses.IsBorderNoun(_d.TextOf(group.End - 1))
                              || lead > from && _d.TextOf(lead) is "with" && WordClasses.IsBorderNoun(_d.TextOf(lead - 1));
            if (stateArea || borderSide) { i = group.End - 1; continue; }
            bool comparison = _d.TextOf(lead) is "than" && lead > 0 && _d.TextOf(lead - 1) is not ("more" or "less" or "fewer");
            if (lead >= from && lead < i && (_d.TextOf(lead) is "in" or "at" or "near" or "inside" or "within" or "across" or "around" or "since" or "during" || comparison || _d.TextOf(lead) is "like"
                || (!hostile && _d.TextOf(lead) is "from" or "on" or "about" or "regarding" or "concerning" or "over" or "against")))
            { i = group.End - 1; continue; }
            return group;
        }
        return null;
    }

    /// <summary>The agent of the passive verb at <paramref name="verb"/>: its "by" phrase in the tree, else the group after "by".</summary>
    public ActorGroup? PassiveAgentOf(int verb, int from)
    {
        int agent = Tree.ChildWith(verb, DependencyRelation.OblAgent);
        if (agent >= 0) return ActorOfPhrase(Tree, agent);
        // "killed in a joint raid by X": the "by" phrase of the act the verb was done in names the agent.
        foreach (int setting in Tree.ChildrenOf(verb))
        {
            if (Tree.RelationOf(setting) != DependencyRelation.Obl || CaseOf(Tree, setting) is not ("in" or "during")) continue;
            foreach (int phrase in Tree.ChildrenOf(setting))
                if (Tree.RelationOf(phrase) == DependencyRelation.Nmod && phrase > setting && OpensWithBy(phrase, setting)) return ActorOfPhrase(Tree, phrase);
            // "killed in clashes with X", "died in an exchange of fire with X": the other side of the fight (list 'fight-noun').
            if (words?.FightNoun.Contains(_d.TextOf(setting)) == true && OpponentIn(setting) is { } opponent) return opponent;
        }
        return PassiveAgent(from);
    }

    // The actor after "with" inside the phrase headed at <fight> ("clashes with Tuareg rebels", "an exchange of fire with X").
    private ActorGroup? OpponentIn(int fight)
    {
        for (int i = fight + 1; i + 1 < sentence.EndToken && i <= fight + 4; i++)
        {
            if (_d.TextOf(i) is not "with" || !Tree.Dominates(fight, i)) continue;
            return groups.OpeningAfter(_d, i, actorOnly: true);
        }
        return null;
    }

    // Whether a "by" inside the phrase headed at <phrase> opens it (the parse may hang "by" on a first conjunct or modifier).
    private bool OpensWithBy(int phrase, int after)
    {
        for (int i = after + 1; i < phrase; i++)
            if (_d.TextOf(i) is "by" && Tree.Dominates(phrase, i)) return true;
        return false;
    }

    /// <summary>The agent of a passive verb: the group after "by", when there is one.</summary>
    public ActorGroup? PassiveAgent(int from)
    {
        for (int i = from; i < sentence.EndToken && i < from + 4; i++)
            if (_d.TextOf(i) is "by") return ObjectAfter(i + 1, 5);
        return null;
    }

    /// <summary>True when the verb at <paramref name="verb"/> is passive ("was admitted", "to be sanctioned"): in the tree, it has a passive auxiliary or subject.</summary>
    public bool IsPassive(int verb) =>
        Tree.ChildWith(verb, DependencyRelation.AuxPass) >= 0 || Tree.ChildWith(verb, DependencyRelation.NsubjPass) >= 0
        // "was wounded by Chilean troops" parsed as "be" and an adjective: a participle read as one, its agent after "by".
        || EventCoder.HeadTag(_d, verb, sentence) != _d.Tags[verb] && Tree.ChildWith(verb, DependencyRelation.Cop) >= 0;

    // "experts recommend Seoul and Tokyo sign a pact": a bare verb right after a verb of advice (list 'advice') and the noun
    // phrase it names is a subjunctive, what someone wants done. Read from the words: the parse joins these clauses in many ways.
    private bool IsSubjunctive(int verb)
    {
        if (words is null || Tree.Penn[verb] is not "VB") return false;
        for (int i = verb - 1, nouns = 0; i >= sentence.FirstToken && i >= verb - 10; i--)
        {
            if (words.Advice.Contains(_d.TextOf(i))) return nouns > 0;
            if (_d.Tags[i] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun) nouns++;
            else if (_d.Tags[i] is not (PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Conjunction or PartOfSpeech.Possessive) && _d.TextOf(i) is not ("that" or ",")) return false;
        }
        return false;
    }

    // "to" right after the word at <i>, or after a phrase of time there ("decided on Tuesday to lift …").
    private bool ToFollows(int i, int trigger)
    {
        int next = PatternMatcher.DatePhraseEnd(_d, i + 1, trigger) is var end and > 0 ? end : i + 1;
        // "vowed in an audio message to step up attacks": where it was said stands between too.
        if (PatternMatcher.OccasionPhraseEnd(_d, next, trigger) is var told and > 0) next = told;
        return next < trigger && _d.TextOf(next) is "to";
    }

    /// <summary>The mode the verb group and the sentence put the event in.</summary>
    public EventMode ModeOf(int trigger, int subjectFirst, int subjectEnd)
    {
        int from = Math.Max(Math.Max(subjectEnd, sentence.FirstToken), trigger - 12);
        // "Chile did not attend the summit, accusing Peru of bad faith": a participle after a comma tells an act of its own,
        // which the negation or modal of the clause before it does not govern.
        if (trigger - 1 > sentence.FirstToken && _d.TextOf(trigger - 1) is "," && Tree.Penn[trigger] is "VBG") from = trigger;
        var mode = EventMode.Happened;
        // "warned Pyongyang against conducting a test", "barred from entering": the act warned against has not happened.
        if (trigger - 1 >= sentence.FirstToken && _d.TextOf(trigger - 1) is "against" or "from"
            && _d.TextOf(trigger).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return EventMode.Hypothetical;
        // "resolve the dispute without sending troops", "left without signing the deal": what is done without is not done.
        if (trigger - 1 >= sentence.FirstToken && _d.TextOf(trigger - 1) is "without" or "Without" && _d.Tags[trigger] == PartOfSpeech.Verb) return EventMode.Negated;
        // "(we see) no sign that X is ready to …", "little evidence that X has …": a clause the text says nothing shows.
        int that = Math.Min(subjectFirst, trigger) - 1;
        if (that > sentence.FirstToken && _d.TextOf(that) is "the" or "The") that--;
        if (that - 2 >= sentence.FirstToken && _d.TextOf(that) is "that" && _d.TextOf(that - 1) is "sign" or "signs" or "evidence" or "indication" or "indications" or "proof" or "hint"
            && _d.TextOf(that - 2) is "no" or "little" or "any") return EventMode.Negated;
        // "it would be wise for X to form …": a modal earlier in the same clause governs the whole of it.
        for (int i = Math.Min(subjectFirst, from) - 1; i >= sentence.FirstToken && i >= subjectFirst - 8; i--)
        {
            var w = _d.TextOf(i);
            if (w is "," or ";" || IsClauseBoundary(i)) break;
            // "said it would free prisoners after Washington removed it …": a time word right before the subject opens the
            // trigger's own clause, which the modal before it does not govern.
            if (i == subjectFirst - 1 && w is "after" or "before" or "since" or "until" or "once" or "as") break;
            if (w is "would" or "could" or "might" or "may" or "should") { mode = EventMode.Hypothetical; break; }
        }
        // With a tree, only the verb's own auxiliaries and adverbs count, and those of the verbs it completes ("plans to
        // meet", "will meet and sign"): a negation inside an interrupting clause ("which has never signed …") does not.
        Span<int> chain = stackalloc int[5];
        int chainLength = VerbChain(Tree, trigger, chain);
        for (int i = from; i < trigger; i++)
        {
            // ("failed on Monday to agree": the parse may hang the infinitive as an adverbial clause once a date stands between.)
            // ("no longer buys": the parse hangs "no" on "longer", which modifies the verb.)
            bool noLonger = _d.TextOf(i) is "no" && i + 1 < trigger && _d.TextOf(i + 1) is "longer";
            if (chainLength > 0 && !chain[..chainLength].Contains(i) && !chain[..chainLength].Contains(Tree.HeadOf(i))
                && !(noLonger && chain[..chainLength].Contains(Tree.HeadOf(i + 1)))
                && !(trigger - 1 > i && _d.TextOf(trigger - 1) is "to" && ToFollows(i, trigger) && _d.Tags[i] == PartOfSpeech.Verb)) continue;
            var w = _d.TextOf(i);
            if (w is "likely" or "unlikely" or "possibly" or "perhaps" or "probably" or "potentially") mode = EventMode.Hypothetical;
            // "were supposed to sign", "was meant to visit": a plan told as not (yet) carried out; "needs to fortify": a need.
            if (w is "supposed" or "meant" or "need" or "needs" or "needed" && ToFollows(i, trigger)) mode = EventMode.Hypothetical;
            // "Under that deal, Rwanda was to withdraw its forces": what was arranged in the past is not told as done.
            if (w is "was" or "were" && i + 2 == trigger && _d.TextOf(i + 1) is "to") mode = EventMode.Hypothetical;
            // "will not hesitate to strike": a denied hesitation affirms the act.
            if (w is "not" or "n't" or "never" && i + 1 < trigger && _d.TextOf(i + 1) is "hesitate" or "hesitates" or "hesitated" && ToFollows(i + 1, trigger)) continue;
            if (w is "not" or "n't" or "never" || noLonger) return EventMode.Negated;
            // "failed to agree on a statement", "declined to arrest him": the act did not come about.
            if (w is "fail" or "fails" or "failed" or "failing" or "decline" or "declines" or "declined" or "declining" && ToFollows(i, trigger)) return EventMode.Negated;
            // "has yet to sign", "is yet to recognise": not done so far.
            if (w is "yet" && ToFollows(i, trigger)) return EventMode.Negated;
            if (w is "might" or "may" or "could" or "can" or "should" or "must" or "would") mode = EventMode.Hypothetical;
            else if (w is "will" or "'ll" or "shall" && mode == EventMode.Happened) mode = EventMode.Intended;
            else if (IsIntentVerb(w) && ToFollows(i, trigger)) mode = EventMode.Intended;
            // "is interested in talking to", "keen on joining": an interest, not an act.
            else if (w is "interested" or "keen" or "eager" && i + 1 < trigger && _d.TextOf(i + 1) is "in" or "on") mode = EventMode.Intended;
            else if (w is "to" && i == trigger - 1 && i > sentence.FirstToken && IsIntentVerb(_d.TextOf(i - 1))) mode = EventMode.Intended;
            else if (w is "recommend" or "recommends" or "recommended" or "suggest" or "suggests" or "suggested" or "urge" or "urged" or "urges") mode = EventMode.Hypothetical;
            // "is considering imposing sanctions": an option weighed, not taken.
            else if (w is "consider" or "considers" or "considered" or "considering" && Completes(Tree, chain[..chainLength], i)) mode = EventMode.Hypothetical;
        }
        // "would" in reported speech ("said it would") is an intention, not a condition — unless a condition follows
        // ("said they would meet the mediator if he gave them a veto").
        if (mode == EventMode.Hypothetical && HasBefore(trigger, "would") && !HasConditional(trigger) && HasSpeechBefore(trigger) && !IfAfter(trigger)) mode = EventMode.Intended;
        if (HasConditional(trigger)) return EventMode.Hypothetical;
        // A question asserts nothing: "Will Seoul join the pact?"
        if (IsQuestion()) return EventMode.Hypothetical;
        if (mode == EventMode.Happened && IsSubjunctive(trigger)) return EventMode.Hypothetical;
        return mode;
    }

    // The trigger and the verbs that govern it as a completed infinitive or share their auxiliaries with it.
    private static int VerbChain(SyntaxLayer tree, int trigger, Span<int> chain)
    {
        int n = 0;
        chain[n++] = trigger;
        int v = trigger;
        // Also an adjective's clause: "interested in talking", "keen on joining"; and the means or manner a verb's own
        // participle clause tells ("should respond by suspending talks", "may impose sanctions, cutting aid").
        // A gerund a verb takes as its object completes it as an infinitive would ("began shelling", "resumed talking to X").
        // A past or present tense joined to a base form ("would respond firmly and summoned the ambassador") is told as done:
        // the modal of the first conjunct does not reach it.
        // So is one joined to a predicate or to a perfect that has its own object ("said it was not aware of the incident and
        // accused Taipei …", "had not conducted tests and warned …"): the negation of the first conjunct does not reach it.
        while (n < chain.Length && tree.HeadOf(v) >= 0 && !OwnTenseConjunct(tree, v)
               && (tree.RelationOf(v) is DependencyRelation.Xcomp or DependencyRelation.Conj
                   || tree.RelationOf(v) == DependencyRelation.Obj && tree.Penn[v] == "VBG" && tree.Universal[tree.HeadOf(v)] == UniversalTag.Verb
                   || tree.RelationOf(v) == DependencyRelation.Advcl && (tree.Universal[tree.HeadOf(v)] == UniversalTag.Adj || IsMeansClause(tree, v))))
        {
            v = tree.HeadOf(v);
            chain[n++] = v;
        }
        return n;
    }

    // A conjunct in a past or present tense of its own, joined to a base form, to an adjective or noun predicate, or with
    // "and" or "but" to a participle some words before it ("has not signed or ratified" shares the auxiliary).
    private static bool OwnTenseConjunct(SyntaxLayer tree, int v)
    {
        if (tree.RelationOf(v) != DependencyRelation.Conj || tree.Penn[v] is not ("VBD" or "VBZ")) return false;
        int head = tree.HeadOf(v);
        if (tree.Penn[head] == "VB" || tree.Universal[head] is UniversalTag.Adj or UniversalTag.Noun) return true;
        return tree.Penn[head] == "VBN" && v - head > 2 && tree.ChildWith(v, DependencyRelation.Cc) is int cc and >= 0 && tree.LemmaOf(cc) is "and" or "but";
    }

    // Whether a verb of the chain is the infinitive or gerund that completes <paramref name="verb"/> ("considering imposing").
    private static bool Completes(SyntaxLayer tree, ReadOnlySpan<int> chain, int verb)
    {
        foreach (int v in chain) if (tree.HeadOf(v) == verb && tree.RelationOf(v) is DependencyRelation.Xcomp or DependencyRelation.Obj) return true;
        return false;
    }

    // A present participle with no subject of its own, opened by "by" or by nothing ("after", "before" and "while" clauses
    // tell another time, whose acts stand on their own).
    private static bool IsMeansClause(SyntaxLayer tree, int verb)
    {
        if (tree.Penn[verb] != "VBG") return false;
        foreach (int child in tree.ChildrenOf(verb))
        {
            var relation = tree.RelationOf(child);
            if (relation is DependencyRelation.Nsubj or DependencyRelation.NsubjPass) return false;
            if (relation == DependencyRelation.Mark && !tree.LemmaOf(child).Equals("by", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private bool IsQuestion()
    {
        for (int i = sentence.EndToken - 1; i >= sentence.FirstToken && i >= sentence.EndToken - 3; i--)
        {
            var w = _d.TextOf(i);
            if (w is "?") return true;
            if (_d.Tokens[i].Kind is not (TokenKind.Quote or TokenKind.Punct)) return false;
        }
        return false;
    }

    private static bool IsIntentVerb(ReadOnlySpan<char> w) => w is "plan" or "plans" or "planned" or "planning" or "intend" or "intends" or "intended"
        or "aim" or "aims" or "set" or "expected" or "going" or "agreed" or "agree" or "agrees" or "decided" or "decide" or "vowed" or "vow" or "vows"
        or "pledged" or "pledge" or "pledges" or "prepared" or "ready" or "seek" or "seeks" or "sought" or "want" or "wants" or "wanted" or "hope"
        or "hopes" or "hoped" or "promised" or "promise" or "promises" or "scheduled" or "due" or "poised" or "preparing" or "offered" or "offer" or "offers"
        or "threatened" or "threatens" or "threaten";

    private bool HasBefore(int trigger, string word)
    {
        for (int i = sentence.FirstToken; i < trigger; i++) if (_d.TextOf(i).Equals(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool IfAfter(int trigger)
    {
        for (int i = trigger + 1; i < sentence.EndToken; i++) if (_d.TextOf(i) is "if") return true;
        return false;
    }

    private bool HasConditional(int trigger)
    {
        for (int i = sentence.FirstToken; i < trigger; i++)
        {
            var w = _d.TextOf(i);
            if (w.Equals("if", StringComparison.OrdinalIgnoreCase) || w.Equals("unless", StringComparison.OrdinalIgnoreCase)) return true;
            if (w.Equals("once", StringComparison.OrdinalIgnoreCase) && i == sentence.FirstToken) return true;
        }
        return false;
    }

    private bool HasSpeechBefore(int trigger)
    {
        for (int i = sentence.FirstToken; i < trigger; i++) if (PersonFinder.IsSpeechVerb(_d.TextOf(i))) return true;
        return false;
    }

    /// <summary>
    /// When the trigger's clause is what someone said or thinks ("Washington and Seoul estimate that Pyongyang has sent …"):
    /// the speaker's group (null when the speaker is not an actor, e.g. "analysts") and the verb's token; else null.
    /// </summary>
    public (ActorGroup? Speaker, int Verb)? ClaimOf(int trigger, ActorGroup? subject)
    {
        if (ClaimInTree(Tree, trigger) is { } claimed) return claimed;
        int start = Math.Min(subject?.First ?? trigger, trigger);
        // "X said SUBJECT …": the speech verb right before the clause.
        int i = start - 1;
        while (i >= sentence.FirstToken && _d.Tags[i] is PartOfSpeech.Adverb or PartOfSpeech.Determiner) i--;
        // Not a participle describing the subject ("Suspected jihadists attacked …"): a speech verb there has a speaker before it.
        if (i > sentence.FirstToken && PersonFinder.IsSpeechVerb(_d.TextOf(i)) && _d.Tags[i] == PartOfSpeech.Verb) return (SpeakerOf(i), i);
        // "X said (on Tuesday) that … SUBJECT …": the nearest "that" after a speech verb.
        for (int j = start - 1; j >= sentence.FirstToken && j >= start - 25; j--)
        {
            var w = _d.TextOf(j);
            if (w is not "that" && IsClauseBoundary(j)) return null;
            if (w is not "that") continue;
            for (int k = j - 1; k >= sentence.FirstToken && k >= j - 3; k--)
                if (PersonFinder.IsSpeechVerb(_d.TextOf(k)) || IsFinding(k)) return (SpeakerOf(k), k);
            return null;
        }
        return null;
    }

    // A verb of an official finding (list 'finding'), a verb and not a participle describing a noun ("the weapons found").
    private bool IsFinding(int verb) => words is not null && words.Finding.Contains(_d.TextOf(verb)) && _d.Tags[verb] == PartOfSpeech.Verb;

    // "determined that the militia …": a "that" between the finding verb and its clause.
    private bool HasThatBefore(int verb, int clause)
    {
        for (int i = verb + 1; i < clause && i <= verb + 4; i++) if (_d.TextOf(i) is "that") return true;
        return false;
    }

    // Who says what a speech verb reports: its subject, but not that of a passive ("The ambassador was told that …"), who
    // hears it; a passive's speaker is not named.
    private ActorGroup? SpeakerOf(int verb) =>
        Tree.ChildWith(verb, DependencyRelation.AuxPass) >= 0 || Tree.ChildWith(verb, DependencyRelation.NsubjPass) >= 0 ? null : SubjectOf(verb);

    // In the tree: the trigger's clause is the complement of a speech or cognition verb ("estimate that Pyongyang has
    // sent …"). An attribution hung after the clause ("… fired a missile, the military said") reports the act, so it
    // is not read as a claim.
    private (ActorGroup? Speaker, int Verb)? ClaimInTree(SyntaxLayer tree, int trigger)
    {
        int v = trigger;
        for (int steps = 0; steps < 4 && tree.HeadOf(v) >= 0; steps++)
        {
            var relation = tree.RelationOf(v);
            int head = tree.HeadOf(v);
            // "… is providing X to Y, the Post said": an attribution after the clause reports it, however the parse hung it.
            if (head > trigger) break;
            if (relation == DependencyRelation.Ccomp && (PersonFinder.IsSpeechVerb(_d.TextOf(head)) || IsFinding(head) && HasThatBefore(head, v)))
                return (SpeakerOf(head), head);
            // "experts recommend Seoul sign a pact": what is advised is the adviser's claim, whether the tree made it a
            // clause or an infinitive.
            if (relation is DependencyRelation.Ccomp or DependencyRelation.Xcomp && words is not null && words.Advice.Contains(_d.TextOf(head)))
                return (SubjectOf(head), head);
            if (relation is not (DependencyRelation.Xcomp or DependencyRelation.Conj)) break;
            v = head;
        }
        return null;
    }

    private int SkipVerbGroup(int i)
    {
        while (i >= sentence.FirstToken && _d.Tags[i] is PartOfSpeech.Adverb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal or PartOfSpeech.Negation or PartOfSpeech.To) i--;
        return i;
    }

    private int PreviousVerb(int before)
    {
        for (int i = before - 1; i >= sentence.FirstToken; i--)
        {
            if (IsClauseBoundary(i)) return -1;
            if (_d.Tags[i] == PartOfSpeech.Verb && !_d.TextOf(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    // Loops rather than predicates, like the lookups of ActorGroupLookups: a predicate capturing the token would allocate.
    private bool GroupEndsAt(int end)
    {
        foreach (var g in groups) if (g.End == end) return true;
        return false;
    }

    private ActorGroup? GroupEndingAt(int endExclusive)
    {
        foreach (var g in groups) if (g.End == endExclusive && !g.IsPlace) return g;
        return null;
    }

    // The comma that opens an apposition closed by the comma at <paramref name="closing"/>: ", a/an/the … ," with no verb inside.
    private int? AppositionStart(int closing)
    {
        for (int k = closing - 1; k > sentence.FirstToken && k >= closing - 14; k--)
        {
            var w = _d.TextOf(k);
            if (w is not ",")
            {
                // A verb inside is fine for a relative clause, not for an apposition; decided at the opening comma.
                if (IsClauseBoundary(k)) return null;
                continue;
            }
            bool relative = _d.TextOf(k + 1) is "which" or "who" or "whose" or "where";
            if (!relative && HasVerbBetween(k, closing)) return null;
            // ", a key ally …," after a named head; ", which Washington has signed …," after anything; ", in a post on X,"
            // (a prepositional aside) after a named head.
            if (_d.TextOf(k + 1) is "which" or "who" or "whose" or "where") return k;
            return (_d.TextOf(k + 1) is "a" or "an" or "the" || _d.Tags[k + 1] == PartOfSpeech.Preposition) && GroupEndsAt(k) ? k : null;
        }
        return null;
    }

    private int? MatchingOpen(int close)
    {
        for (int k = close - 1; k >= sentence.FirstToken && k >= close - 12; k--)
        {
            if (_d.TextOf(k) is "(") return k;
            if (_d.TextOf(k) is ")" or ";") return null;
        }
        return null;
    }

    private bool HasVerbBetween(int from, int to)
    {
        for (int i = from + 1; i < to; i++)
        {
            if (_d.Tags[i] is PartOfSpeech.Auxiliary or PartOfSpeech.Modal) return true;
            // "a key U.S. ally": a verb-like word inside a noun phrase is a noun.
            // "a U.S.-designated group": a participle joined by a hyphen is an adjective.
            if (_d.Tags[i] == PartOfSpeech.Verb && !(i > from + 1 && (_d.Tags[i - 1] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.ProperNoun or PartOfSpeech.Noun
                || _d.TextOf(i - 1) is "-"))) return true;
        }
        return false;
    }

    private bool CommaBetween(int from, int to)
    {
        for (int i = from; i < to; i++) if (_d.TextOf(i) is ",") return true;
        return false;
    }

    // "the day after North Korea launched …": a group right before the verb is its subject, whatever precedes it.
    private bool DirectlyBefore(ActorGroup group, int verb)
    {
        for (int i = group.End; i < verb; i++)
            if (_d.Tags[i] is not (PartOfSpeech.Adverb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal or PartOfSpeech.Negation)) return false;
        return true;
    }

    // "security forces in Guinea", "the government in Kabul": the place names whose forces or government act.
    private bool IsRoleInPlace(ActorGroup group)
    {
        int before = group.First - 1;
        if (before - 1 < sentence.FirstToken || _d.TextOf(before) is not "in") return false;
        return RoleWords.SectorOf(_d.TextOf(before - 1)) is "GOV" or "MIL" or "COP" or "REB";
    }

    /// <summary>The group that a passive verb's subject phrase names: "a camp for Congolese refugees was attacked" → Congolese.</summary>
    public ActorGroup? PatientOf(int verb)
    {
        // The tree's passive subject, or that of the first conjunct when this one has none ("the drones had violated the
        // airspace and were shot down"): the actor it holds, or none when it names no actor.
        var tree = Tree;
        int subject = tree.ChildWith(verb, DependencyRelation.NsubjPass);
        if (subject < 0 && tree.RelationOf(verb) == DependencyRelation.Conj && tree.HeadOf(verb) is var first and >= 0 && first < verb) subject = SubjectChild(tree, first);
        if (subject >= 0 && subject < verb)
        {
            foreach (var g in groups)
                if (!g.IsPlace && (g.First <= subject && subject < g.End || g.First < verb && tree.Dominates(subject, g.First))) return g;
            return null;
        }
        for (int i = verb - 1; i >= sentence.FirstToken; i--)
        {
            if (IsClauseBoundary(i) || _d.TextOf(i) is ",") return null;
            var group = groups.Holding(i);
            if (group is null || group.IsPlace) continue;
            return group;
        }
        return null;
    }

    /// <summary>The first child of <paramref name="verb"/> in a subject relation, or -1 when it has none of its own.</summary>
    internal static int SubjectChild(SyntaxLayer tree, int verb)
    {
        foreach (int child in tree.ChildrenOf(verb)) if (tree.RelationOf(child).IsSubject()) return child;
        return -1;
    }

    // "… is for South Korea to sign a formal alliance": the group after "for" is the infinitive's subject.
    private bool IsForToSubject(ActorGroup group)
    {
        int before = Phrases.WordBeforeDeterminers(_d, group.First, sentence);
        return before >= sentence.FirstToken && _d.TextOf(before) is "for" && group.End < sentence.EndToken && _d.TextOf(group.End) is "to";
    }

    /// <summary>True when the group follows "by" right after a past participle ("backed by Rwanda", "led by the army").</summary>
    private bool IsParticipleAgent(ActorGroup group)
    {
        int i = group.First - 1;
        while (i >= sentence.FirstToken && _d.Tags[i] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Number) i--;
        if (i - 1 < sentence.FirstToken || _d.TextOf(i) is not "by") return false;
        var tree = Tree;
        return tree.Penn[i - 1] == "VBN" || _d.TextOf(i - 1).EndsWith("ed", StringComparison.Ordinal) && _d.Tags[i - 1] == PartOfSpeech.Verb;
    }

    private bool IsInPrepositionalPhrase(ActorGroup group)
    {
        int i = group.First - 1;
        while (i >= sentence.FirstToken && _d.Tags[i] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Number) i--;
        if (i < sentence.FirstToken) return false;
        var w = _d.TextOf(i);
        if (_d.Tags[i] != PartOfSpeech.Preposition) return false;
        // "the Minister of Defense of the Republic of Korea", "leaders of Japan": "of" keeps the actor as the phrase's owner.
        if (w is "of") return false;
        return true;
    }

    private bool IsClauseBoundary(int i)
    {
        var t = _d.Tokens[i];
        if (t.Kind == TokenKind.Punct) return _d.Text[t.Start] is ';' or ':' or '(' or ')';
        if (t.Kind == TokenKind.Quote) return !IsScareQuote(i);
        var w = _d.TextOf(i);
        return w is "that" or "because" or "while" or "although" or "though" or "whereas" or "but" or "if" or "unless" or "when" or "whether" or "instead"
               || StartsAsClause(_d, i);
    }

    /// <summary>
    /// True when quotation mark <paramref name="i"/> is one of a pair that marks words inside the clause rather than a
    /// quotation: one to three words (Lima is “openly” defying …, a “clear provocation”), or a longer noun phrase with no
    /// verb that a possessive, article, preposition or adjective opens (concerns over China's “rapid expansion of its
    /// nuclear arsenal”). The clause runs on through them. Marks pair up in their order in the sentence.
    /// </summary>
    private bool IsScareQuote(int i)
    {
        const int longestPhrase = 12;
        int before = 0;
        for (int k = sentence.FirstToken; k < i; k++) if (_d.Tokens[k].Kind == TokenKind.Quote) before++;
        int partner = -1;
        if (before % 2 == 0)
        {
            for (int k = i + 1; k < sentence.EndToken && k <= i + longestPhrase; k++) if (_d.Tokens[k].Kind == TokenKind.Quote) { partner = k; break; }
        }
        else
        {
            for (int k = i - 1; k >= sentence.FirstToken && k >= i - longestPhrase; k--) if (_d.Tokens[k].Kind == TokenKind.Quote) { partner = k; break; }
        }
        if (partner < 0) return false;
        int open = Math.Min(i, partner), close = Math.Max(i, partner);
        if (close - open < 2 || open == sentence.FirstToken || close >= sentence.EndToken - 1) return false;
        for (int k = open + 1; k < close; k++) if (_d.Tokens[k].Kind is not (TokenKind.Word or TokenKind.Number)) return false;
        if (close - open <= 4) return true;
        for (int k = open + 1; k < close; k++) if (_d.Tags[k] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal) return false;
        var opener = _d.TextOf(open - 1);
        return opener is "'s" or "’s" || _d.Tags[open - 1] is PartOfSpeech.Determiner or PartOfSpeech.Preposition or PartOfSpeech.Adjective;
    }

    /// <summary>
    /// ", as Lima rejected …": "as" after a comma opens a new clause (time or reason) — but not in ", as well as",
    /// ", as part of", ", as a result".
    /// </summary>
    internal static bool StartsAsClause(Document d, int i) =>
        i > 0 && i + 1 < d.Tokens.Length && d.TextOf(i) is "as" && d.TextOf(i - 1) is ","
        && d.TextOf(i + 1) is not ("well" or "part" or "a" or "an" or "much" or "many" or "long" or "soon" or "far" or "of" or "such" or "if" or "though" or "usual" or "expected" or "planned" or "agreed" or "well-as");
}
