namespace Entente;

/// <summary>
/// Spellings laid one after another (spelling i is the characters from <c>starts[i]</c> up to <c>starts[i + 1]</c>) with
/// an open-addressed index of slots, each a spelling's number plus one (0 for a free slot), placed by <see cref="Hash"/>.
/// The tables an image keeps as they lie in memory (the lemmatizer's lemmas, the actor name trie's words) are found
/// through these.
/// </summary>
internal static class SpellingIndex
{
    /// <summary>FNV-1a over the characters: the same in every process, as a table kept in an image needs.</summary>
    public static uint Hash(ReadOnlySpan<char> spelling)
    {
        uint h = 2166136261;
        foreach (char c in spelling) h = (h ^ c) * 16777619;
        return h;
    }

    /// <summary>
    /// Places every spelling's number in <paramref name="slots"/> (zeroed, a power of two in length, longer than there
    /// are spellings), in the order of their numbers.
    /// </summary>
    public static void Fill(Span<int> slots, ReadOnlySpan<char> chars, ReadOnlySpan<int> starts)
    {
        int mask = slots.Length - 1;
        for (int i = 0; i < starts.Length - 1; i++)
        {
            int slot = (int)Hash(chars[starts[i]..starts[i + 1]]) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = i + 1;
        }
    }

    /// <summary>The number of the spelling that is exactly <paramref name="spelling"/>, or -1.</summary>
    public static int Find(ReadOnlySpan<char> spelling, ReadOnlySpan<char> chars, ReadOnlySpan<int> starts, ReadOnlySpan<int> slots)
    {
        int mask = slots.Length - 1;
        for (int i = (int)Hash(spelling) & mask; ; i = (i + 1) & mask)
        {
            int number = slots[i] - 1;
            if (number < 0) return -1;
            if (spelling.SequenceEqual(chars[starts[number]..starts[number + 1]])) return number;
        }
    }

    /// <summary>
    /// True when tables read from an image can be searched safely: the starts rise from 0 to the end of the characters,
    /// the slots (a power of two in length) hold only numbers of spellings, and at least one is free (a probe ends there).
    /// </summary>
    public static bool IsSound(int charCount, ReadOnlySpan<int> starts, ReadOnlySpan<int> slots)
    {
        if (starts.IsEmpty || starts[0] != 0 || starts[^1] != charCount || slots.IsEmpty || (slots.Length & (slots.Length - 1)) != 0) return false;
        for (int i = 1; i < starts.Length; i++) if (starts[i] < starts[i - 1]) return false;
        bool anyFree = false;
        foreach (int slot in slots)
        {
            if ((uint)slot > (uint)(starts.Length - 1)) return false;
            anyFree |= slot == 0;
        }
        return anyFree;
    }
}
