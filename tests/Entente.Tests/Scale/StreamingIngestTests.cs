using System.Text;
using Entente.Articles;
using Entente.Scale;
using Entente.Storage;
using Entente.Tests.Cli;
using Entente.Tests.Storage;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Entente.Tests.Scale;

/// <summary>Huge inputs: streamed with flat memory, reported bad lines, and resumption after kill -9 of a real process.</summary>
public sealed class StreamingIngestTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Record(string id, string text) =>
        $"{{\"id\":\"{id}\",\"published\":\"2024-06-19\",\"text\":\"{text}\"}}";

    [Fact]
    public void A_streamed_dump_reports_a_bad_line_keeps_the_rest_and_resumes_from_any_position()
    {
        string dump = _temp.File("dump.jsonl");
        File.WriteAllText(dump, "\uFEFF" + Record("a", "Russia and North Korea signed a treaty.") + "\r\n\n{broken\n"
            + Record("b", "Seoul protested to Beijing.") + "\n" + "{\"text\":\"Japan criticised China.\"}");
        var errors = new List<InputException>();
        var stream = new ArticleStream([dump], errors.Add) { StreamThreshold = 0 };
        var all = stream.Read(InputPosition.Start).ToList();
        Assert.Equal(["a", "b", "dump.jsonl#5"], all.Select(a => a.Article.Id));
        var bad = Assert.Single(errors);
        Assert.StartsWith($"{dump}:3", bad.Message);
        Assert.Equal(new FileInfo(dump).Length, all[^1].After.Offset);

        // From the position after "a": the same remaining articles, with the same line-based fallback id.
        errors.Clear();
        var rest = stream.Read(all[0].After).ToList();
        Assert.Equal(["b", "dump.jsonl#5"], rest.Select(a => a.Article.Id));
        Assert.Equal(all[1..].Select(a => a.After), rest.Select(a => a.After));
    }

    [Fact]
    public void Small_files_keep_whole_file_rules_and_resume_by_article_count()
    {
        string feedless = _temp.File("one.txt");
        File.WriteAllText(feedless, "Russia and North Korea signed a treaty.");
        string dump = _temp.File("small.jsonl");
        File.WriteAllText(dump, Record("x", "Seoul protested to Beijing.") + "\n{broken\n");
        var errors = new List<InputException>();
        var stream = new ArticleStream([feedless, dump, "/no/such/file.txt"], errors.Add);
        var all = stream.Read(InputPosition.Start).ToList();
        Assert.Equal(["one.txt"], all.Select(a => a.Article.Id));
        Assert.Equal(2, errors.Count);
        Assert.Equal(new InputPosition(0, 1, 0), all[0].After);
        Assert.DoesNotContain(stream.Read(new InputPosition(0, 1, 0)), a => a.After.File == 0);
    }

    [Fact]
    public void Checkpoint_belongs_to_its_input_list_and_survives_damage()
    {
        string a = _temp.File("a.txt"), b = _temp.File("b.txt");
        File.WriteAllText(a, "x"); File.WriteAllText(b, "y");
        var cp = new IngestCheckpoint(_temp.File("run.progress"), [a, b]);
        Assert.Null(cp.Load());
        cp.Save(new InputPosition(1, 0, 0));
        Assert.Equal(new InputPosition(1, 0, 0), cp.Load());
        Assert.Null(new IngestCheckpoint(_temp.File("run.progress"), [b, a]).Load());
        File.WriteAllText(cp.FilePath, "{not json");
        Assert.Null(cp.Load());
        cp.Complete();
        Assert.False(File.Exists(cp.FilePath));
    }

    [Fact]
    public void Kill_9_during_a_big_ingest_then_rerun_stores_every_article_once_and_the_database_is_sound()
    {
        // 21 copies of the 89 VOA stories: about 8.7 MB, above the streaming threshold.
        string? dump = Processes.RepeatedVoa(_temp.File("voa-x21.jsonl"), 21);
        if (dump is null) return; // ../shared absent: nothing to read
        string db = _temp.File("big.db");

        var stderr = new StringBuilder();
        using (var first = Processes.Start(stderr, "ingest", dump, "--db", db))
        {
            // Kill as soon as the first batch is committed (the checkpoint appears): mid-run, mid-batch.
            Assert.True(Processes.WaitUntil(() => File.Exists(db + ".progress") || first.HasExited, TimeSpan.FromMinutes(2)), stderr.ToString());
            Assert.False(first.HasExited, "the ingest ended before it could be killed: " + stderr);
            first.Kill();
            first.WaitForExit();
        }
        Assert.True(File.Exists(db + ".progress"));

        var (code, err) = Processes.Run(TimeSpan.FromMinutes(4), "ingest", dump, "--db", db);
        Assert.True(code == 0, err);
        Assert.Contains("resuming an interrupted ingest", err);
        Assert.False(File.Exists(db + ".progress"));

        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        object? Scalar(string sql) { using var cmd = c.CreateCommand(); cmd.CommandText = sql; return cmd.ExecuteScalar(); }
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM pragma_foreign_key_check"));
        Assert.Equal(21L * 89, Scalar("SELECT COUNT(*) FROM articles"));
        // Every copy of a story has exactly the events of the first copy: nothing lost, nothing doubled.
        Assert.Equal(0L, Scalar("""
            SELECT COUNT(*) FROM (SELECT story FROM (
              SELECT substr(a.id, 1, instr(a.id, '-') - 1) AS story, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n
              FROM articles a)
            GROUP BY story HAVING MIN(n) <> MAX(n))
            """));
        var voaEvents = ArticleReader.Read(Path.Combine(SharedFolder.Path!, "corpus", "voa-stories.jsonl"))
            .Sum(article => SharedPipeline.Instance.Process(article).Events.Count);
        Assert.Equal(21L * voaEvents, Scalar("SELECT COUNT(*) FROM events"));
    }
}
