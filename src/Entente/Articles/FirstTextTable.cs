using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Entente.Articles;

/// <summary>
/// Remembers, for every key read from one dump, a 64-bit hash of the first text read under it, so that a repeated id can
/// be told apart as a true repeat (same text) or another record (other text). A dump of many GB holds millions of records:
/// keeping each key as a string cost about 190 bytes a record (a 5 GB dump would have gone past 500 MB), so this keeps two
/// 64-bit hashes in an open-addressed array instead, 16 bytes a slot (about 21-43 bytes a record with the free slots).
/// </summary>
/// <remarks>
/// Hashes are the first 8 bytes of SHA-256, so collisions are as rare as the birthday bound says: about one chance in
/// 370,000 for ten million keys. Two distinct keys that collide are still two articles with their own keys: the second
/// is taken for a repeat of the first, and only if its text differs does it get the "@" text-hash suffix a true repeated id
/// would get (it is kept, under a longer key, never dropped). Two different texts whose hashes collide under one key would
/// be taken for a true repeat (one chance in 2^64 a repeated id).
/// </remarks>
internal sealed class FirstTextTable
{
    // Slot i is _slots[2i] (the key's hash, 0 for empty) and _slots[2i + 1] (the hash of its first text).
    private ulong[] _slots = new ulong[2 * 1024];
    private int _count;

    /// <summary>Number of keys held.</summary>
    public int Count => _count;

    /// <summary>Bytes held by the table.</summary>
    public long Bytes => (long)_slots.Length * sizeof(ulong);

    /// <summary>
    /// Records <paramref name="textHash"/> as the first text of <paramref name="keyHash"/> and returns true if the key is
    /// new; otherwise returns false with the hash of the key's first text in <paramref name="firstTextHash"/>.
    /// </summary>
    public bool TryAdd(ulong keyHash, ulong textHash, out ulong firstTextHash)
    {
        if (keyHash == 0) keyHash = 1; // 0 marks an empty slot
        if ((_count + 1) * 4L > (_slots.Length / 2) * 3L) Grow();
        int mask = _slots.Length / 2 - 1;
        for (int i = (int)(keyHash ^ (keyHash >> 32)) & mask; ; i = (i + 1) & mask)
        {
            ulong k = _slots[2 * i];
            if (k == 0)
            {
                _slots[2 * i] = keyHash;
                _slots[2 * i + 1] = textHash;
                _count++;
                firstTextHash = textHash;
                return true;
            }
            if (k == keyHash)
            {
                firstTextHash = _slots[2 * i + 1];
                return false;
            }
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        _count = 0;
        for (int i = 0; i < old.Length; i += 2)
            if (old[i] != 0) TryAdd(old[i], old[i + 1], out _);
    }

    /// <summary>The first 8 bytes of the SHA-256 of <paramref name="text"/>'s UTF-8, with the whole digest in <paramref name="digest"/> (32 bytes).</summary>
    public static ulong Hash(ReadOnlySpan<char> text, Span<byte> digest)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 512 ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> utf8 = rented ?? stackalloc byte[512];
        try
        {
            int n = Encoding.UTF8.GetBytes(text, utf8);
            SHA256.HashData(utf8[..n], digest);
            return BinaryPrimitives.ReadUInt64BigEndian(digest);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
