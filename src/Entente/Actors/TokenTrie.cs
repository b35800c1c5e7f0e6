using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// A trie over token texts: finds the longest dictionary name starting at a token without allocating.
/// Names are tokenised with the same <see cref="Tokenizer"/> as documents, so "Korea-US" or "U.S." match alike.
/// </summary>
internal sealed class TokenTrie<T> where T : class
{
    // The trie is flat: every distinct word of every name has a number, every node has a number (the root is 0), and one
    // table maps (node, word) to the child node. Building it makes one string per distinct word and one table entry per
    // edge; a dictionary per node, frozen one by one, cost most of the dictionary's start-up (about a third of loading it).
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<long, int> _edges = [];
    // The values of each node by its number; null for a node that ends no name.
    private readonly List<List<T>?> _values = [null];
    private bool _frozen;
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

    /// <summary>Creates an empty trie.</summary>
    public TokenTrie() => _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    // A trie about to be filled from an image: its tables sized at once.
    private TokenTrie(int words, int edges, int nodes)
    {
        _words = new(words, StringComparer.Ordinal);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = new(edges);
        _values = new(nodes);
    }

    /// <summary>Number of names added.</summary>
    public int Count => _count;

    // The edge key of (node, word), multiplied by an odd constant (a one-to-one map) so that the key's hash code, which
    // folds its two halves together, spreads small node and word numbers over the table.
    private static long EdgeKey(int node, int word) => (long)((((ulong)(uint)node << 32) | (uint)word) * 0x9E3779B97F4A7C15UL);

    /// <summary>Adds <paramref name="value"/> under the token sequence of <paramref name="name"/>.</summary>
    public void Add(string name, T value)
    {
        var tokens = _nameTokens;
        Tokenizer.Tokenize(name, tokens);
        if (tokens.Count == 0) return;
        _frozen = false;
        int node = 0;
        if (char.IsLower(name[tokens[0].Start])) _lowerStarts[Prefix(name.AsSpan(tokens[0].Start, tokens[0].Length))] = true;
        Span<char> buffer = stackalloc char[64];
        foreach (var t in tokens)
        {
            var key = Normalize(name.AsSpan(t.Start, t.Length), buffer);
            if (node == 0) _firstWordLengths[FirstWordBucket(key)] |= LengthBit(key.Length);
            if (!_wordLookup.TryGetValue(key, out int word)) _wordLookup[key] = word = _words.Count;
            long edge = EdgeKey(node, word);
            if (!_edges.TryGetValue(edge, out int next))
            {
                _edges[edge] = next = _values.Count;
                _values.Add(null);
            }
            node = next;
        }
        (_values[node] ??= []).Add(value);
        _count++;
    }

    /// <summary>Makes the names added visible to lookups; call once all names are added (lookups before that see nothing).</summary>
    public void Freeze() => _frozen = true;

    // The child of node for the word, or -1.
    private int Child(int node, ReadOnlySpan<char> word) =>
        _wordLookup.TryGetValue(word, out int w) && _edges.TryGetValue(EdgeKey(node, w), out int next) ? next : -1;

    /// <summary>
    /// The longest name that starts at token <paramref name="first"/> and ends before <paramref name="limit"/>:
    /// its values and the number of tokens it covers; null when none starts there.
    /// </summary>
    public (IReadOnlyList<T> Values, int Length)? LongestMatch(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        if (!_frozen || first >= limit) return null;
        var head = text.AsSpan(tokens[first].Start, tokens[first].Length);
        if (char.IsLower(head[0]) && !_lowerStarts[Prefix(head)]) return null;
        IReadOnlyList<T>? best = null;
        int bestLength = 0;
        int node = 0;
        Span<char> buffer = stackalloc char[64];
        for (int i = first; i < limit; i++)
        {
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
            node = Child(node, word);
            if (node < 0) break;
            if (_values[node] is { } values) { best = values; bestLength = i - first + 1; }
        }
        return best is null ? null : (best, bestLength);
    }

