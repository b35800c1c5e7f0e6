using Entente.Events.Coding;
using Entente.Language;

namespace Entente.Events;

/// <summary>
/// Whether a sentence can carry an event at all: some word heads a lexicon entry its part of speech fits, or is a word a
/// sentence rule starts from (lists 'manner-support', 'manner-protest', 'obligation', 'obligation-verb', 'pejorative',
/// 'approving', 'request-noun', 'relation-noun', 'penalty', 'penalty-foretold', 'time-to', 'blame-predicate',
/// 'dismissive') standing where that rule could use it. A sentence with neither yields no event whatever its actors, so
/// the coder passes over it before grouping its actors, which reads the dependency tree and would parse the sentence for
/// nothing. A sentence rule that starts from a new word list must add it here (LazyParsingTests codes the sample and seed
/// articles both ways, which catches a list left out when those articles use it).
/// </summary>
internal sealed class SentenceTriggers(CodingWords words)
{
    // Every word of every sentence with actors is asked about: the lists' words in one set answer in one lookup, and only
    // a word in it is asked about list by list.
    private readonly WordSet _ruleWords = WordSet.Union([words.MannerSupport, words.MannerProtest, words.Obligation, words.ObligationVerb, words.Pejorative, words.Approving, words.RequestNoun, words.RelationNoun, words.Penalty, words.PenaltyForetold, words.TimeTo, words.BlamePredicate, words.Dismissive, words.Wrongdoing, words.WrongfulManner]);
    // The lists of rules that code an event only when someone is told saying it: each finds its speaker through a speech verb
    // or a word of list 'advice' (Attribution, ClauseReader.ClaimOf), so without one in the sentence they code nothing
    // ('pejorative' also starts the naming rule, asked about apart).
    private readonly WordSet _saidWords = WordSet.Union([words.Pejorative, words.Approving, words.BlamePredicate, words.Penalty, words.PenaltyForetold, words.Wrongdoing, words.WrongfulManner]);

