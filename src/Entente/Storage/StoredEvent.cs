using Entente.Events;

namespace Entente.Storage;

/// <summary>The article an event was read from, as stored: identity and metadata, without its text.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Source">The outlet, when known.</param>
/// <param name="Url">The article's address, when known.</param>
/// <param name="Title">The headline, when known.</param>
/// <param name="Published">The publication date (ISO, YYYY-MM-DD), when known.</param>
/// <param name="IngestedAt">When the article was stored (ISO 8601, UTC).</param>
public sealed record ArticleInfo(string Id, string? Source, string? Url, string? Title, string? Published, string IngestedAt);

/// <summary>An event as stored: its row id, the event, and the article it came from.</summary>
/// <param name="Id">The event's row id in the store (stable while the article is not replaced).</param>
/// <param name="Event">The event.</param>
/// <param name="Article">The article the event was read from.</param>
public sealed record StoredEvent(long Id, Event Event, ArticleInfo Article)
{
    /// <summary>
    /// The date the event is placed on: its own date when the text gives one, else the article's publication date;
    /// null when neither is known. A partial date stands for its first day.
    /// </summary>
    public DateOnly? EffectiveDate
    {
        get
        {
            if (Event.Date is { } d) return new DateOnly(d.Year, d.Month ?? 1, Math.Min(d.Day ?? 1, DateTime.DaysInMonth(d.Year, d.Month ?? 1)));
            return DateOnly.TryParseExact(Article.Published, "yyyy-MM-dd", out var p) ? p : null;
        }
    }
}

/// <summary>One page of results, with the total count matching the query.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Total">How many items match in all.</param>
/// <param name="Offset">How many matching items come before this page.</param>
/// <param name="Limit">The page size asked for.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit);
