using Entente.Events;

namespace Entente.Storage;

/// <summary>
/// Where coded articles and events are kept: the embedded SQLite file (<see cref="EventStore"/>) or a PostgreSQL
/// server (<see cref="PostgresEventStore"/>), with the same schema and behaviour. <see cref="EventStores.Open"/> picks one
/// from the user's --db value. An instance is not thread-safe; open one per thread or process.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>The store as the user named it (a file path, or a connection URL with its password hidden).</summary>
    string Path { get; }

    /// <summary>The schema version of the open store.</summary>
    int SchemaVersion { get; }

    /// <summary>
    /// Stores a batch of pipeline results in one transaction. An article already stored with the same text
    /// (by SHA-256) is skipped; one stored with a different text has its row, sentences and events replaced.
    /// If anything fails, nothing of the batch is stored and the exception is rethrown.
    /// </summary>
    IngestResult Ingest(IEnumerable<ArticleResult> batch);

    /// <summary>The events matching <paramref name="query"/>, ordered by article id, then sentence index, then storage order.</summary>
    IEnumerable<Event> QueryEvents(EventQuery query);

    /// <summary>Counts and the strongest relations (see <see cref="StoreSummary"/>).</summary>
    StoreSummary Summarize(int top = 10);
}

/// <summary>Opens the store a --db value names.</summary>
public static class EventStores
{
    /// <summary>True when <paramref name="target"/> is a PostgreSQL URL (postgres:// or postgresql://).</summary>
    public static bool IsPostgres(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens <paramref name="target"/>: a PostgreSQL server for a postgres:// or postgresql:// URL, else the SQLite file at that path.
    /// </summary>
    /// <exception cref="StoreException">The store cannot be opened or is not an Entente store.</exception>
    public static IEventStore Open(string target) =>
        IsPostgres(target) ? PostgresEventStore.Open(target) : EventStore.Open(target);
}
