using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Entente.Actors;
using Entente.Articles;
using Entente.Events;
using Microsoft.Data.Sqlite;

namespace Entente.Storage;

/// <summary>
/// Coded articles and events in an embedded SQLite file. Ingestion is idempotent and transactional per batch;
/// queries stream. One instance holds one connection and is not thread-safe; do not ingest while a query is
/// still being enumerated.
/// </summary>
internal sealed class EventStore : IEventStore
{
    private const int SqliteCorrupt = 11, SqliteCantOpen = 14, SqliteNotADb = 26;

    private readonly SqliteConnection _connection;
    private bool _disposed;

    private EventStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The store file, as given to <see cref="Open"/>.</summary>
    public string Path { get; }

    /// <summary>How long a writer waits for another writer's lock before giving up: 30 seconds.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating the file and its schema when new and bringing an older
    /// schema up to date. Turns on write-ahead logging and foreign keys. Before anything is changed, a file that is not
    /// an event store is refused; then a store that cannot be written (read-only, or locked by another writer for longer
    /// than <paramref name="busyTimeout"/>, default 30 s) is refused, so no work is done for nothing. The schema is created
    /// in one transaction, so several processes may open a new store at once.
    /// </summary>
    /// <exception cref="StoreException">The file is not a SQLite database, is not an event store, cannot be opened, created
    /// or written, is locked, or has a newer schema. The message is one line.</exception>
    public static EventStore Open(string path, TimeSpan? busyTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path)) throw new StoreException(path, "no file name given");
        string full;
        try { full = System.IO.Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { throw new StoreException(path, "not a valid file name", e); }
        if (Directory.Exists(full)) throw new StoreException(path, "is a folder, not a file");
        // SQLite takes a short file of any content for an empty database and would write over it: look at the header first.
        if (!HasSqliteHeaderOrIsEmpty(full)) throw new StoreException(path, "not a SQLite database");
        string? folder = System.IO.Path.GetDirectoryName(full);
        try { if (folder is not null) Directory.CreateDirectory(folder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // "Could not find a part of the path" says little: name the file standing where a folder should be.
            string? blocker = folder;
            while (blocker is not null && !File.Exists(blocker)) blocker = System.IO.Path.GetDirectoryName(blocker);
            string reason = blocker is not null ? $"{blocker} is a file, not a folder" : FirstLine(e.Message).TrimEnd('.');
            throw new StoreException(path, $"cannot create the folder {folder} ({reason})", e);
        }

        var timeout = busyTimeout ?? DefaultBusyTimeout;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)),
        }.ToString());
        try
        {
            connection.Open();
            // SQLite opens a file it may not write read-only without a word: refuse it now, before any work is done.
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
                throw new StoreException(path, "read-only: cannot write to this database (check the file's permissions)");
            var store = new EventStore(path, connection);
            store.Initialise();
            return store;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw Translate(path, ex, timeout);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool HasSqliteHeaderOrIsEmpty(string full)
    {
        try
        {
            using var file = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (file.Length == 0) return true;
            Span<byte> header = stackalloc byte[16];
            return file.ReadAtLeast(header, 16, throwOnEndOfStream: false) == 16 && header.SequenceEqual("SQLite format 3\0"u8);
        }
        catch (FileNotFoundException) { return true; }
        catch (DirectoryNotFoundException) { return true; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return true; } // SQLite will say why it cannot open it
    }

    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoErr = 10, SqliteFull = 13;

    // One line naming the problem for a SQLite error.
    private static StoreException Translate(string path, SqliteException ex, TimeSpan timeout) => new(path, (ex.SqliteErrorCode & 0xFF) switch
    {
        SqliteNotADb => "not a SQLite database",
        SqliteCorrupt => "the database is corrupt",
        SqliteCantOpen => "cannot open the file" + CantOpenReason(path),
        SqliteBusy or SqliteLocked => $"locked by another writer (waited {timeout.TotalSeconds:0} s); try again when it is done",
        SqliteReadOnly => "read-only: cannot write to this database (check the file's and its folder's permissions)",
        SqliteFull => "the disk is full",
        SqliteIoErr => "disk I/O error: " + SqliteMessage(ex),
        _ => SqliteMessage(ex),
    }, ex);

    private static string CantOpenReason(string path)
    {
        try
        {
            string full = System.IO.Path.GetFullPath(path);
            string? folder = System.IO.Path.GetDirectoryName(full);
            if (folder is not null && !Directory.Exists(folder)) return ": its folder does not exist";
            return File.Exists(full) ? ": permission denied" : ": its folder is not writable";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { return ""; }
    }

    // "SQLite Error 8: 'attempt to write a readonly database'." → "attempt to write a readonly database".
    private static string SqliteMessage(SqliteException ex)
    {
        string m = FirstLine(ex.Message);
        int q = m.IndexOf('\'');
        if (m.StartsWith("SQLite Error", StringComparison.Ordinal) && q > 0 && m.LastIndexOf('\'') > q) m = m[(q + 1)..m.LastIndexOf('\'')];
        return m.TrimEnd('.');
    }

    private void Initialise()
    {
        // Look before touching: a file that holds other tables and no schema_version is someone else's; leave it as it is.
        // Both counts in one statement, so one snapshot: a creator committing between two queries would otherwise show
        // tables without their schema_version.
        bool hasVersionTable;
        long tables;
        using (var look = _connection.CreateCommand())
        {
            look.CommandText = "SELECT (SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'), " +
                               "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%')";
            using var reader = look.ExecuteReader();
            reader.Read();
            hasVersionTable = reader.GetInt64(0) > 0;
            tables = reader.GetInt64(1);
        }
        if (!hasVersionTable && tables > 0)
            throw new StoreException(Path, "a SQLite database, but not an Entente event store");
        if (hasVersionTable && Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture) is var found
            && found > Schema.CurrentVersion)
            throw new StoreException(Path, $"schema version {found} is newer than this program supports ({Schema.CurrentVersion}); upgrade Entente");

        string mode = Convert.ToString(Scalar("PRAGMA journal_mode = WAL"), CultureInfo.InvariantCulture) ?? "";
        if (!mode.Equals("wal", StringComparison.OrdinalIgnoreCase))
            throw new StoreException(Path, $"cannot turn on write-ahead logging (journal mode is '{mode}')");

        // BEGIN IMMEDIATE: take the write lock first (this also shows at once that the store can be written and is not held by another
        // writer), then create or migrate the schema in that one transaction: a concurrent creator waits, then finds it done.
        using var tx = _connection.BeginTransaction(deferred: false);
        using (var cmd = Command("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)", tx))
            cmd.ExecuteNonQuery();
        int current;
        using (var cmd = Command("SELECT COALESCE(MAX(version), 0) FROM schema_version", tx))
            current = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (current > Schema.CurrentVersion)
            throw new StoreException(Path, $"schema version {current} is newer than this program supports ({Schema.CurrentVersion}); upgrade Entente");
        foreach (var (version, sql) in Schema.Migrations)
        {
            if (version <= current) continue;
            using (var cmd = Command(sql, tx)) cmd.ExecuteNonQuery();
            using (var cmd = Command("INSERT INTO schema_version (version, applied_at) VALUES ($v, $at)", tx))
            {
                cmd.Parameters.AddWithValue("$v", version);
                cmd.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                cmd.ExecuteNonQuery();
            }
        }
        tx.Commit();
    }

    /// <summary>The schema version of the open store.</summary>
    public int SchemaVersion
    {
        get
        {
            ThrowIfDisposed();
            return Convert.ToInt32(Scalar("SELECT MAX(version) FROM schema_version"), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// Stores a batch of pipeline results in one transaction. Articles are identified by <see cref="Article.Key"/> (their
    /// source: path, dump and record id, feed link, or standard input's text). An article already stored under its key
    /// with the same text (by SHA-256) is skipped; one stored with a different text has its row, sentences and events
    /// replaced. Events are stored under their article's key. If anything fails, including the enumeration of
    /// <paramref name="batch"/>, nothing of the batch is stored and the exception is rethrown.
    /// </summary>
    public IngestResult Ingest(IEnumerable<ArticleResult> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ThrowIfDisposed();

        int added = 0, replaced = 0, unchanged = 0, events = 0;
        SqliteTransaction tx;
        try { tx = _connection.BeginTransaction(deferred: false); }
        catch (SqliteException ex) { throw Translate(Path, ex, TimeSpan.FromSeconds(_connection.DefaultTimeout)); }
        using var _ = tx;
        try
        {
            using var findHash = Command("SELECT content_hash FROM articles WHERE id = $id", tx);
            var findId = findHash.Parameters.Add("$id", SqliteType.Text);

            using var delete = Command(
                "DELETE FROM events WHERE article_id = $id; DELETE FROM sentences WHERE article_id = $id; DELETE FROM articles WHERE id = $id", tx);
            var deleteId = delete.Parameters.Add("$id", SqliteType.Text);

            using var insertArticle = Command("""
                INSERT INTO articles (id, origin, source, url, title, published, text, content_hash, ingested_at)
                VALUES ($id, $origin, $source, $url, $title, $published, $text, $hash, $at)
                """, tx);
            foreach (var name in new[] { "$id", "$origin", "$source", "$url", "$title", "$published", "$text", "$hash", "$at" })
                insertArticle.Parameters.Add(new SqliteParameter { ParameterName = name });

            using var insertSentence = Command(
                "INSERT INTO sentences (article_id, idx, start, length) VALUES ($id, $idx, $start, $length)", tx);
            foreach (var name in new[] { "$id", "$idx", "$start", "$length" })
                insertSentence.Parameters.Add(new SqliteParameter { ParameterName = name });

            using var insertEvent = Command(EventRow.InsertSql, tx);
            EventRow.AddParameters(insertEvent);

            string now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            foreach (var result in batch)
            {
                ArgumentNullException.ThrowIfNull(result, nameof(batch));
                var article = result.Article;
                string hash = ContentHash(article.Text);

                findId.Value = article.Key;
                var stored = findHash.ExecuteScalar() as string;
                if (stored == hash) { unchanged++; continue; }
                if (stored is null) added++;
                else
                {
                    replaced++;
                    deleteId.Value = article.Key;
                    delete.ExecuteNonQuery();
                }

                var a = insertArticle.Parameters;
                a[0].Value = article.Key;
                a[1].Value = Db(article.Origin);
                a[2].Value = Db(article.Source);
                a[3].Value = Db(article.Url);
                a[4].Value = Db(article.Title);
                a[5].Value = Db(article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                a[6].Value = article.Text;
                a[7].Value = hash;
                a[8].Value = now;
                insertArticle.ExecuteNonQuery();

                var s = insertSentence.Parameters;
                for (int i = 0; i < result.Sentences.Count; i++)
                {
                    s[0].Value = article.Key;
                    s[1].Value = i;
                    s[2].Value = result.Sentences[i].Start;
                    s[3].Value = result.Sentences[i].Length;
                    insertSentence.ExecuteNonQuery();
                }

                foreach (var e in result.Events)
                {
                    EventRow.Bind(insertEvent.Parameters, e, article.Key);
                    insertEvent.ExecuteNonQuery();
                    events++;
                }
            }
            tx.Commit();
        }
        catch (SqliteException ex)
        {
            try { tx.Rollback(); } catch (SqliteException) { /* the original error matters more */ }
            throw Translate(Path, ex, TimeSpan.FromSeconds(_connection.DefaultTimeout));
        }
        catch
        {
            try { tx.Rollback(); } catch (SqliteException) { /* the original error matters more */ }
            throw;
        }
        return new IngestResult(added, replaced, unchanged, events);
    }

    /// <summary>
    /// The events matching <paramref name="query"/>, ordered by article id, then sentence index, then storage order.
    /// Rows are read as the sequence is enumerated; dispose the enumerator (foreach does) before ingesting again.
    /// </summary>
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
            where.Add("(e.source_code = $actor OR e.target_code = $actor)");
            cmd.Parameters.AddWithValue("$actor", actor.Trim().ToUpperInvariant());
        }
        if (query.Type is { } type)
        {
            where.Add("e.type = $type");
            cmd.Parameters.AddWithValue("$type", type.ToPlover());
        }
        if (query.ArticleId is { } articleId)
        {
            where.Add("e.article_id = $article");
            cmd.Parameters.AddWithValue("$article", articleId);
        }
        // The effective date is the event's partial ISO date, else the article's publication date. A partial date
        // is a period: it ends on or after Since when Since cut to its precision is not later than it, and it
        // starts on or before Until when it sorts before Until (a prefix sorts first).
        const string effective = "COALESCE(e.date, a.published)";
        if (query.Since is { } since)
        {
            where.Add($"{effective} IS NOT NULL AND substr($since, 1, length({effective})) <= {effective}");
            cmd.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (query.Until is { } until)
        {
            where.Add($"{effective} IS NOT NULL AND {effective} <= $until");
            cmd.Parameters.AddWithValue("$until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        cmd.Parameters.AddWithValue("$limit", query.Limit ?? -1);
        cmd.CommandText = $"""
            SELECT {string.Join(", ", EventRow.Columns.Select(c => "e." + c))}
            FROM events e JOIN articles a ON a.id = e.article_id
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY e.article_id, e.sentence_idx, e.id
            LIMIT $limit
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

    /// <summary>
    /// Counts and the strongest relations: articles, sentences and events; events per type; the <paramref name="top"/>
    /// most frequent actors; and the <paramref name="top"/> actor pairs with the highest positive and the lowest
    /// negative sum of Goldstein weights (unordered pairs, events in either direction, an actor with itself excluded).
    /// </summary>
    public StoreSummary Summarize(int top = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        ThrowIfDisposed();

        int articles = 0, sentences = 0, events = 0;
        using (var cmd = Command("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM sentences), (SELECT COUNT(*) FROM events)"))
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            articles = r.GetInt32(0);
            sentences = r.GetInt32(1);
            events = r.GetInt32(2);
        }

        var byType = new SortedDictionary<EventType, int>();
        using (var cmd = Command("SELECT type, COUNT(*) FROM events GROUP BY type"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
                if (EventTypes.TryParse(r.GetString(0), out var type)) byType[type] = r.GetInt32(1);
        }

        var actors = new List<ActorCount>();
        using (var cmd = Command("""
            SELECT code, COUNT(*) AS n FROM (
                SELECT source_code AS code FROM events
                UNION ALL SELECT target_code FROM events WHERE target_code IS NOT NULL)
            GROUP BY code ORDER BY n DESC, code LIMIT $top
            """))
        {
            cmd.Parameters.AddWithValue("$top", top);
            using var r = cmd.ExecuteReader();
            while (r.Read()) actors.Add(new ActorCount(new ActorCode(r.GetString(0)), r.GetInt32(1)));
        }

        return new StoreSummary(articles, sentences, events, byType, actors,
            Pairs("g > 0", "g DESC", top), Pairs("g < 0", "g ASC", top));
    }

    private List<ActorPair> Pairs(string having, string order, int top)
    {
        using var cmd = Command($"""
            SELECT a, b, SUM(goldstein) AS g, COUNT(*) FROM (
                SELECT MIN(source_code, target_code) AS a, MAX(source_code, target_code) AS b, goldstein
                FROM events WHERE target_code IS NOT NULL AND target_code <> source_code)
            GROUP BY a, b HAVING {having} ORDER BY {order}, a, b LIMIT $top
            """);
        cmd.Parameters.AddWithValue("$top", top);
        using var r = cmd.ExecuteReader();
        var pairs = new List<ActorPair>();
        while (r.Read())
            pairs.Add(new ActorPair(new ActorCode(r.GetString(0)), new ActorCode(r.GetString(1)), GoldsteinSum(r.GetDouble(2)), r.GetInt32(3)));
        return pairs;
    }

    /// <summary>A sum of Goldstein weights as stored results show it: each weight has one decimal, so two decimals hold the
    /// sum exactly, and the rounding the order of floating-point additions leaves (-6.199999…) is dropped, the same in every store.</summary>
    internal static double GoldsteinSum(double sum) => Math.Round(sum, 2);

    /// <summary>Closes the database; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _connection.Dispose();
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text: the content hash stored per article.</summary>
    internal static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null) => _connection.Command(sql, tx);

    private object? Scalar(string sql) => _connection.Scalar(sql);

    private void Execute(string sql) => _connection.Execute(sql);

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private static object Db(object? value) => value ?? DBNull.Value;

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
