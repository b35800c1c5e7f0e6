using System.Text;
using Entente.Actors;
using Entente.Events;

namespace Entente.Export;

/// <summary>
/// Writes events as an aligned plain-text table for a terminal: article, source, type, target, mode, date and the
/// sentence, shortened with an ellipsis to fit the width. Rows are written as they come; the header goes out with
/// the first row, and a table with no rows says so.
/// </summary>
internal sealed class TableEventWriter : IEventWriter
{
    /// <summary>The width used when none is given.</summary>
    public const int DefaultWidth = 120;

    private const string Gap = "  ";
    private const int MinSentenceWidth = 20;
    private static readonly (string Name, int Width)[] Fixed =
        [("ARTICLE", 14), ("SOURCE", 12), ("TYPE", 9), ("TARGET", 12), ("MODE", 12), ("DATE", 10)];

    private readonly TextWriter _output;
    private readonly bool _leaveOpen;
    private readonly int _sentenceWidth;
    private readonly StringBuilder _line = new();
    private readonly string[] _cells = new string[Fixed.Length + 1];
    private int _rows;
    private bool _disposed;

    /// <summary>Creates the writer over <paramref name="output"/>, which it disposes unless <paramref name="leaveOpen"/>.</summary>
    /// <param name="output">Where the table goes.</param>
    /// <param name="width">Characters per line; the sentence column takes what the other columns leave (at least 20).</param>
    /// <param name="leaveOpen">True to leave <paramref name="output"/> open when the writer is disposed.</param>
    public TableEventWriter(TextWriter output, int width = DefaultWidth, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        _output = output;
        _leaveOpen = leaveOpen;
        int used = Fixed.Sum(c => c.Width + Gap.Length);
        _sentenceWidth = Math.Max(MinSentenceWidth, width - used);
    }

    /// <inheritdoc />
    public void Write(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_rows++ == 0) WriteHeader();
        _cells[0] = e.ArticleId;
        _cells[1] = Show(e.Source);
        _cells[2] = e.Type.ToPlover();
        _cells[3] = e.Target is null ? "-" : Show(e.Target);
        _cells[4] = e.Mode.ToText() ?? "";
        _cells[5] = e.Date?.ToString() ?? "";
        _cells[6] = e.Sentence;
        WriteLine(_cells);
    }

    private static string Show(Actor actor) => actor.Sector is null ? actor.Code.Value : $"{actor.Code.Value} {actor.Sector}";

    private void WriteHeader()
    {
        var header = Fixed.Select(c => c.Name).Append("SENTENCE").ToArray();
        WriteLine(header);
        _line.Clear();
        foreach (var (_, width) in Fixed) _line.Append('-', width).Append(Gap);
        _line.Append('-', _sentenceWidth);
        _output.WriteLine(_line);
    }

    private void WriteLine(string[] cells)
    {
        _line.Clear();
        for (int i = 0; i < Fixed.Length; i++)
        {
            string cell = Fit(cells[i], Fixed[i].Width);
            _line.Append(cell).Append(' ', Fixed[i].Width - cell.Length).Append(Gap);
        }
        _line.Append(Fit(cells[^1], _sentenceWidth));
        _output.WriteLine(_line.ToString().TrimEnd());
    }

    /// <summary>The text on one line (whitespace runs become one space), cut to <paramref name="width"/> with an ellipsis.</summary>
    private static string Fit(string text, int width)
    {
        var flat = new StringBuilder(Math.Min(text.Length, width + 1));
        bool space = false;
        foreach (char c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { space = true; continue; }
            if (space) { flat.Append(' '); space = false; }
            flat.Append(c);
            if (flat.Length > width) break;
        }
        if (flat.Length <= width) return flat.ToString();
        flat.Length = width - 1;
        return flat.ToString().TrimEnd() + "…";
    }

    /// <inheritdoc />
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _output.Flush();
    }

    /// <summary>Notes an empty table, flushes, and closes the output unless left open.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_rows == 0) _output.WriteLine("(no events)");
        if (_leaveOpen) _output.Flush();
        else _output.Dispose();
    }
}
