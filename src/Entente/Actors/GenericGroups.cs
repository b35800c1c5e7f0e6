using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// Resolves descriptions of groups with no name of their own ("militants", "protesters", kind <c>generic</c> in the
/// dictionaries) to the state where the story happens: a state named as the place of the act in the same sentence
/// ("in Somalia"), else the state the article names most, when it clearly leads. Unsure means no actor.
/// </summary>
internal static class GenericGroups
{
    // Lower-case modifiers a description's phrase may have between a people's adjective and its head.
    private const int MaxModifiers = 3;

    // Every rule name of a generic group starts so.
    private const string RulePrefix = "generic:";

    /// <summary>True when <paramref name="actor"/> is a group with no name of its own that this class resolved ("protesters",
    /// "rescue workers").</summary>
    public static bool IsGenericGroup(Actor actor) => actor.Rule.StartsWith(RulePrefix, StringComparison.Ordinal);

    /// <summary>The rule name when the sentence names the place.</summary>
    public const string SceneRule = RulePrefix + "scene-state";
    /// <summary>The rule name when the article's leading state is taken.</summary>
    public const string StoryRule = RulePrefix + "story-state";

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "near", "across", "inside", "outside", "throughout", "through", "around", "along" };

    /// <summary>
    /// The state a generic description at [<paramref name="first"/>, <paramref name="end"/>) stands for, with the rule, or
    /// null: when another actor's name or a capitalised word comes right before it ("Somali militants", "Nusra fighters")
    /// the description belongs to that name, not to the story's state.
    /// </summary>
    public static (ActorCode Code, string Rule)? StateOf(Document document, int first, int end, List<(int First, int End, ActorEntry Entry)> names, ActorCode? storyState,
        ActorDictionary dictionary, string? sector = null, ActorCode? fallbackState = null)
    {
        if (first > 0)
        {
            var before = document.Tokens[first - 1];
            if (before.Kind == TokenKind.Word && char.IsUpper(document.Text[before.Start]) && !IsSentenceStart(document, first - 1)) return null;
            if (names.Exists(n => n.End == first || (n.End == first - 1 && document.TextOf(first - 1) is "'s" or "’s"))) return null;
            // "North Korean information technology workers": a people's adjective opening the description's noun phrase, a
            // few lower-case modifiers before it, names whose the group is.
            int k = first - 1;
            while (k > 0 && first - k <= MaxModifiers && document.Tokens[k].Kind == TokenKind.Word && char.IsLower(document.Text[document.Tokens[k].Start])
                   && document.Tags[k] is PartOfSpeech.Noun or PartOfSpeech.Adjective) k--;
            if (k < first - 1 && names.Exists(n => n.End == k + 1 && n.Entry.Kind == ActorEntryKind.Adjective)) return null;
        }
        var sentence = document.Sentences[document.SentenceOfToken(first)];
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var preposition = document.TextOf(i);
            bool on = preposition.Equals("on", StringComparison.OrdinalIgnoreCase);
            // "south of Algiers": a compass direction's "of" places the act too.
            bool compass = preposition is "of" && i > sentence.FirstToken && WordClasses.IsCompassDirection(document.TextOf(i - 1));
            if (!on && !compass && !PlacePrepositions.Contains(preposition.ToString())) continue;
            foreach (var n in names)
            {
                if (n.First <= i || n.First > i + 4 || n.End > sentence.EndToken || n.Entry.Code.Value.IndexOf('+') >= 0 || dictionary.KindOf(n.Entry.Code) != ActorKind.State) continue;
                // "outside Azerbaijan's embassy in Paris": a state's embassy or consulate stands in another state.
                if (OwnsAMission(document, n.End, sentence.EndToken)) continue;
                // "near the border with Chad", "on the Chadian border": a border has two sides, so it places the act in
                // neither state.
                if (NamesABordersSide(document, n.First, n.End, sentence.EndToken)) continue;
                // "militants on Afghan soil", "forces in Syrian territory": a people's adjective before a word for land.
                bool land = n.End < sentence.EndToken && WordClasses.IsLandNoun(document.TextOf(n.End))
                    && n.Entry.Kind is ActorEntryKind.Adjective or ActorEntryKind.Ambiguous;
                // "in eastern Congo": a name shared by two states, written as a name (not as the people's adjective before a
                // noun), is a scene too.
                bool sharedName = n.Entry.Kind == ActorEntryKind.Ambiguous && document.Tags[n.End - 1] == PartOfSpeech.ProperNoun
                    && !(n.End < sentence.EndToken && document.Tags[n.End] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun);
                // "in the Mexican state of Zacatecas", "in the Nigerian city of Kano": a people's adjective before a place
                // inside a state that the next words name.
                bool subdivision = n.Entry.Kind is ActorEntryKind.Adjective && n.End + 2 < sentence.EndToken
                    && (WordClasses.IsPlaceNoun(document.TextOf(n.End)) || document.TextOf(n.End) is "state")
                    && document.TextOf(n.End + 1) is "of" && document.Tags[n.End + 2] == PartOfSpeech.ProperNoun;
                // "killed in US strikes": a state's name modifying the noun after it names whose the thing is, not a scene.
                bool modifier = !land && !subdivision && n.End < sentence.EndToken && document.Tags[n.End] == PartOfSpeech.Noun
                    && !WordClasses.IsPlaceNoun(document.TextOf(n.End)) && document.TextOf(n.End) is not ("state" or "State");
                // The scene is a state's ("protesters in Lima"); a region standing for an organisation ("in Europe") is none.
                if (land || subdivision || !on && !modifier && (sharedName || n.Entry.Kind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Place))
                    return (n.Entry.Code, SceneRule);
            }
        }
        // "Norway said officers had detained …": forces of order told of in what a state or its organ says are its own.
        if (sector is "COP" or "MIL" && SpeakersState(document, sentence, first, names, dictionary) is { } speaker) return (speaker, SpeakerRule);
        // "Protesters marched to the Rwandan embassy": a state whose embassy the sentence names stands elsewhere, so it is not
        // the scene; the place the story was filed from is, when it differs.
        if (storyState is { } story && MissionOwnerIn(document, sentence, names, story))
            return fallbackState is { } filed && filed != story ? (filed, StoryRule) : null;
        return storyState is { } s ? (s, StoryRule) : null;
    }

    /// <summary>The rule name when the description stands in what a state says.</summary>
    public const string SpeakerRule = RulePrefix + "speakers-state";

    // How far before its speech verb the speaker's name may stand ("Norway's police chief said").
    private const int SpeakerReach = 6;

    // The state whose name (not another description's: "Norway's police chief") stands nearest before a speech verb that
    // comes before the description, with no other name between the verb and the description; or null.
    private static ActorCode? SpeakersState(Document document, Sentence sentence, int first, List<(int First, int End, ActorEntry Entry)> names, ActorDictionary dictionary)
    {
        int verb = -1;
        for (int i = first - 1; i >= sentence.FirstToken && verb < 0; i--) if (PersonFinder.IsSpeechVerb(document.TextOf(i))) verb = i;
        if (verb < 0 || names.Exists(n => n.First > verb && n.First < first)) return null;
        (int First, int End, ActorEntry Entry)? nearest = null;
        foreach (var n in names)
            if (n.End <= verb && n.First >= sentence.FirstToken && n.End >= verb - SpeakerReach && n.Entry.Kind != ActorEntryKind.Generic
                && (nearest is null || n.First > nearest.Value.First)) nearest = n;
        return nearest is { } speaker && dictionary.KindOf(speaker.Entry.Code) == ActorKind.State && speaker.Entry.Code.Value.IndexOf('+') < 0 ? speaker.Entry.Code : null;
    }

    private static bool NamesABordersSide(Document document, int first, int end, int sentenceEnd) =>
        end < sentenceEnd && WordClasses.IsBorderNoun(document.TextOf(end))
        || first >= 2 && document.TextOf(first - 1) is "with" && WordClasses.IsBorderNoun(document.TextOf(first - 2));

    // Whether the sentence names <paramref name="state"/>'s embassy or consulate ("the Rwandan embassy", "Japan's embassy").
    private static bool MissionOwnerIn(Document document, Sentence sentence, List<(int First, int End, ActorEntry Entry)> names, ActorCode state)
    {
        foreach (var n in names)
            if (n.First >= sentence.FirstToken && n.End <= sentence.EndToken && n.Entry.Code == state && OwnsAMission(document, n.End, sentence.EndToken)) return true;
        return false;
    }

    private static bool OwnsAMission(Document document, int end, int sentenceEnd)
    {
        int next = end < sentenceEnd && document.TextOf(end) is "'s" or "’s" ? end + 1 : end;
        return next < sentenceEnd && WordClasses.NamesAMission(document.TextOf(next));
    }

    /// <summary>The rule name when a definite description takes the group named before it.</summary>
    public const string NamedEarlierRule = RulePrefix + "named-earlier";

    // How far back a definite description looks for the group it names again.
    private const int EarlierSentences = 4;

    /// <summary>
    /// "Al-Shabab attacked a hotel … the militants later stormed a base": a definite description ("the militants", "the
    /// rebels", or a count: "killed 33 militants") names again the last group of its sector named before it, within a few
    /// sentences — an organisation or group of the dictionaries, not a state. Null when there is none, when an indefinite
    /// description of the same kind comes between, or when the description is neither definite nor counted.
    /// </summary>
    /// <remarks><paramref name="names"/> are in text order and <paramref name="index"/> is the description's own place among
    /// them, so only the names before it are read.</remarks>
    public static (int First, int End, ActorEntry Entry)? NamedEarlier(Document document, int index, List<(int First, int End, ActorEntry Entry)> names)
    {
        var (first, _, description) = names[index];
        if (description.Sector is not { } sector || !AfterThe(document, first) && !AfterACount(document, first)) return null;
        // "Airwars said 14 civilians were killed": counted civilians or villagers are victims, not a civic group's members.
        if (sector == "CVL" && !AfterThe(document, first)) return null;
        int from = document.Sentences[Math.Max(0, document.SentenceOfToken(first) - EarlierSentences)].FirstToken;
        for (int k = index - 1; k >= 0; k--)
        {
            var (f, e, entry) = names[k];
            if (f >= first || e > first) continue;
            if (f < from) break;
            if (entry.Kind is ActorEntryKind.Institution or ActorEntryKind.Organization && entry.Sector == sector && !NamesItsGovernment(document, e)) return names[k];
            // "Militants linked with a group the dictionaries lack … the militants": an indefinite description of the same
            // kind in between names some other group; the chain back to a named one is broken.
            if (entry.Kind == ActorEntryKind.Generic && entry.Sector == sector && !AfterThe(document, f) && !AfterACount(document, f)) return null;
        }
        return null;
    }

    // "killed 33 militants" soon after a group is named: a count of its fighters, as definite as "the militants".
    private static bool AfterACount(Document document, int token) => token > 0 && document.Tokens[token - 1].Kind == TokenKind.Number;

    private static bool AfterThe(Document document, int token) => token > 0 && document.TextOf(token - 1).Equals("the", StringComparison.OrdinalIgnoreCase);

    // "a Hezbollah government spokesman": the group named as a government, not as fighters.
    private static bool NamesItsGovernment(Document document, int end)
    {
        int sentenceEnd = document.Sentences[document.SentenceOfToken(end - 1)].EndToken;
        for (int i = end; i < Math.Min(end + 3, sentenceEnd); i++)
            if (RoleWords.SectorOf(document.TextOf(i)) == "GOV") return true;
        return false;
    }

    /// <summary>The state the article names clearly most (at least twice, and more than any other), or null.</summary>
    public static ActorCode? LeadingState(List<(int First, int End, ActorEntry Entry)> names, ActorDictionary dictionary)
    {
        var counts = StateMentionCounts(names, dictionary);
        if (counts.Count == 0) return null;
        var ranked = counts.OrderByDescending(kv => kv.Value).ToList();
        if (ranked[0].Value < 2 || (ranked.Count > 1 && ranked[1].Value * 3 > ranked[0].Value * 2)) return null;
        return ranked[0].Key;
    }

    /// <summary>How often the article names each state (by its name, capital, adjective or a place in it).</summary>
    public static Dictionary<ActorCode, int> StateMentionCounts(List<(int First, int End, ActorEntry Entry)> names, ActorDictionary dictionary)
    {
        var counts = new Dictionary<ActorCode, int>();
        foreach (var (_, _, e) in names)
            if (e.Kind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Adjective or ActorEntryKind.Place && dictionary.KindOf(e.Code) == ActorKind.State)
                counts[e.Code] = counts.GetValueOrDefault(e.Code) + 1;
        return counts;
    }

    private static bool IsSentenceStart(Document document, int token) =>
        document.Sentences[document.SentenceOfToken(token)].FirstToken == token;
}
