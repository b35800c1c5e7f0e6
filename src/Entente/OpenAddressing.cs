namespace Entente;

/// <summary>Sizes of the open-addressed tables of 64-bit hashes and of spellings that lookups read at every word.</summary>
internal static class OpenAddressing
{
    /// <summary>The slots of a table of <paramref name="count"/> keys kept at most half full: a power of two, at least 16.</summary>
    public static int SlotCount(int count)
    {
        int slots = 16;
        while (slots < count * 2) slots <<= 1;
        return slots;
    }

    /// <summary>
    /// How many distinct keys other than 0 <paramref name="keys"/> holds (it is sorted in place): counted before a table
    /// is made, so that the table is made once, at its size (a larger one first touches pages a short run pays for).
    /// </summary>
    public static int DistinctNonZero(Span<ulong> keys)
    {
        keys.Sort();
        int distinct = 0;
        for (int i = 0; i < keys.Length; i++)
            if (keys[i] != 0 && (i == 0 || keys[i] != keys[i - 1])) distinct++;
        return distinct;
    }
}
