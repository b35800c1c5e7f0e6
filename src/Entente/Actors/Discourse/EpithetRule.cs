using System.Collections.Frozen;

namespace Entente.Actors.Discourse;

/// <summary>
/// Epithets news uses for a state or body named before: "the North" and "the South" (only when one divided pair —
/// the Koreas or the Sudans — is in the story), "the island", "the kingdom", "the emirate", "the sultanate" (the last
/// island state, kingdom, emirate or sultanate named),
/// "the alliance" and "the bloc" (the last alliance or bloc named), "the Gulf state", "the Baltic nation", "the North African
/// country", "the former Soviet republic" (the last state of that region named); "the archipelago nation" as "the island".
/// </summary>
internal sealed class EpithetRule : IDiscourseRule
{
    // General facts about states, not about any story: which are islands (or island-bound) and which are kingdoms.
    private static readonly FrozenSet<string> Islands = ("TWN CUB CYP LKA MDG ISL IRL JAM HTI DOM SGP MLT MUS BHR JPN NZL PHL IDN GBR FJI " +
        "PNG SLB VUT WSM TON TTO BHS BRB CPV COM SYC MDV BRN TLS").Split(' ').ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Kingdoms = ("SAU GBR JOR MAR THA ESP NLD BEL SWE NOR DNK BHR BTN KHM LSO SWZ TON").Split(' ').ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Emirates = "QAT KWT ARE".Split(' ').ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Sultanates = "OMN BRN".Split(' ').ToFrozenSet(StringComparer.Ordinal);
    internal static readonly FrozenSet<string> Alliances = "NATO CSTO AUKUS QUAD FVEY JEF".Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> Blocs = "EU ASEAN BRICS SCO AU ECOWAS GCC MERCOSUR G7 G20 OPEC EAEU CIS SADC APEC CARICOM ARL OAS EAC IGAD CELAC ECCAS SAARC OIC".Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Regions news names a state by ("the Gulf state", "the Baltic nation", "the Himalayan country"): general facts.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Regions = new Dictionary<string, FrozenSet<string>>
    {
        ["Gulf"] = "SAU ARE QAT KWT BHR OMN".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Baltic"] = "EST LVA LTU".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Nordic"] = "NOR SWE FIN DNK ISL".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Balkan"] = "SRB XKX BIH MNE MKD ALB HRV SVN BGR ROU GRC".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Himalayan"] = "NPL BTN".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Caribbean"] = "CUB JAM HTI DOM TTO BHS BRB".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Sahel"] = "MLI BFA NER TCD MRT".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Sahelian"] = "MLI BFA NER TCD MRT".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Caucasus"] = "ARM AZE GEO".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Andean"] = "BOL PER ECU COL".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Scandinavian"] = "NOR SWE DNK".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Arab"] = "SAU ARE QAT KWT BHR OMN JOR LBN SYR IRQ EGY LBY TUN DZA MAR YEM SDN PSE MRT SOM DJI COM".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["African"] = ("DZA MAR TUN LBY EGY MRT NGA GHA SEN CIV MLI BFA NER GIN SLE LBR TGO BEN GMB GNB CPV KEN TZA UGA RWA BDI ETH SOM SSD SDN ERI DJI " +
                       "CAF TCD CMR COD COG GAB GNQ ZAF ZWE ZMB MOZ NAM BWA MWI AGO LSO SWZ MDG MUS SYC COM STP").Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["European"] = ("ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN IRL ISL ITA LIE LTU LUX LVA MDA MKD MLT MNE NLD NOR POL PRT " +
                        "ROU SRB SVK SVN SWE UKR XKX").Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Asian"] = ("CHN JPN KOR PRK MNG TWN IDN MYS PHL THA VNM SGP MMR KHM LAO BRN TLS IND PAK BGD LKA NPL BTN MDV AFG KAZ UZB KGZ TJK TKM").Split(' ')
            .ToFrozenSet(StringComparer.Ordinal),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>>.AlternateLookup<ReadOnlySpan<char>> RegionLookup = Regions.GetAlternateLookup<ReadOnlySpan<char>>();

    // Regions of two words ("the North African country", "the former Soviet republic"): general facts.
    private static readonly FrozenDictionary<string, FrozenSet<string>> TwoWordRegions = new Dictionary<string, FrozenSet<string>>
    {
        ["Central Asian"] = "KAZ UZB KGZ TJK TKM".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["North African"] = "DZA MAR TUN LBY EGY MRT".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["West African"] = "NGA GHA SEN CIV MLI BFA NER GIN SLE LBR TGO BEN GMB GNB CPV MRT".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["East African"] = "KEN TZA UGA RWA BDI ETH SOM SSD ERI DJI".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Central African"] = "CAF TCD CMR COD COG GAB GNQ".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Southern African"] = "ZAF ZWE ZMB MOZ NAM BWA MWI AGO LSO SWZ MDG".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Southeast Asian"] = "IDN MYS PHL THA VNM SGP MMR KHM LAO BRN TLS".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["South Asian"] = "IND PAK BGD LKA NPL BTN MDV AFG".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["South American"] = "ARG BRA CHL COL PER VEN ECU BOL PRY URY GUY SUR".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Central American"] = "GTM HND SLV NIC CRI PAN BLZ".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Latin American"] = "MEX GTM HND SLV NIC CRI PAN CUB DOM HTI ARG BRA CHL COL PER VEN ECU BOL PRY URY".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["former Soviet"] = "UKR BLR MDA GEO ARM AZE KAZ UZB KGZ TJK TKM EST LVA LTU".Split(' ').ToFrozenSet(StringComparer.Ordinal),
        ["Eastern European"] = "POL CZE SVK HUN ROU BGR UKR BLR MDA".Split(' ').ToFrozenSet(StringComparer.Ordinal),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TwoWordRegionStarts =
        TwoWordRegions.Keys.Select(k => k[..k.IndexOf(' ')]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "the 27-nation bloc", "the Western military alliance": up to two modifiers before the head.
    private static readonly FrozenSet<string> Modifiers = ("military defense defence security Western western regional trade economic political transatlantic " +
        "Atlantic Asian European African Arab Gulf Eurasian Nordic").Split(' ').ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierLookup = Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the") || i + 1 >= c.Sentence.EndToken) return 0;
        var d = c.Document;
        var next = d.TextOf(i + 1);
        if (next is "North" or "South")
        {
            // "the North Atlantic", "the South Pacific": a place name, not an epithet.
            if (i + 2 < c.Sentence.EndToken && d.Tags[i + 2] == Language.PartOfSpeech.ProperNoun) return 0;
            bool korea = c.DividedCodes.Contains("PRK") || c.DividedCodes.Contains("KOR");
            bool sudan = c.DividedCodes.Contains("SDN") || c.DividedCodes.Contains("SSD");
            if (korea == sudan) return 2; // neither or both pairs: unsure
            var code = new ActorCode((next is "North", korea) switch { (true, true) => "PRK", (false, true) => "KOR", (true, false) => "SDN", _ => "SSD" });
            var named = c.LastOf(code) ?? PairMember(c, korea ? ["PRK", "KOR"] : ["SDN", "SSD"]);
            if (named is null) return 2;
            var actor = new Actor(code, "GOV", "") { Kind = ActorKind.State, Rule = $"ref:epithet:{next.ToString().ToLowerInvariant()}→{code.Value}" };
            c.Remember(c.Emit(output, i, 2, named, "epithet:" + next.ToString().ToLowerInvariant(), actor, ActorEntryKind.State));
            return 2;
        }
        if (ArmedGroup(c, i, output) is int read) return read;
        if (RegionalState(c, i, output) is int regional) return regional;
        int h = i + 1;
        while (h < c.Sentence.EndToken && h < i + 3 && (ModifierLookup.Contains(d.TextOf(h)) || d.TextOf(h).Contains('-') && char.IsDigit(d.TextOf(h)[0]))) h++;
        if (h >= c.Sentence.EndToken) return 0;
        var head = d.TextOf(h);
        bool island = (head.Equals("island", StringComparison.OrdinalIgnoreCase) || head.Equals("archipelago", StringComparison.OrdinalIgnoreCase)) && h == i + 1;
        bool kingdom = head.Equals("kingdom", StringComparison.OrdinalIgnoreCase) && h == i + 1;
        bool emirate = head.Equals("emirate", StringComparison.OrdinalIgnoreCase) && h == i + 1;
        bool sultanate = head.Equals("sultanate", StringComparison.OrdinalIgnoreCase) && h == i + 1;
        bool alliance = head.Equals("alliance", StringComparison.OrdinalIgnoreCase);
        bool bloc = head.Equals("bloc", StringComparison.OrdinalIgnoreCase);
        if (!(island || kingdom || emirate || sultanate || alliance || bloc)) return 0;
        // "the island of Hainan", "the alliance's summit" is fine, "the alliance of X and Y" names its members.
        // ("accused the alliance of failing to …": a gerund after "of" tells what the alliance is accused of.)
        if (h + 1 < c.Sentence.EndToken && d.TextOf(h + 1) is "of" && !c.OfTellsACharge(h + 1)) return 0;
        int length = h - i + 1;
        // "the island nation", "the island state".
        if (island && h + 1 < c.Sentence.EndToken && d.TextOf(h + 1) is "nation" or "state" or "country") length++;
        var set = island ? Islands : kingdom ? Kingdoms : emirate ? Emirates : sultanate ? Sultanates : alliance ? Alliances : Blocs;
        string rule = island ? "epithet:island" : kingdom ? "epithet:kingdom" : emirate ? "epithet:emirate" : sultanate ? "epithet:sultanate"
            : alliance ? "epithet:alliance" : "epithet:bloc";
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (!c.Reachable(m) || m.Kind == MentionKind.Reference) continue;
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - 5) break;
            bool kindFits = alliance || bloc ? m.EntryKind == ActorEntryKind.Organization : m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Adjective;
            if (!kindFits || !set.Contains(m.Actor.Code.Value)) continue;
            // A place of another state named after the island state ("… Japan … Sakhalin … the island") leaves "the island"
            // unsure; one of its own ("… Taiwan … Kinmen … the island") names the same state either way.
            if (island && c.LastPlace is { } place && place.FirstToken > m.FirstToken && place.Actor.Code != m.Actor.Code) break;
            // Remembered, as a name would be: "the island's defence ministry … the ministry" is that state's.
            c.Remember(c.Emit(output, i, length, m, rule, m.Actor with { Rule = $"ref:{rule}→{m.Actor.Name}" }, m.EntryKind is ActorEntryKind.Organization ? ActorEntryKind.Organization : ActorEntryKind.State));
            return length;
        }
        // "The alliance will deploy more troops, NATO's secretary general said": with none named before, the one alliance or
        // bloc its own sentence names after it.
        if ((alliance || bloc) && NamedLaterInSentence(c, h, set) is { } later)
            c.Emit(output, i, length, later, rule + "-later", later.Actor with { Rule = $"ref:{rule}-later→{later.Actor.Name}" }, ActorEntryKind.Organization);
        return length;
    }

    // "accusing the Gulf state of …", "the Baltic nation": the state of that region last named, up to five sentences back
    // ("Central Asian", "North African", "former Soviet" take two words). Null when the words are no such epithet.
    private static int? RegionalState(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        int h = i + 1;
        if (h >= c.Sentence.EndToken) return null;
        FrozenSet<string>? region = null;
        if (TwoWordRegionStarts.Contains(d.TextOf(h)) && h + 1 < c.Sentence.EndToken && TwoWordRegions.TryGetValue($"{d.TextOf(h)} {d.TextOf(h + 1)}", out var two))
        {
            region = two;
            h += 2;
        }
        else if (RegionLookup.TryGetValue(d.TextOf(h), out var one))
        {
            region = one;
            h++;
        }
        if (region is null) return null;
        if (h >= c.Sentence.EndToken || d.TextOf(h) is not ("state" or "nation" or "country" or "monarchy" or "republic")) return null;
        int length = h - i + 1;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - 5) break;
            if (!c.Reachable(m) || m.Kind == MentionKind.Reference || m.EntryKind is not (ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Adjective)
                || !region.Contains(m.Actor.Code.Value)) continue;
            c.Remember(c.Emit(output, i, length, m, "epithet:region", m.Actor with { Rule = $"ref:epithet:region→{m.Actor.Name}" }, ActorEntryKind.State));
            return length;
        }
        return length;
    }

    private static ActorMention? NamedLaterInSentence(DiscourseContext c, int after, FrozenSet<string> set)
    {
        ActorMention? found = null;
        foreach (var m in c.Names)
        {
            if (m.FirstToken <= after) continue;
            if (m.FirstToken >= c.Sentence.EndToken) break;
            if (m.EntryKind != ActorEntryKind.Organization || !set.Contains(m.Actor.Code.Value)) continue;
            if (found is not null && found.Actor.Code != m.Actor.Code) return null;
            found = m;
        }
        return found;
    }

    // "the group", "the militant group", "the rebel group": the armed or rebel group (sector REB) last named, up to five
    // sentences back. Null when the words are not such a reference ("the group of seven", "the Group"); 0 read when one
    // is but no such group was named.
    private static readonly FrozenSet<string> GroupModifiers = "militant rebel armed insurgent Islamist extremist separatist jihadist paramilitary"
        .Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static int? ArmedGroup(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        int h = i + 1;
        if (h < c.Sentence.EndToken && (GroupModifiers.Contains(d.TextOf(h).ToString()) || IsBackerCompound(d.TextOf(h)))) h++;
        // ("accusing the group of violating the truce": a gerund after "of" tells the charge, not the group's members.)
        if (h >= c.Sentence.EndToken || !d.TextOf(h).SequenceEqual("group") || h + 1 < c.Sentence.EndToken && d.TextOf(h + 1) is "of" && !c.OfTellsACharge(h + 1)) return null;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - 5) break;
            if (!c.Reachable(m) || m.Kind != MentionKind.Name || m.Actor.Sector != "REB") continue;
            c.Emit(output, i, h - i + 1, m, "epithet:group", m.Actor with { Rule = $"ref:epithet:group→{m.Actor.Name}" }, m.EntryKind);
            break;
        }
        return h - i + 1;
    }

    // "the Iran-backed group", "the Kremlin-linked group": who stands behind the group describes it.
    private static bool IsBackerCompound(ReadOnlySpan<char> word) =>
        word.EndsWith("-backed", StringComparison.Ordinal) || word.EndsWith("-aligned", StringComparison.Ordinal)
        || word.EndsWith("-linked", StringComparison.Ordinal) || word.EndsWith("-allied", StringComparison.Ordinal);

    private static ActorMention? PairMember(DiscourseContext c, string[] codes)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
            if (Array.IndexOf(codes, c.Recent[k].Actor.Code.Value) >= 0) return c.Recent[k];
        return null;
    }
}
