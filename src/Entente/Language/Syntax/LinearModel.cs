using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Entente.Language.Syntax;

/// <summary>
/// The frozen weights of a trained linear classifier: an open-addressing table from feature key to a short run of
/// (class, weight) pairs. Read-only after loading, so one instance serves every thread; scoring allocates nothing.
/// </summary>
internal sealed unsafe class LinearModel
{
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    /// <summary>A feature's weights inline, for models of up to four classes (the parser's moves): one cache line read per feature.</summary>
    private struct SmallSlot
    {
        public ulong Key;
        public float W0, W1, W2, W3;
    }

    private struct Pair
    {
        public int Class;
        public float Weight;
    }

    private readonly Slot[] _slots;
    private readonly SmallSlot[]? _small;
    private readonly Pair[] _pairs;
    private readonly int _mask;
    private const int MaxSmallClasses = 4;

    /// <summary>Number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount { get; }

    private LinearModel(int classCount, int featureCount, Slot[] slots, Pair[] pairs)
    {
        ClassCount = classCount;
        FeatureCount = featureCount;
        _slots = slots;
        _pairs = pairs;
        _mask = slots.Length - 1;
        if (classCount <= MaxSmallClasses)
        {
            _small = new SmallSlot[slots.Length];
            Span<float> row = stackalloc float[MaxSmallClasses];
            for (int i = 0; i < slots.Length; i++)
            {
                if (slots[i].Key == 0) continue;
                row.Clear();
                for (int p = slots[i].Start; p < slots[i].Start + slots[i].Count; p++) row[pairs[p].Class] = pairs[p].Weight;
                _small[i] = new SmallSlot { Key = slots[i].Key, W0 = row[0], W1 = row[1], W2 = row[2], W3 = row[3] };
            }
        }
    }

    /// <summary>Adds the weights of every feature in <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // The table is larger than the caches: ask for every feature's slot first so the misses overlap.
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            if (_small is not null)
                fixed (SmallSlot* table = _small)
                    foreach (var raw in features) System.Runtime.Intrinsics.X86.Sse.Prefetch0(table + ((int)((raw | 1UL) >> 32) & _mask));
            else
                fixed (Slot* table = _slots)
                    foreach (var raw in features) System.Runtime.Intrinsics.X86.Sse.Prefetch0(table + ((int)((raw | 1UL) >> 32) & _mask));
        }
        if (_small is not null) { ScoreSmall(features, scores); return; }
        var slots = _slots;
        var pairs = _pairs;
        foreach (var raw in features)
        {
            ulong key = raw | 1UL;
            int i = (int)(key >> 32) & _mask;
            while (true)
            {
                ref var slot = ref slots[i];
                if (slot.Key == key)
                {
                    int end = slot.Start + slot.Count;
                    for (int p = slot.Start; p < end; p++) scores[pairs[p].Class] += pairs[p].Weight;
                    break;
                }
                if (slot.Key == 0) break;
                i = (i + 1) & _mask;
            }
        }
    }

    private void ScoreSmall(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _small!;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        foreach (var raw in features)
        {
            ulong key = raw | 1UL;
            int i = (int)(key >> 32) & _mask;
            while (true)
            {
                ref var slot = ref slots[i];
                if (slot.Key == key) { s0 += slot.W0; s1 += slot.W1; s2 += slot.W2; s3 += slot.W3; break; }
                if (slot.Key == 0) break;
                i = (i + 1) & _mask;
            }
        }
        scores[0] += s0;
        if (scores.Length > 1) scores[1] += s1;
        if (scores.Length > 2) scores[2] += s2;
        if (scores.Length > 3) scores[3] += s3;
    }

    /// <summary>A copy without the features whose every weight is at most <paramref name="threshold"/> in magnitude.</summary>
    public LinearModel Pruned(float threshold)
    {
        var rows = new List<(ulong, float[])>();
        foreach (var slot in _slots)
        {
            if (slot.Key == 0) continue;
            var row = new float[ClassCount];
            for (int p = slot.Start; p < slot.Start + slot.Count; p++) row[_pairs[p].Class] = _pairs[p].Weight;
            rows.Add((slot.Key, row));
        }
        return Build(ClassCount, rows, threshold);
    }

    /// <summary>The index of the highest score.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++) if (scores[c] > scores[best]) best = c;
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
                if (MathF.Abs(row[c]) > threshold) pairs.Add(new Pair { Class = c, Weight = row[c] });
            if (pairs.Count == start) continue;
            keys.Add(key | 1UL);
            starts.Add(start);
        }
        return Create(classCount, keys, starts, pairs.ToArray());
    }

    private static LinearModel Create(int classCount, List<ulong> keys, List<int> starts, Pair[] pairs)
    {
        int capacity = 16;
        while (capacity < keys.Count * 2) capacity <<= 1;
        var slots = new Slot[capacity];
        int mask = capacity - 1;
        for (int k = 0; k < keys.Count; k++)
        {
            int end = k + 1 < keys.Count ? starts[k + 1] : pairs.Length;
            int i = (int)(keys[k] >> 32) & mask;
            while (slots[i].Key != 0) i = (i + 1) & mask;
            slots[i] = new Slot { Key = keys[k], Start = starts[k], Count = end - starts[k] };
        }
        return new LinearModel(classCount, keys.Count, slots, pairs);
    }

/// <summary>Writes the model compactly: keys in table order, each with its (class, weight) run.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(FeatureCount);
        foreach (var slot in _slots)
        {
            if (slot.Key == 0) continue;
            writer.Write(slot.Key);
            writer.Write((byte)Math.Min(slot.Count, 255) == slot.Count ? (byte)slot.Count : throw new InvalidOperationException("A feature has more than 255 class weights."));
            for (int p = slot.Start; p < slot.Start + slot.Count; p++)
            {
                writer.Write((byte)_pairs[p].Class);
                writer.Write((Half)_pairs[p].Weight);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static LinearModel Read(BinaryReader reader)
    {
        int classCount = reader.ReadInt32();
        int featureCount = reader.ReadInt32();
        var keys = new List<ulong>(featureCount);
        var starts = new List<int>(featureCount);
        var pairs = new List<Pair>(featureCount * 2);
        for (int k = 0; k < featureCount; k++)
        {
            keys.Add(reader.ReadUInt64());
            starts.Add(pairs.Count);
            int count = reader.ReadByte();
            for (int p = 0; p < count; p++) pairs.Add(new Pair { Class = reader.ReadByte(), Weight = (float)reader.ReadHalf() });
        }
        return Create(classCount, keys, starts, pairs.ToArray());
    }

    /// <summary>Opens a model file for writing, compressed.</summary>
    public static BinaryWriter CreateFile(string path) =>
        new(new BrotliStream(File.Create(path), CompressionLevel.Optimal), System.Text.Encoding.UTF8, leaveOpen: false);

    /// <summary>Opens a compressed model file for reading.</summary>
    public static BinaryReader OpenFile(string path) =>
        new(new BufferedStream(new BrotliStream(File.OpenRead(path), CompressionMode.Decompress), 1 << 16), System.Text.Encoding.UTF8, leaveOpen: false);
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