    /// <summary>
    /// The values of the name made of the tokens from <paramref name="first"/> up to <paramref name="last"/> (not included)
    /// followed by <paramref name="lastWord"/> ("Marshall" and "Islands" of "Marshall Islands-flagged"); null when no name is.
    /// </summary>
    public IReadOnlyList<T>? NameEndingIn(string text, ReadOnlySpan<Token> tokens, int first, int last, ReadOnlySpan<char> lastWord)
    {
        if (!_frozen) return null;
        int node = 0;
        for (int i = first; i < last && node >= 0; i++) node = Child(node, text.AsSpan(tokens[i].Start, tokens[i].Length));
        return node >= 0 && Child(node, lastWord) is >= 0 and var end ? _values[end] : null;
    }

    /// <summary>The values of a one-word name, looked up by its text ("Saudi" in "Saudi-owned").</summary>
    public IReadOnlyList<T>? Word(ReadOnlySpan<char> word) =>
        _frozen && Child(0, word) is >= 0 and var node ? _values[node] : null;

    /// <summary>Every value added, node by node.</summary>
    public IEnumerable<T> AllValues()
    {
        foreach (var values in _values)
            if (values is not null) foreach (var value in values) yield return value;
    }

    /// <summary>
    /// Writes the trie's tables as they are (see <see cref="ActorImage"/>), each value as the number
    /// <paramref name="numberOf"/> gives it.
    /// </summary>
    public void Write(ImageWriter writer, Func<T, int> numberOf)
    {
        writer.Write(_words.Count);
        writer.Write(_edges.Count);
        writer.Write(_values.Count);
        foreach (var (word, number) in _words) { writer.Write(word); writer.Write(number); }
        foreach (var (edge, child) in _edges) { writer.Write(edge); writer.Write(child); }
        foreach (var values in _values)
        {
            writer.Write(values is null ? -1 : values.Count);
            if (values is not null) foreach (var value in values) writer.Write(numberOf(value));
        }
        int lowerStarts = 0;
        foreach (bool start in _lowerStarts) if (start) lowerStarts++;
        writer.Write(lowerStarts);
        for (int i = 0; i < _lowerStarts.Length; i++) if (_lowerStarts[i]) writer.Write(i);
        int lengthBuckets = 0;
        foreach (ulong lengths in _firstWordLengths) if (lengths != 0) lengthBuckets++;
        writer.Write(lengthBuckets);
        for (int i = 0; i < _firstWordLengths.Length; i++)
            if (_firstWordLengths[i] != 0) { writer.Write(i); writer.Write(_firstWordLengths[i]); }
        writer.Write(_count);
        writer.Write(_frozen ? 1 : 0);
    }

    /// <summary>Reads a trie written by <see cref="Write"/>, each value from its number by <paramref name="valueAt"/>.</summary>
    public static TokenTrie<T> Read(ActorImageReader reader, Func<int, T> valueAt)
    {
        int words = reader.ReadCount(), edges = reader.ReadCount(), nodes = reader.ReadCount();
        var trie = new TokenTrie<T>(words, edges, nodes);
        // Entered in the order they were written: the tables are the same, down to the order they enumerate in.
        for (int i = 0; i < words; i++) trie._words.Add(reader.ReadRequiredString(), reader.ReadInt32());
        for (int i = 0; i < edges; i++) trie._edges.Add(reader.ReadInt64(), reader.ReadInt32());
        for (int node = 0; node < nodes; node++)
        {
            int count = reader.ReadInt32();
            if (count == -1) { trie._values.Add(null); continue; }
            if (count < 0 || count > nodes * 64) throw new InvalidDataException("bad value count in actor image");
            var values = new List<T>(count);
            for (int v = 0; v < count; v++) values.Add(valueAt(reader.ReadInt32()));
            trie._values.Add(values);
        }
        for (int i = reader.ReadCount(); i > 0; i--) trie._lowerStarts[reader.ReadInt32()] = true;
        for (int i = reader.ReadCount(); i > 0; i--) trie._firstWordLengths[reader.ReadInt32()] = reader.ReadUInt64();
        trie._count = reader.ReadInt32();
        trie._frozen = reader.ReadInt32() != 0;
        return trie;
    }

    // A name's word as the trie keys it: typographic apostrophes written straight. Copied only when it has one.
    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (token.IndexOf('’') < 0) return token;
        var copy = token.Length <= buffer.Length ? buffer[..token.Length] : new char[token.Length];
        token.CopyTo(copy);
        copy.Replace('’', '\'');
        return copy;
    }
}
