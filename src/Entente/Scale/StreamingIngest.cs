using System.Diagnostics;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Scale;

/// <summary>What an ingest has done so far, for a progress line.</summary>
/// <param name="Articles">Articles read and committed.</param>
/// <param name="BytesDone">Bytes of the inputs behind the last commit.</param>
/// <param name="BytesTotal">Bytes of all inputs.</param>
/// <param name="Elapsed">Time since the run started.</param>
public readonly record struct IngestProgress(long Articles, long BytesDone, long BytesTotal, TimeSpan Elapsed)
{
    /// <inheritdoc />
    public override string ToString()
    {
        string share = BytesTotal > 0 ? $" ({100.0 * BytesDone / BytesTotal:0.0}% of {BytesTotal / 1e6:#,0} MB)" : "";
        double rate = Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
        return $"{Articles:#,0} articles committed{share}, {rate:#,0} articles/s";
    }
}

/// <summary>
/// Ingests inputs of any size with flat memory: reads a batch of articles, runs the pipeline over it in parallel,
/// commits it in one transaction, records the position in the checkpoint, and goes on. Memory holds one batch.
/// </summary>
public sealed class StreamingIngest(IEventStore store, EntentePipeline pipeline, ArticleStream source)
{
    /// <summary>Articles per transaction.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Threads running the pipeline.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Where the position is recorded after each commit; null for none.</summary>
    public IngestCheckpoint? Checkpoint { get; init; }

    /// <summary>Called after a commit at most every <see cref="ProgressEvery"/>, and at the end.</summary>
    public Action<IngestProgress>? Progress { get; init; }

    /// <summary>How often <see cref="Progress"/> is called.</summary>
    public TimeSpan ProgressEvery { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Runs from <paramref name="from"/> to the end of the inputs and returns the totals; removes the checkpoint when done.</summary>
    public IngestResult Run(InputPosition from)
    {
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        long articles = 0, totalBytes = Progress is null ? 0 : source.TotalBytes;
        int added = 0, replaced = 0, unchanged = 0, events = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Threads) };
        foreach (var chunk in source.Read(from).Chunk(BatchSize))
        {
            var results = new ArticleResult[chunk.Length];
            Parallel.For(0, chunk.Length, options, i => results[i] = pipeline.Process(chunk[i].Article));
            var r = store.Ingest(results);
            added += r.ArticlesAdded; replaced += r.ArticlesReplaced; unchanged += r.ArticlesUnchanged; events += r.EventsAdded;
            articles += chunk.Length;
            var at = chunk[^1].After;
            Checkpoint?.Save(at);
            if (Progress is not null && clock.Elapsed - last >= ProgressEvery)
            {
                last = clock.Elapsed;
                Progress(new IngestProgress(articles, source.BytesBefore(at), totalBytes, clock.Elapsed));
            }
        }
        Checkpoint?.Complete();
        return new IngestResult(added, replaced, unchanged, events);
    }
}
