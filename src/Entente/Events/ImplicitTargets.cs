using Entente.Actors;
using Entente.Events.Coding;
using Entente.Language;

namespace Entente.Events;

/// <summary>
/// Finds the target a reaction leaves implicit: "Japan condemned the launch", "Seoul protested the test", "Washington
/// welcomed the agreement" react to an act told earlier, and are aimed at that act's actor. The object must be a definite
/// or demonstrative phrase ("the …", "this …", "such …", "Sunday's …") headed by a noun from <c>act-nouns.tsv</c>; the act is
/// the latest earlier one, by another actor, of a type the noun can name. The coder asks it only when it found no target.
/// </summary>
internal sealed class ImplicitTargets
{
    /// <summary>The name of this rule in provenance (<see cref="Event.Rules"/>, the target's <see cref="Actor.Rule"/>).</summary>
    public const string RuleName = "target:implicit-act";

    /// <summary>The file name of the act nouns in a data folder's <c>events/</c>.</summary>
    public const string FileName = "act-nouns.tsv";

    // Reactions whose object can be an act: condemning, protesting, rejecting, welcoming, threatening over it.
    private static readonly HashSet<EventType> Reactions = [EventType.Accuse, EventType.Protest, EventType.Reject, EventType.Support, EventType.Threaten];
    // "the move", "the decision": any act but another reaction to one.
    private static readonly HashSet<EventType> AnyAct = [.. Enum.GetValues<EventType>().Where(t => t is not (EventType.Accuse or EventType.Protest or EventType.Support))];

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "this", "that", "these", "those", "such", "its", "their", "his", "her", "our", "latest", "recent",
    };
    // Words that may stand between the reaction and the phrase: "protested against the test", "anger over the move".
    private static readonly HashSet<string> Links = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "against", "over", "about", "at", "to", "on", "for", "with", "strongly", "firmly", "sharply", "swiftly", "quickly", "also", "all",
    };

    /// <summary>How many words may stand between the reaction and the act noun.</summary>
    private const int Window = 8;

    /// <summary>How many sentences back the act may be told.</summary>
    public const int MaxSentencesBack = 12;

    private readonly Dictionary<string, ActNounEntry> _nouns;

    // One row of act-nouns.tsv: the acts the noun can name, its row, whether it names an act done to someone, and whether it
    // names any kind of act ("*").
    private readonly record struct ActNounEntry(HashSet<EventType> Types, string Origin, bool DoneToSomeone, bool AnyKind);

    private ImplicitTargets(Dictionary<string, ActNounEntry> nouns) => _nouns = nouns;

    /// <summary>How many noun forms are known.</summary>
    public int Count => _nouns.Count;

    /// <summary>True when <paramref name="noun"/> (singular or plural, as written) names an act of any type.</summary>
    public bool NamesAnAct(ReadOnlySpan<char> noun) => _nouns.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(noun);

    /// <summary>True when the noun names an act of force or coercion ("attack", "bombing", "seizure"), not any act ("move").</summary>
    public bool NamesForce(ReadOnlySpan<char> noun) => _nouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(noun, out var named)
        && !named.AnyKind && (named.Types.Contains(EventType.Assault) || named.Types.Contains(EventType.Coerce));

    /// <summary>True when <paramref name="noun"/> (singular or plural, as written) names an act of type <paramref name="type"/>.</summary>
    public bool Names(string noun, EventType type) => _nouns.TryGetValue(noun, out var entry) && entry.Types.Contains(type);

    /// <summary>
    /// Loads <c>act-nouns.tsv</c> from <paramref name="eventsFolder"/>, or the shipped one when the folder has none.
    /// A malformed row is a <see cref="DictionaryFormatException"/> naming its line.
    /// </summary>
    public static ImplicitTargets Load(string? eventsFolder = null)
    {
        var file = eventsFolder is null ? null : Path.Combine(eventsFolder, FileName);
        if (file is null || !File.Exists(file)) file = Path.Combine(AppContext.BaseDirectory, "data", "events", FileName);
        var nouns = new Dictionary<string, ActNounEntry>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(file)) return new ImplicitTargets(nouns);
        foreach (var (fields, origin) in TsvRows.Read(file, 3))
        {
            // "*": any act but a reaction; "*-CONSULT": any act but a reaction or those named after "-".
            var field = fields[2].Trim();
            bool anyKind = field.StartsWith('*');
            HashSet<EventType> types = anyKind ? [.. AnyAct] : [];
            foreach (var part in (anyKind ? field[1..] : field).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                bool excluded = part.StartsWith('-');
                var name = excluded ? part[1..] : part;
                if (anyKind != excluded || !EventTypes.TryParse(name, out var type))
                    throw new DictionaryFormatException(origin, anyKind != excluded ? $"'{part}': after '*' only '-TYPE' exclusions, else plain types" : $"unknown PLOVER type '{name}'");
                if (excluded) types.Remove(type); else types.Add(type);
            }
            string mark = fields.Length > 3 ? fields[3].Trim() : "";
            if (mark.Length > 0 && mark != DoneToSomeoneMark)
                throw new DictionaryFormatException(origin, $"unknown mark '{mark}' (the fourth column may only say '{DoneToSomeoneMark}')");
            bool doneToSomeone = mark == DoneToSomeoneMark;
            foreach (var form in new[] { fields[0].Trim(), fields[1].Trim() })
                if (form.Length > 0) nouns[form] = new ActNounEntry(types, origin, doneToSomeone, anyKind);
        }
        return new ImplicitTargets(nouns);
    }

    /// <summary>
    /// The actor a reaction (trigger tokens [<paramref name="trigger"/>, <paramref name="end"/>) of type <paramref name="type"/>
    /// by <paramref name="source"/>) is implicitly aimed at, from the act its object names among <paramref name="earlier"/>
    /// (the events coded so far, in text order); null when the object names no act or no earlier act fits.
    /// The actor returned carries this rule and the noun's row in its <see cref="Actor.Rule"/>.
    /// </summary>
    public Actor? Find(Document document, Sentence sentence, int trigger, int end, EventType type, ActorCode source, IReadOnlyList<Event> earlier, bool phraseEndsAtEnd = false)
    {
        // "Chile offered Brazil copper … Brazil accepted the offer": accepting what was asked or offered (a noun of a request)
        // agrees with whoever asked or offered it.
        bool accepts = type == EventType.Agree;
        if (!Reactions.Contains(type) && !accepts || _nouns.Count == 0) return null;
        if (ActNoun(document, sentence, trigger, end, phraseEndsAtEnd) is not { } noun) return accepts ? null : PronounAct(document, sentence, trigger, type, source, earlier);
        if (accepts && !noun.Types.Contains(EventType.Request)) return null;
        // "North Korea fired two missiles. The launch came a day after Seoul and Washington ended joint drills. Japan
        // condemned the move.": what is condemned or protested as "the move" is the latest hostile act close by, before
        // any friendlier act told since.
        if (noun.AnyKind && type is EventType.Accuse or EventType.Protest
            && LatestProvocation(document, trigger, source, earlier) is { } provocation) return DoerOf(provocation, noun.Origin);
        // "Hungary criticised the EU. … Minsk denied the allegations": a denial, or an acceptance, answers the latest such act
        // aimed at the one who denies or accepts, before any other act of that kind.
        if (type is EventType.Reject or EventType.Agree && LatestEarlierAct(document, trigger, earlier, MaxSentencesBack,
                e => noun.Types.Contains(e.Type) && e.Source.Code != source && e.Target?.Code == source) is { } charge) return DoerOf(charge, noun.Origin);
        if (LatestEarlierAct(document, trigger, earlier, noun.Types, source, bySource: false, preferReported: true) is { } act)
        {
            if (noun.DoneToSomeone) act = FirstActAimedInSentence(act, earlier, noun.Types, source) ?? act;
            // "The Kremlin dismissed the reports of a troop deployment": rejecting reports of an act someone else claimed
            // answers whoever claimed it, not the one said to have done it.
            if (type == EventType.Reject && act.Claimant is { } claimant && claimant.Code != source && NamesAReport(document, sentence, trigger))
                return claimant with { Rule = $"{RuleName} ({noun.Origin}) <- claimant: {claimant.Rule}" };
            return DoerOf(act, noun.Origin);
        }
        // "The cabinet approved a record defence budget. China criticised the move.": a noun that can name any act ("the
        // move", "the decision") and no act coded before it names what the previous sentence's subject did.
        if (!noun.AnyKind || PreviousSentenceSubject(document, sentence, source) is not { } doer) return null;
        return doer.Actor with { Rule = $"{RuleName} ({noun.Origin}) <- subject of the previous sentence: {doer.Actor.Rule}" };
    }

    /// <summary>
    /// "Venezuela voted to annex the region, a move Guyana called a threat": an act noun set after a comma beside a clause
    /// names that clause's act, told earlier in the same sentence; a reaction to it is aimed at its doer. For "move",
    /// "step" and the like, a criticism or protest takes the latest hostile act. Null when the noun names no act or none fits.
    /// </summary>
    public Actor? FindBesideClause(Document document, int noun, EventType type, ActorCode source, IReadOnlyList<Event> earlier)
    {
        if (!Reactions.Contains(type) || !_nouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TextOf(noun), out var named)) return null;
        var types = !named.AnyKind ? named.Types : type is EventType.Accuse or EventType.Protest ? Provocations : null;
        var act = LatestEarlierAct(document, noun, earlier, reach: 0, e => (types is null || types.Contains(e.Type)) && e.Source.Code != source);
        if (act is not null) return DoerOf(act, named.Origin);
        // "Russia revoked its ratification of the treaty, a move Washington called troubling": "move", "step" and the like,
        // beside a clause that told no act the coder knows, name what that clause's subject did.
        if (!named.AnyKind || SubjectBefore(document, document.Sentences[document.SentenceOfToken(noun)], noun, source) is not { } doer) return null;
        return doer.Actor with { Rule = $"{RuleName} ({named.Origin}) <- subject of the clause beside it: {doer.Actor.Rule}" };
    }

    // The actor that opens the subject of the sentence before: the first actor named before that sentence's first verb,
    // when it is another actor than the reaction's source. Null when the sentence has none, or opens inside a quotation.
    private static ActorMention? PreviousSentenceSubject(Document document, Sentence sentence, ActorCode source)
    {
        int index = document.SentenceOfToken(sentence.FirstToken) - 1;
        return index < 0 ? null : SubjectBefore(document, document.Sentences[index], document.Sentences[index].EndToken, source);
    }

    // The actor that opens <sentence>'s subject, before its first verb, when that verb comes before <limit> and the actor is
    // not <source>; null otherwise, or when the sentence opens inside a quotation.
    private static ActorMention? SubjectBefore(Document document, Sentence sentence, int limit, ActorCode source)
    {
        int firstVerb = document.FirstVerbOf(sentence);
        if (firstVerb == sentence.EndToken || firstVerb >= limit || document.Tokens[sentence.FirstToken].Kind != TokenKind.Word) return null;
        foreach (var m in document.Actors)
        {
            if (m.FirstToken < sentence.FirstToken) continue;
            if (m.FirstToken >= firstVerb) return null;
            if (m.EntryKind is ActorEntryKind.Place) continue;
            return m.Actor.Code == source ? null : m;
        }
        return null;
    }

    /// <summary>What a criticism or protest whose object is a bare "it" is aimed at, when the pronoun names no actor.</summary>
    private const string PronounOrigin = "'it' for the act just told";

    // "North Korea fired a missile. Japan condemned it.", "Manila called it an act of aggression": "it" right after the
    // verb, closing the clause or followed by what it is called ("a …", "as …"), stands for the latest hostile act by
    // another actor told in this sentence or the one before. Only reached when "it" resolved to no actor.
    private static Actor? PronounAct(Document document, Sentence sentence, int trigger, EventType type, ActorCode source, IReadOnlyList<Event> earlier)
    {
        int it = trigger + 1;
        if (type is not (EventType.Accuse or EventType.Protest) || it >= sentence.EndToken || document.TextOf(it) is not "it") return null;
        bool closes = it + 1 >= sentence.EndToken || document.Tokens[it + 1].Kind == TokenKind.Punct
                      || document.TextOf(it + 1) is "a" or "an" or "as";
        return closes ? DoerOfActJustTold(document, trigger, source, earlier, PronounOrigin) : null;
    }

    /// <summary>
    /// The doer of the act a demonstrative subject names ("This is a dangerous act", "It was a provocation"): the latest
    /// hostile act by another actor than <paramref name="source"/> told in this sentence or the one before; null when none is.
    /// </summary>
    public static Actor? FindDemonstratedAct(Document document, int predicate, ActorCode source, IReadOnlyList<Event> earlier) =>
        DoerOfActJustTold(document, predicate, source, earlier, "'this' for the act just told");

    // The doer of the latest hostile act by another actor than <source>, told before <at> in its sentence or the one before.
    private static Actor? DoerOfActJustTold(Document document, int at, ActorCode source, IReadOnlyList<Event> earlier, string origin)
    {
        var act = LatestEarlierAct(document, at, earlier, reach: 1, e => Provocations.Contains(e.Type) && e.Source.Code != source);
        return act is null ? null : DoerOf(act, origin);
    }

    // A noun of reporting or claiming in the few words after the reaction ("dismissed the reports of …", "rejected claims that …").
    private static bool NamesAReport(Document document, Sentence sentence, int trigger)
    {
        for (int k = trigger + 1; k < sentence.EndToken && k <= trigger + 4; k++)
            if (document.TextOf(k) is "report" or "reports" or "claim" or "claims" or "allegation" or "allegations" or "accusation" or "accusations") return true;
        return false;
    }

    /// <summary>The fourth column's mark of a noun naming an act done to someone ("incursion", "invasion").</summary>
    private const string DoneToSomeoneMark = "done-to-someone";

    // "Belarusian helicopters entered Lithuanian airspace, prompting Lithuania to scramble jets. Germany condemned the
    // incursion.": a noun of an act done to someone names, of the acts the sentence told, the first aimed at someone: the
    // sentence's own act, not what it prompted after it. Null when that sentence told no such act before <act>.
    private static Event? FirstActAimedInSentence(Event act, IReadOnlyList<Event> earlier, HashSet<EventType> types, ActorCode source)
    {
        foreach (var e in earlier)
        {
            if (e.SentenceIndex != act.SentenceIndex || e.Trigger.Start >= act.Trigger.Start) continue;
            if (e.Target is not null && types.Contains(e.Type) && e.Source.Code != source && ToldAsDone(e)) return e;
        }
        return null;
    }

    // The act's doer as the reaction's target, carrying this rule and the act noun's row.
    private static Actor DoerOf(Event act, string nounOrigin) => act.Source with { Rule = $"{RuleName} ({nounOrigin}) <- {act.Source.Rule}" };

    /// <summary>
    /// The actor a passive reaction is aimed at when its subject names an earlier act ("The launch was condemned by Seoul"):
    /// <paramref name="subject"/> is the passive subject's head noun, opened by a determiner or possessive. Null otherwise.
    /// </summary>
    public Actor? FindPassiveSubject(Document document, int subject, int trigger, EventType type, ActorCode source, IReadOnlyList<Event> earlier, bool appositive = false)
    {
        if (!Reactions.Contains(type) || _nouns.Count == 0 || subject < 1 || subject >= trigger) return null;
        if (!_nouns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.TextOf(subject), out var noun)) return null;
        var determiners = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        bool definite = false;
        for (int k = subject - 1; k >= 0 && k >= subject - 4 && !definite; k--)
            definite = determiners.Contains(document.TextOf(k)) || IsPossessive(document.TextOf(k));
        // (", a sentence that drew rebukes": a noun set beside the act just told names it, though indefinite.)
        if (!definite && !appositive || LatestEarlierAct(document, trigger, earlier, noun.Types, source, bySource: false) is not { } act) return null;
        return DoerOf(act, noun.Origin);
    }

    /// <summary>
    /// The latest act told before <paramref name="trigger"/>, at most <see cref="MaxSentencesBack"/> sentences back, of one
    /// of <paramref name="types"/>, reported as done (not negated, hypothetical or another's claim): by <paramref name="source"/>
    /// and aimed at someone when <paramref name="bySource"/>, else by another actor. Null when none fits.
    /// </summary>
    private static Event? LatestEarlierAct(Document document, int trigger, IReadOnlyList<Event> earlier, HashSet<EventType> types, ActorCode source, bool bySource,
        bool preferReported = false) =>
        LatestEarlierAct(document, trigger, earlier, MaxSentencesBack,
            e => types.Contains(e.Type) && (bySource ? e.Source.Code == source && e.Target is not null : e.Source.Code != source), preferReported);

    /// <summary>The latest act told before <paramref name="trigger"/>, at most <paramref name="reach"/> sentences back, reported
    /// as done (not negated, hypothetical or another's claim), that <paramref name="fits"/>; null when none does. When
    /// <paramref name="preferReported"/>, an act only referred to is taken only if no act reported as done fits.</summary>
    private static Event? LatestEarlierAct(Document document, int trigger, IReadOnlyList<Event> earlier, int reach, Func<Event, bool> fits,
        bool preferReported = false)
    {
        int at = document.Tokens[trigger].Start;
        int sentenceIndex = document.SentenceOfToken(trigger);
        Event? referredTo = null;
        for (int k = earlier.Count - 1; k >= 0; k--)
        {
            var e = earlier[k];
            if (e.Trigger.Start >= at || e.SentenceIndex > sentenceIndex) continue;
            if (sentenceIndex - e.SentenceIndex > reach) break;
            if (!ToldAsDone(e) || !fits(e)) continue;
            // "Managua ordered the agency to close its office. Berlin deplored the move.": the move is the order, not the
            // closing it orders, which is only referred to. A noun of the act's own kind ("the summit") may name either.
            if (!preferReported || !e.IsBackground) return e;
            referredTo ??= e;
        }
        return referredTo;
    }

    // Reported as done: not negated, hypothetical or another's claim.
    private static bool ToldAsDone(Event e) => e.Mode is not (EventMode.Negated or EventMode.Hypothetical) && !e.IsThirdPartyClaim;

    /// <summary>The name of the rule that aims a protest lodged with no one named at the last hostile act before it.</summary>
    public const string ProtestRuleName = "target:protest-answers-act";

    // Acts a government protests: force, coercion, a show of force, threats and sanctions.
    private static readonly HashSet<EventType> Provocations = [EventType.Assault, EventType.Coerce, EventType.Mobilize, EventType.Threaten, EventType.Sanction];

    /// <summary>How many sentences back the act a bare protest answers may be told.</summary>
    private const int ProtestReach = 2;

    /// <summary>
    /// The doer of the act a protest lodged with no one named answers ("North Korea fired two missiles. Tokyo lodged a
    /// protest."): the latest hostile act by another actor than <paramref name="source"/>, told as done at most
    /// <see cref="ProtestReach"/> sentences before the trigger. Null when there is none.
    /// </summary>
    public static Actor? FindProvocation(Document document, int trigger, ActorCode source, IReadOnlyList<Event> earlier) =>
        LatestProvocation(document, trigger, source, earlier) is { } act ? act.Source with { Rule = $"{ProtestRuleName} <- {act.Source.Rule}" } : null;

    // The latest hostile act by another actor than the source, told as done at most ProtestReach sentences back.
    private static Event? LatestProvocation(Document document, int trigger, ActorCode source, IReadOnlyList<Event> earlier) =>
        LatestEarlierAct(document, trigger, earlier, Provocations, source, bySource: false, preferReported: true) is { } act
        && document.SentenceOfToken(trigger) - act.SentenceIndex <= ProtestReach ? act : null;

    /// <summary>Whom the latest condemnation or protest by another state than <paramref name="source"/>, told as done at most
    /// <see cref="ProtestReach"/> sentences back, is aimed at, when that is not the source; else null.</summary>
    public static Actor? FindCondemned(Document document, int trigger, ActorCode source, IReadOnlyList<Event> earlier)
    {
        var act = LatestEarlierAct(document, trigger, earlier, ProtestReach,
            e => e.Type is EventType.Accuse or EventType.Protest && e.Source.Code != source && e.Source.IsState && e.Target is not null);
        return act?.Target is { } target && target.Code != source ? target with { Rule = $"{ProtestRuleName} <- condemned: {target.Rule}" } : null;
    }

    /// <summary>The doer of the latest act by a state other than <paramref name="source"/>, told as done in the sentence right
    /// before the trigger; null when there is none.</summary>
    public static Actor? FindLastStatesAct(Document document, int trigger, ActorCode source, IReadOnlyList<Event> earlier)
    {
        int sentence = document.SentenceOfToken(trigger);
        var act = LatestEarlierAct(document, trigger, earlier, 1, e => e.Source.Code != source && e.Source.IsState && e.SentenceIndex == sentence - 1);
        return act is null ? null : act.Source with { Rule = $"{ProtestRuleName} <- {act.Source.Rule}" };
    }

    /// <summary>The name of the rule that aims a call for a release at whoever took the captives.</summary>
    public const string CaptorRuleName = "target:captor";

    /// <summary>How many sentences back the taking of captives may be told.</summary>
    private const int CaptorReach = 3;

    /// <summary>
    /// The doer of the latest detention, abduction or seizure (CAMEO 171, 173, 181 and their children) by another actor than
    /// <paramref name="source"/>, told as done at most <see cref="CaptorReach"/> sentences before the trigger: one aimed at the
    /// source's own people first. Null when there is none.
    /// </summary>
    public static Actor? FindCaptor(Document document, int trigger, ActorCode source, IReadOnlyList<Event> earlier)
    {
        var taking = LatestEarlierAct(document, trigger, earlier, CaptorReach, e => IsTaking(e, source) && e.Target?.Code == source)
                     ?? LatestEarlierAct(document, trigger, earlier, CaptorReach, e => IsTaking(e, source));
        return taking is null ? null : taking.Source with { Rule = $"{CaptorRuleName} <- {taking.Source.Rule}" };
    }

    // A detention, abduction or seizure by another actor than the source.
    private static bool IsTaking(Event e, ActorCode source) => e.Type == EventType.Coerce && e.Source.Code != source
        && (e.Cameo.StartsWith("171", StringComparison.Ordinal) || e.Cameo.StartsWith("173", StringComparison.Ordinal) || e.Cameo.StartsWith("181", StringComparison.Ordinal));

    /// <summary>The name of the rule that aims a concession at the targets of the act it undoes.</summary>
    public const string UndoneActRuleName = "target:undone-act";

    // Acts that undo or ease an earlier act of the same actor: "delayed the tariffs", "lifted the sanctions", "ended the blockade".
    private static readonly HashSet<EventType> Undoings = [EventType.Concede, EventType.Retreat];

    /// <summary>
    /// The actors a concession (trigger tokens [<paramref name="trigger"/>, <paramref name="end"/>) by <paramref name="source"/>)
    /// is aimed at when its object names an act that same actor did earlier ("Ottawa imposed tariffs on Peru and Chile …
    /// then delayed the tariffs"): the targets of the latest such act among <paramref name="earlier"/>, every target its
    /// telling had. Empty when the object names no act or the actor did none of its kind.
    /// </summary>
    public IReadOnlyList<Actor> FindUndone(Document document, Sentence sentence, int trigger, int end, EventType type, ActorCode source, IReadOnlyList<Event> earlier)
    {
        if (!Undoings.Contains(type)) return [];
        return TargetsOfOwnEarlierAct(document, sentence, trigger, end, source, earlier, UndoneActRuleName);
    }

    /// <summary>The name of the rule that aims a restated act at the targets of the earlier telling.</summary>
    public const string RestatedActRuleName = "target:restated-act";

    /// <summary>
    /// The actors an act told again (trigger tokens [<paramref name="trigger"/>, <paramref name="end"/>): "reiterated the
    /// accusation", "repeated its demand") by <paramref name="source"/> is aimed at: the targets of the latest earlier act of
    /// that kind by the same actor. Empty when the object names no act or the actor did none of its kind.
    /// </summary>
    public IReadOnlyList<Actor> FindRestated(Document document, Sentence sentence, int trigger, int end, ActorCode source, IReadOnlyList<Event> earlier)
        => TargetsOfOwnEarlierAct(document, sentence, trigger, end, source, earlier, RestatedActRuleName);

    // Every target of the latest earlier act of the kind the object names, by the same actor, each once.
    private IReadOnlyList<Actor> TargetsOfOwnEarlierAct(Document document, Sentence sentence, int trigger, int end, ActorCode source, IReadOnlyList<Event> earlier, string rule)
    {
        if (_nouns.Count == 0 || ActNoun(document, sentence, trigger, end) is not { } noun) return [];
        if (LatestEarlierAct(document, trigger, earlier, noun.Types, source, bySource: true) is not { } act) return [];
        var targets = new List<Actor>();
        foreach (var told in earlier)
            if (told.Trigger == act.Trigger && told.Source.Code == source && told.Target is { } t && targets.TrueForAll(a => a.Code != t.Code))
                targets.Add(t with { Rule = $"{rule} ({noun.Origin}) <- {t.Rule}" });
        return targets;
    }

    /// <summary>
    /// Everyone who did the act <paramref name="doer"/> was found doing: "Seoul, Tokyo and Washington began joint drills.
    /// Pyongyang condemned the drills" is aimed at all three. The doers of every telling at the act's trigger, and for a joint
    /// act (consult, agree, cooperate) done by two or more its partners too, each once, never the reacting actor; just the
    /// doer when the act is not among <paramref name="earlier"/>.
    /// </summary>
    internal static IReadOnlyList<Actor> PartiesOf(Actor doer, IReadOnlyList<Event> earlier, ActorCode reacting)
    {
        Event? act = null;
        foreach (var e in earlier) if (e.Source.Code == doer.Code && e.Source.Span == doer.Span) act = e;
        if (act is null) return [doer];
        var parties = new List<Actor> { doer };
        void Add(Actor a)
        {
            if (a.Code != reacting && parties.TrueForAll(p => p.Code != a.Code)) parties.Add(a with { Rule = doer.Rule });
        }
        var tellings = earlier.Where(e => e.Trigger == act.Trigger && e.SentenceIndex == act.SentenceIndex).ToList();
        foreach (var e in tellings) Add(e.Source);
        // The partners of a joint act the story tells as done together (two doers or more at least, or a partner named with
        // the doer before the verb: "Seoul and Tokyo began drills"): "Britain sought a deal on the islands" is Britain's
        // alone, whatever it was read to be with.
        bool together = tellings.Select(e => e.Source.Code).Distinct().Count() > 1;
        foreach (var e in tellings)
            if (EventCoder.Symmetric.Contains(e.Type) && e.Target is { } partner && (together || partner.Span.End <= e.Trigger.Start && partner.Span.End > 0)) Add(partner);
        return parties;
    }

    /// <summary>Aims the frame at <paramref name="target"/>, an actor named elsewhere than in the frame's own words: a group of
    /// it alone, standing where the match ends.</summary>
    internal static void AimAt(ClauseFrame f, Actor target) => f.Target = new ActorGroup { First = f.Match.End, End = f.Match.End }.With(target);

    /// <summary>Aims the frame's act at <paramref name="targets"/> (a group placed right after the trigger); false when there are none.</summary>
    internal static bool AimAt(ClauseFrame f, IReadOnlyList<Actor> targets)
    {
        if (targets.Count == 0) return false;
        var group = new ActorGroup { First = f.Match.End, End = f.Match.End };
        foreach (var target in targets) group.Add(target);
        f.Target = group;
        return true;
    }

    // The act noun heading a definite phrase right after the reaction: "[against] the [latest missile] launch". The
    // lexicon's pattern may itself reach over the phrase ("welcome * (decision|agreement|…)"), so the search starts
    // right after the trigger word; words of the pattern before the phrase ("hit back at") are passed over.
    // With phraseEndsAtEnd the caller knows the object's head ends at end ("called the decision hostile" read with the
    // adjective as a noun): a noun right after the act noun there is not its head.
    private ActNounEntry? ActNoun(Document document, Sentence sentence, int trigger, int end, bool phraseEndsAtEnd = false)
    {
        var tokens = document.Tokens;
        int limit = Math.Min(sentence.EndToken, Math.Max(end, trigger + 1) + Window);
        int k = trigger + 1;
        var links = Links.GetAlternateLookup<ReadOnlySpan<char>>();
        var nouns = _nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        var determiners = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        // (A quotation mark closing the reactor's words is passed over: 'was "concerned" by the incident'.)
        while (k < limit && (tokens[k].Kind == TokenKind.Quote || tokens[k].Kind == TokenKind.Word
               && (links.Contains(document.TextOf(k)) || (k < end && !determiners.Contains(document.TextOf(k)) && !IsPossessive(document.TextOf(k)))))) k++;
        if (k >= limit || tokens[k].Kind != TokenKind.Word) return null;
        // "condemned what it called a massacre", "what Paris described as an unacceptable attack": the reactor's own name
        // for the act, indefinite though it is.
        int named = WhatItCalled(document, k, limit);
        if (named > 0) k = named;
        // A determiner, or a possessive name ("Sunday's", "Pyongyang's"), opens the phrase; the tokenizer may have split
        // the possessive off ("Monday" "'s").
        else if (!determiners.Contains(document.TextOf(k)) && !IsPossessive(document.TextOf(k)))
        {
            if (k + 1 >= limit || !IsPossessive(document.TextOf(k + 1)) || document.Tags.Length <= k || document.Tags[k] != PartOfSpeech.ProperNoun) return null;
            k++;
        }
        for (int j = k + 1; j < limit; j++)
        {
            // "the 'provocation'", "a \"massacre\"": quotation marks around the reactor's words.
            if (tokens[j].Kind == TokenKind.Quote) continue;
            // A modal or auxiliary ends the phrase: "warned that Israel would 'act …'" names no act.
            if (tokens[j].Kind != TokenKind.Word || document.Tags[j] is PartOfSpeech.Modal or PartOfSpeech.Auxiliary) return null;
            if (nouns.TryGetValue(document.TextOf(j), out var noun))
            {
                // "the launch of a satellite by Iran", "the test, which …" still name the act; "the launch site" does not.
                if (!(phraseEndsAtEnd && j + 1 == end) && j + 1 < sentence.EndToken && tokens[j + 1].Kind == TokenKind.Word && document.Tags.Length > j + 1
                    && document.Tags[j + 1] == PartOfSpeech.Noun && !nouns.ContainsKey(document.TextOf(j + 1)))
                    return null;
                return noun;
            }
        }
        return null;
    }

    // After "what" at <k>: a subject of up to three words, a verb of naming ("called", "termed", "described as", "branded"),
    // then "a"/"an": the position of that article, or -1.
    private static int WhatItCalled(Document document, int k, int limit)
    {
        if (document.TextOf(k) is not "what") return -1;
        for (int v = k + 2; v < limit && v <= k + 4; v++)
        {
            if (document.TextOf(v) is not ("called" or "termed" or "described" or "branded" or "labelled" or "labeled" or "dubbed")) continue;
            int article = document.TextOf(v) is "described" && v + 1 < limit && document.TextOf(v + 1) is "as" ? v + 2 : v + 1;
            if (article < limit && document.Tokens[article].Kind == TokenKind.Quote) article++;
            return article < limit && document.TextOf(article) is "a" or "an" ? article : -1;
        }
        return -1;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// "Japan condemned the launch": a reaction with no target named, whose object is a phrase naming an earlier act, is
/// aimed at that act's actor (<see cref="ImplicitTargets"/>). Runs before the domestic reading, so that "South Korea
/// protested the test" is not a protest at home.
/// </summary>
internal sealed class ReactionIsAimedAtTheActItNames : ClauseRule
{
    public override string Name => ImplicitTargets.RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Context.ImplicitTargets is not { } implicitTargets || f.Source is not { Members.Count: > 0 } source) return false;
        // "condemned the seizure of the trawler by Russia", "protested the detention of Japanese citizens by China": the act
        // named with its doer is aimed at that doer, not at the speaker's own people it was done to.
        if ((f.Target is null || f.Target.CodesWithin(source)) && ActAgent.Find(f, implicitTargets) is { } doer && !doer.CodesWithin(source))
        {
            f.Target = doer;
            return true;
        }
        // A target of the speaker's own state ("condemned the move as terrorism against the Iranian people", "criticised the
        // summit in a statement carried by KCNA") gives way to the doer of the act the object names, when there is one.
        if (f.Target is not null && !f.Target.CodesWithin(source)) return false;
        // "Seoul condemned the launch", or in the passive, "The launch was condemned by Seoul".
        var actor = implicitTargets.Find(f.Document, f.Sentence, f.Trigger, f.Match.End, f.Entry.Type, source.Members[0].Code, f.Context.Earlier);
        if (actor is null && f.IsPassive && f.Document.Syntax is { } tree && PassiveSubject(tree, f.Trigger) is int subject and >= 0)
            actor = implicitTargets.FindPassiveSubject(f.Document, subject, f.Trigger, f.Entry.Type, source.Members[0].Code, f.Context.Earlier);
        // "The three governments accused the bloc of imposing sanctions": an act by any of the reacting group is not what it
        // reacts to.
        if (actor is null || source.Members.Exists(m => m.Code == actor.Code)) return false;
        var parties = ImplicitTargets.PartiesOf(actor, f.Context.Earlier, source.Members[0].Code).Where(p => !source.Members.Exists(m => m.Code == p.Code)).ToList();
        return ImplicitTargets.AimAt(f, parties);
    }

    // The verb's passive subject, or, for "… was welcomed by A and criticized by B", the one its conjunct shares.
    private static int PassiveSubject(SyntaxLayer tree, int verb)
    {
        int subject = tree.ChildWith(verb, DependencyRelation.NsubjPass);
        if (subject < 0 && tree.RelationOf(verb) == DependencyRelation.Conj && tree.HeadOf(verb) is int first and >= 0 && first < verb)
            subject = tree.ChildWith(first, DependencyRelation.NsubjPass);
        return subject;
    }
}

