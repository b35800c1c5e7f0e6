using System.Runtime.InteropServices;
using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// A trie over token texts: finds the longest dictionary name starting at a token without allocating.
/// Names are tokenised with the same <see cref="Tokenizer"/> as documents, so "Korea-US" or "U.S." match alike.
/// </summary>
internal sealed class TokenTrie<T> where T : class
{
    // Names are added to growable tables: every distinct word of every name has a number, every node has a number (the root
    // is 0), and one table maps (node, word) to the child node. Freezing lays them out flat for lookups (FrozenTables); a
    // trie read from an image has only the flat tables, read in a few copies, and no growable ones (it takes no more names).
    private readonly Dictionary<string, int>? _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<long, int>? _edges;
    // For each node but the root, the node it hangs from and the word of its edge.
    private readonly List<(int Parent, int Word)>? _links;
    // The values of each node by its number; null for a node that ends no name.
    private readonly List<List<T>?>? _values;
    // The tables lookups read; null while names are being added (lookups then see nothing).
    private FrozenTables? _frozen;
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
    public TokenTrie()
    {
        _words = new(StringComparer.Ordinal);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _edges = [];
        _links = [(-1, -1)];
        _values = [null];
    }

    // A trie read from an image: its flat tables only.
    private TokenTrie(FrozenTables frozen) => _frozen = frozen;

    /// <summary>Number of names added.</summary>
    public int Count => _count;

    // The edge key of (node, word), multiplied by an odd constant (a one-to-one map) so that the key's hash code, which
    // folds its two halves together, spreads small node and word numbers over the table.
    private static long EdgeKey(int node, int word) => (long)((((ulong)(uint)node << 32) | (uint)word) * 0x9E3779B97F4A7C15UL);

