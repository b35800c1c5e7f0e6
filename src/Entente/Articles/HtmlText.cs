using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Articles;

/// <summary>
/// Converts HTML to plain text for the cleaner: whitespace inside text collapses, block elements become paragraph
/// breaks ("\n\n"), &lt;br&gt; becomes a line break, and scripts, styles, navigation, forms and captions are skipped.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "nav", "form", "button", "iframe", "figcaption", "select",
        "input", "textarea", "object", "canvas", "head",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "section",
        "article", "header", "footer", "figure", "hr", "pre", "main", "aside", "dd", "dt", "dl", "address", "body",
        "td", "th",
    };

    /// <summary>Parses <paramref name="html"/> (a document or a fragment) and returns its text.</summary>
    public static string FromHtml(string html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        var doc = new HtmlParser().ParseDocument(html);
        return doc.Body is { } body ? FromNode(body) : "";
    }

    /// <summary>The text of <paramref name="node"/> and its descendants.</summary>
    public static string FromNode(INode node)
    {
        var sb = new StringBuilder();
        Walk(node, sb);
        return sb.ToString().Trim();
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(text.Data, sb);
                    break;
                case IElement element:
                    string name = element.LocalName;
                    if (Skipped.Contains(name) || element.HasAttribute("hidden")) break;
                    if (name == "br") { TrimSpace(sb); sb.Append('\n'); break; }
                    bool block = Blocks.Contains(name);
                    if (block) Break(sb);
                    Walk(element, sb);
                    if (block) Break(sb);
                    break;
            }
        }
    }

    private static void AppendCollapsed(string data, StringBuilder sb)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (sb.Length > 0 && sb[^1] is not (' ' or '\n')) sb.Append(' ');
            }
            else sb.Append(c);
        }
    }

    private static void TrimSpace(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
    }

    private static void Break(StringBuilder sb)
    {
        TrimSpace(sb);
        if (sb.Length == 0) return;
        while (sb.Length > 0 && sb[^1] == '\n') sb.Length--;
        sb.Append("\n\n");
    }
}
