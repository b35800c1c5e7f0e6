using System.Buffers.Binary;
using System.Runtime.Intrinsics;

namespace Entente.Language.Syntax;

/// <summary>
/// A greedy left-to-right part-of-speech tagger trained as an averaged perceptron. Each class is a Universal
/// Dependencies tag paired with its Penn Treebank tag ("VERB|VBN"). Features: the word, its affixes and shape,
/// the two tags before it, the words around it, and the most frequent tag of the words ahead (their ambiguity
/// class), plus the news extras: sentence-initial and headline capitalisation, numbers, hyphenated compounds.
/// Frequent words seen with only one tag skip the model. A second pass reads the words the first was unsure of again,
/// seeing also the first pass's tags of the words ahead. Read-only after loading and safe to share across threads.
/// </summary>
internal sealed class PosTagger
{
    internal const int MaxFeatures = 48;
    // The keys ContextFeatures gives every word, before those of names, hyphens and the second pass.
    private const int FixedContextFeatures = 18;
    private const ulong None = 0x4E4F4E45UL;

    private readonly LinearModel _model;
    // The second pass: the same features plus the first pass's tags of the words ahead (null when the tagger has one pass).
    private readonly LinearModel? _second;
    private readonly Dictionary<ulong, int> _frequentTag;
    private readonly Dictionary<ulong, int> _unambiguous;
    private readonly Dictionary<ulong, UInt128> _allowed;
    // The three maps above merged, so that tagging looks each word up once (twice when its lower case differs), in one
    // open-addressing array at most half full: a lookup reads one cache line (a dictionary reads its buckets, then its entries).
    private readonly WordEntry[] _words;
    private readonly int _wordMask;

    private struct WordEntry
    {
        public ulong Key;
        public WordTags Tags;
    }

    private struct WordTags
    {
        public UInt128 Allowed;
        public short Frequent, Unambiguous;
        public bool HasAllowed;
    }

    /// <summary>The tag classes: "UPOS|XPOS".</summary>
    public string[] TagNames { get; }

    /// <summary>The universal tag of each class.</summary>
    public UniversalTag[] Universal { get; }

    /// <summary>The Penn tag of each class.</summary>
    public string[] Penn { get; }

    internal PosTagger(string[] tagNames, LinearModel model, Dictionary<ulong, int> frequentTag, Dictionary<ulong, int> unambiguous, Dictionary<ulong, UInt128> allowed,
        LinearModel? second = null)
    {
        _second = second;
        if (tagNames.Length > 128) throw new InvalidOperationException("More than 128 tag classes.");
        _allowed = allowed;
        TagNames = tagNames;
        _model = model;
        _frequentTag = frequentTag;
        _unambiguous = unambiguous;
        Universal = tagNames.Select(t => UniversalTags.Parse(t[..t.IndexOf('|')])).ToArray();
        // Every key of the three maps once (most are in more than one), in the order first met.
        var keys = new ulong[frequentTag.Count + unambiguous.Count + allowed.Count];
        frequentTag.Keys.CopyTo(keys, 0);
        unambiguous.Keys.CopyTo(keys, frequentTag.Count);
        allowed.Keys.CopyTo(keys, frequentTag.Count + unambiguous.Count);
        _words = new WordEntry[OpenAddressing.SlotCount(OpenAddressing.DistinctNonZero(keys))];
        _wordMask = _words.Length - 1;
        foreach (var (key, tag) in frequentTag) if (key != 0) WordSlot(key).Tags.Frequent = (short)tag;
        foreach (var (key, tag) in unambiguous) if (key != 0) WordSlot(key).Tags.Unambiguous = (short)tag;
        foreach (var (key, mask) in allowed)
        {
            if (key == 0) continue;
            ref var entry = ref WordSlot(key);
            entry.Tags.HasAllowed = true;
            entry.Tags.Allowed = mask;
        }
        Penn = tagNames.Select(t => string.Intern(t[(t.IndexOf('|') + 1)..])).ToArray();
        for (int c = 0; c < Universal.Length; c++)
        {
            if (Universal[c] == UniversalTag.Propn) _properNouns |= UInt128.One << c;
            else if (tagNames[c] == "ADJ|JJ") _adjectives |= UInt128.One << c;
            else if (Universal[c] == UniversalTag.Verb) _verbs |= UInt128.One << c;
            if (Universal[c] is UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Verb or UniversalTag.Adj or UniversalTag.Adv or UniversalTag.Num or UniversalTag.X or UniversalTag.Intj or UniversalTag.Sym)
                _openClasses |= UInt128.One << c;
        }
        _presentVerb = Array.IndexOf(tagNames, "VERB|VBZ");
        _presentPluralVerb = Array.IndexOf(tagNames, "VERB|VBP");
        _baseVerb = Array.IndexOf(tagNames, "VERB|VB");
        _pastVerb = Array.IndexOf(tagNames, "VERB|VBD");
        _participle = Array.IndexOf(tagNames, "VERB|VBN");
        _gerund = Array.IndexOf(tagNames, "VERB|VBG");
        _singularNoun = Array.IndexOf(tagNames, "NOUN|NN");
        _pluralNoun = Array.IndexOf(tagNames, "NOUN|NNS");
        _pastForm = tagNames.Select(t => t is "ADJ|JJ" or "VERB|VBN").ToArray();
        _finite = Penn.Select(p => p is "VBZ" or "VBP" or "VBD" or "MD").ToArray();
        _modal = Penn.Select(p => p is "MD").ToArray();
        _commonNoun = Penn.Select((p, c) => Universal[c] != UniversalTag.Noun ? (byte)0 : p == "NNS" ? (byte)2 : p == "NN" ? (byte)1 : (byte)0).ToArray();
        _nounNumber = Penn.Select(p => p is "NN" or "NNP" ? (byte)1 : p is "NNS" or "NNPS" ? (byte)2 : (byte)0).ToArray();
    }

    private readonly int _presentVerb, _presentPluralVerb, _baseVerb, _pastVerb, _participle, _gerund, _singularNoun, _pluralNoun;
    private readonly bool[] _finite, _modal;
    // Classes a past verb form is misread as when its subject goes unseen: adjective, past participle.
    private readonly bool[] _pastForm;
    // 1 for a singular common noun class, 2 for a plural one, else 0.
    private readonly byte[] _commonNoun;
    // 1 for a singular noun or name class, 2 for a plural one, else 0: the number a present verb after it agrees with.
    private readonly byte[] _nounNumber;

    private readonly UInt128 _properNouns, _adjectives, _verbs, _openClasses;

    /// <summary>True when the word was seen in training mostly as a proper noun, in its own spelling or in lower case ("Monday",
    /// "Congress"): in a headline written in Title Case, any other capitalised word that is no known name is a common word.</summary>
    internal bool IsMostlyProperNoun(in WordInfo word) =>
        TryGetWord(word.Exact, out var exact) && exact.Frequent >= 0 && Universal[exact.Frequent] == UniversalTag.Propn
        || TryGetWord(word.Lower, out var lower) && lower.Frequent >= 0 && Universal[lower.Frequent] == UniversalTag.Propn;

    /// <summary>True when the lower-case spelling was seen in training often enough to have a commonest class, and that class
    /// is no proper noun ("sea", "security", "defense").</summary>
    internal bool IsCommonWord(in WordInfo word) => TryGetWord(word.Lower, out var tags) && tags.Frequent >= 0 && Universal[tags.Frequent] != UniversalTag.Propn;

