using System.CommandLine;
using System.Globalization;
using Entente.Actors;
using Entente.Events;
using Entente.Export;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente export --db FILE --format jsonl|csv|gdelt|plover|parquet -o FILE</c>: writes the stored events in a
/// format other tools read, optionally filtered by actor, type and dates.
/// </summary>
public static class ExportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var db = IngestCommand.Db(required: true);
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Export format: {string.Join(", ", ExportFormats.Names)}.",
            Required = true,
        };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (- or none for standard output; parquet needs a file)." };
        var actor = new Option<string?>("--actor") { Description = "Only events with this actor as source or target." };
        var type = new Option<string?>("--type") { Description = "Only events of this PLOVER type." };
        var since = new Option<string?>("--since") { Description = "Only events on or after this date (YYYY-MM-DD)." };
        var until = new Option<string?>("--until") { Description = "Only events on or before this date (YYYY-MM-DD)." };
        var command = new Command("export", "Export the stored events as JSONL, CSV, GDELT 2.0 TSV, PLOVER JSON or Parquet.")
            { db, format, output, actor, type, since, until };
        command.SetAction(parse =>
        {
            string name = parse.GetValue(format)!;
            if (!ExportFormats.TryParse(name, out var fmt))
                throw new CliException($"unknown export format '{name}' (use {string.Join(", ", ExportFormats.Names)})", 2);
            string? path = parse.GetValue(output);
            bool toStdout = string.IsNullOrEmpty(path) || path == "-";
            if (fmt == ExportFormat.Parquet && toStdout) throw new CliException("parquet is binary: give a file with -o", 2);
            EventType? eventType = null;
            if (parse.GetValue(type) is { } t)
            {
                if (!EventTypes.TryParse(t, out var et)) throw new CliException($"unknown event type '{t}'", 2);
                eventType = et;
            }
            var search = new EventSearch
            {
                Actor = parse.GetValue(actor),
                Type = eventType,
                Since = ParseDate(parse.GetValue(since), "--since"),
                Until = ParseDate(parse.GetValue(until), "--until"),
            };
            string dbPath = parse.GetValue(db)!;
            if (!File.Exists(dbPath)) throw new CliException($"{dbPath}: no such database");
            // Opening the store brings its schema up to date, which the reader needs.
            using (IngestCommand.OpenStore(dbPath)) { }
            using var reader = StoreReader.Open(dbPath);
            int total = reader.CountEvents(search);
            var (states, names) = Dictionary();
            int written = CliProgress.Run(io, $"export {fmt.ToString().ToLowerInvariant()}", total, advance =>
            {
                using var stream = CommonOptions.OpenOutput(path, io);
                using var writer = ExportFormats.Create(fmt, stream, states, names);
                int n = 0;
                foreach (var e in reader.StreamEvents(search))
                {
                    writer.Write(e);
                    if (++n % 500 == 0) advance(500);
                }
                advance(n % 500);
                return n;
            });
            if (!toStdout) io.Stderr.WriteLine($"entente: {written} events written to {path} ({fmt.ToString().ToLowerInvariant()})");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// Which codes the shipped dictionary lists as states, and the name each code stands for (for GDELT's country-code
    /// and name columns); without the dictionary, three-letter codes are states and names are as written.
    /// </summary>
    private static (Func<string, bool> IsState, Func<string, string?> NameOf) Dictionary()
    {
        try
        {
            var dictionary = ActorDictionary.LoadDefault();
            return (code => dictionary.KindOf(new ActorCode(code)) == ActorKind.State,
                code => dictionary.ByCode(code)?.Name);
        }
        catch (Exception e) when (e is IOException or DictionaryFormatException or UnauthorizedAccessException)
        {
            return (code => code.Length == 3, _ => null);
        }
    }

    private static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new CliException($"{option}: '{text}' is not a date (use YYYY-MM-DD)", 2);
    }
}
