namespace Entente.Language.Syntax;

/// <summary>Layout and spelling facts about a word that the models use as features.</summary>
[Flags]
internal enum WordFlags : byte
{
    None = 0,
    /// <summary>First letter upper case, some lower case after it.</summary>
    Title = 1,
    /// <summary>Two or more letters, all upper case.</summary>
    AllCaps = 2,
    /// <summary>Holds a digit.</summary>
    Digit = 4,
    /// <summary>Holds an inner hyphen ("short-range").</summary>
    Hyphen = 8,
    /// <summary>First word of its sentence.</summary>
    SentenceStart = 16,
    /// <summary>Its sentence is written in headline Title Case.</summary>
    TitleCaseSentence = 32,
    /// <summary>A word of a proper name the actor dictionaries know ("Beijing", "Kishida").</summary>
    KnownName = 64,
    /// <summary>A singular demonym the actor dictionaries know ("Chilean").</summary>
    KnownDemonym = 128,
}

/// <summary>
/// The words of known proper names, and the singular demonyms, as hashes of their exact spelling: the tagger's gazetteer.
/// </summary>
/// <remarks>
/// Every word of every sentence is looked up, so the hashes sit in one open-addressing array at most half full, each slot
/// with the flag it gives: a lookup reads one cache line (a hash set reads its buckets, then its entries).
/// </remarks>
internal sealed class NameGazetteer
{
    // Word and flag side by side: a lookup that finds its word reads one cache line, not one in each of two arrays.
    private readonly Entry[] _entries;
    private readonly int _mask;

    private struct Entry
    {
        public ulong Word;
        public WordFlags Flag;
    }

    private NameGazetteer(ReadOnlySpan<ulong> words, ReadOnlySpan<ulong> demonyms)
    {
        // Each word once, in the order first met, names before demonyms (a word both a name and a demonym is a name).
        var all = new ulong[words.Length + demonyms.Length];
        words.CopyTo(all);
        demonyms.CopyTo(all.AsSpan(words.Length));
        Count = OpenAddressing.DistinctNonZero(all);
        _entries = new Entry[OpenAddressing.SlotCount(Count)];
        _mask = _entries.Length - 1;
        foreach (ulong word in words) if (word != 0) Place(word, WordFlags.KnownName);
        foreach (ulong word in demonyms) if (word != 0) Place(word, WordFlags.KnownDemonym);
    }

    // Puts the word in its slot, unless it holds it already.
    private void Place(ulong word, WordFlags flag)
    {
        int i = (int)(word >> 32) & _mask;
        for (; _entries[i].Word != 0; i = (i + 1) & _mask)
            if (_entries[i].Word == word) return;
        _entries[i] = new Entry { Word = word, Flag = flag };
    }

    /// <summary>No names: every word is judged by its spelling and context alone.</summary>
    public static NameGazetteer Empty { get; } = new([], []);

    /// <summary>A gazetteer of <paramref name="words"/> (each one word of a name, as written).</summary>
    public static NameGazetteer Of(IEnumerable<string> words) => new([.. words.Select(w => WordInfo.ExactOf(w))], []);

    /// <summary>
    /// A gazetteer of name words and of singular demonyms ("Chilean", "Burmese"; a plural in -s is a noun and left out).
    /// </summary>
    public static NameGazetteer Of(IEnumerable<string> words, IEnumerable<string> demonyms) =>
        Of([.. words.Select(w => WordInfo.ExactOf(w))], demonyms);

