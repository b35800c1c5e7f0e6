namespace Entente.Language.Syntax;

/// <summary>
/// Lemmas learned from a treebank: each (spelling, tag) seen in training keeps its commonest lemma; unseen words take
/// the suffix edit ("-ied" to "-y", "-ing" to "") commonest for their tag and longest matching ending whose result is a
/// lemma the treebank has ("traded" takes "-d" to "trade", not "-ed" to "trad"), else the longest ending's.
/// </summary>
internal sealed class Lemmatizer
{
    private readonly Dictionary<ulong, string> _known;
    private readonly Dictionary<ulong, (byte Strip, string Append)> _edits;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lemmas;
    private const int LongestSuffix = 5;

    private Lemmatizer(Dictionary<ulong, string> known, Dictionary<ulong, (byte, string)> edits)
    {
        _known = known;
        _edits = edits;
        _lemmas = new HashSet<string>(known.Values, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static ulong KeyOf(ReadOnlySpan<char> lower, UniversalTag tag) => FeatureKey.Of(7001, WordInfo.Of(lower).Lower, (ulong)tag);

    private static ulong SuffixKey(ReadOnlySpan<char> lower, int length, UniversalTag tag)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in lower[^length..]) h = (h ^ c) * 1099511628211UL;
        return FeatureKey.Of(7002, h, (ulong)tag, (ulong)length);
    }

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
        if (_known.TryGetValue(KeyOf(lower, tag), out var lemma)) return lemma;
        if (tag is UniversalTag.Propn) return word.ToString();
        if (tag is UniversalTag.Noun or UniversalTag.Verb or UniversalTag.Adj or UniversalTag.Aux)
        {
            Span<char> candidate = stackalloc char[lower.Length + LongestSuffix];
            string? first = null;
            for (int length = Math.Min(LongestSuffix, lower.Length - 1); length >= 1; length--)
            {
                if (!_edits.TryGetValue(SuffixKey(lower, length, tag), out var edit) || edit.Strip >= lower.Length || edit.Append.Length > LongestSuffix) continue;
                int kept = lower.Length - edit.Strip;
                lower[..kept].CopyTo(candidate);
                edit.Append.AsSpan().CopyTo(candidate[kept..]);
                var result = candidate[..(kept + edit.Append.Length)];
                if (_lemmas.TryGetValue(result, out var knownLemma)) return knownLemma;
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
        return new Lemmatizer(
            known.ToDictionary(p => p.Key, p => string.Intern(p.Value.MaxBy(c => c.Value).Key)),
            edits.Where(p => p.Value.Values.Sum() >= 2).ToDictionary(p => p.Key, p => p.Value.MaxBy(c => c.Value).Key));
    }

    private static void Count<T>(Dictionary<ulong, Dictionary<T, int>> table, ulong key, T value) where T : notnull
    {
        if (!table.TryGetValue(key, out var counts)) table[key] = counts = [];
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    /// <summary>Writes the lemma tables.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_known.Count);
        foreach (var (key, lemma) in _known.OrderBy(p => p.Key)) { writer.Write(key); writer.Write(lemma); }
        writer.Write(_edits.Count);
        foreach (var (key, (strip, append)) in _edits.OrderBy(p => p.Key)) { writer.Write(key); writer.Write(strip); writer.Write(append); }
    }

    /// <summary>Reads lemma tables written by <see cref="Write"/>.</summary>
    public static Lemmatizer Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var known = new Dictionary<ulong, string>(count);
        // Each lemma once, as string.Intern would keep it, but in a table of this load's own: the runtime's intern table
        // cost a tenth of a short run's start-up.
        var lemmas = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            ulong key = reader.ReadUInt64();
            var lemma = reader.ReadString();
            known[key] = lemmas.TryAdd(lemma, lemma) ? lemma : lemmas[lemma];
        }
        count = reader.ReadInt32();
        var edits = new Dictionary<ulong, (byte, string)>(count);
        for (int i = 0; i < count; i++) edits[reader.ReadUInt64()] = (reader.ReadByte(), reader.ReadString());
        return new Lemmatizer(known, edits);
    }
}
