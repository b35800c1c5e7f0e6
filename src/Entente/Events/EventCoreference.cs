using Entente.Actors;
using Entente.Language;

namespace Entente.Events;

/// <summary>
/// Makes one event of one act told several times in an article: a headline, a sub-headline or a caption that restates
/// an act the body tells, a later paragraph that refers back to it ("the visit", "Tuesday's test"), an adjacent sentence
/// that tells it again with the same words. The first body sentence that states the act keeps it as evidence; the other
/// tellings become its <see cref="Event.Retellings"/>. Identity needs the same source, PLOVER type and target,
/// no conflicting mode or date, and a sign that the telling is the same act; acts of a kind repeated in a story
/// ("accused NATO on Monday … accused NATO in 2022") stay apart. Runs after coding, on one article's events.
/// </summary>
internal static class EventCoreference
{
    /// <summary>Rule name: a headline or caption telling was folded into the body event that states the act.</summary>
    public const string HeadlineRule = "coreference:headline";

    /// <summary>Rule name: the body event named no target, and the headline telling the same act gave it one.</summary>
    public const string HeadlineTargetRule = "coreference:headline-target";

    /// <summary>Rule name: a later body telling (a reference back, or the same words again) was folded into the first.</summary>
    public const string RetellingRule = "coreference:retelling";

    /// <summary>Rule name: the evidence moved from a headline to the first body sentence that tells the act.</summary>
    public const string BodyEvidenceRule = "coreference:body-evidence";

    /// <summary>Rule name: a meeting told in the same sentence as the visit it was held on was folded into the visit.</summary>
    public const string OneVisitRule = "coreference:one-visit";

    /// <summary>Rule name: the killing or wounding told by a verb joined by "and" to an attack ("ambushed a convoy and killed nine")
    /// was folded into the attack.</summary>
    public const string OneAssaultRule = "coreference:one-assault";

    /// <summary>Rule name: a complaint or coercion told by a second verb joined by "and" to the first ("condemned the launch and
    /// lodged a protest") was folded into the first.</summary>
    public const string OneActTwoVerbsRule = "coreference:one-act-two-verbs";

    /// <summary>Rule name: an act counted by an ordinal time ("the fourth time Russia has violated …") was folded into the act
    /// already told.</summary>
    public const string NthTimeRule = "coreference:nth-time";

    /// <summary>Rule name: a meeting told on by a reference back to its parties was folded into the meeting.</summary>
    public const string MeetingToldOnRule = "coreference:meeting-told-on";

    /// <summary>Rule name: an act told as the cause of another and later for itself was folded into the first telling.</summary>
    public const string CauseToldAgainRule = "coreference:cause-told-again";

    /// <summary>Rule name: the doer's own account of an act already told was folded into the first telling.</summary>
    public const string DoersAccountRule = "coreference:doers-account";

    /// <summary>Rule name: a claim of responsibility for an act already told was folded into the act.</summary>
    public const string ResponsibilityClaimRule = "coreference:responsibility-claim";

    /// <summary>Rule name: an act told on by a reference back to its doer ("they", "the attackers") was folded into the first telling.</summary>
    public const string DoerToldOnRule = "coreference:doer-told-on";

    /// <summary>Rule name: a participle telling how an act was done ("began drills, deploying warships") was folded into it.</summary>
    public const string ElaboratingParticipleRule = "coreference:elaborating-participle";

    /// <summary>Rule name: an observer's report of the forces it sighted during an act already told was folded into the act.</summary>
    public const string ObserversAccountRule = "coreference:observers-account";

    /// <summary>Rule name: forces sent for an exercise already told were folded into the exercise.</summary>
    public const string ForcesForExerciseRule = "coreference:forces-for-exercise";

    /// <summary>Rule name: a sentence rule read again the act a clause of the same sentence already tells ("insisted that
    /// Tehran must …": the verb's demand and the "must" demand) and was folded into it.</summary>
    public const string ReadTwiceRule = "coreference:read-twice";

    // Sentences on within which an act told as a cause, or by another, may be told again (by itself, or by its doer).
    private const int CauseReach = 5;

    // Sentences on within which the doer's own account of an act, naming no target, is still of the act told (a story
    // gives the other side's word after the reactions).
    private const int AccountReach = 8;

