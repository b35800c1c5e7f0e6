namespace Entente.Storage;

/// <summary>An article in a list: metadata and counts.</summary>
public sealed record ArticleSummary(string Id, string? Title, string? Source, string? Url, string? Published, int Sentences, int Events);

/// <summary>An article with its text, sentence spans and events.</summary>
/// <param name="Info">Identity and metadata.</param>
/// <param name="Text">The cleaned text every span refers to.</param>
/// <param name="Sentences">Sentence spans over <paramref name="Text"/>, in order.</param>
/// <param name="Events">The stored events, in text order.</param>
public sealed record ArticleDetail(ArticleInfo Info, string Text, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<StoredEvent> Events);

/// <summary>How often an actor appears in the events matching a search.</summary>
/// <param name="Code">The actor's code.</param>
/// <param name="Events">Events naming it as source or target.</param>
/// <param name="AsSource">Events where it acts.</param>
/// <param name="AsTarget">Events where it is acted upon.</param>
/// <param name="Goldstein">Sum of those events' Goldstein weights.</param>
/// <param name="First">Earliest effective date, when any.</param>
/// <param name="Last">Latest effective date, when any.</param>
public sealed record ActorSummary(string Code, int Events, int AsSource, int AsTarget, double Goldstein, string? First, string? Last);

/// <summary>A value seen with its count (a name, a sector, an event type).</summary>
public sealed record Counted(string Value, int Count);

/// <summary>A person seen acting or acted upon for an actor.</summary>
public sealed record PersonSeen(string Name, string? Sector, int Events);

/// <summary>The events between two actors, in either direction.</summary>
/// <param name="A">The code that sorts first.</param>
/// <param name="B">The code that sorts second.</param>
/// <param name="Events">Number of events.</param>
/// <param name="Cooperative">Events with a positive Goldstein weight.</param>
/// <param name="Hostile">Events with a negative Goldstein weight.</param>
/// <param name="Goldstein">Sum of the Goldstein weights.</param>
public sealed record PairSummary(string A, string B, int Events, int Cooperative, int Hostile, double Goldstein);

/// <summary>Everything the store knows of one actor.</summary>
public sealed record ActorProfile(
    ActorSummary Summary,
    IReadOnlyList<Counted> Names,
    IReadOnlyList<Counted> Sectors,
    IReadOnlyList<PersonSeen> People,
    IReadOnlyList<Counted> Types,
    IReadOnlyList<PairSummary> Partners,
    IReadOnlyList<PairSummary> Adversaries,
    IReadOnlyList<StoredEvent> Recent);

/// <summary>The length of a timeline's periods.</summary>
public enum Interval
{
    /// <summary>One day: "2024-06-19".</summary>
    Day,
    /// <summary>One month: "2024-06".</summary>
    Month,
    /// <summary>One year: "2024".</summary>
    Year,
}

/// <summary>The events of one period.</summary>
/// <param name="Period">The period's ISO prefix: "2024", "2024-06" or "2024-06-19".</param>
/// <param name="Events">Number of events.</param>
/// <param name="Cooperative">Events with a positive Goldstein weight.</param>
/// <param name="Hostile">Events with a negative Goldstein weight.</param>
/// <param name="Goldstein">Sum of the Goldstein weights.</param>
public sealed record Bucket(string Period, int Events, int Cooperative, int Hostile, double Goldstein);

/// <summary>A sentence matching a full-text search.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">The article's headline, when known.</param>
/// <param name="SentenceIndex">The sentence's index in the article.</param>
/// <param name="Start">The sentence's start in the article's text.</param>
/// <param name="Length">The sentence's length.</param>
/// <param name="Snippet">The sentence with matching words between <c>[</c> and <c>]</c> markers (\u0002 and \u0003).</param>
/// <param name="Events">Events read from this sentence.</param>
/// <param name="Rank">BM25 rank; lower is better.</param>
public sealed record SentenceHit(string ArticleId, string? Title, int SentenceIndex, int Start, int Length, string Snippet, int Events, double Rank);
