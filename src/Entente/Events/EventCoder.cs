using Entente.Actors;
using Entente.Events.Coding;
using Entente.Language;

namespace Entente.Events;

/// <summary>
/// Codes the events of a document. Each lexicon trigger becomes a typed clause frame (trigger, source, target, type,
/// mode, claimant, complement) that a list of small named rules fills in and corrects, one job each (see
/// <c>Events/Coding</c>); sentence rules then read the sentence's events together, article rules the whole article's.
/// Every event keeps the names of the rules that fired. Third-party claims of hostile acts become accusations, acts
/// referred to or embedded in another are background, and retellings of the same act are merged.
/// </summary>
internal sealed class EventCoder
{
    internal static readonly HashSet<EventType> ClaimedAsAccusation = [EventType.Aid, EventType.Assault, EventType.Coerce, EventType.Mobilize, EventType.Threaten, EventType.Sanction];
    internal static readonly HashSet<EventType> Symmetric = [EventType.Consult, EventType.Agree, EventType.Cooperate];
    // Acts that are whole without a target: "deny any arms exchanges", "launched missiles", "protesters marched".
    internal static readonly HashSet<EventType> TargetOptional = [EventType.Reject, EventType.Mobilize, EventType.Protest, EventType.Assault, EventType.Threaten, EventType.Coerce, EventType.Retreat, EventType.Agree, EventType.Concede];
    internal static readonly HashSet<EventType> Hostile = [EventType.Reject, EventType.Accuse, EventType.Request, EventType.Threaten, EventType.Protest, EventType.Sanction, EventType.Coerce, EventType.Assault];
    internal static readonly HashSet<EventType> DomesticActs = [EventType.Concede, EventType.Coerce, EventType.Assault, EventType.Protest];
    internal static readonly HashSet<EventType> LocatedActs = [EventType.Concede, EventType.Assault, EventType.Coerce, EventType.Mobilize, EventType.Sanction, EventType.Retreat, EventType.Threaten, EventType.Aid, EventType.Reject, EventType.Request];
    // Speech acts aimed at the subject of what follows: "demanded on Friday that the United States …".
    internal static readonly HashSet<EventType> SpeechActs = [EventType.Request, EventType.Accuse, EventType.Threaten, EventType.Reject];
    // Acts anyone can observe: a plain report of one is the act itself.
    internal static readonly HashSet<EventType> ObservableActs = [EventType.Assault, EventType.Mobilize, EventType.Coerce, EventType.Threaten, EventType.Sanction];

    /// <summary>Most events one sentence yields (a list of many states must not become thousands of events).</summary>
    public const int MaxEventsPerSentence = 64;
    // Past this many coordinated parties a joint act is multilateral: one event per party, not one per pair (N² events).
    private const int MaxPairwiseParties = 5;

    /// <summary>The rules that read who acts, in order.</summary>
    internal static readonly ClauseRule[] SourceRules =
    [
        new PurposeOfAHeldMeetingIsDone(), new WordOfANameIsNoAct(), new DemonymBeforeVerbFormIsANoun(), new ReducedRelativeBeforePassiveIsNoAct(), new PrenominalParticipleIsNoAct(), new PostnominalTradeParticipleIsNoAct(), new ParticipleOfAThingHasNoKnownDoer(), new NounModifierIsNoAct(), new JoiningOthersIsNoAct(), new PredicateParticipleIsNoAct(), new PatternNounIsClauseSubject(), new EndedAgreementIsNoAgreement(), new StandingAgreementIsNoAgreement(), new InsistenceOnAFactIsNoDemand(), new PastActsInGeneralAreNoAct(), new DecisionOwnerIsSource(), new PurposeInfinitiveIsBackground(), new UnownedReportIsHearsay(), new TimeParticipleSharesTheSubject(), new HarmAfterAReportedActIsItsDoers(), new CommaParticipleSharesTheSubject(), new ParticipleAfterQuoteIsTheSpeakers(), new NominalGerund(), new DiscussedGerundIsATopic(), new LightVerbAgentIsSource(), new NounOwnerIsSource(), new ByPhraseOfNounIsSource(), new LightVerbSubjectIsSource(), new ItsActIsTheSubjects(), new ForcesNamedInTheActAreTheirStates(), new TravellerDoesTheErrand(), new OpeningEventPhraseParticipants(),
        new PartiesBetween(), new OpeningPhraseActIsMainSubjects(), new MeetingInTimePhraseIsTheSubjects(), new VisitorInApposition(), new GerundOwnerIsSource(), new JointActOfTheVerbIsItsSubjects(), new ReferencedNounIsBackground(), new WhenClauseOfADateIsBackground(), new FirstTimeOfAnActIsBackground(), new ActYearsBeforeIsBackground(), new LongPastActIsBackground(), new ActMarkedAsEarlierIsBackground(), new YearsAgoIsBackground(), new RememberedActIsBackground(), new TallySinceYearsAgoIsBackground(), new RepeatedActIsATally(), new ParticipleOfBackgroundActIsBackground(), new TrendIsBackground(), new StandingPositionIsBackground(), new HabitualPresentIsBackground(), new HabitualSayingIsBackground(), new MainClausePastPerfectIsBackground(), new UndatedPerfectPastTheLeadIsBackground(), new PlainPresentPastTheLeadIsBackground(), new UndatedRelativeClauseIsBackground(), new SubjectIsSource(), new AgentsActForTheirPrincipal(), new CommandedForcesActForTheCommander(), new MeansUsedInActIsTheUsersAct(), new EnvoyActsForTheirState(), new VictimOfAnAttackIsNoDoer(), new UndergoneActIsTheSlotActorsDeed(), new SightedForcesActForTheirState(), new CompanionsActWithTheSubject(),
        new PassiveAgentIsSource(), new ReducedPassiveOfForce(), new UnnamedAttackerIsPlace(), new HostActsOnTheEnvoy(), new AnnouncerOfPassiveMeasureIsSource(), new AnnouncerIsPartyToPassiveDeal(), new BlamedActorIsSourceOfPassiveForce(), new OwnerOfForcesMovedIsSource(), new SummoningStateOfAnEnvoy(), new PassiveWithoutAgentHasNoSource(), new PassiveBetweenParties(), new SpeakerOfARefusalWarns(), new ParticipleWithAgentIsPassive(), new ReducedRelativeNeedsItsAgent(), new UndatedReducedRelativeIsBackground(), new DefiniteAttackNounIsTheEarlierAttack(), new UnattributedAttackIsPlace(), new PressDoesNoDeeds(), new WarningTailIsAttribution(), new CompanyForceIsFigurative(), new RelationDoesNoDeeds(), new EconomicFigureDoesNoDeeds(), new AnalystsDoNoDeeds(), new FormerOfficialsDoNoStateDeeds(), new PrivateVisitIsNoVisit(), new SourceRequired(),
    ];

