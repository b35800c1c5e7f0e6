using System.Diagnostics;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Scale;

/// <summary>What an ingest has done so far, for a progress line.</summary>
/// <param name="Articles">Articles committed by this run.</param>
/// <param name="File">Index of the file being read (0-based).</param>
/// <param name="Files">Number of input files.</param>
/// <param name="Elapsed">Time since the run started.</param>
internal readonly record struct IngestProgress(long Articles, int File, int Files, TimeSpan Elapsed)
{
    /// <inheritdoc />
    public override string ToString()
    {
        double rate = Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;
        return $"{Articles:#,0} articles committed, file {Math.Min(File + 1, Files):#,0} of {Files:#,0}, {rate:#,0} articles/s";
    }
}

/// <summary>
/// Ingests inputs of any size with flat memory: reads articles, runs the pipeline over them in parallel, commits them a
/// batch per transaction, records the position in the checkpoint after each commit, and goes on. Reading, the pipeline
/// and the commits overlap; memory holds at most two batches.
/// </summary>
internal sealed class StreamingIngest(IEventStore store, EntentePipeline pipeline, ArticleStream source)
{
    /// <summary>Articles per transaction.</summary>
    public int BatchSize { get; init; } = 200;

    /// <summary>Threads running the pipeline.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Where the position is recorded after each commit; null for none.</summary>
    public IngestCheckpoint? Checkpoint { get; init; }

    /// <summary>Called after a commit at most every <see cref="ProgressEvery"/>.</summary>
    public Action<IngestProgress>? Progress { get; init; }

    /// <summary>How often <see cref="Progress"/> is called.</summary>
    public TimeSpan ProgressEvery { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Hears of files whose articles are all committed (the number since its last call), for a progress bar.</summary>
    public Action<double>? FilesDone { get; init; }

    /// <summary>Runs from <paramref name="from"/> to the end of the inputs and returns the totals; removes the checkpoint when done.</summary>
    public IngestResult Run(InputPosition from)
    {
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        long articles = 0;
        int added = 0, replaced = 0, unchanged = 0, events = 0, filesReported = from.File;
        if (filesReported > 0) FilesDone?.Invoke(filesReported);
        // One thread reads, Threads workers run the pipeline, and this thread commits: the next batch is processed while
        // one is committed (the store is the slower part on SQLite), and at most two batches are held.
        var processed = OrderedParallel.Map(source.Read(from), a => (Result: pipeline.Process(a.Article), a.After),
            Math.Max(1, Threads), Math.Max(BatchSize, Threads));
        foreach (var chunk in processed.Chunk(BatchSize))
        {
            var results = new ArticleResult[chunk.Length];
            for (int i = 0; i < chunk.Length; i++) results[i] = chunk[i].Result;
            var r = store.Ingest(results);
            added += r.ArticlesAdded; replaced += r.ArticlesReplaced; unchanged += r.ArticlesUnchanged; events += r.EventsAdded;
            articles += chunk.Length;
            var at = chunk[^1].After;
            Checkpoint?.Save(at);
            if (at.File > filesReported) { FilesDone?.Invoke(at.File - filesReported); filesReported = at.File; }
            if (Progress is not null && clock.Elapsed - last >= ProgressEvery)
            {
                last = clock.Elapsed;
                Progress(new IngestProgress(articles, at.File, source.Files, clock.Elapsed));
            }
        }
        if (source.Files > filesReported) FilesDone?.Invoke(source.Files - filesReported);
        Checkpoint?.Complete();
        return new IngestResult(added, replaced, unchanged, events);
    }
}