/// <summary>
/// The actor named after "by" in the object of a reaction that is a noun of an act ("condemned the seizure of the trawler by
/// Russia", "protested the detention of its citizens by Iran"), within the noun phrase; failing that, for an act a state
/// does at home (list 'act-at-home': "condemned the crackdown in Belarus", "the coup in Niger"), the state it happened
/// in; or null.
/// </summary>
file static class ActAgent
{
    private const int Reach = 8;

    public static ActorGroup? Find(ClauseFrame f, ImplicitTargets nouns)
    {
        var d = f.Document;
        if (f.IsPassive || d.Syntax is not { } tree) return null;
        // "The arrest of a citizen in Estonia drew a protest from Moscow": an act told by who undergoes it names the act
        // reacted to as its subject.
        var role = f.Fired.Contains(UndergoneActIsTheSlotActorsDeed.RuleName) ? DependencyRelation.Nsubj : DependencyRelation.Obj;
        if (tree.ChildWith(f.Trigger, role) is not (int noun and >= 0)) return null;
        // "condemned what he called a reckless violation of its airspace by Russian drones": the act a free relative names.
        if (d.TextOf(noun) is "what" && ActCalled(d, tree, noun) is int called and >= 0) noun = called;
        if (!nouns.NamesAnAct(d.TextOf(noun))) return null;
        int end = Math.Min(f.Sentence.EndToken - 1, noun + Reach);
        ActorGroup? home = null;
        bool atHome = f.Context.Words.ActAtHome.Contains(d.TextOf(noun));
        for (int k = noun + 1; k < end; k++)
        {
            if (d.Tags[k] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary || d.Tokens[k].Kind == TokenKind.Punct) break;
            if (d.TextOf(k) is "by") return f.Context.Groups.OpeningAfter(d, k, actorOnly: true);
            if (atHome && home is null && d.TextOf(k) is "in" && f.Context.Groups.OpeningAfter(d, k, actorOnly: true) is { } place
                && place.Members.TrueForAll(m => m.IsState)) home = place;
        }
        return home;
    }

    // The noun a relative clause on "what" calls it by ("what it called a violation", "what he described as an incursion"), or -1.
    private static int ActCalled(Document d, SyntaxLayer tree, int what)
    {
        foreach (int clause in tree.ChildrenOf(what))
        {
            if (tree.RelationOf(clause) != DependencyRelation.AclRelcl || tree.LemmaOf(clause) is not ("call" or "describe" or "term" or "label" or "dub" or "brand")) continue;
            foreach (int named in tree.ChildrenOf(clause))
                if (named > clause && (tree.RelationOf(named) == DependencyRelation.Obj || tree.RelationOf(named) is DependencyRelation.Obl or DependencyRelation.Xcomp
                    && tree.ChildWith(named, DependencyRelation.Case) is int marker and >= 0 && d.TextOf(marker) is "as")) return named;
        }
        return -1;
    }
}

