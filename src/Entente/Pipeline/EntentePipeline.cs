using Entente.Articles;

namespace Entente.Pipeline;

/// <summary>The whole pipeline from an article to its events. Thread-safe: one instance serves parallel articles.</summary>
public sealed class EntentePipeline
{
    /// <summary>Builds the pipeline with the dictionaries shipped in the data folder.</summary>
    public static EntentePipeline CreateDefault() => new();

    /// <summary>Reads one article through every stage.</summary>
    public ArticleResult Process(Article article)
    {
        // Placeholder until the language and event stages land.
        return new ArticleResult(article, [new TextSpan(0, article.Text.Length)], []);
    }
}
