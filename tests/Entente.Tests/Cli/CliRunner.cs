using Xunit;
using System.Text;
using Entente.Cli;
using Entente.Pipeline;

namespace Entente.Tests.Cli;

/// <summary>The outcome of one run of the command line.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of standard output.</summary>
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the real <c>entente</c> command line in-process, over real files.</summary>
public static class CliRunner
{
    /// <summary>Runs <paramref name="args"/> with <paramref name="stdin"/> as standard input.</summary>
    public static CliRun RunWithInput(string stdin, params string[] args)
    {
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int code = Program.Run(args, new StringReader(stdin), stdout, stderr);
        return new CliRun(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>Runs <paramref name="args"/> with empty standard input.</summary>
    public static CliRun Run(params string[] args) => RunWithInput("", args);

    /// <summary>The built-in sample corpus copied beside the tests.</summary>
    public static string SampleFolder => Path.Combine(AppContext.BaseDirectory, "data", "sample");
}

/// <summary>One pipeline loaded from the shipped dictionaries, shared by tests (it is thread-safe).</summary>
internal static class SharedPipeline
{
    private static readonly Lazy<EntentePipeline> Lazy = new(() => EntentePipeline.CreateDefault());

    /// <summary>The pipeline.</summary>
    public static EntentePipeline Instance => Lazy.Value;

    private static readonly Lazy<Entente.Actors.ActorDictionary> LazyDictionary = new(() => Entente.Actors.ActorDictionary.LoadDefault());

    /// <summary>The shipped actor dictionaries.</summary>
    public static Entente.Actors.ActorDictionary Dictionary => LazyDictionary.Value;

    /// <summary>Every event <paramref name="pipeline"/> (the shared one when null) codes in <paramref name="text"/>, read as article "test.txt", whatever its mode.</summary>
    public static List<Entente.Events.Event> AllEvents(string text, EntentePipeline? pipeline = null)
    {
        var p = pipeline ?? Instance;
        return p.CodeAll(p.Read(new Entente.Articles.Article("test.txt", text)));
    }

    /// <summary>The events <see cref="CodingView"/> keeps for <paramref name="text"/> read as a story file is: the cleaner sets off
    /// its dateline or byline, which the article keeps.</summary>
    public static List<Entente.Events.Event> OutputEventsOfFile(string text)
    {
        var clean = Entente.Articles.ArticleCleaner.Clean(text);
        var p = Instance;
        return p.CodeAll(p.Read(new Entente.Articles.Article("story.txt", clean.Text) { Dateline = clean.Dateline })).Where(CodingView.Keeps).ToList();
    }

    /// <summary>What the coding tests read: the default output's filter, keeping also agreements, attacks, coercion and
    /// rejections with no counterpart, which the coder codes and the default output leaves out (EventFilter.Untargeted;
    /// tested in EventFilterTests).</summary>
    public static Entente.Events.EventFilter CodingView { get; } = Entente.Events.EventFilter.Default with { Untargeted = true };

    /// <summary>The events of <see cref="AllEvents"/> that <see cref="CodingView"/> keeps.</summary>
    public static List<Entente.Events.Event> OutputEvents(string text, EntentePipeline? pipeline = null) =>
        AllEvents(text, pipeline).Where(CodingView.Keeps).ToList();
}

/// <summary>Finds ../shared beside the folder that holds Entente.sln, when present.</summary>
public static class SharedFolder
{
    /// <summary>The full path of ../shared, or null.</summary>
    public static string? Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Entente.sln")))
                {
                    var shared = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared"));
                    return Directory.Exists(shared) ? shared : null;
                }
            return null;
        }
    }
}

/// <summary>A fact skipped with a clear message when ../shared (gold and scorer) or python3 is absent.</summary>
public sealed class GoldFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when the shared material cannot be used here.</summary>
    public GoldFactAttribute()
    {
        if (SharedFolder.Path is null) Skip = "../shared not found beside the repository: the gold scores cannot be checked here";
        else if (!Scorer.PythonAvailable) Skip = "python3 not found: the shared scorer cannot run here";
    }
}

/// <summary>Runs the shared Python scorers.</summary>
public static class Scorer
{
    /// <summary>True when python3 runs.</summary>
    public static bool PythonAvailable
    {
        get
        {
            try
            {
                using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
                p!.WaitForExit(10_000);
                return p.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }

    /// <summary>Runs <c>tools/SCRIPT gold output</c> and returns its output.</summary>
    public static string Run(string script, string gold, string output)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(System.IO.Path.Combine(SharedFolder.Path!, "tools", script));
        psi.ArgumentList.Add(gold);
        psi.ArgumentList.Add(output);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var text = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return text;
    }

    /// <summary>The F1 on the scorer output line that starts with <paramref name="prefix"/>.</summary>
    public static double F1(string output, string prefix)
    {
        var line = output.Split('\n').Last(l => l.StartsWith(prefix, StringComparison.Ordinal));
        var at = line.IndexOf("F1 ", StringComparison.Ordinal);
        return double.Parse(line[(at + 3)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
