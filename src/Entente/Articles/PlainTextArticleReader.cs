namespace Entente.Articles;

/// <summary>Reads one plain-text article (.txt, .text, .md, or text content of any other kind).</summary>
internal static class PlainTextArticleReader
{
    /// <summary>Cleans <paramref name="text"/> into an article; offsets map back into <paramref name="text"/>.</summary>
    public static Article Read(string text, string id, string origin)
    {
        var clean = ArticleCleaner.Clean(text);
        return new Article(id, clean.Text) { Origin = origin, Offsets = clean.Offsets, Dateline = clean.Dateline, Published = clean.Dateline?.Date };
    }
}
