using System.CommandLine;
using Entente.Events;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary><c>entente demo</c>: ingests the built-in sample corpus and prints what Entente found.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var db = new Option<string?>("--db") { Description = "Keep the demo database in FILE (default: a temporary file, removed afterwards)." };
        var command = new Command("demo", "Ingest the built-in sample articles and summarise the actors and events found.") { db };
        command.SetAction(parse =>
        {
            var sample = Path.Combine(AppContext.BaseDirectory, "data", "sample");
            if (!Directory.Exists(sample)) throw new CliException($"{sample}: sample corpus not found next to the program");
            var keep = parse.GetValue(db);
            var path = keep ?? Path.Combine(Path.GetTempPath(), $"entente-demo-{Guid.NewGuid():N}.db");
            try
            {
                var pipeline = CommonOptions.BuildPipeline(null, null, null, allModes: false);
                var inputs = new ArticleInputs(io);
                var files = inputs.Expand([sample]);
                StoreSummary summary;
                List<Event> examples;
                using (var store = IngestCommand.OpenStore(path))
                {
                    IngestCommand.Ingest(store, inputs, files, pipeline);
                    summary = store.Summarize(8);
                    examples = store.QueryEvents(EventQuery.All with { Limit = 12 }).ToList();
                }
                Print(io, summary, examples, keep);
                return inputs.Failures > 0 ? 1 : 0;
            }
            finally
            {
                if (keep is null)
                    foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
            }
        });
        return command;
    }

    private static void Print(CliIO io, StoreSummary s, List<Event> examples, string? keptAt)
    {
        // Colour for a terminal; plain text when the output is piped or captured.
        bool plain = Console.IsOutputRedirected || io.Stdout.CanSeek || Environment.GetEnvironmentVariable("NO_COLOR") is not null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(io.Out),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        console.Write(new Rule("[bold]Entente demo[/]: the built-in sample corpus").LeftJustified());
        console.MarkupLine($"Read [bold]{s.Articles}[/] articles, [bold]{s.Sentences}[/] sentences; coded [bold]{s.Events}[/] events.");

        var actors = new Table().Title("Actors").AddColumn("actor").AddColumn(new TableColumn("events").RightAligned());
        foreach (var a in s.Actors) actors.AddRow(a.Code.Value, a.Events.ToString());
        var types = new Table().Title("Events by type").AddColumn("PLOVER type").AddColumn(new TableColumn("events").RightAligned());
        foreach (var (type, n) in s.EventsByType.OrderByDescending(kv => kv.Value)) types.AddRow(type.ToPlover(), n.ToString());
        console.Write(new Columns(actors, types));

        var pairs = new Table().Title("Strongest pairs (sum of Goldstein)").AddColumn("pair").AddColumn(new TableColumn("Goldstein").RightAligned()).AddColumn(new TableColumn("events").RightAligned());
        foreach (var p in s.Cooperative) pairs.AddRow($"[green]{p.First.Value} – {p.Second.Value}[/]", $"{p.Goldstein:+0.0;-0.0}", p.Events.ToString());
        foreach (var p in s.Hostile) pairs.AddRow($"[red]{p.First.Value} – {p.Second.Value}[/]", $"{p.Goldstein:+0.0;-0.0}", p.Events.ToString());
        console.Write(pairs);

        var sample = new Table().Title("Some events").AddColumn("source").AddColumn("type").AddColumn("target").AddColumn("mode").AddColumn("sentence");
        foreach (var e in examples)
        {
            var sentence = e.Sentence.Length > 70 ? e.Sentence[..69] + "…" : e.Sentence;
            sample.AddRow(Markup.Escape(e.Source.Code.Value), e.Type.ToPlover(), Markup.Escape(e.Target?.Code.Value ?? "—"), e.Mode.ToText() ?? "", Markup.Escape(sentence));
        }
        console.Write(sample);
        if (keptAt is not null) console.MarkupLine($"Stored in [bold]{Markup.Escape(keptAt)}[/]; query it with: entente events --db {Markup.Escape(keptAt)} --actor KOR");
        io.Out.Flush();
    }
}
