namespace Entente.Events;

/// <summary>How the text presents an event: as done, as intended, as possible, or as denied.</summary>
public enum EventMode
{
    /// <summary>Reported as having happened (or happening).</summary>
    Happened,
    /// <summary>Announced, planned or promised: "will attend", "plan to meet".</summary>
    Intended,
    /// <summary>Conditional or possible: "if necessary", "might dispatch".</summary>
    Hypothetical,
    /// <summary>Negated or denied: "did not sign", "deny any arms exchanges".</summary>
    Negated,
}

/// <summary>Text forms of <see cref="EventMode"/> for output: null for happened, else "intend", "hypothetical", "negated".</summary>
public static class EventModes
{
    /// <summary>The output form; null for <see cref="EventMode.Happened"/>.</summary>
    public static string? ToText(this EventMode mode) => mode switch
    {
        EventMode.Intended => "intend",
        EventMode.Hypothetical => "hypothetical",
        EventMode.Negated => "negated",
        _ => null,
    };

    /// <summary>Parses an output form back to a mode; null or empty is <see cref="EventMode.Happened"/>.</summary>
    public static EventMode Parse(string? text) => text switch
    {
        "intend" => EventMode.Intended,
        "hypothetical" => EventMode.Hypothetical,
        "negated" => EventMode.Negated,
        _ => EventMode.Happened,
    };
}