    /// <summary>The rules that read whom the act is aimed at, then whether the act stands without one, in order.</summary>
    internal static readonly ClauseRule[] TargetRules =
    [
        new ObjectIsTarget(), new ApprovedDeedIsTheDoers(), new HandedToTheReceivingState(), new JointDrillOfOnePartyIsAShowOfForce(), new JourneyForTalksIsWithTheCounterpart(), new MeetingVenueIsNoTarget(), new WeaponMakerIsNoTarget(), new VictimOfAnInvestigatedAttackIsNoTarget(), new VictimOfANamedActIsNoTarget(), new RejectedProposalsOwnerIsTarget(), new ThatClauseSubjectIsTarget(), new OwnAnnouncedActIsAimedAtItsObject(), new ComplaintIsAboutWhom(), new ConditionSubjectIsTarget(), new UnlessClauseSubjectIsTarget(), new ThreatOnConditionOfAnAct(), new VetoIsCastInTheBody(), new PromptedActAnswersThePrompter(), new CoordinatedVerbSharesItsTarget(), new RetaliationByActIsAimedAtWhomItAnswers(), new AnsweredActNamesTheTarget(), new ResponseByActAnswersTheLastHostileAct(), new ActNounClauseNamesTheVictim(), new AttackNounSubjectNamesTheTarget(), new PurposeClauseNamesTheTarget(), new PurposeOfAMeetingIsAimedAtTheCounterpart(), new RefusalWarnsTheLastProvoker(), new ResultParticipleSharesTheTarget(), new DamageDoneByTheAttackIsPartOfIt(), new HarmedInTheMainClauseAreTheTarget(), new AgreementAtAMeetingIsWithThePartner(),
        new RestatedActKeepsItsTargets(), new ReactionIsAimedAtTheActItNames(), new WrongedNationalsPointToTheDoer(), new ProtestAnswersTheActAfter(), new DemonstrationAgainstADeedsOwner(), new AfterClauseProvokerIsTarget(), new ProtestAnswersTheLastHostileAct(), new ReleaseIsAskedOfTheCaptor(), new ConcessionIsAimedAtTheActItUndoes(), new ObjectsOwnClauseNamesTheTarget(), new EnvoyActsTowardTheirCounterpart(), new PlaceIsTarget(), new PledgedAidGoesToWhomItIsFor(), new ShowOfForceAgainst(), new InterceptedProjectilesTellTheSendersAttack(), new ForceAtABorderFacesTheOtherSide(), new CalmIsAskedOfTheFightingParties(), new OccupiedPlaceFacesTheOccupier(), new OwnPlaceIsNoTarget(), new ProtestInCustodyIsAimedAtTheJailer(), new ArmedGroupNamedIsTheTarget(), new ProtestAtAnEmbassyIsAimedAtItsState(), new DomesticActIsAimedAtHome(), new ObjectRestatingThePartiesIsNoTarget(), new DiscussedTopicIsNoTarget(), new SelfIsNoTarget(), new OwnVesselsCollidingIsNoAct(), new ContentOfRejectedClaimIsNoTarget(), new InterviewIsNoMeeting(), new CommercialDealIsNoRelation(),
        new VetoedObjectBeforePassive(), new VerbalAttackIsCriticism(), new ClashOfGovernmentsIsDispute(), new JointExerciseIsCooperation(), new MovingTogetherIsCooperation(), new ForcesForAToldExercise(), new JointActIsBetweenParties(), new ReciprocalActIsBetweenParties(), new AgreeingWithAViewIsNoAgreement(), new MultilateralMeetingNeedsNoTarget(), new AidGoesToTheStorysRecipient(), new VictimsAreTheReportingOfficialsPeople(), new TargetRequired(),
    ];

