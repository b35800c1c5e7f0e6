using System.Collections.Frozen;
using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// Finds the named people of a story and links every mention of each: a run of capitalised words is a person
/// when the people dictionary knows it, or a title stands before it, an apposition follows it, it speaks, or it has
/// the shape of an East Asian personal name. Later mentions by family name or surname link to the same person.
/// The person's country and sector come from the dictionary (office held on the article's date), then the title
/// phrase, then the apposition, then the name's shape.
/// </summary>
internal sealed class PersonFinder(ActorDictionary dictionary)
{
    private static readonly FrozenSet<string> NotNameWords = new[]
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Related", "Photo", "Image", "Read", "More",
        "Institute", "University", "College", "Ministry", "Department", "Service", "Agency", "Council", "Center", "Centre", "Association",
        "Party", "Force", "Forces", "Army", "Navy", "Command", "Times", "Post", "News", "Journal", "Daily", "Herald", "Corporation",
        "Company", "Group", "Bank", "Fund", "Committee", "Commission", "Office", "House", "Assembly", "Parliament", "Congress", "Court",
        "Summit", "Treaty", "Agreement", "Alliance", "Organization", "Organisation", "Union", "Republic", "Kingdom", "Federation",
        "State", "States", "Sea", "Ocean", "Strait", "Peninsula", "Island", "Islands", "Province", "City", "Region", "Zone", "Forum",
        "Report", "Assessment", "Initiative", "Strategy", "Program", "Programme", "Project", "Defense", "Defence", "Security", "War",
        "Foundation", "School", "Academy", "Society", "Studies", "Research", "Policy", "Affairs", "Relations", "Tactical", "Missile",
        "Ballistic", "System", "Systems", "Excellence", "Cyber", "Shangri-La", "Dialogue", "Coast", "Guard", "Air", "Self-Defense",
        "Cooperative", "Mutual", "Procurement", "Industry", "Technology", "Science", "Level", "Subscribe", "Discover", "Home", "Back",
        "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "With", "By", "From", "To", "Of", "And", "Or", "But",
        "As", "If", "It", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "Meanwhile", "However", "According",
        "Although", "While", "Despite", "After", "Before", "Since", "Following", "Now", "Then", "Also", "Both", "Some", "Many", "Most",
        "Experts", "Analysts", "Officials", "Sources", "Chinese", "American", "Western", "Eastern", "Northern", "Southern", "Asian",
        "European", "Global", "International", "Joint", "Military", "Nuclear", "Strategic", "Foreign", "Prime", "Minister", "Secretary",
    }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotName = NotNameWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "say", "told", "tells", "tweeted", "tweets", "posted", "added", "adds", "noted", "notes", "stressed", "stresses", "believes", "believed", "wrote",
        "writes", "explained", "explains", "suggested", "suggests", "warned", "warns", "argued", "argues", "insisted", "insists", "indicated",
        "indicates", "maintains", "maintained", "asked", "asks", "responded", "responds", "replied", "announced", "announces", "stated",
        "emphasized", "emphasised", "highlighted", "highlights", "expects", "expected", "thinks", "thought", "claimed", "claims",
        "estimated", "estimates", "accused", "accuses", "urged", "urges", "confirmed", "confirms", "acknowledged", "declared", "described",
        "pointed", "recalled", "commented", "predicted", "predicts", "requested", "observed", "observes", "concluded", "remarked",
        "informed", "adding", "saying", "reiterated", "reiterates", "reiterate", "reaffirmed", "reaffirms", "affirmed", "affirms", "assured", "assures", "repeated", "demanded", "demands", "estimate", "claim", "allege", "alleged", "alleges", "believe", "think", "argue", "insist", "note",
        "reported", "suggest", "predict", "expect", "fear", "fears", "feared", "recommend", "recommends", "recommended",
        "assess", "assessed", "assesses", "conclude", "speculate", "speculated", "hope", "hopes", "hoped", "announce", "confirm", "declare", "noting", "stressing", "warning", "telling", "writing", "labeling", "labelling", "calling", "describing", "contended", "contends", "asserted", "asserts", "suspects", "suspect", "suspected", "vowed", "vows",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Speech = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    // Family names that come first in Korean names written in English; a general onomastic fact, not a list of people.
    private static readonly FrozenSet<string> KoreanSurnames = ("Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Sin " +
        "Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Jun Chun Ko Go Moon Mun Yang Son Bae Baek Paik Heo Hur Nam Noh Roh Ha Kwak Sung Cha Joo Ju Woo Min Ryu Yoo " +
        "Na Jin Ji Um Eom Chae Won Bang Kong Hyun Pyo Byun Byeon Ryoo Seong Tak Gil Ban Wi Ok Yeo Maeng Seok").Split(' ').ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Korean = KoreanSurnames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is a speech or cognition verb that introduces what a person said.</summary>
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => Speech.Contains(word);

    /// <summary>Finds the people of <paramref name="document"/>. <paramref name="names"/> are the dictionary matches (not people).</summary>
    public List<PersonName> Find(Document document, IReadOnlyList<(int First, int End, ActorEntry Entry)> names)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var taken = new bool[tokens.Length];
        foreach (var (first, end, _) in names) for (int i = first; i < end; i++) taken[i] = true;

        var people = new List<PersonName>();
        var shortForms = new Dictionary<string, PersonName>(StringComparer.Ordinal);
        // Full names seen without a sign that they are people, by surname: a later "Valdak, who …" or "Valdak said"
        // shows that "Jorin Valdak" was one.
        var unconfirmed = new Dictionary<string, (int Start, int End, Sentence Sentence)>(StringComparer.Ordinal);
        // Names a person is introduced by ("Mohammed bin Salman, known as MBS", "Lee Jae-myung (LJM)"): later mentions.
        var aliases = new Dictionary<string, PersonName>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (aliases.Count > 0 && !taken[i] && aliases.TryGetValue(document.TextOf(i).ToString(), out var aliased))
                {
                    aliased.Mentions.Add((i, i + 1));
                    i++;
                    continue;
                }
                if (!IsNameWord(document, i, taken))
                {
                    i++;
                    continue;
                }
                int start = i;
                // "Mohammed bin Salman", "Ursula von der Leyen": a lower-case particle inside a name joins it.
                // At most five words of name, past a title opening the run ("President Luiz Inácio Lula da Silva").
                int longest = RoleWords.IsTitle(document.TextOf(start)) || RoleWords.IsRole(document.TextOf(start)) ? 7 : 5;
                while (i < sentence.EndToken && i - start < longest && (IsNameWord(document, i, taken)
                       || (i > start && NameParticle.Contains(document.TextOf(i)) && NextNameWord(document, i, sentence.EndToken, taken))
                       || (i > start && !taken[i] && IsParticleJoinedName(document.TextOf(i)))
                       || (i > start && HyphenInGivenName(document, i, sentence.EndToken, taken)))) i++;
                int end = i;
                // Titles at the head of the run belong to the role, not the name: "President Yun Suk-yeol".
                while (start < end && (RoleWords.IsTitle(document.TextOf(start)) || RoleWords.IsRole(document.TextOf(start)) || IsPastTitle(document.TextOf(start)))) start++;
                if (start >= end) continue;
                var name = document.SliceTokens(start, end);
                if (end - start == 1)
                {
                    // One word: a later mention of someone already found, or a known person's surname.
                    var word = document.TextOf(start).ToString();
                    if (shortForms.TryGetValue(word, out var earlier)) { earlier.Mentions.Add((start, end)); continue; }
                    // A one-word name the dictionary lists for someone ("Lula") is that person as a surname would be.
                    var knownBySurname = dictionary.FindPersonByOneWord(word);
                    // A known surname acting as a subject ("Putin offered …") is that person. Asked only of a word that names a
                    // known person or one of the article's full names: it may read the tree, parsing a sentence nothing else needs.
                    bool subject = (knownBySurname is not null || unconfirmed.ContainsKey(word))
                                   && (ActsAsSubject(document, end, sentence) || CoordinatedWithKnownSurname(document, start, end, sentence));
                    // The article's own full name ("publisher Jimmy Lai … Lai's release") comes before a known person who shares the surname.
                    if (knownBySurname is not null && !unconfirmed.ContainsKey(word)
                        && (subject || HasPersonContext(document, start, end, sentence) || HoldsOfficeAsName(document, knownBySurname, start)))
                    {
                        var p1 = Describe(document, knownBySurname, name, start, end, sentence);
                        people.Add(p1);
                        shortForms.TryAdd(word, p1);
                    }
                    // (The condition before the removal: a mention that confirms nothing leaves the full name for a later one.)
                    else if ((subject || HasPersonContext(document, start, end, sentence)) && unconfirmed.Remove(word, out var full))
                    {
                        var confirmed = Describe(document, null, document.SliceTokens(full.Start, full.End), full.Start, full.End, full.Sentence);
                        confirmed.Mentions.Add((start, end));
                        people.Add(confirmed);
                        shortForms[word] = confirmed;
                    }
                    continue;
                }
                // "Lloyd Austin Did …": a known name followed by a stray capitalised word keeps just the name.
                var known = dictionary.FindPerson(name);
                if (known is null)
                    for (int shorter = end - 1; shorter - start >= 2; shorter--)
                        if (dictionary.FindPerson(document.SliceTokens(start, shorter)) is { } prefix)
                        {
                            i = end = shorter;
                            name = document.SliceTokens(start, end);
                            known = prefix;
                            break;
                        }
                var existing = Existing(people, name, known);
                if (existing is not null)
                {
                    existing.Mentions.Add((start, end));
                    // "Baerbock visits Israel … German Foreign Minister Annalena Baerbock": a title placing a known person in
                    // another state than the office the dictionary gives them on the story's date is what the story means.
                    if (known is not null && existing.Known == known && !existing.OutOfOffice && existing.Code is { } code && existing.Rule.StartsWith("dict:", StringComparison.Ordinal)
                        && TitledForAnotherState(document, TitleStart(document, start, sentence), start, code))
                        Retitle(people, shortForms, existing, Describe(document, known, name, start, end, sentence) with { Mentions = existing.Mentions });
                    continue;
                }
                if (known is null && !HasPersonContext(document, start, end, sentence) && !LooksEastAsian(document, start, end))
                {
                    if (end - start is 2 or 3) unconfirmed.TryAdd(document.TextOf(end - 1).ToString(), (start, end, sentence));
                    continue;
                }
                var person = Describe(document, known, name, start, end, sentence);
                people.Add(person);
                if (AliasAfter(document, end, sentence) is int alias && !taken[alias]) aliases.TryAdd(document.TextOf(alias).ToString(), person);
                // Short forms for later mentions: family name first for East Asian names, surname last otherwise; both when unsure.
                // A surname already standing for someone keeps them: relatives named after a person ("his son, Jon Varga")
                // do not take over that person's later bare-surname mentions.
                shortForms.TryAdd(document.TextOf(end - 1).ToString(), person);
                shortForms.TryAdd(document.TextOf(start).ToString(), person);
                // "Ferdinand Marcos Jr. … Marcos": the surname before a generational suffix.
                if (end - start >= 3 && document.TextOf(end - 1) is "Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV")
                    shortForms.TryAdd(document.TextOf(end - 2).ToString(), person);
            }
        }
        for (int k = 0; k < people.Count; k++)
            if (people[k].Code is null && people[k].Known is null)
            {
                if (DescribedLater(document, people[k]) is { } described)
                    people[k] = people[k] with { Code = described.Code, Sector = people[k].Sector ?? described.Sector, Rule = DescriptionRule };
                else if (ServedAs(document, people[k]) is { } served)
                    people[k] = people[k] with { Code = served.Code, Sector = people[k].Sector ?? served.Sector, Rule = ServedAsRule };
            }
        return people;
    }

    /// <summary>The rule marking a person whose state an office held gives ("during his term as prime minister of X").</summary>
    public const string ServedAsRule = "served-as";

    /// <summary>The rule marking a person whose state a later "X is/was STATE's …" description gives.</summary>
    public const string DescriptionRule = "copular-description";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas =
        new[] { "is", "was", "been", "became", "becomes", "remains", "remained" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Varga has been Hungary's foreign minister since 2018", "Ostrova, who is a Latvian opposition lawmaker": a mention of a
    /// person no title or apposition placed, followed by a copula whose predicate opens with a state's possessive or
    /// adjective and names a role, gives that state and the role's sector. "X is a critic of China" opens with no state and
    /// gives none.
    /// </summary>
    private (ActorCode Code, string? Sector)? DescribedLater(Document document, PersonName person)
    {
        foreach (var (_, end) in person.Mentions)
        {
            var sentence = document.Sentences[document.SentenceOfToken(end - 1)];
            int j = end;
            if (j < sentence.EndToken && document.TextOf(j) is ",") j++;
            if (j < sentence.EndToken && document.TextOf(j) is "who") j++;
            if (j < sentence.EndToken && document.TextOf(j) is "has" or "had" or "have") j++;
            if (j >= sentence.EndToken || !Copulas.Contains(document.TextOf(j))) continue;
            j++;
            if (j < sentence.EndToken && document.TextOf(j) is "the" or "a" or "an" or "now" or "also" or "still" or "long") j++;
            if (j >= sentence.EndToken || dictionary.Names.LongestMatch(document.Text, document.Tokens, j, sentence.EndToken) is not { } match) continue;
            var entry = match.Values[0];
            int after = j + match.Length;
            bool possessive = after < sentence.EndToken && document.TextOf(after) is "'s" or "’s";
            if (!(entry.Kind == ActorEntryKind.Adjective || possessive && entry.Kind is ActorEntryKind.State or ActorEntryKind.Capital)) continue;
            string? sector = null;
            for (int k = after; k < Math.Min(sentence.EndToken, after + 5) && !RoleWords.Settled(sector); k++)
            {
                if (document.TextOf(k) is "," or ";" or ".") break;
                sector = RoleWords.Combine(sector, document.TextOf(k));
            }
            // A role word says the state is the person's own ("Albania's former prime minister"); without one the predicate
            // may only tie the person to the state ("Latvia's best-known critic").
            if (sector is not null) return (entry.Code, sector);
        }
        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TermWords =
        new[] { "term", "tenure", "time", "stint", "years", "served", "serving", "worked" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "… said Varga 'acted unlawfully' during his term as prime minister of Hungary", "Ostrova, who served as foreign minister
    /// of Latvia": an office held, told by "as ROLE of STATE" after a word of serving in the sentence of a mention.
    /// </summary>
    private (ActorCode Code, string? Sector)? ServedAs(Document document, PersonName person)
    {
        foreach (var (_, end) in person.Mentions)
        {
            var sentence = document.Sentences[document.SentenceOfToken(end - 1)];
            bool serving = false;
            for (int j = end; j < sentence.EndToken && j < end + 25; j++)
            {
                var word = document.TextOf(j);
                if (TermWords.Contains(word)) { serving = true; continue; }
                if (!serving || word is not "as") continue;
                string? sector = null;
                int k = j + 1;
                for (; k < sentence.EndToken && k < j + 5 && document.TextOf(k) is not "of"; k++) sector = RoleWords.Combine(sector, document.TextOf(k));
                if (sector is null || k + 1 >= sentence.EndToken || document.TextOf(k) is not "of") break;
                if (dictionary.Names.LongestMatch(document.Text, document.Tokens, k + 1, sentence.EndToken) is { } match
                    && match.Values[0].Kind is ActorEntryKind.State) return (match.Values[0].Code, sector);
                break;
            }
        }
        return null;
    }

    // The person already found under this name or known entry. A loop: a predicate capturing the name would be allocated
    // for every word the finder reads, name or not.
    // Puts <replacement> in <old>'s place in the story's people and its short forms.
    private static void Retitle(List<PersonName> people, Dictionary<string, PersonName> shortForms, PersonName old, PersonName replacement)
    {
        people[people.IndexOf(old)] = replacement;
        foreach (var key in shortForms.Where(kv => ReferenceEquals(kv.Value, old)).Select(kv => kv.Key).ToList()) shortForms[key] = replacement;
    }

    private static PersonName? Existing(List<PersonName> people, string name, string? known)
    {
        foreach (var p in people) if (p.Name == name || (known is not null && p.Known == known)) return p;
        return null;
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "bin", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "da", "du", "del", "della", "di", "dos", "das", "la", "le", "ben" };

    // Looked up by the word's span, with no string made per word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticle = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Ahmed al-Sharaa", "Abdel Fattah el-Sisi": a particle joined by a hyphen to a capitalised word goes on with the name, so
    // the word before it is a given name, not a known person's surname standing alone.
    private static bool IsParticleJoinedName(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
               && NameParticle.Contains(word[..hyphen]);
    }

    // After a particle, the name goes on with a capitalised word (possibly after another particle: "von der Leyen").
    private bool NextNameWord(Document document, int particle, int end, bool[] taken)
    {
        for (int k = particle + 1; k < end && k <= particle + 2; k++)
        {
            if (IsNameWord(document, k, taken)) return true;
            if (!NameParticle.Contains(document.TextOf(k))) return false;
        }
        return false;
    }

    // "Kassym-Jomart Tokayev", "Jean-Claude Juncker": a hyphen with no space either side, between two capitalised words of which
    // the second is followed by a further name word, joins a given name; "the Trump-Putin summit" is no name.
    private bool HyphenInGivenName(Document document, int hyphen, int end, bool[] taken) =>
        hyphen + 2 < end && document.IsJoiningHyphen(hyphen) && IsNameWord(document, hyphen + 1, taken) && IsNameWord(document, hyphen + 2, taken);

    private static readonly FrozenSet<string> AliasWords = new[] { "known", "dubbed", "nicknamed" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AliasWord = AliasWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AliasLead = new[]
        { "as", "by", "his", "her", "their", "the", "abbreviation", "initials", "nickname", "name", "simply", "widely", "commonly", "popularly" }
        .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The token of the one-word name a person is introduced by, right after the name: "(MBS)", ", known as MBS",
    /// ", commonly known by his initials MBS", ", nicknamed 'Bibi'"; else null.
    /// </summary>
    private static int? AliasAfter(Document document, int end, Sentence sentence)
    {
        static bool IsAlias(Document d, int i) => d.Tokens[i].Kind == TokenKind.Word && char.IsUpper(d.TextOf(i)[0]) && !RoleWords.IsTitle(d.TextOf(i));
        if (end + 2 < sentence.EndToken && document.TextOf(end) is "(" && document.TextOf(end + 2) is ")" && IsAlias(document, end + 1)
            && WordClasses.IsAllUpper(document.TextOf(end + 1))) return end + 1;
        if (end >= sentence.EndToken || document.TextOf(end) is not ",") return null;
        int cue = -1;
        for (int i = end + 1; i < Math.Min(sentence.EndToken, end + 4); i++)
            if (AliasWord.Contains(document.TextOf(i))) { cue = i; break; }
        if (cue < 0) return null;
        // The alias is the first capitalised word after the cue, past only the words that lead to a name ("known by his
        // initials", "known simply as") or a quotation mark: "known for his Labour roots" names no alias.
        for (int i = cue + 1; i < Math.Min(sentence.EndToken, cue + 6); i++)
        {
            if (IsAlias(document, i)) return i + 1 < sentence.EndToken && document.Tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(document.TextOf(i + 1)[0]) ? null : i;
            if (!AliasLead.Contains(document.TextOf(i)) && document.Tokens[i].Kind == TokenKind.Word) return null;
        }
        return null;
    }

    // "Then-President", "Ex-Minister" opening a sentence: a title held once, not part of the name.
    private static bool IsPastTitle(ReadOnlySpan<char> word) =>
        word.StartsWith("Then-", StringComparison.Ordinal) || word.StartsWith("Ex-", StringComparison.Ordinal);

    private bool IsNameWord(Document document, int i, bool[] taken)
    {
        var t = document.Tokens[i];
        if (taken[i] || t.Kind != TokenKind.Word) return false;
        var word = document.TextOf(i);
        if (!char.IsUpper(word[0]) || NotName.Contains(word)) return false;
        if (word.Length > 1 && word.Length <= 5 && WordClasses.IsAllUpper(word)) return false; // acronyms
        return true;
    }

    private static bool LooksEastAsian(Document document, int start, int end)
    {
        // "Kim Tae-hyo", "Choi Woo-suk", "Lee Young-hak": a Korean family name then a hyphenated given name.
        if (end - start == 2 && Korean.Contains(document.TextOf(start)) && document.TextOf(start + 1).Contains('-')) return true;
        return false;
    }

    /// <summary>
    /// True when the word before <paramref name="end"/> is the subject of a verb that follows it, past a time phrase or
    /// adverb in between ("Putin offered …", "Putin on Monday ordered …", "Macron later told …").
    /// </summary>
    private static bool ActsAsSubject(Document document, int end, Sentence sentence)
    {
        int j = SkipTimeAndAdverbs(document, end, sentence);
        // 'said Varga "was involved …"': a quotation may open between the subject and its verb.
        if (j + 1 < sentence.EndToken && document.Tokens[j].Kind == TokenKind.Quote) j++;
        if (j >= sentence.EndToken) return false;
        var next = document.TextOf(j);
        return IsSpeechVerb(next) || (next.Length > 2 && next.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(next[0]))
               || next is "has" or "had" or "will" or "is" or "was" || document.Tags[j] == PartOfSpeech.Modal || (j > end && document.Tags[j] == PartOfSpeech.Verb)
               // "Putin would visit …" (the modal above), "Putin met Xi": a finite verb right after the name whose subject it is.
               || document.Syntax is { } tree && tree.Penn[j] is "VBD" or "VBZ" && tree.RelationOf(end - 1).IsSubject();
    }

    // Past a date ("on Monday", "last week") or adverbs ("also", "later", "at first") that may stand between a subject and its verb.
    private static int SkipTimeAndAdverbs(Document document, int from, Sentence sentence)
    {
        int j = from;
        for (int guard = 0; guard < 3 && j < sentence.EndToken; guard++)
        {
            int k = j;
            if (document.TextOf(k) is "on" or "at" or "in" or "last" or "this" or "earlier" && k + 1 < sentence.EndToken) k++;
            if (document.DateAt(k) is { } date) { j = date.EndToken; continue; }
            // Undated text resolves no "on Monday": the time words themselves say it.
            if (k > j && (WordClasses.IsTimeNoun(document.TextOf(k)) || document.TextOf(k) is "time" or "day")) { j = k + 1; continue; }
            if (document.TextOf(j) is "at" && j + 1 < sentence.EndToken && document.TextOf(j + 1) is "first" or "once") { j += 2; continue; }
            if (document.Tags[j] == PartOfSpeech.Adverb || document.TextOf(j) is "also" or "then" or "later" or "first" or "again") { j++; continue; }
            break;
        }
        return j;
    }

    private static bool HasPersonContext(Document document, int start, int end, Sentence sentence)
    {
        var tokens = document.Tokens;
        // "TechMoat Consulting", "the Global Terrorism Index": a name ending in an organisation's word is no person.
        if (ActorResolver.IsOrganisationWord(document.TextOf(end - 1))) return false;
        // "“…,” said Huseyin Bagci of …": the speaker of an inverted attribution after a quotation.
        if (start - 2 >= sentence.FirstToken && IsSpeechVerb(document.TextOf(start - 1))
            && (tokens[start - 2].Kind == TokenKind.Quote || document.TextOf(start - 2) is ",")) return true;
        // "the communication chief, Arda Kaya, …", "his wife, Elira Hoxha, …": a name set off after a role or kin word.
        if (start - 2 >= sentence.FirstToken && document.TextOf(start - 1) is "," && end < sentence.EndToken && document.TextOf(end) is "," or "."
            && (RoleWords.IsTitle(document.TextOf(start - 2)) || RoleWords.IsRole(document.TextOf(start - 2)) || IsKinWord(document.TextOf(start - 2))))
            return true;
        // A title or role word right before: "spokesman Lin Jian", "President Putin", "analyst Ni Lexiong".
        if (start > sentence.FirstToken)
        {
            var prev = document.TextOf(start - 1);
            if (RoleWords.IsTitle(prev) || RoleWords.IsRole(prev)) return true;
        }
        // Speech right after: "Zhu said", "Choi believes", "Ryder told reporters"; or ", X said" patterns.
        for (int j = end; j < Math.Min(end + 3, sentence.EndToken); j++)
        {
            if (IsSpeechVerb(document.TextOf(j))) return true;
            if (tokens[j].Kind == TokenKind.Word && !IsAdverbish(document.TextOf(j))) break;
        }
        // A relative clause for people: "Valdak, who leads the party, …".
        if (end + 1 < sentence.EndToken && document.TextOf(end) is "," && document.TextOf(end + 1) is "who") return true;
        // A possessive: "Modi's visit".
        if (end < sentence.EndToken && document.TextOf(end) is "'s" or "’s") return true;
        // An apposition: "Yue Gang, a retired … colonel", "Bruce Bennett, a senior defense analyst".
        if (end + 1 < sentence.EndToken && document.TextOf(end) is "," && IsAppositionStart(document, end + 1)) return true;
        // "According to X".
        if (start >= sentence.FirstToken + 2 && document.TextOf(start - 2).Equals("according", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "Biden met Putin", "talks with Netanyahu": the bare surname of someone in office on the story's date (today's office for
    // an undated story), read by the tagger as a name, is that person wherever it stands; a surname of someone out of office
    // ("May", "Bush") still needs a sign that a person is meant.
    private bool HoldsOfficeAsName(Document document, string known, int start) =>
        document.Tags[start] == PartOfSpeech.ProperNoun && dictionary.OfficesOf(known).Any(o => o.HeldOn(document.Published))
        && !NamesAnotherBearer(document, start, known);

    // "publisher Jimmy Lai" anywhere in the story: its bare "Lai" may be him, not the office holder of that surname. A
    // capitalised word beside the surname that is neither part of the known name nor a title makes another full name.
    private static bool NamesAnotherBearer(Document document, int at, string known)
    {
        var surname = document.TextOf(at);
        for (int j = 0; j < document.Tokens.Length; j++)
        {
            if (!document.TextOf(j).SequenceEqual(surname)) continue;
            if (IsOtherNameWord(document, j - 1, known) || IsOtherNameWord(document, j + 1, known)) return true;
        }
        return false;
    }

    private static bool IsOtherNameWord(Document document, int j, string known)
    {
        if (j < 0 || j >= document.Tokens.Length || document.Tokens[j].Kind != TokenKind.Word) return false;
        var word = document.TextOf(j);
        if (!char.IsUpper(word[0]) || RoleWords.IsTitle(word) || RoleWords.IsRole(word)) return false;
        foreach (var part in known.AsSpan().Split(' '))
            if (known.AsSpan(part).SequenceEqual(word)) return false;
        return true;
    }

    // "hosted Putin and Xi", "Trump and Kim met": a surname joined by "and" to another known person's surname names people.
    private bool CoordinatedWithKnownSurname(Document document, int start, int end, Sentence sentence) =>
        end + 1 < sentence.EndToken && document.TextOf(end) is "and" && dictionary.FindPersonBySurname(document.TextOf(end + 1).ToString()) is not null
        || start - 2 >= sentence.FirstToken && document.TextOf(start - 1) is "and" && dictionary.FindPersonBySurname(document.TextOf(start - 2).ToString()) is not null;

    private static bool IsKinWord(ReadOnlySpan<char> word) => word is "wife" or "husband" or "son" or "daughter" or "brother" or "sister" or "father"
        or "mother" or "widow" or "nephew" or "niece" or "cousin";

    private static bool IsAdverbish(ReadOnlySpan<char> word) => word.EndsWith("ly") || word is "also" or "then" or "later" or "on" or "has" or "had" or "was";

    // The start of a role phrase that ends at the comma before a name and opens the sentence or follows another comma ("The
    // spokesman for the Ethiopian government,", "On Thursday, the spokesperson for Pakistan's foreign ministry,"): at most
    // ten words, a role word among them, no verb; else -1.
    private static int RolePhraseBefore(Document document, int comma, Sentence sentence)
    {
        int first = comma - 1;
        while (first > sentence.FirstToken && document.TextOf(first - 1) is not ",") first--;
        if (comma - first > 10 || comma - first < 2) return -1;
        bool role = false;
        for (int k = first; k < comma; k++)
        {
            if (document.Tags[k] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal || document.Tokens[k].Kind != TokenKind.Word) return -1;
            role |= RoleWords.IsRole(document.TextOf(k));
        }
        return role ? first : -1;
    }

    private static bool IsAppositionStart(Document document, int i)
    {
        var w = document.TextOf(i);
        if (w is "a" or "an" or "the" or "who") return true;
        // ", rejected Eritrea's claims": a verb opens the sentence's predicate, not a description of the name.
        if (document.Tags[i] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal) return false;
        // "Mirna Galic, senior policy analyst", "Christopher Luxon, New Zealand's senior minister": a role within a few words.
        for (int j = i; j < Math.Min(i + 4, document.Tokens.Length); j++)
        {
            var word = document.TextOf(j);
            if (word is "," or "." or ";") break;
            if (word is "'s" or "’s" || RoleWords.IsRole(word)) return true;
        }
        return false;
    }

    // The title phrase before the name: "Chinese Foreign Ministry spokesman", "Pentagon press secretary Major General".
    private static int TitleStart(Document document, int start, Sentence sentence)
    {
        int titleStart = start;
        while (titleStart > sentence.FirstToken && titleStart > start - 8)
        {
            var t = document.Tokens[titleStart - 1];
            var w = document.TextOf(titleStart - 1);
            if (t.Kind != TokenKind.Word && w is not "-" and not "–") break;
            // The title ends at a verb: "Zambia extradited suspected British militant X" — X's title is "British militant".
            if (document.Tags.Length > titleStart - 1 && document.Tags[titleStart - 1] == PartOfSpeech.Verb) break;
            // "US Ambassador X": a word in capitals is an acronym, not the pronoun or preposition it spells.
            if (WordClasses.Of(w) is PartOfSpeech.Determiner or PartOfSpeech.Preposition or PartOfSpeech.Auxiliary or PartOfSpeech.Modal
                or PartOfSpeech.Conjunction or PartOfSpeech.Subordinator or PartOfSpeech.Pronoun && w is not "'s" and not "’s" && !IsAcronym(w)) break;
            titleStart--;
        }
        return titleStart;
    }

    private static bool IsAcronym(ReadOnlySpan<char> w)
    {
        if (w.Length < 2) return false;
        foreach (char c in w) if (!char.IsUpper(c) && c is not '.') return false;
        return true;
    }

    // "Colombian Defense Minister Pedro Sanchez": a title opened by another people's adjective names a namesake of the
    // office holder the dictionary knows, not that holder.
    private bool TitledForAnotherState(Document document, int titleStart, int start, ActorCode officeCode)
    {
        if (titleStart >= start || dictionary.Names.Word(document.TextOf(titleStart)) is not { } entries) return false;
        // "Germany's Baerbock": a state's possessive right before the name places the person as its adjective would.
        bool possessive = titleStart + 2 == start && document.TextOf(titleStart + 1) is "'s" or "’s";
        if (possessive)
        {
            bool own = false, other = false;
            foreach (var e in entries)
                if (e.Kind is ActorEntryKind.State or ActorEntryKind.Capital) { if (e.Code == officeCode) own = true; else other = true; }
            return other && !own;
        }
        // The adjective opens a title of capitalised words running up to the name, not an earlier phrase ("with Ukrainian
        // officials as President X").
        for (int j = titleStart + 1; j < start; j++)
            if (!RoleWords.IsTitle(document.TextOf(j)) && !(document.TextOf(j) is [var c, ..] && char.IsUpper(c) && RoleWords.IsRole(document.TextOf(j)))) return false;
        bool ownState = false, otherState = false;
        foreach (var e in entries)
        {
            if (e.Kind != ActorEntryKind.Adjective) continue;
            if (e.Code == officeCode) ownState = true;
            else otherState = true;
        }
        return otherState && !ownState;
    }

    private PersonName Describe(Document document, string? known, string name, int start, int end, Sentence sentence)
    {
        var person = new PersonName { Name = known is not null && name.Length < known.Length && !known.Contains(' ') ? known : name, Known = known };
        person.Mentions.Add((start, end));
        var past = Discourse.OutOfOfficeTitles.Find(document, start, sentence.FirstToken);
        if (known is not null && past != Discourse.OutOfOfficeTitles.Marker.None)
        {
            // "former president X": the office the title names (or the latest), held no longer.
            int phraseStart = Math.Max(sentence.FirstToken, start - 6);
            var phrase = document.SliceTokens(phraseStart, start);
            var held = Discourse.OutOfOfficeTitles.Matching(dictionary.OfficesOf(known), phrase) ?? dictionary.OfficeOn(known, document.Published);
            if (held is not null)
                return person with
                {
                    Code = held.Code, Sector = Discourse.OutOfOfficeTitles.SectorFor(past, held.Sector), OutOfOffice = true,
                    Role = (past == Discourse.OutOfOfficeTitles.Marker.Then ? "then-" : "former ") + held.Title,
                    Rule = "dict:" + held.Origin + "+out-of-office", Name = name.Length >= known.Length ? name : known,
                };
        }
        int titleStart = TitleStart(document, start, sentence);
        if (known is not null)
        {
            var office = dictionary.OfficeOn(known, document.Published);
            if (office is not null && !TitledForAnotherState(document, titleStart, start, office.Code))
                return person with { Code = office.Code, Sector = office.Sector, Role = office.Title, Rule = "dict:" + office.Origin, Name = name.Length >= known.Length ? name : known };
        }
        string? role = titleStart < start ? document.SliceTokens(titleStart, start) : null;
        var (code, sector, rule) = FromPhrase(document, titleStart, start, "title");
        // The apposition after the name: ", a researcher at the Korea Institute for Defense Analysis".
        if (end + 1 < sentence.EndToken && document.TextOf(end) is ",")
        {
            int appEnd = end + 1;
            while (appEnd < sentence.EndToken && document.TextOf(appEnd) is not ("," or "." or ";" or "(" or ":") && document.Tokens[appEnd].Kind != TokenKind.Quote
                   && !(appEnd > end + 2 && (IsSpeechVerb(document.TextOf(appEnd)) || document.TextOf(appEnd) is "said" or "says"))) appEnd++;
            if (IsAppositionStart(document, end + 1))
            {
                role ??= document.SliceTokens(end + 1, appEnd);
                var (c2, s2, r2) = FromPhrase(document, end + 1, appEnd, "apposition", preferAfterPreposition: true);
                if (code is null && c2 is not null) { code = c2; rule = r2; }
                sector ??= s2;
            }
        }
        // "The spokesman for the Ethiopian government, Legesse Tulu, …": the role phrase set before the name between commas.
        int front = Math.Min(titleStart, start);
        if (code is null && front - 2 >= sentence.FirstToken && document.TextOf(front - 1) is "," && end < sentence.EndToken && document.TextOf(end) is ","
            && RolePhraseBefore(document, front - 1, sentence) is int roleStart and >= 0)
        {
            role ??= document.SliceTokens(roleStart, front - 1);
            var (c3, s3, r3) = FromPhrase(document, roleStart, front - 1, "apposition", preferAfterPreposition: true);
            code = c3; rule = r3;
            sector ??= s3;
        }
        // "Foreign Minister Ana Rojas of Chile": a titled person's state named right after the name by "of".
        if (code is null && titleStart < start && end + 1 < sentence.EndToken && document.TextOf(end) is "of" && document.Tags[end + 1] == PartOfSpeech.ProperNoun
            && StateNamedAt(document, end + 1, sentence.EndToken) is { } ofState)
        {
            code = ofState;
            rule = OfStateRule;
        }
        if (code is null && LooksEastAsian(document, start, end)) { code = new ActorCode("KOR"); rule = "name-shape"; }
        else if (code is null && LooksPinyin(document, start, end)) { code = new ActorCode("CHN"); rule = "name-shape"; }
        // "President Yoweri Museveni", "Judge Alejandro Rivera": an office with no state named acts for the story's state.
        else if (code is null && (titleStart < start || (start > sentence.FirstToken && RoleWords.IsTitle(document.TextOf(start - 1))))
                 && (sector is "GOV" or "MIL" or "JUD" or null) && HasOfficeTitle(document, Math.Max(sentence.FirstToken, titleStart - 1), start))
            rule = StoryStateRule;
        // "presidential office spokesperson Karen Kuo": a government role named with no state is the state the story was
        // filed from, when its dateline names one (and only then: without it the role's state is unknown).
        else if (code is null && rule is null && role is not null && sector is "GOV" or "MIL")
            rule = DatelineStateRule;
        if (past != Discourse.OutOfOfficeTitles.Marker.None)
            return person with { Code = code, Sector = Discourse.OutOfOfficeTitles.SectorFor(past, sector ?? "GOV"), Role = role, Rule = (rule ?? "") + "+out-of-office", OutOfOffice = true };
        return person with { Code = code, Sector = sector, Role = role, Rule = rule ?? "" };
    }

    /// <summary>The rule marking a titled person whose state is named after the name by "of" ("Ana Rojas of Chile").</summary>
    public const string OfStateRule = "title+of-state";

    /// <summary>The rule marking a person whose state is the story's own, filled in once the whole document is read.</summary>
    public const string StoryStateRule = "title+story-state";

    /// <summary>The rule marking a person with a government role and no state, filled in from the article's dateline.</summary>
    public const string DatelineStateRule = "role+dateline-state";

    private static bool HasOfficeTitle(Document document, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (document.TextOf(i) is "President" or "Premier" or "Prime" or "Minister" or "King" or "Queen" or "Emir" or "Sultan" or "Judge" or "General"
                or "Gen." or "Chancellor" or "Governor" or "Mayor" or "Colonel" or "Col." or "Admiral" or "Sheikh") return true;
        return false;
    }

    // Chinese names in pinyin: a one-syllable family name and a given name of one or two pinyin syllables, no hyphen.
    private static bool LooksPinyin(Document document, int start, int end)
    {
        if (end - start != 2) return false;
        var family = document.TextOf(start);
        var given = document.TextOf(start + 1);
        return family.Length <= 5 && IsPinyinWord(family, 1) && IsPinyinWord(given, 2) && !given.Contains('-');
    }

    private static readonly string[] PinyinInitials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""];
    private static readonly FrozenSet<string> PinyinFinals = ("a o e i u ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui uan un uang ue ve van" +
        " ueng").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static bool IsPinyinWord(ReadOnlySpan<char> word, int maxSyllables)
    {
        // No pinyin syllable is longer than six letters ("zhuang"); longer words are not pinyin and must not be copied to the stack.
        if (word.Length > 6 * maxSyllables) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Syllables(lower, maxSyllables);
    }

    private static bool Syllables(ReadOnlySpan<char> s, int left)
    {
        if (s.Length == 0) return true;
        if (left == 0) return false;
        foreach (var initial in PinyinInitials)
        {
            if (!s.StartsWith(initial)) continue;
            for (int len = Math.Min(4, s.Length - initial.Length); len >= 1; len--)
            {
                var final = s.Slice(initial.Length, len).ToString();
                if (PinyinFinals.Contains(final) && Syllables(s[(initial.Length + len)..], left - 1)) return true;
            }
        }
        return false;
    }

    // The state whose name or capital starts at token <at>, or null.
    private ActorCode? StateNamedAt(Document document, int at, int end)
    {
        if (dictionary.Names.LongestMatch(document.Text, document.Tokens, at, end) is not { } match) return null;
        foreach (var v in match.Values)
            if (v.Kind is ActorEntryKind.State or ActorEntryKind.Capital && dictionary.KindOf(v.Code) == ActorKind.State) return v.Code;
        return null;
    }

    // "the Japanese judge who presides over the International Criminal Court", "…, who heads the IMF": the body a person
    // leads, named after a verb of leading (past "the" and "over"), is whom they act for, before any people's adjective.
    private static bool AfterALeadingVerb(Document document, int body, int first)
    {
        int k = body - 1;
        if (k > first && document.TextOf(k) is "the") k--;
        if (k > first && document.TextOf(k) is "over") k--;
        return k >= first && document.TextOf(k) is "heads" or "headed" or "leads" or "led" or "chairs" or "chaired" or "runs" or "ran" or "directs" or "directed" or "presides" or "presided";
    }

    private (ActorCode? Code, string? Sector, string? Rule) FromPhrase(Document document, int first, int end, string rule, bool preferAfterPreposition = false)
    {
        if (end <= first) return (null, null, null);
        ActorCode? code = null, preferred = null;
        string? sector = null, entrySector = null;
        // "SDF commander Mazloum Abdi": a body's name several states use (an 'ambiguous' line) places its member in the story's
        // state, as the resolver places the body itself, not in the state the dictionary gives the name.
        bool sharedBodyName = false;
        for (int i = first; i < end;)
        {
            var match = dictionary.Names.LongestMatch(document.Text, document.Tokens, i, end);
            if (match is { } m)
            {
                var entry = m.Values[0];
                foreach (var v in m.Values) if (v.Kind is ActorEntryKind.Institution or ActorEntryKind.Organization) entry = v;
                if (entry.Kind == ActorEntryKind.Ambiguous && entry.Sector is not null)
                {
                    sharedBodyName = true;
                    entrySector ??= entry.Sector;
                }
                else if (entry.Kind is not (ActorEntryKind.Ignore or ActorEntryKind.Group or ActorEntryKind.Generic) && !ActorResolver.NamesAPortfolio(document, i, i + m.Length, entry))
                {
                    code ??= entry.Code;
                    entrySector ??= entry.Kind is ActorEntryKind.Institution or ActorEntryKind.Organization ? entry.Sector : null;
                    if (preferAfterPreposition && i > first && (document.TextOf(i - 1) is "at" or "of" or "from" or "the"
                        && (i - 1 == first || document.TextOf(i - 1) is not "the" || document.TextOf(i - 2) is "at" or "of" or "from")
                        || AfterALeadingVerb(document, i, first)))
                        preferred = entry.Code;
                }
                i += m.Length;
                continue;
            }
            // Words after an institution's name are more of its name ("the Korea Institute for Defense Analyses' Center for
            // Political-Military Studies"), not the person's role.
            if (entrySector is null) sector = RoleWords.Combine(sector, document.TextOf(i));
            i++;
        }
        // Analysts and experts speak for their institution, not their government.
        var finalSector = sector is "EDU" or "MIL" or "MED" or "LEG" ? sector : entrySector ?? sector;
        var chosen = preferred ?? code;
        return (chosen, finalSector, chosen is not null ? rule : sharedBodyName ? StoryStateRule : null);
    }
}
