using Entente.Cli.Commands;
using Entente.Events;
using Entente.Storage;
using Entente.Tests.Cli;
using Entente.Tests.Storage;
using Xunit;
using static Entente.Tests.Storage.Samples;

namespace Entente.Tests.Scale;

/// <summary>The PostgreSQL store against a real server: the SQLite store's behaviour, plus what several processes need.</summary>
public sealed class PostgresEventStoreTests : IDisposable
{
    private readonly string _url;
    private readonly string _schema;

    public PostgresEventStoreTests() => _url = Servers.FreshPostgres(out _schema);

    public void Dispose() => Servers.DropSchema(_schema);

    [Fact]
    public void Round_trip_rebuilds_events_exactly_like_the_sqlite_store()
    {
        using var store = EventStores.Open(_url);
        Assert.IsType<PostgresEventStore>(store);
        Assert.Equal(1, store.SchemaVersion);
        Assert.Equal(new IngestResult(4, 0, 0, 7), store.Ingest(All().Reverse()));
        Assert.Equal(AllEvents(), store.QueryEvents(EventQuery.All).ToList());
        Assert.Equal(new IngestResult(0, 0, 4, 0), store.Ingest(All()));
        Assert.Equal(AllEvents().Length, store.QueryEvents(EventQuery.All).Count());
    }

    [Fact]
    public void Changed_text_replaces_the_article_its_sentences_and_events()
    {
        using var store = EventStores.Open(_url);
        store.Ingest(All());
        var changed = Pact("North Korea condemned the pact again on Friday.");
        Assert.Equal(new IngestResult(0, 1, 0, changed.Events.Count), store.Ingest([changed]));
        Assert.Equal(changed.Events, store.QueryEvents(new EventQuery { ArticleId = "art-001" }).ToList());
        Assert.Empty(((PostgresEventStore)store).CheckIntegrity());
    }

    [Fact]
    public void Queries_and_summary_match_the_sqlite_store_on_the_same_articles()
    {
        using var temp = new TempFolder();
        using var sqlite = EventStores.Open(temp.File("same.db"));
        using var pg = EventStores.Open(_url);
        var results = Directory.GetFiles(CliRunner.SampleFolder).Order(StringComparer.Ordinal)
            .SelectMany(f => Entente.Articles.ArticleReader.Read(f)).Select(SharedPipeline.Instance.Process).ToList();
        sqlite.Ingest(results);
        pg.Ingest(results);
        foreach (var query in new[]
        {
            EventQuery.All, new EventQuery { Actor = "kor" }, new EventQuery { Type = EventType.Accuse },
            new EventQuery { Since = new DateOnly(2024, 1, 1), Until = new DateOnly(2024, 12, 31) }, new EventQuery { Limit = 5 },
        })
            Assert.Equal(sqlite.QueryEvents(query).ToList(), pg.QueryEvents(query).ToList());
        Assert.Equivalent(sqlite.Summarize(8), pg.Summarize(8), strict: true);
    }

    [Fact]
    public void Workers_opening_a_new_store_at_once_create_the_schema_once()
    {
        var stores = new IEventStore[6];
        Parallel.For(0, stores.Length, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i => stores[i] = EventStores.Open(_url));
        foreach (var s in stores) { Assert.Equal(1, s.SchemaVersion); s.Dispose(); }
    }

    [Fact]
    public void Processes_ingesting_the_same_articles_at_once_store_each_once()
    {
        // Four connections write overlapping batches in different orders at the same time.
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            using var store = EventStores.Open(_url);
            var batch = i % 2 == 0 ? All() : All().Reverse().ToArray();
            for (int round = 0; round < 5; round++) store.Ingest(batch);
        });
        using var check = EventStores.Open(_url);
        Assert.Equal(AllEvents(), check.QueryEvents(EventQuery.All).ToList());
        Assert.Equal(4, check.Summarize().Articles);
    }

    [Fact]
    public void A_failing_batch_stores_nothing()
    {
        using var store = EventStores.Open(_url);
        IEnumerable<Entente.ArticleResult> Failing()
        {
            yield return Pact();
            throw new InvalidOperationException("reader failed");
        }
        Assert.Throws<InvalidOperationException>(() => store.Ingest(Failing()));
        Assert.Equal(0, store.Summarize().Articles);
        store.Ingest([Border()]);
        Assert.Equal(1, store.Summarize().Articles);
    }

    [Fact]
    public void Bad_urls_and_foreign_databases_fail_with_one_line_naming_the_store_without_its_password()
    {
        var bad = Assert.Throws<StoreException>(() => EventStores.Open("postgres://entente:secret@127.0.0.1:1/nothing?timeout=2"));
        Assert.DoesNotContain("secret", bad.Message);
        Assert.DoesNotContain('\n', bad.Message);
        Assert.Throws<StoreException>(() => EventStores.Open("postgres://"));

        using (var foreign = new Npgsql.NpgsqlConnection(PostgresEventStore.ParseUrl(_url).Builder.ConnectionString.Replace("Search Path=" + _schema, "Search Path=public")))
        {
            foreign.Open();
            using var cmd = new Npgsql.NpgsqlCommand($"CREATE SCHEMA \"{_schema}\"; CREATE TABLE \"{_schema}\".other (x int)", foreign);
            cmd.ExecuteNonQuery();
        }
        var notOurs = Assert.Throws<StoreException>(() => EventStores.Open(_url));
        Assert.Contains("not an Entente event store", notOurs.Message);
    }

    [Fact]
    public void Cli_ingests_into_and_queries_postgres_by_url()
    {
        var ingest = CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", _url);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        Assert.DoesNotContain("entente:entente@", ingest.Stderr);
        var again = CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", _url);
        Assert.Contains("0 articles added", again.Stderr);
        var events = CliRunner.Run("events", "--db", _url, "--format", "jsonl");
        Assert.Equal(0, events.ExitCode);
        Assert.NotEmpty(events.Lines);
        Assert.Equal(IngestCommand.OpenStore(_url).Summarize().Events, events.Lines.Length);
    }
}
