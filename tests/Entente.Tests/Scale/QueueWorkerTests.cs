using System.Text;
using Entente.Articles;
using Entente.Scale;
using Entente.Storage;
using Entente.Tests.Cli;
using StackExchange.Redis;
using Xunit;

namespace Entente.Tests.Scale;

/// <summary>Scale-out on a real Redis stream and a real PostgreSQL server, with real worker processes.</summary>
public sealed class QueueWorkerTests : IDisposable
{
    private readonly string _db;
    private readonly string _schema;
    private readonly string _stream = "entente:test:" + Guid.NewGuid().ToString("N")[..12];

    public QueueWorkerTests() => _db = Servers.FreshPostgres(out _schema);

    public void Dispose()
    {
        Servers.DropSchema(_schema);
        using var redis = ConnectionMultiplexer.Connect(RedisQueue.ParseUrl(Servers.RedisUrl).Options);
        redis.GetDatabase().KeyDelete([_stream, _stream + ":dead"]);
    }

    private static string[] Corpus(out int articles, out int events)
    {
        string shared = SharedFolder.Path ?? throw new InvalidOperationException("../shared is needed");
        string[] inputs = [Path.Combine(shared, "corpus", "voa-stories.jsonl"), Path.Combine(shared, "corpus", "seeds")];
        var all = ArticleReader.ExpandInputs(inputs).SelectMany(f => ArticleReader.Read(f)).ToList();
        articles = all.Count;
        events = all.Sum(a => SharedPipeline.Instance.Process(a).Events.Count);
        return inputs;
    }

    [Fact]
    public void Workers_one_killed_mid_batch_store_every_article_exactly_once()
    {
        if (SharedFolder.Path is null) return; // the corpus lives in ../shared
        var inputs = Corpus(out int articles, out int events);
        // Everything twice: a producer run again must not duplicate anything either.
        for (int i = 0; i < 2; i++)
        {
            var enqueue = CliRunner.Run(["enqueue", .. inputs, "--queue", Servers.RedisUrl, "--stream", _stream, "--batch", "4"]);
            Assert.True(enqueue.ExitCode == 0, enqueue.Stderr);
        }

        var logs = Enumerable.Range(0, 3).Select(_ => new StringBuilder()).ToArray();
        var workers = logs.Select((log, i) => Processes.Start(log, "worker", "--db", _db, "--queue", Servers.RedisUrl, "--stream", _stream,
            "--consumer", "w" + i, "--threads", "1", "--claim-idle", "2s", "--exit-when-empty")).ToArray();
        try
        {
            // Kill worker 0 with SIGKILL while it holds a batch it has not committed.
            string Log(int i) { lock (logs[i]) return logs[i].ToString(); }
            Assert.True(Processes.WaitUntil(() => Log(0).Contains("processing", StringComparison.Ordinal) || workers[0].HasExited, TimeSpan.FromMinutes(2)), Log(0));
            Assert.False(workers[0].HasExited, "worker 0 ended before it could be killed: " + Log(0));
            workers[0].Kill();
            workers[0].WaitForExit();

            foreach (var w in workers[1..])
            {
                Assert.True(w.WaitForExit(TimeSpan.FromMinutes(4)), "a worker did not finish: " + Log(1) + Log(2));
                w.WaitForExit();
                Assert.Equal(0, w.ExitCode);
            }
            Assert.Contains("claimed from a stopped worker", Log(1) + Log(2));
        }
        finally
        {
            foreach (var w in workers) { if (!w.HasExited) w.Kill(); w.Dispose(); }
        }

        using var store = (PostgresEventStore)EventStores.Open(_db);
        var summary = store.Summarize();
        Assert.Equal(articles, summary.Articles);
        Assert.Equal(events, summary.Events);
        Assert.Empty(store.CheckIntegrity());
        using var queue = RedisQueue.Connect(Servers.RedisUrl, _stream);
        Assert.Equal(0, queue.Pending);
        Assert.Equal(0, queue.Length);
    }