    /// <summary>Adds <paramref name="value"/> under the token sequence of <paramref name="name"/>.</summary>
    public void Add(string name, T value)
    {
        if (_words is null || _edges is null || _links is null || _values is null)
            throw new InvalidOperationException("a trie read from an image takes no more names");
        var tokens = _nameTokens;
        Tokenizer.Tokenize(name, tokens);
        if (tokens.Count == 0) return;
        _frozen = null;
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
                _links.Add((node, word));
            }
            node = next;
        }
        (_values[node] ??= []).Add(value);
        _count++;
    }

    /// <summary>Makes the names added visible to lookups; call once all names are added (lookups before that see nothing).</summary>
    public void Freeze()
    {
        if (_frozen is not null || _words is null || _links is null || _values is null) return;
        var words = new string[_words.Count];
        foreach (var (word, number) in _words) words[number] = word;
        _frozen = FrozenTables.Of(words, _links, _values);
    }

    /// <summary>
    /// The longest name that starts at token <paramref name="first"/> and ends before <paramref name="limit"/>:
    /// its values and the number of tokens it covers; null when none starts there.
    /// </summary>
    public (IReadOnlyList<T> Values, int Length)? LongestMatch(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        if (_frozen is not { } frozen || first >= limit) return null;
        var head = text.AsSpan(tokens[first].Start, tokens[first].Length);
        if (char.IsLower(head[0]) && !_lowerStarts[Prefix(head)]) return null;
        int best = -1;
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
            node = frozen.Child(node, word);
            if (node < 0) break;
            if (frozen.HasValues(node)) { best = node; bestLength = i - first + 1; }
        }
        return best < 0 ? null : (frozen.ValuesOf(best)!, bestLength);
    }

    /// <summary>
    /// The values of the name made of the tokens from <paramref name="first"/> up to <paramref name="last"/> (not included)
    /// followed by <paramref name="lastWord"/> ("Marshall" and "Islands" of "Marshall Islands-flagged"); null when no name is.
    /// </summary>
    public IReadOnlyList<T>? NameEndingIn(string text, ReadOnlySpan<Token> tokens, int first, int last, ReadOnlySpan<char> lastWord)
    {
        if (_frozen is not { } frozen) return null;
        int node = 0;
        for (int i = first; i < last && node >= 0; i++) node = frozen.Child(node, text.AsSpan(tokens[i].Start, tokens[i].Length));
        return node >= 0 && frozen.Child(node, lastWord) is >= 0 and var end ? frozen.ValuesOf(end) : null;
    }

    /// <summary>The values of a one-word name, looked up by its text ("Saudi" in "Saudi-owned").</summary>
    public IReadOnlyList<T>? Word(ReadOnlySpan<char> word) =>
        _frozen is { } frozen && frozen.Child(0, word) is >= 0 and var node ? frozen.ValuesOf(node) : null;

    /// <summary>Every value added, node by node (of a frozen trie).</summary>
    public IEnumerable<T> AllValues()
    {
        var frozen = _frozen ?? throw new InvalidOperationException("the trie is not frozen");
        for (int node = 0; node < frozen.NodeCount; node++)
            if (frozen.ValuesOf(node) is { } values) foreach (var value in values) yield return value;
    }

    /// <summary>
    /// Writes the frozen trie's tables as they are (see <see cref="ActorImage"/>), each value as the number
    /// <paramref name="numberOf"/> gives it.
    /// </summary>
    public void Write(ImageWriter writer, Func<T, int> numberOf)
    {
        var frozen = _frozen ?? throw new InvalidOperationException("the trie is not frozen");
        frozen.Write(writer, numberOf);
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
    }

    /// <summary>
    /// Reads a trie written by <see cref="Write"/>, frozen: each value from its number (below <paramref name="valueCount"/>)
    /// by <paramref name="valueAt"/>, the first time a lookup returns it.
    /// </summary>
    public static TokenTrie<T> Read(ImageReader reader, int valueCount, Func<int, T> valueAt)
    {
        var trie = new TokenTrie<T>(FrozenTables.Read(reader, valueCount, valueAt));
        for (int i = reader.ReadCount(); i > 0; i--) trie._lowerStarts[reader.ReadInt32()] = true;
        for (int i = reader.ReadCount(); i > 0; i--) trie._firstWordLengths[reader.ReadInt32()] = reader.ReadUInt64();
        trie._count = reader.ReadInt32();
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

    /// <summary>
    /// The trie laid out flat for lookups, in arrays an image holds as they are: the words' characters one after the other
    /// with an open-addressed index by spelling, the root's child by word, every other node's children sorted by word, and
    /// each node's values (a list made the first time it is asked for, when read from an image).
    /// </summary>
    private sealed class FrozenTables(char[] wordChars, int[] wordStarts, int[] wordSlots, int[] rootChildren, int[] edgeStarts,
        int[] edgeWords, int[] edgeChildren, int[] valueStarts, int[] valueNumbers, IReadOnlyList<T>?[] nodeValues, Func<int, T>? valueAt)
    {
        // Word w is wordChars[wordStarts[w]..wordStarts[w + 1]]; wordSlots is the words' SpellingIndex, at most half full.
        // The root has thousands of children: rootChildren is its child by word number, 0 for none (no edge leads back to
        // the root). Node n's other edges are edgeWords[edgeStarts[n]..edgeStarts[n + 1]], sorted, with their children
        // alongside in edgeChildren. Read from an image, node n's values are the values numbered
        // valueNumbers[valueStarts[n]..valueStarts[n + 1]], made by valueAt into nodeValues when first asked for; built
        // name by name, nodeValues holds them all (valueAt null).
        private readonly char[] _wordChars = wordChars;
        private readonly int[] _wordStarts = wordStarts, _wordSlots = wordSlots, _rootChildren = rootChildren;
        private readonly int[] _edgeStarts = edgeStarts, _edgeWords = edgeWords, _edgeChildren = edgeChildren;
        private readonly int[] _valueStarts = valueStarts, _valueNumbers = valueNumbers;
        private readonly IReadOnlyList<T>?[] _nodeValues = nodeValues;
        private readonly Func<int, T>? _valueAt = valueAt;

        public int NodeCount => _nodeValues.Length;

        /// <summary>The tables of a trie built name by name: <paramref name="words"/> by number, each node's link to its parent, and its values.</summary>
        public static FrozenTables Of(string[] words, List<(int Parent, int Word)> links, List<List<T>?> values)
        {
            var wordStarts = new int[words.Length + 1];
            for (int w = 0; w < words.Length; w++) wordStarts[w + 1] = wordStarts[w] + words[w].Length;
            var wordChars = new char[wordStarts[^1]];
            for (int w = 0; w < words.Length; w++) words[w].CopyTo(wordChars.AsSpan(wordStarts[w]));
            var wordSlots = new int[OpenAddressing.SlotCount(words.Length)];
            SpellingIndex.Fill(wordSlots, wordChars, wordStarts);

            int nodes = links.Count;
            var rootChildren = new int[words.Length];
            var edgeStarts = new int[nodes + 1];
            for (int node = 1; node < nodes; node++) if (links[node].Parent != 0) edgeStarts[links[node].Parent + 1]++;
            for (int node = 0; node < nodes; node++) edgeStarts[node + 1] += edgeStarts[node];
            var edgeWords = new int[edgeStarts[nodes]];
            var edgeChildren = new int[edgeWords.Length];
            var filled = edgeStarts[..^1];
            for (int node = 1; node < nodes; node++)
            {
                var (parent, word) = links[node];
                if (parent == 0) { rootChildren[word] = node; continue; }
                int at = filled[parent]++;
                edgeWords[at] = word;
                edgeChildren[at] = node;
            }
            for (int node = 0; node < nodes; node++)
                Array.Sort(edgeWords, edgeChildren, edgeStarts[node], edgeStarts[node + 1] - edgeStarts[node]);

            var nodeValues = new IReadOnlyList<T>?[nodes];
            for (int node = 0; node < nodes; node++) nodeValues[node] = values[node];
            return new(wordChars, wordStarts, wordSlots, rootChildren, edgeStarts, edgeWords, edgeChildren, [], [], nodeValues, null);
        }

        /// <summary>The child of <paramref name="node"/> by <paramref name="word"/>, or -1.</summary>
        public int Child(int node, ReadOnlySpan<char> word)
        {
            int number = SpellingIndex.Find(word, _wordChars, _wordStarts, _wordSlots);
            if (number < 0) return -1;
            if (node == 0) return _rootChildren[number] is > 0 and var child ? child : -1;
            int at = Array.BinarySearch(_edgeWords, _edgeStarts[node], _edgeStarts[node + 1] - _edgeStarts[node], number);
            return at >= 0 ? _edgeChildren[at] : -1;
        }

        /// <summary>True when a name ends at <paramref name="node"/>.</summary>
        public bool HasValues(int node) => _valueAt is null ? _nodeValues[node] is not null : _valueStarts[node + 1] > _valueStarts[node];

        /// <summary>The values of the names that end at <paramref name="node"/>; null for none.</summary>
        public IReadOnlyList<T>? ValuesOf(int node)
        {
            var values = Volatile.Read(ref _nodeValues[node]);
            if (values is not null || _valueAt is null) return values;
            int from = _valueStarts[node], to = _valueStarts[node + 1];
            if (from == to) return null;
            var made = new T[to - from];
            for (int i = 0; i < made.Length; i++) made[i] = _valueAt(_valueNumbers[from + i]);
            // Two threads asking at once both make it; every caller gets the one kept.
            return Interlocked.CompareExchange(ref _nodeValues[node], made, null) ?? made;
        }

        public void Write(ImageWriter writer, Func<T, int> numberOf)
        {
            writer.Write(_wordChars);
            writer.Write(_wordStarts);
            writer.Write(_wordSlots);
            writer.Write(_rootChildren);
            writer.Write(_edgeStarts);
            writer.Write(_edgeWords);
            writer.Write(_edgeChildren);
            var valueStarts = new int[_nodeValues.Length + 1];
            var valueNumbers = new List<int>();
            for (int node = 0; node < _nodeValues.Length; node++)
            {
                if (ValuesOf(node) is { } values) foreach (var value in values) valueNumbers.Add(numberOf(value));
                valueStarts[node + 1] = valueNumbers.Count;
            }
            writer.Write(valueStarts);
            writer.Write(CollectionsMarshal.AsSpan(valueNumbers));
        }

        /// <summary>
        /// Reads tables written by <see cref="Write"/>, checking that every number in them points inside them: lookups then
        /// read no further than the tables hold, whatever the image.
        /// </summary>
        public static FrozenTables Read(ImageReader reader, int valueCount, Func<int, T> valueAt)
        {
            var wordChars = reader.ReadChars();
            var wordStarts = reader.ReadInt32s();
            var wordSlots = reader.ReadInt32s();
            var rootChildren = reader.ReadInt32s();
            var edgeStarts = reader.ReadInt32s();
            var edgeWords = reader.ReadInt32s();
            var edgeChildren = reader.ReadInt32s();
            var valueStarts = reader.ReadInt32s();
            var valueNumbers = reader.ReadInt32s();
            int words = wordStarts.Length - 1, nodes = edgeStarts.Length - 1;
            if (words < 0 || nodes < 1 || rootChildren.Length != words || edgeWords.Length != edgeChildren.Length || valueStarts.Length != nodes + 1
                || !SpellingIndex.IsSound(wordChars.Length, wordStarts, wordSlots)
                || !Ascending(edgeStarts, edgeWords.Length) || !Ascending(valueStarts, valueNumbers.Length)
                || !Within(rootChildren, 0, nodes - 1) || !Within(edgeWords, 0, words - 1)
                || !Within(edgeChildren, 1, nodes - 1) || !Within(valueNumbers, 0, valueCount - 1) || !SortedWithin(edgeWords, edgeStarts))
                throw new InvalidDataException("bad name trie in actor image");
            return new(wordChars, wordStarts, wordSlots, rootChildren, edgeStarts, edgeWords, edgeChildren, valueStarts, valueNumbers,
                new IReadOnlyList<T>?[nodes], valueAt);
        }

        // Starts at 0, never falls, ends at last.
        private static bool Ascending(int[] starts, int last)
        {
            if (starts.Length == 0 || starts[0] != 0 || starts[^1] != last) return false;
            for (int i = 1; i < starts.Length; i++) if (starts[i] < starts[i - 1]) return false;
            return true;
        }

        // Each node's edge words in increasing order (a binary search finds them).
        private static bool SortedWithin(int[] edgeWords, int[] edgeStarts)
        {
            for (int node = 0; node < edgeStarts.Length - 1; node++)
                for (int at = edgeStarts[node] + 1; at < edgeStarts[node + 1]; at++)
                    if (edgeWords[at] <= edgeWords[at - 1]) return false;
            return true;
        }

        private static bool Within(int[] numbers, int low, int high)
        {
            foreach (int n in numbers) if (n < low || n > high) return false;
            return true;
        }
    }
}
