using Entente.Articles;
using Entente.Events;

namespace Entente;

/// <summary>What the pipeline read from one article: its sentences and the events coded from them.</summary>
/// <param name="Article">The article as read and cleaned.</param>
/// <param name="Sentences">Sentence spans over <see cref="Article.Text"/>, in order.</param>
/// <param name="Events">The coded events, in text order.</param>
public sealed record ArticleResult(Article Article, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<Event> Events)
{
    /// <summary>The document with every layer, when the pipeline produced this result (people, quotes, actors).</summary>
    public Document? Document { get; init; }
}
