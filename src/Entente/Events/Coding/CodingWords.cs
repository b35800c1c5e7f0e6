using Entente.Actors;

namespace Entente.Events.Coding;

/// <summary>A set of words looked up by span, case-insensitively, without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    // The rules ask about every word of a sentence and nearly every answer is no: the lengths of the words (bit n for n
    // characters, bit 63 for longer) and their initials (bit k for the k-th ASCII letter, either case) turn most words
    // away before hashing. Ignoring case never changes a length, and folds an ASCII letter only to its other case, so the
    // initials are used only when every word starts with an ASCII letter.
    private readonly ulong _lengths;
    private readonly uint _initials;
    private const uint AnyInitial = uint.MaxValue;

    /// <summary>Creates the set.</summary>
    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        uint initials = 0;
        foreach (var word in _words)
        {
            _lengths |= LengthBit(word.Length);
            initials |= word.Length > 0 && AsciiLetter(word[0]) is var letter and >= 0 ? 1u << letter : AnyInitial;
        }
        _initials = initials;
    }

    /// <summary>The words of all <paramref name="sets"/>: in it when in any of them, asked in one lookup.</summary>
    public static WordSet Union(IEnumerable<WordSet> sets) => new(sets.SelectMany(s => s._words));

    /// <summary>The words, as written in the list.</summary>
    public IEnumerable<string> Words => _words;

    /// <summary>True when <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((_lengths & LengthBit(word.Length)) == 0) return false;
        if (word.Length > 0 && AsciiLetter(word[0]) is var letter and >= 0 && (_initials & (1u << letter)) == 0) return false;
        return _lookup.Contains(word);
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    // 0-25 for an ASCII letter of either case, else -1.
    private static int AsciiLetter(char c) => (uint)((c | 0x20) - 'a') < 26 ? (c | 0x20) - 'a' : -1;

    /// <summary>How many words the set holds.</summary>
    public int Count => _words.Count;
}

/// <summary>
/// The word lists the coding rules read, from <c>data/events/coding-words.tsv</c> (<c>list TAB words</c>): each list
/// belongs to one rule, so the rules hold no vocabulary of their own.
/// </summary>
internal sealed class CodingWords(Dictionary<string, WordSet> lists)
{
    // The named lists below are looked up once, here: the rules read them for every word of every sentence.
    private readonly Dictionary<string, WordSet> _lists = lists;

    /// <summary>The file's name inside an events folder.</summary>
    public const string FileName = "coding-words.tsv";

    /// <summary>The lists every coder needs; a file that lacks one is rejected when loaded.</summary>
    public static readonly string[] RequiredLists =
        ["cognition", "reporting", "advice", "belief", "obligation", "light", "exercise", "joint", "reciprocal", "opening", "hedge", "measure", "meeting", "location", "about", "response", "clause-end", "function"];

