using System.Globalization;
using Entente.Events;

namespace Entente.Export;

/// <summary>
/// Writes events as CSV (RFC 4180): a header row, then one row per event, lines ending in CRLF, and fields
/// holding a comma, a double quote or a line break quoted with inner quotes doubled. Columns: article,
/// sentence_index, source_code, source_sector, source_name, target_code, target_sector, target_name, type, cameo,
/// goldstein, mode, claimant, date, lexicon, sentence. Absent values are empty fields.
/// </summary>
internal sealed class CsvEventWriter : IEventWriter
{
    /// <summary>The column names of the header row, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "article", "sentence_index", "source_code", "source_sector", "source_name", "target_code", "target_sector",
        "target_name", "type", "cameo", "goldstein", "mode", "claimant", "date", "lexicon", "sentence",
    ];

    private readonly TextWriter _output;
    private readonly bool _leaveOpen;
    private readonly string?[] _row = new string?[Columns.Count];
    private bool _headerWritten;
    private bool _disposed;

    /// <summary>Creates the writer over <paramref name="output"/>, which it disposes unless <paramref name="leaveOpen"/>.</summary>
    public CsvEventWriter(TextWriter output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
    }

    /// <inheritdoc />
    public void Write(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ObjectDisposedException.ThrowIf(_disposed, this);
        EnsureHeader();
        int i = 0;
        _row[i++] = e.ArticleId;
        _row[i++] = e.SentenceIndex.ToString(CultureInfo.InvariantCulture);
        _row[i++] = e.Source.Code.Value;
        _row[i++] = e.Source.Sector;
        _row[i++] = e.Source.Name;
        _row[i++] = e.Target?.Code.Value;
        _row[i++] = e.Target?.Sector;
        _row[i++] = e.Target?.Name;
        _row[i++] = e.Type.ToPlover();
        _row[i++] = e.Cameo;
        _row[i++] = e.Goldstein.ToString("R", CultureInfo.InvariantCulture);
        _row[i++] = e.Mode.ToText();
        _row[i++] = e.Claimant?.Code.Value;
        _row[i++] = e.Date?.ToString();
        _row[i++] = e.LexiconEntry;
        _row[i++] = e.Sentence;
        WriteRow(_row);
    }

    private void EnsureHeader()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        WriteRow(Columns);
    }

    private void WriteRow(IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) _output.Write(',');
            WriteField(fields[i]);
        }
        _output.Write("\r\n");
    }

    private void WriteField(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _output.Write(value);
            return;
        }
        _output.Write('"');
        _output.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _output.Write('"');
    }

    /// <inheritdoc />
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        EnsureHeader();
        _output.Flush();
    }

    /// <summary>Writes the header if no row was written, flushes, and closes the output unless left open.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        EnsureHeader();
        _disposed = true;
        if (_leaveOpen) _output.Flush();
        else _output.Dispose();
    }
}
