using Entente.Language;
using Entente.Actors;
using Entente.Events;
using Entente.Pipeline;
using Entente.Storage;
using Microsoft.Data.Sqlite;
using Xunit;
using static Entente.Tests.Storage.Samples;

namespace Entente.Tests.Storage;

public sealed class EventStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _path;

    public EventStoreTests() => _path = _temp.File("events.db");

    public void Dispose() => _temp.Dispose();

    private static SqliteConnection Raw(string path)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    private static object? Scalar(string path, string sql)
    {
        using var c = Raw(path);
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    [Fact]
    public void Open_creates_file_schema_wal_and_indexes()
    {
        using (var store = EventStore.Open(_path))
        {
            Assert.True(File.Exists(_path));
            Assert.Equal(2, store.SchemaVersion);
        }
        var tables = new List<string>();
        using (var c = Raw(_path))
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var r = cmd.ExecuteReader();
            while (r.Read()) tables.Add(r.GetString(0));
        }
        Assert.Contains("articles", tables);
        Assert.Contains("sentences", tables);
        Assert.Contains("events", tables);
        Assert.Contains("schema_version", tables);
        foreach (var ix in new[] { "ix_events_source_code", "ix_events_target_code", "ix_events_type", "ix_events_date", "ix_events_article" })
            Assert.Contains(ix, tables);
        Assert.Equal("wal", Scalar(_path, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Open_creates_missing_folder_and_reopens_without_migrating_again()
    {
        string nested = _temp.File(Path.Combine("a", "b", "store.db"));
        using (var store = EventStore.Open(nested)) store.Ingest([Pact()]);
        using (var store = EventStore.Open(nested))
        {
            Assert.Equal(2, store.SchemaVersion);
            Assert.Equal(2, store.QueryEvents(EventQuery.All).Count());
        }
        Assert.Equal(2L, Scalar(nested, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void Round_trip_rebuilds_events_exactly_in_article_then_sentence_order()
    {
        using var store = EventStore.Open(_path);
        // Ingest out of order to check the ordering of results.
        var batch = All().Reverse().ToArray();
        var result = store.Ingest(batch);
        Assert.Equal(new IngestResult(4, 0, 0, 7), result);

        var stored = store.QueryEvents(EventQuery.All).ToList();
        Assert.Equal(AllEvents(), stored);
        // Spot checks of the harder fields, so a failure says which.
        var reject = stored.Single(e => e.Type == EventType.Reject);
        Assert.Equal("Dmytro Kuleba", reject.Source.Person);
        Assert.Null(reject.Target!.Sector);
        Assert.Equal(new PartialDate(2024, 5), reject.Date);
        Assert.Contains('\n', reject.Sentence);
        var mobilize = stored.Single(e => e.Type == EventType.Mobilize);
        Assert.Null(mobilize.Target);
        Assert.Null(mobilize.Date);
        Assert.Equal(EventMode.Intended, mobilize.Mode);
        var accuse = stored.Single(e => e.Type == EventType.Accuse);
        Assert.Equal(new ActorCode("PRK"), accuse.Claimant!.Code);
        Assert.Equal("MED", accuse.Claimant.Sector);
        Assert.Equal("KCNA", accuse.Claimant.Name);
        Assert.Equal(2, stored.Single(e => e.Type == EventType.Agree).Mentions);
    }

    [Fact]
    public void Article_row_keeps_metadata_hash_and_sentences()
    {
        using (var store = EventStore.Open(_path)) store.Ingest([Pact(), Border()]);
        var pact = Pact();
        using var c = Raw(_path);
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT origin, source, url, title, published, text, content_hash FROM articles WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", "art-001");
        using (var r = cmd.ExecuteReader())
        {
            Assert.True(r.Read());
            Assert.Equal("samples.jsonl", r.GetString(0));
            Assert.Equal("Test Wire", r.GetString(1));
            Assert.Equal("https://news.example/art-001", r.GetString(2));
            Assert.Equal("Title of art-001", r.GetString(3));
            Assert.Equal("2024-06-19", r.GetString(4));
            Assert.Equal(pact.Article.Text, r.GetString(5));
            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(pact.Article.Text))), r.GetString(6));
        }
        Assert.Equal(DBNull.Value, Scalar(_path, "SELECT published FROM articles WHERE id = 'art-002'"));
        Assert.Equal(4L, Scalar(_path, "SELECT COUNT(*) FROM sentences"));
        Assert.Equal((long)pact.Sentences[1].Start, Scalar(_path, "SELECT start FROM sentences WHERE article_id = 'art-001' AND idx = 1"));
    }

    [Fact]
    public void Ingesting_the_same_batch_twice_adds_nothing_the_second_time()
    {
        using var store = EventStore.Open(_path);
        Assert.Equal(new IngestResult(4, 0, 0, 7), store.Ingest(All()));
        Assert.Equal(new IngestResult(0, 0, 4, 0), store.Ingest(All()));
        Assert.Equal(7, store.QueryEvents(EventQuery.All).Count());
        Assert.Equal(4, store.Summarize().Articles);
    }

    [Fact]
    public void Changed_text_replaces_the_article_sentences_and_events()
    {
        using var store = EventStore.Open(_path);
        store.Ingest(All());
        var changed = new ArticleBuilder("art-001", new DateOnly(2024, 6, 21), "Japan and South Korea met in Tokyo.")
            .Event(0, Act("JPN", "GOV", "Japan"), Act("KOR", "GOV", "South Korea"), EventType.Consult, "040", 1.0, "met")
            .Build();

        Assert.Equal(new IngestResult(0, 1, 0, 1), store.Ingest([changed]));

        var events = store.QueryEvents(new EventQuery { ArticleId = "art-001" }).ToList();
        Assert.Equal(changed.Events, events);
        var summary = store.Summarize();
        Assert.Equal(4, summary.Articles);
        Assert.Equal(6, summary.Sentences); // 1 + 2 + 2 + 1
        Assert.Equal(6, summary.Events);
        Assert.Equal("2024-06-21", Scalar(_path, "SELECT published FROM articles WHERE id = 'art-001'"));
    }

    [Fact]
    public void A_batch_that_throws_halfway_stores_nothing_and_keeps_earlier_data()
    {
        using var store = EventStore.Open(_path);
        store.Ingest([Pact(), Border()]);
        var before = store.QueryEvents(EventQuery.All).ToList();

        IEnumerable<ArticleResult> Failing()
        {
            yield return Visit();                                            // new
            yield return Pact("North Korea condemned the pact again on Friday.");    // replacement
            throw new InvalidOperationException("reader broke");
        }

        var ex = Assert.Throws<InvalidOperationException>(() => store.Ingest(Failing()));
        Assert.Equal("reader broke", ex.Message);

        Assert.Equal(before, store.QueryEvents(EventQuery.All).ToList());
        Assert.Empty(store.QueryEvents(new EventQuery { ArticleId = "art-003" }));
        var summary = store.Summarize();
        Assert.Equal(2, summary.Articles);
        Assert.Equal(4, summary.Sentences);

        // The store is still usable and the rolled-back articles count as new.
        Assert.Equal(new IngestResult(1, 0, 1, 2), store.Ingest([Visit(), Pact()]));
    }

    [Fact]
    public void A_batch_failing_inside_the_database_rolls_back_too()
    {
        using var store = EventStore.Open(_path);
        store.Ingest([Pact()]);
        // The second article's event has no sentence text: the NOT NULL constraint fails in SQLite after
        // art-002 and art-009 rows were already written inside the transaction.
        var good = Aid();
        var broken = new ArticleResult(good.Article with { Id = "art-009" }, good.Sentences,
            [good.Events[0] with { ArticleId = "art-009", Sentence = null! }]);
        var error = Assert.Throws<StoreException>(() => store.Ingest([Border(), broken]));
        Assert.IsType<SqliteException>(error.InnerException);
        Assert.Equal(1, store.Summarize().Articles);
        Assert.Empty(store.QueryEvents(new EventQuery { ArticleId = "art-002" }));
    }

    [Fact]
    public void Query_by_actor_matches_source_or_target_case_insensitively()
    {
        using var store = EventStore.Open(_path);
        store.Ingest(All());
        var kor = store.QueryEvents(new EventQuery { Actor = "kor" }).Select(e => (e.Source.Code.Value, e.Target?.Code.Value)).ToList();
        Assert.Equal([("KOR", "JPN"), ("PRK", "KOR")], kor);
        var ukr = store.QueryEvents(new EventQuery { Actor = "UKR" }).Select(e => e.Type).ToList();
        Assert.Equal([EventType.Reject, EventType.Aid], ukr);
        Assert.Empty(store.QueryEvents(new EventQuery { Actor = "FRA" }));
    }

    [Fact]
    public void Query_by_type_article_and_limit()
    {
        using var store = EventStore.Open(_path);
        store.Ingest(All());
        Assert.Equal("art-002", Assert.Single(store.QueryEvents(new EventQuery { Type = EventType.Reject })).ArticleId);
        Assert.Equal([0, 1], store.QueryEvents(new EventQuery { ArticleId = "art-003" }).Select(e => e.SentenceIndex));
        Assert.Equal([EventType.Agree, EventType.Accuse, EventType.Mobilize],
            store.QueryEvents(new EventQuery { Limit = 3 }).Select(e => e.Type));
        Assert.Empty(store.QueryEvents(new EventQuery { Limit = 0 }));
        Assert.Equal([EventType.Cooperate],
            store.QueryEvents(new EventQuery { Actor = "BRA", Type = EventType.Cooperate }).Select(e => e.Type));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.QueryEvents(new EventQuery { Limit = -1 }));
    }

    [Theory]
    // Effective dates: Agree 2024-06-19, Accuse 2024-06-20, Reject 2024-05, Support 2023-12-01 (published),
    // Cooperate 2024; Mobilize and Aid have none and drop out whenever a bound is set.
    [InlineData("2024-06-01", null, "Agree,Accuse,Cooperate")]
    [InlineData(null, "2024-05-15", "Reject,Support,Cooperate")]
    [InlineData("2024-05-20", "2024-06-19", "Agree,Reject,Cooperate")]
    [InlineData("2023-12-01", "2023-12-01", "Support")]
    [InlineData("2025-01-01", null, "")]
    public void Query_by_date_uses_event_date_else_published_and_treats_partial_dates_as_periods(string? since, string? until, string expected)
    {
        using var store = EventStore.Open(_path);
        store.Ingest(All());
        var query = new EventQuery
        {
            Since = since is null ? null : DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture),
            Until = until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture),
        };
        Assert.Equal(expected, string.Join(",", store.QueryEvents(query).Select(e => e.Type)));
    }

    [Fact]
    public void Query_streams_lazily_and_validates_eagerly()
    {
        using var store = EventStore.Open(_path);
        store.Ingest(All());
        using var e = store.QueryEvents(EventQuery.All).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal("art-001", e.Current.ArticleId);
        Assert.Throws<ArgumentNullException>(() => store.QueryEvents(null!));
    }

    [Fact]
    public void Summary_counts_types_actors_and_strongest_pairs()
    {
        using var store = EventStore.Open(_path);
        store.Ingest(All());
        var s = store.Summarize(top: 3);
        Assert.Equal(4, s.Articles);
        Assert.Equal(7, s.Sentences);
        Assert.Equal(7, s.Events);
        Assert.Equal(7, s.EventsByType.Count);
        Assert.All(s.EventsByType.Values, n => Assert.Equal(1, n));
        Assert.Equal(
            [new ActorCount(new("BRA"), 2), new ActorCount(new("CHN"), 2), new ActorCount(new("JPN"), 2)],
            s.Actors);
        Assert.Equal(
            [new ActorPair(new("BRA"), new("CHN"), 9.4, 2), new ActorPair(new("JPN"), new("KOR"), 8.0, 1), new ActorPair(new("JPN"), new("UKR"), 7.0, 1)],
            s.Cooperative.Select(p => p with { Goldstein = Math.Round(p.Goldstein, 6) }));
        Assert.Equal(
            [new ActorPair(new("RUS"), new("UKR"), -4.0, 1), new ActorPair(new("KOR"), new("PRK"), -2.0, 1)],
            s.Hostile);

        var all = store.Summarize();
        Assert.Equal(["BRA", "CHN", "JPN", "KOR", "RUS", "UKR", "PRK"], all.Actors.Select(a => a.Code.Value));
        Assert.Equal(1, all.Actors[^1].Events); // PRK
    }

    [Fact]
    public void Summary_of_an_empty_store_is_all_zero()
    {
        using var store = EventStore.Open(_path);
        var s = store.Summarize();
        Assert.Equal((0, 0, 0), (s.Articles, s.Sentences, s.Events));
        Assert.Empty(s.EventsByType);
        Assert.Empty(s.Actors);
        Assert.Empty(s.Cooperative);
        Assert.Empty(s.Hostile);
    }

    [Fact]
    public void A_file_that_is_not_a_database_gives_a_one_line_error_naming_it()
    {
        File.WriteAllText(_path, string.Concat(Enumerable.Repeat("This is a plain text file, not a database.\n", 200)));
        var ex = Assert.Throws<StoreException>(() => EventStore.Open(_path));
        Assert.Equal(_path, ex.Path);
        Assert.Contains(_path, ex.Message);
        Assert.Contains("not a SQLite database", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void A_newer_schema_is_refused()
    {
        using (EventStore.Open(_path)) { }
        using (var c = Raw(_path))
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES (99, 'future')";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<StoreException>(() => EventStore.Open(_path));
        Assert.Contains(_path, ex.Message);
        Assert.Contains("newer", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Another_programs_database_is_refused()
    {
        using (var c = Raw(_path))
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)";
            cmd.ExecuteNonQuery();
        }
        var ex = Assert.Throws<StoreException>(() => EventStore.Open(_path));
        Assert.Contains("not an Entente event store", ex.Message);
    }

    [Fact]
    public void A_disposed_store_throws()
    {
        var store = EventStore.Open(_path);
        store.Dispose();
        store.Dispose();
        Assert.Throws<ObjectDisposedException>(() => store.Ingest([Pact()]));
        Assert.Throws<ObjectDisposedException>(() => store.Summarize());
    }
}
