using System.Collections.Frozen;

namespace Entente.Actors;

/// <summary>
/// Words that describe what a person or group is: titles before names ("President", "spokesman"), roles in
/// appositions ("analyst", "colonel") and the heads of actor phrases ("aircraft", "officials"), each with the sector it implies.
/// </summary>
internal static class RoleWords
{
    private static FrozenDictionary<string, string> Build()
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        void Add(string sector, string words) { foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[w] = sector; }
        Add("GOV", "president president-elect premier chancellor minister ministers secretary secretaries spokesman spokeswoman spokesperson spokespersons " +
                   "adviser advisor advisers advisors ambassador ambassadors envoy envoys diplomat diplomats official officials leader leaders king queen prince emir sultan " +
                   "governor mayor deputy representative representatives delegate delegation negotiator negotiators government governments administration authorities " +
                   "cabinet ministry side sides counterpart counterparts chief head vice-president vice-minister undersecretary under-secretary commissioner " +
                   "Mr. Mrs. Ms. Mr Mrs Ms Dr. Dr");
        Add("MIL", "general generals admiral admirals colonel colonels lieutenant major captain commander commanders officer officers soldier soldiers troops " +
                   "military militaries army armies navy navies air force forces aircraft jets fighters warplanes bombers warships ships vessels submarines drones missiles " +
                   "marines sergeant corporal brigadier Gen. Lt. Col. Maj. Capt. Adm. Brig. Sgt. Cmdr. militaries militia peacekeepers peacekeeper " +
                   "paratroopers commandos servicemen");
        Add("EDU", "analyst analysts expert experts researcher researchers professor professors scholar scholars academic academics dean fellow fellows " +
                   "economist economists commentator commentators observer observers specialist specialists lecturer");
        Add("MED", "journalist journalists reporter reporters correspondent editor editors columnist");
        Add("LEG", "lawmaker lawmakers legislator legislators senator senators congressman congresswoman parliamentarian parliamentarians MP MPs speaker");
        Add("BUS", "chairman chairwoman executive executives CEO businessman businessmen businesswoman businesspeople company companies firm firms " +
                   "manufacturer manufacturers industry investors");
        Add("CVL", "activist activists protesters protestors demonstrators citizens residents civilians people tourist tourists traveler travelers " +
                   "traveller travellers visitors students pilgrims fans farmers workers fishermen miners truckers villagers");
        Add("INT", "intelligence spy spies agent agents");
        Add("JUD", "judge judges prosecutor prosecutors court courts tribunal");
        Add("LEG", "assembly parliament congress senate legislature");
        Add("CVL", "association associations union unions federation");
        Add("REB", "rebel rebels guerrilla guerrillas insurgent insurgents militant militants separatist separatists fighters militia militias militiamen gunmen");
        Add("COP", "police policeman policemen");
        // "Kenya's opposition leader Raila Odinga": the opposition's leader, not the government's.
        Add("PTY", "opposition");
        // Roles whose sector is their institution's: the director of a think tank is EDU, of a government council GOV.
        Add(NoSector, "director directors");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly FrozenDictionary<string, string> Sectors = Build();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Sectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Titles = new[]
    {
        "President", "Prime", "Minister", "Secretary", "Secretary-General", "Chancellor", "Premier", "Vice", "Deputy", "Foreign", "Defense", "Defence",
        "General", "Gen.", "Lt.", "Lieutenant", "Colonel", "Col.", "Major", "Maj.", "Captain", "Capt.", "Admiral", "Adm.", "Brig.", "Brigadier", "Sgt.", "Commander",
        "Senior", "Chairman", "Chairwoman", "Director", "Ambassador", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Leader", "Supreme",
        "King", "Queen", "Prince", "Emir", "Sheikh", "Sultan", "Pope", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr", "Professor",
        "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor", "Chief", "Press", "Speaker", "Judge", "Justice", "Adviser", "Advisor",
        // Plural titles before two names joined by "and": "Presidents Xi Jinping and Joe Biden".
        "Presidents", "Ministers", "Premiers", "Leaders", "Senators", "Ambassadors", "Envoys", "Generals", "Chancellors",
        "Marshal", "Field", "Commissioner", "Ousted", "Former", "Late", "Acting", "Exiled", "Deposed", "Interim", "Outgoing", "Incoming", "Elected", "High", "Counselor", "Councillor", "Comrade", "Crown", "State", "National", "Security", "Army", "Navy", "Air",
    }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string NoSector = "";

    /// <summary>The sector a role word implies (GOV, MIL, EDU …), or null.</summary>
    /// <summary>
    /// The sector of a role phrase read word by word: the first word's with a sector, except that the opposition's
    /// ("opposition") yields to a later word of another organ ("opposition lawmaker" is LEG) though not to a mere title
    /// ("opposition leader" stays PTY).
    /// </summary>
    public static string? Combine(string? sector, ReadOnlySpan<char> word) =>
        SectorOf(word) is { } next && (sector is null || sector == "PTY" && next != "GOV") ? next : sector;

    /// <summary>True when the sector of a role phrase read so far is final: no later word changes it (<see cref="Combine"/>).</summary>
    public static bool Settled(string? sector) => sector is not null and not "PTY";

    public static string? SectorOf(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var s) && s.Length > 0 ? s : null;

    /// <summary>True for any role word, also those that imply no sector of their own ("director").</summary>
    public static bool IsRole(ReadOnlySpan<char> word) => Lookup.ContainsKey(word);

    /// <summary>True when a capitalised word is a title that can stand before a name ("President", "Gen.").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);
}
