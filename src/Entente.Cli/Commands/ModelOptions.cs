using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Entente.Actors;
using Entente.Model;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>
/// What the model commands (obligations, members, treaties, relations, network, proposals) share: the same options,
/// the same parsing and errors, and one writer for table and JSON output.
/// </summary>
public static class ModelOptions
{
    /// <summary>--db FILE for a model command.</summary>
    public static Option<string?> Db(bool required) => new("--db")
    {
        Description = required ? "The event database (SQLite) to read." : "An event database: also shows the proposals its events make.",
        Required = required,
    };

    /// <summary>--format table|json.</summary>
    public static Option<string> Format() => new("--format", "-f")
    {
        Description = "Output format: table or json (a list of objects).",
        DefaultValueFactory = _ => "table",
    };

    /// <summary>--alliances FILE|FOLDER (repeatable).</summary>
    public static Option<string[]> Alliances() => new("--alliances")
    {
        Description = "Extra alliance facts: a file named sources*, memberships*, treaties* or pledges*.tsv, or a folder of them (see data/README.md). Repeatable.",
    };

    /// <summary>--on DATE.</summary>
    public static Option<string?> On(string description) => new("--on") { Description = description };

    /// <summary>--since DATE.</summary>
    public static Option<string?> Since() => new("--since") { Description = "From this date (YYYY-MM-DD, YYYY-MM or YYYY)." };

    /// <summary>--until DATE.</summary>
    public static Option<string?> Until() => new("--until") { Description = "Up to this date, inclusive (YYYY-MM-DD, YYYY-MM or YYYY)." };

    /// <summary>True for json, false for table; anything else is a usage error naming the value.</summary>
    public static bool ParseJson(string text) => text.Trim().ToLowerInvariant() switch
    {
        "json" => true,
        "table" => false,
        _ => throw new CliException($"unknown format '{text}' (use table or json)", 2),
    };

    /// <summary>A date option: YYYY-MM-DD, YYYY-MM or YYYY (the first day of a month or year); null when absent.</summary>
    public static DateOnly? ParseDate(string? text, string option, bool end = false)
    {
        if (text is null) return null;
        if (!FactDates.TryParse(text, out var d)) throw new CliException($"{option}: '{text}' is not a date (use YYYY-MM-DD)", 2);
        var start = FactDates.Start(d);
        if (!end) return start;
        return d.Month is null ? new DateOnly(d.Year, 12, 31) : d.Day is null ? start.AddMonths(1).AddDays(-1) : start;
    }

    /// <summary>An actor code given on the command line (letters, digits, '+', '-'; upper-cased).</summary>
    public static ActorCode ParseCode(string? text, string what)
    {
        var t = text?.Trim() ?? "";
        if (t.Length is 0 or > 24 || !t.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '_'))
            throw new CliException($"{what}: '{text}' is not an actor code (KOR, NATO …)", 2);
        return new ActorCode(t);
    }

    /// <summary>Loads the knowledge base with the user's files, turning format errors into one-line errors.</summary>
    public static KnowledgeBase LoadKnowledge(string[]? extra)
    {
        try
        {
            return KnowledgeBase.Load(null, extra);
        }
        catch (DictionaryFormatException e)
        {
            throw new CliException($"alliances: {e.Message}", 2);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException(e.Message, 2);
        }
    }

    /// <summary>Opens the model beside an existing event database and brings it up to date with the events.</summary>
    public static ModelStore OpenModel(string path)
    {
        if (!File.Exists(path)) throw new CliException($"{path}: no such database");
        try
        {
            var store = ModelStore.Open(path);
            store.Refresh();
            return store;
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>Writes a note for each source whose coverage ends before <paramref name="on"/>.</summary>
    public static void NoteCoverage(KnowledgeBase kb, IEnumerable<string> sourceIds, DateOnly on, CliIO io)
    {
        foreach (var s in kb.StaleSources(sourceIds, on))
            io.Stderr.WriteLine($"entente: note: source '{s.Id}' is checked only up to {s.Coverage:yyyy-MM-dd}; changes after it may be missing");
    }

    /// <summary>
    /// Wraps a model command's action so that a database failing under it (locked, corrupt, written by another version)
    /// ends in a one-line error naming the file, like every other bad input.
    /// </summary>
    public static Func<ParseResult, int> Guard(Func<ParseResult, int> action) => parse =>
    {
        try
        {
            return action(parse);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            string file = parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--db") is Option<string?> db ? parse.GetValue(db) ?? "database" : "database";
            throw new CliException($"{file}: {e.Message.Split('\n')[0].Replace("SQLite Error ", "SQLite error ")}");
        }
    };

    /// <summary>Today (UTC).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}

/// <summary>One output record: named fields in order. Values are text, numbers, booleans, null, lists of those, or lists of records.</summary>
public sealed class Record : List<KeyValuePair<string, object?>>
{
    /// <summary>Adds a field.</summary>
    public void Add(string name, object? value) => Add(new KeyValuePair<string, object?>(name, value));
}

/// <summary>Writes records as a JSON list of objects or as an aligned table.</summary>
public static class RecordWriter
{
    /// <summary>Writes <paramref name="records"/> to standard output; <paramref name="empty"/> is printed for an empty table.</summary>
    public static void Write(CliIO io, IReadOnlyList<Record> records, bool json, string empty = "(none)")
    {
        if (json) WriteJson(io.Out, records);
        else WriteTable(io.Out, records, empty);
        io.Out.Flush();
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<Record> records)
    {
        output.Write('[');
        for (int i = 0; i < records.Count; i++)
        {
            output.Write(i == 0 ? "\n" : ",\n");
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                WriteObject(w, records[i]);
            output.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        }
        output.Write(records.Count == 0 ? "]\n" : "\n]\n");
    }

    private static void WriteObject(Utf8JsonWriter w, Record record)
    {
        w.WriteStartObject();
        foreach (var (name, value) in record)
        {
            w.WritePropertyName(name);
            WriteValue(w, value);
        }
        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d: w.WriteNumberValue(d); break;
            case Record r: WriteObject(w, r); break;
            case System.Collections.IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list) WriteValue(w, item);
                w.WriteEndArray();
                break;
            default: w.WriteStringValue(value.ToString()); break;
        }
    }

    private static void WriteTable(TextWriter output, IReadOnlyList<Record> records, string empty)
    {
        if (records.Count == 0) { output.WriteLine(empty); return; }
        var columns = records[0].Select(kv => kv.Key).ToList();
        var cells = records.Select(r => columns.Select(c => Cell(r.FirstOrDefault(kv => kv.Key == c).Value)).ToList()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, cells.Max(row => row[i].Length))).ToList();
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.ToUpperInvariant().PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells)
            output.WriteLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
    }

    private static string Cell(object? value)
    {
        const int MaxItems = 6, MaxText = 70;
        switch (value)
        {
            case null: return "-";
            case string s: return s.Length > MaxText ? s[..(MaxText - 1)] + "…" : s;
            case bool b: return b ? "yes" : "no";
            case double d: return d.ToString("0.####", CultureInfo.InvariantCulture);
            case System.Collections.IEnumerable list:
            {
                var items = list.Cast<object?>().Select(x => Convert.ToString(x, CultureInfo.InvariantCulture) ?? "").ToList();
                if (items.Count == 0) return "-";
                var shown = string.Join(items.All(x => x.All(char.IsAsciiDigit)) ? "," : "; ", items.Take(MaxItems));
                return items.Count > MaxItems ? $"{shown} (+{items.Count - MaxItems})" : shown;
            }
            default: return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }
    }
}
