namespace Entente.Events;

/// <summary>
/// Which coded events count as events in the output. By default: what happened and what was announced; not what
/// is merely possible, denied, or alleged by a third party (that allegation is itself output as an accusation).
/// </summary>
public sealed record EventFilter
{
    /// <summary>Happened and intended events, without third-party claims.</summary>
    public static EventFilter Default { get; } = new();

    /// <summary>Every coded event, whatever its mode.</summary>
    public static EventFilter All { get; } = new() { Hypothetical = true, Negated = true, ThirdPartyClaims = true, Background = true, Untargeted = true };

    /// <summary>Keep background mentions (nominal references, acts embedded in other events).</summary>
    public bool Background { get; init; }

    /// <summary>Keep hypothetical and conditional events.</summary>
    public bool Hypothetical { get; init; }

    /// <summary>Keep negated events.</summary>
    public bool Negated { get; init; }

    /// <summary>Keep events that a third party claims (besides the accusation the claim makes).</summary>
    public bool ThirdPartyClaims { get; init; }

    /// <summary>Keep agreements, attacks, coercion and rejections that name no one they are made with or aimed at.</summary>
    /// <remarks>Measured on unseen news, such an event is nearly always one whose counterpart the coder did not find (an attack
    /// on an unnamed village, "the deal was signed"), not one an analyst would write down as it stands; the coder still reads
    /// it, and later rules may find its counterpart.</remarks>
    public bool Untargeted { get; init; }

    // Acts that mean nothing without a counterpart (a missile test, a protest, a threat or a withdrawal may have none).
    private static readonly HashSet<EventType> NeedCounterpart = [EventType.Agree, EventType.Assault, EventType.Coerce, EventType.Reject];

    /// <summary>True when <paramref name="e"/> is kept.</summary>
    public bool Keeps(Event e) => e.Mode switch
    {
        EventMode.Hypothetical when !Hypothetical => false,
        EventMode.Negated when !Negated => false,
        _ => (!e.IsThirdPartyClaim || ThirdPartyClaims) && (!e.IsBackground || Background)
             && (Untargeted || e.Target is not null || !NeedCounterpart.Contains(e.Type)),
    };
}
