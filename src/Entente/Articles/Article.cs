namespace Entente.Articles;

/// <summary>
/// One news article as a reader produced it: identity, metadata and cleaned text,
/// with a map from the cleaned text back to the original characters.
/// </summary>
/// <param name="Id">Stable identifier: the file name for a file, the record id for a JSONL dump, the item link or guid for a feed.</param>
/// <param name="Text">The cleaned article text that every later stage reads.</param>
public sealed record Article(string Id, string Text)
{
    /// <summary>Where the article came from (outlet name or feed title), when known.</summary>
    public string? Source { get; init; }

    /// <summary>The article's address, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The headline, when the input carried one separately from the text.</summary>
    public string? Title { get; init; }

    /// <summary>Publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The input this article was read from (a path, "-" for standard input), for error messages and provenance.</summary>
    public string Origin { get; init; } = "";

    /// <summary>Maps offsets in <see cref="Text"/> back to offsets in the original input; identity when no cleaning moved characters.</summary>
    public OffsetMap Offsets { get; init; } = OffsetMap.Identity;
}
