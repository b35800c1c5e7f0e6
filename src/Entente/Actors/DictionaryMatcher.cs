using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// Finds dictionary names in each sentence, longest first, left to right. A name that is part of a longer
/// non-actor name ("South China Sea") is hidden by it.
/// </summary>
internal static class DictionaryMatcher
{
    // A title, then capitalised words we do not know around the name: the name is a first name followed by a surname
    // ("Minister Wellington Koo"), or the last of several names ("Minister Thérèse Kayikwamba Wagner").
    private static bool InsidePersonName(Document document, ActorDictionary dictionary, List<(int First, int End, ActorEntry Entry)> found, int first, int end, Sentence sentence)
    {
        // The unknown capitalised words right before the name, back to a title.
        int k = first - 1;
        while (k > sentence.FirstToken && k >= first - 3 && IsUnknownCapitalised(document, dictionary, found, k) && !RoleWords.IsTitle(document.TextOf(k))) k--;
        if (k < sentence.FirstToken || !RoleWords.IsTitle(document.TextOf(k))) return false;
        // Right after the title, a surname must follow; after other name words, the name may end the person's name.
        return k < first - 1 || end < sentence.EndToken && IsUnknownCapitalised(document, dictionary, found, end);
    }

    private static bool IsUnknownCapitalised(Document document, ActorDictionary dictionary, List<(int First, int End, ActorEntry Entry)> found, int token)
    {
        var w = document.TextOf(token);
        if (document.Tokens[token].Kind != TokenKind.Word || w.Length < 2 || !char.IsUpper(w[0]) || WordClasses.IsAllUpper(w)) return false;
        if (found.Count > 0 && found[^1].End > token && found[^1].First <= token) return false;
        return dictionary.Names.Word(w) is null && !RoleWords.IsRole(w) && !WordClasses.IsWeekday(w);
    }

    // The shortest word in capitals read as a name written so: shorter ones are acronyms ("UK", "USA", "DPRK").
    private const int MinCapitalisedName = 5;

    // The longest word in capitals looked up in title case (longer ones name no state).
    private const int MaxCapitalisedName = 32;

    // Writes <word> in title case into <titleCase> when it is written all in capitals, of letters only, and long enough to be
    // no acronym; returns how many characters it wrote, or 0.
    private static int InCapitals(ReadOnlySpan<char> word, Span<char> titleCase)
    {
        if (word.Length < MinCapitalisedName || word.Length > titleCase.Length || !WordClasses.IsAllUpper(word)) return 0;
        foreach (char ch in word) if (!char.IsLetter(ch)) return 0;
        WordClasses.ToTitleCase(word, titleCase);
        return word.Length;
    }

