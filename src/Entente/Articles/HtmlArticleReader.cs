using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Articles;

/// <summary>
/// Reads one article from an HTML page: the article body via SmartReader (never fetching anything), falling back to the
/// text of &lt;article&gt;, &lt;main&gt; or &lt;body&gt;; title, date, site and address from meta tags when present.
/// </summary>
public static class HtmlArticleReader
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
        var doc = new HtmlParser().ParseDocument(html);
        string? url = Canonical(doc);
        string? title = Meta(doc, "og:title", "twitter:title") ?? NonEmpty(doc.Title);
        string? source = Meta(doc, "og:site_name", "application-name");
        DateOnly? published = LenientDate.Parse(Meta(doc, DateMetas))
            ?? LenientDate.Parse(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        string text = "";
        var smart = TrySmartReader(url ?? "file:///" + Uri.EscapeDataString(id), html);
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
            Origin = origin, Offsets = clean.Offsets, Title = title?.Trim(), Source = source?.Trim(), Url = url, Published = published,
        };
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