/// <summary>
/// "Ottawa imposed tariffs on Peru and Chile, then delayed the tariffs": a concession with no target named, whose object
/// names an act its own actor did earlier, is aimed at that act's targets (<see cref="ImplicitTargets.FindUndone"/>). Runs
/// before the domestic reading, so that delaying tariffs on neighbours is not a concession at home.
/// </summary>
internal sealed class ConcessionIsAimedAtTheActItUndoes : ClauseRule
{
    public override string Name => ImplicitTargets.UndoneActRuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Context.ImplicitTargets is not { } implicitTargets || f.Source is not { Members.Count: 1 } source) return false;
        return ImplicitTargets.AimAt(f, implicitTargets.FindUndone(f.Document, f.Sentence, f.Trigger, f.Match.End, f.Entry.Type, source.Members[0].Code, f.Context.Earlier));
    }
}

/// <summary>
/// "ECOWAS lifted the sanctions it had imposed on Niger", "Paris withdrew the troops that were sent to Mali": a concession,
/// withdrawal, sanction or aid naming no target, whose object has a relative clause of its own actor's act (its subject a
/// pronoun or a relative word, or none) that names an actor after "on", "against" or "to", is aimed at that actor.
/// Runs after the reading by an earlier event, which needs the earlier act told as news.
/// </summary>
internal sealed class ObjectsOwnClauseNamesTheTarget : ClauseRule
{
    // How many heads up from the named actor the object may stand: the clause's verb, an auxiliary it completes, the object.
    private const int Reach = 3;