    /// <summary>
    /// A gazetteer of the name words whose <see cref="WordInfo.ExactOf"/> hashes are <paramref name="wordHashes"/> and of
    /// singular demonyms ("Chilean", "Burmese"; a plural in -s is a noun and left out).
    /// </summary>
    public static NameGazetteer Of(ReadOnlySpan<ulong> wordHashes, IEnumerable<string> demonyms) =>
        new(wordHashes, [.. demonyms.Where(d => !d.EndsWith('s')).Select(d => WordInfo.ExactOf(d))]);

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>A hash of every word and flag held, telling two gazetteers apart (training's tagger cache checks it).</summary>
    public ulong Fingerprint()
    {
        ulong hash = 14695981039346656037UL;
        foreach (var entry in _entries) hash = (hash ^ entry.Word ^ (ulong)entry.Flag << 56) * 1099511628211UL;
        return hash;
    }

    /// <summary>True when the word is a known name word.</summary>
    public bool Contains(in WordInfo word) => FlagOf(word) == WordFlags.KnownName;

    /// <summary>Asks for the slot <see cref="FlagOf"/> reads first for <paramref name="word"/> (see <see cref="CacheLine"/>).</summary>
    public void Prefetch(in WordInfo word) => CacheLine.Prefetch(in _entries[(int)(word.Exact >> 32) & _mask]);

    /// <summary>The flag the word gets: <see cref="WordFlags.KnownName"/>, <see cref="WordFlags.KnownDemonym"/> or none.</summary>
    public WordFlags FlagOf(in WordInfo word)
    {
        // Hashes are avalanched: zero, the empty slot, stands for no word in practice.
        ulong key = word.Exact;
        if (key == 0) return default;
        for (int i = (int)(key >> 32) & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var entry = ref _entries[i];
            if (entry.Word == key) return entry.Flag;
            if (entry.Word == 0) return default;
        }
    }
}

/// <summary>
/// The hashed spellings of one word, computed once per token so that feature extraction never touches
/// characters again: normalised form, lower case, affixes, shape and the last part of a hyphenated compound.
/// </summary>
internal struct WordInfo
{
    public ulong Exact;
    public ulong Lower;
    public ulong Suffix1, Suffix2, Suffix3, Suffix4;
    public ulong Prefix1, Prefix2;
    public ulong Shape;
    /// <summary>The lower-case last segment of a hyphenated compound, else <see cref="Lower"/>.</summary>
    public ulong LastPart;
    public WordFlags Flags;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Folds typographic variants to the plain characters the treebank uses and digits to '0'.</summary>
    public static char Normalise(char c) => c switch
    {
        '’' or '‘' or '‚' or '‛' or '`' => '\'',
        '“' or '”' or '„' or '‟' or '«' or '»' => '"',
        '–' or '—' or '―' => '-',
        >= '0' and <= '9' => '0',
        _ => c,
    };

