namespace Entente.Language.Syntax;

/// <summary>
/// The language stage that tags and parses every sentence with the trained models: sets the dependency layer
/// (universal and Penn tags, heads, relations, lemmas) and the coarse tag layer the chunker and clause reading use.
/// Thread-safe: the models are read-only and each thread keeps its own scratch buffers.
/// </summary>
internal sealed class SyntaxAnnotator(SyntaxModel model, NameGazetteer? names = null)
{
    private readonly PartOfSpeech[] _coarse = model.Tagger.TagNames.Select(CoarseOf).ToArray();

    [ThreadStatic] private static WordInfo[]? _words;
    [ThreadStatic] private static int[]? _heads, _labels;
    // The words of the document this thread tagged last (numbered by _documents), kept for its parses: the event coder
    // reads the trees right after the tags, on the same thread, and need not work out the same words again.
    [ThreadStatic] private static long _wordsOf;
    private static long _documents;

    // Documents longer than this have their words worked out again for each parse instead of being kept whole.
    private const int MaxKeptWords = 1 << 14;

    /// <summary>The trained models.</summary>
    public SyntaxModel Model { get; } = model;

    /// <summary>
    /// Tags <paramref name="document"/> and sets its tag and syntax layers; each sentence is parsed the first time a later
    /// stage reads its tree (most sentences of a story carry no event and are never parsed).
    /// </summary>
    public void Process(Document document)
    {
        var tokens = document.TokenArray;
        int n = tokens.Length;
        var coarse = new PartOfSpeech[n];
        var universal = new UniversalTag[n];
        var penn = new string[n];
        var tagClasses = new int[n];
        var heads = new int[n];
        var relations = new DependencyRelation[n];
        var text = document.Text;
        long stamp = Interlocked.Increment(ref _documents);
        bool keep = n <= MaxKeptWords;
        var all = keep ? Buffer(ref _words, n) : default;
        _wordsOf = keep ? stamp : 0;
        foreach (var sentence in document.Sentences)
        {
            int length = sentence.TokenCount;
            if (length == 0) continue;
            var words = keep ? all.Slice(sentence.FirstToken, length) : Buffer(ref _words, length);
            var tags = tagClasses.AsSpan(sentence.FirstToken, length);
            ReadWords(new TokenWords(text, tokens, sentence.FirstToken), words);
            Model.Tagger.Tag(words, tags);
            for (int k = 0; k < length; k++)
            {
                int i = sentence.FirstToken + k;
                int tag = tags[k];
                universal[i] = Model.Tagger.Universal[tag];
                penn[i] = Model.Tagger.Penn[tag];
                coarse[i] = Refine(_coarse[tag], tokens[i], text.AsSpan(tokens[i].Start, tokens[i].Length));
                heads[i] = -1;
            }
        }
        document.SetTags(coarse);
        var lemmatizer = Model.Lemmatizer;
        document.SetSyntax(new SyntaxLayer(universal, penn, heads, relations, i => lemmatizer.Lemma(document.TextOf(i), universal[i]),
            document.SentenceArray, (sentence, allHeads, allRelations) => Parse(document, stamp, tagClasses, sentence, allHeads, allRelations)));
    }

    private void Parse(Document document, long stamp, int[] tagClasses, Sentence sentence, int[] heads, DependencyRelation[] relations)
    {
        int length = sentence.TokenCount;
        if (length == 0) return;
        var sentenceHeads = Buffer(ref _heads, length);
        var labels = Buffer(ref _labels, length);
        Span<WordInfo> words;
        if (_wordsOf == stamp && _words is { } kept && sentence.EndToken <= kept.Length) words = kept.AsSpan(sentence.FirstToken, length);
        else
        {
            // Another document was tagged on this thread since (or none, or this one was too long to keep).
            _wordsOf = 0;
            words = Buffer(ref _words, length);
            ReadWords(new TokenWords(document.Text, document.TokenArray, sentence.FirstToken), words);
        }
        Model.Parser.Parse(words, tagClasses.AsSpan(sentence.FirstToken, length), sentenceHeads, labels);
        for (int k = 0; k < length; k++)
        {
            int i = sentence.FirstToken + k;
            heads[i] = sentenceHeads[k] < 0 ? -1 : sentence.FirstToken + sentenceHeads[k];
            relations[i] = Model.Relations[labels[k]];
        }
        ObjectShiftedPastAMannerPhrase(document, tagClasses, sentence, heads, relations);
    }

