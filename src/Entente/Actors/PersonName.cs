namespace Entente.Actors;

/// <summary>
/// A named person of the story with every mention of them linked: "Choi Woo-suk … Choi … he".
/// </summary>
public sealed record PersonName
{
    /// <summary>The fullest form of the name as written in the text.</summary>
    public required string Name { get; init; }

    /// <summary>The dictionary's main name when the person is known to it.</summary>
    public string? Known { get; init; }

    /// <summary>The role as written in the text or taken from the dictionary ("retired PLA colonel", "president").</summary>
    public string? Role { get; init; }

    /// <summary>The state or organisation the person acts or speaks for.</summary>
    public ActorCode? Code { get; init; }

    /// <summary>Sector: GOV, MIL, EDU (analysts, experts) and so on.</summary>
    public string? Sector { get; init; }

    /// <summary>Why the code was chosen: "dict:offices.tsv:12", "apposition", "title", "name-shape".</summary>
    public string Rule { get; init; } = "";

    /// <summary>True when the text names the person by an office they no longer hold ("former minister", "then-president").</summary>
    public bool OutOfOffice { get; init; }

    /// <summary>Token ranges (first, end) of every mention, in text order.</summary>
    public List<(int First, int End)> Mentions { get; init; } = [];
}
