using Spectre.Console;

namespace Entente.Cli;

/// <summary>
/// A progress bar on standard error for long operations, shown only when standard error is a terminal that the
/// command writes to directly; quiet when it is piped, redirected or captured (tests), so logs stay clean.
/// </summary>
public static class CliProgress
{
    /// <summary>True when a progress bar would be shown for <paramref name="io"/>.</summary>
    public static bool Interactive(CliIO io) =>
        ReferenceEquals(io.Stderr, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>
    /// Runs <paramref name="work"/>, which reports progress by calling the action it is given with the units done
    /// since its last call; with a terminal, a bar labelled <paramref name="label"/> counts up to <paramref name="total"/>.
    /// </summary>
    public static T Run<T>(CliIO io, string label, double total, Func<Action<double>, T> work)
    {
        if (!Interactive(io) || total <= 0) return work(_ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(label), maxValue: total);
                result = work(n => task.Increment(n));
                task.Value = task.MaxValue;
            });
        return result;
    }
}
