using Entente.Actors;
using Entente.Language;

namespace Entente.Events;

/// <summary>
/// Codes the events of a document: finds lexicon triggers, reads the clause around each for source, target, mode
/// and claimant, turns third-party claims of hostile acts into accusations, marks references and embedded acts as
/// background, and merges retellings of the same act.
/// </summary>
public sealed class EventCoder(EventLexicon lexicon)
{
    private static readonly HashSet<EventType> ClaimedAsAccusation = [EventType.Aid, EventType.Assault, EventType.Coerce, EventType.Mobilize, EventType.Threaten, EventType.Sanction];
    private static readonly HashSet<EventType> Symmetric = [EventType.Consult, EventType.Agree, EventType.Cooperate];
    // Acts that are whole without a target: "deny any arms exchanges", "launched missiles", "protesters marched".
    private static readonly HashSet<EventType> TargetOptional = [EventType.Reject, EventType.Mobilize, EventType.Protest, EventType.Assault, EventType.Threaten, EventType.Coerce, EventType.Retreat, EventType.Agree, EventType.Concede];
    private static readonly HashSet<EventType> Hostile = [EventType.Reject, EventType.Accuse, EventType.Request, EventType.Threaten, EventType.Protest, EventType.Sanction, EventType.Coerce, EventType.Assault];
    private static readonly HashSet<EventType> DomesticActs = [EventType.Concede, EventType.Coerce, EventType.Assault, EventType.Protest];
    private static readonly HashSet<EventType> LocatedActs = [EventType.Concede, EventType.Assault, EventType.Coerce, EventType.Mobilize, EventType.Sanction, EventType.Retreat, EventType.Threaten, EventType.Aid, EventType.Reject];

