using System.Diagnostics.CodeAnalysis;
using Entente.Storage;

namespace Entente.Export;

/// <summary>The formats <c>entente export</c> writes stored events in.</summary>
public enum ExportFormat
{
    /// <summary>JSON Lines, the same records as <c>extract</c> (<see cref="JsonlEventWriter"/>).</summary>
    Jsonl,
    /// <summary>CSV with a header row, the same columns as <c>extract</c> (<see cref="CsvEventWriter"/>).</summary>
    Csv,
    /// <summary>GDELT 2.0 event table: 61 tab-separated columns, no header (<see cref="GdeltEventWriter"/>).</summary>
    Gdelt,
    /// <summary>PLOVER JSON records, one per line (<see cref="PloverEventWriter"/>).</summary>
    Plover,
    /// <summary>Apache Parquet with typed columns (<see cref="ParquetEventWriter"/>).</summary>
    Parquet,
}

/// <summary>Writes stored events (with their ids and articles) to an output in one export format.</summary>
public interface IStoredEventWriter : IDisposable
{
    /// <summary>Writes one event.</summary>
    void Write(StoredEvent e);
}

/// <summary>Names of <see cref="ExportFormat"/> and the writer for each.</summary>
public static class ExportFormats
{
    private static readonly ExportFormat[] All = Enum.GetValues<ExportFormat>();

    /// <summary>Every format's name: jsonl, csv, gdelt, plover, parquet.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.ToString().ToLowerInvariant()).ToArray();

    /// <summary>Parses a format name, ignoring case and surrounding spaces.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ExportFormat format)
    {
        string name = text?.Trim().ToLowerInvariant() ?? "";
        int i = Array.IndexOf((string[])Names, name);
        format = i >= 0 ? All[i] : default;
        return i >= 0;
    }

    /// <summary>
    /// The writer of <paramref name="format"/> over <paramref name="output"/> (disposed with the writer).
    /// <paramref name="isState"/> tells the GDELT writer which codes are states (country codes) rather than
    /// organisations (known group codes), by default a three-letter code; <paramref name="nameOf"/> gives it the
    /// name an actor code stands for (see <see cref="GdeltEventWriter"/>).
    /// </summary>
    public static IStoredEventWriter Create(ExportFormat format, Stream output, Func<string, bool>? isState = null, Func<string, string?>? nameOf = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        return format switch
        {
            ExportFormat.Jsonl => new EventWriterAdapter(new JsonlEventWriter(output)),
            ExportFormat.Csv => new EventWriterAdapter(EventWriters.Create(EventFormat.Csv, output)),
            ExportFormat.Gdelt => new GdeltEventWriter(new StreamWriter(output, EventWriters.Utf8, 1 << 16), isState, nameOf),
            ExportFormat.Plover => new PloverEventWriter(output),
            ExportFormat.Parquet => new ParquetEventWriter(output),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }

    private sealed class EventWriterAdapter(IEventWriter inner) : IStoredEventWriter
    {
        public void Write(StoredEvent e) => inner.Write(e.Event);
        public void Dispose() => inner.Dispose();
    }
}

/// <summary>CAMEO facts the exports need.</summary>
internal static class Cameo
{
    /// <summary>
    /// GDELT's quad class of a CAMEO code from its root: 1 verbal cooperation (01–05), 2 material cooperation
    /// (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20); 0 when the code has no numeric root.
    /// </summary>
    public static int QuadClass(string? code)
    {
        if (code is null || code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), out int root)) return 0;
        return root switch { >= 1 and <= 5 => 1, >= 6 and <= 8 => 2, >= 9 and <= 13 => 3, >= 14 and <= 20 => 4, _ => 0 };
    }

    /// <summary>The text of the event's trigger, cut from its sentence; empty when the spans do not agree.</summary>
    public static string TriggerText(Events.Event e)
    {
        int start = e.Trigger.Start - e.SentenceSpan.Start;
        if (start < 0 || e.Trigger.Length <= 0 || start + e.Trigger.Length > e.Sentence.Length) return "";
        return e.Sentence.Substring(start, e.Trigger.Length);
    }
}