    /// <summary>The rules that read how the text presents the act (mode, claims), then what that makes of its type.</summary>
    internal static readonly ClauseRule[] PresentationRules =
    [
        new VerbChainMode(), new NoObjectIsNegated(), new DeniedNounIsNegated(), new DeniedSubjectIsNegated(), new CalledOffActIsNegated(), new AnyActIsHypothetical(), new TermsOfAnAgreementAreNoActs(), new ContinuedResponseIsAPosture(), new DeniedPlanIsNegated(), new InvertedConditionIsHypothetical(), new HeadlineInfinitiveIsIntent(), new WhetherClauseIsHypothetical(), new ImaginedActNounIsHypothetical(), new HopedForActIsHypothetical(), new HedgedActIsHypothetical(), new StatedPurposeIsHypothetical(), new DraftContentIsHypothetical(), new RiskOfActIsHypothetical(), new ObjectInfinitiveIsHypothetical(), new MeasureIsNotForce(), new SportIsNoForce(), new NaturalForceIsNoAct(), new FigurativeFireIsCriticism(), new GovernmentProtestIsComplaint(), new SpeakerOfClaim(), new AgentsDeedIsTheTellersClaim(), new AllegedActIsThirdParty(), new AllegedlyIsAClaim(), new OpinionNounContentIsAClaim(), new TestimonyIsAClaim(), new AdviceIsHypothetical(),
        new CommentatorsClaimIsThirdParty(), new UnnamedCommentatorsClaimIsThirdParty(), new QuotedCommentatorIsThirdParty(), new ReportOfObservableAct(), new QuotedCharacterisationIsAClaim(), new ClaimOfAnotherActor(), new GrievanceBehindAHostileAct(),
        new DeniedApprovalIsDisapproval(), new RefusalIsRejection(), new RefusalToTolerateIsWarning(), new LeavingABodyReducesRelations(), new DepartureWithoutForcesIsNoWithdrawal(), new ReadinessToRetaliateIsThreat(), new BareResponseToldAsDoneIsNoAct(), new CountermeasuresTakenAreSanctions(), new ConditionalAnnouncementIsUltimatum(), new ConditionalHostileActIsThreat(), new ConditionalOfferIsPledge(), new AnnouncedActIsThreatOrPledge(),
    ];

    internal static readonly ISentenceRule[] SentenceRules = [new ShowOfForceAnswersEarlierAct(), new MustOrShouldIsDemand(), new TimeToActIsDemand(), new WarningAboutAnotherIsAccusation(), new PejorativePredicateIsAccusation(), new WrongdoingSaidOfAnotherIsCriticism(), new DismissedChargeIsRejection(), new RejectedClaimIsTheClaimantsAccusation(), new CitedEvidenceIsAccusation(), new ChargeDeniedBesideIsRejection(), new AccuserDoesNotDenyItsCharge(), new BlameForActIsAccusation(), new PejorativeNameIsAccusation(), new DemandOrFaceIsThreat(), new PenaltyIsThreat(), new InSupportOrProtestOf(), new PartiesOfAHostedAct(), new ThanksForAidTellTheAid(), new AtTheRequestOfIsRequest(), new RecognitionSwitchedIsTwoActs()];
    internal static readonly IArticleRule[] ArticleRules = [new RejectionAnswersProposal(), new DenialAnswersClaimant(), new RetaliationAnswersHostileAct(), new UnaimedRefusalIsDomestic(), new AimlessReadinessIsNoAct()];

    private readonly EventLexicon _lexicon;
    private readonly CodingWords _words;
    private readonly EventFactory _factory;

    private readonly ImplicitTargets? _implicitTargets;
    private readonly SentenceTriggers _triggers;

    /// <summary>
    /// Codes every sentence with actors, even one no word of which could start an event (for tests: the output must be
    /// the same as when such sentences are passed over).
    /// </summary>
    internal bool CodesEverySentence { get; init; }

    /// <summary>The same coder, coding every sentence with actors (<see cref="CodesEverySentence"/>).</summary>
    internal EventCoder CodingEverySentence() => new(_lexicon, _words, _implicitTargets) { CodesEverySentence = true };

    /// <summary>
    /// A coder over <paramref name="lexicon"/> and the coding rules' word lists, and the act nouns through which a
    /// reaction finds the act it answers (none when <paramref name="implicitTargets"/> is null).
    /// </summary>
    public EventCoder(EventLexicon lexicon, CodingWords words, ImplicitTargets? implicitTargets = null)
    {
        _implicitTargets = implicitTargets;
        _lexicon = lexicon;
        _words = words;
        _factory = new EventFactory(lexicon);
        _triggers = new SentenceTriggers(words);
    }

    /// <summary>Analysts, companies, the press and civil society: they comment, they do not act for a state.</summary>
    internal static bool IsCommentator(ActorGroup speaker) => speaker.Members.TrueForAll(m => m.Sector is "EDU" or "MED" or "CVL" or "BUS");

