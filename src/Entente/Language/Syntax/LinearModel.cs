using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;

namespace Entente.Language.Syntax;

/// <summary>
/// The frozen weights of a trained linear classifier: hash tables of one-cache-line buckets from feature key to weights. Keys with
/// <see cref="FeatureKey.LexicalBit"/> set (features of words: many, each seldom used) live in their own table, so the
/// table of the others (tags, labels, distances: few, used all the time) stays small enough to stay in the cache.
/// A slot holds more bits of its key as a check (the other bits chose the slot) and either the weights themselves
/// (models of up to three classes, the parser's moves: an 8-byte slot per feature) or where its weights are: a run of
/// 4-byte (class, weight) entries for a feature with few classes, a dense row of every class's weight for a feature
/// with many (the tagger's suffixes and tag contexts, the labeller's tag pairs), added with vector instructions. Weights
/// are 16-bit units of the model's largest weight, summed as integers. Read-only after loading, so one instance serves
/// every thread; scoring allocates nothing.
/// </summary>
// The scoring methods' stack buffers are written before they are read: zeroing them is wasted work.
[SkipLocalsInit]
internal sealed unsafe class LinearModel
{
    /// <summary>
    /// A feature of a model of up to three classes: 16 more bits of its key and its weights inline, in units of the
    /// model's <see cref="_unit"/>, eight to a cache line.
    /// </summary>
    private struct SmallSlot
    {
        public ushort Check;
        public short W0, W1, W2;
    }

    /// <summary>
    /// A feature of a larger model: where its run of entries starts (low 24 bits) and how many there are (high 8 bits),
    /// or, with a count of 0, which dense row holds its weights.
    /// </summary>
    private struct Slot
    {
        public uint Check;
        public uint Run;
    }

    private struct Pair
    {
        public int Class;
        public float Weight;
    }

    /// <summary>One open-addressing table; slots and keys in step, the keys kept only to write the model out.</summary>
    private sealed class Table
    {
        public NativeBuffer<SmallSlot> Small = NativeBuffer<SmallSlot>.Empty;
        public NativeBuffer<Slot> Slots = NativeBuffer<Slot>.Empty;

        /// <summary>
        /// The full key of each slot (0 when empty), for writing and describing the model: scoring reads only the slots'
        /// checks, so a table read from an image leaves its keys in the file until asked (see <see cref="ModelImageReader.SkipKeys"/>).
        /// </summary>
        public ulong[] Keys
        {
            get => _keys ??= KeysInImage!();
            init => _keys = value;
        }

        private ulong[]? _keys;

        /// <summary>Reads <see cref="Keys"/> back from the image the table was read from.</summary>
        public Func<ulong[]>? KeysInImage { get; init; }

        /// <summary>Number of buckets less one (a power of two less one).</summary>
        public int Mask;
    }

    private readonly Table _common, _lexical;
    // The runs' entries, (class << 16) | 16-bit weight, and the dense rows, _stride weights each (the class count
    // rounded up to whole vectors, the padding zero).
    private readonly NativeBuffer<uint> _entries = NativeBuffer<uint>.Empty;
    private readonly NativeBuffer<short> _dense = NativeBuffer<short>.Empty;
    private readonly int _stride, _weightCount;
    private readonly float _unit = 1;
    private const int MaxSmallClasses = 3, MaxRun = 255, MaxStart = (1 << 24) - 1, Lanes = 16;

    // A key's home is a bucket of eight 8-byte slots, one cache line: all eight are compared at once with vector
    // instructions and the match picked without a branch (probing slot by slot, whether the next slot matched, was empty
    // or held another key was a guess the processor often lost).
    private const int BucketSlots = 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(ulong key, int mask) => (int)(key >> 32) & mask;

    /// <summary>
    /// The slot of the bucket at <paramref name="slots"/> whose low <paramref name="checkMask"/> bits equal <paramref name="check"/>,
    /// or 0 when none does; <paramref name="full"/> when none does and the bucket is full, so that the key may lie in the
    /// following buckets (see <see cref="FindBeyond"/>: a bucket is at most half full on average, so that is rare).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FindIn(ulong* slots, ulong check, ulong checkMask, out bool full)
    {
        // A bucket is one aligned cache line: one 512-bit compare where the processor has them.
        uint matches = Vector512.IsHardwareAccelerated
            ? (uint)Vector512.Equals(Vector512.Load(slots) & Vector512.Create(checkMask), Vector512.Create(check)).ExtractMostSignificantBits()
            : Vector256.Equals(Vector256.Load(slots) & Vector256.Create(checkMask), Vector256.Create(check)).ExtractMostSignificantBits()
              | (Vector256.Equals(Vector256.Load(slots + 4) & Vector256.Create(checkMask), Vector256.Create(check)).ExtractMostSignificantBits() << 4);
        // All ones when a slot matched, else zero: the found slot, or nothing, without a branch.
        ulong hit = (ulong)(-(long)matches >> 63);
        full = matches == 0 && slots[BucketSlots - 1] != 0;
        return slots[System.Numerics.BitOperations.TrailingZeroCount(matches | 0x80) & (BucketSlots - 1)] & hit;
    }

    /// <summary>
    /// <see cref="FindIn"/> in the buckets of <paramref name="table"/> after the full one at <paramref name="slots"/>, up to
    /// the first that holds the key or is not full. Out of line: the scoring loops that call it stay small.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong FindBeyond(ulong* table, int mask, ulong* slots, ulong check, ulong checkMask)
    {
        while (true)
        {
            slots = table + (((slots - table) / BucketSlots + 1) & mask) * BucketSlots;
            ulong slot = FindIn(slots, check, checkMask, out bool full);
            if (!full) return slot;
        }
    }

    /// <summary>The slot of <paramref name="table"/> that holds <paramref name="check"/>, from the home bucket on (see <see cref="FindIn"/>), or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Find(ulong* table, int mask, ulong* home, ulong check, ulong checkMask)
    {
        ulong slot = FindIn(home, check, checkMask, out bool full);
        return full ? FindBeyond(table, mask, home, check, checkMask) : slot;
    }

    /// <summary>
    /// <see cref="FindIn"/> for a table of small slots, whose check is a slot's low 16 bits: with 256-bit vectors the 16-bit
    /// lanes are compared with the check as they are, without masking the weights off first (lane 0 of each slot is its
    /// check, so only every fourth lane's match counts).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FindSmallIn(ulong* slots, ushort check, out bool full)
    {
        if (Vector512.IsHardwareAccelerated) return FindIn(slots, check, 0xFFFF, out full);
        var wanted = Vector256.Create(check);
        // One bit per byte of the bucket; the low byte of each slot's check has bit 8k.
        ulong matches = (Vector256.Equals(Vector256.Load((ushort*)slots), wanted).AsByte().ExtractMostSignificantBits()
                         | (ulong)Vector256.Equals(Vector256.Load((ushort*)(slots + 4)), wanted).AsByte().ExtractMostSignificantBits() << 32)
                        & 0x0101_0101_0101_0101UL;
        ulong hit = (ulong)(-(long)matches >> 63);
        full = matches == 0 && slots[BucketSlots - 1] != 0;
        return slots[System.Numerics.BitOperations.TrailingZeroCount(matches | (1UL << 56)) >> 3] & hit;
    }

