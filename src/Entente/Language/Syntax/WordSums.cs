namespace Entente.Language.Syntax;

/// <summary>
/// One thread's memo, for one model, of the weight sums of words' own features: the features of a word that are made of
/// nothing but the word itself (its spelling, affixes, shape, tag) add up to the same whole-number sums wherever it
/// stands, so a word met again takes them from here instead of looking each feature up in the model's tables again
/// (news repeats its words: most of a story's are met before). Sums are whole numbers in the model's units, so adding
/// the remembered ones to those of the other features gives the model's scores to the bit.
/// </summary>
/// <remarks>
/// Direct-mapped: a word takes the place of whatever word its hash chose before. The key compared is every value the
/// word's own features are made of, so an entry found holds exactly the sums the features would give.
/// </remarks>
internal sealed unsafe class WordSums<TKey> where TKey : unmanaged, IEquatable<TKey>
{
    // Outside the collected heap: each memo's arrays pass the large-object threshold, and the few megabytes of them that a
    // run's first words allocated there brought on a full collection right after the dictionaries loaded, while all their
    // objects were still young (the costliest collection of a short run).
    private readonly NativeBuffer<TKey> _keys;
    private readonly NativeBuffer<bool> _filled;
    private readonly NativeBuffer<int> _sums;
    private readonly int _mask;

    /// <summary>Creates an empty memo of <paramref name="capacity"/> (a power of two) words, <paramref name="width"/> sums each, for <paramref name="owner"/>.</summary>
    public WordSums(object owner, int width, int capacity)
    {
        if (capacity <= 0 || (capacity & (capacity - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(capacity), "A power of two.");
        Owner = owner;
        Width = width;
        _keys = new NativeBuffer<TKey>(capacity, zeroed: false);
        _filled = new NativeBuffer<bool>(capacity);
        _sums = new NativeBuffer<int>(capacity * width, zeroed: false);
        _mask = capacity - 1;
    }

    /// <summary>The model whose sums these are.</summary>
    public object Owner { get; }

    /// <summary>Number of sums per word.</summary>
    public int Width { get; }

    /// <summary>Copies the sums of <paramref name="key"/> into <paramref name="sums"/>; false when they are not held.</summary>
    public bool TryGet(in TKey key, ulong hash, Span<int> sums)
    {
        int* held = Find(key, hash);
        if (held is null) return false;
        new ReadOnlySpan<int>(held, Width).CopyTo(sums);
        return true;
    }

    /// <summary>
    /// Where the sums of <paramref name="key"/> are held (<see cref="Width"/> of them), or null: read in place, valid until
    /// the next <see cref="Set"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int* Find(in TKey key, ulong hash)
    {
        int slot = Slot(hash);
        return _filled.Pointer[slot] && _keys.Pointer[slot].Equals(key) ? _sums.Pointer + (nint)slot * Width : null;
    }

    /// <summary>The sums of <paramref name="key"/> where they are held, read in place (valid until the next <see cref="Set"/>); empty when not held.</summary>
    public ReadOnlySpan<int> Held(in TKey key, ulong hash)
    {
        int* held = Find(key, hash);
        return held is null ? default : new ReadOnlySpan<int>(held, Width);
    }

    /// <summary>Asks for the slot of <paramref name="hash"/> and the first of its sums (see <see cref="CacheLine"/>).</summary>
    public void Prefetch(ulong hash)
    {
        int slot = Slot(hash);
        CacheLine.Prefetch(in _filled.Pointer[slot]);
        CacheLine.Prefetch(in _keys.Pointer[slot]);
        CacheLine.Prefetch(in _sums.Pointer[(nint)slot * Width]);
    }

    /// <summary>Remembers <paramref name="sums"/> for <paramref name="key"/>, in place of the word held in its slot.</summary>
    public void Set(in TKey key, ulong hash, ReadOnlySpan<int> sums)
    {
        int slot = Slot(hash);
        _keys.Pointer[slot] = key;
        _filled.Pointer[slot] = true;
        sums[..Width].CopyTo(new Span<int>(_sums.Pointer + (nint)slot * Width, Width));
    }

    // The hashes are avalanched, so their high bits choose the slot well.
    private int Slot(ulong hash) => (int)(hash >> 40) & _mask;
}
