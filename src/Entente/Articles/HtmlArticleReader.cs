using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Articles;

/// <summary>
/// Reads one article from an HTML page: the article body via SmartReader (never fetching anything), falling back to the
/// text of &lt;article&gt;, &lt;main&gt; or &lt;body&gt;; title, date, site and address from meta tags when present.
/// </summary>
internal static class HtmlArticleReader
{
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "datePublished", "date", "pubdate", "publishdate", "publish-date",
        "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "parsely-pub-date",
        "sailthru.date", "citation_publication_date", "article.published", "og:updated_time",
    ];

    /// <summary>
    /// Extracts the article in <paramref name="html"/>. Offsets map into the extracted text (before cleaning), not into the markup.
    /// </summary>
    public static Article Read(string html, string id, string origin)
    {
        var (depth, elements) = CheckBounds(html, origin);
        var doc = new HtmlParser().ParseDocument(html);
        string? url = Canonical(doc);
        string? title = Meta(doc, "og:title", "twitter:title") ?? NonEmpty(doc.Title);
        string? source = Meta(doc, "og:site_name", "application-name");
        DateOnly? published = LenientDate.Parse(Meta(doc, DateMetas))
            ?? LenientDate.Parse(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        string text = "";
        // SmartReader's scoring grows much faster than the page (500 nested divs, or 20,000 elements: many seconds):
        // deep or very large pages are read from the DOM directly.
        var smart = depth <= MaxReadabilityDepth && elements <= MaxReadabilityElements
            ? TrySmartReader(url ?? "file:///" + Uri.EscapeDataString(id), html) : null;
        if (smart is { IsReadable: true } && !string.IsNullOrWhiteSpace(smart.Content))
            text = HtmlText.FromHtml(smart.Content);
        if (string.IsNullOrWhiteSpace(text))
        {
            var container = doc.QuerySelector("article") ?? doc.QuerySelector("main") ?? (INode?)doc.Body;
            text = container is null ? "" : HtmlText.FromNode(container);
        }
        title ??= NonEmpty(smart?.Title);
        source ??= NonEmpty(smart?.SiteName);
        published ??= smart?.PublicationDate is { } pd ? DateOnly.FromDateTime(pd) : null;

        var clean = ArticleCleaner.Clean(text);
        return new Article(id, clean.Text)
        {
            Origin = origin, Offsets = clean.Offsets, Title = title?.Trim(), Source = source?.Trim(), Url = url,
            Published = published ?? clean.Dateline?.Date, Dateline = clean.Dateline,
        };
    }

    /// <summary>Largest page handed to the HTML libraries: 16 MB of markup (news pages are well under 3 MB).</summary>
    public const int MaxHtmlChars = 16 * 1024 * 1024;

    /// <summary>Deepest element nesting handed to the HTML libraries (news pages nest a few dozen levels).</summary>
    public const int MaxNestingDepth = 512;

    /// <summary>Deepest nesting handed to SmartReader; deeper pages take their text from the DOM.</summary>
    public const int MaxReadabilityDepth = 96;

    /// <summary>Most elements handed to SmartReader (news pages hold a few thousand); larger pages take their text from the DOM.</summary>
    public const int MaxReadabilityElements = 8_000;

    private static readonly HashSet<string> Unnested = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements that an open sibling closes, never nest by themselves.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup", "rt", "rp", "optgroup",
    };

    /// <summary>
    /// Refuses, before any HTML library sees it, markup over <see cref="MaxHtmlChars"/> or nested deeper than
    /// <see cref="MaxNestingDepth"/> elements (counted in one linear pass over the tags): such pages made the parsers run
    /// without end. Throws <see cref="InputException"/> naming <paramref name="origin"/>; returns the nesting depth and the
    /// number of start tags found.
    /// </summary>
    public static (int Depth, int Elements) CheckBounds(string html, string origin)
    {
        if (html.Length > MaxHtmlChars)
            throw new InputException(origin, $"HTML page too large ({html.Length / (1024 * 1024)} MB of markup; limit {MaxHtmlChars / (1024 * 1024)} MB)");
        int depth = 0, deepest = 0, elements = 0;
        for (int i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; i = html.IndexOf('<', i + 1))
        {
            char c = html[i + 1];
            if (c == '/') { if (depth > 0) depth--; continue; }
            if (!char.IsAsciiLetter(c)) continue;
            int end = i + 1;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-')) end++;
            int close = html.IndexOf('>', end);
            if (close < 0) break;
            elements++;
            if (html[close - 1] == '/' || Unnested.Contains(html[(i + 1)..end])) continue;
            if (++depth > deepest) deepest = depth;
            if (deepest > MaxNestingDepth)
                throw new InputException(origin, $"HTML nested too deeply (over {MaxNestingDepth} levels of elements); refused");
        }
        return (deepest, elements);
    }

    private static SmartReader.Article? TrySmartReader(string url, string html)
    {
        try
        {
            // Three arguments: parse the given HTML. With two, SmartReader would download the url.
            return SmartReader.Reader.ParseArticle(url, html, null);
        }
        catch (Exception)
        {
            return null; // SmartReader failing on odd markup is not an input error: fall back to the DOM text.
        }
    }

    private static string? Canonical(IHtmlDocument doc)
    {
        string? href = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "og:url");
        return Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : null;
    }

    private static string? Meta(IHtmlDocument doc, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var meta in doc.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase) && NonEmpty(meta.GetAttribute("content")) is { } v)
                    return v;
            }
        }
        return null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