    [Fact]
    public void A_message_that_is_not_a_batch_goes_to_the_dead_letter_stream()
    {
        using var queue = RedisQueue.Connect(Servers.RedisUrl, _stream);
        using (var redis = ConnectionMultiplexer.Connect(RedisQueue.ParseUrl(Servers.RedisUrl).Options))
            redis.GetDatabase().StreamAdd(_stream, "articles", "{not json");
        queue.Enqueue([new Article("q-1", "Russia and North Korea signed a mutual defence treaty.") { Origin = "test" }]);
        using var store = EventStores.Open(_db);
        var worker = new QueueWorker(queue, store, SharedPipeline.Instance, "solo") { ExitWhenEmpty = true, Poll = TimeSpan.FromMilliseconds(20) };
        var r = worker.Run(CancellationToken.None);
        Assert.Equal(1, r.Batches);
        Assert.Equal(1, r.DeadLettered);
        Assert.Equal(1, store.Summarize().Articles);
        using var redis2 = ConnectionMultiplexer.Connect(RedisQueue.ParseUrl(Servers.RedisUrl).Options);
        Assert.Equal(1, redis2.GetDatabase().StreamLength(queue.DeadLetters));
    }

    [Fact]
    public void A_batch_the_database_refuses_is_dead_lettered_and_the_worker_goes_on()
    {
        using var queue = RedisQueue.Connect(Servers.RedisUrl, _stream);
        queue.Enqueue([new Article("nul", "Seoul protested\0 to Beijing.") { Origin = "test" }]);
        queue.Enqueue([new Article("fine", "Seoul protested to Beijing.") { Origin = "test" }]);
        using var store = EventStores.Open(_db);
        var worker = new QueueWorker(queue, store, SharedPipeline.Instance, "solo") { ExitWhenEmpty = true, Poll = TimeSpan.FromMilliseconds(20) };
        var r = worker.Run(CancellationToken.None);
        Assert.Equal(1, r.DeadLettered);
        Assert.Equal(1, r.Batches);
        Assert.Equal(1, store.Summarize().Articles);
    }

    [Fact]
    public void A_batch_that_keeps_killing_workers_is_dead_lettered_after_its_last_delivery()
    {
        using var queue = RedisQueue.Connect(Servers.RedisUrl, _stream);
        queue.Enqueue([new Article("q-2", "Seoul protested to Beijing.") { Origin = "test" }]);
        // Three workers take the batch and die without acknowledging it.
        for (int i = 0; i < 3; i++) Assert.NotNull(queue.Next("dying-" + i, TimeSpan.Zero));
        using var store = EventStores.Open(_db);
        var worker = new QueueWorker(queue, store, SharedPipeline.Instance, "last") { ExitWhenEmpty = true, MaxDeliveries = 3, ClaimIdle = TimeSpan.Zero };
        var r = worker.Run(CancellationToken.None);
        Assert.Equal(1, r.DeadLettered);
        Assert.Equal(0, store.Summarize().Articles);
        Assert.Equal(0, queue.Pending);
    }

    [Fact]
    public void Queue_urls_are_checked_and_passwords_hidden()
    {
        Assert.Throws<QueueException>(() => RedisQueue.ParseUrl("http://127.0.0.1:6379"));
        Assert.Throws<QueueException>(() => RedisQueue.ParseUrl("redis://127.0.0.1/notanumber"));
        var (options, display) = RedisQueue.ParseUrl("redis://bob:s3cret@10.0.0.5:6380/2");
        Assert.Equal("bob", options.User);
        Assert.Equal("s3cret", options.Password);
        Assert.Equal(2, options.DefaultDatabase);
        Assert.DoesNotContain("s3cret", display);
        var run = CliRunner.Run("worker", "--db", _db, "--queue", "redis://127.0.0.1:1");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot connect", run.Stderr);
    }
}
