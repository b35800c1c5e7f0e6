namespace Entente.Language;

/// <summary>
/// The grammar of a document's tokens: each token's universal and Penn tag, its lemma, and its place in its
/// sentence's dependency tree (head token and relation). Token indices are the document's; a sentence's root has
/// head -1. Children are indexed once, so walking a tree costs only the nodes visited.
/// </summary>
internal sealed class SyntaxLayer
{
    private readonly UniversalTag[] _universal;
    private readonly string[] _penn;
    private readonly int[] _heads;
    private readonly DependencyRelation[] _relations;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly Func<int, string> _lemma;
    private readonly Sentence[] _sentences;
    private readonly bool[] _parsed;
    private readonly Action<Sentence, int[], DependencyRelation[]>? _parse;
    private int _unparsed;

    /// <summary>Creates the layer over trees already made.</summary>
    public SyntaxLayer(UniversalTag[] universal, string[] penn, int[] heads, DependencyRelation[] relations, Func<int, string> lemma)
        : this(universal, penn, heads, relations, lemma, [], null)
    {
    }

    /// <summary>
    /// Creates the layer; <paramref name="parse"/> fills a sentence's heads and relations the first time any of its
    /// tokens is asked about, so sentences no later stage reads are never parsed. <paramref name="lemma"/> gives a
    /// token's lemma on demand.
    /// </summary>
    public SyntaxLayer(UniversalTag[] universal, string[] penn, int[] heads, DependencyRelation[] relations, Func<int, string> lemma,
        Sentence[] sentences, Action<Sentence, int[], DependencyRelation[]>? parse)
    {
        int n = heads.Length;
        if (universal.Length != n || penn.Length != n || relations.Length != n) throw new ArgumentException("Syntax arrays differ in length.");
        _universal = universal;
        _penn = penn;
        _heads = heads;
        _relations = relations;
        _lemma = lemma;
        _sentences = parse is null ? [] : sentences;
        _parse = parse;
        _parsed = new bool[_sentences.Length];
        _unparsed = _sentences.Length;
        _firstChild = new int[n];
        _nextSibling = new int[n];
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        if (parse is null) Link(0, n);
    }

    // Children in text order: link from the right so each list starts at the leftmost child.
    private void Link(int first, int end)
    {
        for (int i = end - 1; i >= first; i--)
        {
            int h = _heads[i];
            if (h < 0) continue;
            _nextSibling[i] = _firstChild[h];
            _firstChild[h] = i;
        }
    }

    // The tokens of the sentence ensured last: rules ask about many tokens of one sentence in a row, and a token of a
    // sentence already parsed needs no search for its sentence.
    private int _ensuredFirst, _ensuredEnd;

    private void Ensure(int token)
    {
        if (_unparsed == 0 || (uint)(token - _ensuredFirst) < (uint)(_ensuredEnd - _ensuredFirst)) return;
        int index = Sentence.IndexOf(_sentences, token);
        if (index < 0) return;
        ParseSentence(index);
        (_ensuredFirst, _ensuredEnd) = (_sentences[index].FirstToken, _sentences[index].EndToken);
    }

    private void ParseSentence(int index)
    {
        if (_parsed[index]) return;
        var sentence = _sentences[index];
        _parse!(sentence, _heads, _relations);
        Link(sentence.FirstToken, sentence.EndToken);
        _parsed[index] = true;
        _unparsed--;
    }

    private void EnsureAll()
    {
        for (int s = 0; _unparsed > 0 && s < _sentences.Length; s++) ParseSentence(s);
    }

    /// <summary>Number of sentences parsed so far (the others had no reader).</summary>
    public int ParsedSentences => _sentences.Length - _unparsed;

    /// <summary>Universal part-of-speech tags, one per token.</summary>
    public ReadOnlySpan<UniversalTag> Universal => _universal;

    /// <summary>Penn Treebank tags ("VBD", "NNP"), one per token.</summary>
    public IReadOnlyList<string> Penn => _penn;

    /// <summary>The head of each token (a document token index), or -1 for a sentence root (parses every sentence).</summary>
    public ReadOnlySpan<int> Heads
    {
        get { EnsureAll(); return _heads; }
    }

    /// <summary>The relation of each token to its head (parses every sentence).</summary>
    public ReadOnlySpan<DependencyRelation> Relations
    {
        get { EnsureAll(); return _relations; }
    }

    /// <summary>The head of <paramref name="token"/>, or -1.</summary>
    public int HeadOf(int token)
    {
        Ensure(token);
        return _heads[token];
    }

    /// <summary>The relation of <paramref name="token"/> to its head.</summary>
    public DependencyRelation RelationOf(int token)
    {
        Ensure(token);
        return _relations[token];
    }

    /// <summary>The lemma of <paramref name="token"/>: lower case, except proper nouns.</summary>
    public string LemmaOf(int token) => _lemma(token);

    /// <summary>The dependents of <paramref name="head"/>, in text order.</summary>
    public ChildEnumerator ChildrenOf(int head)
    {
        Ensure(head);
        return new(this, _firstChild[head]);
    }

    /// <summary>The first dependent of <paramref name="head"/> with relation <paramref name="relation"/>, or -1.</summary>
    public int ChildWith(int head, DependencyRelation relation)
    {
        Ensure(head);
        for (int c = _firstChild[head]; c >= 0; c = _nextSibling[c]) if (_relations[c] == relation) return c;
        return -1;
    }

    /// <summary>The head of the phrase of tokens [<paramref name="first"/>, <paramref name="end"/>): climbing from its last
    /// token, the first one whose own head the tree puts outside it ("ministry" of "the ministry of foreign affairs").</summary>
    public int PhraseHead(int first, int end)
    {
        int token = end - 1;
        while (HeadOf(token) >= first && HeadOf(token) < end) token = HeadOf(token);
        return token;
    }

    /// <summary>True when <paramref name="ancestor"/> dominates <paramref name="token"/> (or is it).</summary>
    public bool Dominates(int ancestor, int token)
    {
        Ensure(token);
        for (int i = token, steps = 0; i >= 0 && steps < 512; i = _heads[i], steps++) if (i == ancestor) return true;
        return false;
    }

    /// <summary>Enumerates a token's dependents without allocating.</summary>
    public struct ChildEnumerator(SyntaxLayer layer, int first)
    {
        private int _next = first;

        /// <summary>The current dependent.</summary>
        public int Current { get; private set; } = -1;

        /// <summary>Moves to the next dependent.</summary>
        public bool MoveNext()
        {
            if (_next < 0) return false;
            Current = _next;
            _next = layer._nextSibling[_next];
            return true;
        }

        /// <summary>This enumerator (for foreach).</summary>
        public readonly ChildEnumerator GetEnumerator() => this;
    }
}