    /// <summary>
    /// <see cref="FindIn"/> for a table of a larger model's slots, whose check is a slot's low 32 bits: with 256-bit vectors
    /// the 32-bit lanes are compared with the check as they are, without masking the runs off first (only every other
    /// lane's match counts).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FindWideIn(ulong* slots, uint check, out bool full)
    {
        if (Vector512.IsHardwareAccelerated) return FindIn(slots, check, 0xFFFF_FFFF, out full);
        var wanted = Vector256.Create(check);
        // One bit per half of a slot; the check of slot k has bit 2k.
        uint matches = (Vector256.Equals(Vector256.Load((uint*)slots), wanted).ExtractMostSignificantBits()
                        | Vector256.Equals(Vector256.Load((uint*)(slots + 4)), wanted).ExtractMostSignificantBits() << 8) & 0x5555;
        ulong hit = (ulong)(-(long)matches >> 63);
        full = matches == 0 && slots[BucketSlots - 1] != 0;
        return slots[System.Numerics.BitOperations.TrailingZeroCount(matches | 0x4000) >> 1] & hit;
    }

    /// <summary>The first slot of the home bucket of <paramref name="key"/> in <paramref name="table"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong* HomeOf(ulong* table, int mask, ulong key) => table + (nint)Bucket(key, mask) * BucketSlots;

    /// <summary>
    /// The home bucket of <paramref name="key"/> in the common or the lexical table, as its lexical bit says: chosen from
    /// locals by conditional moves, where indexing two-entry arrays by the bit read them from memory for every key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong* HomeIn(ulong* common, int commonMask, ulong* lexical, int lexicalMask, ulong key)
    {
        bool isLexical = (key & FeatureKey.LexicalBit) != 0;
        return HomeOf(isLexical ? lexical : common, isLexical ? lexicalMask : commonMask, key);
    }

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount { get; }

    private bool IsSmall => ClassCount <= MaxSmallClasses;

    /// <summary>The sizes of the two tables, for tuning: "common 12345 of 32768 slots, lexical ...".</summary>
    internal string Describe() =>
        $"{ClassCount} classes, {_weightCount} weights, {_dense.Length / Math.Max(1, _stride)} dense rows; common {_common.Keys.Count(k => k != 0)} of {_common.Keys.Length} slots, lexical {_lexical.Keys.Count(k => k != 0)} of {_lexical.Keys.Length}";

    // The first pairCount of pairs are the weights, in the order of the keys.
    private LinearModel(int classCount, List<ulong> keys, List<int> starts, Pair[] pairs, int pairCount)
    {
        ClassCount = classCount;
        if (pairCount > MaxStart) throw new InvalidOperationException("A model has more than 16 million weights.");
        // The largest weight sets the unit. Weights come rounded to half precision, as the file keeps them, so a model
        // read back is the model written.
        float largest = 0;
        foreach (var pair in pairs.AsSpan(0, pairCount)) largest = Math.Max(largest, MathF.Abs(pair.Weight));
        _unit = largest > 0 ? largest / short.MaxValue : 1;
        var units = new short[pairCount];
        for (int p = 0; p < pairCount; p++) units[p] = Units(pairs[p].Weight);
        // Weights below half a unit are dropped, and features left without weights.
        var kept = new List<int>(keys.Count);
        var counts = new List<int>(keys.Count);
        int lexical = 0, denseRows = 0, entryCount = 0;
        _stride = (classCount + Lanes - 1) / Lanes * Lanes;
        for (int k = 0; k < keys.Count; k++)
        {
            int count = 0;
            for (int p = starts[k]; p < End(k); p++) if (units[p] != 0) count++;
            if (count == 0) continue;
            if (count > MaxRun) throw new InvalidOperationException("A feature has more than 255 class weights.");
            kept.Add(k);
            counts.Add(count);
            _weightCount += count;
            if (FeatureKey.IsLexical(keys[k])) lexical++;
            if (IsDense(count)) denseRows++; else entryCount += count;
        }
        FeatureCount = kept.Count;
        _common = NewTable(kept.Count - lexical);
        _lexical = NewTable(lexical);
        if (!IsSmall)
        {
            _entries = new NativeBuffer<uint>(entryCount);
            _dense = new NativeBuffer<short>(denseRows * _stride);
        }
        int entry = 0, row = 0;
        Span<short> small = stackalloc short[MaxSmallClasses];
        for (int j = 0; j < kept.Count; j++)
        {
            int k = kept[j], count = counts[j];
            ulong key = keys[k];
            var table = FeatureKey.IsLexical(key) ? _lexical : _common;
            int i = Bucket(key, table.Mask) * BucketSlots;
            // A bucket fills from its first slot, so a key that finds its home bucket full goes on to the next one.
            while (table.Keys[i] != 0) i = i % BucketSlots == BucketSlots - 1 ? Bucket((ulong)(i / BucketSlots + 1) << 32, table.Mask) * BucketSlots : i + 1;
            table.Keys[i] = key;
            if (IsSmall)
            {
                small.Clear();
                for (int p = starts[k]; p < End(k); p++) small[pairs[p].Class] = units[p];
                table.Small.Pointer[i] = new SmallSlot { Check = SmallCheck(key), W0 = small[0], W1 = small[1], W2 = small[2] };
            }
            else if (IsDense(count))
            {
                var weights = _dense.Pointer + (nint)row * _stride;
                for (int p = starts[k]; p < End(k); p++) weights[pairs[p].Class] = units[p];
                table.Slots.Pointer[i] = new Slot { Check = (uint)key | 1u, Run = (uint)row++ };
            }
            else
            {
                table.Slots.Pointer[i] = new Slot { Check = (uint)key | 1u, Run = (uint)entry | ((uint)count << 24) };
                for (int p = starts[k]; p < End(k); p++)
                {
                    if (units[p] != 0) _entries.Pointer[entry++] = ((uint)pairs[p].Class << 16) | (ushort)units[p];
                }
            }
        }

        int End(int k) => k + 1 < keys.Count ? starts[k + 1] : pairCount;
    }

    // A dense row costs a few vector additions over two or three cache lines; a run costs one addition per entry.
    private bool IsDense(int count) => !IsSmall && count * 8 >= _stride;

