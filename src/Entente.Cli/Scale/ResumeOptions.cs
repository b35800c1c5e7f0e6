using System.CommandLine;
using Entente.Cli.Commands;
using Entente.Pipeline;
using Entente.Scale;
using Entente.Storage;

namespace Entente.Cli.Scale;

/// <summary>Ingest's options for huge inputs: the checkpoint that lets an interrupted run resume, and progress lines.</summary>
internal static class ResumeOptions
{
    /// <summary>Where and from where an ingest runs, and where its progress goes.</summary>
    /// <param name="Checkpoint">The checkpoint file kept after each commit.</param>
    /// <param name="From">Where reading starts (after an interrupted run's last commit, or the beginning).</param>
    /// <param name="Progress">Where progress lines go.</param>
    public sealed record Resume(IngestCheckpoint? Checkpoint, InputPosition From, TextWriter? Progress);

    /// <summary>--checkpoint FILE.</summary>
    public static Option<string?> Checkpoint() => new("--checkpoint")
    {
        Description = "Record progress in FILE after each commit, and resume from it after an interruption (default: DB.progress beside a SQLite file, ~/.local/state/entente/ for PostgreSQL). Removed when the run completes.",
    };

    /// <summary>--restart.</summary>
    public static Option<bool> Restart() => new("--restart") { Description = "Ignore the checkpoint of an interrupted run and read every input again." };

    /// <summary>Builds the resume settings from the parsed options; standard input is never resumed.</summary>
    public static Resume For(ParseResult parse, Option<string?> checkpoint, Option<bool> restart, string db, IReadOnlyList<string> files, CliIO io)
    {
        // Progress lines only where no progress bar is drawn (piped or captured standard error).
        var progress = CliProgress.Interactive(io) ? null : io.Stderr;
        if (files.Contains("-") || files.Count == 0) return new Resume(null, InputPosition.Start, progress);
        var cp = new IngestCheckpoint(parse.GetValue(checkpoint) ?? IngestCheckpoint.DefaultPath(db), files);
        var from = parse.GetValue(restart) ? null : cp.Load();
        if (from is { } at && at != InputPosition.Start)
        {
            string where = at.File < files.Count ? $"article {at.Taken:#,0} of {files[at.File]}" : "the end";
            io.Stderr.WriteLine($"entente: resuming an interrupted ingest after {where}; --restart reads everything again");
        }
        return new Resume(cp, from ?? InputPosition.Start, progress);
    }

    /// <summary>Runs the streaming ingest and returns the totals.</summary>
    public static IngestResult Run(IEventStore store, ArticleInputs inputs, IReadOnlyList<string> files, EntentePipeline pipeline, int batchSize,
        Resume? resume, Action<double>? filesDone)
    {
        var source = new ArticleStream(files, inputs.ReadFile);
        var ingest = new StreamingIngest(store, pipeline, source)
        {
            BatchSize = batchSize,
            Checkpoint = resume?.Checkpoint,
            Progress = resume?.Progress is { } w ? p => { lock (w) w.WriteLine($"entente: {p}"); } : null,
            FilesDone = filesDone,
        };
        return ingest.Run(resume?.From ?? InputPosition.Start);
    }
}
