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
    public void Reading_from_a_position_skips_exactly_what_was_taken_across_files_and_bad_records()
    {
        string dump = _temp.File("dump.jsonl"), text = _temp.File("one.txt");
        File.WriteAllText(dump, Record("a", "Russia and North Korea signed a treaty.") + "\n{broken\n"
            + Record("b", "Seoul protested to Beijing.") + "\n" + Record("a", "Japan criticised China."));
        File.WriteAllText(text, "Russia and North Korea signed a treaty.");
        var errors = new List<InputException>();
        IEnumerable<Article> ReadFile(string f) => ArticleReader.Read(f, null, null, errors.Add);
        var stream = new ArticleStream([dump, "/no/such/file.txt", text], f => File.Exists(f) ? ReadFile(f) : []);
        var all = stream.Read(InputPosition.Start).ToList();
        Assert.Equal(4, all.Count);
        Assert.Single(errors);
        Assert.Equal([new InputPosition(0, 1), new InputPosition(0, 2), new InputPosition(0, 3), new InputPosition(2, 1)], all.Select(a => a.After));
        // The repeated id with another text keeps its own key when reading resumes after it, as in a run from the start.
        for (int i = 0; i <= all.Count; i++)
        {
            var from = i == 0 ? InputPosition.Start : all[i - 1].After;
            Assert.Equal(all.Skip(i).Select(a => (a.Article.Key, a.After)), stream.Read(from).Select(a => (a.Article.Key, a.After)));
        }
        Assert.NotEqual(all[0].Article.Key, all[2].Article.Key);
    }

    [Fact]
    public void Checkpoint_belongs_to_its_input_list_and_survives_damage()
    {
        string a = _temp.File("a.txt"), b = _temp.File("b.txt");
        File.WriteAllText(a, "x"); File.WriteAllText(b, "y");
        var cp = new IngestCheckpoint(_temp.File("run.progress"), [a, b]);
        Assert.Null(cp.Load());
        cp.Save(new InputPosition(1, 3));
        Assert.Equal(new InputPosition(1, 3), cp.Load());
        Assert.Null(new IngestCheckpoint(_temp.File("run.progress"), [b, a]).Load());
        File.WriteAllText(cp.FilePath, "{not json");
        Assert.Null(cp.Load());
        cp.Complete();
        Assert.False(File.Exists(cp.FilePath));
    }

    [Fact]
    public void Kill_9_during_a_big_ingest_then_rerun_stores_every_article_once_and_the_database_is_sound()
    {
        // 21 copies of the 89 VOA stories: about 8.7 MB.
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
        var perArticle = new List<(string Story, long Events)>();
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT a.id, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) FROM articles a";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                string id = r.GetString(0)[(r.GetString(0).LastIndexOf('#') + 1)..]; // "dump path#STORY-copy"
                perArticle.Add((id[..id.LastIndexOf('-')], r.GetInt64(1)));
            }
        }
        Assert.Equal(89, perArticle.Select(p => p.Story).Distinct().Count());
        Assert.All(perArticle.GroupBy(p => p.Story), g => Assert.Single(g.Select(p => p.Events).Distinct()));
        var voaEvents = ArticleReader.Read(Path.Combine(SharedFolder.Path!, "corpus", "voa-stories.jsonl"))
            .Sum(article => SharedPipeline.Instance.Process(article).Events.Count);
        Assert.Equal(21L * voaEvents, Scalar("SELECT COUNT(*) FROM events"));
    }
}
