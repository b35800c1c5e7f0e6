using System.CommandLine;
using Entente.Articles;
using Entente.Export;
using Entente.Pipeline;
using Entente.Scale;

namespace Entente.Cli.Commands;

/// <summary><c>entente extract PATH…</c>: reads articles and writes their events.</summary>
public static class ExtractCommand
{
    /// <summary>Articles in flight per worker thread: enough to keep every worker busy, few enough to keep memory flat.</summary>
    private const int WindowPerThread = 16;

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
        var noMentions = new Option<bool>("--events-only") { Description = "In JSONL, write only event records (no person and quote records)." };
        var threads = new Option<int>("--threads") { Description = "Threads running the pipeline (default: one per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("extract", "Read articles and write the events coded from them.") { paths, format, output, actors, lexicon, allModes, data, noMentions, threads };
        command.SetAction(parse =>
        {
            var fmt = CommonOptions.ParseFormat(parse.GetValue(format)!);
            int workers = parse.GetValue(threads);
            if (workers < 1) throw new CliException($"--threads: {workers} is not a number of threads (1 or more)", 2);
            var pipeline = CommonOptions.BuildPipeline(parse.GetValue(data), parse.GetValue(actors), parse.GetValue(lexicon), parse.GetValue(allModes));
            var inputs = new ArticleInputs(io);
            var files = inputs.Expand(parse.GetValue(paths)!);
            var articles = files.SelectMany(inputs.ReadFile);
            // Standard output is an unbuffered stream: without this, every record would cost write system calls.
            using var stream = new BufferedStream(CommonOptions.OpenOutput(parse.GetValue(output), io), 1 << 16);
            if (fmt == EventFormat.Jsonl)
            {
                // JSON Lines are made on the worker threads, so the one thread that writes only copies bytes in order.
                bool mentions = !parse.GetValue(noMentions);
                foreach (var bytes in OrderedParallel.Map<Article, byte[]>(articles, () => new ArticleJsonl(pipeline, mentions).Process, workers, workers * WindowPerThread))
                    stream.Write(bytes);
            }
            else
            {
                using var writer = EventWriters.Create(fmt, stream, leaveOpen: true);
                foreach (var result in OrderedParallel.Map<Article, ArticleResult>(articles, pipeline.Process, workers, workers * WindowPerThread))
                    foreach (var e in result.Events) writer.Write(e);
            }
            return inputs.Failures > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>One worker's pipeline run and JSON Lines writer: an article in, its records' bytes out.</summary>
    private sealed class ArticleJsonl
    {
        private readonly EntentePipeline _pipeline;
        private readonly bool _mentions;
        private readonly MemoryStream _buffer = new(1 << 14);
        private readonly JsonlEventWriter _writer;

        public ArticleJsonl(EntentePipeline pipeline, bool mentions)
        {
            (_pipeline, _mentions) = (pipeline, mentions);
            _writer = new JsonlEventWriter(_buffer, leaveOpen: true);
        }

        public byte[] Process(Article article)
        {
            var result = _pipeline.Process(article);
            _buffer.SetLength(0);
            foreach (var e in result.Events) _writer.Write(e);
            if (_mentions && result.Document is { } doc) _writer.WriteMentions(doc);
            return _buffer.ToArray();
        }
    }
}
