using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// A trie over token texts: finds the longest dictionary name starting at a token without allocating.
/// Names are tokenised with the same <see cref="Tokenizer"/> as documents, so "Korea-US" or "U.S." match alike.
/// </summary>
public sealed class TokenTrie<T> where T : class
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public List<T>? Values;
    }

    private readonly Node _root = new();
    private int _count;

    /// <summary>Number of names added.</summary>
    public int Count => _count;

    /// <summary>Adds <paramref name="value"/> under the token sequence of <paramref name="name"/>.</summary>
    public void Add(string name, T value)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Length == 0) return;
        var node = _root;
        foreach (var t in tokens)
        {
            var key = Normalize(name.AsSpan(t.Start, t.Length));
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.Ordinal);
                node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!node.Children.TryGetValue(key, out var next)) node.Children[key] = next = new Node();
            node = next;
        }
        (node.Values ??= []).Add(value);
        _count++;
    }

    /// <summary>
    /// The longest name that starts at token <paramref name="first"/> and ends before <paramref name="limit"/>:
    /// its values and the number of tokens it covers; null when none starts there.
    /// </summary>
    public (IReadOnlyList<T> Values, int Length)? LongestMatch(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        var node = _root;
        IReadOnlyList<T>? best = null;
        int bestLength = 0;
        Span<char> buffer = stackalloc char[64];
        for (int i = first; i < limit; i++)
        {
            if (node.Children is null) break;
            var t = tokens[i];
            if (i > first && (t.StartsLine)) break;
            scoped ReadOnlySpan<char> word = text.AsSpan(t.Start, t.Length);
            if (word.Contains('’') && word.Length <= buffer.Length)
            {
                word.CopyTo(buffer);
                buffer[..word.Length].Replace('’', '\'');
                word = buffer[..word.Length];
            }
            if (!node.Lookup.TryGetValue(word, out var next)) break;
            node = next;
            if (node.Values is not null) { best = node.Values; bestLength = i - first + 1; }
        }
        return best is null ? null : (best, bestLength);
    }

    private static string Normalize(ReadOnlySpan<char> token) => token.ToString().Replace('’', '\'');
}
