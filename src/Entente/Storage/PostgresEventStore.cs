using System.Globalization;
using Entente.Actors;
using Entente.Events;
using Npgsql;
using NpgsqlTypes;

namespace Entente.Storage;

/// <summary>
/// Coded articles and events on a PostgreSQL server: the same schema and behaviour as the SQLite <see cref="EventStore"/>,
/// for a database several processes and machines share. Ingestion is idempotent and transactional per batch, and safe
/// when several processes ingest the same articles at once: each article is locked (a transaction-scoped advisory lock
/// on its id, taken in id order so two batches never deadlock) before its stored hash is read. Schema creation and
/// migration run under a session advisory lock, so workers starting together do not race.
/// One instance holds one connection and is not thread-safe.
/// </summary>
internal sealed class PostgresEventStore : IEventStore
{
    private readonly NpgsqlConnection _connection;
    private bool _disposed;

    private PostgresEventStore(string display, NpgsqlConnection connection)
    {
        Path = display;
        _connection = connection;
    }

    /// <summary>The server URL as given to <see cref="Open"/>, with the password hidden.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the store a postgres://user:password@host:port/database URL names, creating its tables when new and bringing an
    /// older schema up to date. Query parameters: <c>search_path</c> (or <c>schema</c>) puts the tables in that schema,
    /// created if missing; <c>sslmode</c>, <c>timeout</c>, <c>application_name</c> and any other Npgsql connection
    /// string keyword are passed on.
    /// </summary>
    /// <exception cref="StoreException">The URL is malformed, the server cannot be reached, or the database is not an Entente store.</exception>
    public static PostgresEventStore Open(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var (builder, display) = ParseUrl(url);
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            var store = new PostgresEventStore(display, connection);
            store.Initialise(builder.SearchPath);
            return store;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            connection.Dispose();
            throw new StoreException(display, FirstLine(ex.Message).TrimEnd('.'), ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Turns a postgres:// URL into an Npgsql connection string, and the URL with its password hidden.</summary>
    /// <exception cref="StoreException">The URL is malformed or names an unknown parameter.</exception>
    public static (NpgsqlConnectionStringBuilder Builder, string Display) ParseUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !EventStores.IsPostgres(url) || string.IsNullOrEmpty(uri.Host))
            throw new StoreException(url, "not a PostgreSQL URL (use postgres://user:password@host:port/database)");
        string display = uri.UserInfo.Contains(':')
            ? url.Replace(uri.UserInfo, uri.UserInfo[..uri.UserInfo.IndexOf(':')] + ":***", StringComparison.Ordinal)
            : url;
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : null,
            // A pooled connection left idle by a dead process is harmless; the pool keeps re-opening cheap.
            Pooling = true,
            Timeout = 15,
            CommandTimeout = 300,
        };
        if (uri.UserInfo.Length > 0)
        {
            int colon = uri.UserInfo.IndexOf(':');
            b.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0) b.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            string key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            string value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            try
            {
                switch (key.ToLowerInvariant())
                {
                    case "search_path" or "schema": b.SearchPath = value; break;
                    case "sslmode": b.SslMode = Enum.Parse<SslMode>(value, ignoreCase: true); break;
                    case "application_name": b.ApplicationName = value; break;
                    case "connect_timeout": b.Timeout = int.Parse(value, CultureInfo.InvariantCulture); break;
                    default: b[key] = value; break;
                }
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
            {
                throw new StoreException(display, $"bad URL parameter '{key}'", e);
            }
        }
        return (b, display);
    }

    private void Initialise(string? searchPath)
    {
        string schema = searchPath?.Split(',')[0].Trim().Trim('"') ?? "";
        // One session lock per schema: concurrent openers wait here instead of racing on CREATE TABLE.
        long lockKey = LockKey("entente-schema:" + schema);
        Execute("SELECT pg_advisory_lock(@k)", ("k", lockKey));
        try
        {
            if (schema.Length > 0) Execute($"CREATE SCHEMA IF NOT EXISTS {QuoteIdent(schema)}");
            bool hasVersionTable = Convert.ToInt64(Scalar(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_version'"),
                CultureInfo.InvariantCulture) > 0;
            if (!hasVersionTable)
            {
                bool hasOtherTables = Convert.ToInt64(Scalar(
                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"), CultureInfo.InvariantCulture) > 0;
                if (hasOtherTables) throw new StoreException(Path, "a PostgreSQL database, but not an Entente event store");
                Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
            }

            int current = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
            if (current > PostgresSchema.CurrentVersion)
                throw new StoreException(Path, $"schema version {current} is newer than this program supports ({PostgresSchema.CurrentVersion}); upgrade Entente");

            foreach (var (version, sql) in PostgresSchema.Migrations)
            {
                if (version <= current) continue;
                using var tx = _connection.BeginTransaction();
                using (var cmd = Command(sql, tx)) cmd.ExecuteNonQuery();
                using (var cmd = Command("INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)", tx))
                {
                    cmd.Parameters.AddWithValue("v", version);
                    cmd.Parameters.AddWithValue("at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                    cmd.ExecuteNonQuery();
                }
                tx.Commit();
            }
        }
        finally
        {
            Execute("SELECT pg_advisory_unlock(@k)", ("k", lockKey));
        }
    }

    /// <inheritdoc />
    public int SchemaVersion
    {
        get
        {
            ThrowIfDisposed();
            return Convert.ToInt32(Scalar("SELECT MAX(version) FROM schema_version"), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Stores a batch of pipeline results in one transaction, with the SQLite store's rules: articles are identified by
    /// <see cref="Articles.Article.Key"/>; an article already stored under its key with the same text (by SHA-256) is skipped; one stored with a different text has its row, sentences and events
    /// replaced. Safe against other processes ingesting the same articles at the same time.
    /// </summary>
    public IngestResult Ingest(IEnumerable<ArticleResult> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ThrowIfDisposed();
        int added = 0, replaced = 0, unchanged = 0, events = 0;
        using var tx = _connection.BeginTransaction();
        try
        {
            var results = batch.ToList();
            foreach (var r in results) ArgumentNullException.ThrowIfNull(r, nameof(batch));
            if (results.Count == 0) { tx.Commit(); return new IngestResult(0, 0, 0, 0); }

            // Lock every article of the batch, in one order for all processes, then read what is stored.
            var ids = results.Select(r => r.Article.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            using (var lockCmd = Command("SELECT pg_advisory_xact_lock(hashtextextended(id, 7)) FROM unnest(@ids) WITH ORDINALITY AS t(id, n) ORDER BY n", tx))
            {
                lockCmd.Parameters.AddWithValue("ids", ids);
                lockCmd.ExecuteNonQuery();
            }
            var stored = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var find = Command("SELECT id, content_hash FROM articles WHERE id = ANY(@ids)", tx))
            {
                find.Parameters.AddWithValue("ids", ids);
                using var reader = find.ExecuteReader();
                while (reader.Read()) stored[reader.GetString(0)] = reader.GetString(1);
            }

            string now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            foreach (var result in results)
            {
                var article = result.Article;
                string hash = EventStore.ContentHash(article.Text);
                stored.TryGetValue(article.Key, out var storedHash);
                if (storedHash == hash) { unchanged++; continue; }

                using var write = new NpgsqlBatch(_connection, tx);
                if (storedHash is null) added++;
                else
                {
                    replaced++;
                    // Sentences and events go with the article (ON DELETE CASCADE).
                    write.BatchCommands.Add(BatchCommand("DELETE FROM articles WHERE id = @p0", article.Key));
                }
                write.BatchCommands.Add(BatchCommand("""
                    INSERT INTO articles (id, origin, source, url, title, published, text, content_hash, ingested_at)
                    VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
                    """,
                    article.Key, article.Origin, article.Source, article.Url, article.Title,
                    article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), article.Text, hash, now));
                if (result.Sentences.Count > 0)
                {
                    var starts = new int[result.Sentences.Count];
                    var lengths = new int[result.Sentences.Count];
                    for (int i = 0; i < starts.Length; i++) { starts[i] = result.Sentences[i].Start; lengths[i] = result.Sentences[i].Length; }
                    write.BatchCommands.Add(BatchCommand("""
                        INSERT INTO sentences (article_id, idx, start, length)
                        SELECT @p0, s.n - 1, s.start, s.length FROM unnest(@p1::integer[], @p2::integer[]) WITH ORDINALITY AS s(start, length, n)
                        """, article.Key, starts, lengths));
                }
                foreach (var e in result.Events)
                {
                    var insert = new NpgsqlBatchCommand(InsertEventSql);
                    foreach (var column in EventRow.Columns) insert.Parameters.Add(new NpgsqlParameter { ParameterName = column });
                    EventRow.Bind(insert.Parameters, e, article.Key);
                    write.BatchCommands.Add(insert);
                    events++;
                }
                write.ExecuteNonQuery();
                stored[article.Key] = hash;
            }
            tx.Commit();
        }
        catch
        {
            try { tx.Rollback(); } catch (Exception e) when (e is NpgsqlException or InvalidOperationException) { /* the original error matters more */ }
            throw;
        }
        return new IngestResult(added, replaced, unchanged, events);
    }

    private static readonly string InsertEventSql =
        $"INSERT INTO events ({string.Join(", ", EventRow.Columns)}) VALUES ({string.Join(", ", EventRow.Columns.Select(c => "@" + c))})";

    /// <inheritdoc />
    public IEnumerable<Event> QueryEvents(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit < 0) throw new ArgumentOutOfRangeException(nameof(query), "Limit must not be negative.");
        ThrowIfDisposed();
        return ReadEvents(query);
    }

    private IEnumerable<Event> ReadEvents(EventQuery query)
    {
        ThrowIfDisposed();
        using var cmd = _connection.CreateCommand();
        var where = new List<string>();
        if (query.Actor is { } actor)
        {
            where.Add("(e.source_code = @actor OR e.target_code = @actor)");
            cmd.Parameters.AddWithValue("actor", actor.Trim().ToUpperInvariant());
        }
        if (query.Type is { } type)
        {
            where.Add("e.type = @type");
            cmd.Parameters.AddWithValue("type", type.ToPlover());
        }
        if (query.ArticleId is { } articleId)
        {
            where.Add("e.article_id = @article");
            cmd.Parameters.AddWithValue("article", articleId);
        }
        // The same period rules as the SQLite store: a partial date is a period; see EventStore.
        const string effective = "COALESCE(e.date, a.published)";
        if (query.Since is { } since)
        {
            where.Add($"{effective} IS NOT NULL AND substr(@since, 1, length({effective})) <= {effective}");
            cmd.Parameters.AddWithValue("since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (query.Until is { } until)
        {
            where.Add($"{effective} IS NOT NULL AND {effective} <= @until");
            cmd.Parameters.AddWithValue("until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        cmd.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Bigint) { Value = query.Limit is { } l ? l : DBNull.Value });
        // COLLATE "C": order ids by bytes, as SQLite does, whatever the database's collation.
        cmd.CommandText = $"""
            SELECT {string.Join(", ", EventRow.Columns.Select(c => "e." + c))}
            FROM events e JOIN articles a ON a.id = e.article_id
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY e.article_id COLLATE "C", e.sentence_idx, e.id
            LIMIT @limit
            """;

        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            Event e;
            try { e = EventRow.Read(reader); }
            catch (InvalidDataException ex) { throw new StoreException(Path, FirstLine(ex.Message).TrimEnd('.'), ex); }
            yield return e;
        }
    }

    /// <inheritdoc />
    public StoreSummary Summarize(int top = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        ThrowIfDisposed();

        int articles, sentences, events;
        using (var cmd = Command("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM sentences), (SELECT COUNT(*) FROM events)"))
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            articles = (int)r.GetInt64(0);
            sentences = (int)r.GetInt64(1);
            events = (int)r.GetInt64(2);
        }

        var byType = new SortedDictionary<EventType, int>();
        using (var cmd = Command("SELECT type, COUNT(*) FROM events GROUP BY type"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
                if (EventTypes.TryParse(r.GetString(0), out var type)) byType[type] = (int)r.GetInt64(1);
        }

        var actors = new List<ActorCount>();
        using (var cmd = Command("""
            SELECT code, COUNT(*) AS n FROM (
                SELECT source_code AS code FROM events
                UNION ALL SELECT target_code FROM events WHERE target_code IS NOT NULL) c
            GROUP BY code ORDER BY n DESC, code COLLATE "C" LIMIT @top
            """))
        {
            cmd.Parameters.AddWithValue("top", top);
            using var r = cmd.ExecuteReader();
            while (r.Read()) actors.Add(new ActorCount(new ActorCode(r.GetString(0)), (int)r.GetInt64(1)));
        }

        return new StoreSummary(articles, sentences, events, byType, actors,
            Pairs("> 0", "g DESC", top), Pairs("< 0", "g ASC", top));
    }

    private List<ActorPair> Pairs(string sign, string order, int top)
    {
        using var cmd = Command($"""
            SELECT a, b, SUM(goldstein) AS g, COUNT(*) FROM (
                SELECT LEAST(source_code COLLATE "C", target_code COLLATE "C") AS a,
                       GREATEST(source_code COLLATE "C", target_code COLLATE "C") AS b, goldstein
                FROM events WHERE target_code IS NOT NULL AND target_code <> source_code) p
            GROUP BY a, b HAVING SUM(goldstein) {sign} ORDER BY {order}, a, b LIMIT @top
            """);
        cmd.Parameters.AddWithValue("top", top);
        using var r = cmd.ExecuteReader();
        var pairs = new List<ActorPair>();
        while (r.Read())
            pairs.Add(new ActorPair(new ActorCode(r.GetString(0)), new ActorCode(r.GetString(1)), EventStore.GoldsteinSum(r.GetDouble(2)), (int)r.GetInt64(3)));
        return pairs;
    }

    /// <summary>
    /// Checks what the schema's constraints cannot: that every article's sentences are numbered 0..n-1 without gaps and that
    /// every event points to a stored sentence. Returns the problems found, none when the store is sound.
    /// </summary>
    public IReadOnlyList<string> CheckIntegrity()
    {
        ThrowIfDisposed();
        var problems = new List<string>();
        using (var cmd = Command("SELECT article_id FROM sentences GROUP BY article_id HAVING MAX(idx) + 1 <> COUNT(*) LIMIT 10"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) problems.Add($"article '{r.GetString(0)}': sentence numbers have gaps");
        using (var cmd = Command("""
            SELECT e.article_id, e.sentence_idx FROM events e
            LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence_idx
            WHERE s.article_id IS NULL LIMIT 10
            """))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) problems.Add($"article '{r.GetString(0)}': event on missing sentence {r.GetInt32(1)}");
        return problems;
    }

    /// <summary>Closes the connection; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _connection.Dispose();
    }

    private static NpgsqlBatchCommand BatchCommand(string sql, params object?[] values)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        for (int i = 0; i < values.Length; i++)
            cmd.Parameters.Add(values[i] is null
                ? new NpgsqlParameter("p" + i, NpgsqlDbType.Text) { Value = DBNull.Value }
                : new NpgsqlParameter("p" + i, values[i]));
        return cmd;
    }

    private NpgsqlCommand Command(string sql, NpgsqlTransaction? tx = null) => new(sql, _connection, tx);

    private object? Scalar(string sql)
    {
        using var cmd = Command(sql);
        return cmd.ExecuteScalar();
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = Command(sql);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        cmd.ExecuteNonQuery();
    }

    private static long LockKey(string text)
    {
        // FNV-1a, 64-bit: stable across processes and machines (string.GetHashCode is randomised per process).
        ulong h = 14695981039346656037;
        foreach (char c in text) { h ^= c; h *= 1099511628211; }
        return unchecked((long)h);
    }

    private static string QuoteIdent(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