    // Sixteen bits folded from the whole key: an unknown feature passes for a stored one in about one compared slot in
    // 32,000 (a bucket holds about four), a rare stray weight that costs no measured accuracy and buys a table half the size.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    // The four 16-bit parts folded in two steps (the halves, then the quarters of the result): the same bits as folding them one by one.
    private static ushort SmallCheck(ulong key)
    {
        ulong halves = key ^ (key >> 32);
        return (ushort)((halves ^ (halves >> 16)) | 1);
    }

    private short Units(float weight) => (short)Math.Clamp(MathF.Round(weight / _unit), -short.MaxValue, short.MaxValue);

    private Table NewTable(int count)
    {
        // At most half full, so a probe for an unknown feature ends within a slot or two.
        int capacity = 16;
        while (capacity < count * 2) capacity <<= 1;
        var table = new Table { Keys = new ulong[capacity], Mask = capacity / BucketSlots - 1 };
        if (IsSmall) table.Small = new NativeBuffer<SmallSlot>(capacity); else table.Slots = new NativeBuffer<Slot>(capacity);
        return table;
    }

    /// <summary>Adds the weights of every feature in <paramref name="features"/> to <paramref name="scores"/>.</summary>
    /// <remarks>Without <paramref name="prefetch"/> the slots are not asked for first: the caller has.</remarks>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores, bool prefetch = true)
    {
        if (IsSmall) ScoreSmall(features, scores, prefetch);
        else ScoreRuns(features, scores);
    }

    /// <summary>
    /// Sets each group's three <paramref name="sums"/> to the weights of its keys, the groups being consecutive runs of
    /// <paramref name="features"/> (<paramref name="sizes"/> keys each), added up as whole numbers in the model's units (see
    /// <see cref="AddSmallSums"/>), for a model of up to three classes. Each key's bucket is asked for some keys ahead of its
    /// turn, so the cache misses overlap.
    /// </summary>
    public void SetSmallGroupSums(ReadOnlySpan<ulong> features, ReadOnlySpan<byte> sizes, Span<int> sums)
    {
        if (!IsSmall || sums.Length < sizes.Length * MaxSmallClasses) throw new ArgumentException("Three sums a group of a model of up to three classes.", nameof(sums));
        ulong** tables = stackalloc ulong*[2];
        int* masks = stackalloc int[2];
        SmallTables(tables, masks);
        // The buckets asked for, in a ring: a key's is worked out once, Ahead keys before it is summed.
        const int Ahead = 16, Ring = 32;
        ulong** homes = stackalloc ulong*[Ring];
        bool prefetch = System.Runtime.Intrinsics.X86.Sse.IsSupported;
        int count = features.Length;
        for (int f = 0; f < Math.Min(Ahead, count); f++)
        {
            ulong key = features[f];
            int table = TableOf(key);
            homes[f] = HomeOf(tables[table], masks[table], key);
            if (prefetch) System.Runtime.Intrinsics.X86.Sse.Prefetch0(homes[f]);
        }
        // A key whose home bucket is full and lacks it is looked for further only after the loop, its weights then added to
        // its group's sums (whole numbers add up the same in any order): with no call in the loop, less of the loop's state
        // is saved to the stack around it at every key. With the tables in locals (HomeIn) and the keys read through a
        // pointer, the parser's role scoring went from about 90 instructions a key to 80. Its index and group are noted here.
        const int DeferredOnStack = 256;
        int[]? rented = count > DeferredOnStack ? System.Buffers.ArrayPool<int>.Shared.Rent(2 * count) : null;
        Span<int> deferred = rented ?? stackalloc int[2 * DeferredOnStack];
        int fulls = 0;
        int next = 0;
        // The keys read through a pointer, each within the span: the loop's checks are its own.
        ulong* common = tables[0], lexical = tables[1];
        int commonMask = masks[0], lexicalMask = masks[1];
        fixed (ulong* keys = features)
        for (int g = 0; g < sizes.Length; g++)
        {
            var total = Vector128<int>.Zero;
            int end = next + sizes[g];
            if (end > count) throw new ArgumentException("The groups hold more keys than there are.", nameof(sizes));
            for (; next < end; next++)
            {
                if (next + Ahead < count)
                {
                    var home = HomeIn(common, commonMask, lexical, lexicalMask, keys[next + Ahead]);
                    if (prefetch) System.Runtime.Intrinsics.X86.Sse.Prefetch0(home);
                    homes[(next + Ahead) & (Ring - 1)] = home;
                }
                ulong key = keys[next];
                ulong* at = homes[next & (Ring - 1)];
                // Not found in a full bucket, the slot is 0 and adds nothing here.
                total += Lanes16(FindSmallIn(at, SmallCheck(key), out bool full));
                if (full)
                {
                    deferred[2 * fulls] = next;
                    deferred[2 * fulls + 1] = g;
                    fulls++;
                }
            }
            sums[g * 3] = total[1];
            sums[g * 3 + 1] = total[2];
            sums[g * 3 + 2] = total[3];
        }
        for (int k = 0; k < fulls; k++)
        {
            int f = deferred[2 * k], g = deferred[2 * k + 1];
            ulong key = features[f];
            // The ring no longer holds the key's home bucket: worked out again, as it was the first time.
            var slots = tables[TableOf(key)];
            var weights = Lanes16(FindBeyond(slots, masks[TableOf(key)], HomeOf(slots, masks[TableOf(key)], key), SmallCheck(key), 0xFFFF));
            sums[g * 3] += weights[1];
            sums[g * 3 + 1] += weights[2];
            sums[g * 3 + 2] += weights[3];
        }
        if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
    }

    private void ScoreSmall(ReadOnlySpan<ulong> features, Span<float> scores, bool prefetch)
    {
        var sums = Vector128<int>.Zero;
        if (prefetch) SumSmallPrefetched(features, ref sums); else SumSmall(features, ref sums);
        scores[0] += sums[1] * _unit;
        if (scores.Length > 1) scores[1] += sums[2] * _unit;
        if (scores.Length > 2) scores[2] += sums[3] * _unit;
    }

    // A small slot as one number: check in the low 16 bits, then the three weights. Its four 16-bit parts widened to
    // 32-bit lanes are added in one instruction: lanes 1 to 3 are the sums of the three weights (lane 0, of the checks, is unused).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<int> Lanes16(ulong slot) => Vector128.WidenLower(Vector128.CreateScalarUnsafe(slot).AsInt16());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SumSmall(ReadOnlySpan<ulong> features, ref Vector128<int> sums)
    {
        // Indexed by the key's lexical bit rather than chosen by a branch on it: the two kinds of feature come mixed.
        ulong** tables = stackalloc ulong*[2];
        int* masks = stackalloc int[2];
        SmallTables(tables, masks);
        var total = sums;
        foreach (var key in features)
        {
            int table = TableOf(key);
            ulong* slots = tables[table];
            int mask = masks[table];
            total += Lanes16(Find(slots, mask, HomeOf(slots, mask, key), SmallCheck(key), 0xFFFF));
        }
        sums = total;
    }

