namespace Entente.Storage;

/// <summary>
/// The event store file cannot be used: it is not a SQLite database, it was written by a newer version, it is not an
/// Entente store, it cannot be created, written or locked, or the disk is full. The message is one line naming the file.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception for the store at <paramref name="path"/>.</summary>
    /// <param name="path">The store file.</param>
    /// <param name="reason">What is wrong, in a few words, without a trailing period.</param>
    /// <param name="inner">The underlying error, if any.</param>
    public StoreException(string path, string reason, Exception? inner = null)
        : base($"Event store '{path}': {reason.TrimEnd('.', ' ')}.", inner)
    {
        Path = path;
        Reason = reason.TrimEnd('.', ' ');
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it.</summary>
    public string Reason { get; }
}
