using System.Diagnostics;
using System.Text;

namespace Entente.Tests.Scale;

/// <summary>Runs the real <c>entente</c> program as separate processes (the Entente.Cli.dll built beside the tests).</summary>
public static class Processes
{
    /// <summary>Starts <c>dotnet Entente.Cli.dll args</c>, capturing standard error into <paramref name="stderr"/>.</summary>
    public static Process Start(StringBuilder stderr, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Entente.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var p = new Process { StartInfo = psi };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        p.OutputDataReceived += (_, _) => { };
        p.Start();
        p.BeginErrorReadLine();
        p.BeginOutputReadLine();
        return p;
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) and returns the exit code and standard error.</summary>
    public static (int ExitCode, string Stderr) Run(TimeSpan timeout, params string[] args)
    {
        var stderr = new StringBuilder();
        using var p = Start(stderr, args);
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"entente {string.Join(' ', args)} did not finish in {timeout}: {stderr}");
        }
        p.WaitForExit();
        lock (stderr) return (p.ExitCode, stderr.ToString());
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling; false on timeout.</summary>
    public static bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition()) return true;
            Thread.Sleep(50);
        }
        return condition();
    }

    /// <summary>
    /// A JSONL dump of the Voice of America stories in ../shared repeated <paramref name="copies"/> times, each copy with its
    /// own ids ("ID-k"), or null when ../shared is absent.
    /// </summary>
    public static string? RepeatedVoa(string path, int copies)
    {
        var voa = Entente.Tests.Cli.SharedFolder.Path is { } shared ? Path.Combine(shared, "corpus", "voa-stories.jsonl") : null;
        if (voa is null || !File.Exists(voa)) return null;
        var records = File.ReadAllLines(voa).Where(l => l.Length > 0).Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!.AsObject()).ToList();
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        for (int k = 0; k < copies; k++)
            foreach (var r in records)
            {
                var copy = (System.Text.Json.Nodes.JsonObject)r.DeepClone();
                copy["id"] = $"{r["id"]}-{k}";
                w.Write(copy.ToJsonString());
                w.Write('\n');
            }
        return path;
    }
}
