using System.Diagnostics;
using System.Text;
using Entente.Articles;
using Entente.Storage;
using Entente.Tests.Cli;
using Entente.Tests.Storage;
using Xunit;

namespace Entente.Tests.Scale;

/// <summary>
/// Kill -9 of a real <c>entente ingest</c> into PostgreSQL at several moments (while it starts, as its first batch
/// commits, after later commits), then a rerun: the store passes its integrity check and holds every article once with
/// exactly the events a single uninterrupted pass gives it.
/// </summary>
public sealed class KillAnywhereTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _db;
    private readonly string _schema;

    public KillAnywhereTests() => _db = Servers.FreshPostgres(out _schema);

    public void Dispose()
    {
        Servers.DropSchema(_schema);
        _temp.Dispose();
    }

    [Fact]
    public void An_ingest_into_postgres_killed_three_times_then_rerun_stores_every_article_once_with_its_events()
    {
        string? dump = Processes.RepeatedVoa(_temp.File("voa-x6.jsonl"), 6); // 534 articles: three batches of 200
        if (dump is null) return; // ../shared absent: nothing to read
        string checkpoint = _temp.File("ingest.progress");
        string[] args = ["ingest", dump, "--db", _db, "--checkpoint", checkpoint];
        var logs = new StringBuilder();

        // 1. While the process starts (loading its dictionaries and models): nothing committed yet.
        KillWhen(args, logs, started => started.Elapsed > TimeSpan.FromMilliseconds(400));
        // 2. As soon as the first batch is committed (the checkpoint appears), while the next is processed.
        KillWhen(args, logs, _ => File.Exists(checkpoint));
        // 3. After the resumed run commits again (the checkpoint moves on), or as it starts if it is slow to.
        string before = File.Exists(checkpoint) ? File.ReadAllText(checkpoint) : "";
        KillWhen(args, logs, started => File.Exists(checkpoint) && ReadShared(checkpoint) is { } now && now != before || started.Elapsed > TimeSpan.FromSeconds(90));

        var (code, err) = Processes.Run(TimeSpan.FromMinutes(5), args);
        Assert.True(code == 0, logs + err);
        Assert.False(File.Exists(checkpoint), "the checkpoint is removed when the run completes");

        // What one uninterrupted pass stores: every article under its key, with its events.
        var expected = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var article in ArticleReader.Read(dump)) expected.Add(article.Key, SharedPipeline.Instance.Process(article).Events.Count);

        using var store = (PostgresEventStore)EventStores.Open(_db);
        Assert.Empty(store.CheckIntegrity());
        var stored = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in store.QueryEvents(EventQuery.All)) stored[e.ArticleId] = stored.GetValueOrDefault(e.ArticleId) + 1;
        var summary = store.Summarize();
        Assert.Equal(expected.Count, summary.Articles);
        Assert.Equal(expected.Values.Sum(), summary.Events);
        Assert.Equal(expected.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal), stored.OrderBy(p => p.Key, StringComparer.Ordinal));

        // And a plain rerun finds everything already stored.
        var again = Processes.Run(TimeSpan.FromMinutes(5), args);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains($"0 articles added, 0 replaced, {expected.Count} unchanged", again.Stderr);
    }

    // Starts the ingest and kills it with SIGKILL once the condition holds (checked every 50 ms, for at most two minutes).
    private static void KillWhen(string[] args, StringBuilder logs, Func<Stopwatch, bool> condition)
    {
        var started = Stopwatch.StartNew();
        using var p = Processes.Start(logs, args);
        try
        {
            Assert.True(Processes.WaitUntil(() => condition(started) || p.HasExited, TimeSpan.FromMinutes(2)), logs.ToString());
            Assert.False(p.HasExited, "the ingest ended before it could be killed: " + logs);
        }
        finally
        {
            if (!p.HasExited) p.Kill();
            p.WaitForExit();
        }
    }

    private static string? ReadShared(string path)
    {
        try { return File.ReadAllText(path); }
        catch (IOException) { return null; } // replaced while read
    }
}
