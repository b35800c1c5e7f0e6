using System.Runtime.InteropServices;

namespace Entente.Language.Syntax;

/// <summary>
/// Lemmas learned from a treebank: each (spelling, tag) seen in training keeps its commonest lemma; unseen words take
/// the suffix edit ("-ied" to "-y", "-ing" to "") commonest for their tag and longest matching ending whose result is a
/// lemma the treebank has ("traded" takes "-d" to "trade", not "-ed" to "trad"), else the longest ending's.
/// </summary>
/// <remarks>
/// The tables are flat (open-addressed keys and numbers, the lemmas' characters one after the other) and lie outside the
/// collected heap, and a lemma's string is made the first time it is asked for: read as some 26,000 strings and three
/// hash tables they were a sixth of a one-article run's instructions, and tens of thousands of objects every full
/// collection had to mark. A models image holds the tables as they lie in memory (see <see cref="ModelImage"/>).
/// </remarks>
internal sealed unsafe class Lemmatizer
{
    private const int LongestSuffix = 5;
    // Lemma strings are kept in chunks small enough to stay off the large-object heap.
    private const int ChunkBits = 12;

    // (spelling, tag) key -> lemma number.
    private readonly KeyTable _known;
    // Suffix key -> edit: the number of its appended ending (shifted left 8) and the count of letters it strips.
    private readonly KeyTable _edits;
    private readonly string[] _appends;
    // The lemmas' characters one after the other; lemma i is _text[_starts[i].._starts[i + 1]].
    private readonly NativeBuffer<char> _text;
    private readonly NativeBuffer<int> _starts;
    // Open-addressed by SpellingHash: lemma number + 1 (0 for an empty slot).
    private readonly NativeBuffer<int> _lemmaSlots;
    private readonly string?[][] _strings;

    private Lemmatizer(KeyTable known, KeyTable edits, string[] appends, NativeBuffer<char> text, NativeBuffer<int> starts, NativeBuffer<int> lemmaSlots)
    {
        _known = known;
        _edits = edits;
        _appends = appends;
        _text = text;
        _starts = starts;
        _lemmaSlots = lemmaSlots;
        int count = starts.Length - 1;
        _strings = new string?[(count >> ChunkBits) + 1][];
        for (int c = 0; c < _strings.Length; c++) _strings[c] = new string?[Math.Min(1 << ChunkBits, count - (c << ChunkBits))];
    }

    private int LemmaCount => _starts.Length - 1;

    private ReadOnlySpan<char> Spelling(int lemma) => new(_text.Pointer + _starts.Pointer[lemma], _starts.Pointer[lemma + 1] - _starts.Pointer[lemma]);

    // Made once, on first use; two threads making it at once make equal strings, either of which may stay.
    private string LemmaAt(int lemma) => _strings[lemma >> ChunkBits][lemma & ((1 << ChunkBits) - 1)] ??= Spelling(lemma).ToString();

    private static ulong KeyOf(ReadOnlySpan<char> lower, UniversalTag tag) => FeatureKey.Of(7001, WordInfo.Of(lower).Lower, (ulong)tag);

