using System.CommandLine;
using Entente.Cli.Commands;
using Entente.Scale;

namespace Entente.Cli.Scale;

/// <summary><c>entente watch FEED_URL… --db DB --every 15m</c>: polls RSS/Atom feeds and stores their new items.</summary>
public static class WatchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var urls = new Argument<string[]>("feeds") { Description = "RSS or Atom feed URLs (http or https).", Arity = ArgumentArity.OneOrMore };
        var db = IngestCommand.Db(required: true);
        var every = QueueOptions.Duration("--every", "Poll each feed this often", "15m");
        var once = new Option<bool>("--once") { Description = "Poll every feed once and exit (for cron); the exit code is 1 when a feed failed." };
        var state = new Option<string?>("--state") { Description = "Remember validators and seen items in FILE (default: DB.watch.json beside a SQLite file)." };
        var timeout = QueueOptions.Duration("--timeout", "Give up on a feed that has not answered completely in this time", "30s");
        var maxBytes = new Option<long>("--max-bytes") { Description = "Refuse a feed larger than this many bytes.", DefaultValueFactory = _ => 10L * 1024 * 1024 };
        var actors = CommonOptions.Actors();
        var lexicon = CommonOptions.Lexicon();
        var allModes = CommonOptions.AllModes();
        var data = CommonOptions.Data();
        var command = new Command("watch", "Poll RSS/Atom feeds (conditional requests, timeouts, size caps) and store the items not seen before.")
            { urls, db, every, once, state, timeout, maxBytes, actors, lexicon, allModes, data };
        command.SetAction(parse =>
        {
            var feeds = parse.GetValue(urls)!;
            foreach (var url in feeds)
            {
                if (url.StartsWith('-')) throw new CliException($"unknown option '{url}' (run 'entente --help' for usage)", 2);
                if (!FeedWatcher.IsHttp(url)) throw new CliException($"{url}: not an http:// or https:// URL", 2);
            }
            var interval = QueueOptions.ParseDuration(parse.GetValue(every), "--every");
            var limit = QueueOptions.ParseDuration(parse.GetValue(timeout), "--timeout");
            var pipeline = CommonOptions.BuildPipeline(parse.GetValue(data), parse.GetValue(actors), parse.GetValue(lexicon), parse.GetValue(allModes));
            string target = parse.GetValue(db)!;
            using var store = IngestCommand.OpenStore(target);
            using var watcher = new FeedWatcher(store, pipeline, parse.GetValue(state) ?? FeedWatcher.DefaultStatePath(target))
            {
                Timeout = limit,
                MaxBytes = Math.Max(1, parse.GetValue(maxBytes)),
            };
            var cancel = parse.GetValue(once) ? CancellationToken.None : QueueOptions.StopSignal();
            while (true)
            {
                var started = DateTime.UtcNow;
                var polls = watcher.PollAll(feeds, cancel);
                foreach (var p in polls) io.Stderr.WriteLine($"entente: {p}");
                if (parse.GetValue(once)) return polls.Any(p => p.Error is not null) ? 1 : 0;
                var wait = interval - (DateTime.UtcNow - started);
                if (wait > TimeSpan.Zero && cancel.WaitHandle.WaitOne(wait)) return 0;
                if (cancel.IsCancellationRequested) return 0;
            }
        });
        return command;
    }
}
