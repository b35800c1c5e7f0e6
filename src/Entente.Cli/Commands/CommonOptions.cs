using System.CommandLine;
using Entente.Actors;
using Entente.Events;
using Entente.Export;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>Options several commands share, and building the pipeline from them.</summary>
public static class CommonOptions
{
    /// <summary>--format jsonl|csv|table.</summary>
    public static Option<string> Format(string defaultFormat) => new("--format", "-f")
    {
        Description = "Output format: jsonl, csv or table.",
        DefaultValueFactory = _ => defaultFormat,
    };

    /// <summary>-o FILE.</summary>
    public static Option<string?> Output() => new("--output", "-o") { Description = "Write to FILE instead of standard output." };

    /// <summary>--actors FILE|FOLDER (repeatable).</summary>
    public static Option<string[]> Actors() => new("--actors")
    {
        Description = "Extra actor or people dictionary file or folder (tab-separated, see data/README.md). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>--lexicon FILE (repeatable).</summary>
    public static Option<string[]> Lexicon() => new("--lexicon") { Description = "Extra event lexicon file (see data/README.md). Repeatable." };

    /// <summary>--all-modes.</summary>
    public static Option<bool> AllModes() => new("--all-modes")
    {
        Description = "Also output hypothetical, negated, third-party-claimed and background events, and agreements, attacks, coercion and rejections that name no counterpart (by default only what happened or was announced, with its counterpart where the act needs one).",
    };

    /// <summary>--data FOLDER.</summary>
    public static Option<string?> Data() => new("--data") { Description = "Use the dictionaries in FOLDER instead of the shipped ones." };

    /// <summary>Parses the --format value or fails with a one-line message.</summary>
    public static EventFormat ParseFormat(string text)
    {
        if (EventFormats.TryParse(text, out var format)) return format;
        throw new CliException($"unknown format '{text}' (use {string.Join(", ", EventFormats.Names)})", 2);
    }

    /// <summary>Builds the pipeline, turning dictionary errors into one-line CLI errors.</summary>
    public static EntentePipeline BuildPipeline(string? data, string[]? actors, string[]? lexicons, bool allModes)
    {
        foreach (var file in (actors ?? []).Concat(lexicons ?? []))
            CheckDictionaryPath(file);
        if (data is not null && string.IsNullOrWhiteSpace(data)) throw new CliException("--data: no folder given", 2);
        try
        {
            // The shipped dictionaries load once per process (the pipeline is immutable and thread-safe).
            bool shipped = data is null && (actors is null || actors.Length == 0) && (lexicons is null || lexicons.Length == 0);
            var pipeline = shipped ? Shipped.Value : EntentePipeline.CreateDefault(data, actors, lexicons);
            return allModes ? pipeline.WithFilter(EventFilter.All) : pipeline;
        }
        catch (DictionaryFormatException e)
        {
            throw new CliException($"dictionary error: {e.Message}", 2);
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException)
        {
            // A missing or damaged model file: its message names the file.
            throw new CliException($"model error: {e.Message}", 2);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"dictionary error: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}", 2);
        }
    }

    /// <summary>Largest dictionary or lexicon file read: 64 MB.</summary>
    public const long MaxDictionaryBytes = 64L * 1024 * 1024;

    // A device (/dev/zero, /dev/full) reads without end, and a huge file is no dictionary: refuse them before loading.
    private static void CheckDictionaryPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new CliException("dictionary error: empty file name", 2);
        string full;
        try { full = Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        { throw new CliException($"dictionary error: {path}: not a valid file name", 2); }
        if (!File.Exists(full)) return; // a folder, or missing: the loader says which
        if (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal) || full.StartsWith("/sys/", StringComparison.Ordinal))
            throw new CliException($"dictionary error: {path}: not a regular file", 2);
        if (new FileInfo(full).Length > MaxDictionaryBytes)
            throw new CliException($"dictionary error: {path}: file too large (limit {MaxDictionaryBytes / (1024 * 1024)} MB)", 2);
    }

    private static readonly Lazy<EntentePipeline> Shipped = new(() => EntentePipeline.CreateDefault());

    /// <summary>Opens the output: the file given, or standard output.</summary>
    public static Stream OpenOutput(string? path, CliIO io)
    {
        if (string.IsNullOrEmpty(path) || path == "-") return new NonClosingStream(io.Stdout);
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"{path}: cannot write ({e.Message.ReplaceLineEndings(" ").TrimEnd('.')})");
        }
    }
}

/// <summary>Wraps a stream so disposing the wrapper flushes but leaves the inner stream open.</summary>
public sealed class NonClosingStream(Stream inner) : Stream
{
    /// <inheritdoc />
    public override bool CanRead => false;
    /// <inheritdoc />
    public override bool CanSeek => false;
    /// <inheritdoc />
    public override bool CanWrite => true;
    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();
    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    /// <inheritdoc />
    public override void Flush() => inner.Flush();
    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();
    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);
    /// <inheritdoc />
    protected override void Dispose(bool disposing) { if (disposing) inner.Flush(); }
}
