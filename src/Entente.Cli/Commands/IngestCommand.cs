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
        var reading = CommonOptions.ReadingOption();
        var command = new Command("ingest", "Read articles and store them with their sentences and events in an embedded database.") { paths, db, actors, lexicon, allModes, data, reading };
        command.SetAction(parse =>
        {
            var inputs = new ArticleInputs(io);
            var files = inputs.Expand(parse.GetValue(paths)!);
            // The store before the dictionaries and the reading: a read-only, locked or foreign database is refused before any work.
            using var store = OpenStore(parse.GetValue(db)!);
            var pipeline = CommonOptions.BuildPipeline(parse.GetValue(data), parse.GetValue(actors), parse.GetValue(lexicon), parse.GetValue(allModes), CommonOptions.ParseReading(parse.GetValue(reading)));
            var total = CliProgress.Run(io, "ingest", files.Count, advance => Ingest(store, inputs, files, pipeline, advance));
            io.Stderr.WriteLine($"entente: {total.ArticlesAdded} articles added, {total.ArticlesReplaced} replaced, {total.ArticlesUnchanged} unchanged; {total.EventsAdded} events stored in {parse.GetValue(db)}");
            return inputs.Failures > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>Ingests every file's articles, one transaction per batch, and returns the totals.</summary>
    public static IngestResult Ingest(EventStore store, ArticleInputs inputs, IReadOnlyList<string> files, EntentePipeline pipeline) =>
        Ingest(store, inputs, files, pipeline, null);

    /// <summary>
    /// Ingests every file's articles, one transaction per batch, and returns the totals; <paramref name="filesDone"/>
    /// hears of each file whose articles have all been read (for a progress bar).
    /// </summary>
    public static IngestResult Ingest(EventStore store, ArticleInputs inputs, IReadOnlyList<string> files, EntentePipeline pipeline, Action<double>? filesDone)
    {
        var total = new IngestResult(0, 0, 0, 0);
        string? origin = null;
        var results = filesDone is null ? inputs.Process(files, pipeline) : inputs.Process(files, pipeline).Select(r =>
        {
            if (origin is not null && r.Article.Origin != origin) filesDone(1);
            origin = r.Article.Origin;
            return r;
        });
        foreach (var batch in results.Chunk(BatchSize))
        {
            var r = store.Ingest(batch);
            total = new IngestResult(total.ArticlesAdded + r.ArticlesAdded, total.ArticlesReplaced + r.ArticlesReplaced,
                total.ArticlesUnchanged + r.ArticlesUnchanged, total.EventsAdded + r.EventsAdded);
        }
        return total;
    }

    /// <summary>The --db option.</summary>
    public static Option<string> Db(bool required) => new("--db")
    {
        Description = "The database file (SQLite; created if missing).",
        Required = required,
        DefaultValueFactory = required ? null! : _ => "entente.db",
    };

    /// <summary>Opens the store or fails with a one-line message.</summary>
    public static EventStore OpenStore(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new CliException("--db: no file name given", 2);
        try
        {
            return EventStore.Open(path);
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
    }
}