    public override string Name => "target:object-clause";
    public override bool Apply(ClauseFrame f)
    {
        // (A target that is the source itself, "they" of the clause read as the object, is none.)
        if (f.IsNounHeaded || f.Source is not { } source || f.Target is { } read && !read.CodesWithin(source) || f.Document.Syntax is not { } tree) return false;
        if (f.Entry.Type is not (EventType.Concede or EventType.Retreat or EventType.Sanction or EventType.Aid)) return false;
        int obj = tree.ChildWith(f.Trigger, DependencyRelation.Obj);
        if (obj < 0) return false;
        var d = f.Document;
        for (int i = obj + 1; i < f.Sentence.EndToken; i++)
        {
            if (d.TextOf(i) is "," or ";" or ":") return false;
            if (tree.RelationOf(i) != DependencyRelation.Obl || tree.ChildWith(i, DependencyRelation.Case) is not (int preposition and >= 0)
                || d.TextOf(preposition) is not ("on" or "against" or "to")) continue;
            if (ClauseOfObject(tree, d, i, obj) < 0 || f.Context.Groups.Holding(i) is not { IsPlace: false } named || named.CodesWithin(source)) continue;
            f.Target = named;
            return true;
        }
        return false;
    }

    // The relative or reduced clause of <obj> that <token> hangs in (through the clause's verbs), or -1; a clause with a
    // subject of its own other than a pronoun or relative word ("the sanctions Washington imposed on Cuba") is another's act.
    private static int ClauseOfObject(SyntaxLayer tree, Document d, int token, int obj)
    {
        int child = token;
        for (int step = 0; step < Reach; step++)
        {
            int head = tree.HeadOf(child);
            if (head < 0) return -1;
            if (head == obj)
            {
                if (tree.RelationOf(child) is not (DependencyRelation.AclRelcl or DependencyRelation.Acl)) return -1;
                int subject = tree.ChildWith(child, DependencyRelation.Nsubj);
                if (subject < 0) subject = tree.ChildWith(child, DependencyRelation.NsubjPass);
                return subject < 0 || tree.Universal[subject] == UniversalTag.Pron || d.TextOf(subject) is "that" or "which" ? child : -1;
            }
            child = head;
        }
        return -1;
    }
}

