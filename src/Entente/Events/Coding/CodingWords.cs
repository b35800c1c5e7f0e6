using Entente.Actors;

namespace Entente.Events.Coding;

/// <summary>A set of words looked up by span, case-insensitively, without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates the set.</summary>
    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>True when <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>How many words the set holds.</summary>
    public int Count => _words.Count;
}

/// <summary>
/// The word lists the coding rules read, from <c>data/events/coding-words.tsv</c> (<c>list TAB words</c>): each list
/// belongs to one rule, so the rules hold no vocabulary of their own.
/// </summary>
internal sealed class CodingWords
{
    private readonly Dictionary<string, WordSet> _lists;

    private CodingWords(Dictionary<string, WordSet> lists) => _lists = lists;

    /// <summary>The file's name inside an events folder.</summary>
    public const string FileName = "coding-words.tsv";

    /// <summary>The lists every coder needs; a file that lacks one is rejected when loaded.</summary>
    public static readonly string[] RequiredLists =
        ["cognition", "reporting", "advice", "belief", "obligation", "light", "exercise", "joint", "reciprocal", "opening", "hedge", "measure", "meeting", "location", "about", "response", "clause-end", "function"];

    /// <summary>Loads the lists of <paramref name="file"/>; a missing list or a malformed line is an error naming the file and line.</summary>
    public static CodingWords Load(string file)
    {
        if (!File.Exists(file)) throw new DictionaryFormatException(file, "coding word lists not found");
        var words = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (f, origin) in TsvRows.Read(file, 2))
        {
            var name = f[0].Trim();
            if (name.Length == 0) throw new DictionaryFormatException(origin, "empty list name");
            if (!words.TryGetValue(name, out var list)) words[name] = list = [];
            list.AddRange(f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        foreach (var required in RequiredLists)
            if (!words.ContainsKey(required)) throw new DictionaryFormatException(file, $"no '{required}' list");
        return new CodingWords(words.ToDictionary(kv => kv.Key, kv => new WordSet(kv.Value), StringComparer.Ordinal));
    }

    /// <summary>The list called <paramref name="name"/> (empty when the file has none).</summary>
    public WordSet this[string name] => _lists.TryGetValue(name, out var set) ? set : Empty;

    private static readonly WordSet Empty = new([]);

    /// <summary>Verbs after which what follows is an opinion or estimate.</summary>
    public WordSet Cognition => this["cognition"];
    /// <summary>Condemning words a speaker calls another actor or its conduct by ("hostile", "a threat").</summary>
    public WordSet Pejorative => this["pejorative"];
    /// <summary>Verbs (lemmas) that name their object as something ("called it illegal", "labelled them a threat").</summary>
    public WordSet Naming => this["naming"];
    /// <summary>Words that make a "war" one of trade ("trade war", "tariff war").</summary>
    public WordSet EconomicConflict => this["economic-conflict"];
    /// <summary>Verbs of hoping or wishing, whose clause tells a wish ("hope Seoul will join").</summary>
    public WordSet Wishing => this["wishing"];
    /// <summary>Verbs that tell an act again ("reiterated the accusation").</summary>
    public WordSet Restating => this["restating"];
    /// <summary>Plain reporting verbs.</summary>
    public WordSet Reporting => this["reporting"];
    /// <summary>CAMEO codes of acts that are wrongdoing in themselves (defying norms and law).</summary>
    public WordSet WrongdoingCodes => this["wrongdoing-codes"];
    /// <summary>Verbs of undergoing a penalty, after "or" in a demand ("or face sanctions").</summary>
    public WordSet Consequence => this["consequence"];
    /// <summary>Nouns of "in support of", "in solidarity with".</summary>
    public WordSet MannerSupport => this["manner-support"];
    /// <summary>Nouns of "in protest against".</summary>
    public WordSet MannerProtest => this["manner-protest"];
    /// <summary>Penalties a speaker may say another actor will face.</summary>
    public WordSet Penalty => this["penalty"];
    /// <summary>Verbs by which a penalty comes ("sanctions could follow").</summary>
    public WordSet PenaltyComes => this["penalty-comes"];
    /// <summary>Time words before a participle clause that shares the main clause's subject ("after meeting …").</summary>
    public WordSet ParticipleTime => this["participle-time"];
    /// <summary>Verbs that bring about the act of their object's infinitive ("forced Chile to withdraw").</summary>
    public WordSet RealizedControl => this["realized-control"];
    /// <summary>Nouns of what one actor puts to another: offers, demands, accusations.</summary>
    public WordSet Proposal => this["proposal"];
    /// <summary>Nouns of a decision taken, whose infinitive is the decided act ("a ruling to imprison …").</summary>
    public WordSet Decision => this["decision"];
    /// <summary>Lemmas of verbs whose object is the subject of the infinitive after it ("ordered the paper to close").</summary>
    public WordSet ObjectControl => this["object-control"];
    /// <summary>Nouns of a claim or report an actor may reject ("dismissed accusations it …").</summary>
    public WordSet Claim => this["claim"];
    /// <summary>Gatherings whose infinitive is what they do ("a rally to protest the verdict").</summary>
    public WordSet Gathering => this["gathering"];
    /// <summary>Words that make a noun count who did an act ("the first country to sign"): its infinitive happened.</summary>
    public WordSet Ordinal => this["ordinal"];
    /// <summary>Nouns of a blast or weapon that may be an attack's subject with no attacker named ("a car bomb killed …").</summary>
    public WordSet AttackNouns => this["attack-nouns"];
    /// <summary>Verbs of warning.</summary>
    public WordSet Warning => this["warning"];
    /// <summary>Nouns of an envoy or mission accredited to a state.</summary>
    public WordSet Envoy => this["envoy"];
    /// <summary>Nouns of a purpose whose infinitive complement is meant, not done ("the mission is to …").</summary>
    public WordSet Purpose => this["purpose"];
    /// <summary>Verbs of advice.</summary>
    public WordSet Advice => this["advice"];
    /// <summary>Verbs of belief.</summary>
    public WordSet Belief => this["belief"];
    /// <summary>Modals of obligation.</summary>
    public WordSet Obligation => this["obligation"];
    /// <summary>Verbs of obligation before "to" ("needs to", "has to").</summary>
    public WordSet ObligationVerb => this["obligation-verb"];
    /// <summary>Verbs of exchange, whose coordinated subjects act on each other ("exchanged fire").</summary>
    public WordSet Exchange => this["exchange"];
    /// <summary>Heads of patterns told by who undergoes the act ("came under fire from X").</summary>
    public WordSet Undergo => this["undergo"];
    /// <summary>Verbs that ask for no act after an obligation ("must understand").</summary>
    public WordSet ObligationNoAct => this["obligation-no-act"];
    /// <summary>Light verbs that make a governed event noun happen.</summary>
    public WordSet Light => this["light"];
    /// <summary>Nouns of military exercises.</summary>
    public WordSet Exercise => this["exercise"];
    /// <summary>Words that make an act joint.</summary>
    public WordSet Joint => this["joint"];
    /// <summary>Nouns of a relation between the parties themselves ("ties", "relations").</summary>
    public WordSet Reciprocal => this["reciprocal"];
    /// <summary>Words that open an adverbial phrase whose act belongs to the main clause's subject.</summary>
    public WordSet Opening => this["opening"];
    /// <summary>Hedges before "to" ("appears to", "is likely to").</summary>
    public WordSet Hedge => this["hedge"];
    /// <summary>Measures that hit a state without force ("legislation", "tariffs").</summary>
    public WordSet Measure => this["measure"];
    /// <summary>Nouns of meetings.</summary>
    public WordSet Meeting => this["meeting"];
    /// <summary>Prepositions before a place.</summary>
    public WordSet Location => this["location"];
    /// <summary>Prepositions naming where aid is sent ("to Gaza").</summary>
    public WordSet AidDestination => this["aid-destination"];
    /// <summary>Prepositions before whom a complaint is about.</summary>
    public WordSet About => this["about"];
    /// <summary>Words of response to an earlier act.</summary>
    public WordSet Response => this["response"];
    /// <summary>Words that end a clause.</summary>
    public WordSet ClauseEnd => this["clause-end"];
    /// <summary>Words that are not keywords of an act.</summary>
    public WordSet Function => this["function"];
}
