using Entente.Actors;

namespace Entente;

/// <summary>Reads the project's tab-separated data files: '#' comments and blank lines skipped, each row with its "file:line".</summary>
internal static class TsvRows
{
    /// <summary>The rows of <paramref name="file"/> split on tabs, each with its origin for error messages and provenance.</summary>
    public static IEnumerable<(string[] Fields, string Origin)> Read(string file)
    {
        string name = Path.GetFileName(file);
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(file))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return (line.Split('\t'), $"{name}:{lineNumber}");
        }
    }

    /// <summary>The rows of <paramref name="file"/> that have at least <paramref name="fields"/> fields; a shorter row is an error naming its line.</summary>
    public static IEnumerable<(string[] Fields, string Origin)> Read(string file, int fields)
    {
        foreach (var (f, origin) in Read(file))
        {
            if (f.Length < fields) throw new DictionaryFormatException(origin, $"expected {fields} tab-separated fields, found {f.Length}");
            yield return (f, origin);
        }
    }
}
