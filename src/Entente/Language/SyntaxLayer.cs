namespace Entente.Language;

/// <summary>
/// The grammar of a document's tokens: each token's universal and Penn tag, its lemma, and its place in its
/// sentence's dependency tree (head token and relation). Token indices are the document's; a sentence's root has
/// head -1. Children are indexed once, so walking a tree costs only the nodes visited.
/// </summary>
public sealed class SyntaxLayer
{
    private readonly UniversalTag[] _universal;
    private readonly string[] _penn;
    private readonly int[] _heads;
    private readonly DependencyRelation[] _relations;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly Func<int, string> _lemma;

    /// <summary>Creates the layer; <paramref name="lemma"/> gives a token's lemma on demand (most tokens never need one).</summary>
    public SyntaxLayer(UniversalTag[] universal, string[] penn, int[] heads, DependencyRelation[] relations, Func<int, string> lemma)
    {
        int n = heads.Length;
        if (universal.Length != n || penn.Length != n || relations.Length != n) throw new ArgumentException("Syntax arrays differ in length.");
        _universal = universal;
        _penn = penn;
        _heads = heads;
        _relations = relations;
        _lemma = lemma;
        _firstChild = new int[n];
        _nextSibling = new int[n];
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        // Children in text order: link from the right so each list starts at the leftmost child.
        for (int i = n - 1; i >= 0; i--)
        {
            int h = heads[i];
            if (h < 0) continue;
            _nextSibling[i] = _firstChild[h];
            _firstChild[h] = i;
        }
    }

    /// <summary>Universal part-of-speech tags, one per token.</summary>
    public ReadOnlySpan<UniversalTag> Universal => _universal;

    /// <summary>Penn Treebank tags ("VBD", "NNP"), one per token.</summary>
    public IReadOnlyList<string> Penn => _penn;

    /// <summary>The head of each token (a document token index), or -1 for a sentence root.</summary>
    public ReadOnlySpan<int> Heads => _heads;

    /// <summary>The relation of each token to its head.</summary>
    public ReadOnlySpan<DependencyRelation> Relations => _relations;

    /// <summary>The head of <paramref name="token"/>, or -1.</summary>
    public int HeadOf(int token) => _heads[token];

    /// <summary>The relation of <paramref name="token"/> to its head.</summary>
    public DependencyRelation RelationOf(int token) => _relations[token];

    /// <summary>The lemma of <paramref name="token"/>: lower case, except proper nouns.</summary>
    public string LemmaOf(int token) => _lemma(token);

    /// <summary>The dependents of <paramref name="head"/>, in text order.</summary>
    public ChildEnumerator ChildrenOf(int head) => new(this, _firstChild[head]);

    /// <summary>The first dependent of <paramref name="head"/> with relation <paramref name="relation"/>, or -1.</summary>
    public int ChildWith(int head, DependencyRelation relation)
    {
        for (int c = _firstChild[head]; c >= 0; c = _nextSibling[c]) if (_relations[c] == relation) return c;
        return -1;
    }

    /// <summary>True when <paramref name="ancestor"/> dominates <paramref name="token"/> (or is it).</summary>
    public bool Dominates(int ancestor, int token)
    {
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