    // The entry of key in the word table, placed (with no tags yet) when it was not there.
    private ref WordEntry WordSlot(ulong key)
    {
        int i = (int)(key >> 32) & _wordMask;
        while (_words[i].Key != 0 && _words[i].Key != key) i = (i + 1) & _wordMask;
        if (_words[i].Key == 0) _words[i] = new WordEntry { Key = key, Tags = new WordTags { Frequent = -1, Unambiguous = -1 } };
        return ref _words[i];
    }

    /// <summary>The tag dictionary's entry of a word hash (hashes are avalanched: zero, the empty slot, stands for no word).</summary>
    private bool TryGetWord(ulong key, out WordTags tags)
    {
        for (int i = (int)(key >> 32) & _wordMask; ; i = (i + 1) & _wordMask)
        {
            ref readonly var entry = ref _words[i];
            if (entry.Key == key && key != 0) { tags = entry.Tags; return true; }
            if (entry.Key == 0) { tags = default; return false; }
        }
    }

    [ThreadStatic] private static ulong[]? _ambiguity;
    [ThreadStatic] private static WordLookup[]? _lookups;

    /// <summary>What the tag dictionary says of one word of a sentence.</summary>
    internal struct WordLookup
    {
        /// <summary>The word's tag when it is frequent and always has it, else -1.</summary>
        public int Unambiguous;
        /// <summary>True when the word was seen often enough that only <see cref="Allowed"/> classes may be chosen.</summary>
        public bool HasAllowed;
        /// <summary>The classes the word was seen with.</summary>
        public UInt128 Allowed;
        /// <summary>The word's commonest class in training (in any case), else -1.</summary>
        public int Frequent;
    }

    [ThreadStatic] private static int[]? _firstPass;
    [ThreadStatic] private static float[]? _margins;

    // The second pass reads again only the words whose first-pass class led the next by less than this. Measured with
    // the same models on the development set (tagging and parsing, one thread): reading every word UAS 84.80 at about
    // 240,000 words a second; below 20, 84.77 at about 290,000; below 10, 84.80; below 5, 84.78 at about 325,000.
    internal const float SecondPassMargin = 5f;

    /// <summary>True when the tagger reads each sentence twice (see <see cref="TrainSecondPass"/>).</summary>
    public bool HasSecondPass => _second is not null;

    /// <summary>Tags one sentence: writes a class index per word into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> tags)
    {
        LookUp(words, out var ambiguity, out var lookups);
        if (_second is null)
        {
            Pass(_model, words, tags, ambiguity, lookups, ahead: default, margins: default);
            return;
        }
        if (_firstPass is null || _firstPass.Length < words.Length) _firstPass = new int[Math.Max(256, words.Length)];
        if (_margins is null || _margins.Length < words.Length) _margins = new float[Math.Max(256, words.Length)];
        var margins = _margins.AsSpan(0, words.Length);
        Pass(_model, words, tags, ambiguity, lookups, ahead: default, margins);
        var first = _firstPass.AsSpan(0, words.Length);
        tags.CopyTo(first);
        Pass(_second, words, tags, ambiguity, lookups, first, margins);
    }

    /// <summary>
    /// One left-to-right pass. The first writes into <paramref name="margins"/> how far each word's best class led the
    /// next; the second (<paramref name="ahead"/> holding the first's tags) reads again only the words the first was unsure of.
    /// </summary>
    private void Pass(LinearModel model, ReadOnlySpan<WordInfo> words, Span<int> tags, ReadOnlySpan<ulong> ambiguity, ReadOnlySpan<WordLookup> lookups,
        ReadOnlySpan<int> ahead, Span<float> margins)
    {
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[model.ClassCount];
        Span<int> own = stackalloc int[model.SumWidth];
        bool second = !ahead.IsEmpty;
        var memo = MemoOf(model);
        // The memo's slots of the words scored below are asked for first (see CacheLine): it is larger than the nearer caches.
        for (int i = 0; i < words.Length; i++)
            if (!TakesItsOnlyTag(words[i], lookups[i]) && !(second && margins[i] > SecondPassMargin))
                memo.Prefetch(TagWord.HashOf(words[i]));
        for (int i = 0; i < words.Length; i++)
        {
            if (TakesItsOnlyTag(words[i], lookups[i]))
            {
                tags[i] = lookups[i].Unambiguous;
                if (!second && !margins.IsEmpty) margins[i] = float.MaxValue;
                continue;
            }
            if (second && margins[i] > SecondPassMargin) continue;
            // The sums of the word's own features are read from the memo where the word was tagged before, else are added
            // up once and remembered.
            var word = new TagWord(words[i], ambiguity[i], lookups[i].Frequent < 0);
            ulong hash = word.Hash;
            var ownSums = memo.Held(word, hash);
            if (ownSums.IsEmpty)
            {
                own.Clear();
                model.AddSums(features[..OwnFeatures(words[i], ambiguity[i], lookups[i], features)], own);
                memo.Set(word, hash, own);
                ownSums = own;
            }
            int count = ContextFeatures(words, i, tags, ambiguity, lookups[i], features, ahead);
            scores.Clear();
            model.Score(features[..count], scores, ownSums);
            tags[i] = Best(lookups[i], scores);
            if (!second && !margins.IsEmpty) margins[i] = Margin(lookups[i], scores, tags[i]);
        }
        ClauseNeedsAVerb(words, tags, lookups);
        ModalGovernsAVerb(words, tags);
        GerundSubjectOfAClause(tags);
        bool lastPass = second || _second is null;
        PresentVerbBetweenSubjectAndObject(words, tags, lookups, lastPass);
        PluralNounEndingAnObject(words, tags, lookups);
        ElidedFrenchWordIsNoVerb(words, tags);
        if (lastPass) ParticipleAfterTheSubjectIsThePast(words, tags);
    }

    private static readonly ulong By = WordInfo.Of("by").Exact;

    // True when a word of the sentence is tagged a finite verb or a modal.
    private static readonly HashSet<ulong> AttributionVerbs =
        new[] { "says", "said", "say", "reports", "reported", "claims", "claimed", "confirms", "confirmed" }.Select(w => WordInfo.Of(w).Lower).ToHashSet();
    private static readonly ulong Comma = WordInfo.Of(",").Exact;

    // Where ", Seoul says" or ", officials said" closing a sentence begins (its comma), else the sentence's end: at most four
    // words after the last comma, the last of them (before a full stop) a verb of saying.
    private static int AttributionTailStart(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags)
    {
        int last = words.Length > 0 && words[^1].Exact == FullStop ? words.Length - 2 : words.Length - 1;
        if (last < 2 || !AttributionVerbs.Contains(words[last].Lower)) return words.Length;
        for (int k = last - 1; k >= 1 && k >= last - 4; k--)
            if (words[k].Exact == Comma) return k;
        return words.Length;
    }

    private bool HasFiniteVerb(ReadOnlySpan<int> tags)
    {
        foreach (int t in tags) if (_finite[t]) return true;
        return false;
    }

