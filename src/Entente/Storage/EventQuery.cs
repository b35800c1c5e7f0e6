using Entente.Events;

namespace Entente.Storage;

/// <summary>
/// Which events to read from an <see cref="EventStore"/>. Every filter is optional; unset filters match everything.
/// Results come ordered by article id, then sentence index.
/// </summary>
public sealed record EventQuery
{
    /// <summary>The query with no filters: every event.</summary>
    public static EventQuery All { get; } = new();

    /// <summary>An actor code (case-insensitive) that must be the event's source or its target.</summary>
    public string? Actor { get; init; }

    /// <summary>Only events of this PLOVER type.</summary>
    public EventType? Type { get; init; }

    /// <summary>
    /// Earliest date, inclusive. Compared with the event's date, or the article's publication date when the event has none;
    /// a partial date (a month, a year) matches when any of its days is on or after this date.
    /// Events with neither date are excluded when a bound is set.
    /// </summary>
    public DateOnly? Since { get; init; }

    /// <summary>Latest date, inclusive; the counterpart of <see cref="Since"/>.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Only events of this article.</summary>
    public string? ArticleId { get; init; }

    /// <summary>At most this many events; null for no limit.</summary>
    public int? Limit { get; init; }
}