    /// <summary>
    /// "The EU condemns in the strongest terms Russia's campaign": news puts a long object after a phrase of manner, and the
    /// parser, having seen few such shifts, hangs the object on that phrase's noun as if "terms" were modified by it. A noun
    /// hung there with no preposition of its own, when the verb has no object, is the verb's object. Not a time ("in Brussels
    /// last week": nmod:tmod).
    /// </summary>
    private void ObjectShiftedPastAMannerPhrase(Document document, int[] tagClasses, Sentence sentence, int[] heads, DependencyRelation[] relations)
    {
        var universal = Model.Tagger.Universal;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (relations[i] != DependencyRelation.Nmod || heads[i] is not (int phrase and >= 0) || phrase > i || relations[phrase] != DependencyRelation.Obl
                || heads[phrase] is not (int verb and >= 0) || verb > phrase || universal[tagClasses[verb]] != UniversalTag.Verb
                || universal[tagClasses[i]] is not (UniversalTag.Noun or UniversalTag.Propn) || WordClasses.IsTimeNoun(document.TextOf(i))) continue;
            // The verb takes no (further) object when it has one, or a clause, or is passive.
            bool marked = false, verbTakesNoMore = false, phraseMarked = false;
            // "killed in a raid by Nigerian and Chadian troops": a preposition between the two nouns, wherever the parser hung
            // it, marks the second.
            for (int k = phrase + 1; k < i; k++) if (universal[tagClasses[k]] == UniversalTag.Adp) marked = true;
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (heads[k] == i && relations[k] == DependencyRelation.Case) marked = true;
                // A passive takes no object.
                if (heads[k] == verb && relations[k] == DependencyRelation.AuxPass) verbTakesNoMore = true;
                if (heads[k] == phrase && relations[k] == DependencyRelation.Case && k < phrase) phraseMarked = true;
                if (heads[k] == verb && relations[k] is DependencyRelation.Obj or DependencyRelation.Ccomp or DependencyRelation.Xcomp) verbTakesNoMore = true;
            }
            if (marked || verbTakesNoMore || !phraseMarked) continue;
            heads[i] = verb;
            relations[i] = DependencyRelation.Obj;
            return;
        }
    }

    // The words of one sentence as the models read them, a Title Case headline read as sentence case.
    private void ReadWords(TokenWords source, Span<WordInfo> words)
    {
        WordInfo.OfSentence(source, words, names);
        WordInfo.FoldTitleCase(source, words, Model.Tagger);
    }

    private static Span<T> Buffer<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length) buffer = new T[Math.Max(length, 256)];
        return buffer.AsSpan(0, length);
    }

    // What the tokenizer knows for certain (quotes, punctuation) and the negation words override the model's class.
    private static PartOfSpeech Refine(PartOfSpeech tagged, Token token, ReadOnlySpan<char> word)
    {
        if (token.Kind == TokenKind.Quote) return PartOfSpeech.Quote;
        if (token.Kind == TokenKind.Punct) return PartOfSpeech.Punctuation;
        if (token.Kind == TokenKind.Number) return PartOfSpeech.Number;
        if (word is "not" or "n't" or "never" or "Not" or "Never" or "NOT") return PartOfSpeech.Negation;
        return tagged;
    }

    /// <summary>The coarse part of speech of a "UPOS|XPOS" class.</summary>
    internal static PartOfSpeech CoarseOf(string tagClass)
    {
        int bar = tagClass.IndexOf('|');
        var upos = tagClass[..bar];
        var xpos = tagClass[(bar + 1)..];
        return upos switch
        {
            "NOUN" => PartOfSpeech.Noun,
            "PROPN" => PartOfSpeech.ProperNoun,
            "VERB" => PartOfSpeech.Verb,
            "AUX" => xpos == "MD" ? PartOfSpeech.Modal : PartOfSpeech.Auxiliary,
            "ADJ" => PartOfSpeech.Adjective,
            "ADV" => xpos == "WRB" ? PartOfSpeech.Wh : PartOfSpeech.Adverb,
            "DET" => xpos == "WDT" ? PartOfSpeech.Wh : PartOfSpeech.Determiner,
            "ADP" => PartOfSpeech.Preposition,
            "PRON" => xpos switch { "PRP$" or "WP$" => PartOfSpeech.Determiner, "WP" or "WDT" => PartOfSpeech.Wh, _ => PartOfSpeech.Pronoun },
            "CCONJ" => PartOfSpeech.Conjunction,
            "SCONJ" => PartOfSpeech.Subordinator,
            "PART" => xpos switch { "TO" => PartOfSpeech.To, "POS" => PartOfSpeech.Possessive, _ => PartOfSpeech.Adverb },
            "NUM" => PartOfSpeech.Number,
            "PUNCT" => xpos is "``" or "''" ? PartOfSpeech.Quote : PartOfSpeech.Punctuation,
            _ => PartOfSpeech.Other,
        };
    }
}
