using System.Collections.Frozen;

namespace Entente.Language;

/// <summary>The closed-class words of English and a few open-class cues, looked up over spans without allocation.</summary>
internal static class WordClasses
{
    private static FrozenDictionary<string, PartOfSpeech> Build()
    {
        var d = new Dictionary<string, PartOfSpeech>(StringComparer.OrdinalIgnoreCase);
        void Add(PartOfSpeech pos, string words) { foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) d[w] = pos; }
        Add(PartOfSpeech.Determiner, "the a an this that these those some any each every all both either neither no another other such many much more most few several its their his her our your my whose which what");
        Add(PartOfSpeech.Preposition, "of in on at by for with from to into onto upon about over under between among against during without within through across toward towards after before since until despite amid amidst around near beside besides beyond via per than like including regarding concerning following outside inside along behind below above off throughout unlike versus alongside");
        Add(PartOfSpeech.Pronoun, "i me we us you he him she her it they them itself themselves himself herself ourselves myself yourself one someone anyone everyone nobody somebody something anything everything nothing");
        Add(PartOfSpeech.Conjunction, "and or but nor yet");
        Add(PartOfSpeech.Subordinator, "that if unless because although though while whereas whether since once so lest");
        Add(PartOfSpeech.Auxiliary, "be is are was were been being am 's have has had having do does did doing");
        Add(PartOfSpeech.Modal, "will would shall should may might can could must 'll 'd ought");
        Add(PartOfSpeech.Negation, "not n't never no longer");
        Add(PartOfSpeech.Wh, "who whom which where when why how");
        Add(PartOfSpeech.Adverb, "also already still just only even again very too really further furthermore however meanwhile therefore thus then now soon later recently currently formally jointly firmly strongly repeatedly increasingly reportedly allegedly reportedly once twice ever yet here there perhaps maybe probably certainly definitely clearly finally first together angrily sharply publicly");
        Add(PartOfSpeech.To, "to");
        d["to"] = PartOfSpeech.Preposition;
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly FrozenDictionary<string, PartOfSpeech> Words = Build();
    private static readonly FrozenDictionary<string, PartOfSpeech>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when every letter of <paramref name="word"/> is a capital: an acronym such as "US" or "NATO".</summary>
    public static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    /// <summary>Writes <paramref name="word"/> into <paramref name="into"/> (at least as long) as the dictionary writes names:
    /// a capital first and after a hyphen, the rest in lower case ("TALLINN" → "Tallinn", "GUINEA-BISSAU" → "Guinea-Bissau").</summary>
    public static void ToTitleCase(ReadOnlySpan<char> word, Span<char> into)
    {
        for (int i = 0; i < word.Length; i++) into[i] = i == 0 || word[i - 1] is '-' ? char.ToUpperInvariant(word[i]) : char.ToLowerInvariant(word[i]);
    }

    /// <summary>The closed class of <paramref name="word"/>, or <see cref="PartOfSpeech.Other"/> for an open-class word.</summary>
    public static PartOfSpeech Of(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var pos) ? pos : PartOfSpeech.Other;

    /// <summary>Nouns that name a time ("Monday", "week", "morning"): "on Monday", "last week", "this morning".</summary>
    public static bool IsTimeNoun(ReadOnlySpan<char> w) => IsWeekday(w) || w is "week" or "month" or "year" or "weekend" or "night" or "morning" or "evening" or "afternoon"
        or "today" or "Today" or "yesterday" or "Yesterday" or "tonight" or "tomorrow" or "overnight";

    /// <summary>An ordinal, in words or figures ("second", "fourth", "21st").</summary>
    public static bool IsOrdinal(ReadOnlySpan<char> w) =>
        w is "first" or "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "eighth" or "ninth" or "tenth" or "eleventh" or "twelfth"
        || w.Length > 2 && char.IsAsciiDigit(w[0]) && w[^2..] is "st" or "nd" or "rd" or "th";

    /// <summary>A past-tense verb an event, a treaty or a statement does more often than an actor ("It came after …", "It
    /// followed a week of talks", "It killed 12 people"), so that "It" before it is no actor.</summary>
    public static bool IsEventCourseVerb(ReadOnlySpan<char> w) => w is "came" or "followed" or "marked" or "began" or "ended" or "happened" or "occurred"
        or "took" or "lasted" or "drew" or "sparked" or "prompted" or "triggered" or "caused" or "led" or "brought" or "meant" or "left" or "killed"
        or "injured" or "wounded" or "damaged" or "destroyed" or "seemed" or "appeared" or "became" or "remained" or "passed" or "expired" or "showed"
        or "included" or "contained" or "covered" or "involved" or "raised" or "hit" or "struck" or "fell" or "rose";

