namespace Entente.Model;

/// <summary>What a party promises under a treaty: ATOP's five obligation types, plus access and cooperation.</summary>
public enum ObligationKind
{
    /// <summary>To help defend the other party if it is attacked.</summary>
    Defence,
    /// <summary>To join the other party in an offensive war.</summary>
    Offence,
    /// <summary>To stay out of a war the other party fights.</summary>
    Neutrality,
    /// <summary>Not to attack the other party, nor join alliances against it.</summary>
    NonAggression,
    /// <summary>To consult the other party in a crisis.</summary>
    Consultation,
    /// <summary>To let the other party's forces be stationed or visit (not triggered by an attack).</summary>
    Access,
    /// <summary>A programme of joint work, such as technology transfer (not triggered by an attack).</summary>
    Cooperation,
}

/// <summary>In what capacity an actor belongs to an organisation.</summary>
public enum MembershipKind
{
    /// <summary>A full member (for a treaty organisation: a party to its treaty).</summary>
    Member,
    /// <summary>A partner: NATO's Partnership for Peace and partners across the globe, BRICS partner countries.</summary>
    Partner,
    /// <summary>A sponsoring nation of a NATO centre of excellence.</summary>
    SponsoringNation,
    /// <summary>A contributing participant of a NATO centre of excellence (a non-NATO state).</summary>
    ContributingParticipant,
    /// <summary>An observer.</summary>
    Observer,
    /// <summary>A dialogue partner.</summary>
    DialoguePartner,
    /// <summary>A candidate for membership.</summary>
    Candidate,
    /// <summary>A participant that is not a member, such as the EU in the G7.</summary>
    Participant,
}

/// <summary>A condition that limits when a pledge applies.</summary>
public enum ConditionKind
{
    /// <summary>Only if the recipient is attacked.</summary>
    IfAttacked,
    /// <summary>Only in a named region.</summary>
    Region,
    /// <summary>Only against attacks by a named state.</summary>
    ByState,
    /// <summary>Through each party's constitutional processes.</summary>
    Constitutional,
    /// <summary>Such action as each party deems necessary.</summary>
    Discretion,
    /// <summary>Under art. 51 of the UN Charter (self-defence).</summary>
    UnCharter,
}

/// <summary>A condition of a pledge, with its detail (the region, the state) where it has one.</summary>
/// <param name="Kind">The kind of condition.</param>
/// <param name="Detail">The region or state named; null for conditions without one.</param>
public sealed record PledgeCondition(ConditionKind Kind, string? Detail = null)
{
    /// <summary>The data-file form: "if-attacked", "region=Pacific area".</summary>
    public override string ToString() => Detail is null ? ModelText.Of(Kind) : $"{ModelText.Of(Kind)}={Detail}";
}

/// <summary>How a pledge stands on a date.</summary>
public enum PledgeStatus
{
    /// <summary>Signed, in force, not suspended.</summary>
    InForce,
    /// <summary>Signed but not yet in force (or not yet ratified).</summary>
    Signed,
    /// <summary>In force, but suspended by one party.</summary>
    Suspended,
}

/// <summary>The length of the periods relations are counted in.</summary>
public enum PeriodUnit
{
    /// <summary>ISO weeks ("2024-W27").</summary>
    Week,
    /// <summary>Months ("2024-07").</summary>
    Month,
    /// <summary>Quarters ("2024-Q3").</summary>
    Quarter,
    /// <summary>Years ("2024").</summary>
    Year,
    /// <summary>One period for the whole range ("all").</summary>
    All,
}

/// <summary>The text forms of the model's enums, as written in data files and output; and their parsing.</summary>
internal static class ModelText
{
    private static readonly Dictionary<ObligationKind, string> Obligations = new()
    {
        [ObligationKind.Defence] = "defence", [ObligationKind.Offence] = "offence", [ObligationKind.Neutrality] = "neutrality",
        [ObligationKind.NonAggression] = "non-aggression", [ObligationKind.Consultation] = "consultation",
        [ObligationKind.Access] = "access", [ObligationKind.Cooperation] = "cooperation",
    };

