using System.CommandLine;
using Entente.Cli.Commands;
using Entente.Scale;

namespace Entente.Cli.Scale;

/// <summary><c>entente worker --db postgres://… --queue redis://…</c>: processes queued article batches into the store.</summary>
public static class WorkerCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var db = IngestCommand.Db(required: true);
        var queue = QueueOptions.Queue();
        var stream = QueueOptions.Stream();
        var group = QueueOptions.Group();
        var consumer = new Option<string?>("--consumer") { Description = "This worker's name in the group (default: HOST-PID; unique per process)." };
        var claimIdle = QueueOptions.Duration("--claim-idle", "Take over a batch another worker has held unacknowledged this long", "60s");
        var maxDeliveries = new Option<int>("--max-deliveries") { Description = "Move a batch delivered more often than this to STREAM:dead.", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads") { Description = "Threads per worker (default: all cores; use 1 when running a worker per core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var exitWhenEmpty = new Option<bool>("--exit-when-empty") { Description = "Stop once the queue is drained and nothing is pending, instead of waiting for more." };
        var actors = CommonOptions.Actors();
        var lexicon = CommonOptions.Lexicon();
        var allModes = CommonOptions.AllModes();
        var data = CommonOptions.Data();
        var command = new Command("worker", "Process article batches from a Redis stream into the store; run any number, on any number of machines.")
            { db, queue, stream, group, consumer, claimIdle, maxDeliveries, threads, exitWhenEmpty, actors, lexicon, allModes, data };
        command.SetAction(parse =>
        {
            var idle = QueueOptions.ParseDuration(parse.GetValue(claimIdle), "--claim-idle");
            var pipeline = CommonOptions.BuildPipeline(parse.GetValue(data), parse.GetValue(actors), parse.GetValue(lexicon), parse.GetValue(allModes));
            string name = parse.GetValue(consumer) ?? $"{Environment.MachineName}-{Environment.ProcessId}";
            using var store = IngestCommand.OpenStore(parse.GetValue(db)!);
            using var q = QueueOptions.Connect(parse.GetValue(queue)!, parse.GetValue(stream)!, parse.GetValue(group)!);
            var worker = new QueueWorker(q, store, pipeline, name)
            {
                ClaimIdle = idle,
                MaxDeliveries = Math.Max(1, parse.GetValue(maxDeliveries)),
                Threads = Math.Max(1, parse.GetValue(threads)),
                ExitWhenEmpty = parse.GetValue(exitWhenEmpty),
                Log = line => { lock (io.Stderr) io.Stderr.WriteLine($"entente: worker {name}: {line}"); },
            };
            io.Stderr.WriteLine($"entente: worker {name}: reading {q.Stream} (group {q.Group}) at {q.Display} into {store.Path}");
            WorkerResult r;
            try
            {
                r = worker.Run(QueueOptions.StopSignal());
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or StackExchange.Redis.RedisException or TimeoutException or System.Data.Common.DbException)
            {
                // The batch in hand stays pending: another worker (or this one, restarted) takes it over.
                throw new CliException($"worker {name}: stopped, the batch in hand is left for another worker: {e.Message.Split('\n')[0]}");
            }
            io.Stderr.WriteLine($"entente: worker {name}: {r.Batches} batches ({r.Claimed} claimed from stopped workers, {r.DeadLettered} dead-lettered) in {r.Elapsed.TotalSeconds:0.0} s: {r.Stored}");
            return 0;
        });
        return command;
    }
}
