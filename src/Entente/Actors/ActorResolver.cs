using System.Collections.Frozen;
using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// The actor stage: turns dictionary names, people and references ("the two countries", "they", "he") into
/// <see cref="ActorMention"/>s with codes, sectors and the rule that fired. Sets the document's people and actor layers.
/// </summary>
internal sealed class ActorResolver(ActorDictionary dictionary)
{
    private readonly PersonFinder _people = new(dictionary);

    /// <summary>Resolves the actors of <paramref name="document"/>.</summary>
    public void Process(Document document)
    {
        var names = DictionaryMatcher.Match(document, dictionary);
        names.RemoveAll(name => NamesAPortfolio(document, name.First, name.End, name.Entry));
        var people = _people.Find(document, names);
        AssignStoryState(document, people, names, dictionary);
        var focusKorea = FocusKorea(names);
        var mentions = new List<ActorMention>(names.Count + people.Count * 2);
        // The story's leading state, its dateline's state, and that state when the text names it too: read once, when first needed.
        ActorCode? leading = null, dateline = null, filed = null;
        bool leadingKnown = false;
        Dictionary<ActorCode, int>? stateCounts = null;
        for (int index = 0; index < names.Count; index++)
        {
            var (first, end, entry) = names[index];
            if (entry.Kind == ActorEntryKind.Ignore) continue;
            if (entry.Kind == ActorEntryKind.Generic)
            {
                if (GenericGroups.NamedEarlier(document, index, names) is { } named)
                {
                    var sameGroup = new Actor(named.Entry.Code, named.Entry.Sector, document.SliceTokens(first, end))
                    {
                        Span = Span(document, first, end), Rule = $"{GenericGroups.NamedEarlierRule} (dict:{entry.Origin})", Kind = dictionary.KindOf(named.Entry.Code),
                        Antecedent = new Discourse.Antecedent(GenericGroups.NamedEarlierRule, document.SliceTokens(named.First, named.End), named.First, named.End,
                            Span(document, named.First, named.End), document.SentenceOfToken(named.First)),
                    };
                    mentions.Add(new ActorMention(first, end, sameGroup, MentionKind.Name, ActorEntryKind.Generic));
                    continue;
                }
                if (!leadingKnown) (leading, dateline, filed, leadingKnown) = StoryStates(document, names, dictionary);
                // "SEOUL (Yonhap) — Police have arrested …", "… Protesters marched on parliament": the police and the crowds of
                // a story are those of the place it was filed from.
                var storyState = entry.Sector is "COP" or "CVL" && filed is not null ? filed : leading;
                if (GenericGroups.StateOf(document, first, end, names, storyState, dictionary, entry.Sector, filed ?? dateline) is not { } scene) continue;
                var group = new Actor(scene.Code, entry.Sector, document.SliceTokens(first, end))
                    { Span = Span(document, first, end), Rule = $"{scene.Rule}:{scene.Code} (dict:{entry.Origin})", Kind = ActorKind.State };
                mentions.Add(new ActorMention(first, end, group, MentionKind.Name, ActorEntryKind.Generic));
                continue;
            }
            // "ethnic Albanians", "ethnic Turks": a people living elsewhere, not the state named after them.
            if (entry.Kind == ActorEntryKind.Adjective && first > 0 && document.TextOf(first - 1).Equals("ethnic", StringComparison.OrdinalIgnoreCase)) continue;
            if (IsHeritage(names, index)) continue;
            // "40 percent of Hungarians oppose …": a share of a people in a poll is respondents, not the state.
            if (entry.Kind == ActorEntryKind.Adjective && first >= 2 && document.TextOf(first - 1) is "of"
                && document.TextOf(first - 2) is "percent" or "per" or "%" or "cent" or "majority" or "third" or "quarter" or "half" or "thirds") continue;
            // "Most Poles support sending tanks, a survey showed": a people counted in an opinion poll are respondents too.
            if (entry.Kind == ActorEntryKind.Adjective && first >= 1 && WordClasses.IsQuantifier(document.TextOf(first - 1)) && SentenceTellsAPoll(document, first)) continue;
            // "many waving Armenian flags": a demonym before a flag or anthem names a symbol, not an actor.
            if (entry.Kind == ActorEntryKind.Adjective && end < document.Tokens.Length && WordClasses.IsEmblemNoun(document.TextOf(end))) continue;
            // "7 million US dollars", "Canadian dollars": a state's name or adjective before its currency names money; so does
            // one written against a currency sign ("NZ$8 million", "US$2 billion").
            if (entry.Kind is ActorEntryKind.State or ActorEntryKind.Adjective && end < document.Tokens.Length
                && (WordClasses.IsCurrencyNoun(document.TextOf(end))
                    || WordClasses.IsWrittenAgainstCurrencySign(document, end - 1))) continue;
            // "the Albanians of southern Serbia", "Kurds in Syria": a people named as living in another state are that
            // state's civilians.
            if (PeopleLivingIn(document, names, index) is { } home)
            {
                var residents = new Actor(home.Entry.Code, "CVL", document.SliceTokens(first, end))
                    { Span = Span(document, first, end), Rule = $"{PeopleLivingInRule} (dict:{home.Entry.Origin})", Kind = ActorKind.State };
                mentions.Add(new ActorMention(first, end, residents, MentionKind.Name, ActorEntryKind.Generic));
                continue;
            }
            if (entry.Kind is ActorEntryKind.State or ActorEntryKind.Adjective or ActorEntryKind.Capital && NamesAnotherParty(document, end)) continue;
            // "the Syrian Democratic Forces … the SDF": an acronym is the name it abbreviates earlier in the article.
            if (Acronyms.EarlierNameSpelled(document, names, index) is { } spelled)
            {
                var abbreviated = new Actor(spelled.Entry.Code, spelled.Entry.Sector ?? SectorFromHead(document, spelled.End), document.SliceTokens(first, end))
                {
                    Span = Span(document, first, end), Rule = $"{Acronyms.Rule} (dict:{spelled.Entry.Origin})", Kind = dictionary.KindOf(spelled.Entry.Code),
                    Antecedent = new Discourse.Antecedent(Acronyms.Rule, document.SliceTokens(spelled.First, spelled.End), spelled.First, spelled.End,
                        Span(document, spelled.First, spelled.End), document.SentenceOfToken(spelled.First)),
                };
                mentions.Add(new ActorMention(first, end, abbreviated, MentionKind.Name, spelled.Entry.Kind));
                continue;
            }
            // "the Chilean Senate", "Peru's Congress": a one-word body another state's name or people's adjective opens is
            // that state's body (the name before it takes its sector from it), not the body the bare word names alone.
            // (A generic word for a party, "opposition party", may stand between the state and the party's name.)
            int openerIndex = entry.Sector == "PTY" && index > 1 && names[index - 1].Entry.Kind == ActorEntryKind.Generic ? index - 2 : index - 1;
            if (entry.Kind == ActorEntryKind.Institution && openerIndex >= 0 && names[openerIndex] is var (_, before, opener)
                && opener.Kind is ActorEntryKind.Adjective or ActorEntryKind.State && opener.Code != entry.Code
                && (end - first == 1 && (before == first || before + 1 == first && document.TextOf(before) is "'s" or "’s")
                    || entry.Sector == "PTY" && OpensPartyName(document, before, first)))
            {
                // The state named before stands for the body, with its sector: "Germany's Social Democrats" is a German party.
                if (entry.Sector == "PTY" && mentions.Count > 0 && mentions[^1].EndToken == before)
                    mentions[^1] = mentions[^1] with { Actor = mentions[^1].Actor with { Sector = entry.Sector } };
                continue;
            }
            // "the Peruvian Joint Chiefs of Staff", "Poland's Ministry of National Defence": a body of several words right after
            // another people's adjective or state's possessive, named as the dictionary names another state's body, is that
            // state's body.
            if (entry.Kind is ActorEntryKind.Institution or ActorEntryKind.Ambiguous && end - first > 1 && entry.Sector is not null && index > 0 && names[index - 1] is var (adjectiveStart, adjectiveEnd, adjective)
                && adjective.Code != entry.Code
                && (adjective.Kind == ActorEntryKind.Adjective && adjectiveEnd == first
                    || adjective.Kind == ActorEntryKind.State && adjectiveEnd + 1 == first && document.TextOf(adjectiveEnd) is "'s" or "’s")
                && mentions.Count > 0 && mentions[^1].FirstToken == adjectiveStart && mentions[^1].EndToken == adjectiveEnd)
            {
                var own = mentions[^1].Actor with
                {
                    Sector = entry.Sector, Name = document.SliceTokens(adjectiveStart, end), Span = Span(document, adjectiveStart, end),
                    Rule = $"{mentions[^1].Actor.Rule}+{NamedBodyRule} (dict:{entry.Origin})",
                };
                mentions[^1] = new ActorMention(adjectiveStart, end, own, MentionKind.Name, ActorEntryKind.Institution);
                continue;
            }
            // "Brussels froze Georgia's EU accession talks": a capital that seats an organisation named close by (its sentence
            // or the two before), with its own state not named there, stands for that organisation.
            if (entry.Kind == ActorEntryKind.Capital && SeatedBodyNamedNear(document, names, index) is { } seated)
            {
                var body = new Actor(seated.Entry.Code, seated.Entry.Sector, document.SliceTokens(first, end))
                {
                    Span = Span(document, first, end), Rule = $"{SeatRule} (dict:{seated.Entry.Origin})", Kind = dictionary.KindOf(seated.Entry.Code),
                    Antecedent = new Discourse.Antecedent(SeatRule, document.SliceTokens(seated.First, seated.End), seated.First, seated.End,
                        Span(document, seated.First, seated.End), document.SentenceOfToken(seated.First)),
                };
                mentions.Add(new ActorMention(first, end, body, MentionKind.Name, ActorEntryKind.Organization));
                continue;
            }
            // "Brussels froze funds for Budapest": a capital that seats organisations, acting in a story that never names its
            // own state, stands for the organisation its seat rows list first (news writes "Brussels" for the EU far more
            // often than for Belgium's government).
            if (entry.Kind == ActorEntryKind.Capital && SeatBodyOfALoneCapital(document, names, index) is { } lone)
            {
                var body = new Actor(lone.Code, lone.Sector, document.SliceTokens(first, end))
                {
                    Span = Span(document, first, end), Rule = $"{LoneSeatRule} (dict:{lone.Origin})", Kind = dictionary.KindOf(lone.Code),
                };
                mentions.Add(new ActorMention(first, end, body, MentionKind.Name, ActorEntryKind.Organization));
                continue;
            }
            var code = entry.Code;
            string rule = $"dict:{entry.Origin}";
            // "Korea", "Korean": the Korea the story speaks of most (a body's name is a South Korean body's, read below).
            if (entry.Kind == ActorEntryKind.Ambiguous && entry.Sector is null && code.Value == "KOR" && focusKorea.HasValue)
            {
                code = focusKorea.Value;
                rule += "+context";
            }
            // "the Democratic Party": a body's name several states use is the one of the story's state when the state the
            // dictionary gives it is not named in the story (an Albanian story's Democratic Party is Albania's); with no
            // story state it names no one.
            // The story's state is the one it was filed from, else the one it names most ("ISLAMABAD — … the Foreign Office
            // summoned …" is Pakistan's); a body of the dictionary's state named elsewhere ("British officials") names it too.
            if (entry.Kind == ActorEntryKind.Ambiguous && entry.Sector is not null)
            {
                stateCounts ??= GenericGroups.StateMentionCounts(names, dictionary);
                var dictionaryState = code;
                if (!stateCounts.ContainsKey(code) && !names.Exists(n => n.Entry.Code == dictionaryState && n.Entry.Kind == ActorEntryKind.Institution))
                {
                    if (!leadingKnown) (leading, dateline, filed, leadingKnown) = StoryStates(document, names, dictionary);
                    if (filed != code)
                    {
                        if ((filed ?? leading) is not { } story) continue;
                        code = story;
                        rule += filed is null ? "+story-state" : "+dateline";
                    }
                }
            }
            // "the Montenegro Assembly", "Chinese military aircraft": the head noun's sector beats a state's default.
            var sector = entry.Kind is ActorEntryKind.State or ActorEntryKind.Adjective or ActorEntryKind.Capital or ActorEntryKind.Ambiguous
                ? SectorFromHead(document, end, sharedHead: entry.Kind == ActorEntryKind.Adjective) ?? OppositionOfTheState(document, entry, end) ?? entry.Sector
                : entry.Sector ?? SectorFromHead(document, end);
            var actor = new Actor(code, sector, document.SliceTokens(first, end)) { Span = Span(document, first, end), Rule = rule, Kind = dictionary.KindOf(code) };
            // "China's embassy in Wellington": a capital where another state's mission sits is a place, not its government.
            var kind = entry.Kind == ActorEntryKind.Capital && SeatOfAMission(document, names, index) ? ActorEntryKind.Place : entry.Kind;
            // "Kyrgyz and Tajik border guards": a people's adjective joined to a body the dictionary names shares its head, and so
            // its sector, as "Australian and Indian navies" does.
            if (entry.Kind == ActorEntryKind.Institution && sector is not null && mentions.Count > 0 && mentions[^1] is { EntryKind: ActorEntryKind.Adjective } joined
                && joined.Actor.Sector is null && joined.EndToken + 1 == first && document.TextOf(joined.EndToken) is "and" or "or")
                mentions[^1] = joined with { Actor = joined.Actor with { Sector = sector, Rule = $"{joined.Actor.Rule}+{SharedHeadRule}" } };
            mentions.Add(new ActorMention(first, end, kind == entry.Kind ? actor : actor with { Sector = null, Rule = rule + "+" + MissionSeatRule }, MentionKind.Name, kind));
        }
        foreach (var person in people)
        {
            if (person.Code is not { } code) continue;
            person.Mentions.Sort();
            for (int k = 0; k < person.Mentions.Count; k++)
            {
                var (first, end) = person.Mentions[k];
                var actor = new Actor(code, person.Sector, document.SliceTokens(first, end))
                {
                    Person = person.Known ?? person.Name,
                    Span = Span(document, first, end),
                    Kind = dictionary.KindOf(code),
                    Rule = person.Rule,
                    Antecedent = Discourse.NameLinks.For(document, person, k),
                    OutOfOffice = person.OutOfOffice,
                };
                mentions.Add(new ActorMention(first, end, actor, MentionKind.Person, ActorEntryKind.Person));
            }
        }
        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var withReferences = ReferenceResolver.Resolve(document, mentions, people, dictionary);
        foreach (var p in people) p.Mentions.Sort();
        document.SetEntities(Entities(document, names, people));
        document.SetPeople(people);
        var quotes = QuoteFinder.Find(document, people, withReferences);
        document.SetQuotes(quotes);
        // "we" and "our" inside a quotation need its speaker, known only now.
        document.SetActors(Discourse.QuotedFirstPersonRule.Resolve(document, withReferences, people, quotes));
    }