    /// <summary>True when some word of <paramref name="sentence"/> could start an event (each word's entries from <paramref name="candidates"/>).</summary>
    public bool MayCarryEvent(Document document, Sentence sentence, TokenCandidates candidates)
    {
        var tokens = document.Tokens;
        var facts = new SentenceFacts(document, sentence, words);
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var word = document.TextOf(i);
            if (tokens[i].Kind == TokenKind.Word && HeadsAMatchableEntry(document, i, sentence, candidates.At(i))) return true;
            if (_ruleWords.Contains(word) && MayStartARule(document, sentence, i, ref facts)) return true;
        }
        return false;
    }

    // The word at <i>, of some rule's list, stands where that rule could code from it: what else the rule needs first, read
    // from the words alone (see each rule).
    private bool MayStartARule(Document document, Sentence sentence, int i, ref SentenceFacts facts)
    {
        var word = document.TextOf(i);
        if (_saidWords.Contains(word) && facts.TellsSpeechOrAdvice) return true;
        // MustOrShouldIsDemand ("must withdraw", "needs to return") and TimeToActIsDemand ("it is time for X to"), which also
        // need a speaker.
        if ((MustOrShouldIsDemand.MayDemandAt(document, sentence, i, words) || TimeToActIsDemand.SaysItIsTime(document, sentence, i, words)) && facts.TellsSpeechOrAdvice) return true;
        // PejorativeNameIsAccusation: a condemning word in what a verb of list 'naming' calls something.
        if (words.Pejorative.Contains(word) && facts.HasNamingVerb) return true;
        // InSupportOrProtestOf: "in support of", "in protest against".
        if ((words.MannerSupport.Contains(word) || words.MannerProtest.Contains(word)) && InSupportOrProtestOf.Opens(document, sentence, i, words) is not null) return true;
        // AtTheRequestOfIsRequest: "at the request of"; RecognitionSwitchedIsTwoActs: relations moved "from" one to another.
        if (words.RequestNoun.Contains(word) && facts.HasWord("at")) return true;
        if (words.RelationNoun.Contains(word) && facts.HasWord("from")) return true;
        // DismissedChargeIsRejection and ChargeDeniedBesideIsRejection: a charge (list 'claim-noun') called false.
        return words.Dismissive.Contains(word) && facts.HasClaimNoun;
    }

    // What the rules ask of the whole sentence, each found once and only when a word of a list asks.
    private struct SentenceFacts(Document document, Sentence sentence, CodingWords words)
    {
        private bool? _speech, _naming, _claimNoun;

        public bool TellsSpeechOrAdvice => _speech ??= SentenceContext.HasSpeechOrAdvice(document, sentence, words);

        public bool HasNamingVerb => _naming ??= PejorativeNameIsAccusation.HasNamingVerb(document, sentence, words);

        public bool HasClaimNoun => _claimNoun ??= SentenceContext.HasWordOf(document, sentence, words.ClaimNoun);

        public readonly bool HasWord(string word) => SentenceContext.HasWord(document, sentence, word);
    }

    // Some entry the word heads fits its part of speech (the coder tries no other) and the literal words of its pattern
    // stand in the sentence in the pattern's order: after the head, or, the first of them, before a passive participle
    // ("sanctions were imposed on"). Every match the pattern matcher can make has them so; which groups fill the target
    // slots, the adverbs and gaps between, it needs the tree to tell, but a missing word rules the entry out without it.
    private static bool HeadsAMatchableEntry(Document document, int head, Sentence sentence, IReadOnlyList<(LexiconEntry Entry, bool IsPlural)> candidates)
    {
        var tag = EventCoder.HeadTag(document, head, sentence);
        for (int c = 0; c < candidates.Count; c++)
        {
            var entry = candidates[c].Entry;
            if (!EventCoder.HeadFits(entry.Head, tag)) continue;
            if (WordsFollow(document, entry.Elements, 0, head + 1, sentence.EndToken) || WordsOfPassiveStand(document, entry.Elements, head, sentence)) return true;
        }
        return false;
    }

    // The Word elements of elements from k on match tokens of [from, end) in order.
    private static bool WordsFollow(Document document, PatternElement[] elements, int k, int from, int end)
    {
        int pos = from;
        for (; k < elements.Length; k++)
        {
            if (elements[k].Kind != PatternElementKind.Word) continue;
            var words = elements[k].Words;
            var filter = new PatternMatcher.WordFilter(words);
            while (pos < end && !(filter.MayMatch(document.TextOf(pos)) && PatternMatcher.WordMatches(document, pos, words))) pos++;
            if (pos == end) return false;
            pos++;
        }
        return true;
    }

    // The pattern's first word stands before the head (its passive subject) and the rest follow it.
    private static bool WordsOfPassiveStand(Document document, PatternElement[] elements, int head, Sentence sentence)
    {
        int k = PatternMatcher.PassiveSubjectElement(elements);
        return k >= 0 && PatternMatcher.MatchesBefore(document, head, elements[k].Words) && WordsFollow(document, elements, k + 1, head + 1, sentence.EndToken);
    }
}

/// <summary>
/// The lexicon entries each word of one document may head, looked up once per word: the trigger check and the coder ask
/// about the same words of a sentence, and the lookup hashes the word ignoring case.
/// </summary>
internal sealed class TokenCandidates(EventLexicon lexicon, Document document)
{
    // Held in a struct: storing into an array of an interface type checks the value's type at every store (arrays are
    // covariant), a call of some 80 instructions for every word of every sentence with actors.
    private readonly Entries[] _byToken = new Entries[document.Tokens.Length];

    private struct Entries
    {
        public IReadOnlyList<(LexiconEntry Entry, bool IsPlural)>? List;
    }

    /// <summary>The entries token <paramref name="token"/> may head (<see cref="EventLexicon.Candidates"/>).</summary>
    public IReadOnlyList<(LexiconEntry Entry, bool IsPlural)> At(int token) => _byToken[token].List ??= lexicon.Candidates(document.TextOf(token));
}
