namespace Entente.Events;

/// <summary>PLOVER's sixteen event types, from most cooperative to most hostile.</summary>
public enum EventType
{
    /// <summary>Agree to, sign or settle.</summary>
    Agree,
    /// <summary>Meet, visit, talk, negotiate.</summary>
    Consult,
    /// <summary>Praise, endorse, express support.</summary>
    Support,
    /// <summary>Yield, ease, apologise, release.</summary>
    Concede,
    /// <summary>Act together: joint exercises, patrols, cooperation, alliance.</summary>
    Cooperate,
    /// <summary>Give material, economic, military or humanitarian aid.</summary>
    Aid,
    /// <summary>Withdraw forces, retreat.</summary>
    Retreat,
    /// <summary>Ask, demand, urge, appeal.</summary>
    Request,
    /// <summary>Accuse, criticise, blame, condemn, investigate.</summary>
    Accuse,
    /// <summary>Reject, refuse, deny, veto.</summary>
    Reject,
    /// <summary>Threaten, warn, give an ultimatum.</summary>
    Threaten,
    /// <summary>Protest, demonstrate, boycott.</summary>
    Protest,
    /// <summary>Impose sanctions, cut ties, embargo.</summary>
    Sanction,
    /// <summary>Mobilise or deploy forces, raise alert, test weapons.</summary>
    Mobilize,
    /// <summary>Seize, arrest, expel, blockade, intercept.</summary>
    Coerce,
    /// <summary>Attack, fight, bomb, kill.</summary>
    Assault,
}

/// <summary>Text forms of <see cref="EventType"/> as PLOVER writes them (upper case).</summary>
public static class EventTypes
{
    private static readonly string[] Names = Enum.GetNames<EventType>().Select(n => n.ToUpperInvariant()).ToArray();

    /// <summary>The PLOVER name, e.g. "ACCUSE".</summary>
    public static string ToPlover(this EventType type) => Names[(int)type];

    /// <summary>Parses a PLOVER name, case-insensitively.</summary>
    public static bool TryParse(string? text, out EventType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type);
}