    /// <summary>A preposition that opens a date phrase in a sentence ("on July 5", "In March 2019", "since June").</summary>
    public static bool IsDatePreposition(ReadOnlySpan<char> w) => w.Equals("on", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase)
        || w.Equals("since", StringComparison.OrdinalIgnoreCase) || w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase)
        || w.Equals("from", StringComparison.OrdinalIgnoreCase) || w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("after", StringComparison.OrdinalIgnoreCase);

    /// <summary>A compass direction ("south", "northwest") as it stands before "of" placing something ("south of Algiers").</summary>
    public static bool IsCompassDirection(ReadOnlySpan<char> w) => w is "north" or "south" or "east" or "west" or "northeast" or "northwest"
        or "southeast" or "southwest" or "north-east" or "north-west" or "south-east" or "south-west";

    /// <summary>The days of the week, as news capitalises them.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> w) => w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    /// <summary>Nouns of the press: "The Australian newspaper" is a paper, "The Australian government" a people's adjective.</summary>
    public static bool IsPressNoun(ReadOnlySpan<char> w) => w is "newspaper" or "paper" or "daily" or "weekly" or "tabloid" or "broadsheet"
        or "magazine" or "website" or "editorial" or "editor" or "columnist";

    /// <summary>Nouns of a state's edge: "on the Thai border", "the border with Chad", "the demarcation line" name a place by its side, not a party.</summary>
    public static bool IsBorderNoun(ReadOnlySpan<char> w) => w is "border" or "borders" or "frontier" or "frontiers" or "boundary" or "boundaries" or "demarcation";

    /// <summary>Words for another party to an actor ("its ally", "Chinese rivals", "Russia's neighbours"), any case.</summary>
    public static bool IsOtherPartyNoun(ReadOnlySpan<char> w)
    {
        if (w.Length > 16) return false;
        Span<char> lower = stackalloc char[w.Length];
        w.ToLowerInvariant(lower);
        return lower is "ally" or "allies" or "rival" or "rivals" or "archrival" or "archrivals" or "adversary" or "adversaries" or "enemy"
            or "enemies" or "foe" or "foes" or "proxy" or "proxies" or "neighbour" or "neighbours" or "neighbor" or "neighbors" or "client" or "clients"
            or "partner" or "partners" or "backer" or "backers" or "donor" or "donors";
    }

    /// <summary>Words for a place inside a state, held or governed by someone ("the rebel-held town", "Hamas-run areas").</summary>
    public static bool IsPlaceNoun(ReadOnlySpan<char> w) => IsLandNoun(w) || w is "area" or "areas" or "region" or "regions" or "republic" or "city"
        or "cities" or "town" or "towns" or "village" or "villages" or "part" or "parts" or "zone" or "zones" or "enclave" or "enclaves" or "island"
        or "islands" or "province" or "provinces" or "district" or "districts" or "stronghold" or "port" or "strip" or "entity";

    /// <summary>Words for a state's symbols ("waving Armenian flags", "the Ukrainian anthem"): a demonym before them names
    /// a symbol, not who holds it.</summary>
    public static bool IsEmblemNoun(ReadOnlySpan<char> w) => w is "flag" or "flags" or "banner" or "banners" or "emblem" or "emblems" or "anthem"
        or "anthems" or "colours" or "colors";

    /// <summary>Nouns that count what follows "of" ("dozens of vessels", "hundreds of troops").</summary>
    public static bool IsCountNoun(ReadOnlySpan<char> w) => w is "dozens" or "hundreds" or "thousands" or "scores" or "tens" or "dozen" or "hundred" or "thousand"
        or "number" or "group" or "fleet" or "flotilla" or "squadron" or "convoy" or "wave" or "swarm";

    /// <summary>Words counting part of a people ("most Poles", "many Germans").</summary>
    public static bool IsQuantifier(ReadOnlySpan<char> w) => w is "most" or "Most" or "many" or "Many" or "few" or "Few" or "some" or "Some";

    /// <summary>Words for an opinion poll ("a survey showed", "according to a poll").</summary>
    public static bool IsPollNoun(ReadOnlySpan<char> w) => w is "poll" or "polls" or "survey" or "surveys" or "pollster" or "pollsters";

    /// <summary>A currency sign written right after a state's short name ("NZ$", "US$", "HK$"): money, not an actor.</summary>
    public static bool IsCurrencySign(ReadOnlySpan<char> w) => w is "$" or "€" or "£" or "¥";

    /// <summary>True when token <paramref name="i"/> is written against a currency sign after it ("NZ" of "NZ$8 million").</summary>
    public static bool IsWrittenAgainstCurrencySign(Document d, int i) =>
        i + 1 < d.Tokens.Length && d.Tokens[i + 1].Start == d.Tokens[i].End && IsCurrencySign(d.TextOf(i + 1));

    /// <summary>A currency's name after its state's ("7 million US dollars", "Hong Kong dollars", "Swiss francs"): money, not
    /// an actor. Not "won", which is also a verb.</summary>
    public static bool IsCurrencyNoun(ReadOnlySpan<char> w) => w is "dollar" or "dollars" or "euro" or "euros" or "yen" or "yuan"
        or "renminbi" or "franc" or "francs" or "rupee" or "rupees" or "rouble" or "roubles" or "ruble" or "rubles" or "peso" or "pesos"
        or "riyal" or "riyals" or "dinar" or "dinars" or "shekel" or "shekels" or "lira" or "pound" or "pounds" or "krona" or "kronor"
        or "krone" or "kroner" or "rand" or "real" or "reais" or "ringgit" or "rupiah" or "baht" or "dirham" or "dirhams" or "hryvnia"
        or "hryvnias" or "zloty" or "zlotys" or "forint" or "lei" or "naira" or "shilling" or "shillings" or "cedi" or "cedis";

    /// <summary>What an act may be told or done in ("vowed in an audio message to …", "urged at a summit …"): a statement, a
    /// message or a gathering, never a party to the act.</summary>
    public static bool IsOccasionNoun(ReadOnlySpan<char> w) => w is "statement" or "message" or "video" or "interview" or "letter"
        or "speech" or "post" or "posting" or "broadcast" or "address" or "communique" or "communiqué" or "summit" or "meeting" or "conference"
        or "briefing" or "rally" or "session" or "call";

    /// <summary>Words for a state's mission abroad ("stormed its embassy"): what another state's forces enter there is the owner's.</summary>
    public static bool IsMissionNoun(ReadOnlySpan<char> w) => w is "embassy" or "embassies" or "consulate" or "consulates";

    /// <summary>A mission's noun as written after a state's name, in a title too ("the Japanese Embassy").</summary>
    public static bool NamesAMission(ReadOnlySpan<char> w) => IsMissionNoun(w) || w is "Embassy" or "Consulate";

    /// <summary>A state's vessels and aircraft, which another actor fires on, rams or intercepts ("used water cannon against its ship").</summary>
    public static bool IsCraftNoun(ReadOnlySpan<char> w) => CraftOf(w).Medium != CraftMedium.None;

    /// <summary>What a word for a ship or an aircraft names ("the plane", "two frigates"), or <see cref="CraftWord.None"/>.</summary>
    public static CraftWord CraftOf(ReadOnlySpan<char> w) => CraftLookup.TryGetValue(w, out var craft) ? craft : CraftWord.None;

    // Craft by medium and use, singular then plural ("aircraft" is either): one list for every reader of craft words.
    private static FrozenDictionary<string, CraftWord> BuildCraft()
    {
        var d = new Dictionary<string, CraftWord>(StringComparer.OrdinalIgnoreCase);
        void Add(CraftMedium medium, CraftUse use, string words)
        {
            foreach (var pair in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var forms = pair.Split('/');
                d[forms[0]] = new(medium, use, CraftNumber.Singular);
                d[forms[1]] = new(medium, use, CraftNumber.Plural);
            }
        }
        Add(CraftMedium.Sea, CraftUse.Any, "ship/ships vessel/vessels boat/boats");
        Add(CraftMedium.Sea, CraftUse.Military, "warship/warships frigate/frigates destroyer/destroyers submarine/submarines");
        Add(CraftMedium.Sea, CraftUse.Civil, "tanker/tankers freighter/freighters trawler/trawlers ferry/ferries cutter/cutters");
        Add(CraftMedium.Air, CraftUse.Any, "plane/planes jet/jets drone/drones helicopter/helicopters");
        Add(CraftMedium.Air, CraftUse.Military, "warplane/warplanes fighter/fighters bomber/bombers");
        Add(CraftMedium.Air, CraftUse.Civil, "airliner/airliners");
        d["aircraft"] = new(CraftMedium.Air, CraftUse.Any, CraftNumber.Either);
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly FrozenDictionary<string, CraftWord>.AlternateLookup<ReadOnlySpan<char>> CraftLookup =
        BuildCraft().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A state's military posts, which another actor fires on ("opened fire on its positions"); not its troops, which
    /// it moves itself.</summary>
    public static bool IsPostNoun(ReadOnlySpan<char> w) => w is "position" or "positions" or "post" or "posts" or "outpost" or "outposts" or "base"
        or "bases" or "checkpoint" or "checkpoints";

    /// <summary>Words for a state's land, sea or air ("on Afghan soil", "in Syrian territory", "into Polish airspace").</summary>
    public static bool IsLandNoun(ReadOnlySpan<char> w) => w is "soil" or "territory" or "territories" or "land" or "lands" or "waters" or "airspace";
}

/// <summary>Where a craft moves: on or under the sea, or in the air.</summary>
internal enum CraftMedium { None, Sea, Air }

/// <summary>What a craft word says of its use: "warship" is armed, "ferry" civil, "ship" either.</summary>
internal enum CraftUse { Any, Military, Civil }

/// <summary>Whether a craft word names one craft, several, or either ("aircraft").</summary>
internal enum CraftNumber { Singular, Plural, Either }

/// <summary>A word for craft: its medium, its use, and its number.</summary>
internal readonly record struct CraftWord(CraftMedium Medium, CraftUse Use, CraftNumber Number)
{
    /// <summary>Not a word for craft.</summary>
    public static CraftWord None => default;
}