    /// <summary>
    /// <see cref="SumSmall"/> asking for every feature's bucket first, so that the cache misses overlap (the lexical table
    /// is larger than the caches): the buckets found while asking are kept, so the sums do not work them out again.
    /// </summary>
    private void SumSmallPrefetched(ReadOnlySpan<ulong> features, ref Vector128<int> sums)
    {
        ulong** tables = stackalloc ulong*[2];
        int* masks = stackalloc int[2];
        SmallTables(tables, masks);
        ulong** homes = stackalloc ulong*[features.Length];
        ulong* common = tables[0], lexical = tables[1];
        int commonMask = masks[0], lexicalMask = masks[1];
        for (int f = 0; f < features.Length; f++)
        {
            var home = HomeIn(common, commonMask, lexical, lexicalMask, features[f]);
            if (System.Runtime.Intrinsics.X86.Sse.IsSupported) System.Runtime.Intrinsics.X86.Sse.Prefetch0(home);
            homes[f] = home;
        }
        // A key whose home bucket is full and lacks it is looked for further only after the loop: with no call in it, the
        // sums stay in a register. Whole numbers add up the same in any order.
        int* beyond = stackalloc int[features.Length];
        int fulls = 0;
        var total = sums;
        for (int f = 0; f < features.Length; f++)
        {
            total += Lanes16(FindSmallIn(homes[f], SmallCheck(features[f]), out bool full));
            if (full) beyond[fulls++] = f;
        }
        for (int k = 0; k < fulls; k++)
        {
            ulong key = features[beyond[k]];
            total += Lanes16(FindBeyond(tables[TableOf(key)], masks[TableOf(key)], homes[beyond[k]], SmallCheck(key), 0xFFFF));
        }
        sums = total;
    }

    // The slots and masks of the common (0) and lexical (1) tables of a small model, into the caller's two-entry buffers.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SmallTables(ulong** tables, int* masks)
    {
        tables[0] = (ulong*)_common.Small.Pointer;
        tables[1] = (ulong*)_lexical.Small.Pointer;
        masks[0] = _common.Mask;
        masks[1] = _lexical.Mask;
    }

    // 1 for a key of the lexical table, 0 for one of the common table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int TableOf(ulong key) => (int)(key / FeatureKey.LexicalBit) & 1;

    /// <summary>
    /// Adds the weights of <paramref name="features"/> to <paramref name="sums"/> (a model of up to three classes, three sums),
    /// as whole numbers in the model's units, not yet scaled: sums of parts of a feature list, added together and times
    /// <see cref="Unit"/>, give the scores <see cref="Score(ReadOnlySpan{ulong}, Span{float}, bool)"/> gives for the whole
    /// list, to the bit (whole numbers add up the same in any grouping). The slots are not asked for first.
    /// </summary>
    public void AddSmallSums(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        if (!IsSmall || sums.Length < MaxSmallClasses) throw new ArgumentException("Three sums of a model of up to three classes.", nameof(sums));
        var total = Vector128.Create(0, sums[0], sums[1], sums[2]);
        SumSmall(features, ref total);
        sums[0] = total[1];
        sums[1] = total[2];
        sums[2] = total[3];
    }

    /// <summary>
    /// The weight of one unit of the sums <see cref="AddSums"/> makes (positive): a class's score is its sum times the unit,
    /// added to what the scores held.
    /// </summary>
    public float Unit => _unit;

    /// <summary>Number of sums <see cref="AddSums"/> fills: the class count, rounded up to whole vectors for a larger model.</summary>
    public int SumWidth => IsSmall ? MaxSmallClasses : _stride;

    /// <summary>
    /// Adds the weights of <paramref name="features"/> to <paramref name="sums"/> (<see cref="SumWidth"/> of them) as whole
    /// numbers in the model's units, not yet scaled: passed to <see cref="Score(ReadOnlySpan{ulong}, Span{float}, ReadOnlySpan{int})"/>
    /// with the other features of a list, they give the scores of the whole list to the bit.
    /// </summary>
    public void AddSums(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        if (IsSmall) { AddSmallSums(features, sums); return; }
        if (sums.Length < _stride) throw new ArgumentException($"{sums.Length} sums for rows of {_stride}.", nameof(sums));
        fixed (int* target = sums) SumRuns(features, target);
    }

    /// <summary>
    /// Adds the weights of <paramref name="features"/>, and the sums <paramref name="start"/> made by <see cref="AddSums"/> for
    /// other features, to <paramref name="scores"/>: what <see cref="Score(ReadOnlySpan{ulong}, Span{float}, bool)"/> adds for
    /// both lists together.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores, ReadOnlySpan<int> start)
    {
        if (start.Length < SumWidth) throw new ArgumentException($"{start.Length} sums for {SumWidth}.", nameof(start));
        if (IsSmall)
        {
            var sums = Vector128.Create(0, start[0], start[1], start[2]);
            SumSmallPrefetched(features, ref sums);
            scores[0] += sums[1] * _unit;
            if (scores.Length > 1) scores[1] += sums[2] * _unit;
            if (scores.Length > 2) scores[2] += sums[3] * _unit;
        }
        else ScoreRuns(features, scores, start);
    }

    private void ScoreRuns(ReadOnlySpan<ulong> features, Span<float> scores, ReadOnlySpan<int> start = default)
    {
        if (scores.Length < ClassCount) throw new ArgumentException($"{scores.Length} scores for {ClassCount} classes.", nameof(scores));
        int* sums = stackalloc int[_stride];
        // The start sums (or zeros) are put in with vector stores: the rows are whole vectors (_stride is a multiple of
        // Lanes), and a call to copy or clear these few hundred bytes, once per word tagged and arc labelled, cost more.
        if (start.IsEmpty)
            for (int c = 0; c < _stride; c += Vector256<int>.Count) Vector256.Store(Vector256<int>.Zero, sums + c);
        else
        {
            if (start.Length < _stride) throw new ArgumentException($"{start.Length} sums for rows of {_stride}.", nameof(start));
            fixed (int* from = start)
                for (int c = 0; c < _stride; c += Vector256<int>.Count) Vector256.Store(Vector256.Load(from + c), sums + c);
        }
        SumRuns(features, sums);
        int k = 0;
        var unit = Vector256.Create(_unit);
        fixed (float* target = scores)
            for (; k + Lanes / 2 <= ClassCount; k += Lanes / 2)
                Vector256.Store(Vector256.Load(target + k) + Vector256.ConvertToSingle(Vector256.Load(sums + k)) * unit, target + k);
        for (; k < ClassCount; k++) scores[k] += sums[k] * _unit;
    }

