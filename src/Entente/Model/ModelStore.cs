using System.Globalization;
using System.Text;
using Entente.Actors;
using Entente.Storage;
using Microsoft.Data.Sqlite;

namespace Entente.Model;

/// <summary>What a refresh of the derived tables did.</summary>
/// <param name="EventsRead">New events read.</param>
/// <param name="Acts">Acts created or updated.</param>
/// <param name="Proposals">Proposals added.</param>
/// <param name="Rebuilt">True when the tables were rebuilt from scratch (events had been deleted or replaced).</param>
public sealed record RefreshResult(int EventsRead, int Acts, int Proposals, bool Rebuilt);

/// <summary>An edge of the actor network: the acts between two actors in a date range.</summary>
/// <param name="A">One actor (the lower code).</param>
/// <param name="B">The other.</param>
/// <param name="Weight">Sum of the acts' Goldstein weights (signed).</param>
/// <param name="Acts">Number of acts.</param>
/// <param name="Cooperative">Acts with a positive weight.</param>
/// <param name="Hostile">Acts with a negative weight.</param>
public sealed record NetworkEdge(string A, string B, double Weight, int Acts, int Cooperative, int Hostile);

/// <summary>
/// The model's tables beside an event store: acts (the reports of one real-world act merged across articles) and the
/// proposals events make to the knowledge base. They are derived from the events table and brought up to date by
/// <see cref="Refresh"/>: new events are added incrementally; when events are deleted (an article replaced) the
/// tables are rebuilt. The tables have their own schema version (<c>model_schema_version</c>), so they never collide
/// with the event store's migrations. One instance holds one connection and is not thread-safe.
/// </summary>
public sealed class ModelStore : IDisposable
{
    private readonly SqliteConnection _connection;

