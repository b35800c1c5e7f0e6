using Entente.Actors;
using Entente.Language;

namespace Entente.Events.Coding;

/// <summary>What every rule of one sentence may read: the document, the sentence, its actor groups and its clause reader.</summary>
internal sealed class SentenceContext(Document document, int index, Sentence sentence, List<ActorGroup> groups, ClauseReader reader, CodingWords words, EventLexicon lexicon)
{
    public Document Document { get; } = document;
    public int Index { get; } = index;
    public Sentence Sentence { get; } = sentence;
    public List<ActorGroup> Groups { get; } = groups;
    public ClauseReader Reader { get; } = reader;
    public CodingWords Words { get; } = words;
    public EventLexicon Lexicon { get; } = lexicon;
    /// <summary>True when <paramref name="events"/> already hold, for this sentence, an event of <paramref name="type"/> from
    /// <paramref name="source"/> to <paramref name="target"/> (by code): a rule adds each such event once.</summary>
    public bool HasTold(List<Event> events, EventType type, Actor source, Actor target) =>
        events.Exists(e => e.SentenceIndex == Index && e.Type == type && e.Source.Code == source.Code && e.Target?.Code == target.Code);

    /// <summary>The sentence's text, cut once for every event it yields (and not at all for the many sentences that yield none).</summary>
    public string SentenceText => field ??= Document.Slice(Sentence.Span);

    /// <summary>The events coded so far in the article, in text order (for rules that look back, such as implicit targets).</summary>
    public IReadOnlyList<Event> Earlier { get; init; } = [];
    /// <summary>The act nouns that let a reaction find the act it answers; null when none are loaded.</summary>
    public ImplicitTargets? ImplicitTargets { get; init; }

    /// <summary>Goldstein weight of a CAMEO code, or <paramref name="fallback"/> when the table lacks it.</summary>
    public double Goldstein(string cameo, double fallback) => Lexicon.TryGetCameo(cameo, out var g, out _) ? g : fallback;

    /// <summary>
    /// True when a word of the sentence is in <paramref name="words"/>: a test on the text alone, so that a rule that can
    /// only fire on such a word passes over a sentence without one before reading its tree (which would parse it).
    /// </summary>
    public bool HasWordOf(WordSet words) => HasWordOf(Document, Sentence, words);

    /// <summary>True when a word of the sentence is written <paramref name="word"/> (the same test by text, case-sensitive).</summary>
    public bool HasWord(string word) => HasWord(Document, Sentence, word);

    /// <summary>The test of <see cref="HasWordOf(WordSet)"/>, for a sentence no rule reads yet (<see cref="SentenceTriggers"/>).</summary>
    internal static bool HasWordOf(Document document, Sentence sentence, WordSet words)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++) if (words.Contains(document.TextOf(i))) return true;
        return false;
    }

    /// <summary>The test of <see cref="HasWord(string)"/>, for a sentence no rule reads yet (<see cref="SentenceTriggers"/>).</summary>
    internal static bool HasWord(Document document, Sentence sentence, string word)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++) if (document.TextOf(i).SequenceEqual(word)) return true;
        return false;
    }

    /// <summary>
    /// True when a word of the sentence is a speech verb or of list 'advice': every way a rule finds who says something
    /// (<see cref="Attribution"/>, <see cref="ClauseReader.ClaimOf"/>) starts from such a word, so without one no one is told
    /// as saying anything here.
    /// </summary>
    public bool TellsSpeechOrAdvice => _tellsSpeechOrAdvice ??= HasSpeechOrAdvice();

    private bool? _tellsSpeechOrAdvice;

    private bool HasSpeechOrAdvice() => HasSpeechOrAdvice(Document, Sentence, Words);

    /// <summary>The test of <see cref="TellsSpeechOrAdvice"/>, for a sentence no rule reads yet (<see cref="SentenceTriggers"/>).</summary>
    internal static bool HasSpeechOrAdvice(Document document, Sentence sentence, CodingWords words)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (PersonFinder.IsSpeechVerb(document.TextOf(i)) || words.Advice.Contains(document.TextOf(i))) return true;
        return false;
    }

    /// <summary>Whether the word at <paramref name="token"/> heads a verb entry of the lexicon of one of <paramref name="types"/>
    /// ("sailed" can tell a show of force, "rejected" a hostile act).</summary>
    public bool CanBeVerbOf(int token, HashSet<EventType> types)
    {
        foreach (var (entry, _) in Lexicon.Candidates(Document.TextOf(token)))
            if (entry.Head == EntryHead.Verb && types.Contains(entry.Type)) return true;
        return false;
    }
}

