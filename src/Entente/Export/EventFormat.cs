using System.Diagnostics.CodeAnalysis;

namespace Entente.Export;

/// <summary>The output formats for events.</summary>
public enum EventFormat
{
    /// <summary>One JSON object per line (<see cref="JsonlEventWriter"/>).</summary>
    Jsonl,
    /// <summary>Comma-separated values with a header row (<see cref="CsvEventWriter"/>).</summary>
    Csv,
    /// <summary>An aligned plain-text table for terminals (<see cref="TableEventWriter"/>).</summary>
    Table,
}

/// <summary>Text names of <see cref="EventFormat"/>: "jsonl", "csv", "table".</summary>
public static class EventFormats
{
    private static readonly EventFormat[] All = Enum.GetValues<EventFormat>();

    /// <summary>Every format's name, in declaration order, for help texts.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(f => f.ToString().ToLowerInvariant()).ToArray();

    /// <summary>The name of <paramref name="format"/>, e.g. "jsonl".</summary>
    public static string ToText(this EventFormat format) => Names[(int)format];

    /// <summary>Parses a format name, ignoring case and surrounding spaces.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out EventFormat format)
    {
        string name = text?.Trim().ToLowerInvariant() ?? "";
        for (int i = 0; i < All.Length; i++)
        {
            if (Names[i] == name) { format = All[i]; return true; }
        }
        format = default;
        return false;
    }

    /// <summary>Parses a format name, ignoring case and surrounding spaces.</summary>
    /// <exception cref="FormatException">The name is not a known format; the message lists the known ones.</exception>
    public static EventFormat Parse(string? text) =>
        TryParse(text, out var format)
            ? format
            : throw new FormatException($"Unknown output format '{text}'; expected one of: {string.Join(", ", Names)}.");
}
