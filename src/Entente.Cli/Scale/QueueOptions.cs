using System.CommandLine;
using Entente.Scale;

namespace Entente.Cli.Scale;

/// <summary>Options the queue commands share.</summary>
internal static class QueueOptions
{
    /// <summary>--queue redis://host:port.</summary>
    public static Option<string> Queue() => new("--queue")
    {
        Description = "The Redis server holding the queue: redis://[user:password@]host[:port][/database].",
        Required = true,
    };

    /// <summary>--stream KEY.</summary>
    public static Option<string> Stream() => new("--stream")
    {
        Description = "The Redis stream of article batches.",
        DefaultValueFactory = _ => "entente:articles",
    };

    /// <summary>--group NAME.</summary>
    public static Option<string> Group() => new("--group")
    {
        Description = "The consumer group the workers share.",
        DefaultValueFactory = _ => "entente",
    };

    /// <summary>A duration option such as --every 15m.</summary>
    public static Option<string> Duration(string name, string description, string defaultValue) => new(name)
    {
        Description = description + " (500ms, 30s, 15m, 2h).",
        DefaultValueFactory = _ => defaultValue,
    };

    /// <summary>Parses a duration option or fails with a usage error.</summary>
    public static TimeSpan ParseDuration(string? text, string option) =>
        Durations.TryParse(text, out var d) ? d : throw new CliException($"{option}: '{text}' is not a duration (use 500ms, 30s, 15m, 2h)", 2);

    /// <summary>Connects to the queue or fails with a one-line message.</summary>
    public static RedisQueue Connect(string url, string stream, string group)
    {
        try
        {
            return RedisQueue.Connect(url, stream, group);
        }
        catch (QueueException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>A token cancelled by Ctrl+C or SIGTERM, so a long-running command finishes the batch in hand and stops.</summary>
    public static CancellationToken StopSignal()
    {
        var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
        // Kept referenced: a collected registration stops handling the signal.
        lock (Registrations)
            Registrations.Add(System.Runtime.InteropServices.PosixSignalRegistration.Create(
                System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; cts.Cancel(); }));
        return cts.Token;
    }

    private static readonly List<IDisposable> Registrations = [];
}
