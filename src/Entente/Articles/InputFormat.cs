namespace Entente.Articles;

/// <summary>The kinds of input the article reader understands.</summary>
internal enum InputFormat
{
    /// <summary>Plain text: one article per file.</summary>
    Text,

    /// <summary>An HTML page: one article per file.</summary>
    Html,

    /// <summary>An RSS 2.0 / RSS 1.0 or Atom feed: one article per item.</summary>
    Feed,

    /// <summary>JSON Lines: one article record per line.</summary>
    Jsonl,
}
