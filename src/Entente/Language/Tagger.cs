using System.Collections.Frozen;

namespace Entente.Language;

/// <summary>
/// A light part-of-speech tagger: closed-class lexicon, a list of common verbs with their inflections,
/// suffix morphology and capitalisation, then one pass of context rules for noun/verb ambiguity.
/// Good enough for chunking and clause reading; not a statistical tagger.
/// </summary>
internal sealed class Tagger
{
    private readonly FrozenSet<string> _verbForms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbLookup;
    private readonly FrozenSet<string> _pastForms;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pastLookup;

    /// <summary>
    /// Creates a tagger that knows the common verbs plus <paramref name="extraVerbLemmas"/> (e.g. the event lexicon's), and
    /// the <paramref name="demonyms"/> ("Mexican") after which a verb form is a noun.
    /// </summary>
    public Tagger(Inflector inflector, IEnumerable<string>? extraVerbLemmas = null, IEnumerable<string>? demonyms = null)
    {
        _demonymLookup = (demonyms ?? []).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var past = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var lemma in CommonVerbs.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(extraVerbLemmas ?? []))
        {
            var f = inflector.Inflect(lemma);
            _lemmas.Add(lemma);
            foreach (var form in f.All) forms.Add(form);
            past.Add(f.Past);
            past.Add(f.Participle);
        }
        _verbForms = forms.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _verbLookup = _verbForms.GetAlternateLookup<ReadOnlySpan<char>>();
        _pastForms = past.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _pastLookup = _pastForms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _demonymLookup;
    private readonly HashSet<string> _lemmas = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LemmaLookup => _lemmas.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is the base form of a known verb.</summary>
    public bool IsBaseForm(ReadOnlySpan<char> word) => LemmaLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> is a known verb form.</summary>
    public bool IsVerbForm(ReadOnlySpan<char> word) => _verbLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> is a known past tense or participle.</summary>
    public bool IsPastForm(ReadOnlySpan<char> word) => _pastLookup.Contains(word);

    /// <summary>Tags every token of <paramref name="document"/>.</summary>
    public void Process(Document document)
    {
        var tokens = document.Tokens;
        var tags = new PartOfSpeech[tokens.Length];
        var text = document.Text;
        foreach (var sentence in document.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                tags[i] = TagAlone(text, tokens[i], i == sentence.FirstToken);
            // Context: a verb-or-noun word after a determiner, possessive, adjective or preposition is a noun.
            for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
            {
                if (tags[i] != PartOfSpeech.Verb) continue;
                var prev = tags[i - 1];
                var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
                bool pastOrGerund = _pastLookup.Contains(word) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                bool afterTo = prev is PartOfSpeech.Preposition or PartOfSpeech.To && text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length).Equals("to", StringComparison.OrdinalIgnoreCase);
                if (afterTo && !pastOrGerund)
                {
                    // "plan to meet": the infinitive. ("to talks" stays a noun: "talks" is not a base form.)
                    if (IsBaseForm(word)) tags[i - 1] = PartOfSpeech.To;
                    else tags[i] = PartOfSpeech.Noun;
                }
                else if (!pastOrGerund && prev is PartOfSpeech.Determiner or PartOfSpeech.Possessive or PartOfSpeech.Adjective or PartOfSpeech.Preposition or PartOfSpeech.Number)
                    tags[i] = PartOfSpeech.Noun;
                // "a two-day visit", "the border patrol": a base form after a singular noun that a determiner opens is a noun
                // (a singular subject would need "visits").
                else if (!pastOrGerund && prev == PartOfSpeech.Noun && !word.EndsWith("s", StringComparison.OrdinalIgnoreCase)
                         && !document.TextOf(i - 1).EndsWith("s", StringComparison.OrdinalIgnoreCase) && OpensWithDeterminer(document, tags, i - 1, sentence.FirstToken))
                    tags[i] = PartOfSpeech.Noun;
                // "the China-Russia talks", "U.S.-Ukraine talks": after two names joined by a hyphen (an attributive pair) the
                // word is a noun.
                else if (!pastOrGerund && i >= sentence.FirstToken + 3 && prev == PartOfSpeech.ProperNoun && document.TextOf(i - 2) is "-" or "–"
                         && tags[i - 3] == PartOfSpeech.ProperNoun)
                    tags[i] = PartOfSpeech.Noun;
                // "Mexican exports", "Chinese imports": after a state's adjective the word is a noun.
                else if (!pastOrGerund && _demonymLookup.Contains(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length)))
                    tags[i] = PartOfSpeech.Noun;
            }
            // "NATO allies will …", "the partners have …": a plural form before a modal or auxiliary is the subject noun.
            for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
                if (tags[i] == PartOfSpeech.Verb && (tags[i + 1] is PartOfSpeech.Modal or PartOfSpeech.Auxiliary or PartOfSpeech.Conjunction
                    || (tags[i + 1] == PartOfSpeech.Verb && _pastLookup.Contains(document.TextOf(i + 1))))
                    && document.TextOf(i).EndsWith('s') && i > sentence.FirstToken && tags[i - 1] is PartOfSpeech.ProperNoun or PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Determiner)
                    tags[i] = PartOfSpeech.Noun;
            // "the occupied West Bank", "the banned movement": a participle between a determiner and a noun is an adjective.
            for (int i = sentence.FirstToken + 1; i + 1 < sentence.EndToken; i++)
                if (tags[i] == PartOfSpeech.Verb && tags[i - 1] == PartOfSpeech.Determiner && tags[i + 1] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun
                    && document.TextOf(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                    tags[i] = PartOfSpeech.Adjective;
            // "to" before a base verb is the infinitive marker.
            for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
                if (tags[i] == PartOfSpeech.Preposition && tags[i + 1] == PartOfSpeech.Verb && document.TextOf(i).Equals("to", StringComparison.OrdinalIgnoreCase))
                    tags[i] = PartOfSpeech.To;
        }
        document.SetTags(tags);
    }