    // Speech acts aimed at the subject of what follows: "demanded on Friday that the United States …".
    private static readonly HashSet<EventType> SpeechActs = [EventType.Request, EventType.Accuse, EventType.Threaten, EventType.Reject];
    // Verbs after which what follows is an opinion or estimate, not a report.
    private static readonly HashSet<string> CognitionVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "believe", "believes", "believed", "think", "thinks", "thought", "estimate", "estimates", "estimated", "expect", "expects", "expected",
        "predict", "predicts", "predicted", "suggest", "suggests", "suggested", "argue", "argues", "argued", "fear", "fears", "feared",
        "speculate", "speculated", "claim", "claims", "claimed", "allege", "alleges", "alleged", "hope", "hopes", "hoped", "recommend",
        "recommends", "recommended", "assess", "assesses", "assessed", "note", "notes", "noted", "maintain", "maintains", "maintained",
    };
    // Plain reporting verbs: what they report of an observable act (a launch, an attack, a deployment) is the act itself,
    // not an allegation ("the military said North Korea fired a missile"); covert acts such as arms supplies stay claims.
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "says", "said", "report", "reports", "reported", "tell", "tells", "told", "confirm", "confirms", "confirmed",
        "announce", "announces", "announced", "add", "adds", "added", "state", "states", "stated",
    };
    private static readonly HashSet<EventType> ObservableActs = [EventType.Assault, EventType.Mobilize, EventType.Coerce, EventType.Threaten, EventType.Sanction];

    // Verbs that turn the nouns they govern into events that happen ("held talks", "carried out patrols").
    private static readonly HashSet<string> LightVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "hold", "holds", "held", "holding", "conduct", "conducts", "conducted", "conducting", "carry", "carries", "carried", "stage", "staged",
        "launch", "launched", "launches", "make", "made", "makes", "pay", "paid", "pays", "begin", "began", "begun", "start", "started", "complete", "completed",
        "sign", "signed", "mark", "marked", "have", "has", "had", "was", "were", "is", "are",
    };
    /// <summary>Most events one sentence yields (a list of many states must not become thousands of events).</summary>
    public const int MaxEventsPerSentence = 64;
    // Past this many coordinated parties a joint act is multilateral: one event per party, not one per pair (N² events).
    private const int MaxPairwiseParties = 5;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase) { "with", "to", "of", "on", "in", "at", "for", "from", "into", "against", "the", "out", "military", "side", "time", "first", "new" };

    /// <summary>The events of <paramref name="document"/>, every mode included, retellings merged.</summary>
    public List<Event> Code(Document document)
    {
        var events = new List<Event>();
        var keywords = new Dictionary<TextSpan, HashSet<string>>();
        var mentions = document.Actors;
        int firstMention = 0;
        var sentences = document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            while (firstMention < mentions.Count && mentions[firstMention].FirstToken < sentence.FirstToken) firstMention++;
            var groups = ActorGrouper.Build(document, sentence, mentions, firstMention);
            if (groups.Count == 0) continue;
            CodeSentence(document, s, sentence, groups, events, keywords);
        }
        ResolveRejectedProposals(events);
        AimRemainingAtHome(document, events);
        return Merge(events, keywords);
    }

    private sealed class SentenceState
    {
        public int EmbeddedFrom = int.MaxValue, EmbeddedTo = -1;
        public int AllegedFrom = int.MaxValue, AllegedTo = -1;
        public List<ActorCode> Accused = [];
        public int GoverningFirst = -1, GoverningEnd = -1;
    }

    private void CodeSentence(Document document, int index, Sentence sentence, List<ActorGroup> groups, List<Event> events, Dictionary<TextSpan, HashSet<string>> keywords)
    {
        var reader = new ClauseReader(document, sentence, groups);
        string sentenceText = document.Slice(sentence.Span);
        var state = new SentenceState();
        int firstEvent = events.Count;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (document.Tokens[i].Kind != TokenKind.Word) continue;
            var candidates = lexicon.Candidates(document.TextOf(i));
            if (candidates.Count == 0) continue;
            var match = BestMatch(document, i, sentence, groups, candidates);
            if (match is null) continue;
            var entry = match.Entry;

            ActorGroup? source;
            ActorGroup? target = match.Target;
            bool background = false;
            if (entry.Head == EntryHead.Noun)
            {
                source = NominalSource(document, i, sentence, groups);
                if (source is null && AtEventPhrase(document, i, sentence))
                    source = reader.ObjectAfter(NextComma(document, i, sentence) + 1, 4);
                else if (source is null) source = Between(document, match.End, sentence, groups);
                background = IsReference(document, i, sentence, groups);
            }
            else
            {
                // "the prospect of deepening cooperation between …": a gerund after a preposition or determiner names an act.
                // "efforts to end the fighting", "a plan to expand …": an infinitive after a noun names a purpose, not an act.
                if (i >= sentence.FirstToken + 2 && document.Tags[i - 1] == PartOfSpeech.To && document.Tags[i - 2] == PartOfSpeech.Noun) background = true;
                if (IsNominalGerund(document, i, sentence))
                {
                    background = true;
                    source = Between(document, match.End, sentence, groups) ?? NominalSource(document, i, sentence, groups);
                    if (source is null)
            {
                MarkComplement(document, sentence, match, entry.Type, i >= state.EmbeddedFrom && i < state.EmbeddedTo, state);
                i = Math.Max(i, match.End - 1);
                continue;
            }
                }
                else source = reader.SubjectOf(i);
                if (!background && reader.IsPassive(i))
                {
                    source ??= reader.PatientOf(i);
                    var agent = reader.PassiveAgentOf(i, match.End);
                    if (agent is not null) { target = source; source = agent; }
                    else if (entry.Type is EventType.Assault or EventType.Coerce && source is not null
                             && Location(document, match.End, sentence, groups, source) is { } where && !where.Members.Exists(m => m.Sector == "IGO"))
                    {
                        // "Three soldiers were killed by a roadside bomb outside the Iraqi city of Basra": an attack with no
                        // named attacker is coded to the state where it happened (CAMEO's convention).
                        target = source;
                        source = where;
                    }
                    else if (!Symmetric.Contains(entry.Type)) source = null;
                }
            }
            if (source is null)
            {
                MarkComplement(document, sentence, match, entry.Type, i >= state.EmbeddedFrom && i < state.EmbeddedTo, state);
                i = Math.Max(i, match.End - 1);
                continue;
            }
            target ??= entry.HasTargetSlot ? null : GroupInside(groups, i + 1, match.End, source) ?? reader.ObjectOf(i, match.End, Hostile.Contains(entry.Type));
            if (target is null && SpeechActs.Contains(entry.Type)) target = ComplementSubject(document, match.End, sentence, groups);
            // "complained to the United Nations over Israeli air raids": a complaint to a body is aimed at whom it is about.
            if (target is not null && entry.Type is EventType.Accuse or EventType.Protest && target.Members.TrueForAll(m => m.Sector == "IGO")
                && AboutWhom(document, target.End, sentence, groups, source) is { } about)
                target = about;
            // "threatened to halt the talks if the United States deploys …": the threat is aimed at whoever the condition names.
            if (target is null && entry.Type == EventType.Threaten) target = ConditionSubject(document, match.End, sentence, groups, source);
            // "lifted a curfew in Montenegro", "shelled positions near Gaza": an act done somewhere is done to that place's state.
            if (target is null && LocatedActs.Contains(entry.Type)) target = Location(document, match.End, sentence, groups, source);
            // A place in the actor's own state says nothing about the target: leave it to the domestic reading below.
            if (target is not null && DomesticActs.Contains(entry.Type) && target.Members.TrueForAll(t => source.Members.Exists(x => x.Code == t.Code))
                && MentionsIn(document, target.First, target.First + 1).Any(m => m.EntryKind is ActorEntryKind.Capital or ActorEntryKind.Place or ActorEntryKind.State))
                target = null;
            // "jailed 52 members of …", "lifted the curfew": an act on people or rules of one's own state is a domestic act.
            // With no other actor named, force used, concessions made or protests staged happen within one state:
            // "police opened fire on demonstrators", "lifted the curfew", "students staged a rally" (CAMEO's reading).
            if (target is null && DomesticActs.Contains(entry.Type) && source.Members.Count == 1 && source.Members[0].IsState
                && !(entry.Type is EventType.Assault or EventType.Coerce && source.Members[0].Sector is "MIL" or "GOV" && ForeignStateNamed(document, source.Members[0].Code)))
            {
                target = new ActorGroup { First = match.End, End = match.End }.With(DomesticCounterpart(source.Members[0]));
            }
            if (target == source) target = null;
            // "South Korea, the United States and Japan will hold a three-way exercise": drilling together is cooperating.
            var exerciseType = entry.Type;
            if (entry.Type == EventType.Mobilize && target is null && source.Parts.Distinct().Count() > 1 && IsExercise(document, i, match.End))
                exerciseType = EventType.Cooperate;
            // Acting together makes an event between the actors: "agreed", "met", "launched a joint patrol" — not "joined the leaders".
            bool pairwise = target is null && source.Parts.Distinct().Count() > 1 && Symmetric.Contains(exerciseType)
                && (exerciseType != EventType.Cooperate || IsJoint(document, i, match.End, sentence) || !HasObject(document, match.End, sentence));
            if (target is null && !pairwise && !TargetOptional.Contains(entry.Type))
            {
                // Still tells what a governing "prepared to" was ready for, and still governs its own complement.
                bool inside = i >= state.EmbeddedFrom && i < state.EmbeddedTo;
                if (inside) MarkReadinessAsThreat(events, state, entry.Type, null);
                MarkComplement(document, sentence, match, entry.Type, inside, state);
                i = Math.Max(i, match.End - 1);
                continue;
            }

            var mode = reader.ModeOf(i, source.First, source.End);
            var claim = reader.ClaimOf(i, source);
            bool embedded = i >= state.EmbeddedFrom && i < state.EmbeddedTo;
            bool alleged = i >= state.AllegedFrom && i < state.AllegedTo && source.Members.Exists(m => state.Accused.Contains(m.Code));
            bool thirdParty = alleged;
            bool accuse = false;
            if (claim is { } c)
            {
                bool sameActor = c.Speaker is not null && c.Speaker.Members.Exists(m => source.Members.Exists(x => x.Code == m.Code));
                // Estimates and beliefs are opinions; so is whatever analysts, companies and the press say.
                bool opinion = CognitionVerbs.Contains(document.TextOf(c.Verb).ToString())
                    || (c.Speaker is not null && c.Speaker.Members.TrueForAll(m => m.Sector is "EDU" or "MED" or "CVL" or "BUS"));
                if (document.TextOf(c.Verb) is "recommend" or "recommends" or "recommended" or "suggest" or "suggests" or "suggested") mode = EventMode.Hypothetical;
                // Analysts, companies and the press comment; what they say is not an act of the state they belong to.
                bool commentator = c.Speaker is not null && c.Speaker.Members.TrueForAll(m => m.Sector is "EDU" or "MED" or "CVL" or "BUS");
                // ... unless they speak of their own acts ("the union announced it had called off the strike").
                bool ownAct = c.Speaker is not null && source.Members.Exists(x => x.Rule.StartsWith("ref:speaker", StringComparison.Ordinal)
                    || c.Speaker.Members.Exists(sp => sp.Span == x.Span || (sp.Person is not null && sp.Person == x.Person)));
                if (commentator && !ownAct) thirdParty = true;
                bool report = ReportingVerbs.Contains(document.TextOf(c.Verb).ToString()) && ObservableActs.Contains(entry.Type) && !commentator;
                if (!sameActor && !report)
                {
                    accuse = c.Speaker is not null && ClaimedAsAccusation.Contains(entry.Type) && !opinion || (c.Speaker is not null && ClaimedAsAccusation.Contains(entry.Type) && c.Speaker.Members.Exists(m => m.Sector is "GOV" or "MIL" or null));
                    thirdParty = opinion || accuse;
                }
            }
            var (type, cameo, goldstein) = (exerciseType, exerciseType == entry.Type ? entry.Cameo : "062", entry.Goldstein);
            if (exerciseType != entry.Type && lexicon.TryGetCameo("062", out var g062, out _)) goldstein = g062;
            // "will not accept more refugees", "won't sign the deal": refusing to cooperate is a rejection.
            if (mode == EventMode.Negated && type is EventType.Agree or EventType.Support or EventType.Cooperate or EventType.Consult or EventType.Aid or EventType.Concede or EventType.Retreat
                && WillNotBefore(document, i, sentence))
            {
                (type, cameo) = (EventType.Reject, "120");
                goldstein = lexicon.TryGetCameo(cameo, out var g5, out _) ? g5 : goldstein;
                mode = EventMode.Happened;
            }
            // "will withdraw its force unless …": an announced act with a condition on another is an ultimatum.
            if (mode == EventMode.Intended && UnlessAfter(document, match.End, sentence))
            {
                (type, cameo) = (EventType.Threaten, "130");
                goldstein = lexicon.TryGetCameo(cameo, out var g3, out _) ? g3 : goldstein;
                mode = EventMode.Happened;
            }
            // CAMEO's reading of announced acts: a hostile act announced is a threat; a concession, withdrawal or aid
            // announced is an intent to cooperate ("will lift the curfew", "will provide food aid").
            if (mode == EventMode.Intended && AnnouncedAs(entry.Type) is { } announced)
            {
                (type, cameo) = announced;
                goldstein = lexicon.TryGetCameo(cameo, out var g2, out _) ? g2 : goldstein;
                mode = EventMode.Happened;
            }
            // "threatened to impose restrictions against German goods": the governing act is aimed where the embedded one is.
            if (embedded && target is not null && state.GoverningFirst >= 0)
                for (int k = state.GoverningFirst; k < state.GoverningEnd && k < events.Count; k++)
                    if (events[k].Target is null && target.Members.Count > 0 && events[k].Source.Code != target.Members[0].Code)
                        events[k] = events[k] with { Target = target.Members[0] };
            if (embedded) MarkReadinessAsThreat(events, state, entry.Type, target);
            var trigger = TextSpan.FromBounds(document.Tokens[i].Start, document.Tokens[match.End - 1].End);
            keywords[trigger] = Keywords(document, i, match.End, sentence, groups);
            int added = events.Count;
            foreach (var (src, tgt) in Pairs(source, target, type))
            {
                if (events.Count - firstEvent >= MaxEventsPerSentence) break;
                events.Add(NewEvent(document, index, sentence, sentenceText, src, tgt, type, cameo, goldstein, i, trigger, $"{entry.Pattern} ({entry.Origin})") with
                {
                    Mode = mode,
                    Claimant = claim?.Speaker?.Members[0],
                    IsThirdPartyClaim = thirdParty,
                    IsBackground = background || embedded,
                });
            }
            if (accuse && mode is EventMode.Happened or EventMode.Intended && !embedded)
                AddAccusations(document, index, sentence, sentenceText, claim!.Value.Speaker!, source, claim.Value.Verb, entry, events);

            if (MarkComplement(document, sentence, match, type, embedded, state) && !embedded) { state.GoverningFirst = added; state.GoverningEnd = events.Count; }
            // "accused NATO of overstepping …": what follows is the accused's alleged act.
            if (entry.Type == EventType.Accuse && target is not null)
            {
                state.AllegedFrom = match.End - 1;
                state.AllegedTo = ClauseEnd(document, match.End, sentence);
                state.Accused = target.Members.Select(m => m.Code).ToList();
            }
            i = Math.Max(i, match.End - 1);
        }
        AnswerEarlierActs(document, sentence, events, firstEvent);
        AddDemands(document, index, sentence, sentenceText, groups, reader, events);
        if (events.Count - firstEvent > MaxEventsPerSentence) events.RemoveRange(firstEvent + MaxEventsPerSentence, events.Count - firstEvent - MaxEventsPerSentence);
    }

    // "The day after North Korea launched missiles, South Korea and the United States launched missiles": a show of
    // force with no target answers the hostile act of another actor told before it in the sentence after "after"/"following".
    private static void AnswerEarlierActs(Document document, Sentence sentence, List<Event> events, int firstEvent)
    {
        int cue = FirstResponseCue(document, sentence);
        for (int k = firstEvent; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Target is not null || e.Type is not (EventType.Mobilize or EventType.Threaten or EventType.Assault)) continue;
            for (int j = firstEvent; j < k; j++)
            {
                var earlier = events[j];
                if (earlier.Type is not (EventType.Mobilize or EventType.Threaten or EventType.Assault or EventType.Coerce) || earlier.Source.Code == e.Source.Code) continue;
                if (cue >= earlier.Source.Span.Start) continue;
                events[k] = e with { Target = earlier.Source, LexiconEntry = e.LexiconEntry + " [target: the act it answers]" };
                break;
            }
        }
    }

    // Where the sentence's first "after", "following" or "in response" starts (int.MaxValue if none): found once, not per act.
    private static int FirstResponseCue(Document document, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var w = document.TextOf(i);
            if (w.Equals("after", StringComparison.OrdinalIgnoreCase) || w.Equals("following", StringComparison.OrdinalIgnoreCase)
                || (w.Equals("response", StringComparison.OrdinalIgnoreCase) && i > sentence.FirstToken && document.TextOf(i - 1).Equals("in", StringComparison.OrdinalIgnoreCase)))
                return document.Tokens[i].Start;
        }
        return int.MaxValue;
    }

    // "The administration declared that China must drop its barriers": a speaker saying another actor must or should act demands it.
    private void AddDemands(Document document, int index, Sentence sentence, string sentenceText, List<ActorGroup> groups, ClauseReader reader, List<Event> events)
    {
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (document.TextOf(i) is not ("must" or "should")) continue;
            var subject = reader.SubjectOf(i);
            if (subject is null || subject.IsPlace) continue;
            var claim = reader.ClaimOf(i, subject);
            if (claim is not { Speaker: { } speaker } c) continue;
            // What analysts, companies or the press say someone should do is their opinion, not a demand.
            if (speaker.Members.TrueForAll(m => m.Sector is "EDU" or "MED" or "CVL" or "BUS")) continue;
            if (document.TextOf(c.Verb) is "believe" or "believes" or "believed" or "think" or "thinks" or "thought") continue;
            foreach (var s in speaker.Members)
                foreach (var t in subject.Members)
                {
                    if (s.Code == t.Code && !IsDomesticPair(s, t)) continue;
                    events.Add(Derived(document, index, sentence, sentenceText, s, t, EventType.Request, "100", i,
                        TextSpan.FromBounds(document.Tokens[c.Verb].Start, document.Tokens[i].End),
                        $"\"{document.TextOf(c.Verb)} … {document.TextOf(i)}\": a demand on another actor"));
                }
        }
    }

    // "agreed to further investigate …", "urged Seoul to join …", "demanded that Israel ease …": the act in the
    // complement belongs to this event and has not happened by itself. True when a complement was marked.
    private static bool MarkComplement(Document document, Sentence sentence, PatternMatch match, EventType type, bool embedded, SentenceState state)
    {
        int after = PatternMatcher.SkipAdverbs(document, match.End, sentence.EndToken);
        var entry = match.Entry;
        int from;
        if (after < sentence.EndToken && document.Tags[after] == PartOfSpeech.To) from = after;
        else if (!embedded && type is EventType.Request or EventType.Threaten) from = match.End;
        else if (document.TextOf(match.End - 1) is "to" && after < sentence.EndToken && document.Tags[after] == PartOfSpeech.Verb) from = after;
        else if (entry.HasTargetSlot && match.End > 0 && document.TextOf(match.End - 1) is "to" or "into") from = match.End;
        // "offered its troops to Lebanon to help …", "will meet officials to discuss …": a purpose clause after the object.
        else if (PurposeClause(document, match.End, sentence) is { } purpose) from = purpose;
        else return false;
        state.EmbeddedFrom = from;
        state.EmbeddedTo = ClauseEnd(document, from, sentence);
        return true;
    }

    private static int? PurposeClause(Document document, int from, Sentence sentence)
    {
        for (int i = from; i + 1 < sentence.EndToken && i < from + 20; i++)
        {
            if (document.TextOf(i) is "," or ";" || document.Tags[i] is PartOfSpeech.Subordinator or PartOfSpeech.Wh) return null;
            if (document.Tags[i] == PartOfSpeech.To && document.Tags[i + 1] == PartOfSpeech.Verb) return i;
        }
        return null;
    }

    // "prepared to impose sanctions", "ready to use force": readiness for a hostile act is a threat.
    private void MarkReadinessAsThreat(List<Event> events, SentenceState state, EventType embeddedType, ActorGroup? target)
    {
        if (state.GoverningFirst < 0 || AnnouncedAs(embeddedType) is not { Item1: EventType.Threaten } threat) return;
        for (int k = state.GoverningFirst; k < state.GoverningEnd && k < events.Count; k++)
            if (events[k].Type == EventType.Agree && IsReadiness(events[k]))
                events[k] = events[k] with
                {
                    Type = EventType.Threaten,
                    Cameo = threat.Item2,
                    Goldstein = lexicon.TryGetCameo(threat.Item2, out var g, out _) ? g : events[k].Goldstein,
                    Target = events[k].Target ?? target?.Members[0],
                    LexiconEntry = events[k].LexiconEntry + $" [readiness for {embeddedType.ToPlover()}: a threat]",
                };
    }

    private void AddAccusations(Document document, int index, Sentence sentence, string sentenceText, ActorGroup speakers, ActorGroup accusedGroup, int verb, LexiconEntry entry, List<Event> events)
    {
        foreach (var speaker in speakers.Members)
            foreach (var accused in accusedGroup.Members)
            {
                if (speaker.Code == accused.Code) continue;
                events.Add(Derived(document, index, sentence, sentenceText, speaker, accused, EventType.Accuse, "112", verb,
                    TextSpan.FromBounds(document.Tokens[verb].Start, document.Tokens[verb].End), $"claim of {entry.Type.ToPlover()} by another actor"));
            }
    }

    // An event the coder derives from another construction (an allegation, a demand) rather than from a lexicon entry.
    private Event Derived(Document document, int index, Sentence sentence, string sentenceText, Actor source, Actor target, EventType type, string cameo, int at, TextSpan trigger, string rule) =>
        NewEvent(document, index, sentence, sentenceText, source, target, type, cameo, lexicon.TryGetCameo(cameo, out var goldstein, out _) ? goldstein : 0, at, trigger, rule);

    private static Event NewEvent(Document document, int index, Sentence sentence, string sentenceText, Actor source, Actor? target, EventType type, string cameo, double goldstein, int at, TextSpan trigger, string rule) => new()
    {
        ArticleId = document.Article.Id,
        SentenceIndex = index,
        SentenceSpan = sentence.Span,
        Sentence = sentenceText,
        Source = source,
        Target = target,
        Type = type,
        Cameo = cameo,
        Goldstein = goldstein,
        Trigger = trigger,
        LexiconEntry = rule,
        Date = EventDate(document, sentence, at),
    };

    private static int ClauseEnd(Document d, int from, Sentence sentence)
    {
        for (int i = from; i < sentence.EndToken; i++)
        {
            var w = d.TextOf(i);
            if (w is ";" or ":" or "but" or "while" or "although" or "whereas") return i;
            if (w is "," && i + 1 < sentence.EndToken && d.TextOf(i + 1) is "but" or "while" or "although" or "which") return i;
        }
        return sentence.EndToken;
    }

    private static PatternMatch? BestMatch(Document document, int i, Sentence sentence, List<ActorGroup> groups, IReadOnlyList<(LexiconEntry Entry, bool IsPlural)> candidates)
    {
        var tag = document.Tags[i];
        PatternMatch? best = null;
        foreach (var (entry, _) in candidates)
        {
            if (entry.Head == EntryHead.Verb && tag is not (PartOfSpeech.Verb or PartOfSpeech.Other)) continue;
            if (entry.Head == EntryHead.Noun && tag is PartOfSpeech.Verb or PartOfSpeech.Other) continue;
            if (entry.Head == EntryHead.Adjective && tag is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Verb or PartOfSpeech.Other)) continue;
            var m = PatternMatcher.Match(document, entry, i, sentence.EndToken, groups);
            if (m is null) continue;
            if (best is null || m.Entry.Elements.Length > best.Entry.Elements.Length) best = m;
        }
        return best;
    }

    // The date named in the sentence nearest the trigger; else the publication date.
    private static PartialDate? EventDate(Document document, Sentence sentence, int trigger)
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

    private static (EventType, string)? AnnouncedAs(EventType type) => type switch
    {
        EventType.Assault => (EventType.Threaten, "138"),
        EventType.Coerce => (EventType.Threaten, "137"),
        EventType.Sanction => (EventType.Threaten, "131"),
        EventType.Protest => (EventType.Threaten, "133"),
        EventType.Concede => (EventType.Agree, "035"),
        EventType.Retreat => (EventType.Agree, "035"),
        EventType.Aid => (EventType.Agree, "033"),
        _ => null,
    };

    private static bool IsReadiness(Event e) =>
        e.LexiconEntry.StartsWith("ready to", StringComparison.Ordinal) || e.LexiconEntry.StartsWith("prepared to", StringComparison.Ordinal)
        || e.LexiconEntry.StartsWith("willing to", StringComparison.Ordinal) || e.LexiconEntry.StartsWith("eager to", StringComparison.Ordinal);

    private static bool IsExercise(Document document, int from, int end)
    {
        for (int i = from; i < end; i++)
            if (document.TextOf(i) is "exercise" or "exercises" or "drill" or "drills" or "games" or "maneuvers" or "manoeuvres" or "wargames" or "patrol" or "patrols") return true;
        if (end + 1 < document.Tokens.Length && document.TextOf(end) is "games" or "exercises" or "drills") return true;
        return false;
    }

    private static bool IsJoint(Document document, int from, int end, Sentence sentence)
    {
        for (int i = Math.Max(sentence.FirstToken, from - 2); i < Math.Min(sentence.EndToken, end + 3); i++)
            if (document.TextOf(i) is "joint" or "jointly" or "together" or "mutual" or "bilateral" or "trilateral" or "three-way" or "each" or "combined") return true;
        return false;
    }

    private static bool WillNotBefore(Document document, int trigger, Sentence sentence)
    {
        for (int i = trigger - 1; i > sentence.FirstToken && i >= trigger - 4; i--)
            if (document.TextOf(i) is "not" or "n't" or "never" && document.TextOf(i - 1) is "will" or "would" or "wo" or "shall" or "refuses" or "refused") return true;
        return false;
    }

    private static bool UnlessAfter(Document document, int from, Sentence sentence)
    {
        for (int i = from; i < sentence.EndToken; i++)
            if (document.TextOf(i).Equals("unless", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool HasObject(Document document, int at, Sentence sentence)
    {
        at = PatternMatcher.SkipAdverbs(document, at, sentence.EndToken);
        return at < sentence.EndToken && document.Tags[at] is PartOfSpeech.Determiner or PartOfSpeech.Number or PartOfSpeech.Noun or PartOfSpeech.Adjective;
    }

    private static ActorGroup? Location(Document document, int from, Sentence sentence, List<ActorGroup> groups, ActorGroup source)
    {
        for (int i = from; i < sentence.EndToken && i < from + 8; i++)
        {
            var w = document.TextOf(i);
            if (w is "," or ";" || document.Tags[i] is PartOfSpeech.Subordinator or PartOfSpeech.Wh) return null;
            if (w is not ("in" or "into" or "near" or "across" or "throughout" or "inside" or "outside" or "from")) continue;
            // A place: a state, capital, city or people's adjective — not "in what the JCS called …".
            var g = groups.Find(x => x.First > i && x.First <= i + 4 && x != source
                && MentionsIn(document, x.First, x.End).Any(m => m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Place or ActorEntryKind.Adjective or ActorEntryKind.Ambiguous));
            if (g is not null) return g;
        }
        return null;
    }

    private static ActorGroup? AboutWhom(Document document, int from, Sentence sentence, List<ActorGroup> groups, ActorGroup source)
    {
        for (int i = from; i < sentence.EndToken && i < from + 6; i++)
        {
            if (document.TextOf(i) is not ("over" or "about" or "against" or "regarding")) continue;
            return groups.Find(g => g.First > i && g.First <= i + 4 && !g.IsPlace && !g.Members.Exists(m => source.Members.Exists(x => x.Code == m.Code)));
        }
        return null;
    }

    private static ActorGroup? ConditionSubject(Document document, int from, Sentence sentence, List<ActorGroup> groups, ActorGroup source)
    {
        for (int i = from; i < sentence.EndToken; i++)
        {
            if (!document.TextOf(i).Equals("if", StringComparison.OrdinalIgnoreCase) && !document.TextOf(i).Equals("unless", StringComparison.OrdinalIgnoreCase)) continue;
            return groups.Find(g => g.First > i && g.First <= i + 3 && !g.IsPlace && !g.Members.Exists(m => source.Members.Exists(x => x.Code == m.Code)));
        }
        return null;
    }

    private static ActorGroup? ComplementSubject(Document document, int from, Sentence sentence, List<ActorGroup> groups)
    {
        for (int i = from; i < sentence.EndToken && i < from + 4; i++)
        {
            if (document.TextOf(i) is not "that") continue;
            return groups.Find(g => g.First > i && g.First <= i + 3 && !g.IsPlace);
        }
        return null;
    }

    // "the prospect of deepening cooperation", "apologised for its boats intercepting a ship": a gerund after a
    // preposition, determiner or possessive, or in a "for …" reason phrase, names an act rather than reporting one.
    private static bool IsNominalGerund(Document document, int i, Sentence sentence)
    {
        if (i <= sentence.FirstToken || !document.TextOf(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        if (document.Tags[i - 1] is PartOfSpeech.Preposition or PartOfSpeech.Determiner or PartOfSpeech.Possessive) return true;
        for (int k = i - 1; k >= sentence.FirstToken && k >= i - 6; k--)
        {
            if (document.Tags[k] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal || document.TextOf(k) is ",") return false;
            if (document.TextOf(k) is "for" or "over" or "about") return true;
        }
        return false;
    }

    private static ActorGroup? GroupInside(List<ActorGroup> groups, int from, int end, ActorGroup source) =>
        groups.Find(g => g.First >= from && g.First < end && !g.IsPlace && g != source);

    // "Putin's visit to Pyongyang", "the China–Russia joint patrol": the actor right before the noun phrase.
    private static ActorGroup? NominalSource(Document document, int noun, Sentence sentence, List<ActorGroup> groups)
    {
        for (int i = noun - 1; i >= sentence.FirstToken && i >= noun - 4; i--)
        {
            var g = groups.Find(x => x.First <= i && i < x.End && !x.IsPlace);
            // "the Washington summit", "the Madrid talks": a capital before a meeting names where it is held, not who meets.
            if (g is not null && IsVenue(document, g, noun)) return null;
            if (g is not null) return g;
            if (document.Tags[i] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Possessive or PartOfSpeech.Determiner or PartOfSpeech.ProperNoun or PartOfSpeech.Punctuation)) break;
        }
        return null;
    }

    private static bool IsVenue(Document document, ActorGroup group, int noun) =>
        group.Members.Count == 1 && group.First < noun && group.End >= noun && document.TextOf(noun) is "summit" or "summits" or "talks" or "meeting" or "conference" or "forum" or "dialogue"
        && MentionsIn(document, group.First, noun).Any(m => m.EntryKind == ActorEntryKind.Capital);

    // "cooperation between Russia and North Korea": the actors after "between".
    private static ActorGroup? Between(Document document, int end, Sentence sentence, List<ActorGroup> groups)
    {
        if (end < sentence.EndToken && document.TextOf(end) is "between" or "among")
        {
            var g = groups.Find(x => x.First > end && x.First <= end + 2 && !x.IsPlace);
            if (g is not null && g.Members.Count > 1) return g;
        }
        return null;
    }

    // "At the May summit, A and B …": the meeting's participants are the main clause's subject.
    private static bool AtEventPhrase(Document document, int noun, Sentence sentence)
    {
        int first = sentence.FirstToken;
        return noun - first <= 4 && document.TextOf(first).Equals("at", StringComparison.OrdinalIgnoreCase) || document.TextOf(first).Equals("during", StringComparison.OrdinalIgnoreCase) && noun - first <= 4;
    }

    private static int NextComma(Document document, int from, Sentence sentence)
    {
        for (int i = from; i < sentence.EndToken; i++) if (document.TextOf(i) is ",") return i;
        return sentence.EndToken;
    }

    // A noun event that is talked about rather than reported: inside a prepositional phrase or the object of an ordinary verb.
    private static bool IsReference(Document document, int noun, Sentence sentence, List<ActorGroup> groups)
    {
        int i = noun - 1;
        while (i >= sentence.FirstToken)
        {
            var g = groups.Find(x => x.First <= i && i < x.End);
            if (g is not null) { i = g.First - 1; continue; }
            if (document.Tags[i] is PartOfSpeech.Adjective or PartOfSpeech.Determiner or PartOfSpeech.Possessive or PartOfSpeech.Noun or PartOfSpeech.Number or PartOfSpeech.ProperNoun
                || document.TextOf(i) is "-" or "–") { i--; continue; }
            break;
        }
        if (i < sentence.FirstToken) return false;
        var tag = document.Tags[i];
        if (tag == PartOfSpeech.Preposition) return !AtEventPhrase(document, noun, sentence);
        if (tag == PartOfSpeech.Verb) return !LightVerbs.Contains(document.TextOf(i).ToString());
        return false;
    }

    private static IEnumerable<(Actor Source, Actor? Target)> Pairs(ActorGroup source, ActorGroup? target, EventType type)
    {
        if (target is not null)
        {
            bool any = false;
            foreach (var s in source.Members)
                foreach (var t in target.Members)
                    if (s.Code != t.Code || IsDomesticPair(s, t)) { any = true; yield return (s, t); }
            // "Kostunica promised to democratize Serbia": the target is the source's own state; the act stands alone.
            if (!any && TargetOptional.Contains(type))
                foreach (var s in source.Members) yield return (s, null);
            yield break;
        }
        // "China and Russia launched a joint patrol": acting together is an event between the conjuncts.
        if (source.Members.Count > 1 && Symmetric.Contains(type))
        {
            if (source.Members.Count > MaxPairwiseParties)
            {
                foreach (var s in source.Members) yield return (s, null);
                yield break;
            }
            for (int a = 0; a < source.Members.Count; a++)
                for (int b = a + 1; b < source.Members.Count; b++)
                    if (source.Parts[a] != source.Parts[b]) yield return (source.Members[a], source.Members[b]);
            yield break;
        }
        foreach (var s in source.Members) yield return (s, null);
    }

    // Police against demonstrators, a government against rebels: two actors of one state in different sectors.
    private const string DomesticRule = "domestic";

    // The other side of a domestic act: the state's people when the actor is its authorities, else its authorities.
    private static Actor DomesticCounterpart(Actor own)
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

    private static bool IsDomesticPair(Actor s, Actor t) => t.Rule == DomesticRule ||
        !s.Rule.StartsWith("ref:", StringComparison.Ordinal) && !t.Rule.StartsWith("ref:", StringComparison.Ordinal)
        && (s.Sector != t.Sector || s.Sector is null) && (s.Name != t.Name || s.Span != t.Span) && (s.Person is null || s.Person != t.Person);

    // "The United States has encouraged South Korea to sign … But South Korea is sticking to rejecting this idea":
    // a rejection without a target answers the last request, offer or accusation made to its source.
    private static void ResolveRejectedProposals(List<Event> events)
    {
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Type != EventType.Reject || e.Target is not null) continue;
            for (int j = k - 1; j >= 0; j--)
            {
                var earlier = events[j];
                if (e.SentenceIndex - earlier.SentenceIndex > 3) break;
                // A rejection answers a request or offer; a denial answers an accusation.
                if (earlier.Type is EventType.Request or EventType.Agree or EventType.Accuse && earlier.Target?.Code == e.Source.Code && earlier.Source.Code != e.Source.Code)
                {
                    events[k] = e with { Target = earlier.Source, LexiconEntry = e.LexiconEntry + " [target: the proposal's author]" };
                    break;
                }
            }
        }
        // "Moscow and Pyongyang deny …": co-deniers answer the same accuser.
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Type != EventType.Reject || e.Target is not null) continue;
            int from = k;
            while (from > 0 && events[from - 1].SentenceIndex == e.SentenceIndex) from--;
            Event? partner = null;
            for (int j = from; j < events.Count && events[j].SentenceIndex == e.SentenceIndex && partner is null; j++)
                if (events[j] is { Type: EventType.Reject, Target: not null } x && x.Trigger == e.Trigger && x.Target.Code != e.Source.Code) partner = x;
            if (partner is not null) events[k] = e with { Target = partner.Target, LexiconEntry = partner.LexiconEntry };
        }
    }

    // A refusal or threat still aimed at no one, once the story has been read, concerns the actor's own state
    // ("the district administration denied land allocation"): CAMEO codes it as domestic.
    // Only for rebels, parties, local bodies and the like, or when the sentence names the actor's own state again
    // ("reneged on his commitment to the Zambian people"): a government's denial or warning about foreign affairs
    // ("Moscow and Pyongyang deny any arms transfers") is left without a target rather than turned inward.
    private static void AimRemainingAtHome(Document document, List<Event> events)
    {
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Target is not null || e.Type is not (EventType.Reject or EventType.Threaten) || !e.Source.IsState) continue;
            bool stateActor = e.Source.Sector is "GOV" or "MIL" && !IsLocalBody(document, e.Source);
            // ... a people of the same state named in the sentence: "the Zambian people", "Palestinian factions".
            var sentence = document.Sentences[e.SentenceIndex];
            bool ownStateAgain = MentionsIn(document, sentence.FirstToken, sentence.EndToken).Any(m => m.Actor.Code == e.Source.Code && !m.Actor.Span.Overlaps(e.Source.Span)
                && m.Actor.Span.Start >= e.SentenceSpan.Start && m.Actor.Span.End <= e.SentenceSpan.End
                && m.Kind == MentionKind.Name && m.EntryKind == ActorEntryKind.Adjective);
            if (stateActor && !ownStateAgain) continue;
            events[k] = e with { Target = DomesticCounterpart(e.Source) };
        }
    }

    // Force used by a state's government or army in a story that names other states is not read as domestic:
    // "Russian troops shelled the town" in a story about Ukraine is not Russia against Russians.
    private static bool ForeignStateNamed(Document document, ActorCode own)
    {
        // The first two states the story names, found once per document rather than scanning it for every act.
        var (first, second) = NamedStates.GetValue(document, d =>
        {
            ActorCode? a = null;
            foreach (var m in d.Actors)
                if (m.Kind == MentionKind.Name && m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Adjective && m.Actor.IsState)
                {
                    if (a is null) a = m.Actor.Code;
                    else if (m.Actor.Code != a) return new Tuple<ActorCode?, ActorCode?>(a, m.Actor.Code);
                }
            return new Tuple<ActorCode?, ActorCode?>(a, null);
        });
        return (first is { } f && f != own) || second is not null;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, Tuple<ActorCode?, ActorCode?>> NamedStates = new();

    // The actor mentions whose first token is in [first, end): a binary search of the ordered actor layer, not a scan of the document.
    private static IEnumerable<ActorMention> MentionsIn(Document document, int first, int end)
    {
        var mentions = document.Actors;
        int lo = 0, hi = mentions.Count;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (mentions[mid].FirstToken < first) lo = mid + 1; else hi = mid; }
        for (int k = lo; k < mentions.Count && mentions[k].FirstToken < end; k++) yield return mentions[k];
    }

    // "Ankara's Cankaya district administration", "the provincial government": a local body, not the state.
    private static bool IsLocalBody(Document document, Actor actor)
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

    // The same act told twice in one article is one event with several mentions.
    private static List<Event> Merge(List<Event> events, Dictionary<TextSpan, HashSet<string>> keywords)
    {
        var merged = new List<Event>(events.Count);
        // The same act: same type, mode and actors (either way round for symmetric acts), told in the same sentence or
        // sharing what it was about ("launched a joint patrol" / "carried out joint air patrols"). The first kept one is
        // found through an index by act, then by sentence or keyword, not by comparing every event with every kept one.
        var acts = new Dictionary<(EventType, EventMode, ActorCode, ActorCode?), (Dictionary<int, int> BySentence, Dictionary<string, int> ByKeyword)>();
        foreach (var e in events.Where(x => !x.IsBackground).Concat(events.Where(x => x.IsBackground)))
        {
            var (s, t) = (e.Source.Code, e.Target?.Code);
            if (t is { } tc && Symmetric.Contains(e.Type) && string.CompareOrdinal(s.Value, tc.Value) > 0) (s, t) = (tc, s);
            var key = (e.Type, e.Mode, s, t);
            if (!acts.TryGetValue(key, out var act)) acts[key] = act = ([], new(StringComparer.OrdinalIgnoreCase));
            var words = keywords.GetValueOrDefault(e.Trigger);
            int k = act.BySentence.GetValueOrDefault(e.SentenceIndex, int.MaxValue);
            foreach (var w in words ?? []) if (act.ByKeyword.TryGetValue(w, out int j) && j < k) k = j;
            if (k == int.MaxValue)
            {
                act.BySentence.TryAdd(e.SentenceIndex, merged.Count);
                foreach (var w in words ?? []) act.ByKeyword.TryAdd(w, merged.Count);
                merged.Add(e);
            }
            else if (merged[k].SentenceIndex != e.SentenceIndex) merged[k] = merged[k] with { Mentions = merged[k].Mentions + 1 };
        }
        merged.Sort((a, b) => a.SentenceIndex != b.SentenceIndex ? a.SentenceIndex.CompareTo(b.SentenceIndex) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        return merged;
    }

    // Content words of the trigger phrase and the few words after it, singular, without the trigger verb and actor names.
    private static HashSet<string> Keywords(Document document, int trigger, int end, Sentence sentence, List<ActorGroup> groups)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int limit = Math.Min(sentence.EndToken, end + 5);
        int from = document.Tags[trigger] == PartOfSpeech.Noun ? Math.Max(sentence.FirstToken, trigger - 3) : trigger + 1;
        for (int i = from; i < limit; i++)
        {
            if ((i == trigger && document.Tags[i] == PartOfSpeech.Verb) || document.Tokens[i].Kind != TokenKind.Word || groups.Exists(g => g.First <= i && i < g.End)) continue;
            if (document.Tags[i] is not (PartOfSpeech.Noun or PartOfSpeech.Verb or PartOfSpeech.Adjective)) continue;
            var w = document.TextOf(i).ToString().ToLowerInvariant();
            if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss")) w = w[..^1];
            if (w.Length > 2 && !FunctionWords.Contains(w)) keys.Add(w);
        }
        return keys;
    }
}