    // The model's own migrations: derived tables only, rebuildable from the events at any time.
    private static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, """
            CREATE TABLE model_acts (
                id         INTEGER PRIMARY KEY,
                merge_key  TEXT NOT NULL UNIQUE,
                a          TEXT NOT NULL,
                b          TEXT NOT NULL,
                source     TEXT NOT NULL,
                target     TEXT NOT NULL,
                day        TEXT,
                type       TEXT NOT NULL,
                cameo      TEXT NOT NULL,
                goldstein  REAL NOT NULL,
                reports    INTEGER NOT NULL,
                articles   INTEGER NOT NULL,
                sources    INTEGER NOT NULL,
                event_ids  TEXT NOT NULL
            );
            CREATE INDEX ix_model_acts_pair ON model_acts(a, b, day);
            CREATE TABLE model_pair_days (
                a                TEXT NOT NULL,
                b                TEXT NOT NULL,
                day              TEXT NOT NULL,
                acts             INTEGER NOT NULL,
                cooperative      INTEGER NOT NULL,
                hostile          INTEGER NOT NULL,
                goldstein        REAL NOT NULL,
                hostile_mass     REAL NOT NULL,
                cooperative_mass REAL NOT NULL,
                reports          INTEGER NOT NULL,
                event_ids        TEXT NOT NULL,
                PRIMARY KEY (a, b, day)
            ) WITHOUT ROWID;
            CREATE TABLE model_pair_months (
                a                TEXT NOT NULL,
                b                TEXT NOT NULL,
                month            TEXT NOT NULL,
                acts             INTEGER NOT NULL,
                cooperative      INTEGER NOT NULL,
                hostile          INTEGER NOT NULL,
                goldstein        REAL NOT NULL,
                hostile_mass     REAL NOT NULL,
                cooperative_mass REAL NOT NULL,
                reports          INTEGER NOT NULL,
                event_ids        TEXT NOT NULL,
                PRIMARY KEY (a, b, month)
            ) WITHOUT ROWID;
            CREATE TABLE model_act_reports (
                event_id   INTEGER PRIMARY KEY,
                act_id     INTEGER NOT NULL,
                article_id TEXT NOT NULL,
                source     TEXT NOT NULL
            );
            CREATE INDEX ix_model_act_reports_act ON model_act_reports(act_id);
            CREATE TABLE model_proposals (
                id         INTEGER PRIMARY KEY,
                event_id   INTEGER NOT NULL UNIQUE,
                article_id TEXT NOT NULL,
                action     TEXT NOT NULL,
                subject    TEXT NOT NULL,
                object     TEXT NOT NULL,
                obligation TEXT,
                day        TEXT,
                trigger    TEXT NOT NULL,
                sentence   TEXT NOT NULL
            );
            CREATE INDEX ix_model_proposals_subject ON model_proposals(subject);
            CREATE INDEX ix_model_proposals_object ON model_proposals(object);
            CREATE TABLE model_proposal_groups (
                subject    TEXT NOT NULL,
                object     TEXT NOT NULL,
                action     TEXT NOT NULL,
                obligation TEXT NOT NULL,
                first_id   INTEGER NOT NULL,
                count      INTEGER NOT NULL,
                PRIMARY KEY (subject, object, action, obligation)
            ) WITHOUT ROWID;
            CREATE INDEX ix_model_proposal_groups_object ON model_proposal_groups(object);
            CREATE TABLE model_state (id INTEGER PRIMARY KEY CHECK (id = 1), scanned_to INTEGER NOT NULL, dirty INTEGER NOT NULL);
            INSERT INTO model_state VALUES (1, 0, 0);
            CREATE TRIGGER model_events_deleted AFTER DELETE ON events BEGIN UPDATE model_state SET dirty = 1 WHERE id = 1; END;
            """),
        // The version of the rules that built the tables (see RulesVersion); 0 makes a store built before it rebuild.
        (2, "ALTER TABLE model_state ADD COLUMN rules INTEGER NOT NULL DEFAULT 0;"),
    ];

    /// <summary>
    /// The version of the rules that derive the tables from events (what counts as an act, how reports merge, which
    /// words make a proposal). Raise it when they change: stores built under another version are rebuilt on refresh.
    /// </summary>
    internal const int RulesVersion = 1;

    private ModelStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the event store at <paramref name="path"/> (creating or upgrading it like <see cref="EventStore.Open"/>)
    /// and the model's tables beside it.
    /// </summary>
    /// <exception cref="StoreException">The file cannot be used as an event store.</exception>
    public static ModelStore Open(string path)
    {
        using (EventStore.Open(path)) { }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = System.IO.Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            var store = new ModelStore(path, connection);
            store.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;");
            store.Migrate();
            return store;
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

    private void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS model_schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        int current = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM model_schema_version"), CultureInfo.InvariantCulture);
        if (current > Migrations[^1].Version)
            throw new StoreException(Path, $"model schema version {current} is newer than this program supports ({Migrations[^1].Version}); upgrade Entente");
        foreach (var (version, sql) in Migrations)
        {
            if (version <= current) continue;
            using var tx = _connection.BeginTransaction();
            using (var cmd = Command(sql, tx)) cmd.ExecuteNonQuery();
            using (var cmd = Command("INSERT INTO model_schema_version VALUES ($v, $at)", tx))
            {
                cmd.Parameters.AddWithValue("$v", version);
                cmd.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
        }
        // Fresh tables are built by the current rules.
        if (current == 0) Execute($"UPDATE model_state SET rules = {RulesVersion}");
    }

    // An act being built from new events, or an existing act being extended.
    private sealed class ActBuilder
    {
        public long Id;
        public required string Key;
        public required string Source, Target, Type, Cameo;
        public string? Day;
        public double Goldstein;
        public readonly List<(long EventId, string Article, string Source)> Reports = [];
        public readonly List<(long EventId, string Article, string Source)> Added = [];
    }

    /// <summary>
    /// Brings the acts and proposals up to date with the events table: reads the events stored since the last refresh
    /// (all of them after a deletion) in one transaction. Only events that happened or were announced, between two
    /// different actors and not claimed by a third party, count as acts; reports with the same source, target, CAMEO
    /// code, mode and full date are one act.
    /// </summary>
    public RefreshResult Refresh()
    {
        var (scannedTo, dirty, max) = State(null);
        if (!dirty && max <= scannedTo) return new RefreshResult(0, 0, 0, false);

        // Another process may have refreshed meanwhile: decide again inside the write transaction.
        using var tx = _connection.BeginTransaction();
        (scannedTo, dirty, max) = State(tx);
        if (!dirty && max <= scannedTo) return new RefreshResult(0, 0, 0, false);
        if (dirty)
        {
            using var clear = Command("""
                DELETE FROM model_acts; DELETE FROM model_act_reports; DELETE FROM model_pair_days; DELETE FROM model_pair_months; DELETE FROM model_proposals; DELETE FROM model_proposal_groups;
                UPDATE model_state SET dirty = 0, scanned_to = 0, rules = $rules;
                CREATE TRIGGER IF NOT EXISTS model_events_deleted AFTER DELETE ON events BEGIN UPDATE model_state SET dirty = 1 WHERE id = 1; END;
                """, tx);
            clear.Parameters.AddWithValue("$rules", RulesVersion);
            clear.ExecuteNonQuery();
            scannedTo = 0;
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string s) => strings.TryGetValue(s, out var v) ? v : strings[s] = s;
        var builders = new Dictionary<string, ActBuilder>(StringComparer.Ordinal);
        var proposals = new List<(long EventId, string Article, ProposalAction Action, ObligationKind? Obligation, string Subject, string Object, string? Day, string Trigger)>();
        int read = 0;
        using (var cmd = Command("""
            SELECT e.id, e.article_id, e.source_code, e.target_code, e.type, e.cameo, e.goldstein, e.mode, e.claimant_code,
                   COALESCE(e.date, a.published), COALESCE(a.source, e.article_id),
                   substr(e.sentence, e.trigger_start - e.sentence_start + 1, e.trigger_length),
                   substr(e.sentence, e.trigger_start - e.sentence_start + e.trigger_length + 1, 24)
            FROM events e JOIN articles a ON a.id = e.article_id
            WHERE e.id > $from ORDER BY e.id
            """, tx))
        {
            cmd.Parameters.AddWithValue("$from", scannedTo);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                read++;
                if (r.IsDBNull(3)) continue;
                long id = r.GetInt64(0);
                string source = Intern(r.GetString(2)), target = Intern(r.GetString(3));
                if (source == target) continue;
                string? mode = r.IsDBNull(7) ? null : r.GetString(7);
                if (mode is not (null or "intend")) continue;
                string? claimant = r.IsDBNull(8) ? null : r.GetString(8);
                if (claimant is not null && claimant != source && claimant != target) continue;
                string article = Intern(r.GetString(1));
                string? day = r.IsDBNull(9) ? null : Intern(r.GetString(9));
                string cameo = Intern(r.GetString(5));
                if (mode is null && ProposalReader.Read(r.GetString(11), r.GetString(12)) is { } found)
                    proposals.Add((id, article, found.Action, found.Obligation, source, target, day, r.GetString(11)));
                string key = day is { Length: 10 } ? $"{source}|{target}|{cameo}|{mode}|{day}" : $"#{id}";
                if (!builders.TryGetValue(key, out var b))
                    builders[key] = b = new ActBuilder
                    {
                        Key = key, Source = source, Target = target, Type = Intern(r.GetString(4)), Cameo = cameo, Day = day, Goldstein = r.GetDouble(6),
                    };
                b.Added.Add((id, article, Intern(r.GetString(10))));
            }
        }

        if (scannedTo > 0) LoadExisting(builders, tx);
        WriteActs(builders.Values, tx);
        WritePairDays(scannedTo == 0 ? null : builders.Values, tx);
        WriteProposals(proposals, tx);
        using (var cmd = Command("UPDATE model_state SET scanned_to = $max WHERE id = 1", tx))
        {
            cmd.Parameters.AddWithValue("$max", max);
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
        return new RefreshResult(read, builders.Count, proposals.Count, dirty);
    }

    // The last event read, whether events were deleted since (or the rules changed), and the newest event. The tables count as stale (to be
    // rebuilt) when the deletion trigger is missing (the events table was recreated) or the newest event is older than
    // the last one read (ids restarted).
    private (long ScannedTo, bool Dirty, long Max) State(SqliteTransaction? tx)
    {
        using var cmd = Command("""
            SELECT scanned_to, dirty OR rules <> $rules, (SELECT COALESCE(MAX(id), 0) FROM events),
                   EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'model_events_deleted')
            FROM model_state WHERE id = 1
            """, tx);
        cmd.Parameters.AddWithValue("$rules", RulesVersion);
        using var r = cmd.ExecuteReader();
        r.Read();
        long scannedTo = r.GetInt64(0), max = r.GetInt64(2);
        bool dirty = r.GetInt64(1) != 0 || r.GetInt64(3) == 0 || max < scannedTo;
        return (scannedTo, dirty, max);
    }

    private void LoadExisting(Dictionary<string, ActBuilder> builders, SqliteTransaction tx)
    {
        using var find = Command("SELECT id FROM model_acts WHERE merge_key = $k", tx);
        var k = find.Parameters.Add("$k", SqliteType.Text);
        using var reports = Command("SELECT event_id, article_id, source FROM model_act_reports WHERE act_id = $id ORDER BY event_id", tx);
        var rid = reports.Parameters.Add("$id", SqliteType.Integer);
        foreach (var (key, b) in builders)
        {
            if (key[0] == '#') continue;
            k.Value = key;
            if (find.ExecuteScalar() is not long id) continue;
            b.Id = id;
            rid.Value = id;
            using var r = reports.ExecuteReader();
            while (r.Read()) b.Reports.Add((r.GetInt64(0), r.GetString(1), r.GetString(2)));
        }
    }

    private void WriteActs(IEnumerable<ActBuilder> acts, SqliteTransaction tx)
    {
        using var insert = Command("""
            INSERT INTO model_acts (id, merge_key, a, b, source, target, day, type, cameo, goldstein, reports, articles, sources, event_ids)
            VALUES ($id, $key, $a, $b, $source, $target, $day, $type, $cameo, $g, $reports, $articles, $sources, $ids)
            """, tx);
        long nextId;
        using (var max = Command("SELECT COALESCE(MAX(id), 0) + 1 FROM model_acts", tx)) nextId = (long)max.ExecuteScalar()!;
        foreach (var name in new[] { "$id", "$key", "$a", "$b", "$source", "$target", "$day", "$type", "$cameo", "$g", "$reports", "$articles", "$sources", "$ids" })
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        using var update = Command("UPDATE model_acts SET reports = $reports, articles = $articles, sources = $sources, event_ids = $ids WHERE id = $id", tx);
        foreach (var name in new[] { "$reports", "$articles", "$sources", "$ids", "$id" })
            update.Parameters.Add(new SqliteParameter { ParameterName = name });
        using var report = Command("INSERT INTO model_act_reports (event_id, act_id, article_id, source) VALUES ($e, $act, $article, $source)", tx);
        foreach (var name in new[] { "$e", "$act", "$article", "$source" })
            report.Parameters.Add(new SqliteParameter { ParameterName = name });

        var ids = new StringBuilder();
        foreach (var b in acts)
        {
            var all = b.Reports.Concat(b.Added).ToList();
            int articles = all.Select(x => x.Article).Distinct().Count();
            int sources = all.Select(x => x.Source).Distinct().Count();
            ids.Clear();
            foreach (var x in all) { if (ids.Length > 0) ids.Append(','); ids.Append(x.EventId); }
            if (b.Id == 0)
            {
                var p = insert.Parameters;
                b.Id = nextId++;
                p[0].Value = b.Id;
                p[1].Value = b.Key;
                bool ordered = string.CompareOrdinal(b.Source, b.Target) < 0;
                p[2].Value = ordered ? b.Source : b.Target;
                p[3].Value = ordered ? b.Target : b.Source;
                p[4].Value = b.Source;
                p[5].Value = b.Target;
                p[6].Value = (object?)b.Day ?? DBNull.Value;
                p[7].Value = b.Type;
                p[8].Value = b.Cameo;
                p[9].Value = b.Goldstein;
                p[10].Value = all.Count;
                p[11].Value = articles;
                p[12].Value = sources;
                p[13].Value = ids.ToString();
                insert.ExecuteNonQuery();
            }
            else
            {
                var p = update.Parameters;
                p[0].Value = all.Count;
                p[1].Value = articles;
                p[2].Value = sources;
                p[3].Value = ids.ToString();
                p[4].Value = b.Id;
                update.ExecuteNonQuery();
            }
            foreach (var (eventId, article, source) in b.Added)
            {
                var p = report.Parameters;
                p[0].Value = eventId;
                p[1].Value = b.Id;
                p[2].Value = article;
                p[3].Value = source;
                report.ExecuteNonQuery();
            }
        }
    }

    // The per-pair, per-day sums relations read with one range scan of the primary key: all of them after a (re)build,
    // else only the days the new acts fall on.
    private void WritePairDays(IEnumerable<ActBuilder>? touched, SqliteTransaction tx)
    {
        const string Select = """
            SELECT a, b, COALESCE(day, ''), COUNT(*), SUM(goldstein > 0), SUM(goldstein < 0), SUM(goldstein),
                   SUM(CASE WHEN goldstein < 0 THEN -goldstein ELSE 0 END), SUM(CASE WHEN goldstein > 0 THEN goldstein ELSE 0 END),
                   SUM(reports), group_concat(event_ids, ',')
            FROM model_acts
            """;
        // A month's row sums its days: "2024-09" holds "2024-09" and "2024-09-DD"; a year-only "2022" and "" (undated) hold only themselves.
        const string MonthSelect = """
            SELECT a, b, substr(day, 1, 7), SUM(acts), SUM(cooperative), SUM(hostile), SUM(goldstein), SUM(hostile_mass),
                   SUM(cooperative_mass), SUM(reports), group_concat(event_ids, ',')
            FROM model_pair_days
            """;
        if (touched is null)
        {
            using var all = Command($"DELETE FROM model_pair_days; INSERT INTO model_pair_days {Select} GROUP BY a, b, day; DELETE FROM model_pair_months; INSERT INTO model_pair_months {MonthSelect} GROUP BY a, b, substr(day, 1, 7)", tx);
            all.ExecuteNonQuery();
            return;
        }
        using var one = Command($"""
            DELETE FROM model_pair_days WHERE a = $a AND b = $b AND day = COALESCE($day, '');
            INSERT INTO model_pair_days {Select} WHERE a = $a AND b = $b AND day IS $day GROUP BY a, b, day
            """, tx);
        var pa = one.Parameters.Add("$a", SqliteType.Text);
        var pb = one.Parameters.Add("$b", SqliteType.Text);
        var pd = one.Parameters.Add("$day", SqliteType.Text);
        var keys = touched.Select(x => string.CompareOrdinal(x.Source, x.Target) < 0 ? (x.Source, x.Target, x.Day) : (x.Target, x.Source, x.Day)).Distinct().ToList();
        foreach (var (a, b, day) in keys)
        {
            pa.Value = a;
            pb.Value = b;
            pd.Value = (object?)day ?? DBNull.Value;
            one.ExecuteNonQuery();
        }
        using var month = Command($"""
            DELETE FROM model_pair_months WHERE a = $a AND b = $b AND month = $m;
            INSERT INTO model_pair_months {MonthSelect}
            WHERE a = $a AND b = $b AND day >= $m AND day < $m || '.' AND substr(day, 1, 7) = $m GROUP BY a, b, substr(day, 1, 7)
            """, tx);
        var ma = month.Parameters.Add("$a", SqliteType.Text);
        var mb = month.Parameters.Add("$b", SqliteType.Text);
        var mm = month.Parameters.Add("$m", SqliteType.Text);
        foreach (var (a, b, m) in keys.Select(k => (k.Item1, k.Item2, k.Item3 is { } d ? d[..Math.Min(7, d.Length)] : "")).Distinct())
        {
            ma.Value = a;
            mb.Value = b;
            mm.Value = m;
            month.ExecuteNonQuery();
        }
    }

    private void WriteProposals(List<(long EventId, string Article, ProposalAction Action, ObligationKind? Obligation, string Subject, string Object, string? Day, string Trigger)> proposals, SqliteTransaction tx)
    {
        using var insert = Command("""
            INSERT OR IGNORE INTO model_proposals (event_id, article_id, action, subject, object, obligation, day, trigger, sentence)
            SELECT $e, $article, $action, $subject, $object, $obligation, $day, $trigger, sentence FROM events WHERE id = $e
            """, tx);
        foreach (var name in new[] { "$e", "$article", "$action", "$subject", "$object", "$obligation", "$day", "$trigger" })
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        // One row per distinct change, with its first proposal and how many events state it: what notes read.
        using var group = Command("""
            INSERT INTO model_proposal_groups (subject, object, action, obligation, first_id, count)
            VALUES ($subject, $object, $action, $obligation, last_insert_rowid(), 1)
            ON CONFLICT DO UPDATE SET count = count + 1
            """, tx);
        foreach (var name in new[] { "$subject", "$object", "$action", "$obligation" })
            group.Parameters.Add(new SqliteParameter { ParameterName = name });
        foreach (var x in proposals)
        {
            var p = insert.Parameters;
            p[0].Value = x.EventId;
            p[1].Value = x.Article;
            p[2].Value = ProposalReader.Text(x.Action);
            p[3].Value = x.Subject;
            p[4].Value = x.Object;
            p[5].Value = x.Obligation is { } o ? ModelText.Of(o) : DBNull.Value;
            p[6].Value = (object?)x.Day ?? DBNull.Value;
            p[7].Value = x.Trigger;
            if (insert.ExecuteNonQuery() == 0) continue;
            var g = group.Parameters;
            g[0].Value = x.Subject;
            g[1].Value = x.Object;
            g[2].Value = p[2].Value;
            g[3].Value = x.Obligation is { } ob ? ModelText.Of(ob) : "";
            group.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The relation between <paramref name="x"/> and <paramref name="y"/> (acts in either direction) per period of
    /// <paramref name="by"/>, between the optional bounds (a partial date matches when any of its days is inside).
    /// Periods come in order, "undated" last. Call <see cref="Refresh"/> first.
    /// </summary>
    public IReadOnlyList<RelationPeriod> Relations(ActorCode x, ActorCode y, PeriodUnit by, DateOnly? since = null, DateOnly? until = null)
    {
        var periods = new SortedDictionary<string, (int Acts, int Coop, int Hostile, double Sum, double H, double C, int Reports, List<long> Ids)>(PeriodOrder.Instance);
        // Weeks need days; longer periods read the monthly sums, unless a bound cuts a month (then its days are read).
        bool days = by == PeriodUnit.Week || !MonthAligned(since, until);
        using var cmd = days
            ? PairCommand("model_pair_days", x, y, since, until, "day, acts, cooperative, hostile, goldstein, hostile_mass, cooperative_mass, reports, event_ids", "day")
            : PairCommand("model_pair_months", x, y, since, until, "month, acts, cooperative, hostile, goldstein, hostile_mass, cooperative_mass, reports, event_ids", "month", "month");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string day = r.GetString(0);
            string period = Periods.Of(day.Length == 0 ? null : day, by);
            if (!periods.TryGetValue(period, out var p)) p = (0, 0, 0, 0, 0, 0, 0, []);
            p.Acts += r.GetInt32(1);
            p.Coop += r.GetInt32(2);
            p.Hostile += r.GetInt32(3);
            p.Sum += r.GetDouble(4);
            p.H += r.GetDouble(5);
            p.C += r.GetDouble(6);
            p.Reports += r.GetInt32(7);
            ParseIds(r.GetString(8), p.Ids);
            periods[period] = p;
        }
        return periods.Select(kv => new RelationPeriod
        {
            Period = kv.Key, Acts = kv.Value.Acts, Cooperative = kv.Value.Coop, Hostile = kv.Value.Hostile,
            Goldstein = Math.Round(kv.Value.Sum, 4), Tension = Periods.Tension(kv.Value.H, kv.Value.C), Reports = kv.Value.Reports,
            EventIds = kv.Value.Ids,
        }).ToList();
    }

    /// <summary>
    /// The acts between <paramref name="x"/> and <paramref name="y"/> (optionally only those of <paramref name="period"/>
    /// in units of <paramref name="by"/>), with their reports: the events behind a relation's figures.
    /// </summary>
    public IReadOnlyList<Act> Acts(ActorCode x, ActorCode y, DateOnly? since = null, DateOnly? until = null, string? period = null, PeriodUnit by = PeriodUnit.Month)
    {
        var acts = new List<Act>();
        using var cmd = PairCommand("model_acts", x, y, since, until,
            "id, day, source, target, type, cameo, goldstein, reports, articles, sources, event_ids, (SELECT sentence FROM events WHERE id = CAST(event_ids AS INTEGER))", "day, id");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? day = r.IsDBNull(1) ? null : r.GetString(1);
            if (period is not null && Periods.Of(day, by) != period) continue;
            var ids = new List<long>();
            ParseIds(r.GetString(10), ids);
            acts.Add(new Act
            {
                Id = r.GetInt64(0), Date = day, Source = r.GetString(2), Target = r.GetString(3), Type = r.GetString(4), Cameo = r.GetString(5),
                Goldstein = r.GetDouble(6), Reports = r.GetInt32(7), Articles = r.GetInt32(8), Sources = r.GetInt32(9), EventIds = ids,
                Sentence = r.IsDBNull(11) ? "" : r.GetString(11),
            });
        }
        return acts;
    }

    private SqliteCommand PairCommand(string table, ActorCode x, ActorCode y, DateOnly? since, DateOnly? until, string columns, string order, string dateColumn = "day")
    {
        bool ordered = string.CompareOrdinal(x.Value, y.Value) < 0;
        var cmd = Command("");
        cmd.Parameters.AddWithValue("$a", ordered ? x.Value : y.Value);
        cmd.Parameters.AddWithValue("$b", ordered ? y.Value : x.Value);
        cmd.CommandText = $"SELECT {columns} FROM {table} WHERE a = $a AND b = $b{DateFilter(cmd, since, until, dateColumn)} ORDER BY {order}";
        return cmd;
    }

    // True when neither bound cuts a month, so the monthly sums answer exactly.
    private static bool MonthAligned(DateOnly? since, DateOnly? until) =>
        since is not { Day: not 1 } && (until is not { } u || u.AddDays(1).Day == 1);

    // A partial date is a period: it ends on or after Since when Since cut to its precision is not later than it, and
    // it starts on or before Until when it sorts before Until (a prefix sorts first). Undated acts drop out under a bound.
    private static string DateFilter(SqliteCommand cmd, DateOnly? since, DateOnly? until, string day = "day")
    {
        var sql = new StringBuilder();
        if (since is { } s)
        {
            sql.Append($" AND {day} IS NOT NULL AND {day} <> '' AND {day} >= substr($since, 1, 4) AND substr($since, 1, length({day})) <= {day}");
            cmd.Parameters.AddWithValue("$since", s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (until is { } u)
        {
            sql.Append($" AND {day} IS NOT NULL AND {day} <> '' AND {day} <= $until");
            cmd.Parameters.AddWithValue("$until", u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        return sql.ToString();
    }

    /// <summary>The signed, weighted edges between actors over the acts in the date range.</summary>
    public IReadOnlyList<NetworkEdge> Edges(DateOnly? since = null, DateOnly? until = null)
    {
        using var cmd = Command("");
        bool days = !MonthAligned(since, until);
        string filter = DateFilter(cmd, since, until, days ? "day" : "month");
        cmd.CommandText = $"""
            SELECT a, b, SUM(goldstein), SUM(acts), SUM(cooperative), SUM(hostile)
            FROM {(days ? "model_pair_days" : "model_pair_months")} WHERE 1 = 1{filter} GROUP BY a, b ORDER BY a, b
            """;
        var edges = new List<NetworkEdge>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            edges.Add(new NetworkEdge(r.GetString(0), r.GetString(1), Math.Round(r.GetDouble(2), 4), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5)));
        return edges;
    }

    /// <summary>The proposals stored from events, those about <paramref name="actor"/> (as subject or object) when given.</summary>
    public IReadOnlyList<Proposal> Proposals(ActorCode? actor = null) =>
        actor is { } a ? ReadProposals("WHERE subject = $c OR object = $c", ("$c", a.Value)) : ReadProposals("");

    private List<Proposal> ReadProposals(string where, params (string Name, object Value)[] parameters)
    {
        using var cmd = Command($"SELECT id, event_id, article_id, action, subject, object, obligation, day, trigger, sentence FROM model_proposals {where} ORDER BY id");
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        var list = new List<Proposal>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            ObligationKind? obligation = null;
            if (!r.IsDBNull(6) && ModelText.TryParse(r.GetString(6), out ObligationKind o)) obligation = o;
            list.Add(new Proposal
            {
                Id = r.GetInt64(0), EventId = r.GetInt64(1), ArticleId = r.GetString(2), Action = ProposalReader.ParseAction(r.GetString(3)),
                Subject = new ActorCode(r.GetString(4)), Object = new ActorCode(r.GetString(5)), Obligation = obligation,
                Date = r.IsDBNull(7) ? null : r.GetString(7), Trigger = r.GetString(8), Sentence = r.GetString(9),
            });
        }
        return list;
    }

    /// <summary>
    /// The proposals about <paramref name="actor"/> grouped by what they say (action, subject, object, obligation): one
    /// representative (the first) per group with the group's size. Cheap even when thousands of reports repeat the same change.
    /// </summary>
    public IReadOnlyList<(Proposal First, int Count)> ProposalGroups(ActorCode actor)
    {
        using var cmd = Command("""
            SELECT first_id, count FROM model_proposal_groups WHERE subject = $c
            UNION ALL SELECT first_id, count FROM model_proposal_groups WHERE object = $c AND subject <> $c
            ORDER BY first_id
            """);
        cmd.Parameters.AddWithValue("$c", actor.Value);
        var firsts = new List<(long Id, int Count)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read()) firsts.Add((r.GetInt64(0), r.GetInt32(1)));
        return firsts.Select(f => (ReadProposals("WHERE id = $id", ("$id", f.Id))[0], f.Count)).ToList();
    }

    // "12,13,40" → 12, 13, 40, without splitting into strings.
    private static void ParseIds(string text, List<long> into)
    {
        long value = 0;
        bool any = false;
        foreach (char c in text)
        {
            if (c == ',')
            {
                if (any) into.Add(value);
                value = 0;
                any = false;
            }
            else
            {
                value = value * 10 + (c - '0');
                any = true;
            }
        }
        if (any) into.Add(value);
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose() => _connection.Dispose();

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null) => _connection.Command(sql, tx);

    private object? Scalar(string sql) => _connection.Scalar(sql);

    private void Execute(string sql) => _connection.Execute(sql);

    // Periods sort as text, except "undated", which comes last.
    private sealed class PeriodOrder : IComparer<string>
    {
        public static readonly PeriodOrder Instance = new();
        public int Compare(string? x, string? y) =>
            x == y ? 0 : x == "undated" ? 1 : y == "undated" ? -1 : string.CompareOrdinal(x, y);
    }
}