/// <summary>
/// "Pakistan accused Kabul of sheltering militants … later the army reiterated the accusation": an act told again by a
/// restating verb (list 'restating'), with no target named, is aimed where its actor's earlier act of that kind was
/// (<see cref="ImplicitTargets.FindRestated"/>). Runs before the reaction reading, which looks for another actor's act.
/// </summary>
internal sealed class RestatedActKeepsItsTargets : ClauseRule
{
    public override string Name => ImplicitTargets.RestatedActRuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Context.ImplicitTargets is not { } implicitTargets || f.Source is not { Members.Count: 1 } source) return false;
        if (!f.Context.Words.Restating.Contains(f.Document.TextOf(f.Trigger))) return false;
        return ImplicitTargets.AimAt(f, implicitTargets.FindRestated(f.Document, f.Sentence, f.Trigger, f.Match.End, source.Members[0].Code, f.Context.Earlier));
    }
}

/// <summary>"Tokyo lodged a protest after a Chinese survey ship entered its waters": a protest or condemnation aimed at no one
/// named, followed by a response word (list 'response'), answers the actor whose act that clause tells: the first actor named
/// after the word, not the source and not a place. So does a vow of retaliation ("vowed retaliation after Pyongyang …") and
/// a show of force that answers an act (list 'answering-force': "scrambled jets after a Russian drone entered its airspace").</summary>
internal sealed class ProtestAnswersTheActAfter : ClauseRule
{
    public override string Name => "target:protested-act-after";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Source is not { } source) return false;
        var d = f.Document;
        if (f.Entry.Type is not (EventType.Accuse or EventType.Protest) && !(f.Entry.Type == EventType.Threaten && f.MatchHolds(f.Context.Words.Retaliation))
            && !(f.Entry.Type == EventType.Mobilize && f.Context.Words.AnsweringForce.Contains(f.Document.TextOf(f.Trigger)))) return false;
        for (int i = f.Match.End; i < f.Sentence.EndToken && i < f.Match.End + 3; i++)
        {
            if (!f.Context.Words.Response.Contains(d.TextOf(i))) continue;
            int end = Phrases.ClauseEnd(d, i + 1, f.Sentence, f.Context.Words);
            var doer = f.Context.Groups.Find(g => g.First > i && g.First < end && !g.IsPlace && !g.CodesWithin(source) && !source.CodesWithin(g));
            // The clause's subject does the act: an actor named after its verb ("after drones entered Polish airspace") is
            // what it was done to.
            if (doer is null || VerbBetween(d, i + 1, doer.First)) return false;
            f.Target = doer;
            return true;
        }
        return false;
    }

    private static bool VerbBetween(Document d, int from, int to)
    {
        for (int k = from; k < to; k++) if (d.Tags[k] == PartOfSpeech.Verb) return true;
        return false;
    }
}

