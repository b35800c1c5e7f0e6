namespace Entente.Actors;

/// <summary>What kind of name a dictionary entry is.</summary>
public enum ActorEntryKind : byte
{
    /// <summary>A state's name: "South Korea", "ROK".</summary>
    State,
    /// <summary>A demonym or adjective: "South Korean", "Chinese".</summary>
    Adjective,
    /// <summary>A capital or seat of power standing for the government: "Seoul", "the Kremlin".</summary>
    Capital,
    /// <summary>A place in a state that is not its government: "Busan", "Donetsk".</summary>
    Place,
    /// <summary>A national institution with a sector: "National Intelligence Service".</summary>
    Institution,
    /// <summary>An international organisation or grouping: "NATO".</summary>
    Organization,
    /// <summary>A name whose state depends on context: "Korea".</summary>
    Ambiguous,
    /// <summary>A named person.</summary>
    Person,
    /// <summary>A name that stands for several actors at once ("Indo-Pacific partners"): the code joins them with '+'.</summary>
    Group,
    /// <summary>A name that is not an actor and hides the names inside it ("South China Sea" is not China).</summary>
    Ignore,
    /// <summary>A description of a group with no name of its own ("militants", "protesters"): it stands for the people of the
    /// state where the story happens, with the entry's sector (code <c>*</c> in the file).</summary>
    Generic,
}

/// <summary>One dictionary entry: a name and the actor it stands for, with where it was defined.</summary>
/// <param name="Code">Root code.</param>
/// <param name="Sector">Sector, or null when the entry gives none.</param>
/// <param name="Kind">What kind of name it is.</param>
/// <param name="Name">The name as written in the dictionary.</param>
/// <param name="Origin">Dictionary file and line, for explanations ("states.tsv:412").</param>
internal sealed record ActorEntry(ActorCode Code, string? Sector, ActorEntryKind Kind, string Name, string Origin)
{
    /// <summary>For person entries, the person's main name.</summary>
    public string? Person { get; init; }

    /// <summary>
    /// True when a one-word name of an adjective or ambiguous entry is a singular demonym ("Chinese", and "Korean" of the
    /// ambiguous "Korea|Korean"): ambiguous entries mix state names and adjectives, told apart by the adjective endings.
    /// </summary>
    public static bool IsSingularDemonym(ActorEntryKind kind, ReadOnlySpan<char> name) =>
        !name.Contains(' ') && !name.EndsWith("s") && (kind == ActorEntryKind.Adjective
            || kind == ActorEntryKind.Ambiguous && (name.EndsWith("an") || name.EndsWith("ese") || name.EndsWith("ish") || name.EndsWith("i")));
}