    /// <summary>The events of <paramref name="document"/>, every mode included, retellings merged.</summary>
    public List<Event> Code(Document document)
    {
        var events = new List<Event>();
        var keywords = new Dictionary<TextSpan, HashSet<string>>();
        var mentions = document.Actors;
        int firstMention = 0;
        var sentences = document.Sentences;
        var candidates = new TokenCandidates(_lexicon, document);
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            while (firstMention < mentions.Count && mentions[firstMention].FirstToken < sentence.FirstToken) firstMention++;
            if (firstMention == mentions.Count || mentions[firstMention].FirstToken >= sentence.EndToken) continue;
            if (!CodesEverySentence && !_triggers.MayCarryEvent(document, sentence, candidates)) continue;
            var groups = ActorGrouper.Build(document, sentence, mentions, firstMention, _words.Accession);
            if (groups.Count == 0) continue;
            var context = new SentenceContext(document, s, sentence, groups, new ClauseReader(document, sentence, groups, _words), _words, _lexicon)
            {
                Earlier = events, ImplicitTargets = _implicitTargets,
            };
            CodeSentence(context, events, keywords, candidates);
        }
        foreach (var rule in ArticleRules) rule.Apply(document, events, _words);
        return Merge(events, keywords, FiniteVerbTriggers(document, events), s => TellsAnotherAct(document, document.Sentences[s]));
    }

    // "pardoned and released a German citizen": a verb with no object of its own, joined by "and" to the next, tells with it
    // one act on that verb's object.
    private static bool SharesTheNextVerbsObject(Document document, SyntaxLayer syntax, int verb, Sentence sentence) =>
        verb + 2 < sentence.EndToken && document.TextOf(verb + 1) is "and" && syntax.ChildWith(verb, DependencyRelation.Obj) < 0
        && syntax.HeadOf(verb + 2) == verb && syntax.RelationOf(verb + 2) == DependencyRelation.Conj;

    /// <summary>The triggers of events told by a finite verb of their own ("imposed", "exempts"): each such verb tells an act.</summary>
    private static HashSet<TextSpan> FiniteVerbTriggers(Document document, List<Event> events)
    {
        var finite = new HashSet<TextSpan>();
        if (document.Syntax is not { } syntax) return finite;
        var tokens = document.Tokens;
        foreach (var e in events)
        {
            if (e.SentenceIndex < 0 || e.SentenceIndex >= document.Sentences.Length) continue;
            var sentence = document.Sentences[e.SentenceIndex];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (tokens[i].Start < e.Trigger.Start) continue;
                if (tokens[i].Start == e.Trigger.Start && syntax.Penn[i] is "VBD" or "VBZ" or "VBP" && !SharesTheNextVerbsObject(document, syntax, i, sentence))
                    finite.Add(e.Trigger);
                break;
            }
        }
        return finite;
    }

    private sealed class SentenceState
    {
        public int EmbeddedFrom = int.MaxValue, EmbeddedTo = -1;
        public int AllegedFrom = int.MaxValue, AllegedTo = -1;
        public List<ActorCode> Accused = [];
        public int GoverningFirst = -1, GoverningEnd = -1;
        // The complement is what a denied claim says: its act's target is not whom the denial answers.
        public bool DeniedClaim;
        // A meeting held (a happened consultation) whose complement is the sentence's embedded range: who met whom.
        public (int Trigger, ActorGroup Source, ActorGroup? Counterpart)? HeldMeeting;
        public bool Inside(int token) => token >= EmbeddedFrom && token < EmbeddedTo;
    }

    private void CodeSentence(SentenceContext context, List<Event> events, Dictionary<TextSpan, HashSet<string>> keywords, TokenCandidates tokenCandidates)
    {
        var (document, sentence, groups) = (context.Document, context.Sentence, context.Groups);
        var state = new SentenceState();
        int firstEvent = events.Count;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (document.Tokens[i].Kind != TokenKind.Word) continue;
            var candidates = tokenCandidates.At(i);
            if (candidates.Count == 0) continue;
            var match = BestMatch(document, i, sentence, groups, candidates);
            if (match is null) continue;
            bool embedded = state.Inside(i);
            var f = new ClauseFrame(context, match) { Embedded = embedded, HeldMeeting = embedded ? state.HeldMeeting : null };
            i = Math.Max(i, match.End - 1);

            ClauseRule.RunAll(SourceRules, f);
            if (!f.Dropped) ClauseRule.RunAll(TargetRules, f);
            if (f.Dropped)
            {
                // Still tells what a governing "prepared to" was ready for, and still governs its own complement.
                if (f.Source is not null && f.Embedded) MarkReadinessAsThreat(events, state, f.Entry.Type, null);
                // "ordered troops to withdraw", dropped as an expulsion for want of foreign troops: the order brought the
                // withdrawal about (list 'realized-control', with an object and its infinitive), so the words after the verb
                // are read again for that act.
                if (!f.IsNounHeaded && _words.RealizedControl.Contains(document.TextOf(f.Trigger)) && document.Syntax is { } tree
                    && tree.ChildWith(f.Trigger, DependencyRelation.Xcomp) is int done and > 0 && tree.ChildWith(f.Trigger, DependencyRelation.Obj) is int forced and > 0 && forced < done)
                {
                    i = f.Trigger;
                    continue;
                }
                // "The pact allowed the two countries to deploy troops": what is allowed is no warning's complement.
                // "insisted that the army had no plans": a fact asserted is the speaker's claim (list 'cognition'), read as one.
                if (!RefusalToTolerateIsWarning.Allows(f) && !f.Fired.Contains(InsistenceOnAFactIsNoDemand.RuleName))
                    MarkComplement(document, sentence, match, f.Entry.Type, f.Embedded, state, _words);
                continue;
            }
            var source = f.Source!;
            f.InAllegedClause = f.Trigger >= state.AllegedFrom && f.Trigger < state.AllegedTo && source.Members.Exists(m => state.Accused.Contains(m.Code));
            ClauseRule.RunAll(PresentationRules, f);
            if (f.Dropped) continue;

            // "threatened to impose restrictions against German goods": the governing act is aimed where the embedded one is.
            // "warned it would respond if X hosted Y's weapons": a condition's doer is whom the threat is aimed at.
            var aimedAt = f.Embedded && OpensCondition(document, f.Trigger) ? source : f.Target;
            if (f.Embedded && aimedAt is { Members.Count: > 0 } aimed && state.GoverningFirst >= 0 && !state.DeniedClaim)
                for (int k = state.GoverningFirst; k < state.GoverningEnd && k < events.Count; k++)
                    if (events[k].Target is null && events[k].Source.Code != aimed.Members[0].Code)
                        events[k] = events[k].WithRule("complement:target-of-governing-act") with { Target = aimed.Members[0] };
            if (f.Embedded) MarkReadinessAsThreat(events, state, f.Entry.Type, f.Target);
            var trigger = TextSpan.FromBounds(document.Tokens[f.Trigger].Start, document.Tokens[match.End - 1].End);
            keywords[trigger] = Phrases.Keywords(document, f.Trigger, match.End, sentence, groups, _words);
            int added = events.Count;
            var target = f.Pairwise ? null : f.Target;
            foreach (var (src, tgt) in Pairs(source, target, f.Type, f.Pairwise))
            {
                if (events.Count - firstEvent >= MaxEventsPerSentence) break;
                events.Add(_factory.New(context, src, tgt, f.Type, f.Cameo, f.Goldstein, f.Trigger, trigger, $"{f.Entry.Pattern} ({f.Entry.Origin})", f.Fired.ToArray()) with
                {
                    Mode = f.Mode,
                    Claimant = f.Claim?.Speaker?.Members[0],
                    IsThirdPartyClaim = f.ThirdParty,
                    IsBackground = f.Background || f.Embedded,
                });
            }
            // An act the clause only refers to ("contends Kenya's ultimatum is because of …") is not what the speaker alleges.
            if (f.Accuse && f.Mode is EventMode.Happened or EventMode.Intended && !f.Embedded && !f.Background)
                AddAccusations(context, f.Claim!.Value.Speaker!, source, f.Claim.Value.Verb, f.Entry, events);

            if (MarkComplement(document, sentence, match, f.Type, f.Embedded, state, _words) && !f.Embedded)
            {
                (state.GoverningFirst, state.GoverningEnd) = (added, events.Count);
                state.HeldMeeting = f.Type == EventType.Consult && f.Mode == EventMode.Happened && !f.Background ? (f.Trigger, source, f.Target) : null;
            }
            // "accused NATO of overstepping …": what follows is the accused's alleged act; "summoned China's envoy after its
            // vessel rammed …" tells the act answered (list 'response'), as the story reports it.
            if (f.Entry.Type == EventType.Accuse && f.Target is not null)
            {
                state.AllegedFrom = match.End - 1;
                state.AllegedTo = ResponseOrClauseEnd(document, match.End, sentence, _words);
                state.Accused = f.Target.Members.Select(m => m.Code).ToList();
            }
        }
        int sentenceRulesFrom = events.Count;
        foreach (var rule in SentenceRules) rule.Apply(context, events, firstEvent, _factory);
        // What the sentence rules read from former officials' words is theirs alone, as the clause rules have it (drop:former-official).
        for (int k = events.Count - 1; k >= sentenceRulesFrom; k--)
            if (FormerOfficialsDoNoStateDeeds.IsFormer(events[k].Source) && events[k].Source.Span.Length > 0 && document.TokenAt(events[k].Source.Span.Start) is int speaker and >= 0
                && !FormerOfficialsDoNoStateDeeds.NamesWhoseFollowers(document, sentence, speaker)) events.RemoveAt(k);
        if (events.Count - firstEvent > MaxEventsPerSentence) events.RemoveRange(firstEvent + MaxEventsPerSentence, events.Count - firstEvent - MaxEventsPerSentence);
    }

    // "agreed to further investigate …", "urged Seoul to join …", "demanded that Israel ease …": the act in the
    // complement belongs to this event and has not happened by itself. True when a complement was marked.
    private static bool MarkComplement(Document document, Sentence sentence, PatternMatch match, EventType type, bool embedded, SentenceState state, CodingWords words)
    {
        int after = PatternMatcher.SkipAdverbs(document, match.End, sentence.EndToken);
        var entry = match.Entry;
        int from;
        bool deniedClaim = false;
        if (after < sentence.EndToken && document.Tags[after] == PartOfSpeech.To) from = after;
        else if (!embedded && type is EventType.Request or EventType.Threaten) from = match.End;
        // "denied sending drones", "rejects having helped", "denied that Chinese hackers had targeted …": the gerund or the
        // clause a denial governs is what was denied, not done.
        else if (type is EventType.Reject && after < sentence.EndToken && (document.TextOf(after) is "that" || document.Syntax is { } tree && tree.Penn[after] is "VBG"))
        {
            from = after;
            deniedClaim = true;
        }
        // "denied reports that Russian troops were preparing an offensive": what the denied claim says was denied, not done.
        else if (type is EventType.Reject && ClaimThatAt(document, words.Claim.Contains(document.TextOf(match.End - 1)) ? match.End - 1 : after, sentence, words) is int that)
        {
            from = that;
            deniedClaim = true;
        }
        else if (document.TextOf(match.End - 1) is "to" && after < sentence.EndToken && document.Tags[after] == PartOfSpeech.Verb) from = after;
        else if (entry.HasTargetSlot && match.End > 0 && document.TextOf(match.End - 1) is "to" or "into") from = match.End;
        // "offered its troops to Lebanon to help …", "will meet officials to discuss …": a purpose clause after the object.
        else if (Phrases.PurposeClause(document, match.End, sentence) is { } purpose) from = purpose;
        else return false;
        state.EmbeddedFrom = from;
        state.EmbeddedTo = ResponseOrClauseEnd(document, from, sentence, words);
        state.DeniedClaim = deniedClaim;
        return true;
    }

    // The "that" after a claim noun (list 'claim') opening the object at <after>, past a determiner, an adjective or a noun; null
    // when the object is no such claim.
    private static int? ClaimThatAt(Document document, int after, Sentence sentence, CodingWords words)
    {
        int k = after;
        // "dismissed as baseless a report that …", "rejected as fabricated …": the verdict before the object is passed over.
        if (k + 1 < sentence.EndToken && document.TextOf(k) is "as" && document.Tags[k + 1] is PartOfSpeech.Adjective or PartOfSpeech.Verb) k += 2;
        int opening = k;
        // "a newspaper report that", "British media reports that": the claim's words before it.
        while (k < sentence.EndToken && k < opening + 3 && document.Tags[k] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Noun && !words.Claim.Contains(document.TextOf(k))) k++;
        return k + 1 < sentence.EndToken && words.Claim.Contains(document.TextOf(k)) && document.TextOf(k + 1) is "that" ? k + 1 : null;
    }

    // The end of a complement or an allegation: its clause's end, or a word telling what it answered ("summoned the envoy
    // after its vessel rammed …", "failed to adopt the resolution after Russia vetoed it"; list 'response'), which the
    // story reports as done.
    private static int ResponseOrClauseEnd(Document document, int from, Sentence sentence, CodingWords words)
    {
        int end = Phrases.ClauseEnd(document, from, sentence, words);
        for (int w = from; w < end; w++)
        {
            if (words.Response.Contains(document.TextOf(w))) return w;
            // "urged Rwanda to withdraw … and threatened sanctions": a finite verb after "and" is the governing clause's next act.
            if (w > from && document.TextOf(w) is "and" && w + 1 < end && document.Syntax is { } tree && tree.Penn[w + 1] is "VBD" or "VBZ") return w;
            // "invited Erdogan to visit Jakarta, and the Turkish president accepted …": so is a clause after "and" with its own
            // subject, which the tree joins to the governing verb.
            if (w > from && document.TextOf(w) is "and" && document.Syntax is { } t1 && t1.HeadOf(w) is int joined and > 0 && joined > w
                && t1.RelationOf(joined) == DependencyRelation.Conj && t1.HeadOf(joined) is int governing and >= 0 && governing < from
                && t1.ChildWith(joined, DependencyRelation.Nsubj) >= 0) return w;
            if (w <= from || document.TextOf(w) is not "," || w + 1 >= end) continue;
            // "gave the diplomats 48 hours to leave the country, accusing Brussels of lies": blame after a comma is the
            // governing subject's, wherever the tree hangs it.
            if (words.BlameParticiple.Contains(document.TextOf(w + 1))) return w;
            // "accused Rwanda of sending troops to fight alongside the rebels, a charge Kigali denied": a charge set beside the
            // allegation (list 'claim-noun') names it; what is said of the charge is not part of it.
            int noun = document.TextOf(w + 1) is "a" or "an" && w + 2 < end ? w + 2 : w + 1;
            if (words.ClaimNoun.Contains(document.TextOf(noun))) return w;
            // "vowed revenge for the strike, blaming Israel": a participle after a comma that the tree hangs on the governing
            // clause, not on the complement, is the subject's next act (not a speech verb: ", saying …" still reports).
            if (document.Syntax is { } t2 && t2.Penn[w + 1] is "VBG" && t2.HeadOf(w + 1) is int head and >= 0 && head < from
                && !PersonFinder.IsSpeechVerb(document.TextOf(w + 1))) return w;
        }
        return end;
    }

    // "prepared to impose sanctions", "ready to use force": readiness for a hostile act is a threat.
    private void MarkReadinessAsThreat(List<Event> events, SentenceState state, EventType embeddedType, ActorGroup? target)
    {
        if (state.GoverningFirst < 0 || Phrases.AnnouncedAs(embeddedType, conditional: true) is not { Item1: EventType.Threaten } threat) return;
        for (int k = state.GoverningFirst; k < state.GoverningEnd && k < events.Count; k++)
            if (events[k].Type == EventType.Agree && Phrases.IsReadiness(events[k]))
                events[k] = events[k].WithRule($"complement:readiness-for-{embeddedType.ToPlover().ToLowerInvariant()}-is-threat") with
                {
                    Type = EventType.Threaten,
                    Cameo = threat.Item2,
                    Goldstein = _lexicon.TryGetCameo(threat.Item2, out var g, out _) ? g : events[k].Goldstein,
                    Target = events[k].Target ?? target?.Members[0],
                };
    }

    // A state's claim that another did something hostile: the state accuses it ("Seoul estimates that Pyongyang has sent …").
    private void AddAccusations(SentenceContext context, ActorGroup speakers, ActorGroup accusedGroup, int verb, LexiconEntry entry, List<Event> events)
    {
        var tokens = context.Document.Tokens;
        foreach (var speaker in speakers.Members)
            foreach (var accused in accusedGroup.Members)
            {
                if (speaker.Code == accused.Code || AlreadyAccuses(events, speaker, accused, tokens[verb].Start)) continue;
                events.Add(_factory.Derived(context, speaker, accused, EventType.Accuse, "112", verb,
                    TextSpan.FromBounds(tokens[verb].Start, tokens[verb].End), $"claim of {entry.Type.ToPlover()} by another actor", "claim:accusation"));
            }
    }

    // "accused Kyiv of attempting sabotage by shelling …": the verb's own accusation (from the lexicon) already says it; the
    // alleged act adds no second one.
    private static bool AlreadyAccuses(List<Event> events, Actor speaker, Actor accused, int verbStart)
    {
        foreach (var e in events)
            if (e.Type == EventType.Accuse && e.Source.Code == speaker.Code && e.Target?.Code == accused.Code && e.Trigger.Start <= verbStart && verbStart < e.Trigger.End) return true;
        return false;
    }

    /// <summary>Whether a word tagged <paramref name="tag"/> can head an entry headed by <paramref name="head"/>.</summary>
    internal static bool HeadFits(EntryHead head, PartOfSpeech tag) => head switch
    {
        EntryHead.Verb => tag is PartOfSpeech.Verb or PartOfSpeech.Other,
        EntryHead.Noun => tag is not (PartOfSpeech.Verb or PartOfSpeech.Other),
        EntryHead.Adjective => tag is PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Verb or PartOfSpeech.Other,
        _ => true,
    };

    /// <summary>The part of speech token <paramref name="i"/> heads a lexicon entry as: its tag, but a verb for a participle in
    /// -ed after a form of "be" and before "by", which the tagger may read as an adjective ("a soldier was wounded by Chilean
    /// troops").</summary>
    internal static PartOfSpeech HeadTag(Document document, int i, Sentence sentence) =>
        document.Tags[i] == PartOfSpeech.Adjective && i > sentence.FirstToken && i + 1 < sentence.EndToken && document.TextOf(i).EndsWith("ed", StringComparison.Ordinal)
        && document.TextOf(i + 1) is "by" && document.TextOf(i - 1) is "was" or "were" or "been" or "being" or "is" or "are" or "be"
        // "is set to station a brigade": a word tagged a noun between the infinitive's "to" and a determiner is the verb.
        || document.Tags[i] == PartOfSpeech.Noun && i > sentence.FirstToken && i + 1 < sentence.EndToken && document.Tags[i - 1] == PartOfSpeech.To
        && document.Tags[i + 1] is PartOfSpeech.Determiner or PartOfSpeech.Number
            ? PartOfSpeech.Verb : document.Tags[i];

    // The verb heads an adverbial clause opened by "if" or "unless".
    private static bool OpensCondition(Document document, int verb)
    {
        if (document.Syntax is not { } tree || tree.RelationOf(verb) != DependencyRelation.Advcl) return false;
        int mark = tree.ChildWith(verb, DependencyRelation.Mark);
        return mark >= 0 && ClauseReader.IsConditionMark(document.TextOf(mark));
    }

    private static PatternMatch? BestMatch(Document document, int i, Sentence sentence, List<ActorGroup> groups, IReadOnlyList<(LexiconEntry Entry, bool IsPlural)> candidates)
    {
        var tag = HeadTag(document, i, sentence);
        PatternMatch? best = null;
        // By index: a foreach over the interface would allocate an enumerator for every candidate word.
        for (int c = 0; c < candidates.Count; c++)
        {
            var entry = candidates[c].Entry;
            if (!HeadFits(entry.Head, tag)) continue;
            var m = PatternMatcher.Match(document, entry, i, sentence.EndToken, groups);
            if (m is null) continue;
            // The longer pattern is the more specific; of two as long, the one ending sooner read the object's own head
            // ("welcomed the appointment of a new envoy" is the appointment welcomed, not the envoy).
            if (best is null || m.Entry.Elements.Length > best.Entry.Elements.Length
                || m.Entry.Elements.Length == best.Entry.Elements.Length && m.End < best.End) best = m;
        }
        return best;
    }

    private static IEnumerable<(Actor Source, Actor? Target)> Pairs(ActorGroup source, ActorGroup? target, EventType type, bool pairwise)
    {
        if (target is not null)
        {
            bool any = false;
            // Two sides of one state in a group ("the army and the rebels") are two sources, but one pair of codes is told once.
            var told = new HashSet<(ActorCode, ActorCode)>();
            foreach (var s in source.Members)
                foreach (var t in target.Members)
                    if ((s.Code != t.Code || Phrases.IsDomesticPair(s, t) && !Phrases.AnotherSideActs(source, s, t, type)) && told.Add((s.Code, t.Code))) { any = true; yield return (s, t); }
            // "Kostunica promised to democratize Serbia": the target is the source's own state; the act stands alone.
            if (!any && TargetOptional.Contains(type))
                foreach (var s in source.Members) yield return (s, null);
            yield break;
        }
        // "China and Russia launched a joint patrol": acting together is an event between the conjuncts.
        if (source.Members.Count > 1 && (pairwise || Symmetric.Contains(type)))
        {
            if (source.Members.Count > MaxPairwiseParties)
            {
                foreach (var s in source.Members) yield return (s, null);
                yield break;
            }
            // A directed act done by each to the other ("exchanged fire", "cut ties") is told both ways; a symmetric one once.
            bool bothWays = pairwise && !Symmetric.Contains(type);
            for (int a = 0; a < source.Members.Count; a++)
                for (int b = a + 1; b < source.Members.Count; b++)
                    if (source.Parts[a] != source.Parts[b])
                    {
                        yield return (source.Members[a], source.Members[b]);
                        if (bothWays) yield return (source.Members[b], source.Members[a]);
                    }
            yield break;
        }
        foreach (var s in source.Members) yield return (s, null);
    }

    // Tellings further apart than this are one act only when told with the same lexicon entry or sharing two topic words
    // ("launched a joint patrol" … "conducted joint air patrols"): the lead's "kept new tariffs in place" and, paragraphs
    // later, "at first imposed 25% tariffs" are two acts.
    private const int NearbySentences = 2;

    private static int SharedKeywords(HashSet<string> words, Dictionary<string, int> firstTelling, int kept)
    {
        int shared = 0;
        foreach (var w in words) if (firstTelling.TryGetValue(w, out int j) && j == kept) shared++;
        return shared;
    }

    // The same act told twice in one article is one event with several mentions.
    private static List<Event> Merge(List<Event> events, Dictionary<TextSpan, HashSet<string>> keywords, HashSet<TextSpan> finiteTriggers, Func<int, bool> tellsAnotherAct)
    {
        var merged = new List<Event>(events.Count);
        // The same act: same type, mode and actors (either way round for symmetric acts), told in the same sentence or
        // sharing what it was about ("launched a joint patrol" / "carried out joint air patrols"), nearby or in the same words. The first kept one is
        // found through an index by act, then by sentence or keyword, not by comparing every event with every kept one.
        var acts = new Dictionary<(EventType, EventMode, ActorCode, ActorCode?), (Dictionary<int, int> BySentence, Dictionary<string, int> ByKeyword)>();
        var retold = new Dictionary<int, List<Event>>(); // kept event → its retellings, so the mentions list their sentences
        foreach (var e in events.Where(x => !x.IsBackground).Concat(events.Where(x => x.IsBackground)))
        {
            var (s, t) = (e.Source.Code, e.Target?.Code);
            if (t is { } tc && Symmetric.Contains(e.Type) && string.CompareOrdinal(s.Value, tc.Value) > 0) (s, t) = (tc, s);
            var key = (e.Type, e.Mode, s, t);
            if (!acts.TryGetValue(key, out var act)) acts[key] = act = ([], new(StringComparer.OrdinalIgnoreCase));
            var words = keywords.GetValueOrDefault(e.Trigger);
            int k = act.BySentence.GetValueOrDefault(e.SentenceIndex, int.MaxValue);
            // "launched a drone attack on Odesa, killing three": the same act told in one sentence is that sentence's event,
            // even when its words also recall an earlier telling; the headline is joined to the body's event afterwards.
            if (k == int.MaxValue)
                foreach (var w in words ?? [])
                    if (act.ByKeyword.TryGetValue(w, out int j) && j < k && (e.SentenceIndex - merged[j].SentenceIndex <= NearbySentences
                        || e.LexiconEntry == merged[j].LexiconEntry || SharedKeywords(words!, act.ByKeyword, j) >= 2))
                        k = j;
            // "imposed tariffs on X, then exempted … and later delayed the tariffs": in one sentence, finite verbs of different
            // patterns tell different acts, even between the same actors.
            if (k != int.MaxValue && merged[k].SentenceIndex == e.SentenceIndex && merged[k].Trigger != e.Trigger && merged[k].LexiconEntry != e.LexiconEntry
                && finiteTriggers.Contains(merged[k].Trigger) && finiteTriggers.Contains(e.Trigger)) k = int.MaxValue;
            if (k == int.MaxValue)
            {
                act.BySentence.TryAdd(e.SentenceIndex, merged.Count);
                foreach (var w in words ?? []) act.ByKeyword.TryAdd(w, merged.Count);
                merged.Add(e);
            }
            else
            {
                // A retelling's own words name the act too: "signed a mutual defence treaty" after the headline's "defence pact"
                // lets a later "The treaty was signed by …" find it.
                foreach (var w in words ?? []) act.ByKeyword.TryAdd(w, k);
                // The retelling's sentence now tells this act: another telling there ("…, killing two") joins it too.
                act.BySentence.TryAdd(e.SentenceIndex, k);
                if (merged[k].SentenceIndex != e.SentenceIndex) (retold.TryGetValue(k, out var told) ? told : retold[k] = []).Add(e);
            }
        }
        foreach (var (k, told) in retold) merged[k] = merged[k].WithRetellings(told);
        // "launched rocket fire against X's camps, killing or wounding 50": in one sentence, an act of the same type and
        // mode by the same actor with no target restates the aimed one.
        var aimed = new HashSet<(int, EventType, EventMode, ActorCode)>();
        // (A sentence where the aimed act was told again counts too: "Russians bomb Zaporizhzhia" … "Russian forces attacked
        // Zaporizhzhia with bombs, killing three" keeps the lead as a retelling of the headline.)
        foreach (var e in merged)
        {
            if (e.Target is null) continue;
            aimed.Add((e.SentenceIndex, e.Type, e.Mode, e.Source.Code));
            foreach (var m in e.Retellings) aimed.Add((m.SentenceIndex, e.Type, e.Mode, e.Source.Code));
        }
        if (aimed.Count > 0) merged.RemoveAll(e => e.Target is null && aimed.Contains((e.SentenceIndex, e.Type, e.Mode, e.Source.Code)));
        RetoldWithoutTarget(merged, tellsAnotherAct);
        merged.Sort((a, b) => a.SentenceIndex != b.SentenceIndex ? a.SentenceIndex.CompareTo(b.SentenceIndex) : a.Trigger.Start.CompareTo(b.Trigger.Start));
        return merged;
    }

    // "Separately, …", "Russian warships also sailed …", "a second ship": a sentence that turns to fresh news or marks its act
    // as one more (list 'another-act') tells an act of its own, not a retelling.
    private bool TellsAnotherAct(Document document, Sentence sentence) =>
        UndatedPerfectPastTheLeadIsBackground.OpensNewDevelopment(document, sentence, _words) || SentenceContext.HasWordOf(document, sentence, _words.AnotherAct);

    // Acts whose retelling often names no target: forces sent, pressure applied, force used.
    private static bool OftenRetoldWithoutTarget(EventType type) => type is EventType.Mobilize or EventType.Coerce or EventType.Assault;

    // How many sentences after an aimed act a targetless telling of it may come.
    private const int TargetlessRetellingReach = 3;

    // "Chinese and Russian warplanes entered South Korea's air defence zone … The planes flew into the zone off Jeju …":
    // an act of the same type, mode and actor with no target, told in the next few sentences after the aimed one and not
    // dated to another day nor opened as fresh news ("Separately, …"), retells it; it is kept as that event's mention.
    private static void RetoldWithoutTarget(List<Event> merged, Func<int, bool> tellsAnotherAct)
    {
        // The aimed acts by type, mode and actor, in text order: found through this index, not by comparing every pair.
        Dictionary<(EventType, EventMode, ActorCode), List<int>>? aimedActs = null;
        for (int j = 0; j < merged.Count; j++)
        {
            var a = merged[j];
            if (a.Target is null || a.IsBackground || !OftenRetoldWithoutTarget(a.Type)) continue;
            aimedActs ??= [];
            var key = (a.Type, a.Mode, a.Source.Code);
            (aimedActs.TryGetValue(key, out var list) ? list : aimedActs[key] = []).Add(j);
        }
        if (aimedActs is null) return;
        Dictionary<int, List<Event>>? retold = null;
        var removed = new HashSet<int>();
        for (int k = 0; k < merged.Count; k++)
        {
            var e = merged[k];
            if (e.Target is not null || e.IsBackground || !OftenRetoldWithoutTarget(e.Type) || !aimedActs.TryGetValue((e.Type, e.Mode, e.Source.Code), out var candidates)) continue;
            int aimedAt = -1;
            foreach (int j in candidates)
            {
                var a = merged[j];
                if (a.SentenceIndex < e.SentenceIndex && e.SentenceIndex - a.SentenceIndex <= TargetlessRetellingReach
                    && (a.Date is null || e.Date is null || a.Date == e.Date)) { aimedAt = j; break; }
            }
            if (aimedAt < 0 || tellsAnotherAct(e.SentenceIndex)) continue;
            removed.Add(k);
            retold ??= [];
            (retold.TryGetValue(aimedAt, out var told) ? told : retold[aimedAt] = []).Add(e);
        }
        if (retold is null) return;
        foreach (var (k, told) in retold) merged[k] = merged[k].WithRetellings(told);
        int write = 0;
        for (int k = 0; k < merged.Count; k++) if (!removed.Contains(k)) merged[write++] = merged[k];
        merged.RemoveRange(write, merged.Count - write);
    }
}
