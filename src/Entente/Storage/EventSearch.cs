using Entente.Events;

namespace Entente.Storage;

/// <summary>
/// Which stored events <see cref="StoreReader.Events"/> returns. Every filter is optional and unset filters match
/// everything. Dates compare with the event's effective date (its own, else the article's publication date), as in
/// <see cref="EventQuery"/>.
/// </summary>
public sealed record EventSearch
{
    /// <summary>An actor code that must be the event's source or target.</summary>
    public string? Actor { get; init; }

    /// <summary>Two actor codes: only events between them, in either direction.</summary>
    public (string A, string B)? Pair { get; init; }

    /// <summary>Only events of this PLOVER type.</summary>
    public EventType? Type { get; init; }

    /// <summary>Only events presented in this mode.</summary>
    public EventMode? Mode { get; init; }

    /// <summary>Earliest effective date, inclusive.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Latest effective date, inclusive.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Words the event's sentence must contain (case-insensitive for ASCII letters).</summary>
    public string? Text { get; init; }

    /// <summary>Only events of this article.</summary>
    public string? ArticleId { get; init; }

    /// <summary>Order: by article and sentence (default), or newest effective date first.</summary>
    public bool NewestFirst { get; init; }

    /// <summary>Matching events to skip.</summary>
    public int Offset { get; init; }

    /// <summary>At most this many events; null for all.</summary>
    public int? Limit { get; init; }
}
