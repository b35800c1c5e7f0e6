namespace Entente.Articles;

/// <summary>
/// One news article as a reader produced it: identity, metadata and cleaned text,
/// with a map from the cleaned text back to the original characters.
/// </summary>
/// <param name="Id">The article's name in output: the file's path (relative to the current folder when inside it), the record id
/// for a JSONL dump (or "file#line"), the item guid or link for a feed, "stdin" for standard input.</param>
/// <param name="Text">The cleaned article text that every later stage reads.</param>
public sealed record Article(string Id, string Text)
{
    /// <summary>Where the article came from (outlet name or feed title), when known.</summary>
    public string? Source { get; init; }

    /// <summary>The article's address, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The headline, when the input carried one separately from the text.</summary>
    public string? Title { get; init; }

    /// <summary>The dateline the cleaner cut from the top of the text (place, agency, date), when it had one.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Where the story was filed, from its dateline ("SEOUL, South Korea"); null when it has none.</summary>
    public string? Location => Dateline?.Place;

    /// <summary>Publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The input this article was read from (a path, "-" for standard input), for error messages and provenance.</summary>
    public string Origin { get; init; } = "";

    /// <summary>
    /// The article's identity in a store, unique per source: a file's path as in <see cref="Id"/>; a dump record's id scoped by
    /// the dump ("dump path#record id", and "@" with a content hash when the dump repeats an id with another text); a feed item's
    /// guid or link (else "feed path#n"); "stdin@" and a hash of the text for standard input. Defaults to <see cref="Id"/>.
    /// </summary>
    public string Key { get => _key ?? Id; init => _key = value; }

    private readonly string? _key;

    /// <summary>Maps offsets in <see cref="Text"/> back to offsets in the original input; identity when no cleaning moved characters.</summary>
    internal OffsetMap Offsets { get; init; } = OffsetMap.Identity;
}