    private static readonly HashSet<EventType> Symmetric = [EventType.Consult, EventType.Agree, EventType.Cooperate];

    // Words that open a reference back to a known act: "the visit", "this week's test", "Suga's expected visit".
    private static readonly HashSet<string> Definite = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "these", "those", "its", "his", "her", "their",
    };

    // Words that say a telling is another act of the same kind, not the same act again.
    private static readonly HashSet<string> Repetition = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "again", "another", "second", "third", "new", "fresh", "further", "more", "repeatedly", "earlier", "previous", "previously", "last",
    };

    /// <summary>
    /// The events of <paramref name="document"/> with retellings merged, in text order. Background events, third-party
    /// claims and events outside the default output are left as they are.
    /// </summary>
    public static List<Event> Resolve(Document document, List<Event> events)
    {
        if (events.Count < 1) return events;
        var display = new Dictionary<int, bool>();
        bool IsDisplay(int sentence)
        {
            if (!display.TryGetValue(sentence, out bool d)) display[sentence] = d = IsDisplaySentence(document, sentence);
            return d;
        }

        var result = new List<Event>(events.Count);
        foreach (var e in events) result.Add(Promote(e, IsDisplay));

        // Headlines first: a display telling joins the first body event that states the same act.
        var removed = new bool[result.Count];
        for (int k = 0; k < result.Count; k++)
        {
            var d = result[k];
            if (!Eligible(d) || !IsDisplay(d.SentenceIndex)) continue;
            int best = -1;
            for (int j = 0; j < result.Count; j++)
            {
                if (j == k || removed[j] || !Eligible(result[j]) || IsDisplay(result[j].SentenceIndex)) continue;
                // A headline with no date of its own carries the story's date, not the act's: its date conflicts with nothing.
                if (!SameAct(d, result[j], headline: true, causeDateUnknown: !HasOwnDate(document, d.SentenceIndex)) || QuantitiesConflict(document, d, result[j])) continue;
                // Prefer the first body telling with the same target over one that names none.
                if (best < 0 || (SameTarget(d, result[j]) && !SameTarget(d, result[best]))) best = j;
                if (SameTarget(d, result[j])) break;
            }
            if (best < 0) continue;
            // "EU approves tariffs on Chinese cars" over a body that names no target ("tariffs on vehicles made in China"):
            // the headline's target is the act's, when the body's sentence names it too.
            if (result[best].Target is null && d.Target is { } headlineTarget && NamedInSentence(document, result[best].SentenceIndex, headlineTarget.Code))
                result[best] = (result[best] with { Target = headlineTarget }).Tagged(HeadlineTargetRule);
            result[best] = result[best].WithRetellings([d]).Tagged(HeadlineRule);
            removed[k] = true;
        }

        // Then the body: a later telling that refers back to an earlier one of the same act joins it.
        var lastOfAct = new Dictionary<(EventType, EventMode, ActorCode, ActorCode?), int>();
        for (int k = 0; k < result.Count; k++)
        {
            if (removed[k] || !Eligible(result[k]) || IsDisplay(result[k].SentenceIndex)) continue;
            var e = result[k];
            var key = Key(e);
            if (lastOfAct.TryGetValue(key, out int j) && !removed[j] && FoldingRule(document, result[j], e) is { } rule)
            {
                result[j] = result[j].WithRetellings([e]).Tagged(rule);
                removed[k] = true;
                continue;
            }
            if (ExerciseTheForcesWereSentFor(result, removed, k, IsDisplay) is int exercise)
            {
                result[exercise] = result[exercise].WithRetellings([e]).Tagged(ForcesForExerciseRule);
                removed[k] = true;
                continue;
            }
            if (ToldWithAnotherTarget(document, result, removed, k, IsDisplay) is var (first, looserRule))
            {
                result[first] = result[first].WithRetellings([e]).Tagged(looserRule);
                removed[k] = true;
                continue;
            }
            lastOfAct[key] = k;
        }

        var kept = new List<Event>(result.Count);
        for (int k = 0; k < result.Count; k++) if (!removed[k]) kept.Add(result[k]);
        kept.Sort((a, b) => a.SentenceIndex != b.SentenceIndex ? a.SentenceIndex.CompareTo(b.SentenceIndex) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        return kept;
    }

    /// <summary>
    /// True when sentence <paramref name="index"/> is display text (a headline, a sub-headline, a caption): it makes up a
    /// whole paragraph that does not end as a sentence does.
    /// </summary>
    public static bool IsDisplaySentence(Document document, int index)
    {
        const int MaxDisplayLength = 250;
        var text = document.Text;
        var span = document.Sentences[index].Span;
        int start = span.Start, end = span.End;
        if (end - start > MaxDisplayLength) return false;
        // The paragraph around the sentence, from the blank line before it to the one after it, searched only as far as
        // a display paragraph can reach so that long paragraphs cost no scan of the text.
        int from = Math.Max(0, start - MaxDisplayLength - 2);
        int before = start == 0 ? -1 : text.LastIndexOf("\n\n", start - 1, start - from, StringComparison.Ordinal);
        if (before < 0 && from > 0) return false;
        int paraStart = before < 0 ? 0 : before + 2;
        int reach = Math.Min(text.Length - end, MaxDisplayLength + 2);
        int after = text.IndexOf("\n\n", end, reach, StringComparison.Ordinal);
        if (after < 0 && end + reach < text.Length) return false;
        int paraEnd = after < 0 ? text.Length : after;
        if (paraEnd - paraStart > MaxDisplayLength) return false;
        var paragraph = text.AsSpan(paraStart, paraEnd - paraStart).Trim();
        if (paragraph.IsEmpty) return false;
        int i = paragraph.Length - 1;
        while (i > 0 && paragraph[i] is '"' or '\'' or '”' or '’' or ')' or ']') i--;
        return paragraph[i] is not ('.' or '!' or '?' or '…' or ':' or ';');
    }

    // The rule by which <later>, a telling of the same key as <first> (told before it), is the same act; null when it is
    // another act.
    private static string? FoldingRule(Document document, Event first, Event later)
    {
        int apart = later.SentenceIndex - first.SentenceIndex;
        if (apart != 0 && SameAct(first, later, headline: false) && !QuantitiesConflict(document, first, later) && RefersBack(document, first, later))
            return RetellingRule;
        // "Russian jets entered Estonian airspace … 'This is the fourth time Russia has violated Estonian airspace this
        // year'": an act counted by an ordinal time is the latest of its kind, the one already told.
        if (apart > 0 && SameAct(first, later, headline: false) && CountedAsNthTime(document, later)) return NthTimeRule;
        // "South Korea accused Chinese and Russian aircraft of entering its zone and held China responsible", in a sentence
        // already folded in as a retelling of the act: the same act said again in other words.
        if (apart > 0 && first.Retellings.Any(m => m.SentenceIndex == later.SentenceIndex) && SameAct(first, later, headline: false))
            return RetellingRule;
        // "Chile threatened Peru with tariffs after Peru put a duty on its wine … Peru had answered with duties of its
        // own": an act first told as the cause of another ("after", "because") and then told for itself a few
        // sentences on, with no sign of a second act, is the same act.
        if (apart > 0 && apart <= CauseReach && ToldAsCause(document, first) && SameAct(first, later, headline: false, causeDateUnknown: true)
            && !QuantitiesConflict(document, first, later) && !TellsAnother(document, later, timeWordsToo: false))
            return CauseToldAgainRule;
        // "Russia launched 400 drones at Ukraine … Russia's defence ministry said it had carried out a massive strike": the
        // doer's own account of an act already told, a few sentences on and with no word of a second act, is the same act.
        if (apart > 0 && apart <= CauseReach && later.Claimant is { } claimant && claimant.Code == later.Source.Code && first.Claimant?.Code != later.Source.Code
            && SameAct(first, later, headline: false) && !QuantitiesConflict(document, first, later) && !TellsAnother(document, later))
            return DoersAccountRule;
        // "Rubio spoke by phone with Motegi. The two discussed North Korea": a meeting told on by a reference back to its
        // parties ("the two", "they", "both sides") within two sentences is the same meeting.
        // Not one told as another ("The two ministers met again in Beijing nine days later"); "also discussed" goes on.
        // So is one whose other party is the reference back: "Lavrov arrived in Pyongyang for a visit. Choe greeted him at the
        // airport", "He was greeted by Choe".
        if (apart is > 0 and <= 2 && later.Type == EventType.Consult && (later.Source.Antecedent is not null || later.Target?.Antecedent is not null)
            && SameAct(first, later, headline: false) && !SaysAgain(document, later))
            return MeetingToldOnRule;
        // "Gunmen stormed a hotel … The group later claimed responsibility for the attack": a claim is of an act already
        // told, not a second act, unless the claim names one ("also", "another"); so is one after a semicolon of the same sentence.
        if (apart >= 0 && apart <= CauseReach && ClaimsResponsibility(later) && SameAct(first, later, headline: false) && !TellsAnother(document, later))
            return ResponsibilityClaimRule;
        // "Militants stormed a hotel. They then attacked the guests with grenades": the next sentence telling an act of the
        // kind on the same target by a reference back to its doer, with no word of a second act, goes on telling the first.
        // Not acts of two parties: "pledged to invest in the US … The two countries signed a partnership" is a second deal.
        if (apart is > 0 and <= 1 && !Symmetric.Contains(later.Type) && later.Source.Antecedent is not null && SameAct(first, later, headline: false)
            && !QuantitiesConflict(document, first, later) && !TellsAnother(document, later))
            return DoerToldOnRule;
        // "Iran insisted that the United States must lift the sanctions": the verb's demand and the demand the sentence rule
        // reads in "must" are one act read twice.
        if (apart == 0 && IsSentenceRuleEvent(later) && !IsSentenceRuleEvent(first) && SameAct(first, later, headline: false))
            return ReadTwiceRule;
        // "flew to Cairo, where he met Sisi", "visited Seoul and held talks with Lee": a visit and the meetings held on
        // it, told in one sentence, are one consultation (other acts of one kind in a sentence may well be several).
        if (apart == 0 && later.Type == EventType.Consult && later.Target is not null && SameAct(first, later, headline: false))
            return OneVisitRule;
        // "gunmen ambushed a convoy and killed nine officers": force by one doer on one target told by two verbs joined
        // by "and" is one attack.
        if (apart == 0 && later.Type == EventType.Assault && SameAct(first, later, headline: false) && (CoordinatedVerbs(document, first, later) || HarmToldByWhenClause(document, first, later)))
            return OneAssaultRule;
        // "condemned the launch and lodged a protest with Pyongyang", "arrested 14 fishermen and seized two trawlers": a
        // complaint, or coercion, by one actor of one target told by two verbs joined by "and" is one act.
        if (apart == 0 && later.Type is EventType.Accuse or EventType.Protest or EventType.Coerce && later.Target is not null
            && SameAct(first, later, headline: false) && JoinedByAnd(document, first, later))
            return OneActTwoVerbsRule;
        return null;
    }

    // An earlier telling of the act of event <paramref name="k"/> that names its target otherwise or not at all, and the rule
    // that folds them: "began drills around Taiwan on Monday, deploying warships" (a participle of the same doer telling how
    // the act was done, in its sentence), or "Taiwan said it had detected 125 Chinese aircraft" after the drills were told
    // (an observer's report of the forces it sighted, a few sentences on, with no word of another act), or the doer's own
    // account of it that names no target; else null.
    private static (int First, string Rule)? ToldWithAnotherTarget(Document document, List<Event> result, bool[] removed, int k, Func<int, bool> isDisplay)
    {
        var later = result[k];
        bool sighted = later.Rules.Contains(Coding.SightedForcesActForTheirState.RuleName);
        bool ownAccount = later.Target is null && later.Claimant is { } teller && teller.Code == later.Source.Code;
        for (int j = k - 1; j >= 0 && later.SentenceIndex - result[j].SentenceIndex <= (ownAccount ? AccountReach : CauseReach); j--)
        {
            var first = result[j];
            if (removed[j] || !Eligible(first) || isDisplay(first.SentenceIndex) || first.Type != later.Type || first.Mode != later.Mode
                || first.Source.Code != later.Source.Code || Sides.Differ(first.Source.Sector, later.Source.Sector)) continue;
            bool looseTargets = first.Target is null || later.Target is null || first.Target.Code == later.Target.Code;
            if (!looseTargets) continue;
            if (first.SentenceIndex == later.SentenceIndex && later.Target is null && Elaborates(document, first, later)) return (j, ElaboratingParticipleRule);
            if (sighted && first.SentenceIndex < later.SentenceIndex && !QuantitiesConflict(document, first, later) && !TellsAnother(document, later))
                return (j, ObserversAccountRule);
            // "Russia launched missiles at Kyiv … Russia's defence ministry said its forces had carried out a massive strike
            // against energy facilities": the doer's own account, naming no target, of an act already told with one.
            if (ownAccount && first.Target is not null && first.SentenceIndex < later.SentenceIndex && first.Claimant?.Code != later.Source.Code && !QuantitiesConflict(document, first, later) && !TellsAnother(document, later))
                return (j, DoersAccountRule);
        }
        return null;
    }

    // The exercise told before event <paramref name="k"/>, forces its source sent "for the drills" (rule
    // retelling:forces-for-told-exercise), that the source took part in; null when there is none within reach.
    private static int? ExerciseTheForcesWereSentFor(List<Event> result, bool[] removed, int k, Func<int, bool> isDisplay)
    {
        var forces = result[k];
        if (!forces.Rules.Contains(Coding.ForcesForAToldExercise.RuleName)) return null;
        for (int j = k - 1; j >= 0 && forces.SentenceIndex - result[j].SentenceIndex <= CauseReach; j--)
        {
            var exercise = result[j];
            if (removed[j] || !Eligible(exercise) || isDisplay(exercise.SentenceIndex) || !exercise.Rules.Contains(Coding.JointExerciseIsCooperation.RuleName)) continue;
            if (exercise.Source.Code == forces.Source.Code || exercise.Target?.Code == forces.Source.Code) return j;
        }
        return null;
    }

    // True when sentence <paramref name="index"/> names a date of its own ("on Monday", "May 5").
    private static bool HasOwnDate(Document document, int index)
    {
        var sentence = document.Sentences[index];
        foreach (var date in document.Dates)
            if (date.FirstToken >= sentence.FirstToken && date.FirstToken < sentence.EndToken) return true;
        return false;
    }

    // "the fourth time Russia has violated", "the second time this month that China has sent": "time" within a few words
    // before the trigger, right after an ordinal.
    private static bool CountedAsNthTime(Document document, Event e)
    {
        if (document.TokenAt(e.Trigger.Start) is not (int trigger and >= 0)) return false;
        int from = Math.Max(document.Sentences[e.SentenceIndex].FirstToken + 1, trigger - 8);
        for (int i = trigger - 1; i >= from; i--)
            if (document.TextOf(i) is "time" && WordClasses.IsOrdinal(document.TextOf(i - 1))) return true;
        return false;
    }

    // The tree and the tokens the two events' triggers start at; null without a tree or a token.
    private static (SyntaxLayer Tree, int First, int Later)? TriggerTokens(Document document, Event first, Event later) =>
        document.Syntax is { } tree && document.TokenAt(first.Trigger.Start) is int a and >= 0 && document.TokenAt(later.Trigger.Start) is int b and >= 0
            ? (tree, a, b) : null;

    // The later event's trigger is a present participle hung on the first's verb, or set off by a comma after it and read
    // as the main clause's (rule source:comma-participle): it tells how that act was done.
    private static bool Elaborates(Document document, Event first, Event later)
    {
        if (TriggerTokens(document, first, later) is not var (tree, a, b) || b <= a || tree.Penn[b] != "VBG") return false;
        return tree.HeadOf(b) == a && tree.RelationOf(b) is DependencyRelation.Advcl or DependencyRelation.Xcomp or DependencyRelation.Conj
               || later.Rules.Contains(Coding.CommaParticipleSharesTheSubject.RuleName);
    }

    // The later event's trigger is a verb joined by "and" to the first's in the tree.
    private static bool JoinedByAnd(Document document, Event first, Event later)
    {
        if (TriggerTokens(document, first, later) is not var (tree, a, b)) return false;
        return tree.Universal[a] == UniversalTag.Verb && tree.Universal[b] == UniversalTag.Verb && tree.RelationOf(b) == DependencyRelation.Conj && tree.HeadOf(b) == a
               && tree.ChildWith(b, DependencyRelation.Cc) is int cc and >= 0 && document.TextOf(cc) is "and";
    }

    // The later event's trigger is a verb of killing or wounding joined by "and" to the first's in the tree: what the force
    // did, not another attack ("shelled Kherson and attacked a hospital in Mykolaiv" are two).
    private static bool CoordinatedVerbs(Document document, Event first, Event later) =>
        JoinedByAnd(document, first, later) && document.Syntax!.LemmaOf(document.TokenAt(later.Trigger.Start)) is "kill" or "wound" or "injure" or "murder";

    // "Two bombers killed 23 people when they blew themselves up in Tel Aviv": people killed, and the attack told in a "when"
    // or "as" clause right after, are one attack.
    private static bool HarmToldByWhenClause(Document document, Event first, Event later)
    {
        if (document.Syntax!.LemmaOf(document.TokenAt(first.Trigger.Start)) is not ("kill" or "wound" or "injure")) return false;
        int from = document.TokenAt(first.Trigger.End - 1) + 1, to = document.TokenAt(later.Trigger.Start);
        for (int k = from; k < to; k++) if (document.TextOf(k) is "when" or "as") return true;
        return false;
    }

    // "claimed responsibility for the blast": the lexicon entry that reads a claim of an act as the act.
    // "claimed responsibility for", "claimed credit for", "claimed the attack": a doer's claim of a deed (lexicon "claim …").
    private static bool ClaimsResponsibility(Event e) =>
        e.LexiconEntry.StartsWith("claim ", StringComparison.Ordinal) && e.Type is EventType.Assault or EventType.Coerce;

    // Only what the default output shows takes part: background references and third-party claims are handled by the coder.
    private static bool Eligible(Event e) => !e.IsBackground && !e.IsThirdPartyClaim && e.Mode is EventMode.Happened or EventMode.Intended;

    // An event read from a headline whose act the coder already merged with a body telling takes that telling as evidence.
    private static Event Promote(Event e, Func<int, bool> isDisplay)
    {
        if (e.Retellings.Count == 0 || !isDisplay(e.SentenceIndex)) return e;
        var body = e.Retellings.FirstOrDefault(m => !isDisplay(m.SentenceIndex));
        if (body is null) return e;
        var rest = e.Retellings.Where(m => m != body).Append(EventMention.Of(e)).OrderBy(m => m.SentenceIndex).ToList();
        return (e with { SentenceIndex = body.SentenceIndex, SentenceSpan = body.SentenceSpan, Sentence = body.Sentence, Trigger = body.Trigger, Retellings = rest })
            .Tagged(BodyEvidenceRule);
    }

    // Events a sentence rule (named "sentence:…") derived from the words of a whole sentence rather than from one clause.
    private static bool IsSentenceRuleEvent(Event e) => e.Rules.Any(r => r.StartsWith("sentence:", StringComparison.Ordinal));

    private static (EventType, EventMode, ActorCode, ActorCode?) Key(Event e)
    {
        var (s, t) = (e.Source.Code, e.Target?.Code);
        if (t is { } tc && Symmetric.Contains(e.Type) && string.CompareOrdinal(s.Value, tc.Value) > 0) (s, t) = (tc, s);
        return (e.Type, e.Mode, s, t);
    }

    // Same actors (either way round for symmetric acts), same PLOVER type, no conflicting mode or date. A headline
    // may leave the target out or name one the body leaves implicit, and its tense says little ("X to visit Y").
    // An act told as a cause took its sentence's date, which is the later act's: its own date is unknown (causeDateUnknown).
    private static bool SameAct(Event a, Event b, bool headline, bool causeDateUnknown = false)
    {
        // The same PLOVER type: CAMEO roots cross types ("welcome" 051 is SUPPORT, "sign a deal" 057 is AGREE). A headline's
        // short verb may pick the kindred type of the body's words ("Japan protests …" over "lodged a complaint").
        if (a.Type != b.Type && !(headline && Kindred(a.Type, b.Type))) return false;
        if (headline ? !(a.Mode == b.Mode || (a.Mode is EventMode.Happened or EventMode.Intended && b.Mode is EventMode.Happened or EventMode.Intended))
                     : a.Mode != b.Mode) return false;
        if (!causeDateUnknown && DatesConflict(a.Date, b.Date)) return false;
        // A headline's bare state name ("Afghanistan denies …") stands for whichever of its actors the body names.
        if (Sides.Differ(a.Source.Sector, b.Source.Sector) && !(headline && NamesTheStateOnly(a.Source))) return false;
        bool straight = a.Source.Code == b.Source.Code && TargetsFit(Told(a.Target, headline), Told(b.Target, headline), headline);
        bool crossed = Symmetric.Contains(a.Type) && a.Target is { } at && b.Target is { } bt && at.Code == b.Source.Code && bt.Code == a.Source.Code;
        return straight || crossed;
    }

    // Types one act is told as by words of one kind: a complaint or a protest, force that coerces or that assaults.
    private static bool Kindred(EventType a, EventType b) =>
        (a, b) is (EventType.Accuse, EventType.Protest) or (EventType.Protest, EventType.Accuse) or (EventType.Coerce, EventType.Assault) or (EventType.Assault, EventType.Coerce);

    private static bool NamesTheStateOnly(Actor actor) =>
        actor.Kind == ActorKind.State && actor.Sector == "GOV" && actor.Person is null && actor.Antecedent is null;

    private static bool TargetsFit(ActorCode? a, ActorCode? b, bool headline) => a == b || (headline && (a is null || b is null));

    // The target a telling names: for a headline, a target the coder only supposed (the doer's own people, for an act aimed
    // at no one named: "Hamas frees three hostages") names none.
    private static ActorCode? Told(Actor? target, bool headline) =>
        headline && target is { Rule: Coding.Phrases.DomesticRule } ? null : target?.Code;

    private static bool SameTarget(Event a, Event b) => a.Target?.Code == b.Target?.Code;

    private static bool NamedInSentence(Document document, int sentenceIndex, ActorCode code)
    {
        var sentence = document.Sentences[sentenceIndex];
        return Coding.Phrases.MentionsIn(document, sentence.FirstToken, sentence.EndToken).Any(m => m.Actor.Code == code);
    }

    private static bool DatesConflict(PartialDate? a, PartialDate? b)
    {
        if (a is not { } x || b is not { } y) return false;
        if (x.Year != y.Year) return true;
        if (x.Month is { } xm && y.Month is { } ym && xm != ym) return true;
        return x.Day is { } xd && y.Day is { } yd && xd != yd && x.Month == y.Month;
    }

    // "kill 50 militants" and "killed all six attackers" are two acts: the counts right after the triggers differ.
    private static bool QuantitiesConflict(Document document, Event a, Event b) =>
        CountAfter(document, a) is { } x && CountAfter(document, b) is { } y && x != y;

    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    // A count within the few words after the trigger ("fired two missiles", "killed at least 50 militants").
    private static int? CountAfter(Document document, Event e)
    {
        int t = document.TokenAt(Math.Max(e.Trigger.Start, e.Trigger.End - 1));
        if (t < 0) return null;
        var sentence = document.Sentences[e.SentenceIndex];
        for (int i = t + 1; i < Math.Min(sentence.EndToken, t + 5); i++)
        {
            var word = document.TextOf(i);
            if (document.Tokens[i].Kind == TokenKind.Number)
                return int.TryParse(word, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : null;
            for (int k = 0; k < NumberWords.Length; k++)
                if (word.Equals(NumberWords[k], StringComparison.OrdinalIgnoreCase)) return k;
            if (document.Tokens[i].Kind != TokenKind.Word) return null;
        }
        return null;
    }

    // The event's trigger heads a clause of cause: "after the EU levied …", "because Chile expelled …".
    private static bool ToldAsCause(Document document, Event e)
    {
        int trigger = document.TokenAt(e.Trigger.Start);
        if (trigger < 0 || document.Syntax is not { } tree) return false;
        // "after Peru imposed a ban": a noun trigger is told by the verb it completes.
        for (int up = 0; up < 2 && tree.Universal[trigger] != UniversalTag.Verb && tree.HeadOf(trigger) is int head and >= 0; up++) trigger = head;
        if (tree.RelationOf(trigger) != DependencyRelation.Advcl) return false;
        int mark = tree.ChildWith(trigger, DependencyRelation.Mark);
        return mark >= 0 && document.TextOf(mark) is "after" or "After" or "because" or "Because";
    }

    // A word in the telling's sentence saying this is another act of the kind ("also", "again", "new"); with timeWordsToo,
    // also one placing it before another ("earlier", "last"), which an act told first as a cause may well carry ("last week").
    private static bool TellsAnother(Document document, Event e, bool timeWordsToo = true)
    {
        var sentence = document.Sentences[e.SentenceIndex];
        var repetition = Repetition.GetAlternateLookup<ReadOnlySpan<char>>();
        var earlier = EarlierTime.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (repetition.Contains(document.TextOf(i)) && (timeWordsToo || !earlier.Contains(document.TextOf(i))) && !CountsAQuantity(document, i, sentence)) return true;
        return false;
    }

    // The event's sentence says "again" or "another".
    private static bool SaysAgain(Document document, Event e)
    {
        var sentence = document.Sentences[e.SentenceIndex];
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (document.TextOf(i) is "again" or "another" or "Again" or "Another") return true;
        return false;
    }

    // "more than 100 passengers": "more" before "than" counts, it does not tell of more acts.
    private static bool CountsAQuantity(Document document, int i, Sentence sentence) =>
        i + 1 < sentence.EndToken && document.TextOf(i).Equals("more", StringComparison.OrdinalIgnoreCase) && document.TextOf(i + 1) is "than";

    private static readonly HashSet<string> EarlierTime = new(StringComparer.OrdinalIgnoreCase) { "earlier", "previous", "previously", "last" };

    // The later telling is the same act: it names it as a known thing ("the visit", "Suga's visit"), or the next sentence
    // tells it again with the same words and no sign of a second act ("also", "again", "another").
    private static bool RefersBack(Document document, Event first, Event later)
    {
        int trigger = document.TokenAt(later.Trigger.Start);
        if (trigger < 0) return false;
        var sentence = document.Sentences[later.SentenceIndex];
        if (IsDefiniteNoun(document, sentence, trigger)) return true;
        // "hopes to settle it during talks on Tuesday … will join the Jeddah talks": the later words name the act by the
        // earlier telling's own noun, made definite.
        int firstTrigger = document.TokenAt(first.Trigger.Start);
        if (firstTrigger >= 0 && document.Tags[firstTrigger] == PartOfSpeech.Noun)
            for (int i = trigger + 1; i < sentence.EndToken && document.Tokens[i].Start < later.Trigger.End; i++)
                if (document.Tags[i] == PartOfSpeech.Noun && document.TextOf(i).Equals(document.TextOf(firstTrigger), StringComparison.OrdinalIgnoreCase)
                    && IsDefiniteNoun(document, sentence, i)) return true;
        if (later.SentenceIndex - first.SentenceIndex > 1 || later.LexiconEntry != first.LexiconEntry) return false;
        return !TellsAnother(document, later);
    }

    // "the visit", "this week's test", "the minister's planned visit", "the Geneva talks": a trigger after a definite word
    // or a possessive, with at most adjectives, participles or names between ("the planned withdrawal"); a finite verb cannot stand there.
    private static bool IsDefiniteNoun(Document document, Sentence sentence, int trigger)
    {
        for (int i = trigger - 1; i >= Math.Max(sentence.FirstToken, trigger - 3); i--)
        {
            var word = document.TextOf(i);
            if (document.Tokens[i].Kind != TokenKind.Word) return false;
            if (Definite.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) return true;
            bool modifier = (document.Tags.Length > i && (document.Tags[i] == PartOfSpeech.Adjective
                                 || document.Tags[i] == PartOfSpeech.ProperNoun && document.Tags[trigger] == PartOfSpeech.Noun))
                || (char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal));
            if (!modifier) return false;
        }
        return false;
    }
}

/// <summary>Provenance helpers of <see cref="EventCoreference"/>.</summary>
internal static class EventRuleTags
{
    /// <summary>The event with <paramref name="rule"/> among its rules once, however often the rule fires on it.</summary>
    public static Event Tagged(this Event e, string rule) => e.Rules.Contains(rule) ? e : e.WithRule(rule);
}