    // Adds the weights of the features to the _stride sums, in units.
    private void SumRuns(ReadOnlySpan<ulong> features, int* sums)
    {
        // Two dependent reads per feature (slot, then weights): find every slot first, asking for each feature's weights
        // as they are found, and add them up only after, so the cache misses of all features overlap.
        Span<uint> runs = stackalloc uint[features.Length];
        int found = 0;
        bool prefetch = System.Runtime.Intrinsics.X86.Sse.IsSupported;
        var lexical = _lexical.Slots.Pointer;
        var common = _common.Slots.Pointer;
        var entries = _entries.Pointer;
        var dense = _dense.Pointer;
        int stride = _stride;
        ulong** tables = stackalloc ulong*[2];
        int* masks = stackalloc int[2];
        tables[0] = (ulong*)common;
        tables[1] = (ulong*)lexical;
        masks[0] = _common.Mask;
        masks[1] = _lexical.Mask;
        // The buckets found while asking for them are kept, so the second loop does not work them out again.
        ulong** homes = stackalloc ulong*[features.Length];
        for (int f = 0; f < features.Length; f++)
        {
            ulong key = features[f];
            int table = TableOf(key);
            var home = HomeOf(tables[table], masks[table], key);
            if (prefetch) System.Runtime.Intrinsics.X86.Sse.Prefetch0(home);
            homes[f] = home;
        }
        // A key whose home bucket is full and lacks it is looked for further only after the loop, which so makes no call.
        // Its weights are added in another order: whole numbers add up the same in any order.
        int* beyond = stackalloc int[features.Length];
        int fulls = 0;
        for (int f = 0; f < features.Length; f++)
        {
            // A slot as one number: check (odd) in the low 32 bits, run above; zero when the feature has no weights.
            ulong slot = FindWideIn(homes[f], (uint)features[f] | 1u, out bool full);
            if (full) beyond[fulls++] = f;
            uint run = (uint)(slot >> 32);
            runs[found] = run;
            found += (int)(slot & 1);
            if (prefetch)
            {
                if (run >> 24 != 0) System.Runtime.Intrinsics.X86.Sse.Prefetch0(entries + (run & MaxStart));
                else
                {
                    var row = (byte*)(dense + (nint)run * stride);
                    for (int line = 0; line < stride * sizeof(short); line += 64) System.Runtime.Intrinsics.X86.Sse.Prefetch0(row + line);
                }
            }
        }
        for (int k = 0; k < fulls; k++)
        {
            ulong key = features[beyond[k]];
            ulong slot = FindBeyond(tables[TableOf(key)], masks[TableOf(key)], homes[beyond[k]], (uint)key | 1u, 0xFFFF_FFFF);
            runs[found] = (uint)(slot >> 32);
            found += (int)(slot & 1);
        }
        if (stride == 4 * Lanes && Vector512.IsHardwareAccelerated) AddWeightsInRegisters<FourVectors>(runs[..found], sums, entries, dense);
        else if (stride == 6 * Lanes && Vector512.IsHardwareAccelerated) AddWeightsInRegisters<SixVectors>(runs[..found], sums, entries, dense);
        else if (stride == 4 * Lanes && System.Runtime.Intrinsics.X86.Avx2.IsSupported) AddWeightsInRegisters256<FourVectors>(runs[..found], sums, entries, dense);
        else if (stride == 6 * Lanes && System.Runtime.Intrinsics.X86.Avx2.IsSupported) AddWeightsInRegisters256<SixVectors>(runs[..found], sums, entries, dense);
        else
            for (int f = 0; f < found; f++)
            {
                uint run = runs[f];
                uint count = run >> 24;
                if (count == 0)
                {
                    var row = dense + (nint)run * stride;
                    int c = 0;
                    if (Vector512.IsHardwareAccelerated)
                        for (; c + 2 * Lanes <= stride; c += 2 * Lanes)
                        {
                            var (low, high) = Vector512.Widen(Vector512.Load(row + c));
                            Vector512.Store(Vector512.Load(sums + c) + low, sums + c);
                            Vector512.Store(Vector512.Load(sums + c + Lanes) + high, sums + c + Lanes);
                        }
                    for (; c < stride; c += Lanes)
                    {
                        var (low, high) = Vector256.Widen(Vector256.Load(row + c));
                        Vector256.Store(Vector256.Load(sums + c) + low, sums + c);
                        Vector256.Store(Vector256.Load(sums + c + Lanes / 2) + high, sums + c + Lanes / 2);
                    }
                }
                else
                {
                    var p = entries + (run & MaxStart);
                    var end = p + count;
                    for (; p < end; p++) sums[*p >> 16] += (short)*p;
                }
            }
    }

    /// <summary>
    /// Adds the weights of <paramref name="runs"/> to <paramref name="sums"/> for a model whose dense rows are four (49 to 64
    /// classes: the parser's labeller has 51) or six (81 to 96 classes: the tagger has 88) vectors of 32 weights: the rows'
    /// sums stay in vector registers through the loop instead of going to memory and back for each row (the labeller about
    /// 5% faster). Integer sums, so the result is the general loop's to the bit.
    /// </summary>
    private static void AddWeightsInRegisters<TWidth>(ReadOnlySpan<uint> runs, int* sums, uint* entries, short* dense) where TWidth : struct, IRowWidth
    {
        // TWidth.Vectors is a constant in each instantiation: the six-vector lines vanish from the four-vector one.
        int stride = TWidth.Vectors * Lanes;
        Vector512<int> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default;
        foreach (uint run in runs)
        {
            uint count = run >> 24;
            if (count == 0)
            {
                var row = dense + (nint)run * stride;
                var (l0, h0) = Vector512.Widen(Vector512.Load(row));
                var (l1, h1) = Vector512.Widen(Vector512.Load(row + 2 * Lanes));
                a0 += l0; a1 += h0; a2 += l1; a3 += h1;
                if (TWidth.Vectors == 6)
                {
                    var (l2, h2) = Vector512.Widen(Vector512.Load(row + 4 * Lanes));
                    a4 += l2; a5 += h2;
                }
            }
            else
            {
                var p = entries + (run & MaxStart);
                var end = p + count;
                for (; p < end; p++) sums[*p >> 16] += (short)*p;
            }
        }
        Vector512.Store(Vector512.Load(sums) + a0, sums);
        Vector512.Store(Vector512.Load(sums + Lanes) + a1, sums + Lanes);
        Vector512.Store(Vector512.Load(sums + 2 * Lanes) + a2, sums + 2 * Lanes);
        Vector512.Store(Vector512.Load(sums + 3 * Lanes) + a3, sums + 3 * Lanes);
        if (TWidth.Vectors == 6)
        {
            Vector512.Store(Vector512.Load(sums + 4 * Lanes) + a4, sums + 4 * Lanes);
            Vector512.Store(Vector512.Load(sums + 5 * Lanes) + a5, sums + 5 * Lanes);
        }
    }