    /// <summary>The dictionary entries found in <paramref name="document"/>, with their token ranges.</summary>
    public static List<(int First, int End, ActorEntry Entry)> Match(Document document, ActorDictionary dictionary)
    {
        var found = new List<(int, int, ActorEntry)>();
        var tokens = document.Tokens;
        Span<char> titleCase = stackalloc char[MaxCapitalisedName];
        foreach (var sentence in document.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken;)
            {
                var t = tokens[i];
                // Names usually start with a capital, but the dictionary may hold lower-case ones ("two Koreas"); the trie is case-sensitive.
                if (t.Kind != TokenKind.Word)
                {
                    i++;
                    continue;
                }
                var match = dictionary.Names.LongestMatch(document.Text, tokens, i, sentence.EndToken);
                if (match is null)
                {
                    // "BRITAIN last night booted out a Russian diplomat": a tabloid's opening word or a headline in capitals
                    // spells a state's one-word name too (not a short acronym: those the dictionary lists as written; not a
                    // city: a dateline's "TALLINN, Oct 14 -" is where the story was filed).
                    int spelled = InCapitals(document.TextOf(i), titleCase);
                    if (spelled > 0 && dictionary.Names.Word(titleCase[..spelled]) is { } capitalised
                        && Best(capitalised) is { Kind: ActorEntryKind.State or ActorEntryKind.Adjective } state)
                        found.Add((i, i + 1, state));
                    // "Vietnamese-led forces", "a Saudi-owned weekly", "US-backed rebels", "Chilean-made cars": the actor behind the compound.
                    else if (LedBy(document.TextOf(i)) is { Length: > 0 } prefix && dictionary.Names.Word(prefix) is { } led)
                    {
                        // "the Serb-controlled republic", "Hamas-run areas": a place told by who holds it is not that actor.
                        if (!ControlledPlace(document, i, sentence.EndToken)) found.Add((i, i + 1, Best(led)));
                    }
                    // "Israeli-linked ships": a vessel or aircraft linked to a state stands for it when attacked or seized (not
                    // "Iran-linked militias", who only have a patron).
                    else if (LinkedCraft(document, i, sentence.EndToken) is { Length: > 0 } owner && dictionary.Names.Word(owner) is { } linked)
                        found.Add((i, i + 1, Best(linked)));
                    // "a Marshall Islands-flagged tanker", "a Hong Kong-based firm": a name of several words whose last word
                    // carries the compound.
                    else if (LedByLongName(document, dictionary, i, sentence.EndToken) is var (end, longName) && longName is not null)
                    {
                        if (!ControlledPlace(document, end - 1, sentence.EndToken)) found.Add((i, end, Best(longName)));
                        i = end;
                        continue;
                    }
                    // "Mexican- and Canadian-made vehicles": the word of a suspended hyphen names its actor too.
                    else if (Tokenizer.EndsInSuspendedHyphen(document.TextOf(i)) && dictionary.Names.Word(document.TextOf(i)[..^1]) is { } named)
                        found.Add((i, i + 1, Best(named)));
                    // "Rebels in Chad rejected …": a description of a group, capitalised only because it opens the sentence.
                    else if (i == sentence.FirstToken && GenericOpeningSentence(document.TextOf(i), dictionary) is { } generic)
                        found.Add((i, i + 1, generic));
                    i++;
                    continue;
                }
                var (values, length) = match.Value;
                var best = Best(values);
                // "the West": a name the dictionary writes with its article is that actor only after "the" and not as the
                // start of a longer name ("Kanye West", "West Java", "the West Coast" are not).
                if (best.Name.StartsWith("the ", StringComparison.Ordinal)
                    && (i == sentence.FirstToken || document.TextOf(i - 1) is not ("the" or "The") || PartOfLongerName(document, dictionary, i + length, sentence.EndToken)))
                {
                    i += length;
                    continue;
                }
                // "IRIS-T", "Su-35": a short designation joined by a hyphen makes the acronym part of a weapon's or model's name.
                if (IsDesignation(document, dictionary, i + length, sentence.EndToken))
                {
                    i += length;
                    continue;
                }
                // "the Europe Bridge", "the Seoul Forum", "the Pyongyang Declaration": a capital after "the" and before a
                // capitalised word (no weekday, no actor's name) is the first word of a name of a thing, not the government.
                if (best.Kind == ActorEntryKind.Capital && i > sentence.FirstToken && document.TextOf(i - 1) is "the" or "The"
                    && PartOfLongerName(document, dictionary, i + length, sentence.EndToken))
                {
                    i += length;
                    continue;
                }
                // "The Australian foreign minister", "the West Australian government": a paper named "The" and a people's
                // adjective, read before a noun of its phrase, is that people's adjective.
                if (length >= 2 && document.TextOf(i) is "the" or "The" && i + length < sentence.EndToken
                    && document.Tags[i + length] is PartOfSpeech.Noun or PartOfSpeech.Adjective && !WordClasses.IsPressNoun(document.TextOf(i + length))
                    && dictionary.Names.LongestMatch(document.Text, tokens, i + 1, sentence.EndToken) is { } inner && inner.Length == length - 1
                    && Best(inner.Values).Kind == ActorEntryKind.Adjective)
                {
                    i++;
                    continue;
                }
                // "Defence Minister Wellington Koo", "Foreign Minister Thérèse Kayikwamba Wagner": a name inside a person's name,
                // after a title, is no actor.
                if (InsidePersonName(document, dictionary, found, i, i + length, sentence))
                {
                    i += length;
                    continue;
                }
                // A name glued to a longer capitalised name we don't know ("US Institute of Peace" is known; "Nanjing College" is not) still counts.
                found.Add((i, i + length, best));
                i += length;
            }
        }
        return found;
    }

    private static bool PartOfLongerName(Document document, ActorDictionary dictionary, int next, int sentenceEnd)
    {
        if (next >= sentenceEnd - 1 || document.Tokens[next].Kind != TokenKind.Word) return false;
        var word = document.TextOf(next);
        if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[1]) || DateFinder.IsWeekday(word)) return false;
        return dictionary.Names.LongestMatch(document.Text, document.Tokens, next, sentenceEnd) is null;
    }

    private static ActorEntry? GenericOpeningSentence(ReadOnlySpan<char> word, ActorDictionary dictionary)
    {
        if (word.Length is < 2 or > 32 || !char.IsUpper(word[0]) || !char.IsLower(word[1])) return null;
        Span<char> lower = stackalloc char[word.Length];
        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(word[0]);
        var entries = dictionary.Names.Word(lower);
        if (entries is null) return null;
        foreach (var e in entries) if (e.Kind == ActorEntryKind.Generic) return e;
        return null;
    }

    private static bool ControlledPlace(Document document, int compound, int sentenceEnd)
    {
        var word = document.TextOf(compound);
        if (!word.EndsWith("-controlled", StringComparison.Ordinal) && !word.EndsWith("-run", StringComparison.Ordinal)) return false;
        // The place noun right after the compound or after one more word ("the Serb-controlled autonomous republic").
        for (int i = compound + 1; i < sentenceEnd && i <= compound + 2; i++)
            if (WordClasses.IsPlaceNoun(document.TextOf(i))) return true;
        return false;
    }

    // A hyphen joined to the name before it and to a designation of one to three letters or digits after it ("IRIS-T",
    // "Su-35"); "NATO-Russia", "US-ROK" and "US-led" join names and words, not designations.
    private static bool IsDesignation(Document document, ActorDictionary dictionary, int hyphen, int sentenceEnd)
    {
        if (hyphen + 1 >= sentenceEnd || !document.IsJoiningHyphen(hyphen)) return false;
        var next = document.TextOf(hyphen + 1);
        if (next.Length > 3 || dictionary.Names.LongestMatch(document.Text, document.Tokens, hyphen + 1, sentenceEnd) is not null) return false;
        foreach (char c in next) if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    // A name of two to four words starting at <first> whose last word is the actor's part of a compound ("Sierra
    // Leone-flagged"): the token after that compound, and the name's entries; null entries when there is none.
    private static (int End, IReadOnlyList<ActorEntry>? Entries) LedByLongName(Document document, ActorDictionary dictionary, int first, int sentenceEnd)
    {
        if (!char.IsUpper(document.TextOf(first)[0])) return (0, null);
        for (int last = first + 1; last < sentenceEnd && last <= first + 3; last++)
        {
            var word = document.TextOf(last);
            if (document.Tokens[last].Kind != TokenKind.Word || !char.IsUpper(word[0])) break;
            if (LedBy(word) is not { Length: > 0 } prefix) continue;
            return (last + 1, dictionary.Names.NameEndingIn(document.Text, document.Tokens, first, last, prefix));
        }
        return (0, null);
    }

    // The actor's part of "X-linked" right before a word for a vessel or an aircraft ("Israeli-linked tankers"), else empty.
    private static ReadOnlySpan<char> LinkedCraft(Document document, int i, int sentenceEnd)
    {
        var word = document.TextOf(i);
        int dash = word.LastIndexOf('-');
        if (dash <= 0 || !word[(dash + 1)..].SequenceEqual("linked") || i + 1 >= sentenceEnd || !WordClasses.IsCraftNoun(document.TextOf(i + 1))) return [];
        return word[..dash];
    }

    /// <summary>The actor's part of a compound that describes something by who leads, backs or made it ("US-backed",
    /// "Chilean-made"), or empty when the word is no such compound.</summary>
    internal static ReadOnlySpan<char> LedBy(ReadOnlySpan<char> word)
    {
        int dash = word.LastIndexOf('-');
        if (dash <= 0) return [];
        var suffix = word[(dash + 1)..];
        // Not "backed", "sponsored", "supported", "allied", "funded", "financed", "trained", "armed", "supplied", "linked",
        // "aligned", "affiliated", "brokered", "mediated": "Iran-backed militias" and "U.S.-backed forces" are not Iran or the
        // United States, who only stand behind them, and a "Qatar-brokered truce" is made by its parties, not its broker;
        // whoever leads, holds, runs, crews, made or flies the flag of a thing acts through it or owns it.
        return suffix is "led" or "based" or "owned" or "controlled" or "run"
            or "made" or "built" or "manufactured" or "produced" or "flagged" or "operated"
            or "registered" or "designed" or "developed" or "installed" or "appointed" or "crewed" or "manned"
            ? word[..dash] : [];
    }

    // When one name has several entries, the most specific wins: an institution over a state, a state over its adjective.
    private static ActorEntry Best(IReadOnlyList<ActorEntry> values)
    {
        ActorEntry best = values[0];
        // By index: a foreach over the interface would allocate an enumerator for every name found.
        for (int k = 0; k < values.Count; k++) if (Rank(values[k].Kind) < Rank(best.Kind)) best = values[k];
        return best;
    }

    private static int Rank(ActorEntryKind kind) => kind switch
    {
        ActorEntryKind.Ignore => 0,
        ActorEntryKind.Group => 1,
        ActorEntryKind.Institution => 2,
        ActorEntryKind.Organization => 3,
        ActorEntryKind.State => 4,
        ActorEntryKind.Capital => 5,
        ActorEntryKind.Adjective => 6,
        ActorEntryKind.Ambiguous => 7,
        _ => 8,
    };
}
