namespace Entente.Events;

/// <summary>
/// One country's authorities, its armed groups and its civilians share a state code but are not one actor: a sector
/// tells the side. Read by event coreference (two sides are two acts), actor groups (two sides are two members) and the
/// domestic pairing of source and target.
/// </summary>
internal static class Sides
{
    private enum Side : byte { Unknown, State, Armed, Civil }

    private static Side Of(string? sector) => sector switch
    {
        "GOV" or "MIL" or "COP" or "LEG" or "JUD" or "CG" or "INT" or "SPY" => Side.State,
        "REB" or "INS" or "UAF" or "SEP" => Side.Armed,
        "CVL" or "MED" or "EDU" or "BUS" or "PTY" or "OPP" or "NGO" or "REL" or "LAB" => Side.Civil,
        _ => Side.Unknown,
    };

    /// <summary>True when both sectors have a known side and the sides differ.</summary>
    public static bool Differ(string? a, string? b) => Of(a) is var x && Of(b) is var y && x != Side.Unknown && y != Side.Unknown && x != y;

    /// <summary>True when one sector is a state's authorities or forces and the other an armed group.</summary>
    public static bool StateAgainstArmed(string? a, string? b) => (Of(a), Of(b)) is (Side.State, Side.Armed) or (Side.Armed, Side.State);
}
