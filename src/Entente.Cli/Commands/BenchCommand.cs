using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary><c>entente bench</c>: measures throughput (filled in by the benchmark step).</summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var command = new Command("bench", "Measure throughput of the language layer and the whole pipeline.");
        command.SetAction(_ => { io.Stderr.WriteLine("entente: bench is not built yet"); return 1; });
        return command;
    }
}
