using System.Text;

namespace Entente.Export;

/// <summary>Creates the writer for an output format, so callers need not know the writer types.</summary>
public static class EventWriters
{
    /// <summary>UTF-8 without a byte order mark: what every text writer here emits.</summary>
    internal static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>A writer of <paramref name="format"/> over <paramref name="output"/>, as UTF-8 text.</summary>
    /// <param name="format">The output format.</param>
    /// <param name="output">Where to write; disposed with the writer unless <paramref name="leaveOpen"/>.</param>
    /// <param name="leaveOpen">True to leave <paramref name="output"/> open when the writer is disposed (for standard output).</param>
    public static IEventWriter Create(EventFormat format, Stream output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        return format switch
        {
            EventFormat.Jsonl => new JsonlEventWriter(output, leaveOpen),
            EventFormat.Csv => new CsvEventWriter(Text(output, leaveOpen)),
            EventFormat.Table => new TableEventWriter(Text(output, leaveOpen)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format."),
        };
    }

    private static StreamWriter Text(Stream output, bool leaveOpen) => new(output, Utf8, bufferSize: -1, leaveOpen);
}