    // "Labour Minister Sharat Bhandari", "the Labour Ministry": a party's one-word name before a capitalised "Minister" or
    // "Ministry" names the portfolio, not the party ("a Labour minister" keeps the party).
    internal static bool NamesAPortfolio(Document document, int first, int end, ActorEntry entry) =>
        entry.Kind == ActorEntryKind.Institution && entry.Sector == "PTY" && end - first == 1 && end < document.Tokens.Length
        && document.TextOf(end) is "Minister" or "Ministry";

    /// <summary>The rule name of a people's adjective that takes its sector from the body it is joined to ("Kyrgyz and Tajik
    /// border guards").</summary>
    public const string SharedHeadRule = "shared-head";

    /// <summary>The rule name of a capital read as the place a mission sits ("the embassy in Wellington").</summary>
    public const string MissionSeatRule = "seat-of-a-mission";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MissionNouns =
        new[] { "embassy", "embassies", "consulate", "consulates", "mission", "missions", "legation", "office", "representation" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "China's embassy in <capital>", "the Chinese embassy in <capital>": the capital follows "in" after a mission noun that
    // another state's name owns ("opened an embassy in Tehran" names the partner, and stays the government).
    private static bool SeatOfAMission(Document document, List<(int First, int End, ActorEntry Entry)> names, int index)
    {
        int first = names[index].First;
        if (index == 0 || first < 3 || document.TextOf(first - 1) is not "in" || !MissionNouns.Contains(document.TextOf(first - 2))) return false;
        var (_, ownerEnd, owner) = names[index - 1];
        if (owner.Code == names[index].Entry.Code || owner.Kind is not (ActorEntryKind.State or ActorEntryKind.Adjective or ActorEntryKind.Capital or ActorEntryKind.Institution)) return false;
        // "Chinese embassy" (one name), "Chinese embassy" (adjective, noun), "China's embassy".
        return ownerEnd == first - 1 || ownerEnd == first - 2 || ownerEnd == first - 3 && document.TextOf(first - 3) is "'s" or "’s";
    }

    /// <summary>The rule name of a body named as another state's, taken as the body of the state whose adjective opens it.</summary>
    public const string NamedBodyRule = "body-of-named-state";

    /// <summary>The rule name of a people taken as civilians of the state they are named as living in.</summary>
    public const string PeopleLivingInRule = "people-living-in";

    /// <summary>
    /// The state a plural demonym is placed in by "of" or "in" ("the Albanians of southern Serbia", "Kurds in northern
    /// Syria"), when it is another state than the people's own; null otherwise.
    /// </summary>
    internal static (int First, int End, ActorEntry Entry)? PeopleLivingIn(Document document, List<(int First, int End, ActorEntry Entry)> names, int index)
    {
        var (first, end, entry) = names[index];
        if (entry.Kind != ActorEntryKind.Adjective || !entry.Name.EndsWith('s') || index + 1 >= names.Count) return null;
        if (end >= document.Tokens.Length || !(document.TextOf(end) is "of" or "in")) return null;
        var next = names[index + 1];
        // At most a direction or region word between ("southern", "the north of").
        if (next.First - end > 3 || next.Entry.Code == entry.Code) return null;
        return next.Entry.Kind is ActorEntryKind.State or ActorEntryKind.Place or ActorEntryKind.Capital ? next : null;
    }

    /// <summary>
    /// "an Iranian American journalist", "a Korean Canadian activist": a demonym right before one of the nationalities news
    /// writes with a heritage prefix (no hyphen, no "and") tells where a person's family came from; the second names the
    /// state they belong to. Elsewhere the first is the state and the second a people in it ("Bosnian Serb leaders").
    /// </summary>
    // The sentence holding <token> names an opinion poll or survey.
    private static bool SentenceTellsAPoll(Document document, int token)
    {
        var sentence = document.Sentences[document.SentenceOfToken(token)];
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (WordClasses.IsPollNoun(document.TextOf(i))) return true;
        return false;
    }

    internal static bool IsHeritage(List<(int First, int End, ActorEntry Entry)> names, int index) =>
        names[index].Entry.Kind == ActorEntryKind.Adjective && index + 1 < names.Count
        && names[index + 1].First == names[index].End && names[index + 1].Entry.Kind == ActorEntryKind.Adjective
        && HeritageNationalities.Contains(names[index + 1].Entry.Name);

    /// <summary>
    /// "Israel's militia ally", "Russia's neighbours", "Chinese rivals in Asia": a state named before a word for another
    /// party to it (an ally, a rival, a neighbour, a proxy) names that other party, not itself.
    /// </summary>
    internal static bool NamesAnotherParty(Document document, int end)
    {
        int sentenceEnd = document.Sentences[document.SentenceOfToken(end - 1)].EndToken;
        int i = end;
        if (i < sentenceEnd && document.TextOf(i) is "'s" or "’s") i++;
        for (int k = 0; k < 3 && i < sentenceEnd; k++, i++)
        {
            var word = document.TextOf(i);
            // ("U.S. consultancy Halden Partners": a capitalised word is part of a name.)
            if (WordClasses.IsOtherPartyNoun(word)) return !char.IsUpper(word[0]);
            if (document.Tokens[i].Kind != TokenKind.Word || document.Tags[i] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.ProperNoun)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Germany's Social Democrats", "Japan's Liberal Democrats", "Mozambique's opposition party Podemos": party names many
    /// states share (or another state's party's name), after a state's possessive and at most three more words, capitalised
    /// or describing a party (<see cref="PartyDescriptors"/>), belong to that state.
    /// </summary>
    private static bool OpensPartyName(Document document, int openerEnd, int first)
    {
        if (openerEnd >= first || document.TextOf(openerEnd) is not ("'s" or "’s") || first - openerEnd - 1 > 3) return false;
        for (int i = openerEnd + 1; i < first; i++)
            if (document.Tokens[i].Kind != TokenKind.Word || !char.IsUpper(document.TextOf(i)[0]) && !PartyDescriptorLookup.Contains(document.TextOf(i))) return false;
        return true;
    }

    // Words that describe a party between a state's possessive and the party's name: a closed set of news usage.
    private static readonly HashSet<string> PartyDescriptors = new(StringComparer.Ordinal)
    {
        "opposition", "ruling", "main", "largest", "governing", "party", "junior", "coalition", "partner", "far-right", "far-left",
        "centrist", "leftist", "rightist", "populist", "nationalist", "conservative", "socialist", "liberal", "new", "former",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyDescriptorLookup = PartyDescriptors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The rule that reads a capital as the organisation seated there.</summary>
    public const string SeatRule = "seat";

    // The nearest organisation seated in the capital names[index] names, named in its sentence or the two before it, when
    // the capital's own state is not named in that reach (by name, adjective or institution); null otherwise.
    private (int First, int End, ActorEntry Entry)? SeatedBodyNamedNear(Document document, List<(int First, int End, ActorEntry Entry)> names, int index)
    {
        var (first, _, capital) = names[index];
        var seated = dictionary.SeatedIn(capital.Name);
        // "met in Brussels", "flew to Brussels": the city itself.
        if (seated.Count == 0 || first > 0 && IsPlaceWord(document.TextOf(first - 1))) return null;
        int sentence = document.SentenceOfToken(first);
        int from = document.Sentences[Math.Max(0, sentence - 2)].FirstToken, to = document.Sentences[sentence].EndToken;
        (int First, int End, ActorEntry Entry)? nearest = null;
        int distance = int.MaxValue;
        for (int k = 0; k < names.Count; k++)
        {
            var (f, e, entry) = names[k];
            if (f < from || f >= to || k == index) continue;
            // Its own state named there: the capital is that state's.
            if (entry.Code == capital.Code && entry.Kind is not ActorEntryKind.Capital) return null;
            if (entry.Kind != ActorEntryKind.Organization || !seated.Any(s => s.Code == entry.Code)) continue;
            int d = Math.Abs(f - first);
            if (d < distance) (nearest, distance) = ((f, e, entry), d);
        }
        return nearest;
    }

    /// <summary>Rule name: a capital that seats organisations, in a story that never names its state, read as the first of them.</summary>
    public const string LoneSeatRule = "seat-alone";

    // The organisation a seat capital stands for when no seated body is named near it: the first its seat rows list, if the
    // capital is not a place ("in Brussels") and the story names neither its state nor any of the seated bodies.
    private ActorEntry? SeatBodyOfALoneCapital(Document document, List<(int First, int End, ActorEntry Entry)> names, int index)
    {
        var (first, _, capital) = names[index];
        var seated = dictionary.SeatedIn(capital.Name);
        if (seated.Count == 0 || first > 0 && IsPlaceWord(document.TextOf(first - 1))) return null;
        foreach (var (_, _, entry) in names)
            if (entry.Code == capital.Code && entry.Kind is not ActorEntryKind.Capital || seated.Any(s => s.Code == entry.Code)) return null;
        return seated[0];
    }

    // Words that make the capital after them a place ("met in Brussels", "flew to Brussels").
    private static bool IsPlaceWord(ReadOnlySpan<char> word) => word is "in" or "to" or "from" or "near" or "In" or "via" or "at" or "outside";

    private static readonly HashSet<string> HeritageNationalities = new(StringComparer.Ordinal)
        { "American", "Americans", "Canadian", "Canadians", "Australian", "Australians", "British" };

    // Dictionary names are organisations or places by their kind; people are people; an unknown capitalised run
    // with an organisation word ("… Institute of War Research") is an organisation without a code.
    private static List<NamedEntity> Entities(Document document, List<(int First, int End, ActorEntry Entry)> names, List<PersonName> people)
    {
        var entities = new List<NamedEntity>(names.Count + people.Count);
        var taken = new bool[document.Tokens.Length];
        foreach (var (first, end, entry) in names)
        {
            for (int i = first; i < end; i++) taken[i] = true;
            if (entry.Kind is ActorEntryKind.Adjective or ActorEntryKind.Ignore or ActorEntryKind.Group or ActorEntryKind.Generic) continue;
            var kind = entry.Kind is ActorEntryKind.Institution or ActorEntryKind.Organization ? EntityKind.Organization : EntityKind.Place;
            entities.Add(new NamedEntity(first, end, kind, entry.Code));
        }
        foreach (var p in people)
            foreach (var (first, end) in p.Mentions)
            {
                for (int i = first; i < end; i++) taken[i] = true;
                entities.Add(new NamedEntity(first, end, EntityKind.Person, p.Code));
            }
        foreach (var sentence in document.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (taken[i] || !IsCapitalised(document, i) || i == sentence.FirstToken) continue;
                int end = i;
                bool orgWord = false;
                while (end < sentence.EndToken && !taken[end] && (IsCapitalised(document, end) || (document.TextOf(end) is "of" or "for" or "and" && end + 1 < sentence.EndToken && IsCapitalised(document, end + 1))))
                {
                    orgWord |= IsOrganisationWord(document.TextOf(end));
                    end++;
                }
                if (orgWord && end - i >= 2) entities.Add(new NamedEntity(i, end, EntityKind.Organization, null));
                i = end;
            }
        }
        entities.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return entities;
    }

    private static bool IsCapitalised(Document document, int i) =>
        document.Tokens[i].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[i].Start]);

    /// <summary>True for a word that heads an organisation's name ("Institute", "Ministry", "Consulting").</summary>
    internal static bool IsOrganisationWord(ReadOnlySpan<char> word) => OrganisationWordLookup.Contains(word);

    private static readonly HashSet<string> OrganisationWords = new(StringComparer.Ordinal)
    {
        "Institute", "University", "College", "Ministry", "Department", "Agency", "Council", "Center", "Centre", "Association", "Party",
        "Corporation", "Company", "Committee", "Commission", "Foundation", "Academy", "Society", "Union", "Organization", "Organisation",
        "Bank", "Fund", "Forum", "Times", "Post", "News", "Agency", "Office", "Service", "Forces", "Army", "Navy", "Group", "Front", "Movement",
        "Consulting", "Index", "Network", "Institution", "Initiative", "Project", "Partners", "Capital", "Research", "Holdings",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationWordLookup = OrganisationWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Office holders with no state named take the state the story was filed from when the text names it too ("TAIPEI,
    // Taiwan (AP) — … presidential office spokesperson Karen Kuo said"), else the state the story names most.
    private static void AssignStoryState(Document document, List<PersonName> people, List<(int First, int End, ActorEntry Entry)> names, ActorDictionary dictionary)
    {
        if (!people.Exists(p => p.Rule.StartsWith(PersonFinder.StoryStateRule, StringComparison.Ordinal) || p.Rule == PersonFinder.DatelineStateRule)) return;
        var counts = GenericGroups.StateMentionCounts(names, dictionary);
        // "The president met the Tamil Tigers' demands": with no state named, a national body's state is the story's.
        if (counts.Count == 0)
            foreach (var (_, _, e) in names)
                if (e.Kind == ActorEntryKind.Institution && dictionary.KindOf(e.Code) == ActorKind.State) counts[e.Code] = counts.GetValueOrDefault(e.Code) + 1;
        if (counts.Count == 0) return;
        var filed = DatelineState(document, dictionary) is { } place && counts.ContainsKey(place) ? place : (ActorCode?)null;
        // With no dateline, a state the story names most only when no other is named as often ("announced sanctions on Russia,
        // New Zealand's government said": a tie tells nothing of whose minister spoke).
        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        ActorCode? story = filed ?? (ranked.Count > 1 && ranked[1].Value == ranked[0].Value ? null : ranked[0].Key);
        for (int k = 0; k < people.Count; k++)
        {
            if (people[k].Rule.StartsWith(PersonFinder.StoryStateRule, StringComparison.Ordinal))
                people[k] = story is { } code ? people[k] with { Code = code, Sector = people[k].Sector ?? "GOV" } : people[k];
            else if (people[k].Rule == PersonFinder.DatelineStateRule)
                people[k] = filed is { } filedCode ? people[k] with { Code = filedCode } : people[k] with { Rule = "" };
        }
    }

    // The state the story names most (when it clearly leads), the state of its dateline's place of filing, and that state again
    // when the text names it too (else null).
    private static (ActorCode? Leading, ActorCode? Dateline, ActorCode? Filed, bool Known) StoryStates(Document document,
        List<(int First, int End, ActorEntry Entry)> names, ActorDictionary dictionary)
    {
        var dateline = DatelineState(document, dictionary);
        var filed = dateline is { } place && names.Exists(n => n.Entry.Code == place && n.Entry.Kind != ActorEntryKind.Generic) ? dateline : null;
        return (GenericGroups.LeadingState(names, dictionary), dateline, filed, true);
    }

    // The state of the dateline's place of filing: its first part ("SEOUL" of "SEOUL, South Korea") as a capital, city or
    // state the dictionary knows; none for a story filed from two places ("Moscow/Seoul").
    internal static ActorCode? DatelineState(Document document, ActorDictionary dictionary)
    {
        if (document.Article.Dateline?.Place is not { } place || place.Contains('/')) return null;
        int comma = place.IndexOf(',');
        var first = (comma < 0 ? place : place[..comma]).Trim();
        if (first.Length == 0 || first.Contains(' ')) return null;
        // Datelines are often in capitals; the dictionary's names are written in title case.
        var name = string.Create(first.Length, first, static (span, word) => WordClasses.ToTitleCase(word, span));
        if (dictionary.Names.Word(name) is not { } entries) return null;
        foreach (var entry in entries)
            if (entry.Kind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Place && dictionary.KindOf(entry.Code) == ActorKind.State) return entry.Code;
        return null;
    }

    private static TextSpan Span(Document document, int first, int end) =>
        TextSpan.FromBounds(document.Tokens[first].Start, document.Tokens[end - 1].End);

    // "Korea" alone is South Korea unless the story is about the North: the Korea most named in the document wins.
    private static ActorCode? FocusKorea(List<(int First, int End, ActorEntry Entry)> names)
    {
        int south = 0, north = 0;
        foreach (var (_, _, e) in names)
        {
            if (e.Kind == ActorEntryKind.Ambiguous) continue;
            if (e.Code.Value == "KOR") south++;
            else if (e.Code.Value == "PRK") north++;
        }
        if (south == 0 && north == 0) return null;
        return new ActorCode(north > south ? "PRK" : "KOR");
    }

    // "Uganda's main opposition party accused the government …": a state's possessive before the opposition names its
    // opposition (PTY), a side apart from the government the rest of the sentence may name; other heads after a possessive
    // ("China's military") are mentions of their own and leave the state's sector alone.
    private static string? OppositionOfTheState(Document document, ActorEntry entry, int end) =>
        entry.Kind == ActorEntryKind.State && end < document.Tokens.Length && document.TextOf(end) is "'s" or "’s"
            && SectorFromHead(document, end + 1) is "PTY" ? "PTY" : null;

    // "Chinese military aircraft" → MIL; "Russian officials" → GOV: the sector of the first role word after an adjective.
    private static string? SectorFromHead(Document document, int end, bool sharedHead = false)
    {
        // "Australian and Indian navies": a demonym joined to the next one shares its head noun.
        if (sharedHead && end + 2 < document.Tokens.Length && document.TextOf(end) is "and" or "or"
            && document.Tags[end + 1] is PartOfSpeech.Adjective or PartOfSpeech.ProperNoun && char.IsUpper(document.TextOf(end + 1)[0])) end += 2;
        string? sector = null;
        for (int i = end; i < Math.Min(end + 3, document.Tokens.Length) && !RoleWords.Settled(sector); i++)
        {
            // Only the rest of the noun phrase: "Pyongyang fired two missiles" is not a military "Pyongyang".
            if (document.Tokens[i].Kind != TokenKind.Word || document.Tags[i] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective)) break;
            sector = RoleWords.Combine(sector, document.TextOf(i));
        }
        return sector;
    }
}
