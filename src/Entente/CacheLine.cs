using System.Runtime.CompilerServices;

namespace Entente;

/// <summary>
/// Asks the processor early for the cache line of a table slot that a loop will read soon. The per-word tables (the tag
/// dictionary, the name gazetteer, the word classes) are larger than the nearer caches, and a sentence's words, looked up
/// one after the other, each waited for their own miss; asked for together first, the misses overlap.
/// </summary>
internal static unsafe class CacheLine
{
    /// <summary>Asks for the line holding <paramref name="slot"/>; changes nothing else, and does nothing where there is no such instruction.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Prefetch<T>(ref readonly T slot)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.AsRef(in slot)));
    }
}