    /// <summary>Computes the hashes of <paramref name="word"/> without allocating.</summary>
    public static WordInfo Of(ReadOnlySpan<char> word)
    {
        var info = new WordInfo();
        ulong exact = FnvOffset, lower = FnvOffset, shape = FnvOffset, part = FnvOffset;
        int letters = 0, uppers = 0;
        bool digit = false, hyphen = false;
        char lastShape = '\0';
        int shapeRun = 0;
        // The folded lower-case letters, kept for the affixes so that each character is folded once.
        Span<char> lowered = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i], l;
            bool isLetter, isUpper;
            // Nearly every character of news is ASCII: folded, lower-cased and classed by comparisons here, where the
            // general calls (a switch, then the invariant culture's lower case, letter and upper-case tests) cost several
            // times as much, for every character of every word.
            if (c < 0x80)
            {
                if ((uint)(c - '0') <= 9) c = '0';
                else if (c == '`') c = '\'';
                isUpper = (uint)(c - 'A') <= 'Z' - 'A';
                isLetter = isUpper || (uint)(c - 'a') <= 'z' - 'a';
                l = isUpper ? (char)(c | 0x20) : c;
            }
            else
            {
                c = Normalise(c);
                l = char.ToLowerInvariant(c);
                isLetter = char.IsLetter(c);
                isUpper = isLetter && char.IsUpper(c);
            }
            lowered[i] = l;
            exact = (exact ^ c) * FnvPrime;
            lower = (lower ^ l) * FnvPrime;
            if (c == '-' && i > 0 && i < word.Length - 1) { hyphen = true; part = FnvOffset; }
            else part = (part ^ l) * FnvPrime;
            char s;
            if (isLetter) { letters++; if (isUpper) { uppers++; s = 'X'; } else s = 'x'; }
            else if (c == '0') { digit = true; s = 'd'; }
            else s = c;
            // Shapes collapse runs longer than two: "Xxxxx" becomes "Xxx", "dddd" "dd".
            if (s == lastShape) shapeRun++; else { lastShape = s; shapeRun = 1; }
            if (shapeRun <= 2) shape = (shape ^ s) * FnvPrime;
        }
        info.Exact = Finish(exact);
        info.Lower = Finish(lower);
        info.Shape = Finish(shape);
        info.LastPart = hyphen ? Finish(part) : info.Lower;
        info.Suffix1 = Affix(lowered, 1, fromEnd: true);
        info.Suffix2 = Affix(lowered, 2, fromEnd: true);
        info.Suffix3 = Affix(lowered, 3, fromEnd: true);
        info.Suffix4 = Affix(lowered, 4, fromEnd: true);
        info.Prefix1 = Affix(lowered, 1, fromEnd: false);
        info.Prefix2 = Affix(lowered, 2, fromEnd: false);
        if (letters > 0 && char.IsUpper(word[0]) && uppers < letters) info.Flags |= WordFlags.Title;
        if (letters >= 2 && uppers == letters) info.Flags |= WordFlags.AllCaps;
        if (digit) info.Flags |= WordFlags.Digit;
        if (hyphen) info.Flags |= WordFlags.Hyphen;
        return info;
    }

    /// <summary>
    /// <see cref="Exact"/> of <paramref name="word"/> alone, as <see cref="Of"/> computes it: the gazetteer's tens of
    /// thousands of name words need no other hash, and working out all of them took a tenth of a short run's start-up.
    /// </summary>
    public static ulong ExactOf(ReadOnlySpan<char> word)
    {
        ulong exact = FnvOffset;
        foreach (char c in word) exact = (exact ^ Normalise(c)) * FnvPrime;
        return Finish(exact);
    }

    /// <summary>Fills <paramref name="infos"/> for one sentence, marking its first word and headline Title Case.</summary>
    public static void OfSentence<TWords>(TWords words, Span<WordInfo> infos, NameGazetteer? names = null) where TWords : IWordSource
    {
        int n = infos.Length, capitalised = 0, lowerWords = 0;
        var memo = WordInfoMemo.Current;
        for (int i = 0; i < n; i++)
        {
            var word = words.Word(i);
            infos[i] = memo.Of(word);
            if ((infos[i].Flags & (WordFlags.Title | WordFlags.AllCaps)) != 0) capitalised++;
            else if (word.Length > 3 && char.IsLower(word[0])) lowerWords++;
        }
        // The gazetteer's flags once every word's slot has been asked for: the table is larger than the nearer caches.
        if (names is not null)
        {
            for (int i = 0; i < n; i++) names.Prefetch(infos[i]);
            for (int i = 0; i < n; i++) infos[i].Flags |= names.FlagOf(infos[i]);
        }
        if (n > 0) infos[0].Flags |= WordFlags.SentenceStart;
        // A headline capitalises nearly every longer word; such sentences get their own capitalisation features.
        if (n >= 3 && capitalised >= 3 && lowerWords == 0)
            for (int i = 0; i < n; i++) infos[i].Flags |= WordFlags.TitleCaseSentence;
    }

    /// <summary>
    /// Reads a headline written in Title Case ("China Condemns US Arms Sale to Taiwan") as sentence case: every capitalised
    /// word that <paramref name="tagger"/> did not learn as a proper noun (and, for a word of a known name, learned as a common
    /// word) is given its lower-case spelling,
    /// and the sentence loses its Title Case mark. The treebank holds few such headlines, so the model reads their capitals
    /// as names ("Condemns" a proper noun); in lower case it reads them as it reads body text.
    /// </summary>
    public static void FoldTitleCase<TWords>(TWords words, Span<WordInfo> infos, PosTagger tagger) where TWords : IWordSource
    {
        // (A short sentence of names, "Officials met Zelensky in Kyiv.", has the Title Case mark too: a headline has no full stop.)
        if (infos.Length == 0 || (infos[0].Flags & WordFlags.TitleCaseSentence) == 0 || words.Word(infos.Length - 1) is ".") return;
        Span<char> lower = stackalloc char[64];
        for (int i = 0; i < infos.Length; i++)
        {
            var flags = infos[i].Flags & ~WordFlags.TitleCaseSentence;
            var word = words.Word(i);
            // A word of a known name is folded only when it is a common word too ("Sea", "Security"): "Korea" stays a name.
            bool common = (flags & WordFlags.KnownName) != 0 ? tagger.IsCommonWord(infos[i]) : !tagger.IsMostlyProperNoun(infos[i]);
            if ((flags & WordFlags.Title) != 0 && (flags & WordFlags.KnownDemonym) == 0 && word.Length <= lower.Length && common)
            {
                word.ToLowerInvariant(lower);
                infos[i] = Of(lower[..word.Length]);
                flags = (flags & ~WordFlags.Title) | (infos[i].Flags & ~WordFlags.Title);
            }
            infos[i].Flags = flags;
        }
    }

    // Inlined: six affixes a word, each a loop of one to four characters, where a call cost as much as the hashing.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Affix(ReadOnlySpan<char> lowered, int length, bool fromEnd)
    {
        if (lowered.Length < length) return 0;
        ulong h = FnvOffset ^ (ulong)(fromEnd ? 0x5555 : 0xAAAA) ^ (ulong)length;
        int start = fromEnd ? lowered.Length - length : 0;
        for (int i = start; i < start + length; i++) h = (h ^ lowered[i]) * FnvPrime;
        return Finish(h);
    }

    private static ulong Finish(ulong h) => FeatureKey.Avalanche(h);
}