    /// <summary>
    /// "Russian missiles slammed into Kharkiv overnight.", "Heavy fighting erupted between the army and the rebels.": a full
    /// sentence (closed by a full stop, so no headline's "Five killed in blast") with no finite verb has one; a past
    /// participle right after its subject noun, the sentence's only one, is that verb in the past, unless "by" follows it (a
    /// reduced passive).
    /// Only once the last pass has settled the other words.
    /// </summary>
    private void ParticipleAfterTheSubjectIsThePast(ReadOnlySpan<WordInfo> words, Span<int> tags)
    {
        if (_pastVerb < 0 || _participle < 0 || !EndsAsASentence(words) || HasFiniteVerb(tags)) return;
        // With two participles ("soldiers deployed in Congo crossed into Rwanda, the department confirmed"), which one is the
        // verb is the parser's to tell.
        int participle = -1;
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (tags[i] != _participle) continue;
            if (participle >= 0) return;
            participle = i;
        }
        if (participle <= 0 || words[participle + 1].Exact == By) return;
        if (Universal[tags[participle - 1]] is UniversalTag.Noun or UniversalTag.Propn) tags[participle] = _pastVerb;
        // "Myanmar's military seized power": a word read as an adjective right after a possessive heads the subject.
        else if (participle >= 2 && Universal[tags[participle - 1]] == UniversalTag.Adj && Penn[tags[participle - 2]] == "POS" && _singularNoun >= 0)
        {
            tags[participle - 1] = _singularNoun;
            tags[participle] = _pastVerb;
        }
    }

    private static readonly ulong FrenchElision = WordInfo.Of("d'affaires").Prefix2;

    /// <summary>"Russia's charge d'affaires", "coup d'etat": a French word elided after "d'" is never an English verb, though
    /// its -s or -e ending may look like one to the model; read as a noun, it leaves the sentence its real verb.</summary>
    private void ElidedFrenchWordIsNoVerb(ReadOnlySpan<WordInfo> words, Span<int> tags)
    {
        if (_singularNoun < 0) return;
        for (int i = 0; i < words.Length; i++)
            if (words[i].Prefix2 == FrenchElision && Universal[tags[i]] is UniversalTag.Verb or UniversalTag.Aux) tags[i] = _singularNoun;
    }

    /// <summary>How far the chosen class's score leads the best other class the word may take.</summary>
    private static float Margin(in WordLookup word, ReadOnlySpan<float> scores, int chosen)
    {
        float next = float.MinValue;
        if (word.HasAllowed)
        {
            int runnerUp = BestOf(word.Allowed & ~(UInt128.One << chosen), scores);
            if (runnerUp >= 0) next = scores[runnerUp];
        }
        else next = HighestExcept(scores, chosen);
        return next == float.MinValue ? float.MaxValue : scores[chosen] - next;
    }

    /// <summary>
    /// The highest score but that of class <paramref name="skipped"/> (float.MinValue when there is none), eight classes at a
    /// time: read one by one, the scan of a word the tag dictionary does not know cost as much as a tenth of tagging.
    /// Vector maximum and Math.Max agree on every input (NaN, signed zeros), and a maximum does not depend on the order.
    /// </summary>
    private static float HighestExcept(ReadOnlySpan<float> scores, int skipped)
    {
        var highest = Vector256.Create(float.MinValue);
        var lanes = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
        int c = 0;
        for (; c + Vector256<float>.Count <= scores.Length; c += Vector256<float>.Count)
        {
            var row = Vector256.Create(scores.Slice(c, Vector256<float>.Count));
            var isSkipped = Vector256.Equals(lanes, Vector256.Create(skipped - c)).AsSingle();
            highest = Vector256.Max(highest, Vector256.ConditionalSelect(isSkipped, Vector256.Create(float.MinValue), row));
        }
        float next = float.MinValue;
        for (int lane = 0; lane < Vector256<float>.Count; lane++) next = Math.Max(next, highest[lane]);
        for (; c < scores.Length; c++) if (c != skipped) next = Math.Max(next, scores[c]);
        return next;
    }

    private static readonly HashSet<ulong> SingularSubjectPronouns = new[] { "he", "she", "it" }.Select(w => WordInfo.Of(w).Lower).ToHashSet();

    /// <summary>
    /// "Chile supplies copper to Peru", "Rebels attack the base": in a sentence with no finite verb (a headline, a short
    /// report), a common noun that can be a present-tense verb, after a subject it agrees with and before the start of a
    /// noun phrase, is that verb. Only the first such word, only where training saw it as that verb (or, for a word too
    /// rare to have its tags listed, where it ends in a verb's -s), and not when the next word could be the verb instead
    /// ("missile tests alarm Japan", "rebel troops attack").
    /// </summary>
    private void PresentVerbBetweenSubjectAndObject(ReadOnlySpan<WordInfo> words, Span<int> tags, ReadOnlySpan<WordLookup> lookups, bool final)
    {
        // "North Korea fires missile into sea, Seoul says": the verb of an attribution closing a headline is not its own.
        int end = AttributionTailStart(words, tags);
        if (_presentVerb < 0 || _presentPluralVerb < 0 || HasFiniteVerb(tags[..end])) return;
        for (int i = 1; i + 1 < end; i++)
        {
            // An imperative's verb before it ("find photography supplies …") has the clause's verb already.
            if (Universal[tags[i]] is UniversalTag.Verb or UniversalTag.Aux) return;
            int number = _commonNoun[tags[i]];
            // Lower case only: a capitalised word there is more often a title or a name ("Vice President Equity Derivatives").
            if (number == 0 || words[i].Exact != words[i].Lower) continue;
            int verb = number == 2 ? _presentVerb : _presentPluralVerb;
            // A word seen too rarely to have its tags listed may be the verb when it has a verb's -s ending.
            if (lookups[i].HasAllowed ? !CanBe(lookups[i], verb) : number != 2 || !HasVerbS(words[i])) continue;
            int before = i - 1;
            while (before > 0 && Universal[tags[before]] == UniversalTag.Adv) before--;
            // A plural noun's verb form (-s) needs a singular subject, a singular noun's (base) a plural one.
            bool agrees = number == 2
                ? _nounNumber[tags[before]] == 1 || SingularSubjectPronouns.Contains(words[before].Lower)
                : _nounNumber[tags[before]] == 2 || (SubjectPronouns.Contains(words[before].Lower) && !SingularSubjectPronouns.Contains(words[before].Lower));
            if (!agrees) continue;
            int next = tags[i + 1];
            // "Iran denies supplying drones": a gerund may open the verb's object as a noun phrase does. "The EU condemns in
            // the strongest terms …": a word too rare to have its tags listed, with a verb's -s, may be followed by a
            // preposition (a known plural noun there is more often a compound's head: "EU talks in Brussels"); only once the
            // last pass has settled the other words ("Thailand shut all border crossings with …": a first pass may read "shut"
            // as an adjective).
            bool prepositionAfterRareVerb = final && !lookups[i].HasAllowed && PlainPrepositions.Contains(words[i + 1].Exact) && EndsAsASentence(words);
            if (Universal[next] is not (UniversalTag.Det or UniversalTag.Adj or UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Num or UniversalTag.Pron)
                && next != _gerund && !prepositionAfterRareVerb) continue;
            if (_commonNoun[next] != 0 && CouldBeTheVerb(i + 1, tags, lookups)) continue;
            tags[i] = verb;
            return;
        }
    }

    /// <summary>True when the noun at <paramref name="i"/> may be a verb: training saw it as one, or, too rare to know, it
    /// is followed by what starts an object ("alarm Japan").</summary>
    private bool CouldBeTheVerb(int i, ReadOnlySpan<int> tags, ReadOnlySpan<WordLookup> lookups) => lookups[i].HasAllowed
        ? (lookups[i].Allowed & _verbs) != 0
        : i + 1 < tags.Length && Universal[tags[i + 1]] is UniversalTag.Det or UniversalTag.Propn or UniversalTag.Pron or UniversalTag.Num or UniversalTag.Adj;

    // Prepositions that open a phrase of manner, place or time after a verb ("condemns in the strongest terms"); a closed
    // list, since an unknown word the model reads as a preposition is often the verb itself ("tests alarm Japan").
    private static readonly HashSet<ulong> PlainPrepositions =
        new[] { "in", "on", "at", "with", "for", "over", "against", "from", "after", "during" }.Select(w => WordInfo.Of(w).Exact).ToHashSet();
    private static readonly ulong FullStop = WordInfo.Of(".").Exact;

    // A sentence closed by a full stop, not a headline fragment ("China-Japan talks in Tokyo").
    private static bool EndsAsASentence(ReadOnlySpan<WordInfo> words) => words.Length > 0 && words[^1].Exact == FullStop;

    private static readonly ulong S = WordInfo.Of("ships").Suffix1;
    private static readonly ulong[] NotVerbS = [WordInfo.Of("class").Suffix2, WordInfo.Of("status").Suffix2, WordInfo.Of("crisis").Suffix2];

    private static bool HasVerbS(in WordInfo word) => word.Suffix1 == S && Array.IndexOf(NotVerbS, word.Suffix2) < 0;

    private static bool CanBe(in WordLookup word, int tag) => word.HasAllowed && (word.Allowed & (UInt128.One << tag)) != 0;

    private static readonly ulong To = WordInfo.Of("to").Lower;
    private static readonly HashSet<ulong> IrregularPast = Inflector.IrregularPastForms().Select(w => WordInfo.Of(w).Lower).ToHashSet();
    private static readonly HashSet<ulong> PastOnly = Inflector.PastOnlyForms().Select(w => WordInfo.Of(w).Lower).ToHashSet();
    private static readonly HashSet<ulong> PhrasalParticles = new[] { "down", "up", "off", "out", "back", "away" }.Select(w => WordInfo.Of(w).Lower).ToHashSet();
    private static readonly HashSet<ulong> SubjectPronouns = new[] { "he", "she", "it", "they", "we", "i", "you" }.Select(w => WordInfo.Of(w).Lower).ToHashSet();

    /// <summary>
    /// A left-to-right tagger cannot see that "Japan and South Korea plan to meet" has no other verb: a noun that can be a
    /// present-tense verb, before "to" and a base verb, is that verb when the sentence has no finite verb yet or a subject
    /// pronoun stands right before it ("he also plans to …"). Seen with the verb tag in training, never forced otherwise.
    /// </summary>
    private void ClauseNeedsAVerb(ReadOnlySpan<WordInfo> words, Span<int> tags, ReadOnlySpan<WordLookup> lookups)
    {
        if (_presentVerb < 0 || _presentPluralVerb < 0) return;
        bool finite = HasFiniteVerb(tags);
        for (int i = 1; i + 2 < words.Length; i++)
        {
            if (_commonNoun[tags[i]] == 0 || words[i + 1].Lower != To || tags[i + 2] != _baseVerb) continue;
            var before = WordBefore(words, tags, i, out bool pronoun);
            if (!pronoun && (finite || before is not (UniversalTag.Propn or UniversalTag.Noun or UniversalTag.Punct))) continue;
            int verb = _commonNoun[tags[i]] == 2 ? _presentVerb : _presentPluralVerb;
            if (!lookups[i].HasAllowed || (lookups[i].Allowed & (UInt128.One << verb)) == 0) continue;
            tags[i] = verb;
            finite = true;
        }
        if (_pastVerb < 0) return;
        // "Serbia eased emergency measures", "rebels on Tuesday blocked transport": with no finite verb before it, a
        // past form read as an adjective between a subject and its object is the clause's verb. So is one read as a noun
        // ("Russia cut gas supplies") when the sentence has no finite verb at all ("a tax cut plan was …" has one).
        for (int i = 1; i + 1 < words.Length; i++)
        {
            int tag = tags[i];
            if (_finite[tag]) return;
            bool lowerCase = words[i].Exact == words[i].Lower;
            // "The plan drew criticism", "troops overran a base": an irregular past form too rare in training to know, read as a
            // noun, a name or even a preposition.
            bool irregularPast = lowerCase && !lookups[i].HasAllowed && IrregularPast.Contains(words[i].Lower);
            if (!_pastForm[tag] && !((_commonNoun[tag] == 1 || irregularPast) && !finite && lowerCase)) continue;
            // Seen as a past verb in training, and (unless it ends in -ed) mostly as a verb: "new", once a typo for "knew",
            // stays an adjective.
            bool past = lookups[i].HasAllowed ? CanBe(lookups[i], _pastVerb) && (words[i].Suffix2 == Ed || lookups[i].Frequent < 0
                                                                                  || Universal[lookups[i].Frequent] is UniversalTag.Verb or UniversalTag.Aux
                                                                                  || !finite && Universal[lookups[i].Frequent] != UniversalTag.Adj)
                : words[i].Suffix2 == Ed || irregularPast;
            if (!past) continue;
            var subject = WordBefore(words, tags, i, out bool pronoun);
            if (!pronoun && subject is not (UniversalTag.Propn or UniversalTag.Noun)) continue;
            // "Poland shot down a drone": a phrasal verb's particle may stand between the verb and its object.
            int objectStart = i + 2 < words.Length && PhrasalParticles.Contains(words[i + 1].Lower) ? i + 2 : i + 1;
            // "the army withdrew from the border": a past form that is neither participle nor noun ("withdrew", "drove") needs no
            // object; a preposition may follow it ("seized by Iran" stays a participle).
            if (Universal[tags[objectStart]] is not (UniversalTag.Det or UniversalTag.Adj or UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Num)
                && !(PastOnly.Contains(words[i].Lower) && Universal[tags[objectStart]] is UniversalTag.Adp or UniversalTag.Adv)) continue;
            tags[i] = _pastVerb;
            return;
        }
    }

    /// <summary>
    /// "Germany will station a brigade there": a lower-case singular noun right after a modal (and an adverb), before a
    /// determiner, number or pronoun that opens its object, is the modal's verb; a modal governs a verb, not a noun.
    /// </summary>
    private void ModalGovernsAVerb(ReadOnlySpan<WordInfo> words, Span<int> tags)
    {
        if (_baseVerb < 0) return;
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (_commonNoun[tags[i]] != 1 || words[i].Exact != words[i].Lower) continue;
            int before = i - 1;
            if (before > 0 && Universal[tags[before]] == UniversalTag.Adv) before--;
            if (!_modal[tags[before]] || Universal[tags[i + 1]] is not (UniversalTag.Det or UniversalTag.Num or UniversalTag.Pron)) continue;
            tags[i] = _baseVerb;
        }
    }

    /// <summary>
    /// "Eritrea shelled Ethiopian border posts on Monday": a word in -s read as a present-tense verb right after the nouns
    /// that follow a past-tense verb, with no object of its own (a preposition or punctuation next), ends that verb's object:
    /// it is a plural noun when training saw it as one (or, too rare to know, when it ends in -s). Only after a common noun ("border"), so "said China objects to …"
    /// keeps its verb.
    /// </summary>
    private void PluralNounEndingAnObject(ReadOnlySpan<WordInfo> words, Span<int> tags, ReadOnlySpan<WordLookup> lookups)
    {
        if (_pluralNoun < 0 || _presentVerb < 0) return;
        for (int i = 2; i + 1 < words.Length; i++)
        {
            if (tags[i] != _presentVerb || _commonNoun[tags[i - 1]] == 0) continue;
            if (lookups[i].HasAllowed ? !CanBe(lookups[i], _pluralNoun) : !HasVerbS(words[i])) continue;
            if (Universal[tags[i + 1]] is not (UniversalTag.Adp or UniversalTag.Punct)) continue;
            int k = i - 1;
            while (k > 0 && Universal[tags[k]] is UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Adj or UniversalTag.Num) k--;
            if (tags[k] == _pastVerb) tags[i] = _pluralNoun;
        }
    }

    /// <summary>
    /// "The UN says fighting in the north has forced …", "officials said shelling near the border killed …": a gerund
    /// right after a finite verb, whose own place or topic phrase runs into another finite verb, is that verb's subject —
    /// a noun — not a participle of the first ("began shelling the town" goes on to its object and stays a verb).
    /// </summary>
    private void GerundSubjectOfAClause(Span<int> tags)
    {
        if (_gerund < 0 || _singularNoun < 0) return;
        for (int i = 1; i + 1 < tags.Length; i++)
        {
            if (tags[i] != _gerund || !_finite[tags[i - 1]] || Universal[tags[i - 1]] != UniversalTag.Verb) continue;
            if (Universal[tags[i + 1]] != UniversalTag.Adp) continue;
            for (int k = i + 2; k < tags.Length && k <= i + 6; k++)
            {
                var tag = Universal[tags[k]];
                if (_finite[tags[k]]) { tags[i] = _singularNoun; break; }
                if (tag is not (UniversalTag.Det or UniversalTag.Adj or UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Num or UniversalTag.Adp)) break;
            }
        }
    }

    private static readonly ulong Ed = WordInfo.Of("used").Suffix2;

    /// <summary>The tag of the word before word <paramref name="i"/>, past adverbs ("he also plans"), and whether it is a
    /// subject pronoun.</summary>
    private UniversalTag WordBefore(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, int i, out bool subjectPronoun)
    {
        int before = i - 1;
        while (before > 0 && Universal[tags[before]] == UniversalTag.Adv) before--;
        var tag = Universal[tags[before]];
        subjectPronoun = tag == UniversalTag.Pron && SubjectPronouns.Contains(words[before].Lower);
        return tag;
    }

    /// <summary>
    /// Each word's tag dictionary entries, looked up once (twice when its lower case differs): its ambiguity class (its
    /// commonest tag in training, or its shape when unseen), its tag when unambiguous, and the classes it was seen with.
    /// The spans are this thread's buffers, valid until its next call. Training passes <paramref name="gazetteer"/> false:
    /// forced to a proper noun there, a rare name word would teach the model nothing of how names look, and the tagger
    /// must still know them when the gazetteer does not (retrained with it on, development UPOS fell from 95.1 to 95.0).
    /// </summary>
    internal void LookUp(ReadOnlySpan<WordInfo> words, out Span<ulong> ambiguity, out Span<WordLookup> lookups, bool gazetteer = true)
    {
        if (_ambiguity is null || _ambiguity.Length < words.Length) _ambiguity = new ulong[Math.Max(256, words.Length)];
        if (_lookups is null || _lookups.Length < words.Length) _lookups = new WordLookup[Math.Max(256, words.Length)];
        ambiguity = _ambiguity.AsSpan(0, words.Length);
        lookups = _lookups.AsSpan(0, words.Length);
        // Every word's slots are asked for before the first is read (see CacheLine).
        foreach (ref readonly var w in words)
        {
            CacheLine.Prefetch(in _words[(int)(w.Exact >> 32) & _wordMask]);
            CacheLine.Prefetch(in _words[(int)(w.Lower >> 32) & _wordMask]);
        }
        for (int i = 0; i < words.Length; i++)
        {
            ref readonly var w = ref words[i];
            bool exact = TryGetWord(w.Exact, out var e);
            WordTags l = e;
            bool lower = w.Lower == w.Exact ? exact : TryGetWord(w.Lower, out l);
            ambiguity[i] = exact && e.Frequent >= 0 ? (ulong)e.Frequent : lower && l.Frequent >= 0 ? (ulong)l.Frequent + 1000 : w.Shape;
            // A word of a known name the treebank never showed in any case ("Beijing", "Pyongyang") is a proper noun: the
            // model alone guesses from its letters (a name in -ing is read as a verb).
            bool unseenName = gazetteer && !exact && !lower && (w.Flags & WordFlags.KnownName) != 0;
            // So is a demonym an adjective ("Chilean exports to Peru rose"), read otherwise as the subject's name.
            bool unseenDemonym = gazetteer && !exact && !lower && (w.Flags & WordFlags.KnownDemonym) != 0;
            // A capitalised word the treebank never showed in any case ("al-Khaza'i") is no pronoun, determiner or other closed
            // class: those the treebank holds in full. (Lower-case web spellings such as "u" are left to the model; barring the
            // X and symbol classes too cost test UPOS and LAS 0.1.)
            bool unseenCapitalised = gazetteer && !exact && !lower && w.Exact != w.Lower;
            lookups[i] = new WordLookup
            {
                Unambiguous = exact ? e.Unambiguous : -1,
                HasAllowed = exact && e.HasAllowed || lower && l.HasAllowed || unseenName || unseenDemonym || unseenCapitalised,
                Allowed = exact && e.HasAllowed ? e.Allowed : lower && l.HasAllowed ? l.Allowed
                    : unseenName ? _properNouns : unseenDemonym ? _adjectives : unseenCapitalised ? _openClasses : l.Allowed,
                Frequent = exact && e.Frequent >= 0 ? e.Frequent : lower ? l.Frequent : -1,
            };
        }
    }

    // A word the tag dictionary gives one tag takes it without scoring, unless it opens the sentence.
    private static bool TakesItsOnlyTag(in WordInfo word, in WordLookup lookup) =>
        (word.Flags & WordFlags.SentenceStart) == 0 && lookup.Unambiguous >= 0;

    /// <summary>
    /// The best class among those the word was seen with in training, when it was seen often enough to know them
    /// (a tag dictionary: "exercise" can be a noun or a verb, never an adverb); any class for rarer words.
    /// </summary>
    private static int Best(in WordLookup word, ReadOnlySpan<float> scores)
    {
        if (!word.HasAllowed) return LinearModel.ArgMax(scores);
        int best = BestOf(word.Allowed, scores);
        return best < 0 ? LinearModel.ArgMax(scores) : best;
    }

    // The class of the mask with the highest score (the first of equal ones), or -1 when the mask holds none. Visits only
    // the classes in the mask: a word is allowed a handful of the 88.
    private static int BestOf(UInt128 mask, ReadOnlySpan<float> scores)
    {
        int best = -1;
        ulong low = (ulong)mask, high = (ulong)(mask >> 64);
        for (; low != 0; low &= low - 1)
        {
            int c = System.Numerics.BitOperations.TrailingZeroCount(low);
            if (c < scores.Length && (best < 0 || scores[c] > scores[best])) best = c;
        }
        for (; high != 0; high &= high - 1)
        {
            int c = 64 + System.Numerics.BitOperations.TrailingZeroCount(high);
            if (c < scores.Length && (best < 0 || scores[c] > scores[best])) best = c;
        }
        return best;
    }

    [ThreadStatic] private static WordSums<TagWord>? _firstMemo, _secondMemo;

    /// <summary>Empties this thread's memos of word sums (for tests: the next sentence adds every sum up again).</summary>
    internal static void ForgetWordSums() => _firstMemo = _secondMemo = null;

    /// <summary>The first pass's model (for tests of its scoring).</summary>
    internal LinearModel FirstPassModel => _model;

    // Words held in the memo of each pass: 4,096 words of 96 sums, 1.5 MB.
    private const int MemoWords = 4096;

    // This thread's memo of the word sums of one pass's model.
    private WordSums<TagWord> MemoOf(LinearModel model)
    {
        ref var memo = ref model == _model ? ref _firstMemo : ref _secondMemo;
        if (memo is null || memo.Owner != model) memo = new WordSums<TagWord>(model, model.SumWidth, MemoWords);
        return memo;
    }

    /// <summary>Every value a word's own features (<see cref="OwnFeatures"/>) are made of.</summary>
    internal readonly struct TagWord(in WordInfo word, ulong ambiguity, bool noFrequentTag) : IEquatable<TagWord>
    {
        private readonly WordInfo _word = word;
        private readonly ulong _ambiguity = ambiguity;
        private readonly bool _noFrequentTag = noFrequentTag;

        public ulong Hash => HashOf(_word);

        /// <summary><see cref="Hash"/> of a word's TagWord, which depends on the word alone.</summary>
        public static ulong HashOf(in WordInfo word) => FeatureKey.Avalanche(word.Exact ^ ((ulong)word.Flags * 0x9E3779B97F4A7C15UL));

        public bool Equals(TagWord other) =>
            _word.Exact == other._word.Exact && _word.Flags == other._word.Flags && _ambiguity == other._ambiguity && _noFrequentTag == other._noFrequentTag
            && _word.Lower == other._word.Lower && _word.Shape == other._word.Shape && _word.LastPart == other._word.LastPart
            && _word.Suffix1 == other._word.Suffix1 && _word.Suffix2 == other._word.Suffix2 && _word.Suffix3 == other._word.Suffix3
            && _word.Suffix4 == other._word.Suffix4 && _word.Prefix1 == other._word.Prefix1 && _word.Prefix2 == other._word.Prefix2;

        public override bool Equals(object? obj) => obj is TagWord other && Equals(other);

        public override int GetHashCode() => (int)Hash;
    }

    /// <summary>
    /// The keys of the features of word <paramref name="w"/> made of nothing but the word (its spellings, affixes, shape,
    /// capitals and ambiguity class): with <see cref="ContextFeatures"/>, the keys of <see cref="Features"/>, in another order.
    /// </summary>
    internal static int OwnFeatures(in WordInfo w, ulong ambiguity, in WordLookup lookup, Span<ulong> f)
    {
        ulong capitals = (ulong)(w.Flags & (WordFlags.Title | WordFlags.AllCaps | WordFlags.SentenceStart | WordFlags.TitleCaseSentence));
        int n = 0;
        f[n++] = FeatureKey.Common(1, 0);
        f[n++] = FeatureKey.Word(2, w.Lower);
        f[n++] = FeatureKey.Word(3, w.Exact, capitals);
        f[n++] = FeatureKey.Common(4, w.Suffix1);
        f[n++] = FeatureKey.Common(5, w.Suffix2);
        f[n++] = FeatureKey.Word(6, w.Suffix3);
        f[n++] = FeatureKey.Word(7, w.Suffix4);
        f[n++] = FeatureKey.Common(8, w.Prefix1);
        f[n++] = FeatureKey.Word(9, w.Prefix2);
        f[n++] = FeatureKey.Common(10, w.Shape);
        f[n++] = FeatureKey.Common(11, w.Shape, capitals);
        f[n++] = FeatureKey.Common(22, ambiguity);
        if ((w.Flags & WordFlags.KnownName) != 0 && lookup.Frequent < 0) f[n++] = FeatureKey.Common(33, capitals);
        if ((w.Flags & WordFlags.Hyphen) != 0) f[n++] = FeatureKey.Word(31, w.LastPart);
        return n;
    }

    /// <summary>The keys of the features of word <paramref name="i"/> that read the words and tags around it (see <see cref="OwnFeatures"/>).</summary>
    internal int ContextFeatures(ReadOnlySpan<WordInfo> words, int i, ReadOnlySpan<int> tags, ReadOnlySpan<ulong> ambiguityClasses, in WordLookup lookup, Span<ulong> f,
        ReadOnlySpan<int> ahead = default)
    {
        ref readonly var w = ref words[i];
        ulong p1 = i > 0 ? (ulong)tags[i - 1] : None, p2 = i > 1 ? (ulong)tags[i - 2] : None;
        ulong prev = i > 0 ? words[i - 1].Lower : None, prev2 = i > 1 ? words[i - 2].Lower : None;
        ulong next = i + 1 < words.Length ? words[i + 1].Lower : None, next2 = i + 2 < words.Length ? words[i + 2].Lower : None;
        ulong capitals = (ulong)(w.Flags & (WordFlags.Title | WordFlags.AllCaps | WordFlags.SentenceStart | WordFlags.TitleCaseSentence));
        ulong ambiguity = ambiguityClasses[i], ambiguityNext = i + 1 < ambiguityClasses.Length ? ambiguityClasses[i + 1] : None;
        // At constant places in a slice of their own length, the fixed keys are stored with no bounds check each.
        var g = f[..FixedContextFeatures];
        g[0] = FeatureKey.Common(12, p1);
        g[1] = FeatureKey.Common(13, p2);
        g[2] = FeatureKey.Common(14, p1, p2);
        g[3] = FeatureKey.Word(15, p1, w.Lower);
        g[4] = FeatureKey.Word(16, prev);
        g[5] = FeatureKey.Word(17, i > 0 ? words[i - 1].Suffix3 : None);
        g[6] = FeatureKey.Word(18, prev2);
        g[7] = FeatureKey.Word(19, next);
        g[8] = FeatureKey.Word(20, i + 1 < words.Length ? words[i + 1].Suffix3 : None);
        g[9] = FeatureKey.Word(21, next2);
        g[10] = FeatureKey.Common(23, ambiguityNext);
        g[11] = FeatureKey.Common(24, i + 2 < ambiguityClasses.Length ? ambiguityClasses[i + 2] : None);
        g[12] = FeatureKey.Common(25, p1, ambiguityNext);
        g[13] = FeatureKey.Word(26, w.Lower, next);
        g[14] = FeatureKey.Word(27, prev, w.Lower);
        g[15] = FeatureKey.Word(28, p1, w.Suffix3);
        g[16] = FeatureKey.Common(29, ambiguity, ambiguityNext);
        g[17] = FeatureKey.Common(30, i + 1 < words.Length ? words[i + 1].Shape : None, capitals);
        int n = FixedContextFeatures;
        if ((w.Flags & WordFlags.KnownName) != 0 && lookup.Frequent < 0) f[n++] = FeatureKey.Common(34, p1);
        if ((w.Flags & WordFlags.Hyphen) != 0) f[n++] = FeatureKey.Word(32, p1, w.LastPart);
        if (!ahead.IsEmpty)
        {
            ulong n1 = i + 1 < ahead.Length ? (ulong)ahead[i + 1] : None, n2 = i + 2 < ahead.Length ? (ulong)ahead[i + 2] : None;
            f[n++] = FeatureKey.Common(35, n1);
            f[n++] = FeatureKey.Common(36, n1, n2);
            f[n++] = FeatureKey.Word(37, w.Lower, n1);
            f[n++] = FeatureKey.Common(38, p1, n1);
            f[n++] = FeatureKey.Common(39, ambiguity, n1);
            f[n++] = FeatureKey.Word(40, w.Suffix3, n1);
        }
        return n;
    }

    /// <summary>The feature keys of word <paramref name="i"/> given the tags already chosen before it.</summary>
    internal int Features(ReadOnlySpan<WordInfo> words, int i, ReadOnlySpan<int> tags, ReadOnlySpan<ulong> ambiguityClasses, in WordLookup lookup, Span<ulong> f,
        ReadOnlySpan<int> ahead = default)
    {
        ref readonly var w = ref words[i];
        ulong p1 = i > 0 ? (ulong)tags[i - 1] : None, p2 = i > 1 ? (ulong)tags[i - 2] : None;
        ulong prev = i > 0 ? words[i - 1].Lower : None, prev2 = i > 1 ? words[i - 2].Lower : None;
        ulong next = i + 1 < words.Length ? words[i + 1].Lower : None, next2 = i + 2 < words.Length ? words[i + 2].Lower : None;
        ulong capitals = (ulong)(w.Flags & (WordFlags.Title | WordFlags.AllCaps | WordFlags.SentenceStart | WordFlags.TitleCaseSentence));
        ulong ambiguity = ambiguityClasses[i], ambiguityNext = i + 1 < ambiguityClasses.Length ? ambiguityClasses[i + 1] : None;
        int n = 0;
        f[n++] = FeatureKey.Common(1, 0);
        f[n++] = FeatureKey.Word(2, w.Lower);
        f[n++] = FeatureKey.Word(3, w.Exact, capitals);
        f[n++] = FeatureKey.Common(4, w.Suffix1);
        f[n++] = FeatureKey.Common(5, w.Suffix2);
        f[n++] = FeatureKey.Word(6, w.Suffix3);
        f[n++] = FeatureKey.Word(7, w.Suffix4);
        f[n++] = FeatureKey.Common(8, w.Prefix1);
        f[n++] = FeatureKey.Word(9, w.Prefix2);
        f[n++] = FeatureKey.Common(10, w.Shape);
        f[n++] = FeatureKey.Common(11, w.Shape, capitals);
        f[n++] = FeatureKey.Common(12, p1);
        f[n++] = FeatureKey.Common(13, p2);
        f[n++] = FeatureKey.Common(14, p1, p2);
        f[n++] = FeatureKey.Word(15, p1, w.Lower);
        f[n++] = FeatureKey.Word(16, prev);
        f[n++] = FeatureKey.Word(17, i > 0 ? words[i - 1].Suffix3 : None);
        f[n++] = FeatureKey.Word(18, prev2);
        f[n++] = FeatureKey.Word(19, next);
        f[n++] = FeatureKey.Word(20, i + 1 < words.Length ? words[i + 1].Suffix3 : None);
        f[n++] = FeatureKey.Word(21, next2);
        f[n++] = FeatureKey.Common(22, ambiguity);
        f[n++] = FeatureKey.Common(23, ambiguityNext);
        f[n++] = FeatureKey.Common(24, i + 2 < ambiguityClasses.Length ? ambiguityClasses[i + 2] : None);
        f[n++] = FeatureKey.Common(25, p1, ambiguityNext);
        f[n++] = FeatureKey.Word(26, w.Lower, next);
        f[n++] = FeatureKey.Word(27, prev, w.Lower);
        f[n++] = FeatureKey.Word(28, p1, w.Suffix3);
        f[n++] = FeatureKey.Common(29, ambiguity, ambiguityNext);
        f[n++] = FeatureKey.Common(30, i + 1 < words.Length ? words[i + 1].Shape : None, capitals);
        // The gazetteer speaks for names the treebank never showed (a word it knows has its own statistics). The word's
        // lookup has a commonest class exactly when its spelling or its lower case is in the frequent-tag map.
        if ((w.Flags & WordFlags.KnownName) != 0 && lookup.Frequent < 0)
        {
            f[n++] = FeatureKey.Common(33, capitals);
            f[n++] = FeatureKey.Common(34, p1);
        }
        if ((w.Flags & WordFlags.Hyphen) != 0)
        {
            f[n++] = FeatureKey.Word(31, w.LastPart);
            f[n++] = FeatureKey.Word(32, p1, w.LastPart);
        }
        if (!ahead.IsEmpty)
        {
            // The first pass's tags of the next two words: "demanded compensation" is a verb before a noun it governs.
            ulong n1 = i + 1 < ahead.Length ? (ulong)ahead[i + 1] : None, n2 = i + 2 < ahead.Length ? (ulong)ahead[i + 2] : None;
            f[n++] = FeatureKey.Common(35, n1);
            f[n++] = FeatureKey.Common(36, n1, n2);
            f[n++] = FeatureKey.Word(37, w.Lower, n1);
            f[n++] = FeatureKey.Common(38, p1, n1);
            f[n++] = FeatureKey.Common(39, ambiguity, n1);
            f[n++] = FeatureKey.Word(40, w.Suffix3, n1);
        }
        return n;
    }

    // Two perceptrons, each learning from its own shuffles, make the tagger: the mean of their averaged weights scores as
    // the pair would together, at one model's cost. Development set: UPOS 95.02 with one, 95.12 with two.
    private const int Learners = 2;

    /// <summary>
    /// Trains a tagger on <paramref name="train"/> for <paramref name="epochs"/> passes, shuffled with <paramref name="seed"/>
    /// (see <see cref="Learners"/>).
    /// </summary>
    public static PosTagger Train(IReadOnlyList<TreebankSentence> train, int epochs, int seed, Action<string>? log = null, string[]? classes = null, NameGazetteer? gazetteer = null)
    {
        var names = classes ?? ClassesOf(train);
        var infos = train.Select(s => s.WordInfos(gazetteer)).ToArray();
        var gold = GoldClasses(train, names);

        // Tag dictionary: each spelling's commonest tag (a feature), and the frequent spellings with one tag (a shortcut).
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        void Count(ulong key, int tag)
        {
            if (!counts.TryGetValue(key, out var c)) counts[key] = c = [];
            c[tag] = c.GetValueOrDefault(tag) + 1;
        }
        for (int s = 0; s < infos.Length; s++)
            for (int i = 0; i < infos[s].Length; i++) { Count(infos[s][i].Exact, gold[s][i]); if (infos[s][i].Lower != infos[s][i].Exact) Count(infos[s][i].Lower, gold[s][i]); }
        var frequent = new Dictionary<ulong, int>();
        var unambiguous = new Dictionary<ulong, int>();
        var allowed = new Dictionary<ulong, UInt128>();
        foreach (var (key, c) in counts)
        {
            int total = c.Values.Sum();
            var (tag, n) = c.MaxBy(p => (p.Value, -p.Key));
            if (total >= 3) frequent[key] = tag;
            if (total >= 20 && n >= total * 0.995) unambiguous[key] = tag;
            if (total >= 20)
            {
                var mask = UInt128.Zero;
                foreach (var (t, _) in c) mask |= UInt128.One << t;
                allowed[key] = mask;
            }
        }

        var tagger = new PosTagger(names, LinearModel.Build(names.Length, [], 0), frequent, unambiguous, allowed);
        var model = tagger.TrainModel(infos, gold, null, epochs, seed, log);
        return new PosTagger(names, model, frequent, unambiguous, allowed);
    }

    /// <summary>
    /// This tagger with a second pass trained on <paramref name="train"/>: it reads each sentence again, seeing also the
    /// tags the first pass gave the words ahead (<paramref name="firstPass"/>: tags from taggers that did not learn from
    /// the sentence, so that the second pass learns the first one's real mistakes). A left-to-right pass alone cannot see
    /// that "demanded" before "compensation" is the verb that governs it.
    /// </summary>
    public PosTagger TrainSecondPass(IReadOnlyList<TreebankSentence> train, IReadOnlyList<int[]> firstPass, int epochs, int seed, NameGazetteer? gazetteer = null,
        Action<string>? log = null)
    {
        var infos = train.Select(s => s.WordInfos(gazetteer)).ToArray();
        var second = TrainModel(infos, GoldClasses(train, TagNames), firstPass, epochs, seed, log);
        return new PosTagger(TagNames, _model, _frequentTag, _unambiguous, _allowed, second);
    }

    /// <summary>Trains one pass's weights with this tagger's tag dictionary (see <see cref="Learners"/>).</summary>
    private LinearModel TrainModel(WordInfo[][] infos, int[][] gold, IReadOnlyList<int[]>? ahead, int epochs, int seed, Action<string>? log)
    {
        int classes = TagNames.Length;
        var trainers = Enumerable.Range(0, Learners).Select(_ => new PerceptronTrainer(classes)).ToArray();
        var randoms = Enumerable.Range(0, Learners).Select(k => new Random(seed + 7919 * k)).ToArray();
        var order = Enumerable.Range(0, infos.Length).ToArray();
        var features = new ulong[MaxFeatures];
        var scores = new float[classes];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            int correct = 0, total = 0;
            for (int k = 0; k < Learners; k++)
            {
                var trainer = trainers[k];
                randoms[k].Shuffle(order);
                foreach (int s in order)
                {
                    var words = infos[s];
                    var predicted = new int[words.Length];
                    LookUp(words, out var ambiguity, out var lookups, gazetteer: false);
                    for (int i = 0; i < words.Length; i++)
                    {
                        int count = Features(words, i, predicted, ambiguity, lookups[i], features, ahead is null ? default : ahead[s]);
                        Array.Clear(scores);
                        trainer.Score(features.AsSpan(0, count), scores);
                        int guess = Best(lookups[i], scores);
                        trainer.Tick();
                        trainer.Update(features.AsSpan(0, count), gold[s][i], guess);
                        predicted[i] = guess;
                        if (guess == gold[s][i]) correct++;
                        total++;
                    }
                }
            }
            log?.Invoke($"tagger {(ahead is null ? "first" : "second")} pass epoch {epoch + 1}/{epochs}: training accuracy {100.0 * correct / total:F2}");
        }
        return PerceptronTrainer.AverageOf(trainers, 1e-3f);
    }

    /// <summary>Each training word's gold class (a pair too rare to be a class counts as its UPOS's commonest pair).</summary>
    private static int[][] GoldClasses(IReadOnlyList<TreebankSentence> train, string[] names)
    {
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var byUpos = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names) byUpos.TryAdd(name[..name.IndexOf('|')], index[name]);
        return train.Select(s => Enumerable.Range(0, s.Length)
            .Select(i => index.TryGetValue(s.Upos[i] + "|" + s.Xpos[i], out int c) ? c : byUpos.GetValueOrDefault(s.Upos[i])).ToArray()).ToArray();
    }

    /// <summary>The tag classes of a treebank: every UPOS|XPOS pair seen three times or more, commonest first (rarer pairs fold to their UPOS's commonest pair).</summary>
    public static string[] ClassesOf(IReadOnlyList<TreebankSentence> train)
    {
        var pairCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in train)
            for (int i = 0; i < s.Length; i++) pairCounts[s.Upos[i] + "|" + s.Xpos[i]] = pairCounts.GetValueOrDefault(s.Upos[i] + "|" + s.Xpos[i]) + 1;
        return pairCounts.Where(p => p.Value >= 3).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
    }

    /// <summary>Writes the tagger: tag names, tag dictionary, weights.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(TagNames.Length);
        foreach (var name in TagNames) writer.Write(name);
        WriteMap(writer, _frequentTag);
        WriteMap(writer, _unambiguous);
        writer.Write(_allowed.Count);
        foreach (var (key, mask) in _allowed.OrderBy(p => p.Key)) { writer.Write(key); writer.Write((ulong)(mask >> 64)); writer.Write((ulong)mask); }
        _model.Write(writer);
        // A byte saying whether a second pass follows: files written before there was one end here.
        writer.Write(_second is not null);
        _second?.Write(writer);
    }

    /// <summary>Reads a tagger written by <see cref="Write"/>.</summary>
    public static PosTagger Read(BinaryReader reader)
    {
        var names = new string[reader.ReadInt32()];
        for (int i = 0; i < names.Length; i++) names[i] = reader.ReadString();
        var frequent = ReadMap(reader);
        var unambiguous = ReadMap(reader);
        int count = reader.ReadInt32();
        var allowed = new Dictionary<ulong, UInt128>(count);
        for (int i = 0; i < count; i++) { ulong key = reader.ReadUInt64(); ulong high = reader.ReadUInt64(); allowed[key] = new UInt128(high, reader.ReadUInt64()); }
        var model = LinearModel.Read(reader);
        var second = reader.BaseStream.ReadByte() == 1 ? LinearModel.Read(reader) : null;
        return new PosTagger(names, model, frequent, unambiguous, allowed, second);
    }

    internal static void WriteMap(BinaryWriter writer, Dictionary<ulong, int> map)
    {
        writer.Write(map.Count);
        foreach (var (key, value) in map.OrderBy(p => p.Key)) { writer.Write(key); writer.Write((ushort)value); }
    }

    internal static Dictionary<ulong, int> ReadMap(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("A tagger's word map has a bad length.");
        // Ten bytes a word (key, tag), read at once.
        var records = reader.ReadBytes(checked(count * 10));
        if (records.Length != count * 10) throw new EndOfStreamException();
        var map = new Dictionary<ulong, int>(count);
        for (int at = 0; at < records.Length; at += 10)
            map[BinaryPrimitives.ReadUInt64LittleEndian(records.AsSpan(at))] = BinaryPrimitives.ReadUInt16LittleEndian(records.AsSpan(at + 8));
        return map;
    }
}
