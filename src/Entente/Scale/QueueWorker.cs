using System.Diagnostics;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Scale;

/// <summary>What a worker did.</summary>
/// <param name="Batches">Batches committed and acknowledged.</param>
/// <param name="Claimed">Of those, batches taken over from a consumer that stopped.</param>
/// <param name="DeadLettered">Batches moved to the dead-letter stream.</param>
/// <param name="Stored">The store's totals over all batches.</param>
/// <param name="Elapsed">Running time.</param>
internal sealed record WorkerResult(int Batches, int Claimed, int DeadLettered, IngestResult Stored, TimeSpan Elapsed);

/// <summary>
/// Takes article batches from a <see cref="RedisQueue"/>, runs the pipeline over each, commits it to the store and only
/// then acknowledges it. A worker that dies between reading and acknowledging leaves its batch pending; another worker
/// claims it once it has been idle for <see cref="ClaimIdle"/> and does it again; the store's idempotent writes (article id
/// and content hash) make a batch done twice stored once. Any number of workers can run, on any number of machines.
/// </summary>
internal sealed class QueueWorker(RedisQueue queue, IEventStore store, EntentePipeline pipeline, string consumer)
{
    /// <summary>How long a delivered batch must stay unacknowledged before another worker takes it over.</summary>
    public TimeSpan ClaimIdle { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A batch delivered more often than this is moved to the dead-letter stream (it kills workers).</summary>
    public int MaxDeliveries { get; init; } = 5;

    /// <summary>How long to wait before asking again when the queue is empty.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Stop when nothing is waiting and nothing is pending anywhere (for batch jobs and tests); else run until cancelled.</summary>
    public bool ExitWhenEmpty { get; init; }

    /// <summary>Threads running the pipeline over a batch's articles.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Called with a line for each batch and each notable event.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Runs until cancelled (finishing the batch in hand), or until the queue is drained with <see cref="ExitWhenEmpty"/>.</summary>
    public WorkerResult Run(CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        int batches = 0, claimed = 0, dead = 0, added = 0, replaced = 0, unchanged = 0, events = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Threads) };
        while (!cancel.IsCancellationRequested)
        {
            var message = queue.Next(consumer, ClaimIdle);
            if (message is null)
            {
                if (ExitWhenEmpty && queue.Pending == 0) break;
                cancel.WaitHandle.WaitOne(Poll);
                continue;
            }
            if (message.Articles is null || message.Deliveries > MaxDeliveries)
            {
                string reason = message.Error ?? $"delivered {message.Deliveries} times without being acknowledged";
                queue.DeadLetter(message.Id, reason);
                dead++;
                Log?.Invoke($"batch {message.Id}: moved to {queue.DeadLetters} ({reason})");
                continue;
            }
            if (message.Claimed) Log?.Invoke($"batch {message.Id}: claimed from a stopped worker (delivery {message.Deliveries})");
            Log?.Invoke($"batch {message.Id}: processing {message.Articles.Count} articles");
            var articles = message.Articles;
            var results = new ArticleResult[articles.Count];
            Parallel.For(0, articles.Count, options, i => results[i] = pipeline.Process(articles[i]));
            IngestResult r;
            try
            {
                r = store.Ingest(results);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState.StartsWith("22", StringComparison.Ordinal) || e.SqlState.StartsWith("23", StringComparison.Ordinal))
            {
                // The data itself is refused (say a NUL character in a text): no worker will do better; keep it for a person.
                queue.DeadLetter(message.Id, $"the store refused the batch: {e.SqlState} {e.MessageText}");
                dead++;
                Log?.Invoke($"batch {message.Id}: moved to {queue.DeadLetters} (the store refused it: {e.MessageText})");
                continue;
            }
            queue.Done(message.Id);
            batches++;
            if (message.Claimed) claimed++;
            added += r.ArticlesAdded; replaced += r.ArticlesReplaced; unchanged += r.ArticlesUnchanged; events += r.EventsAdded;
            Log?.Invoke($"batch {message.Id}: committed ({r})");
        }
        return new WorkerResult(batches, claimed, dead, new IngestResult(added, replaced, unchanged, events), clock.Elapsed);
    }
}