    private static ulong SuffixKey(ReadOnlySpan<char> lower, int length, UniversalTag tag)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in lower[^length..]) h = (h ^ c) * 1099511628211UL;
        return FeatureKey.Of(7002, h, (ulong)tag, (ulong)length);
    }

    // The number of the lemma spelt exactly <paramref name="spelling"/>, or -1.
    private int FindLemma(ReadOnlySpan<char> spelling) => SpellingIndex.Find(spelling, _text.AsSpan(), _starts.AsSpan(), _lemmaSlots.AsSpan());

    /// <summary>The lemma of <paramref name="word"/> tagged <paramref name="tag"/>: lower case except for proper nouns.</summary>
    public string Lemma(ReadOnlySpan<char> word, UniversalTag tag)
    {
        Span<char> lower = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        bool digits = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = WordInfo.Normalise(word[i]);
            if (c == '0') { digits = true; c = word[i]; }
            lower[i] = char.ToLowerInvariant(c);
        }
        // Numbers and words with digits are their own lemma ("5th", "F-16s" stays as written, lower-cased).
        if (digits) return lower.ToString();
        if (_known.TryGetValue(KeyOf(lower, tag), out int lemma)) return LemmaAt(lemma);
        if (tag is UniversalTag.Propn) return word.ToString();
        if (tag is UniversalTag.Noun or UniversalTag.Verb or UniversalTag.Adj or UniversalTag.Aux)
        {
            Span<char> candidate = stackalloc char[lower.Length + LongestSuffix];
            string? first = null;
            for (int length = Math.Min(LongestSuffix, lower.Length - 1); length >= 1; length--)
            {
                if (!_edits.TryGetValue(SuffixKey(lower, length, tag), out int edit)) continue;
                int strip = edit & 0xFF;
                var append = _appends[edit >> 8];
                if (strip >= lower.Length || append.Length > LongestSuffix) continue;
                int kept = lower.Length - strip;
                lower[..kept].CopyTo(candidate);
                append.AsSpan().CopyTo(candidate[kept..]);
                var result = candidate[..(kept + append.Length)];
                if (FindLemma(result) is >= 0 and var known) return LemmaAt(known);
                first ??= result.ToString();
            }
            if (first is not null) return first;
        }
        return lower.ToString();
    }

    /// <summary>Learns lemmas from a treebank.</summary>
    public static Lemmatizer Train(IEnumerable<TreebankSentence> train)
    {
        var known = new Dictionary<ulong, Dictionary<string, int>>();
        var edits = new Dictionary<ulong, Dictionary<(byte, string), int>>();
        foreach (var s in train)
            for (int i = 0; i < s.Length; i++)
            {
                var tag = UniversalTags.Parse(s.Upos[i]);
                var lower = s.Words[i].ToLowerInvariant();
                var lemma = s.Lemmas[i];
                if (lemma == "_") continue;
                Count(known, KeyOf(lower, tag), lemma);
                if (tag is not (UniversalTag.Noun or UniversalTag.Verb or UniversalTag.Adj or UniversalTag.Aux)) continue;
                int common = 0;
                while (common < lower.Length && common < lemma.Length && lower[common] == lemma[common]) common++;
                int strip = lower.Length - common;
                if (strip > LongestSuffix) continue;
                var edit = ((byte)strip, lemma[common..]);
                for (int length = Math.Max(strip, 1); length <= Math.Min(LongestSuffix, lower.Length - 1); length++)
                    Count(edits, SuffixKey(lower, length, tag), edit);
            }
        return Build(
            [.. known.Select(p => (p.Key, p.Value.MaxBy(c => c.Value).Key))],
            [.. edits.Where(p => p.Value.Values.Sum() >= 2).Select(p => (p.Key, p.Value.MaxBy(c => c.Value).Key))]);
    }

    private static void Count<T>(Dictionary<ulong, Dictionary<T, int>> table, ulong key, T value) where T : notnull
    {
        if (!table.TryGetValue(key, out var counts)) table[key] = counts = [];
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    // The flat tables of (key, lemma) and (key, edit) pairs, each key once.
    private static Lemmatizer Build(List<(ulong Key, string Lemma)> known, List<(ulong Key, (byte Strip, string Append) Edit)> edits)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var lemmas = new List<string>();
        var knownPairs = new List<(ulong, int)>(known.Count);
        foreach (var (key, lemma) in known)
        {
            if (!numbers.TryGetValue(lemma, out int number)) { numbers[lemma] = number = lemmas.Count; lemmas.Add(lemma); }
            knownPairs.Add((key, number));
        }
        var starts = new NativeBuffer<int>(lemmas.Count + 1);
        var text = new NativeBuffer<char>(lemmas.Sum(l => l.Length));
        for (int i = 0, at = 0; i < lemmas.Count; at += lemmas[i].Length, i++)
        {
            starts.Pointer[i] = at;
            lemmas[i].AsSpan().CopyTo(new Span<char>(text.Pointer + at, lemmas[i].Length));
            starts.Pointer[i + 1] = at + lemmas[i].Length;
        }
        var lemmaSlots = new NativeBuffer<int>(KeyTable.CapacityFor(lemmas.Count));
        SpellingIndex.Fill(lemmaSlots.AsSpan(), text.AsSpan(), starts.AsSpan());
        var appendNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var appends = new List<string>();
        var editPairs = new List<(ulong, int)>(edits.Count);
        foreach (var (key, (strip, append)) in edits)
        {
            if (!appendNumbers.TryGetValue(append, out int number)) { appendNumbers[append] = number = appends.Count; appends.Add(append); }
            editPairs.Add((key, number << 8 | strip));
        }
        return new Lemmatizer(KeyTable.Build(knownPairs), KeyTable.Build(editPairs), [.. appends], text, starts, lemmaSlots);
    }

    /// <summary>
    /// Writes the lemma tables: to a model file, each (key, lemma) and (key, edit) in order of key; to a
    /// <see cref="ModelImageWriter"/>, the flat tables as they lie in memory.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        if (writer is ModelImageWriter) { WriteImage(writer); return; }
        var known = _known.Pairs();
        known.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(known.Count);
        foreach (var (key, lemma) in known) { writer.Write(key); writer.Write(LemmaAt(lemma)); }
        var edits = _edits.Pairs();
        edits.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(edits.Count);
        foreach (var (key, edit) in edits) { writer.Write(key); writer.Write((byte)(edit & 0xFF)); writer.Write(_appends[edit >> 8]); }
    }

    /// <summary>Reads lemma tables written by <see cref="Write"/>.</summary>
    public static Lemmatizer Read(BinaryReader reader)
    {
        if (reader is ModelImageReader) return ReadImage(reader);
        int count = reader.ReadInt32();
        var known = new List<(ulong, string)>(count);
        for (int i = 0; i < count; i++) known.Add((reader.ReadUInt64(), reader.ReadString()));
        count = reader.ReadInt32();
        var edits = new List<(ulong, (byte, string))>(count);
        for (int i = 0; i < count; i++) edits.Add((reader.ReadUInt64(), (reader.ReadByte(), reader.ReadString())));
        return Build(known, edits);
    }

    private void WriteImage(BinaryWriter writer)
    {
        WriteBuffer(writer, _text);
        WriteBuffer(writer, _starts);
        WriteBuffer(writer, _lemmaSlots);
        _known.Write(writer);
        _edits.Write(writer);
        writer.Write(_appends.Length);
        foreach (var append in _appends) writer.Write(append);
    }

    private static Lemmatizer ReadImage(BinaryReader reader)
    {
        var text = ReadBuffer<char>(reader);
        var starts = ReadBuffer<int>(reader);
        var lemmaSlots = ReadBuffer<int>(reader);
        var known = KeyTable.Read(reader);
        var edits = KeyTable.Read(reader);
        var appends = new string[reader.ReadInt32()];
        for (int i = 0; i < appends.Length; i++) appends[i] = reader.ReadString();
        // Lookups read the tables unchecked: a damaged image is turned away here (the image's stamp and end mark catch
        // the rest).
        int lemmas = starts.Length - 1;
        if (!SpellingIndex.IsSound(text.Length, starts.AsSpan(), lemmaSlots.AsSpan()))
            throw new InvalidDataException("A model image's lemma table is damaged.");
        if (!known.ValuesBelow(lemmas) || !edits.ValuesBelow(appends.Length << 8)) throw new InvalidDataException("A model image's lemma table is damaged.");
        return new Lemmatizer(known, edits, appends, text, starts, lemmaSlots);
    }

    private static bool IsPowerOfTwo(int n) => n > 0 && (n & (n - 1)) == 0;

    private static void WriteBuffer<T>(BinaryWriter writer, NativeBuffer<T> buffer) where T : unmanaged
    {
        writer.Write(buffer.Length);
        writer.Write(new ReadOnlySpan<byte>(buffer.Pointer, buffer.Length * sizeof(T)));
    }

    private static NativeBuffer<T> ReadBuffer<T>(BinaryReader reader) where T : unmanaged
    {
        int length = reader.ReadInt32();
        if (length < 0 || (long)length * sizeof(T) > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException("A model image has a bad length.");
        var buffer = new NativeBuffer<T>(length, zeroed: false);
        reader.BaseStream.ReadExactly(new Span<byte>(buffer.Pointer, length * sizeof(T)));
        return buffer;
    }

    /// <summary>An open-addressed table from 64-bit keys to numbers (at least 0), outside the collected heap.</summary>
    private sealed class KeyTable
    {
        private readonly NativeBuffer<ulong> _keys;
        // A slot's number + 1; 0 for an empty slot.
        private readonly NativeBuffer<int> _values;

        private KeyTable(NativeBuffer<ulong> keys, NativeBuffer<int> values) => (_keys, _values) = (keys, values);

        // A power of two with room to spare: a probe stops at the first empty slot.
        public static int CapacityFor(int count) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(count * 2, 2));

        public static KeyTable Build(List<(ulong Key, int Value)> pairs)
        {
            var table = new KeyTable(new NativeBuffer<ulong>(CapacityFor(pairs.Count)), new NativeBuffer<int>(CapacityFor(pairs.Count)));
            foreach (var (key, value) in pairs)
            {
                int slot = table.SlotOf(key);
                if (table._values.Pointer[slot] != 0) throw new InvalidDataException("A lemma table holds a key twice.");
                table._keys.Pointer[slot] = key;
                table._values.Pointer[slot] = value + 1;
            }
            return table;
        }

        // The slot holding key, or the empty slot where it would go.
        private int SlotOf(ulong key)
        {
            int mask = _keys.Length - 1;
            int slot = (int)(key ^ key >> 32) & mask;
            while (_values.Pointer[slot] != 0 && _keys.Pointer[slot] != key) slot = (slot + 1) & mask;
            return slot;
        }

        public bool TryGetValue(ulong key, out int value)
        {
            value = _values.Pointer[SlotOf(key)] - 1;
            return value >= 0;
        }

        public List<(ulong Key, int Value)> Pairs()
        {
            var pairs = new List<(ulong, int)>();
            for (int i = 0; i < _keys.Length; i++)
                if (_values.Pointer[i] != 0) pairs.Add((_keys.Pointer[i], _values.Pointer[i] - 1));
            return pairs;
        }

        public bool ValuesBelow(int limit)
        {
            for (int i = 0; i < _values.Length; i++)
                if (_values.Pointer[i] > limit) return false;
            return true;
        }

        public void Write(BinaryWriter writer)
        {
            WriteBuffer(writer, _keys);
            WriteBuffer(writer, _values);
        }

        public static KeyTable Read(BinaryReader reader)
        {
            var keys = ReadBuffer<ulong>(reader);
            var values = ReadBuffer<int>(reader);
            if (!IsPowerOfTwo(keys.Length) || values.Length != keys.Length) throw new InvalidDataException("A model image's lemma table is damaged.");
            bool anyEmpty = false;
            for (int i = 0; i < values.Length; i++)
            {
                if (values.Pointer[i] < 0) throw new InvalidDataException("A model image's lemma table is damaged.");
                anyEmpty |= values.Pointer[i] == 0;
            }
            if (!anyEmpty) throw new InvalidDataException("A model image's lemma table is damaged.");
            return new KeyTable(keys, values);
        }
    }
}