    /// <summary>Loads the lists of <paramref name="file"/>; a missing list or a malformed line is an error naming the file and line.</summary>
    public static CodingWords Load(string file)
    {
        if (!File.Exists(file)) throw new DictionaryFormatException(file, "coding word lists not found");
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (f, origin) in TsvRows.Read(file, 2))
        {
            var name = f[0].Trim();
            if (name.Length == 0) throw new DictionaryFormatException(origin, "empty list name");
            if (!words.TryGetValue(name, out var list)) words[name] = list = [];
            list.AddRange(f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        foreach (var required in RequiredLists)
            if (!words.ContainsKey(required)) throw new DictionaryFormatException(file, $"no '{required}' list");
        return new CodingWords(words.ToDictionary(kv => kv.Key, kv => new WordSet(kv.Value), StringComparer.Ordinal));
    }

    /// <summary>The list called <paramref name="name"/> (empty when the file has none).</summary>
    public WordSet this[string name] => Named(_lists, name);

    private static WordSet Named(Dictionary<string, WordSet> lists, string name) => lists.TryGetValue(name, out var set) ? set : Empty;

    private static readonly WordSet Empty = new([]);

    /// <summary>Verbs after which what follows is an opinion or estimate.</summary>
    public WordSet Cognition { get; } = Named(lists, "cognition");
    /// <summary>Condemning words a speaker calls another actor or its conduct by ("hostile", "a threat").</summary>
    public WordSet Pejorative { get; } = Named(lists, "pejorative");
    /// <summary>Verbs of doing wrong to a principle, to peace or to another (rule sentence:wrongdoing-said-of-another).</summary>
    public WordSet Wrongdoing { get; } = Named(lists, "wrongdoing");
    /// <summary>Nouns of the ties one state may move from one actor to another ("switched recognition from Taipei to Beijing").</summary>
    public WordSet RelationNoun { get; } = Named(lists, "relation-noun");
    /// <summary>Nouns of a request an act was done on: "at the request of X", "at the behest of X".</summary>
    public WordSet RequestNoun { get; } = Named(lists, "request-noun");
    /// <summary>Approving words a speaker denies another actor's conduct to condemn it: "was neither free nor fair".</summary>
    public WordSet Approving { get; } = Named(lists, "approving");
    /// <summary>Verbs (lemmas) that name their object as something ("called it illegal", "labelled them a threat").</summary>
    public WordSet Naming { get; } = Named(lists, "naming");
    /// <summary>Verbs of weighing a course, "is considering joining" (rule background:topic-gerund).</summary>
    public WordSet Deliberation { get; } = Named(lists, "deliberation");
    /// <summary>Verbs (lemmas) of sighting another's forces, "detected 30 Chinese aircraft" (rule source:sighted-forces).</summary>
    public WordSet Sighting { get; } = Named(lists, "sighting");
    /// <summary>Participles that after a comma tell others did the same before, "…, joining France and Britain" (rule drop:joining-others).</summary>
    public WordSet Alignment { get; } = Named(lists, "alignment");
    /// <summary>Verbs (lemmas) of one deed bringing about another's act, "prompting Seoul to suspend …" (rule target:prompted-response).</summary>
    public WordSet Prompting { get; } = Named(lists, "prompting");
    /// <summary>Verbs of a speaker's label on a thing, "what it said were", "what Seoul called" (rule target:location reads past them).</summary>
    public WordSet Label { get; } = Named(lists, "label");
    /// <summary>Words that make a "war" one of trade ("trade war", "tariff war").</summary>
    public WordSet EconomicConflict { get; } = Named(lists, "economic-conflict");
    /// <summary>Verbs of hoping or wishing, whose clause tells a wish ("hope Seoul will join").</summary>
    public WordSet Wishing { get; } = Named(lists, "wishing");
    /// <summary>Verbs that tell an act again ("reiterated the accusation").</summary>
    public WordSet Restating { get; } = Named(lists, "restating");
    /// <summary>Plain reporting verbs.</summary>
    public WordSet Reporting { get; } = Named(lists, "reporting");
    /// <summary>CAMEO codes of acts that are wrongdoing in themselves (defying norms and law).</summary>
    public WordSet WrongdoingCodes { get; } = Named(lists, "wrongdoing-codes");

    /// <summary>CAMEO codes of covert acts (cyber attacks), which a report alleges rather than tells (rule claim:report-of-observable-act).</summary>
    public WordSet CovertCodes { get; } = Named(lists, "covert-codes");
    /// <summary>Verbs of undergoing a penalty, after "or" in a demand ("or face sanctions").</summary>
    public WordSet Consequence { get; } = Named(lists, "consequence");
    /// <summary>Nouns of "in support of", "in solidarity with".</summary>
    public WordSet MannerSupport { get; } = Named(lists, "manner-support");
    /// <summary>Nouns of "in protest against".</summary>
    public WordSet MannerProtest { get; } = Named(lists, "manner-protest");
    /// <summary>Penalties a speaker may say another actor will face.</summary>
    public WordSet Penalty { get; } = Named(lists, "penalty");
    /// <summary>Verbs by which a penalty comes ("sanctions could follow").</summary>
    public WordSet PenaltyComes { get; } = Named(lists, "penalty-comes");
    /// <summary>Penalties said to be paid or met ("will pay a heavy price", "would be met with resolute measures").</summary>
    public WordSet PenaltyForetold { get; } = Named(lists, "penalty-foretold");
    /// <summary>Words that make a price a penalty ("a heavy price", "a steep price").</summary>
    public WordSet PriceSeverity { get; } = Named(lists, "price-severity");
    /// <summary>Time words before a participle clause that shares the main clause's subject ("after meeting …").</summary>
    public WordSet ParticipleTime { get; } = Named(lists, "participle-time");
    /// <summary>Words of a time phrase naming a meeting held by the clause's subject ("after talks with …").</summary>
    public WordSet MeetingTime { get; } = Named(lists, "meeting-time");
    /// <summary>Verbs (lemmas) that say what their subject is of a condemning object ("poses a threat").</summary>
    public WordSet Posing { get; } = Named(lists, "posing");
    /// <summary>Verbs (lemmas) that undo the agreement they take as object ("ended its defence agreement").</summary>
    public WordSet Ending { get; } = Named(lists, "ending");
    /// <summary>Nouns of a stance an actor holds, given up to someone unnamed (rule target:domestic).</summary>
    public WordSet Stance { get; } = Named(lists, "stance");
    /// <summary>Participles that say a place is held by another state (rule target:occupied-place).</summary>
    public WordSet Occupied { get; } = Named(lists, "occupied");
    /// <summary>The state holding the occupied places of a state, by the owner's code (list 'occupier', OWNER:OCCUPIER).</summary>
    public IReadOnlyDictionary<string, ActorCode> Occupiers { get; } = Named(lists, "occupier").Words
        .Select(pair => pair.Split(':')).Where(parts => parts.Length == 2).ToDictionary(parts => parts[0].ToUpperInvariant(), parts => new ActorCode(parts[1].ToUpperInvariant()));
    /// <summary>Lemmas of verbs by which an agreement lasts or fails (rule drop:standing-agreement).</summary>
    public WordSet Persisting { get; } = Named(lists, "persisting");
    /// <summary>Lemmas of verbs whose "that" clause is a demand or an assertion by its verb form (rule drop:insistence-on-fact).</summary>
    public WordSet Insistence { get; } = Named(lists, "insistence");
    /// <summary>Words of a trade measure on goods, a sanction though no state is named ("export controls on gallium").</summary>
    public WordSet TradeMeasure { get; } = Named(lists, "trade-measure");
    /// <summary>Nouns of aid that thanks may be for ("thanked Denmark for its military aid").</summary>
    public WordSet ThankedAid { get; } = Named(lists, "thanked-aid");
    /// <summary>Spans a present perfect tells a trend over ("in recent years", "over the past decade", "for years").</summary>
    public WordSet TrendSpan { get; } = Named(lists, "trend-span");
    /// <summary>Adverbs that make a present perfect a habit ("have clashed repeatedly").</summary>
    public WordSet Habitual { get; } = Named(lists, "habitual");
    /// <summary>Adverbs that make a plain present a habit ("usually denies", "always rejects").</summary>
    public WordSet HabitualPresent { get; } = Named(lists, "habitual-present");

    /// <summary>Adverbs of force that make a plain present a statement made now ("strongly condemns", "sternly denounces").</summary>
    public WordSet PerformativeDegree { get; } = Named(lists, "performative-degree");
    /// <summary>Verbs (lemmas) of a stance that a plain present states as standing ("Beijing opposes …", "India backs …").</summary>
    public WordSet StandingStance { get; } = Named(lists, "standing-stance");
    /// <summary>Nouns of places a meeting is held in ("on the island of St. Vincent", "in the port city of Aden").</summary>
    public WordSet VenueNoun { get; } = Named(lists, "venue-noun");
    /// <summary>Words before a plural act noun that make it past acts in general ("past attacks").</summary>
    public WordSet PastActs { get; } = Named(lists, "past-acts");
    /// <summary>Predicates that lay an act at someone's door ("was behind the attack", "responsible for").</summary>
    public WordSet BlamePredicate { get; } = Named(lists, "blame-predicate");
    /// <summary>Nouns that gather acts into one told whole ("a wave of attacks", "a series of strikes").</summary>
    public WordSet ActSeries { get; } = Named(lists, "act-series");
    /// <summary>Verbs (lemmas) of a purpose aimed at another actor ("to deter Iran", "to counter China").</summary>
    public WordSet Deterrence { get; } = Named(lists, "deterrence");
    /// <summary>Words for doers a sentence does not name: "entities supplying parts" (rule drop:participle-of-a-thing).</summary>
    public WordSet UnnamedDoer { get; } = Named(lists, "unnamed-doer");
    /// <summary>Words tying people to whom they act for: "working for", "recruited by", "acting on behalf of" (rule source:agents-principal).</summary>
    public WordSet AgentLink { get; } = Named(lists, "agent-link");
    /// <summary>Words of an act let pass ("will not go unanswered", "go unpunished"): refused, a warning (rule type:refusal-to-tolerate).</summary>
    public WordSet Unanswered { get; } = Named(lists, "unanswered");
    /// <summary>Words by which fire answers fire ("returned fire"): the act answers the latest hostile act against the doer.</summary>
    public WordSet FireReturned { get; } = Named(lists, "fire-returned");
    /// <summary>Verbs (lemmas) of vowing or warning: a measure they govern ("vowed that it would take countermeasures") is a threat.</summary>
    public WordSet Vow { get; } = Named(lists, "vow");
    /// <summary>Gerunds of joining a body a topic phrase holds ("talks on joining the EU"): the body is no other clause's object.</summary>
    public WordSet JoiningTopic { get; } = Named(lists, "joining-topic");
    /// <summary>Verbs (lemmas) of command: unnamed forces "ordered to withdraw" are the commander's.</summary>
    public WordSet Command { get; } = Named(lists, "command");
    /// <summary>Verbs (lemmas) of using means in an act ("used a missile in an attack on X").</summary>
    public WordSet MeansUse { get; } = Named(lists, "means-use");
    /// <summary>Verbs that bring about the act of their object's infinitive ("forced Chile to withdraw").</summary>
    public WordSet RealizedControl { get; } = Named(lists, "realized-control");
    /// <summary>Verbs of permission among those: a permission given now or to come ("allows X to station troops") brings nothing about yet.</summary>
    public WordSet Permission { get; } = Named(lists, "permission");
    /// <summary>Nouns of what one actor puts to another: offers, demands, accusations.</summary>
    public WordSet Proposal { get; } = Named(lists, "proposal");
    /// <summary>Nouns of a decision taken, whose infinitive is the decided act ("a ruling to imprison …").</summary>
    public WordSet Decision { get; } = Named(lists, "decision");
    /// <summary>Lemmas of verbs whose object is the subject of the infinitive after it ("ordered the paper to close").</summary>
    public WordSet ObjectControl { get; } = Named(lists, "object-control");
    /// <summary>Nouns of a relation between actors, which does no deeds of its own ("their partnership has helped …").</summary>
    public WordSet Relation { get; } = Named(lists, "relation");
    /// <summary>Economic figures that, heading a subject, make its clause no one's act (rule drop:economic-figure-as-subject).</summary>
    public WordSet EconomicFigure { get; } = Named(lists, "economic-figure");
    /// <summary>Nouns of people who act themselves when a participle describes them ("rebels fighting the government").</summary>
    public WordSet Agents { get; } = Named(lists, "agents");
    /// <summary>Nouns of a risk or chance, whose "of" act is a possibility ("a chance of being tortured").</summary>
    public WordSet Risk { get; } = Named(lists, "risk");
    /// <summary>Lemmas of verbs and nouns that call an act off ("was postponed", "the cancellation of").</summary>
    public WordSet CallingOff { get; } = Named(lists, "calling-off");
    /// <summary>Lemmas of verbs that call an act off with the particle "off" or "back" ("called off", "pushed back").</summary>
    public WordSet CallingOffWithParticle { get; } = Named(lists, "calling-off-particle");
    /// <summary>Lemmas of an act's place on the calendar ("is not planned", "not on the agenda").</summary>
    public WordSet Calendar { get; } = Named(lists, "calendar");
    /// <summary>Forces of nature: what they do is no actor's act.</summary>
    public WordSet NaturalForce { get; } = Named(lists, "natural-force");
    /// <summary>Words of games and sport: force beside them is play.</summary>
    public WordSet Sport { get; } = Named(lists, "sport");
    /// <summary>Spans of time that set an act "N … ago" in history.</summary>
    public WordSet LongSpan { get; } = Named(lists, "long-span");
    /// <summary>Verbs (lemmas) of remembering: what they recall is history.</summary>
    public WordSet Remembering { get; } = Named(lists, "remembering");
    /// <summary>Nouns of a circumstance or partnership phrase ("in the face of", "in coordination with"): no target inside.</summary>
    public WordSet CircumstanceNoun { get; } = Named(lists, "circumstance-noun");
    /// <summary>Nouns of an opinion or a guess whose "that" clause is a view, not a report ("concern that", "speculation that").</summary>
    public WordSet OpinionNoun { get; } = Named(lists, "opinion-noun");
    /// <summary>Bodies that hear testimony ("the court heard that …"), rule claim:testimony.</summary>
    public WordSet TestimonyBody { get; } = Named(lists, "testimony-body");
    /// <summary>Words naming an era before one of <see cref="EraHead"/> ("Cold War", "Soviet era"), rule background:years-ago.</summary>
    public WordSet EraWord { get; } = Named(lists, "era-word");
    /// <summary>Heads of an era's name ("War", "era", "times").</summary>
    public WordSet EraHead { get; } = Named(lists, "era-head");
    /// <summary>Prepositions that set an act in a named era ("during the Cold War").</summary>
    public WordSet EraOpener { get; } = Named(lists, "era-opener");
    /// <summary>Nouns of a call, whose time phrase may open with "in" ("in a phone call with X").</summary>
    public WordSet CallNoun { get; } = Named(lists, "call-noun");
    /// <summary>Verbs that make an accord or open talks now ("signed a ceasefire brokered by …"), rule
    /// background:undated-reduced-relative.</summary>
    public WordSet AccordMaking { get; } = Named(lists, "accord-making");
    /// <summary>Verbs of a broker or host who makes a thing with its parties ("a truce brokered by Qatar"); never the target of
    /// an act against the thing.</summary>
    public WordSet Brokering { get; } = Named(lists, "brokering");
    /// <summary>Determiners of an act imagined rather than told ("a … attack would …"), rule mode:imagined-act-noun.</summary>
    public WordSet Indefinite { get; } = Named(lists, "indefinite");
    /// <summary>Words that lay a passive act of force at someone's door, rule source:blamed-for-passive-force.</summary>
    public WordSet Blaming { get; } = Named(lists, "blaming");
    /// <summary>Drafts whose relative clause tells what they would do ("a resolution that aims to …").</summary>
    public WordSet Draft { get; } = Named(lists, "draft");
    /// <summary>Lemmas of verbs that adopt a draft, making what it says done ("passed a bill that bars …").</summary>
    public WordSet Adopting { get; } = Named(lists, "adopting");
    /// <summary>Nouns of a claim or report an actor may reject ("dismissed accusations it …").</summary>
    public WordSet Claim { get; } = Named(lists, "claim");
    /// <summary>Gatherings whose infinitive is what they do ("a rally to protest the verdict").</summary>
    public WordSet Gathering { get; } = Named(lists, "gathering");
    /// <summary>Words that make a noun count who did an act ("the first country to sign"): its infinitive happened.</summary>
    public WordSet Ordinal { get; } = Named(lists, "ordinal");

    /// <summary>The noun of "it is time (for X) to …", a demand (rule sentence:time-to-act).</summary>
    public WordSet TimeTo { get; } = Named(lists, "time-to");

    /// <summary>Verbs of discussion whose object is a topic, not a partner ("discussed Iran's programme").</summary>
    public WordSet Topic { get; } = Named(lists, "topic");

    /// <summary>Verbs of travel (lemmas) whose "for" phrase names the errand ("flew to Cairo for talks").</summary>
    public WordSet Travel { get; } = Named(lists, "travel");

    /// <summary>Nouns for a settlement or area that a place name after them names ("the city of X").</summary>
    public WordSet Settlement { get; } = Named(lists, "settlement");

    /// <summary>Words that place an act in time ("last month", "on Monday", "recently"): a clause holding one is dated.</summary>
    public WordSet Dated { get; } = Named(lists, "dated");
    /// <summary>Nouns of a blast or weapon that may be an attack's subject with no attacker named ("a car bomb killed …").</summary>
    public WordSet AttackNouns { get; } = Named(lists, "attack-nouns");
    /// <summary>Verbs of warning.</summary>
    public WordSet Warning { get; } = Named(lists, "warning");
    /// <summary>Words calling a charge false ("groundless", "a fabrication").</summary>
    public WordSet Dismissive { get; } = Named(lists, "dismissive");
    /// <summary>Verbs (lemmas) of bringing down what was fired ("destroyed", "shot down").</summary>
    public WordSet Interception { get; } = Named(lists, "interception");

    /// <summary>Verbs of a host or mediator of others' talks or deal ("hosted talks between …"): list 'hosting'.</summary>
    public WordSet Hosting { get; } = Named(lists, "hosting");

    /// <summary>Nouns for a deal others reach with a mediator's help ("brokered a deal between …"): list 'brokered-agreement'.</summary>
    public WordSet BrokeredAgreement { get; } = Named(lists, "brokered-agreement");

    /// <summary>Adverbs that set an act before the news ("previously hosted", "once sent"): list 'earlier-act'.</summary>
    public WordSet EarlierAct { get; } = Named(lists, "earlier-act");

    /// <summary>Nouns for an attack whose repelling tells it ("repelled 46 Russian assaults"): list 'repelled-force'.</summary>
    public WordSet RepelledForce { get; } = Named(lists, "repelled-force");
    /// <summary>Things fired at a target: drones, missiles, rockets.</summary>
    public WordSet Projectile { get; } = Named(lists, "projectile");
    /// <summary>Nouns of one who speaks for a body, named by their "for" phrase ("a spokesperson for the ministry").</summary>
    public WordSet SpeaksFor { get; } = Named(lists, "speaks-for");
    /// <summary>Nouns of an envoy or mission accredited to a state.</summary>
    public WordSet Envoy { get; } = Named(lists, "envoy");
    /// <summary>Nouns of a purpose whose infinitive complement is meant, not done ("the mission is to …").</summary>
    public WordSet Purpose { get; } = Named(lists, "purpose");
    /// <summary>Verbs of an official finding, a claim when they take a "that" clause ("determined that …"): list 'finding'.</summary>
    public WordSet Finding { get; } = Named(lists, "finding");
    /// <summary>Verbs of advice.</summary>
    public WordSet Advice { get; } = Named(lists, "advice");
    /// <summary>Nouns of help given to a state ("aid for Ukraine"): list 'aid-noun'.</summary>
    public WordSet AidNoun { get; } = Named(lists, "aid-noun");
    /// <summary>Nouns of armed forces a withdrawal or deployment names ("of its forces"): list 'force-noun'.</summary>
    public WordSet ForceNoun { get; } = Named(lists, "force-noun");
    /// <summary>Verbs of an errand a journey is made for ("to discuss … with X"): list 'errand-verb'.</summary>
    public WordSet ErrandVerb { get; } = Named(lists, "errand-verb");
    /// <summary>Verbs of belief.</summary>
    public WordSet Belief { get; } = Named(lists, "belief");
    /// <summary>Modals of obligation.</summary>
    public WordSet Obligation { get; } = Named(lists, "obligation");
    /// <summary>Verbs of obligation before "to" ("needs to", "has to").</summary>
    public WordSet ObligationVerb { get; } = Named(lists, "obligation-verb");
    /// <summary>Verbs of exchange, whose coordinated subjects act on each other ("exchanged fire").</summary>
    public WordSet Exchange { get; } = Named(lists, "exchange");
    /// <summary>Heads of patterns told by who undergoes the act ("came under fire from X").</summary>
    public WordSet Undergo { get; } = Named(lists, "undergo");
    /// <summary>Verbs that ask for no act after an obligation ("must understand").</summary>
    public WordSet ObligationNoAct { get; } = Named(lists, "obligation-no-act");
    /// <summary>Light verbs that make a governed event noun happen.</summary>
    public WordSet Light { get; } = Named(lists, "light");
    /// <summary>Nouns of military exercises.</summary>
    public WordSet Exercise { get; } = Named(lists, "exercise");
    /// <summary>Words that make an act joint.</summary>
    public WordSet Joint { get; } = Named(lists, "joint");

    /// <summary>Words opening a sentence that turns to fresh news: "Meanwhile", "In a related development" (rule background:undated-perfect).</summary>
    public WordSet NewDevelopment { get; } = Named(lists, "new-development");
    /// <summary>Verbs of handing people over to another state (rule target:receiving-state).</summary>
    public WordSet Handover { get; } = Named(lists, "handover");
    /// <summary>Words that mark an act as one more, not the one told before (the merge of acts retold with no target).</summary>
    public WordSet AnotherAct { get; } = Named(lists, "another-act");

    /// <summary>Nouns ending the name of a meeting a body holds: "the UN General Assembly" (rule target:meeting-venue).</summary>
    public WordSet MeetingName { get; } = Named(lists, "meeting-name");

    /// <summary>Words dating an act to the story's own days: "on Wednesday", "overnight" (rule background:past-perfect).</summary>
    public WordSet NearDate { get; } = Named(lists, "near-date");

    /// <summary>The word opening a condition the actor must meet (rules target:unless-subject and type:ultimatum).</summary>
    public WordSet Unless { get; } = Named(lists, "unless");
    /// <summary>Nouns of a relation between the parties themselves ("ties", "relations").</summary>
    public WordSet Reciprocal { get; } = Named(lists, "reciprocal");
    /// <summary>Words that open an adverbial phrase whose act belongs to the main clause's subject.</summary>
    public WordSet Opening { get; } = Named(lists, "opening");
    /// <summary>Adverbs marking an act as alleged, not reported ("allegedly offered").</summary>
    public WordSet Allegedly { get; } = Named(lists, "allegedly");
    /// <summary>Hedges before "to" ("appears to", "is likely to").</summary>
    public WordSet Hedge { get; } = Named(lists, "hedge");
    /// <summary>Measures that hit a state without force ("legislation", "tariffs").</summary>
    public WordSet Measure { get; } = Named(lists, "measure");
    /// <summary>Nouns of meetings.</summary>
    public WordSet Meeting { get; } = Named(lists, "meeting");
    /// <summary>Prepositions before a place.</summary>
    public WordSet Location { get; } = Named(lists, "location");
    /// <summary>Prepositions naming where aid is sent ("to Gaza").</summary>
    public WordSet AidDestination { get; } = Named(lists, "aid-destination");
    /// <summary>Prepositions naming the place force is used on ("a strike on Kharkiv").</summary>
    public WordSet ForceDestination { get; } = Named(lists, "force-destination");
    /// <summary>Participles before "at"/"to" naming a purpose ("aimed at", "designed to").</summary>
    public WordSet PurposeVerb { get; } = Named(lists, "purpose-verb");
    /// <summary>Participles of speech, the speaker's next act after a reported clause ("…, urging Peru to stop").</summary>
    public WordSet SpeakerParticiple { get; } = Named(lists, "speaker-participle");
    /// <summary>Verbs of a commitment to a beneficiary, whose target is no party's partner (rule pairs:joint-act).</summary>
    public WordSet Commitment { get; } = Named(lists, "commitment");
    /// <summary>Verbs that deny or dismiss what another said (rule article:denial-answers-claimant).</summary>
    public WordSet DenialVerb { get; } = Named(lists, "denial-verb");
    /// <summary>Verbs that name a charge by a dismissive word and so deny it: "an allegation Vilnius called absurd".</summary>
    public WordSet CallingVerb { get; } = Named(lists, "calling-verb");
    /// <summary>Nouns of what another said: "the report", "the allegations" (rule article:denial-answers-claimant).</summary>
    public WordSet ClaimNoun { get; } = Named(lists, "claim-noun");
    /// <summary>Words of a threat that answers an act (rule article:retaliation-answers-act).</summary>
    public WordSet Retaliation { get; } = Named(lists, "retaliation");
    /// <summary>Nouns of an answer to another's act, after "in" and before "to"/"for" (rule target:answered-act).</summary>
    public WordSet AnswerNoun { get; } = Named(lists, "answer-noun");
    /// <summary>Nouns of forces and military craft whose owner moves them (rule source:owner-of-forces-moved).</summary>
    public WordSet MovedForce { get; } = Named(lists, "moved-force");
    /// <summary>Nouns of reports whose "that" clause, questioned, tells no act as done (rule background:unowned-report).</summary>
    public WordSet HearsayNoun { get; } = Named(lists, "hearsay-noun");
    /// <summary>Words of doubt before a report (rule background:unowned-report).</summary>
    public WordSet Doubted { get; } = Named(lists, "doubted");
    /// <summary>Verbs of a speaker's own act joined to a reported clause in the past perfect (ClauseReader).</summary>
    public WordSet SpeakerAct { get; } = Named(lists, "speaker-act");
    /// <summary>Nouns of grounds cited for an act, before "that" (rule sentence:cited-evidence-accuses).</summary>
    public WordSet CitedGrounds { get; } = Named(lists, "cited-grounds");
    /// <summary>Verbs of people harmed by an attack (rules target:victims-officials, target:harmed-in-main-clause).</summary>
    public WordSet HarmVerb { get; } = Named(lists, "harm-verb");
    /// <summary>Nouns of an agreement whose terms "Under the …," sets out (rule mode:terms-of-an-agreement).</summary>
    public WordSet AgreementNoun { get; } = Named(lists, "agreement-noun");
    /// <summary>Words of an obligation a term binds a party to (rule mode:terms-of-an-agreement).</summary>
    public WordSet Obliged { get; } = Named(lists, "obliged");
    /// <summary>Adverbs telling a deed was done wrongfully ("secretly", "deliberately"; rule sentence:wrongdoing-said-of-another).</summary>
    public WordSet WrongfulManner { get; } = Named(lists, "wrongful-manner");
    /// <summary>Participles of harm that tell more of an alleged act (ClauseReader, a participle after an allegation).</summary>
    public WordSet HarmParticiple { get; } = Named(lists, "harm-participle");
    /// <summary>Lemmas of verbs charging another with a deed told by a gerund (ClauseReader, a participle after an allegation).</summary>
    public WordSet ChargingVerb { get; } = Named(lists, "charging-verb");
    /// <summary>Nouns of a fight between two sides: one killed in it was killed by the other (passive agents, ClauseReader).</summary>
    public WordSet FightNoun { get; } = Named(lists, "fight-noun");
    /// <summary>Acts a state does at home, aimed at the state they happen in when their doer is not named (rule target:implicit).</summary>
    public WordSet ActAtHome { get; } = Named(lists, "act-at-home");
    /// <summary>Nouns of unnamed commentators whose readings are no acts (rule claim:unnamed-commentator).</summary>
    public WordSet CommentatorNoun { get; } = Named(lists, "commentator-noun");
    /// <summary>Verbs of putting up with something: refused, they warn (rule type:refusal-to-tolerate).</summary>
    public WordSet Tolerance { get; } = Named(lists, "tolerance");
    /// <summary>Words of a protest lodged with no one named (rule target:protest-answers-act).</summary>
    public WordSet ProtestLodged { get; } = Named(lists, "protest-lodged");
    /// <summary>Prepositions before whom a complaint is about.</summary>
    public WordSet About { get; } = Named(lists, "about");
    /// <summary>Words of response to an earlier act.</summary>
    public WordSet Response { get; } = Named(lists, "response");
    /// <summary>Words that open an adverbial clause of time or cause ("after", "because"): list 'adverbial-opener'.</summary>
    public WordSet AdverbialOpener { get; } = Named(lists, "adverbial-opener");

    /// <summary>Participles of blame that, after a comma, are the governing subject's next act, not the complement's
    /// ("… to leave the country, accusing Brussels of lies").</summary>
    public WordSet BlameParticiple { get; } = Named(lists, "blame-participle");
    /// <summary>Verbs of a show of force that answers another's act (rule target:protested-act-after).</summary>
    public WordSet AnsweringForce { get; } = Named(lists, "answering-force");

    /// <summary>What an act is said to breach when the breach is a judgement, not something seen: "violated China's
    /// sovereignty", "breached the ceasefire" (rule claim:report-of-observable-act).</summary>
    public WordSet JudgedBreach { get; } = Named(lists, "judged-breach");
    /// <summary>Words that end a clause.</summary>
    public WordSet ClauseEnd { get; } = Named(lists, "clause-end");
    /// <summary>Words that are not keywords of an act.</summary>
    public WordSet Function { get; } = Named(lists, "function");
    /// <summary>Second parts of compounds naming a thing's maker ("Iranian-made").</summary>
    public WordSet Maker { get; } = Named(lists, "maker");
    /// <summary>Ships and aircraft, whose owner a seizure or an attack does not name.</summary>
    public WordSet Craft { get; } = Named(lists, "craft");
    /// <summary>People held who belong to someone the sentence may not name ("the crew", "hostages").</summary>
    public WordSet HeldPeople { get; } = Named(lists, "held-people");
    /// <summary>Nouns of joining an organisation, which a possessor seeks ("Sweden's NATO membership bid").</summary>
    public WordSet Accession { get; } = Named(lists, "accession");
}