/// <summary>
/// One thread's memo of <see cref="WordInfo.Of"/> by spelling: news repeats its words, and hashing a word's spellings and
/// affixes cost some 700 instructions a word, several times the cost of finding it here. Direct-mapped: a word takes the
/// place of whatever word its hash chose before; the spelling is compared whole, so a word found has exactly its hashes.
/// </summary>
internal sealed class WordInfoMemo
{
    // 4,096 words of up to 24 characters (longer ones are hashed every time): some 560 KB a thread.
    private const int Capacity = 4096, MaxLength = 24;
    private readonly WordInfo[] _infos = new WordInfo[Capacity];
    private readonly char[] _chars = new char[Capacity * MaxLength];
    // The length of the word held in each slot; 0 for none.
    private readonly byte[] _lengths = new byte[Capacity];

    [ThreadStatic] private static WordInfoMemo? _current;

    /// <summary>This thread's memo.</summary>
    public static WordInfoMemo Current => _current ??= new WordInfoMemo();

    /// <summary><see cref="WordInfo.Of"/> of <paramref name="word"/>.</summary>
    public WordInfo Of(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength) return WordInfo.Of(word);
        ulong hash = (ulong)word.Length;
        foreach (char c in word) hash = (hash + c) * 0x9E3779B97F4A7C15UL;
        int slot = (int)(hash >> 52) & (Capacity - 1);
        var held = _chars.AsSpan(slot * MaxLength, word.Length);
        if (_lengths[slot] == word.Length && held.SequenceEqual(word)) return _infos[slot];
        var info = WordInfo.Of(word);
        word.CopyTo(held);
        _lengths[slot] = (byte)word.Length;
        _infos[slot] = info;
        return info;
    }
}

/// <summary>Where the models read a sentence's words: a document's token spans or a treebank's strings.</summary>
internal interface IWordSource
{
    /// <summary>The text of word <paramref name="index"/>.</summary>
    ReadOnlySpan<char> Word(int index);
}

/// <summary>Words given as strings (a treebank sentence, a test).</summary>
internal readonly struct StringWords(string[] words) : IWordSource
{
    public ReadOnlySpan<char> Word(int index) => words[index];
}