    /// <summary>
    /// <see cref="AddWeightsInRegisters{TWidth}"/> for a processor with 256-bit vectors (AVX2) and not 512-bit ones: a row's
    /// sums are eight (the labeller) or twelve (the tagger) vectors of eight, each row's weights widened as they are read
    /// (one instruction per eight weights) and added in registers, instead of widened in halves and added to the sums in
    /// memory, read and written back for every row. Integer sums, so the result is the general loop's to the bit.
    /// </summary>
    private static void AddWeightsInRegisters256<TWidth>(ReadOnlySpan<uint> runs, int* sums, uint* entries, short* dense) where TWidth : struct, IRowWidth
    {
        int stride = TWidth.Vectors * Lanes;
        Vector256<int> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        Vector256<int> a8 = default, a9 = default, a10 = default, a11 = default;
        foreach (uint run in runs)
        {
            uint count = run >> 24;
            if (count == 0)
            {
                var row = dense + (nint)run * stride;
                a0 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row);
                a1 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 8);
                a2 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 16);
                a3 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 24);
                a4 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 32);
                a5 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 40);
                a6 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 48);
                a7 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 56);
                if (TWidth.Vectors == 6)
                {
                    a8 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 64);
                    a9 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 72);
                    a10 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 80);
                    a11 += System.Runtime.Intrinsics.X86.Avx2.ConvertToVector256Int32(row + 88);
                }
            }
            else
            {
                var p = entries + (run & MaxStart);
                var end = p + count;
                for (; p < end; p++) sums[*p >> 16] += (short)*p;
            }
        }
        Vector256.Store(Vector256.Load(sums) + a0, sums);
        Vector256.Store(Vector256.Load(sums + 8) + a1, sums + 8);
        Vector256.Store(Vector256.Load(sums + 16) + a2, sums + 16);
        Vector256.Store(Vector256.Load(sums + 24) + a3, sums + 24);
        Vector256.Store(Vector256.Load(sums + 32) + a4, sums + 32);
        Vector256.Store(Vector256.Load(sums + 40) + a5, sums + 40);
        Vector256.Store(Vector256.Load(sums + 48) + a6, sums + 48);
        Vector256.Store(Vector256.Load(sums + 56) + a7, sums + 56);
        if (TWidth.Vectors == 6)
        {
            Vector256.Store(Vector256.Load(sums + 64) + a8, sums + 64);
            Vector256.Store(Vector256.Load(sums + 72) + a9, sums + 72);
            Vector256.Store(Vector256.Load(sums + 80) + a10, sums + 80);
            Vector256.Store(Vector256.Load(sums + 88) + a11, sums + 88);
        }
    }

    /// <summary>How many 16-int vectors a dense row's sums fill, as a type so that each width gets its own compiled loop.</summary>
    private interface IRowWidth
    {
        static abstract int Vectors { get; }
    }

    private struct FourVectors : IRowWidth
    {
        public static int Vectors => 4;
    }

    private struct SixVectors : IRowWidth
    {
        public static int Vectors => 6;
    }

    /// <summary>The index of the highest score (the first of equal ones).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int length = scores.Length;
        if (length >= Vector256<float>.Count)
        {
            // Eight scores at a time, the highest first, then the first score equal to it: read one by one, the labeller's
            // 51 cost a compare and a branch each. Without NaN (a score is a whole-number sum times the unit), the first
            // equal to the highest is the index the loop below gives (-0 and 0 are equal to both).
            ref float first = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(scores);
            var highest = Vector256.LoadUnsafe(ref first);
            var ordered = Vector256.Equals(highest, highest);
            int c = Vector256<float>.Count;
            for (; c + Vector256<float>.Count <= length; c += Vector256<float>.Count)
            {
                var row = Vector256.LoadUnsafe(ref first, (nuint)c);
                highest = Vector256.MaxNative(highest, row);
                ordered &= Vector256.Equals(row, row);
            }
            // The last, partial vector is read as the last eight scores, some read twice.
            var last = Vector256.LoadUnsafe(ref first, (nuint)(length - Vector256<float>.Count));
            highest = Vector256.MaxNative(highest, last);
            ordered &= Vector256.Equals(last, last);
            if (ordered.ExtractMostSignificantBits() == 0xFF)
            {
                highest = Vector256.MaxNative(highest, Vector256.Shuffle(highest, Vector256.Create(4, 5, 6, 7, 0, 1, 2, 3)));
                highest = Vector256.MaxNative(highest, Vector256.Shuffle(highest, Vector256.Create(2, 3, 0, 1, 6, 7, 4, 5)));
                highest = Vector256.MaxNative(highest, Vector256.Shuffle(highest, Vector256.Create(1, 0, 3, 2, 5, 4, 7, 6)));
                for (c = 0; c + Vector256<float>.Count <= length; c += Vector256<float>.Count)
                {
                    uint equal = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)c), highest).ExtractMostSignificantBits();
                    if (equal != 0) return c + System.Numerics.BitOperations.TrailingZeroCount(equal);
                }
                uint rest = Vector256.Equals(last, highest).ExtractMostSignificantBits();
                return length - Vector256<float>.Count + System.Numerics.BitOperations.TrailingZeroCount(rest);
            }
        }
        int best = 0;
        for (int c = 1; c < length; c++) if (scores[c] > scores[best]) best = c;
        return best;
    }

    /// <summary>Builds a model from feature rows (key, dense weights), dropping weights near zero.</summary>
    public static LinearModel Build(int classCount, IEnumerable<(ulong Key, float[] Weights)> rows, float threshold)
    {
        var keys = new List<ulong>();
        var starts = new List<int>();
        var pairs = new List<Pair>();
        foreach (var (key, row) in rows)
        {
            int start = pairs.Count;
            for (int c = 0; c < classCount; c++)
                if (MathF.Abs(row[c]) > threshold) pairs.Add(new Pair { Class = c, Weight = (float)(Half)row[c] });
            if (pairs.Count == start) continue;
            keys.Add(key | 1UL);
            starts.Add(start);
        }
        return new LinearModel(classCount, keys, starts, pairs.ToArray(), pairs.Count);
    }

    /// <summary>
    /// Writes the model compactly: keys in table order, each with its (class, weight) run. To a
    /// <see cref="ModelImageWriter"/>, writes the loaded tables themselves instead (see <see cref="WriteImage"/>).
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        if (writer is ModelImageWriter) { WriteImage(writer); return; }
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        Span<short> row = stackalloc short[Math.Max(_stride, MaxSmallClasses)];
        foreach (var table in new[] { _common, _lexical })
            for (int i = 0; i < table.Keys.Length; i++)
            {
                if (table.Keys[i] == 0) continue;
                writer.Write(table.Keys[i]);
                row.Clear();
                if (IsSmall)
                {
                    ref var slot = ref table.Small.Pointer[i];
                    row[0] = slot.W0; row[1] = slot.W1; row[2] = slot.W2;
                }
                else
                {
                    uint run = table.Slots.Pointer[i].Run;
                    if (run >> 24 == 0) new ReadOnlySpan<short>(_dense.Pointer + (nint)run * _stride, _stride).CopyTo(row);
                    else
                        for (uint p = run & MaxStart; p < (run & MaxStart) + (run >> 24); p++)
                            row[(int)(_entries.Pointer[p] >> 16)] = (short)_entries.Pointer[p];
                }
                int count = 0;
                for (int c = 0; c < ClassCount; c++) if (row[c] != 0) count++;
                writer.Write((byte)count);
                for (int c = 0; c < ClassCount; c++)
                    if (row[c] != 0) { writer.Write((byte)c); writer.Write((Half)(row[c] * _unit)); }
            }
    }

    /// <summary>Reads a model written by <see cref="Write"/>, compact or as an image.</summary>
    public static LinearModel Read(BinaryReader reader)
    {
        int classCount = reader.ReadInt32();
        if (classCount == ImageMarker) return ReadImage(reader);
        int featureCount = reader.ReadInt32();
        var keys = new List<ulong>(featureCount);
        var starts = new List<int>(featureCount);
        var pairs = new Pair[Math.Max(featureCount * 2, 16)];
        int pairCount = 0;
        // A feature is read in two pieces, its key and count, then its (class, weight) entries, straight from the stream:
        // a model holds millions of weights, and reading them value by value cost a call each. The reader reads no further
        // ahead than asked, so what follows the model in the file is still there for the next read.
        var stream = reader.BaseStream;
        Span<byte> head = stackalloc byte[sizeof(ulong) + 1];
        Span<byte> entries = stackalloc byte[MaxRun * EntryBytes];
        for (int k = 0; k < featureCount; k++)
        {
            stream.ReadExactly(head);
            keys.Add(BinaryPrimitives.ReadUInt64LittleEndian(head));
            starts.Add(pairCount);
            int count = head[sizeof(ulong)];
            var run = entries[..(count * EntryBytes)];
            stream.ReadExactly(run);
            if (pairCount + count > pairs.Length) Array.Resize(ref pairs, Math.Max(pairs.Length * 2, pairCount + count));
            for (int p = 0; p < run.Length; p += EntryBytes)
            {
                int c = run[p];
                // Scoring indexes the scores by class unchecked.
                if (c >= classCount) throw new InvalidDataException($"A weight names class {c} of {classCount}.");
                pairs[pairCount++] = new Pair { Class = c, Weight = (float)BinaryPrimitives.ReadHalfLittleEndian(run[(p + 1)..]) };
            }
        }
        return new LinearModel(classCount, keys, starts, pairs, pairCount);
    }

    // A weight in the file: its class (a byte) and its value (half precision).
    private const int EntryBytes = 3;

    // Stands where a compact model's class count would: what follows is an image. No model has a negative class count.
    private const int ImageMarker = -0x1A6E;

    /// <summary>
    /// Writes the tables as they lie in memory (slots, keys, runs and dense rows), so that <see cref="ReadImage"/> has only
    /// to copy them back: building them from the compact form costs a hash-table insertion per feature and a pass over every
    /// weight, most of a short run's start-up. The bytes are this machine's and this build's layout, for a local cache only.
    /// </summary>
    private void WriteImage(BinaryWriter writer)
    {
        writer.Write(ImageMarker);
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        writer.Write(_weightCount);
        writer.Write(_stride);
        writer.Write(_unit);
        foreach (var table in new[] { _common, _lexical })
        {
            writer.Write(table.Mask);
            writer.Write(table.Keys.Length);
            writer.Write(MemoryMarshal.AsBytes(table.Keys.AsSpan()));
            if (IsSmall) WriteBuffer(writer, table.Small); else WriteBuffer(writer, table.Slots);
        }
        WriteBuffer(writer, _entries);
        WriteBuffer(writer, _dense);
    }

    private static void WriteBuffer<T>(BinaryWriter writer, NativeBuffer<T> buffer) where T : unmanaged
    {
        writer.Write(buffer.Length);
        writer.Write(new ReadOnlySpan<byte>(buffer.Pointer, buffer.Length * sizeof(T)));
    }

    /// <summary>Reads the tables written by <see cref="WriteImage"/> (the marker already read).</summary>
    private static LinearModel ReadImage(BinaryReader reader) => new(reader);

    // The image's tables, read straight into their buffers.
    private LinearModel(BinaryReader reader)
    {
        ClassCount = reader.ReadInt32();
        FeatureCount = reader.ReadInt32();
        _weightCount = reader.ReadInt32();
        _stride = reader.ReadInt32();
        _unit = reader.ReadSingle();
        // Scoring reads and writes rows in whole vectors: a stride of whole vectors is part of a sound header.
        if (ClassCount <= 0 || _stride < ClassCount || _stride % Lanes != 0) throw new InvalidDataException("A model image has a bad header.");
        _common = ReadTable(reader);
        _lexical = ReadTable(reader);
        if (!IsSmall)
        {
            _entries = ReadBuffer<uint>(reader);
            _dense = ReadBuffer<short>(reader);
        }
        else if (ReadBuffer<uint>(reader).Length + ReadBuffer<short>(reader).Length != 0) throw new InvalidDataException("A small model image has runs.");
    }

    private Table ReadTable(BinaryReader reader)
    {
        int mask = reader.ReadInt32();
        int capacity = reader.ReadInt32();
        // Scoring reads buckets unchecked: the slots must be exactly the buckets the mask names.
        if (capacity < BucketSlots || capacity != (mask + 1) * BucketSlots || !Fits(reader, (long)capacity * sizeof(ulong)))
            throw new InvalidDataException("A model image's table has a bad size.");
        Table table;
        if (reader is ModelImageReader image) table = new Table { KeysInImage = image.SkipKeys(capacity), Mask = mask };
        else
        {
            table = new Table { Keys = new ulong[capacity], Mask = mask };
            reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(table.Keys.AsSpan()));
        }
        if (IsSmall) table.Small = ReadBuffer<SmallSlot>(reader); else table.Slots = ReadBuffer<Slot>(reader);
        if ((IsSmall ? table.Small.Length : table.Slots.Length) != capacity) throw new InvalidDataException("A model image's slots and keys differ.");
        return table;
    }

    // A damaged image is turned away before its lengths allocate more than the file holds.
    private static bool Fits(BinaryReader reader, long bytes) => bytes <= reader.BaseStream.Length - reader.BaseStream.Position;

    private static NativeBuffer<T> ReadBuffer<T>(BinaryReader reader) where T : unmanaged
    {
        int length = reader.ReadInt32();
        if (length < 0 || !Fits(reader, (long)length * sizeof(T))) throw new InvalidDataException("A model image has a bad length.");
        if (length == 0) return NativeBuffer<T>.Empty;
        var buffer = new NativeBuffer<T>(length, zeroed: false);
        reader.BaseStream.ReadExactly(new Span<byte>(buffer.Pointer, length * sizeof(T)));
        return buffer;
    }

    /// <summary>Opens a model file for writing, compressed.</summary>
    public static BinaryWriter CreateFile(string path) =>
        new(new BrotliStream(File.Create(path), CompressionLevel.Optimal), System.Text.Encoding.UTF8, leaveOpen: false);

    /// <summary>Opens a compressed model file for reading.</summary>
    public static BinaryReader OpenFile(string path) =>
        new(new BufferedStream(new BrotliStream(File.OpenRead(path), CompressionMode.Decompress), 1 << 16), System.Text.Encoding.UTF8, leaveOpen: false);
}

