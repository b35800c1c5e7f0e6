namespace Entente.Articles;

/// <summary>Decides an input's <see cref="InputFormat"/>: by file extension first, then by sniffing the content.</summary>
internal static class FormatDetector
{
    /// <summary>The format implied by the extension of <paramref name="path"/>, or null for unknown extensions and "-".</summary>
    public static InputFormat? FromExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".txt" or ".text" or ".md" => InputFormat.Text,
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".xml" or ".rss" or ".atom" => InputFormat.Feed,
            ".jsonl" or ".ndjson" => InputFormat.Jsonl,
            _ => null,
        };

    /// <summary>True when <paramref name="path"/> has one of the extensions the reader takes from folders.</summary>
    public static bool IsArticleExtension(string path) => FromExtension(path) is not null;

    /// <summary>The format of <paramref name="path"/>: by extension when known, else by <see cref="Sniff"/> on <paramref name="head"/>.</summary>
    public static InputFormat Detect(string path, ReadOnlySpan<char> head) => FromExtension(path) ?? Sniff(head);

    /// <summary>Guesses the format from the first characters of the content.</summary>
    public static InputFormat Sniff(ReadOnlySpan<char> head)
    {
        head = head[..Math.Min(head.Length, 4096)].TrimStart("\uFEFF \t\r\n".AsSpan());
        if (head.IsEmpty) return InputFormat.Text;
        if (head[0] == '{') return InputFormat.Jsonl;
        if (head[0] != '<') return InputFormat.Text;
        if (head.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Feed;
        if (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            if (head.Contains("<html", StringComparison.OrdinalIgnoreCase)) return InputFormat.Html;
            return InputFormat.Feed;
        }
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<body", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<article", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<div", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<p>", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<p ", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<!--", StringComparison.Ordinal))
            return InputFormat.Html;
        return InputFormat.Text;
    }
}
