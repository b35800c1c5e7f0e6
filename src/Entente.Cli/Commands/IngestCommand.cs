using System.CommandLine;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente ingest PATH… --db FILE</c>: stores articles, sentences and events, idempotently.</summary>
public static class IngestCommand
{
    /// <summary>Articles per transaction.</summary>
    public const int BatchSize = 200;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files, folders, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var db = Db(required: true);
        var actors = CommonOptions.Actors();
        var lexicon = CommonOptions.Lexicon();
        var allModes = CommonOptions.AllModes();
        var data = CommonOptions.Data();
        var (checkpoint, restart) = (Scale.ResumeOptions.Checkpoint(), Scale.ResumeOptions.Restart());
        var command = new Command("ingest", "Read articles and store them with their sentences and events in an embedded database.") { paths, db, actors, lexicon, allModes, data, checkpoint, restart };
        command.SetAction(parse =>
        {
            var inputs = new ArticleInputs(io);
            var files = inputs.Expand(parse.GetValue(paths)!);
            // The store before the dictionaries and models: a read-only, locked or foreign database is refused before any work.
            using var store = OpenStore(parse.GetValue(db)!);
            var pipeline = CommonOptions.BuildPipeline(parse.GetValue(data), parse.GetValue(actors), parse.GetValue(lexicon), parse.GetValue(allModes));
            var resume = Scale.ResumeOptions.For(parse, checkpoint, restart, parse.GetValue(db)!, files, io);
            var total = CliProgress.Run(io, "ingest", files.Count, advance => Ingest(store, inputs, files, pipeline, resume, advance));
            io.Stderr.WriteLine($"entente: {total.ArticlesAdded} articles added, {total.ArticlesReplaced} replaced, {total.ArticlesUnchanged} unchanged; {total.EventsAdded} events stored in {store.Path}");
            return inputs.Failures > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>Ingests every file's articles, one transaction per batch, and returns the totals.</summary>
    public static IngestResult Ingest(IEventStore store, ArticleInputs inputs, IReadOnlyList<string> files, EntentePipeline pipeline) =>
        Ingest(store, inputs, files, pipeline, null, null);

    /// <summary>
    /// Ingests every file's articles, one transaction per batch, and returns the totals; <paramref name="filesDone"/>
    /// hears of each file whose articles have all been read (for a progress bar).
    /// </summary>
    public static IngestResult Ingest(IEventStore store, ArticleInputs inputs, IReadOnlyList<string> files, EntentePipeline pipeline, Action<double>? filesDone) =>
        Ingest(store, inputs, files, pipeline, null, filesDone);

    /// <summary>
    /// Ingests every file's articles, one transaction per batch, with flat memory (files are streamed, one batch is held),
    /// and returns the totals. With a checkpoint in <paramref name="resume"/>, resumes after the last batch an interrupted
    /// run committed; <paramref name="filesDone"/> hears of each file whose articles are all committed.
    /// </summary>
    internal static IngestResult Ingest(IEventStore store, ArticleInputs inputs, IReadOnlyList<string> files, EntentePipeline pipeline,
        Scale.ResumeOptions.Resume? resume, Action<double>? filesDone) =>
        Scale.ResumeOptions.Run(store, inputs, files, pipeline, BatchSize, resume, filesDone);

    /// <summary>The --db option.</summary>
    public static Option<string> Db(bool required) => new("--db")
    {
        Description = "The database: a SQLite file (created if missing) or a PostgreSQL URL postgres://user:password@host:port/database.",
        Required = required,
        DefaultValueFactory = required ? null! : _ => "entente.db",
    };

    /// <summary>Opens the store or fails with a one-line message.</summary>
    public static IEventStore OpenStore(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new CliException("--db: no file name given", 2);
        try
        {
            return EventStores.Open(path);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
    }
}