/// <summary>
/// A fixed array outside the managed heap, asked for on huge pages where the system grants them: a model's tables are
/// read at random, and with small pages nearly every read would also miss the address translation cache.
/// </summary>
internal sealed unsafe class NativeBuffer<T> where T : unmanaged
{
    private const nuint HugePage = 2 * 1024 * 1024;

    /// <summary>An empty buffer.</summary>
    public static NativeBuffer<T> Empty { get; } = new(0);

    /// <summary>The first element; the buffer never moves.</summary>
    public readonly T* Pointer;

    /// <summary>Number of elements.</summary>
    public readonly int Length;

    /// <summary>The elements as a span (bounds-checked where <see cref="Pointer"/> is not).</summary>
    public Span<T> AsSpan() => new(Pointer, Length);

    /// <summary>A buffer of <paramref name="length"/> elements, zeroed unless the caller is about to overwrite every byte.</summary>
    public NativeBuffer(int length, bool zeroed = true)
    {
        Length = length;
        nuint bytes = Math.Max((nuint)length * (nuint)sizeof(T), 1);
        bool huge = bytes >= HugePage;
        Pointer = (T*)System.Runtime.InteropServices.NativeMemory.AlignedAlloc(bytes, huge ? HugePage : 64);
        if (huge && OperatingSystem.IsLinux()) _ = NativeMemoryAdvice.Advise(Pointer, bytes, NativeMemoryAdvice.HugePage);
        if (zeroed) System.Runtime.InteropServices.NativeMemory.Clear(Pointer, bytes);
        // No GC.AddMemoryPressure: the models' tables (tens of megabytes) live as long as the process, and reporting them
        // could set off a full, induced collection while they loaded, over the dictionaries loading beside them (79M
        // instructions in a run where it fired), and made later collections come sooner, all to free nothing. A buffer
        // dropped in training is freed by its finalizer after an ordinary collection.
    }

