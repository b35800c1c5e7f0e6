namespace Entente.Articles;

/// <summary>
/// Reads articles from inputs: plain-text, HTML, RSS/Atom and JSONL files, folders (recursively) and "-" for standard input.
/// The format comes from the file extension, or from the content for "-" and unknown extensions.
/// </summary>
public static class ArticleReader
{
    /// <summary>
    /// Expands the user's inputs into the concrete files (or "-") to read, in a stable order, without duplicates.
    /// Folders are searched recursively; inside them hidden files and folders and files without an article extension
    /// (.txt .text .md .html .htm .xml .rss .atom .jsonl .ndjson) are skipped, while an explicitly named file is always kept.
    /// Throws <see cref="InputException"/> for a missing path or a folder with no article files.
    /// </summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                if (seen.Add(input)) files.Add(input);
                continue;
            }
            if (Directory.Exists(input))
            {
                var found = new List<string>();
                Collect(input, found);
                if (found.Count == 0) throw new InputException(input, "folder holds no article files");
                found.Sort(StringComparer.Ordinal);
                foreach (var f in found)
                    if (seen.Add(Path.GetFullPath(f))) files.Add(f);
            }
            else if (File.Exists(input))
            {
                if (seen.Add(Path.GetFullPath(input))) files.Add(input);
            }
            else throw new InputException(input, "no such file or folder");
        }
        return files;
    }

    /// <summary>
    /// Reads the articles of one file (or "-" for <paramref name="stdin"/>, defaulting to the console), detecting its format.
    /// Throws <see cref="InputException"/> when the input cannot be read: missing, empty, binary, not UTF-8, too large,
    /// malformed feed or JSONL line. Missing inputs fail at once; JSONL files are streamed and may fail while enumerating.
    /// Each article's <see cref="Article.Offsets"/> map into the text the reader cleaned: the decoded file for plain text,
    /// the extracted text for HTML and feed items, the "text" field for JSONL records.
    /// </summary>
    public static IEnumerable<Article> Read(string path, TextReader? stdin = null)
    {
        if (path == "-") return ReadText((stdin ?? Console.In).ReadToEnd(), "-");
        if (Directory.Exists(path)) return ExpandInputs([path]).SelectMany(f => Read(f));
        if (!File.Exists(path)) throw new InputException(path, "no such file or folder");

        if (FormatDetector.FromExtension(path) == InputFormat.Jsonl) return JsonlArticleReader.ReadFile(path);
        string text = InputDecoder.ReadFile(path);
        return Dispatch(FormatDetector.Detect(path, text), text, path);
    }

    /// <summary>
    /// Reads articles from already-decoded <paramref name="text"/> named <paramref name="origin"/> ("-" for standard input),
    /// sniffing the format from the content.
    /// </summary>
    public static IReadOnlyList<Article> ReadText(string text, string origin)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException(origin, origin == "-" ? "standard input is empty" : "file is empty");
        InputDecoder.CheckNotBinary(text.AsSpan(), origin);
        if (text[0] == '\uFEFF') text = text[1..];
        var format = origin == "-" ? FormatDetector.Sniff(text) : FormatDetector.Detect(origin, text);
        return Dispatch(format, text, origin);
    }

    private static IReadOnlyList<Article> Dispatch(InputFormat format, string text, string origin)
    {
        string id = origin == "-" ? "stdin" : Path.GetFileName(origin);
        return format switch
        {
            InputFormat.Html => [HtmlArticleReader.Read(text, id, origin)],
            InputFormat.Feed => FeedArticleReader.Read(text, origin),
            InputFormat.Jsonl => JsonlArticleReader.Read(new StringReader(text), origin).ToList(),
            _ => [PlainTextArticleReader.Read(text, id, origin)],
        };
    }

    private static void Collect(string folder, List<string> found)
    {
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(folder, "cannot read folder: " + InputDecoder.OneLine(e.Message), e);
        }
        foreach (var file in files)
        {
            if (!IsHidden(file) && FormatDetector.IsArticleExtension(file)) found.Add(file);
        }
        foreach (var sub in folders)
        {
            if (!IsHidden(sub)) Collect(sub, found);
        }
    }

    private static bool IsHidden(string path)
    {
        if (Path.GetFileName(path).StartsWith('.')) return true;
        try { return (File.GetAttributes(path) & FileAttributes.Hidden) != 0; }
        catch (IOException) { return false; }
    }
}
