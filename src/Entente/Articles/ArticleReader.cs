namespace Entente.Articles;

/// <summary>
/// Reads articles from inputs: plain-text, HTML, RSS/Atom and JSONL files, folders (recursively) and "-" for standard input.
/// </summary>
public static class ArticleReader
{
    /// <summary>
    /// Expands the user's inputs into the concrete files (or "-") to read, in a stable order.
    /// Throws <see cref="InputException"/> for a missing path or a folder with no readable files.
    /// </summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-") { files.Add(input); continue; }
            if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) throw new InputException(input, "folder holds no files");
                files.AddRange(found);
            }
            else if (File.Exists(input)) files.Add(input);
            else throw new InputException(input, "no such file or folder");
        }
        return files;
    }

    /// <summary>
    /// Reads the articles of one file (or "-" for <paramref name="stdin"/>), detecting its format.
    /// Throws <see cref="InputException"/> when the input cannot be read.
    /// </summary>
    public static IEnumerable<Article> Read(string path, TextReader? stdin = null)
    {
        // Placeholder until the readers land: plain text only.
        string text = path == "-" ? (stdin ?? Console.In).ReadToEnd() : File.ReadAllText(path);
        yield return new Article(path == "-" ? "stdin" : Path.GetFileName(path), text) { Origin = path };
    }
}