/// <summary>"Russia detained a U.S. journalist. Washington demanded his release.": a call for a release that names no one
/// holding the captive is aimed at whoever took them.</summary>
internal sealed class ReleaseIsAskedOfTheCaptor : ClauseRule
{
    public override string Name => ImplicitTargets.CaptorRuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Type != EventType.Request || f.Entry.Cameo is not ("0253" or "1053") || f.Source is not { Members.Count: 1 } source) return false;
        if (ImplicitTargets.FindCaptor(f.Document, f.Trigger, source.Members[0].Code, f.Context.Earlier) is not { } captor) return false;
        ImplicitTargets.AimAt(f, captor);
        return true;
    }
}

/// <summary>
/// "North Korea fired two missiles into the sea. Tokyo lodged a strong protest.": a government's protest or complaint (list
/// 'protest-lodged' in its trigger) with no one named answers the last hostile act of another actor told just before it
/// (<see cref="ImplicitTargets.FindProvocation"/>). Runs after the reading of an act noun, which names the act itself.
/// </summary>
internal sealed class ProtestAnswersTheLastHostileAct : ClauseRule
{
    public override string Name => ImplicitTargets.ProtestRuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Type is not (EventType.Accuse or EventType.Protest) || f.Source is not { Members.Count: 1 } source) return false;
        if (!source.Members[0].IsState || source.Members[0].Sector is not (null or "GOV" or "MIL")) return false;
        if (!f.MatchHolds(f.Context.Words.ProtestLodged)) return false;
        // "… Seoul's presidential office condemned the launch. Tokyo lodged a protest": a protest right after another state's
        // condemnation joins it against the one condemned, before any act told in between (Seoul's own heightened watch).
        if (ImplicitTargets.FindCondemned(f.Document, f.Trigger, source.Members[0].Code, f.Context.Earlier) is { } condemned)
        {
            ImplicitTargets.AimAt(f, condemned);
            return true;
        }
        if (ImplicitTargets.FindProvocation(f.Document, f.Trigger, source.Members[0].Code, f.Context.Earlier) is { } doer)
        {
            ImplicitTargets.AimAt(f, doer);
            return true;
        }
        // "Cyprus and Greece signed a deal to link their grids. Turkey protested.": a government's protest that names nothing
        // answers the act told just before by other states, whatever its kind: every party to it.
        if (f.Match.End - f.Trigger > 1 || ImplicitTargets.FindLastStatesAct(f.Document, f.Trigger, source.Members[0].Code, f.Context.Earlier) is not { } last) return false;
        return ImplicitTargets.AimAt(f, ImplicitTargets.PartiesOf(last, f.Context.Earlier, source.Members[0].Code));
    }
}