/// <summary>Words given as token spans of a document's text.</summary>
internal readonly struct TokenWords(string text, Token[] tokens, int first) : IWordSource
{
    /// <summary>The word's text; a suspended hyphen's word without it ("Mexican-" reads as "Mexican"), as the treebank splits it off.</summary>
    public ReadOnlySpan<char> Word(int index)
    {
        var word = text.AsSpan(tokens[first + index].Start, tokens[first + index].Length);
        return Tokenizer.EndsInSuspendedHyphen(word) ? word[..^1] : word;
    }
}

/// <summary>Combines a feature template's number with its values into one 64-bit key.</summary>
internal static class FeatureKey
{
    /// <summary>A key for template <paramref name="template"/> over one value.</summary>
    public static ulong Of(int template, ulong a) => Avalanche(Combine((ulong)template * 0x9E3779B97F4A7C15UL, a));

    /// <summary>A key over two values.</summary>
    public static ulong Of(int template, ulong a, ulong b) => Avalanche(Combine(Combine((ulong)template * 0x9E3779B97F4A7C15UL, a), b));

    /// <summary>A key over three values.</summary>
    public static ulong Of(int template, ulong a, ulong b, ulong c) => Avalanche(Combine(Combine(Combine((ulong)template * 0x9E3779B97F4A7C15UL, a), b), c));

    /// <summary>A key over four values.</summary>
    public static ulong Of(int template, ulong a, ulong b, ulong c, ulong d) =>
        Avalanche(Combine(Combine(Combine(Combine((ulong)template * 0x9E3779B97F4A7C15UL, a), b), c), d));

    /// <summary>The bit that sends a key to a model's table of word features (see <see cref="LinearModel"/>).</summary>
    public const ulong LexicalBit = 2;

    /// <summary>True when <paramref name="key"/> is a word feature's.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLexical(ulong key) => (key & LexicalBit) != 0;

    private const ulong Odd = 0x9E3779B97F4A7C15UL;

    // The keys of the tagger's and parser's hot loops: one multiplication per value. The values are avalanched
    // hashes or small numbers, and a model's table indexes by the high bits, which the multiplications mix well.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Start(int template, ulong a) => (((ulong)template * 0xD6E8FEB86659FD93UL) ^ a) * Odd;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Next(ulong h, ulong v) => ((h ^ (h >> 29)) + v) * Odd;

    /// <summary>A feature key over tags, labels or counts (few values, used often).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Common(int template, ulong a) => (Start(template, a) & ~LexicalBit) | 1UL;

    /// <inheritdoc cref="Common(int, ulong)"/>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Common(int template, ulong a, ulong b) => (Next(Start(template, a), b) & ~LexicalBit) | 1UL;

    /// <inheritdoc cref="Common(int, ulong)"/>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Common(int template, ulong a, ulong b, ulong c) => (Next(Next(Start(template, a), b), c) & ~LexicalBit) | 1UL;

    /// <inheritdoc cref="Common(int, ulong)"/>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Common(int template, ulong a, ulong b, ulong c, ulong d) => (Next(Next(Next(Start(template, a), b), c), d) & ~LexicalBit) | 1UL;

    /// <summary>A feature key that involves a word (many values, each seldom used).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Word(int template, ulong a) => Start(template, a) | LexicalBit | 1UL;

    /// <inheritdoc cref="Word(int, ulong)"/>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Word(int template, ulong a, ulong b) => Next(Start(template, a), b) | LexicalBit | 1UL;

    /// <inheritdoc cref="Word(int, ulong)"/>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Word(int template, ulong a, ulong b, ulong c) => Next(Next(Start(template, a), b), c) | LexicalBit | 1UL;

    /// <inheritdoc cref="Word(int, ulong)"/>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Word(int template, ulong a, ulong b, ulong c, ulong d) => Next(Next(Next(Start(template, a), b), c), d) | LexicalBit | 1UL;

    private static ulong Combine(ulong h, ulong v) => (h ^ (v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2))) * 0xBF58476D1CE4E5B9UL;

    /// <summary>The finaliser of SplitMix64: every input bit affects every output bit.</summary>
    public static ulong Avalanche(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
