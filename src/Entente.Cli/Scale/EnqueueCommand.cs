using System.CommandLine;
using Entente.Cli.Commands;
using Entente.Scale;

namespace Entente.Cli.Scale;

/// <summary><c>entente enqueue PATH… --queue redis://…</c>: puts article batches on a Redis stream for workers.</summary>
public static class EnqueueCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files, folders, or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var queue = QueueOptions.Queue();
        var stream = QueueOptions.Stream();
        var group = QueueOptions.Group();
        var batch = new Option<int>("--batch") { Description = "Articles per queue message.", DefaultValueFactory = _ => 50 };
        var maxLength = new Option<long>("--max-length")
        {
            Description = "Wait while the stream holds this many batches, so a huge input never floods the server.",
            DefaultValueFactory = _ => 10_000,
        };
        var command = new Command("enqueue", "Read articles and put them, in batches, on a Redis stream for 'entente worker' processes.")
            { paths, queue, stream, group, batch, maxLength };
        command.SetAction(parse =>
        {
            int size = parse.GetValue(batch);
            if (size < 1) throw new CliException("--batch must be at least 1", 2);
            long max = Math.Max(1, parse.GetValue(maxLength));
            var inputs = new ArticleInputs(io);
            var files = inputs.Expand(parse.GetValue(paths)!);
            using var q = QueueOptions.Connect(parse.GetValue(queue)!, parse.GetValue(stream)!, parse.GetValue(group)!);
            var cancel = QueueOptions.StopSignal();
            long articles = 0, batches = 0;
            foreach (var chunk in new ArticleStream(files, inputs.ReadFile).Read(InputPosition.Start).Chunk(size))
            {
                while (q.Length >= max && !cancel.IsCancellationRequested) cancel.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(500));
                if (cancel.IsCancellationRequested) break;
                q.Enqueue(chunk.Select(c => c.Article).ToList());
                articles += chunk.Length;
                batches++;
            }
            io.Stderr.WriteLine($"entente: {articles} articles queued in {batches} batches on {q.Stream} at {q.Display}");
            return inputs.Failures > 0 || cancel.IsCancellationRequested ? 1 : 0;
        });
        return command;
    }
}
