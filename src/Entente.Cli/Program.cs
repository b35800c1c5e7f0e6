using Entente.Storage;
using System.CommandLine;
using Entente.Cli.Commands;

namespace Entente.Cli;

/// <summary>The <c>entente</c> command: parses options, builds the pipeline, prints.</summary>
public static class Program
{
    /// <summary>Runs the command line; returns the process exit code (0 ok, 1 failed input, 2 usage error).</summary>
    public static int Main(string[] args) => Run(args, Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);

    /// <summary>Runs the command line with standard input as bytes, checked like a file's (tests call this in-process).</summary>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr) =>
        Run(new CliIO(new StreamReader(stdin), stdout, stderr) { StdinBytes = stdin }, args);

    /// <summary>Runs the command line over the given streams (tests call this in-process).</summary>
    public static int Run(string[] args, TextReader stdin, Stream stdout, TextWriter stderr) => Run(new CliIO(stdin, stdout, stderr), args);

    private static int Run(CliIO io, string[] args)
    {
        var (stdout, stderr) = (io.Stdout, io.Stderr);
        var root = new RootCommand("Entente: reads geopolitical news and codes who did what to whom, when, said by whom.");
        root.Subcommands.Add(ExtractCommand.Create(io));
        root.Subcommands.Add(IngestCommand.Create(io));
        root.Subcommands.Add(EventsCommand.Create(io));
        root.Subcommands.Add(DemoCommand.Create(io));
        root.Subcommands.Add(ActorsCommand.Create(io));
        root.Subcommands.Add(ExplainCommand.Create(io));
        root.Subcommands.Add(BenchCommand.Create(io));
        root.Subcommands.Add(TrainCommand.Create(io));
        root.Subcommands.Add(ParseEvalCommand.Create(io));
        root.Subcommands.Add(Scale.EnqueueCommand.Create(io));
        root.Subcommands.Add(Scale.WorkerCommand.Create(io));
        root.Subcommands.Add(Scale.WatchCommand.Create(io));
        root.Subcommands.Add(ObligationsCommand.Create(io));
        root.Subcommands.Add(MembersCommand.Create(io));
        root.Subcommands.Add(TreatiesCommand.Create(io));
        root.Subcommands.Add(RelationsCommand.Create(io));
        root.Subcommands.Add(NetworkCommand.Create(io));
        root.Subcommands.Add(ProposalsCommand.Create(io));
        root.Subcommands.Add(BenchModelCommand.Create(io));
        root.Subcommands.Add(ExportCommand.Create(io));
        root.Subcommands.Add(ServeCommand.Create(io));
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"entente: {error.Message}");
            stderr.WriteLine("Run 'entente --help' for usage.");
            return 2;
        }
        if (args.Length == 0)
        {
            var help = root.Parse(["--help"]);
            help.InvocationConfiguration.Output = stderr;
            help.Invoke();
            return 2;
        }
        parse.InvocationConfiguration.Output = new StreamWriter(stdout, leaveOpen: true) { AutoFlush = true };
        parse.InvocationConfiguration.Error = stderr;
        parse.InvocationConfiguration.EnableDefaultExceptionHandler = false;
        try
        {
            return parse.Invoke();
        }
        catch (CliException e)
        {
            stderr.WriteLine($"entente: {e.Message}");
            return e.ExitCode;
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"entente: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Output that cannot be written: a full disk (-o /dev/full), a closed pipe, a file taken away.
            stderr.WriteLine($"entente: cannot write the output: {OneLine(e.Message)}");
            return 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"entente: unexpected error ({e.GetType().Name}): {OneLine(e.Message)}; please report it");
            if (Environment.GetEnvironmentVariable("ENTENTE_TRACE") is not null) stderr.WriteLine(e.ToString());
            return 70;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
