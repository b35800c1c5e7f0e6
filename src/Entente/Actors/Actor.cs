namespace Entente.Actors;

/// <summary>
/// A resolved actor: the code an analyst would assign, with the sector, the person if any,
/// the words it was read from and the rule or dictionary entry that matched, so a user can see why.
/// </summary>
/// <param name="Code">Root code (state or organisation).</param>
/// <param name="Sector">Sector such as GOV, MIL, INT, LEG, JUD, MED, BUS, EDU, CVL, IGO; null when unknown.</param>
/// <param name="Name">The text of the mention as written.</param>
public sealed record Actor(ActorCode Code, string? Sector, string Name)
{
    /// <summary>The person this actor is, when the mention names or stands for one.</summary>
    public string? Person { get; init; }

    /// <summary>Where in the document text the mention lies.</summary>
    public TextSpan Span { get; init; }

    /// <summary>Whether the code is a state's, an organisation's or a group's; decides state-only readings (domestic targets, story states).</summary>
    public ActorKind Kind { get; init; }

    /// <summary>True when the actor stands for a state (its government, institutions, people or officials).</summary>
    public bool IsState => Kind == ActorKind.State;

    /// <summary>The rule or dictionary entry that produced this code (for example "dict:countries:South Korea").</summary>
    public string Rule { get; init; } = "";

    /// <summary>For a reference ("their", "the ministry", "Kishida"): the discourse rule and the earlier mention it stands for.</summary>
    public Discourse.Antecedent? Antecedent { get; init; }

    /// <summary>True for a person named with an office they no longer hold ("former minister X", "then-president X").</summary>
    public bool OutOfOffice { get; init; }
}
