using Entente.Events.Coding;
using Entente.Language;

namespace Entente.Events;

/// <summary>
/// Whether a sentence can carry an event at all: some word heads a lexicon entry its part of speech fits, or is a word a
/// sentence rule starts from (lists 'manner-support', 'manner-protest', 'obligation', 'obligation-verb', 'pejorative',
/// 'penalty'; the 'naming' rule also needs a pejorative word). A sentence with neither yields no event whatever its
/// actors, so the coder passes over it before grouping its actors, which reads the dependency tree and would parse the
/// sentence for nothing. A sentence rule that starts from a new word list must add it here (LazyParsingTests codes the
/// sample and seed articles both ways, which catches a list left out when those articles use it).
/// </summary>
internal sealed class SentenceTriggers(EventLexicon lexicon, CodingWords words)
{
    private readonly WordSet[] _ruleWords = [words.MannerSupport, words.MannerProtest, words.Obligation, words.ObligationVerb, words.Pejorative, words.Penalty, words.TimeTo];

    /// <summary>True when some word of <paramref name="sentence"/> could start an event.</summary>
    public bool MayCarryEvent(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        var tags = document.Tags;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var word = document.TextOf(i);
            if (tokens[i].Kind == TokenKind.Word && HeadsAnEntry(word, tags[i])) return true;
            foreach (var list in _ruleWords) if (list.Contains(word)) return true;
        }
        return false;
    }

    // Some entry the word heads fits its part of speech (the coder tries no other).
    private bool HeadsAnEntry(ReadOnlySpan<char> word, PartOfSpeech tag)
    {
        var candidates = lexicon.Candidates(word);
        for (int c = 0; c < candidates.Count; c++) if (EventCoder.HeadFits(candidates[c].Entry.Head, tag)) return true;
        return false;
    }
}
