namespace Entente.Cli;

/// <summary>The streams a command reads and writes, so tests can run the CLI in-process.</summary>
public sealed record CliIO(TextReader Stdin, Stream Stdout, TextWriter Stderr)
{
    /// <summary>A text writer over standard output (UTF-8, not closing the stream).</summary>
    public TextWriter Out { get; } = new StreamWriter(Stdout, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true) { AutoFlush = false };

    /// <summary>Standard input's bytes, when available: read with the same size, binary and UTF-8 checks as a file.</summary>
    public Stream? StdinBytes { get; init; }
}

/// <summary>An error that ends a command with a one-line message and an exit code.</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    /// <summary>The process exit code.</summary>
    public int ExitCode { get; } = exitCode;
}
