using System.Globalization;
using Entente.Events;
using Microsoft.Data.Sqlite;

namespace Entente.Storage;

/// <summary>
/// Read-only queries over an event store for browsing, analysis and export: pages of events and articles, actors,
/// pairs, timelines and full-text search over sentences. Opens its own read-only connection, so several readers
/// (one per request, say) can run beside one <see cref="EventStore"/> that writes. Open the store with
/// <see cref="EventStore.Open"/> once first, so its schema is current. Not thread-safe: one reader per thread.
/// </summary>
public sealed class StoreReader : IDisposable
{
    /// <summary>The effective date of an event row <c>e</c> joined with its article <c>a</c>.</summary>
    private const string Effective = "COALESCE(e.date, a.published)";

    private static readonly string ArticleColumns = "a.source, a.url, a.title, a.published, a.ingested_at";

    private readonly SqliteConnection _connection;
    private bool _disposed;

    private StoreReader(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The store file.</summary>
    public string Path { get; }

    /// <summary>Opens the store at <paramref name="path"/> for reading.</summary>
    /// <exception cref="StoreException">The file is missing or is not an event store with full-text search (schema 2 or later).</exception>
    public static StoreReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full)) throw new StoreException(path, "no such file");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
        }.ToString());
        try
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('events', 'articles', 'sentences_fts')";
            if (Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) < 3)
                throw new StoreException(path, "not an Entente event store of schema 2 or later (open it once with EventStore.Open)");
            return new StoreReader(path, connection);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException(path, ex.Message.Split('\n')[0], ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // ---- events -------------------------------------------------------------------------------------------------

    /// <summary>The events matching <paramref name="search"/>, one page, with the total count.</summary>
    public Page<StoredEvent> Events(EventSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        int total = CountEvents(search);
        var items = StreamEvents(search).ToList();
        return new Page<StoredEvent>(items, total, search.Offset, search.Limit ?? total);
    }

    /// <summary>How many events match <paramref name="search"/> (ignoring its offset and limit).</summary>
    public int CountEvents(EventSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        ThrowIfDisposed();
        using var cmd = _connection.CreateCommand();
        string where = Where(search, cmd);
        cmd.CommandText = $"SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id {where}";
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The events matching <paramref name="search"/>, read as the sequence is enumerated (for exports of any size).
    /// </summary>
    public IEnumerable<StoredEvent> StreamEvents(EventSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (search.Offset < 0 || search.Limit < 0) throw new ArgumentOutOfRangeException(nameof(search), "Offset and limit must not be negative.");
        ThrowIfDisposed();
        return ReadEvents(search);
    }

    private IEnumerable<StoredEvent> ReadEvents(EventSearch search)
    {
        using var cmd = _connection.CreateCommand();
        string where = Where(search, cmd);
        string order = search.NewestFirst
            ? $"ORDER BY {Effective} DESC NULLS LAST, e.id DESC"
            : "ORDER BY e.article_id, e.sentence_idx, e.id";
        cmd.Parameters.AddWithValue("$limit", search.Limit ?? -1);
        cmd.Parameters.AddWithValue("$offset", search.Offset);
        cmd.CommandText = $"""
            SELECT {string.Join(", ", EventRow.Columns.Select(c => "e." + c))}, e.id, {ArticleColumns}
            FROM events e JOIN articles a ON a.id = e.article_id
            {where}
            {order}
            LIMIT $limit OFFSET $offset
            """;
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) yield return ReadStored(reader);
    }

    /// <summary>One event by its row id, or null.</summary>
    public StoredEvent? Event(long id)
    {
        ThrowIfDisposed();
        using var cmd = _connection.CreateCommand();
        cmd.Parameters.AddWithValue("$id", id);
        cmd.CommandText = $"""
            SELECT {string.Join(", ", EventRow.Columns.Select(c => "e." + c))}, e.id, {ArticleColumns}
            FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = $id
            """;
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? ReadStored(reader) : null;
    }

    private StoredEvent ReadStored(SqliteDataReader r)
    {
        Event e;
        try { e = EventRow.Read(r); }
        catch (InvalidDataException ex) { throw new StoreException(Path, ex.Message.TrimEnd('.'), ex); }
        int i = EventRow.Columns.Length;
        long id = r.GetInt64(i);
        var info = new ArticleInfo(e.ArticleId, Text(r, i + 1), Text(r, i + 2), Text(r, i + 3), Text(r, i + 4), r.GetString(i + 5));
        return new StoredEvent(id, e, info);
    }

    /// <summary>Builds the WHERE clause of <paramref name="s"/> over events <c>e</c> joined with articles <c>a</c>.</summary>
    private static string Where(EventSearch s, SqliteCommand cmd)
    {
        var where = new List<string>();
        if (!string.IsNullOrWhiteSpace(s.Actor))
        {
            where.Add("(e.source_code = $actor OR e.target_code = $actor)");
            cmd.Parameters.AddWithValue("$actor", s.Actor.Trim().ToUpperInvariant());
        }
        if (s.Pair is { } pair)
        {
            where.Add("((e.source_code = $pa AND e.target_code = $pb) OR (e.source_code = $pb AND e.target_code = $pa))");
            cmd.Parameters.AddWithValue("$pa", pair.A.Trim().ToUpperInvariant());
            cmd.Parameters.AddWithValue("$pb", pair.B.Trim().ToUpperInvariant());
        }
        if (s.Type is { } type)
        {
            where.Add("e.type = $type");
            cmd.Parameters.AddWithValue("$type", type.ToPlover());
        }
        if (s.Mode is { } mode)
        {
            if (mode.ToText() is { } m)
            {
                where.Add("e.mode = $mode");
                cmd.Parameters.AddWithValue("$mode", m);
            }
            else where.Add("e.mode IS NULL");
        }
        if (!string.IsNullOrEmpty(s.ArticleId))
        {
            where.Add("e.article_id = $article");
            cmd.Parameters.AddWithValue("$article", s.ArticleId);
        }
        if (!string.IsNullOrWhiteSpace(s.Text))
        {
            where.Add("instr(lower(e.sentence), lower($text)) > 0");
            cmd.Parameters.AddWithValue("$text", s.Text.Trim());
        }
        // As in EventStore.QueryEvents: a partial date is a period; it ends on or after Since when Since cut to its
        // precision is not later than it, and it starts on or before Until when it sorts before Until.
        if (s.Since is { } since)
        {
            where.Add($"{Effective} IS NOT NULL AND substr($since, 1, length({Effective})) <= {Effective}");
            cmd.Parameters.AddWithValue("$since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (s.Until is { } until)
        {
            where.Add($"{Effective} IS NOT NULL AND {Effective} <= $until");
            cmd.Parameters.AddWithValue("$until", until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        return where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "";
    }

    // ---- articles -----------------------------------------------------------------------------------------------

    /// <summary>A page of articles, newest first; <paramref name="query"/> filters on id, title or source (substring).</summary>
    public Page<ArticleSummary> Articles(string? query, int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ThrowIfDisposed();
        using var cmd = _connection.CreateCommand();
        string where = "";
        if (!string.IsNullOrWhiteSpace(query))
        {
            where = "WHERE instr(lower(a.id || ' ' || COALESCE(a.title, '') || ' ' || COALESCE(a.source, '')), lower($q)) > 0";
            cmd.Parameters.AddWithValue("$q", query.Trim());
        }
        cmd.CommandText = $"SELECT COUNT(*) FROM articles a {where}";
        int total = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        cmd.CommandText = $"""
            SELECT a.id, a.title, a.source, a.url, a.published,
                   (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id),
                   (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)
            FROM articles a {where}
            ORDER BY a.published DESC NULLS LAST, a.id
            LIMIT $limit OFFSET $offset
            """;
        var items = new List<ArticleSummary>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                items.Add(new ArticleSummary(r.GetString(0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), r.GetInt32(5), r.GetInt32(6)));
        return new Page<ArticleSummary>(items, total, offset, limit);
    }

    /// <summary>One article with its text, sentences and events, or null when the store does not hold it.</summary>
    public ArticleDetail? Article(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ThrowIfDisposed();
        ArticleInfo info;
        string text;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT a.id, a.source, a.url, a.title, a.published, a.ingested_at, a.text FROM articles a WHERE a.id = $id";
            cmd.Parameters.AddWithValue("$id", id);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            info = new ArticleInfo(r.GetString(0), Text(r, 1), Text(r, 2), Text(r, 3), Text(r, 4), r.GetString(5));
            text = r.GetString(6);
        }
        var sentences = new List<TextSpan>();
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT start, length FROM sentences WHERE article_id = $id ORDER BY idx";
            cmd.Parameters.AddWithValue("$id", id);
            using var r = cmd.ExecuteReader();
            while (r.Read()) sentences.Add(new TextSpan(r.GetInt32(0), r.GetInt32(1)));
        }
        var events = StreamEvents(new EventSearch { ArticleId = id }).ToList();
        return new ArticleDetail(info, text, sentences, events);
    }

    // ---- actors and pairs ---------------------------------------------------------------------------------------

    /// <summary>
    /// Actors of the events matching <paramref name="search"/>, most frequent first; <paramref name="codePrefix"/>
    /// keeps codes starting with it. The search's offset and limit page the actors.
    /// </summary>
    public Page<ActorSummary> Actors(EventSearch search, string? codePrefix = null)
    {
        ArgumentNullException.ThrowIfNull(search);
        ThrowIfDisposed();
        using var cmd = _connection.CreateCommand();
        string where = Where(search with { Actor = null }, cmd);
        string having = "";
        if (!string.IsNullOrWhiteSpace(codePrefix))
        {
            having = "WHERE code LIKE $prefix ESCAPE '\\'";
            cmd.Parameters.AddWithValue("$prefix", codePrefix.Trim().ToUpperInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        }
        else if (!string.IsNullOrWhiteSpace(search.Actor))
        {
            having = "WHERE code = $one";
            cmd.Parameters.AddWithValue("$one", search.Actor.Trim().ToUpperInvariant());
        }
        string cte = $"""
            WITH f AS (SELECT e.source_code, e.target_code, e.goldstein, {Effective} AS d
                       FROM events e JOIN articles a ON a.id = e.article_id {where}),
            x AS (SELECT source_code AS code, 1 AS src, goldstein, d FROM f
                  UNION ALL SELECT target_code, 0, goldstein, d FROM f WHERE target_code IS NOT NULL),
            g AS (SELECT code, COUNT(*) AS n, SUM(src) AS s, SUM(goldstein) AS gs, MIN(d) AS first, MAX(d) AS last
                  FROM x GROUP BY code)
            """;
        cmd.CommandText = $"{cte} SELECT COUNT(*) FROM g {having}";
        int total = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        cmd.Parameters.AddWithValue("$limit", search.Limit ?? -1);
        cmd.Parameters.AddWithValue("$offset", search.Offset);
        cmd.CommandText = $"{cte} SELECT code, n, s, gs, first, last FROM g {having} ORDER BY n DESC, code LIMIT $limit OFFSET $offset";
        var items = new List<ActorSummary>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                items.Add(new ActorSummary(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(1) - r.GetInt32(2), r.GetDouble(3), Text(r, 4), Text(r, 5)));
        return new Page<ActorSummary>(items, total, search.Offset, search.Limit ?? total);
    }

    /// <summary>
    /// Everything the events matching <paramref name="search"/> tell of actor <paramref name="code"/>: names as
    /// written (leaving out references such as "they", resolved by rule) and sectors, people, event types, top partners and adversaries, and the <paramref name="recent"/>
    /// newest events. Null when the actor takes part in none.
    /// </summary>
    public ActorProfile? Actor(string code, EventSearch? search = null, int top = 8, int recent = 20)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ThrowIfDisposed();
        code = code.Trim().ToUpperInvariant();
        var scope = (search ?? new EventSearch()) with { Actor = code, Offset = 0, Limit = null };
        var summary = Actors(scope).Items.FirstOrDefault(a => a.Code == code);
        if (summary is null) return null;

        var names = Counts(scope, """
            SELECT v, COUNT(*) FROM (
                SELECT e.source_name AS v FROM events e JOIN articles a ON a.id = e.article_id {0} AND e.source_code = $code AND e.source_rule NOT LIKE 'ref:%'
                UNION ALL SELECT e.target_name FROM events e JOIN articles a ON a.id = e.article_id {0} AND e.target_code = $code AND COALESCE(e.target_rule, '') NOT LIKE 'ref:%')
            WHERE v IS NOT NULL GROUP BY v ORDER BY COUNT(*) DESC, v LIMIT 10
            """, code);
        var sectors = Counts(scope, """
            SELECT v, COUNT(*) FROM (
                SELECT e.source_sector AS v FROM events e JOIN articles a ON a.id = e.article_id {0} AND e.source_code = $code
                UNION ALL SELECT e.target_sector FROM events e JOIN articles a ON a.id = e.article_id {0} AND e.target_code = $code)
            WHERE v IS NOT NULL GROUP BY v ORDER BY COUNT(*) DESC, v
            """, code);
        var types = Counts(scope, """
            SELECT e.type, COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id {0} GROUP BY e.type ORDER BY COUNT(*) DESC, e.type
            """, code);

        var people = new List<PersonSeen>();
        using (var cmd = _connection.CreateCommand())
        {
            string where = Where(scope, cmd);
            cmd.Parameters.AddWithValue("$code", code);
            cmd.CommandText = $"""
                SELECT p, MAX(sec), COUNT(*) FROM (
                    SELECT e.source_person AS p, e.source_sector AS sec FROM events e JOIN articles a ON a.id = e.article_id {where} AND e.source_code = $code
                    UNION ALL SELECT e.target_person, e.target_sector FROM events e JOIN articles a ON a.id = e.article_id {where} AND e.target_code = $code)
                WHERE p IS NOT NULL GROUP BY p ORDER BY COUNT(*) DESC, p LIMIT 20
                """;
            using var r = cmd.ExecuteReader();
            while (r.Read()) people.Add(new PersonSeen(r.GetString(0), Text(r, 1), r.GetInt32(2)));
        }

        var pairs = Pairs(scope, int.MaxValue);
        var partners = pairs.Where(p => p.Goldstein > 0).OrderByDescending(p => p.Goldstein).ThenByDescending(p => p.Events).Take(top).ToList();
        var adversaries = pairs.Where(p => p.Goldstein < 0).OrderBy(p => p.Goldstein).ThenByDescending(p => p.Events).Take(top).ToList();
        var newest = StreamEvents(scope with { NewestFirst = true, Limit = recent }).ToList();
        return new ActorProfile(summary, names, sectors, people, types, partners, adversaries, newest);
    }

    private List<Counted> Counts(EventSearch scope, string sqlFormat, string code)
    {
        using var cmd = _connection.CreateCommand();
        string where = Where(scope, cmd);
        if (where.Length == 0) where = "WHERE 1";
        cmd.Parameters.AddWithValue("$code", code);
        cmd.CommandText = string.Format(CultureInfo.InvariantCulture, sqlFormat, where);
        var list = new List<Counted>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new Counted(r.GetString(0), r.GetInt32(1)));
        return list;
    }

    /// <summary>
    /// Unordered actor pairs of the events matching <paramref name="search"/> (events with a target other than the
    /// source), most events first, at most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<PairSummary> Pairs(EventSearch search, int limit = 100)
    {
        ArgumentNullException.ThrowIfNull(search);
        ThrowIfDisposed();
        using var cmd = _connection.CreateCommand();
        string where = Where(search, cmd);
        where = (where.Length == 0 ? "WHERE " : where + " AND ") + "e.target_code IS NOT NULL AND e.target_code <> e.source_code";
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.CommandText = $"""
            SELECT MIN(e.source_code, e.target_code) AS x, MAX(e.source_code, e.target_code) AS y, COUNT(*),
                   SUM(e.goldstein > 0), SUM(e.goldstein < 0), SUM(e.goldstein)
            FROM events e JOIN articles a ON a.id = e.article_id {where}
            GROUP BY x, y ORDER BY COUNT(*) DESC, x, y LIMIT $limit
            """;
        var list = new List<PairSummary>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new PairSummary(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetDouble(5)));
        return list;
    }

    // ---- timelines ----------------------------------------------------------------------------------------------

    /// <summary>
    /// Events matching <paramref name="search"/> per period of <paramref name="interval"/>, oldest first. An event
    /// goes in the period of its own date, or of its article's publication date when it has none; an event whose own
    /// date is coarser than the interval ("2019" on a monthly timeline) is left out rather than misplaced.
    /// </summary>
    public IReadOnlyList<Bucket> Timeline(EventSearch search, Interval interval = Interval.Month)
    {
        ArgumentNullException.ThrowIfNull(search);
        ThrowIfDisposed();
        int length = interval switch { Interval.Day => 10, Interval.Year => 4, _ => 7 };
        using var cmd = _connection.CreateCommand();
        string where = Where(search, cmd);
        cmd.CommandText = $"""
            SELECT p, COUNT(*), SUM(g > 0), SUM(g < 0), SUM(g) FROM (
                SELECT CASE WHEN e.date IS NOT NULL THEN (CASE WHEN length(e.date) >= {length} THEN substr(e.date, 1, {length}) END)
                            WHEN length(a.published) >= {length} THEN substr(a.published, 1, {length}) END AS p,
                       e.goldstein AS g
                FROM events e JOIN articles a ON a.id = e.article_id {where})
            WHERE p IS NOT NULL GROUP BY p ORDER BY p
            """;
        var list = new List<Bucket>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new Bucket(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetDouble(4)));
        return list;
    }

    /// <summary>Totals of the events matching <paramref name="search"/>, dated or not, as one bucket with an empty period.</summary>
    public Bucket Totals(EventSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        ThrowIfDisposed();
        using var cmd = _connection.CreateCommand();
        string where = Where(search, cmd);
        cmd.CommandText = $"""
            SELECT COUNT(*), COALESCE(SUM(e.goldstein > 0), 0), COALESCE(SUM(e.goldstein < 0), 0), COALESCE(SUM(e.goldstein), 0.0)
            FROM events e JOIN articles a ON a.id = e.article_id {where}
            """;
        using var r = cmd.ExecuteReader();
        r.Read();
        return new Bucket("", r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetDouble(3));
    }

    /// <summary>The earliest and latest effective dates of the events matching <paramref name="search"/>.</summary>
    public (string? First, string? Last) DateRange(EventSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        ThrowIfDisposed();
        using var cmd = _connection.CreateCommand();
        string where = Where(search, cmd);
        cmd.CommandText = $"SELECT MIN({Effective}), MAX({Effective}) FROM events e JOIN articles a ON a.id = e.article_id {where}";
        using var r = cmd.ExecuteReader();
        r.Read();
        return (Text(r, 0), Text(r, 1));
    }

    // ---- full-text search ---------------------------------------------------------------------------------------

    /// <summary>
    /// Sentences matching <paramref name="query"/>, best first. The query's words must all occur (any order, any
    /// case, accents ignored); a word ending in <c>*</c> matches as a prefix. FTS5 operators are not interpreted.
    /// </summary>
    public Page<SentenceHit> Search(string query, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        ThrowIfDisposed();
        string match = FtsQuery(query);
        if (match.Length == 0) return new Page<SentenceHit>([], 0, offset, limit);
        using var cmd = _connection.CreateCommand();
        cmd.Parameters.AddWithValue("$match", match);
        cmd.CommandText = "SELECT COUNT(*) FROM sentences_fts WHERE sentences_fts MATCH $match";
        int total = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.Parameters.AddWithValue("$offset", offset);
        cmd.CommandText = """
            SELECT r.article_id, a.title, r.idx, s.start, s.length,
                   highlight(sentences_fts, 0, char(2), char(3)),
                   (SELECT COUNT(*) FROM events e WHERE e.article_id = r.article_id AND e.sentence_idx = r.idx),
                   f.rank
            FROM sentences_fts f
            JOIN sentence_rows r ON r.id = f.rowid
            JOIN sentences s ON s.article_id = r.article_id AND s.idx = r.idx
            JOIN articles a ON a.id = r.article_id
            WHERE sentences_fts MATCH $match
            ORDER BY f.rank, r.article_id, r.idx
            LIMIT $limit OFFSET $offset
            """;
        var items = new List<SentenceHit>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                items.Add(new SentenceHit(r.GetString(0), Text(r, 1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), r.GetInt32(6), r.GetDouble(7)));
        return new Page<SentenceHit>(items, total, offset, limit);
    }

    /// <summary>Turns free text into an FTS5 query of quoted terms (so no input is a syntax error).</summary>
    internal static string FtsQuery(string text)
    {
        var terms = new List<string>();
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            bool prefix = raw.EndsWith('*');
            string word = new(raw.Where(c => char.IsLetterOrDigit(c) || c is '-' or '\'').ToArray());
            if (word.Length == 0) continue;
            terms.Add("\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (prefix ? "*" : ""));
        }
        return string.Join(" ", terms);
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Closes the connection.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _connection.Dispose();
    }
}