    // True when the noun phrase ending at <end> starts with a determiner or possessive: "the", "a", "its", "Peru's".
    private static bool OpensWithDeterminer(Document document, PartOfSpeech[] tags, int end, int first)
    {
        for (int k = end; k >= first && k > end - 5; k--)
        {
            if (tags[k] is PartOfSpeech.Determiner or PartOfSpeech.Possessive) return true;
            if (tags[k] is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Number || document.TextOf(k) is "-") continue;
            return false;
        }
        return false;
    }

    private PartOfSpeech TagAlone(string text, Token token, bool sentenceStart)
    {
        switch (token.Kind)
        {
            case TokenKind.Number: return PartOfSpeech.Number;
            case TokenKind.Punct: return PartOfSpeech.Punctuation;
            case TokenKind.Quote: return PartOfSpeech.Quote;
            case TokenKind.Symbol: return PartOfSpeech.Other;
        }
        var word = text.AsSpan(token.Start, token.Length);
        if (word is "'s" or "’s" or "'S") return PartOfSpeech.Possessive;
        var closed = WordClasses.Of(word);
        bool capital = char.IsUpper(word[0]);
        if (closed != PartOfSpeech.Other)
        {
            // "US" and "IT" written in capitals are acronyms, not pronouns; "May" mid-sentence is the month.
            if (word.Length >= 2 && WordClasses.IsAllUpper(word)) return PartOfSpeech.ProperNoun;
            if (capital && !sentenceStart && word is "May") return PartOfSpeech.ProperNoun;
            return closed;
        }
        if (capital && !sentenceStart) return PartOfSpeech.ProperNoun;
        if (_verbLookup.Contains(word)) return PartOfSpeech.Verb;
        if (capital) return PartOfSpeech.ProperNoun;
        if (word.EndsWith("ly")) return PartOfSpeech.Adverb;
        if (word.EndsWith("ed") || word.EndsWith("ing")) return PartOfSpeech.Verb;
        if (word.EndsWith("al") || word.EndsWith("ive") || word.EndsWith("ous") || word.EndsWith("ic") || word.EndsWith("ful")
            || word.EndsWith("less") || word.EndsWith("able") || word.EndsWith("ible") || word.EndsWith("ary") || word.EndsWith("ese") || word.EndsWith("ian"))
            return PartOfSpeech.Adjective;
        return PartOfSpeech.Noun;
    }

    // Verbs common in news that the event lexicon may not hold: reporting, cognition, light and motion verbs.
    private const string CommonVerbs =
        "say tell add note stress state announce claim insist argue believe think expect estimate suggest report confirm reveal " +
        "explain write indicate maintain emphasize emphasise acknowledge admit assert declare describe mention point recall " +
        "make take give get go come see know want need seem become remain keep begin continue try use find include involve " +
        "allow help show hold bring put set run move live happen provide create develop build increase reduce focus address " +
        "discuss consider plan intend aim hope seek agree decide vow pledge promise prepare ready face pose raise rise grow " +
        "lead follow mark label call urge ask respond react reply fear worry concern play work serve act carry conduct launch " +
        "send deliver supply sign attend visit meet talk negotiate cooperate join enter leave enhance strengthen deepen expand " +
        "extend improve integrate harness share align intervene interfere change regard posit dismiss reject deny oppose " +
        "criticize criticise accuse warn threaten attack invade fire shoot strike kill deploy mobilize mobilise patrol fly sail " +
        "monitor watch undermine stoke contain secure guarantee trust benefit encourage support back defend protect offer";
}