    ~NativeBuffer() => System.Runtime.InteropServices.NativeMemory.AlignedFree(Pointer);
}

internal static unsafe partial class NativeMemoryAdvice
{
    /// <summary>madvise's MADV_HUGEPAGE.</summary>
    public const int HugePage = 14;

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "madvise")]
    public static partial int Advise(void* address, nuint length, int advice);
}

/// <summary>
/// Trains an averaged perceptron: weights are updated on mistakes and the model returned is their average over
/// every step, kept lazily (each weight remembers when it last changed) so an update costs only what it touches.
/// </summary>
internal sealed class PerceptronTrainer(int classCount)
{
    private sealed class Row(int classes)
    {
        public readonly float[] Weights = new float[classes];
        public readonly double[] Totals = new double[classes];
        public readonly int[] Stamps = new int[classes];
    }

    private readonly Dictionary<ulong, Row> _rows = [];
    private int _step;

    /// <summary>Number of classes.</summary>
    public int ClassCount { get; } = classCount;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
            if (_rows.TryGetValue(f | 1UL, out var row))
                for (int c = 0; c < ClassCount; c++) scores[c] += row.Weights[c];
    }

    /// <summary>Counts one training example (call once per decision, whether or not it updates).</summary>
    public void Tick() => _step++;

    /// <summary>Moves weight from <paramref name="guess"/> to <paramref name="truth"/> on every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess) return;
        foreach (var raw in features)
        {
            ulong f = raw | 1UL;
            if (!_rows.TryGetValue(f, out var row)) _rows[f] = row = new Row(ClassCount);
            Change(row, truth, 1f);
            Change(row, guess, -1f);
        }
    }

    private void Change(Row row, int c, float delta)
    {
        row.Totals[c] += (double)(_step - row.Stamps[c]) * row.Weights[c];
        row.Stamps[c] = _step;
        row.Weights[c] += delta;
    }

    /// <summary>The averaged weights as a frozen model.</summary>
    public LinearModel Average(float threshold = 1e-3f)
    {
        int step = Math.Max(_step, 1);
        return LinearModel.Build(ClassCount, AveragedRows(step), threshold);
    }

    /// <summary>The mean of several trainers' averaged weights as one frozen model.</summary>
    public static LinearModel AverageOf(IReadOnlyList<PerceptronTrainer> trainers, float threshold)
    {
        if (trainers.Count == 1) return trainers[0].Average(threshold);
        var sums = new SortedDictionary<ulong, float[]>();
        foreach (var trainer in trainers)
            foreach (var (key, row) in trainer.AveragedRows(Math.Max(trainer._step, 1)))
            {
                if (!sums.TryGetValue(key, out var sum)) sums[key] = sum = new float[trainer.ClassCount];
                for (int c = 0; c < row.Length; c++) sum[c] += row[c] / trainers.Count;
            }
        return LinearModel.Build(trainers[0].ClassCount, sums.Select(p => (p.Key, p.Value)), threshold);
    }

    private IEnumerable<(ulong, float[])> AveragedRows(int step)
    {
        foreach (var (key, row) in _rows.OrderBy(r => r.Key))
        {
            var averaged = new float[ClassCount];
            for (int c = 0; c < ClassCount; c++)
                averaged[c] = (float)((row.Totals[c] + (double)(step - row.Stamps[c]) * row.Weights[c]) / step);
            yield return (key, averaged);
        }
    }
}
