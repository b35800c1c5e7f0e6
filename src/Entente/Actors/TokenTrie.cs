using System.Collections.Frozen;
using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// A trie over token texts: finds the longest dictionary name starting at a token without allocating.
/// Names are tokenised with the same <see cref="Tokenizer"/> as documents, so "Korea-US" or "U.S." match alike.
/// </summary>
internal sealed class TokenTrie<T> where T : class
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public bool Frozen;
        public List<T>? Values;

        public void Freeze()
        {
            // Every Add unfreezes each node on its path, so a frozen node's whole subtree is unchanged: skip it.
            if (Children is null || Frozen) return;
            Lookup = Children.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            Frozen = true;
            foreach (var child in Children.Values) child.Freeze();
        }
    }

    private readonly Node _root = new();
    // The first two letters of names that begin in lower case: most names are capitalised, so most lower-case words
    // ("and", "of", "said") are rejected by one array read instead of a hash lookup.
    private readonly bool[] _lowerStarts = new bool[1 << 16];

    private static int Prefix(ReadOnlySpan<char> word) => ((word[0] & 0xFF) << 8) | (word.Length > 1 ? word[1] & 0xFF : 0);
    // For the first two characters of a name's first word (folded to 12 bits), the lengths that word comes in (bit n for n
    // characters, bit 63 for longer): most capitalised words that start no name ("The", "But", "Monday") are turned away by
    // one read of a small table instead of a hash of the whole word in the large one.
    private readonly ulong[] _firstWordLengths = new ulong[1 << 12];

    private static int FirstWordBucket(ReadOnlySpan<char> word) => ((word[0] & 0x3F) << 6) | (word.Length > 1 ? word[1] & 0x3F : 0);
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
    private int _count;
    // The tokens of the name being added: one list for every name, since Tokenize(string) sizes a new one by the text.
    private readonly List<Token> _nameTokens = [];

    /// <summary>Number of names added.</summary>
    public int Count => _count;

    /// <summary>Adds <paramref name="value"/> under the token sequence of <paramref name="name"/>.</summary>
    public void Add(string name, T value)
    {
        var tokens = _nameTokens;
        Tokenizer.Tokenize(name, tokens);
        if (tokens.Count == 0) return;
        var node = _root;
        if (char.IsLower(name[tokens[0].Start])) _lowerStarts[Prefix(name.AsSpan(tokens[0].Start, tokens[0].Length))] = true;
        foreach (var t in tokens)
        {
            var key = Normalize(name.AsSpan(t.Start, t.Length));
            if (node == _root) _firstWordLengths[FirstWordBucket(key)] |= LengthBit(key.Length);
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            node.Frozen = false;
            if (!node.Children.TryGetValue(key, out var next)) node.Children[key] = next = new Node();
            node = next;
        }
        (node.Values ??= []).Add(value);
        _count++;
    }

    /// <summary>Builds the read-optimised lookups; call once all names are added (lookups before that see nothing).</summary>
    public void Freeze() => _root.Freeze();

    /// <summary>
    /// The longest name that starts at token <paramref name="first"/> and ends before <paramref name="limit"/>:
    /// its values and the number of tokens it covers; null when none starts there.
    /// </summary>
    public (IReadOnlyList<T> Values, int Length)? LongestMatch(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        var node = _root;
        if (!node.Frozen || first >= limit) return null;
        var head = text.AsSpan(tokens[first].Start, tokens[first].Length);
        if (char.IsLower(head[0]) && !_lowerStarts[Prefix(head)]) return null;
        IReadOnlyList<T>? best = null;
        int bestLength = 0;
        Span<char> buffer = stackalloc char[64];
        for (int i = first; i < limit; i++)
        {
            if (!node.Frozen) break;
            var t = tokens[i];
            if (i > first && (t.StartsLine)) break;
            scoped ReadOnlySpan<char> word = text.AsSpan(t.Start, t.Length);
            if (word.Length <= buffer.Length && word.IndexOf('’') >= 0)
            {
                word.CopyTo(buffer);
                buffer[..word.Length].Replace('’', '\'');
                word = buffer[..word.Length];
            }
            if (i == first && (_firstWordLengths[FirstWordBucket(word)] & LengthBit(word.Length)) == 0) break;
            if (!node.Lookup.TryGetValue(word, out var next)) break;
            node = next;
            if (node.Values is not null) { best = node.Values; bestLength = i - first + 1; }
        }
        return best is null ? null : (best, bestLength);
    }

    /// <summary>The values of a one-word name, looked up by its text ("Saudi" in "Saudi-owned").</summary>
    public IReadOnlyList<T>? Word(ReadOnlySpan<char> word) =>
        _root.Frozen && _root.Lookup.TryGetValue(word, out var node) && node.Values is { } values ? values : null;

    private static string Normalize(ReadOnlySpan<char> token) => token.ToString().Replace('’', '\'');
}
