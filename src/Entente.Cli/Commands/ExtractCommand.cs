using System.CommandLine;
using Entente.Export;

namespace Entente.Cli.Commands;

/// <summary><c>entente extract PATH…</c>: reads articles and writes their events.</summary>
public static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (text, HTML, RSS/Atom, JSONL), folders, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = CommonOptions.Format("jsonl");
        var output = CommonOptions.Output();
        var actors = CommonOptions.Actors();
        var lexicon = CommonOptions.Lexicon();
        var allModes = CommonOptions.AllModes();
        var data = CommonOptions.Data();
        var reading = CommonOptions.ReadingOption();
        var noMentions = new Option<bool>("--events-only") { Description = "In JSONL, write only event records (no person and quote records)." };
        var command = new Command("extract", "Read articles and write the events coded from them.") { paths, format, output, actors, lexicon, allModes, data, reading, noMentions };
        command.SetAction(parse =>
        {
            var fmt = CommonOptions.ParseFormat(parse.GetValue(format)!);
            var pipeline = CommonOptions.BuildPipeline(parse.GetValue(data), parse.GetValue(actors), parse.GetValue(lexicon), parse.GetValue(allModes), CommonOptions.ParseReading(parse.GetValue(reading)));
            var inputs = new ArticleInputs(io);
            var files = inputs.Expand(parse.GetValue(paths)!);
            using (var stream = CommonOptions.OpenOutput(parse.GetValue(output), io))
            using (var writer = EventWriters.Create(fmt, stream, leaveOpen: false))
            {
                bool mentions = !parse.GetValue(noMentions) && writer is JsonlEventWriter;
                foreach (var result in inputs.Process(files, pipeline))
                {
                    foreach (var e in result.Events) writer.Write(e);
                    if (mentions && result.Document is { } doc) ((JsonlEventWriter)writer).WriteMentions(doc);
                }
            }
            return inputs.Failures > 0 ? 1 : 0;
        });
        return command;
    }
}
