using System.Xml;
using System.Xml.Linq;

namespace Entente.Articles;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with System.Xml: one article per item or entry, its text taken from the
/// item's content (or description / summary) with HTML stripped, its source from the feed title.
/// </summary>
internal static class FeedArticleReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>
    /// The articles of the feed in <paramref name="xml"/>. Throws <see cref="InputException"/> "malformed RSS/Atom: ..."
    /// for XML errors or a root that is neither rss nor feed, and "feed has no items" for an empty feed.
    /// </summary>
    public static IReadOnlyList<Article> Read(string xml, string origin)
    {
        HtmlArticleReader.CheckBounds(xml, origin);
        XElement root = Load(xml, origin);
        var articles = root.Name.LocalName switch
        {
            "rss" or "RDF" => ReadRss(root, origin),
            "feed" => ReadAtom(root, origin),
            var other => throw new InputException(origin, $"malformed RSS/Atom: root element <{other}> is neither <rss> nor <feed>"),
        };
        if (articles.Count == 0) throw new InputException(origin, "feed has no items");
        return articles;
    }

    private static XElement Load(string xml, string origin)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader).Root ?? throw new InputException(origin, "malformed RSS/Atom: no root element");
        }
        catch (XmlException e) when (xml.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("entity", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(origin, $"DTDs are refused, so the entities this feed declares in one cannot be used (line {e.LineNumber})", e);
        }
        catch (XmlException e)
        {
            throw new InputException(origin, "malformed RSS/Atom: " + InputDecoder.OneLine(e.Message), e);
        }
    }

    private static List<Article> ReadRss(XElement root, string origin)
    {
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        string? feedTitle = Text(channel is null ? null : Child(channel, "title"));
        var list = new List<Article>();
        int index = 0;
        foreach (var item in root.Descendants().Where(e => e.Name.LocalName == "item"))
        {
            index++;
            string? title = Text(Child(item, "title"));
            string? link = Text(Child(item, "link"));
            string? guid = Text(Child(item, "guid"));
            string? html = Text(item.Element(Content + "encoded")) ?? Text(Child(item, "description"));
            DateOnly? published = LenientDate.Parse(Text(Child(item, "pubDate")) ?? Text(item.Element(Dc + "date")));
            string? url = link ?? (IsHttp(guid) ? guid : null);
            string? source = Text(Child(item, "source")) ?? feedTitle;
            var article = Make(guid ?? link, index, title, html, isHtml: true, url, published, source, origin);
            if (article is not null) list.Add(article);
        }
        return list;
    }

    private static List<Article> ReadAtom(XElement feed, string origin)
    {
        XNamespace ns = feed.Name.Namespace;
        string? feedTitle = TextOf(feed.Element(ns + "title"));
        var list = new List<Article>();
        int index = 0;
        foreach (var entry in feed.Elements(ns + "entry"))
        {
            index++;
            string? id = Text(entry.Element(ns + "id"));
            string? title = TextOf(entry.Element(ns + "title"));
            string? link = entry.Elements(ns + "link")
                .Where(l => (string?)l.Attribute("rel") is null or "alternate")
                .Select(l => (string?)l.Attribute("href")).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h));
            var body = entry.Element(ns + "content") ?? entry.Element(ns + "summary");
            bool isHtml = (string?)body?.Attribute("type") is "html" or "xhtml" or "text/html";
            string? content = (string?)body?.Attribute("type") == "xhtml"
                ? string.Concat(body!.Nodes().Select(n => n.ToString()))
                : Text(body);
            DateOnly? published = LenientDate.Parse(Text(entry.Element(ns + "published")) ?? Text(entry.Element(ns + "updated")));
            string? source = TextOf(entry.Element(ns + "source")?.Element(ns + "title")) ?? feedTitle;
            var article = Make(id ?? link, index, title, content, isHtml, link, published, source, origin);
            if (article is not null) list.Add(article);
        }
        return list;
    }

    private static Article? Make(string? id, int index, string? title, string? content, bool isHtml, string? url,
        DateOnly? published, string? source, string origin)
    {
        // Markup is stripped; a description without any tag is plain text and keeps its line breaks.
        if (content is not null && isHtml) HtmlArticleReader.CheckBounds(content, origin);
        string raw = content is null ? "" : isHtml && content.Contains('<') ? HtmlText.FromHtml(content) : content;
        if (string.IsNullOrWhiteSpace(raw)) raw = title ?? "";
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var clean = ArticleCleaner.Clean(raw);
        string name = origin == "-" ? "stdin" : Path.GetFileName(origin);
        return new Article(id ?? $"{name}#{index}", clean.Text)
        {
            Key = id ?? $"{ArticleReader.SourceId(origin)}#{index}",
            Title = title, Url = url, Published = published ?? clean.Dateline?.Date, Source = source, Origin = origin, Offsets = clean.Offsets,
            Dateline = clean.Dateline,
        };
    }

    // An Atom text construct: type="html" content is stripped to text.
    private static string? TextOf(XElement? e)
    {
        string? value = Text(e);
        if (value is null) return null;
        return (string?)e!.Attribute("type") is "html" or "xhtml" ? NullIfEmpty(HtmlText.FromHtml(value)) : value;
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Element(parent.Name.Namespace + localName) ?? parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Text(XElement? e) => e is null ? null : NullIfEmpty(e.Value.Trim());

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static bool IsHttp(string? s) =>
        Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
