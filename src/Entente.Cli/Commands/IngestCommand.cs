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
            var pipeline = CommonOptions.BuildPipeline(parse.GetValue(data), parse.GetValue(actors), parse.GetValue(lexicon), parse.GetValue(allModes));
            var inputs = new ArticleInputs(io);
            var files = inputs.Expand(parse.GetValue(paths)!);
            using var store = OpenStore(parse.GetValue(db)!);
            var total = Ingest(store, inputs, files, pipeline, Scale.ResumeOptions.For(parse, checkpoint, restart, parse.GetValue(db)!, files, io));
            io.Stderr.WriteLine($"entente: {total.ArticlesAdded} articles added, {total.ArticlesReplaced} replaced, {total.ArticlesUnchanged} unchanged; {total.EventsAdded} events stored in {store.Path}");
            return inputs.Failures > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>
    /// Ingests every file's articles, one transaction per batch, with flat memory (huge JSONL dumps are streamed), and
    /// returns the totals. With a checkpoint, resumes after the last batch an interrupted run committed.
    /// </summary>
    public static IngestResult Ingest(IEventStore store, ArticleInputs inputs, IReadOnlyList<string> files, EntentePipeline pipeline,
        Scale.ResumeOptions.Resume? resume = null) =>
        Scale.ResumeOptions.Run(store, inputs, files, pipeline, BatchSize, resume);

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
