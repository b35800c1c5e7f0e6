using System.Text.Json;
using Entente.Actors;
using Entente.Model;
using Entente.Tests.Cli;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Entente.Tests.Model;

/// <summary>The model's tables over a real SQLite store filled by the real ingest command.</summary>
public class ModelStoreTests
{
    private static string Article(string id, string source, string published, string text) =>
        JsonSerializer.Serialize(new { id, url = $"https://example.org/{id}", title = id, published, source, text }) + "\n";

    private const string Treaty = "Russia and North Korea signed a mutual defence treaty.";

    private static void Ingest(ModelTemp temp, string name, string jsonl, string db)
    {
        var run = CliRunner.Run("ingest", temp.Write(name, jsonl), "--db", db);
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    [Fact]
    public void Reports_of_one_act_in_several_articles_merge_into_one_act_that_keeps_every_report()
    {
        using var temp = new ModelTemp();
        string db = temp.File("news.db");
        Ingest(temp, "a.jsonl", Article("a1", "Wire A", "2024-06-20", Treaty), db);
        using (var model = ModelStore.Open(db))
        {
            var first = model.Refresh();
            Assert.False(first.Rebuilt);
            Assert.True(first.EventsRead >= 1);
            var acts = model.Acts(new ActorCode("RUS"), new ActorCode("PRK"));
            var act = Assert.Single(acts, a => a.Source == "RUS");
            Assert.Equal((1, 1, 1), (act.Reports, act.Articles, act.Sources));
            Assert.Equal(new RefreshResult(0, 0, 0, false), model.Refresh());
        }

        // A second article, another source, the same day: the same act, now with two reports (incremental refresh).
        Ingest(temp, "b.jsonl", Article("b1", "Wire B", "2024-06-20", "Moscow. " + Treaty), db);
        Ingest(temp, "c.jsonl", Article("c1", "Wire A", "2024-06-20", Treaty), db);
        using (var model = ModelStore.Open(db))
        {
            Assert.False(model.Refresh().Rebuilt);
            var act = Assert.Single(model.Acts(new ActorCode("PRK"), new ActorCode("RUS")), a => a.Source == "RUS");
            Assert.Equal(3, act.Reports);
            Assert.Equal(3, act.Articles);
            Assert.Equal(2, act.Sources);
            Assert.Equal(3, act.EventIds.Count);
            Assert.Equal("2024-06-20", act.Date);
            var june = Assert.Single(model.Relations(new ActorCode("RUS"), new ActorCode("PRK"), PeriodUnit.Month));
            Assert.Equal("2024-06", june.Period);
            Assert.Equal("cooperative", june.Stance);
            Assert.Equal(0, june.Tension);
            Assert.Equal(june.Acts, june.Cooperative);
            Assert.Equal(june.Reports, june.EventIds.Count);
            Assert.True(june.Reports > june.Acts);

            var proposals = model.Proposals(new ActorCode("PRK"));
            Assert.Contains(proposals, p => p.Action == ProposalAction.Sign && p.Subject.Value == "RUS" && p.Obligation == ObligationKind.Defence && p.Sentence.Contains("signed a mutual defence treaty"));
            var reviewed = ProposalReader.Review(proposals.First(p => p.Subject.Value == "RUS"), KnowledgeBase.Load());
            Assert.Equal(ProposalFit.Agrees, reviewed.Fit);
            Assert.StartsWith("RUSPRK", reviewed.Curated);
        }

        // Replacing an article deletes its events: the tables are rebuilt and stay consistent.
        Ingest(temp, "a.jsonl", Article("a1", "Wire A", "2024-06-20", "China accused NATO of meddling in Asia."), db);
        using (var model = ModelStore.Open(db))
        {
            Assert.True(model.Refresh().Rebuilt);
            Assert.Equal(2, Assert.Single(model.Acts(new ActorCode("PRK"), new ActorCode("RUS")), a => a.Source == "RUS").Reports);
            Assert.Equal("hostile", Assert.Single(model.Relations(new ActorCode("CHN"), new ActorCode("NATO"), PeriodUnit.All)).Stance);
            using var c = new SqliteConnection($"Data Source={db}");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM model_act_reports WHERE event_id NOT IN (SELECT id FROM events)";
            Assert.Equal(0L, (long)cmd.ExecuteScalar()!);
        }
    }

    [Fact]
    public void Date_bounds_and_edges_follow_the_acts()
    {
        using var temp = new ModelTemp();
        string db = temp.File("news.db");
        Ingest(temp, "x.jsonl",
            Article("x1", "Wire A", "2023-03-10", "China accused NATO of meddling in Asia.") +
            Article("x2", "Wire A", "2024-02-10", "China accused NATO of meddling in Asia. South Korea held talks with China.") +
            Article("x3", "Wire B", "2024-05-02", Treaty), db);
        using var model = ModelStore.Open(db);
        model.Refresh();
        var all = model.Relations(new ActorCode("CHN"), new ActorCode("NATO"), PeriodUnit.Quarter);
        Assert.Equal(["2023-Q1", "2024-Q1"], all.Select(p => p.Period));
        var since = model.Relations(new ActorCode("CHN"), new ActorCode("NATO"), PeriodUnit.Quarter, new DateOnly(2024, 1, 1));
        Assert.Equal(["2024-Q1"], since.Select(p => p.Period));
        Assert.Empty(model.Relations(new ActorCode("CHN"), new ActorCode("NATO"), PeriodUnit.Month, until: new DateOnly(2022, 12, 31)));
        var edges = model.Edges(new DateOnly(2024, 1, 1));
        Assert.Contains(edges, e => e.A == "CHN" && e.B == "NATO" && e.Weight < 0 && e.Acts == 1);
        Assert.Contains(edges, e => e.A == "PRK" && e.B == "RUS" && e.Weight > 0);
        Assert.DoesNotContain(model.Edges(until: new DateOnly(2023, 12, 31)), e => e.A == "PRK");
    }

    [Fact]
    public void Monthly_sums_and_daily_sums_give_the_same_relations_and_edges()
    {
        using var temp = new ModelTemp();
        string db = temp.File("gen.db");
        Entente.Cli.Commands.BenchModelCommand.Generate(db, 4000);
        using var model = ModelStore.Open(db);
        model.Refresh();
        foreach (var (x, y) in new[] { ("USA", "CHN"), ("KOR", "PRK"), ("NATO", "RUS") })
        {
            var a = new ActorCode(x);
            var b = new ActorCode(y);
            foreach (var unit in new[] { PeriodUnit.Month, PeriodUnit.Quarter, PeriodUnit.Year })
            {
                // A bound that is not the first of a month makes the query read days; without it, months.
                var fromMonths = model.Relations(a, b, unit, new DateOnly(2000, 1, 1));
                var fromDays = model.Relations(a, b, unit, new DateOnly(2000, 1, 2));
                Assert.NotEmpty(fromMonths);
                Assert.Equal(fromMonths.Select(p => (p.Period, p.Acts, p.Cooperative, p.Hostile, p.Goldstein, p.Tension, p.Reports)),
                             fromDays.Select(p => (p.Period, p.Acts, p.Cooperative, p.Hostile, p.Goldstein, p.Tension, p.Reports)));
                Assert.Equal(fromMonths.SelectMany(p => p.EventIds).Order(), fromDays.SelectMany(p => p.EventIds).Order());
            }
            var weeks = model.Relations(a, b, PeriodUnit.Week);
            var total = Assert.Single(model.Relations(a, b, PeriodUnit.All));
            Assert.Equal(total.Acts, weeks.Sum(p => p.Acts));
            Assert.Equal(total.Acts, model.Acts(a, b).Count);
            Assert.Equal(total.Reports, model.Acts(a, b).Sum(p => p.Reports));
        }
    }

    [Fact]
    public void A_missing_deletion_trigger_makes_the_next_refresh_rebuild_and_restore_it()
    {
        using var temp = new ModelTemp();
        string db = temp.File("news.db");
        Ingest(temp, "a.jsonl", Article("a1", "Wire A", "2024-06-20", Treaty), db);
        using (var model = ModelStore.Open(db)) Assert.False(model.Refresh().Rebuilt);
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            // As if a migration of the event store had recreated the events table: the trigger is gone, an event too.
            cmd.CommandText = "DROP TRIGGER model_events_deleted; DELETE FROM events WHERE source_code = 'RUS'";
            cmd.ExecuteNonQuery();
        }
        using (var model = ModelStore.Open(db))
        {
            Assert.Single(model.Acts(new ActorCode("PRK"), new ActorCode("RUS")), a => a.Source == "RUS");
            Assert.True(model.Refresh().Rebuilt);
            Assert.DoesNotContain(model.Acts(new ActorCode("PRK"), new ActorCode("RUS")), a => a.Source == "RUS");
            Assert.Equal(new RefreshResult(0, 0, 0, false), model.Refresh());
        }
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            // Tables built by older rules (how acts merge, which words propose a change) are rebuilt too.
            cmd.CommandText = "UPDATE model_state SET rules = 0";
            cmd.ExecuteNonQuery();
        }
        using (var model = ModelStore.Open(db))
        {
            Assert.True(model.Refresh().Rebuilt);
            Assert.Equal(new RefreshResult(0, 0, 0, false), model.Refresh());
        }
    }

    [Fact]
    public void A_store_with_the_first_model_schema_is_brought_forward_and_rebuilt()
    {
        using var temp = new ModelTemp();
        string db = temp.File("news.db");
        Ingest(temp, "a.jsonl", Article("a1", "Wire A", "2024-06-20", Treaty), db);
        using (var model = ModelStore.Open(db)) model.Refresh();
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            // The model schema as first released (version 1): no rules column.
            cmd.CommandText = "ALTER TABLE model_state DROP COLUMN rules; DELETE FROM model_schema_version WHERE version > 1";
            cmd.ExecuteNonQuery();
        }
        using (var model = ModelStore.Open(db))
        {
            Assert.True(model.Refresh().Rebuilt);
            Assert.Single(model.Acts(new ActorCode("PRK"), new ActorCode("RUS")), a => a.Source == "RUS");
            Assert.Equal(new RefreshResult(0, 0, 0, false), model.Refresh());
        }
    }

    [Fact]
    public void A_file_that_is_not_an_event_store_is_refused_with_its_name()
    {
        using var temp = new ModelTemp();
        var path = temp.Write("notes.db", "hello, not a database at all, but long enough to look like a header......");
        var e = Assert.Throws<Entente.Storage.StoreException>(() => ModelStore.Open(path));
        Assert.Contains("notes.db", e.Message);
    }
}