    private static readonly Dictionary<MembershipKind, string> Memberships = new()
    {
        [MembershipKind.Member] = "member", [MembershipKind.Partner] = "partner", [MembershipKind.SponsoringNation] = "sponsoring-nation",
        [MembershipKind.ContributingParticipant] = "contributing-participant", [MembershipKind.Observer] = "observer",
        [MembershipKind.DialoguePartner] = "dialogue-partner", [MembershipKind.Candidate] = "candidate", [MembershipKind.Participant] = "participant",
    };

    private static readonly Dictionary<ConditionKind, string> Conditions = new()
    {
        [ConditionKind.IfAttacked] = "if-attacked", [ConditionKind.Region] = "region", [ConditionKind.ByState] = "by",
        [ConditionKind.Constitutional] = "constitutional", [ConditionKind.Discretion] = "discretion", [ConditionKind.UnCharter] = "un-charter",
    };

    private static readonly Dictionary<PeriodUnit, string> Units = new()
    {
        [PeriodUnit.Week] = "week", [PeriodUnit.Month] = "month", [PeriodUnit.Quarter] = "quarter", [PeriodUnit.Year] = "year", [PeriodUnit.All] = "all",
    };

    /// <summary>"defence", "non-aggression", …</summary>
    public static string Of(ObligationKind kind) => Obligations[kind];
    /// <summary>"member", "sponsoring-nation", …</summary>
    public static string Of(MembershipKind kind) => Memberships[kind];
    /// <summary>"if-attacked", "region", …</summary>
    public static string Of(ConditionKind kind) => Conditions[kind];
    /// <summary>"week", "month", …</summary>
    public static string Of(PeriodUnit unit) => Units[unit];
    /// <summary>"in-force", "signed", "suspended".</summary>
    public static string Of(PledgeStatus status) => status switch
    {
        PledgeStatus.InForce => "in-force",
        PledgeStatus.Signed => "signed",
        _ => "suspended",
    };

    /// <summary>Every obligation name.</summary>
    public static IEnumerable<string> ObligationNames => Obligations.Values;
    /// <summary>Every membership kind name.</summary>
    public static IEnumerable<string> MembershipNames => Memberships.Values;
    /// <summary>Every period unit name.</summary>
    public static IEnumerable<string> UnitNames => Units.Values;

    /// <summary>Parses an obligation name (case-insensitive; "defense" and "nonaggression" accepted).</summary>
    public static bool TryParse(string text, out ObligationKind kind)
    {
        var t = text.Trim().ToLowerInvariant() switch { "defense" => "defence", "offense" => "offence", "nonaggression" => "non-aggression", var x => x };
        return Find(Obligations, t, out kind);
    }

    /// <summary>Parses a membership kind name (case-insensitive).</summary>
    public static bool TryParse(string text, out MembershipKind kind) => Find(Memberships, text.Trim().ToLowerInvariant(), out kind);

    /// <summary>Parses a period unit name (case-insensitive).</summary>
    public static bool TryParse(string text, out PeriodUnit unit) => Find(Units, text.Trim().ToLowerInvariant(), out unit);

    /// <summary>Parses one condition: "if-attacked", "region=Pacific area", "by=RUS".</summary>
    public static bool TryParse(string text, out PledgeCondition? condition)
    {
        condition = null;
        int eq = text.IndexOf('=');
        string name = (eq < 0 ? text : text[..eq]).Trim().ToLowerInvariant();
        string? detail = eq < 0 ? null : text[(eq + 1)..].Trim();
        if (!Find(Conditions, name, out ConditionKind kind)) return false;
        bool needsDetail = kind is ConditionKind.Region or ConditionKind.ByState;
        if (needsDetail != !string.IsNullOrEmpty(detail)) return false;
        condition = new PledgeCondition(kind, detail);
        return true;
    }

    private static bool Find<T>(Dictionary<T, string> names, string text, out T value) where T : struct
    {
        foreach (var (k, v) in names)
            if (v == text) { value = k; return true; }
        value = default;
        return false;
    }

    /// <summary>True for the obligations an attack on the recipient calls on (defence, neutrality, non-aggression, consultation).</summary>
    public static bool AppliesWhenAttacked(this ObligationKind kind) =>
        kind is ObligationKind.Defence or ObligationKind.Neutrality or ObligationKind.NonAggression or ObligationKind.Consultation;
}