/// <summary>
/// The typed frame one trigger is coded into: trigger, source, target, type, mode, claimant and complement, filled in
/// and corrected by the named <see cref="ClauseRule"/>s in order. Each rule that changes the frame leaves its name in
/// <see cref="Fired"/>, and the event keeps that list.
/// </summary>
internal sealed class ClauseFrame(SentenceContext context, PatternMatch match)
{
    public SentenceContext Context { get; } = context;
    public PatternMatch Match { get; } = match;
    public LexiconEntry Entry => Match.Entry;
    public Document Document => Context.Document;
    public Sentence Sentence => Context.Sentence;
    public int Trigger => Match.Trigger;
    public bool IsNounHeaded => Entry.Head == EntryHead.Noun;

    // Who acts and who is acted upon.
    public ActorGroup? Source { get; set; }
    public ActorGroup? Target { get; set; } = match.Target;
    /// <summary>The verb whose auxiliaries and governing verbs give the act its mode when that is not the trigger's own
    /// ("is due to fly to Cairo for talks": the journey's), or -1.</summary>
    public int ModeVerb { get; set; } = -1;
    /// <summary>A verb trigger read as a noun ("the prospect of deepening cooperation"): its subject is not a clause subject.</summary>
    public bool IsNominalGerund { get; set; }
    /// <summary>The passive voice was read (the clause's subject is the patient).</summary>
    public bool IsPassive { get; set; }
    /// <summary>The passive's agent (or, for an attack, the place standing for it) has been read as the source.</summary>
    public bool AgentRead { get; set; }

    /// <summary>Reads <paramref name="agent"/> as the source of a passive: the act's subject (else the pattern's slot) is
    /// what it acts on.</summary>
    public void ActedBy(ActorGroup agent)
    {
        (Target, Source) = (Source ?? Target, agent);
        AgentRead = true;
    }

    // What kind of act, as the rules have settled it.
    public EventType Type { get; set; } = match.Entry.Type;
    public string Cameo { get; set; } = match.Entry.Cameo;
    public double Goldstein { get; set; } = match.Entry.Goldstein;
    /// <summary>Acting together: one event between each pair of the source's conjuncts.</summary>
    public bool Pairwise { get; set; }
    /// <summary>An organisation's members acting among themselves: no outside target is needed.</summary>
    public bool Multilateral { get; set; }
    /// <summary>The act reacts to an act of force or coercion its words name ("condemned the killing of three Palestinians in
    /// Jenin"): whom and where that act befell are not the reaction's target.</summary>
    public bool ReactsToNamedAct { get; set; }
    /// <summary>The frame yields no event (no source, or no target where the act needs one).</summary>
    public bool Dropped { get; set; }

    // How the text presents it.
    public EventMode Mode { get; set; }
    public (ActorGroup? Speaker, int Verb)? Claim { get; set; }
    public bool Background { get; set; }
    /// <summary>Inside another event's complement ("agreed to investigate").</summary>
    public bool Embedded { get; set; }
    /// <summary>The meeting held whose complement holds this frame ("met X to press for …"): who met whom.</summary>
    public (int Trigger, ActorGroup Source, ActorGroup? Counterpart)? HeldMeeting { get; init; }
    /// <summary>The act someone else claims: the actor does not say it of itself.</summary>
    public bool ThirdParty { get; set; }
    /// <summary>Inside the clause of an accusation whose accused is the source ("accused NATO of overstepping …").</summary>
    public bool InAllegedClause { get; set; }
    /// <summary>A plain report of an observable act: the act itself, not anyone's accusation.</summary>
    public bool IsReport { get; set; }
    /// <summary>The claim is an accusation by the speaker against the source.</summary>
    public bool Accuse { get; set; }

    /// <summary>The names of the rules that changed this frame, in order.</summary>
    public List<string> Fired { get; } = [];

    /// <summary>Sets the type and CAMEO code, with the code's Goldstein weight.</summary>
    public void Recode(EventType type, string cameo)
    {
        Type = type;
        Cameo = cameo;
        Goldstein = Context.Goldstein(cameo, Goldstein);
    }

    /// <summary>Whether a word of <paramref name="words"/> stands in the trigger's match ("lodged a strong protest",
    /// "vowed stern retaliation").</summary>
    public bool MatchHolds(WordSet words)
    {
        for (int i = Trigger; i < Match.End; i++) if (words.Contains(Document.TextOf(i))) return true;
        return false;
    }
}

/// <summary>One named coding rule with one job: it reads a clause frame and may change it.</summary>
internal abstract class ClauseRule
{
    /// <summary>The rule's name, recorded on every event it shaped ("target:location").</summary>
    public abstract string Name { get; }

    /// <summary>Applies the rule to <paramref name="frame"/>; true when it changed the frame.</summary>
    public abstract bool Apply(ClauseFrame frame);

    /// <summary>Runs <paramref name="rules"/> in order, recording the names of those that fired; stops once the frame is dropped.</summary>
    public static void RunAll(IReadOnlyList<ClauseRule> rules, ClauseFrame frame)
    {
        // By index: a foreach over the interface would allocate an enumerator for every frame.
        for (int r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (frame.Dropped) return;
            if (rule.Apply(frame)) frame.Fired.Add(rule.Name);
        }
    }
}
