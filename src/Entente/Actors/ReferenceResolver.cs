using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// Resolves references to earlier actors: "the two countries", "both sides" (the last two states named together),
/// "the country" (the last state), "the alliance" (the last alliance), "he"/"she" (the last person) and
/// "they"/"their" (the last actors named).
/// </summary>
public static class ReferenceResolver
{
    /// <summary>Returns <paramref name="mentions"/> with reference mentions added, in token order.</summary>
    public static List<ActorMention> Resolve(Document document, List<ActorMention> mentions, IReadOnlyList<PersonName> people, ActorDictionary? dictionary = null)
    {
        var focus = FocusState(mentions);
        var result = new List<ActorMention>(mentions.Count + 8);
        var tokens = document.Tokens;
        int next = 0;
        var recent = new List<ActorMention>(); // actors (not places) in order of mention
        var quoted = new HashSet<int>();          // first tokens of mentions made inside quotation marks
        bool inQuote = false;
        foreach (var sentence in document.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (tokens[i].Kind == Language.TokenKind.Quote && document.Text[tokens[i].Start] is '"' or '“' or '”') inQuote = document.Text[tokens[i].Start] switch { '“' => true, '”' => false, _ => !inQuote };
                // Keep dictionary and person mentions that start here.
                bool covered = false;
                while (next < mentions.Count && mentions[next].FirstToken == i)
                {
                    var m = mentions[next++];
                    result.Add(m);
                    if (m.EntryKind is not ActorEntryKind.Place) recent.Add(m);
                    if (inQuote) quoted.Add(m.FirstToken);
                    covered = true;
                }
                if (covered || tokens[i].Kind != TokenKind.Word) continue;
                var word = document.TextOf(i);
                int length = 0;
                List<ActorMention>? targets = null;
                string rule = "";
                if (IsPair(document, i, sentence.EndToken, out length))
                {
                    targets = LastCoordinatedPair(recent, document, sentence.FirstToken) ?? LastDistinct(recent, 2, statesOnly: true);
                    rule = "ref:pair";
                }
                else if (IsWord(document, i, "the") && i + 1 < sentence.EndToken && IsAny(document, i + 1, "country", "nation"))
                {
                    targets = LastDistinct(recent, 1, statesOnly: true);
                    length = 2;
                    rule = "ref:country";
                }
                else if (dictionary is not null && focus is { } state && IsWord(document, i, "the") && OfficeTitle(document, i + 1, sentence.EndToken, out int titleLength) is { } title
                         && dictionary.Holder(title, state, document.Published) is { } office)
                {
                    // "the president", "the foreign minister": the holder of that office in the story's own state on its date.
                    length = 1 + titleLength;
                    var actor = new Actor(office.Code, office.Sector, document.SliceTokens(i, i + length))
                    {
                        Person = office.Person,
                        Kind = dictionary.KindOf(office.Code),
                        Span = TextSpan.FromBounds(tokens[i].Start, tokens[i + length - 1].End),
                        Rule = $"ref:office→{office.Person} ({office.Origin})",
                    };
                    result.Add(new ActorMention(i, i + length, actor, MentionKind.Reference, ActorEntryKind.Person));
                    recent.Add(result[^1]);
                    i += length - 1;
                    continue;
                }
                else if (word is "he" or "He" or "she" or "She" or "his" or "His" or "her" or "Her")
                {
                    // A pronoun outside a quotation does not refer to someone named inside one.
                    var last = recent.LastOrDefault(m => m.Kind == MentionKind.Person && (inQuote || !quoted.Contains(m.FirstToken)));
                    if (last is not null)
                    {
                        targets = [last];
                        // "Choi Woo-suk … Choi … he": the pronoun is one more mention of the person.
                        // ("his" and "her" modify another noun: "his deputy said" is the deputy speaking.)
                        if (word is "he" or "He" or "she" or "She")
                            foreach (var p in people)
                                if (p.Mentions.Exists(x => x.First == last.FirstToken)) { p.Mentions.Add((i, i + 1)); break; }
                    }
                    length = 1;
                    rule = "ref:person";
                }
                else if (word is "it" && i >= sentence.FirstToken + 2 && AfterSpeechVerb(document, i, sentence.FirstToken) is { } verb
                         && recent.LastOrDefault(m => m.FirstToken >= sentence.FirstToken && m.EndToken <= verb && m.EntryKind is not ActorEntryKind.Person) is { } speaker)
                {
                    // "Japan said it had halted aid": "it" is the speaker.
                    targets = [speaker];
                    length = 1;
                    rule = "ref:speaker";
                }
                else if (word is "they" && AfterSpeechVerb(document, i, sentence.FirstToken) is not null
                         && recent.FirstOrDefault(m => m.FirstToken >= sentence.FirstToken && m.FirstToken < i && m.EntryKind is not ActorEntryKind.Person) is { } sentenceSubject)
                {
                    // "Rebels rejected the plan, and said they also opposed …": "they" are the ones speaking, the sentence's subject.
                    targets = LastGroup(recent.Where(m => m.FirstToken <= sentenceSubject.FirstToken + 2 && m.FirstToken >= sentence.FirstToken).ToList(), document);
                    length = 1;
                    rule = "ref:speaker";
                }
                else if (word is "they" or "They" or "their" or "Their" or "them")
                {
                    targets = LastGroup(recent, document);
                    length = 1;
                    rule = "ref:plural";
                }
                if (targets is null || targets.Count == 0 || length == 0) continue;
                foreach (var t in targets)
                {
                    var actor = t.Actor with { Name = document.SliceTokens(i, i + length), Span = TextSpan.FromBounds(tokens[i].Start, tokens[i + length - 1].End), Rule = $"{rule}→{t.Actor.Name}" };
                    result.Add(new ActorMention(i, i + length, actor, MentionKind.Reference, t.EntryKind));
                }
                i += length - 1;
            }
        }
        while (next < mentions.Count) result.Add(mentions[next++]);
        return result;
    }

    private static readonly string[][] Titles =
    [
        ["prime", "minister"], ["foreign", "minister"], ["defense", "minister"], ["defence", "minister"], ["president"], ["chancellor"],
        ["premier"], ["secretary", "of", "state"], ["defense", "secretary"], ["defence", "secretary"],
    ];

    private static string? OfficeTitle(Document d, int i, int end, out int length)
    {
        foreach (var title in Titles)
        {
            if (i + title.Length > end) continue;
            bool all = true;
            for (int k = 0; k < title.Length && all; k++) all = d.TextOf(i + k).Equals(title[k], StringComparison.Ordinal);
            // Lower case only: "the President" in a headline is as likely a title before a name.
            if (all && !(i + title.Length < end && d.Tags[i + title.Length] == Language.PartOfSpeech.ProperNoun))
            {
                length = title.Length;
                return string.Join(' ', title).Replace("defence", "defense", StringComparison.Ordinal);
            }
        }
        length = 0;
        return null;
    }

    // The state the story is about: the one named most often.
    private static ActorCode? FocusState(List<ActorMention> mentions)
    {
        var counts = new Dictionary<ActorCode, int>();
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Name && m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Adjective)
                counts[m.Actor.Code] = counts.GetValueOrDefault(m.Actor.Code) + 1;
        return counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
    }

    private static int? AfterSpeechVerb(Document d, int i, int first)
    {
        int k = i - 1;
        if (d.TextOf(k) is "that") k--;
        while (k >= first && d.Tags[k] is Language.PartOfSpeech.Adverb or Language.PartOfSpeech.ProperNoun or Language.PartOfSpeech.Preposition && k > i - 5) k--;
        return k >= first && PersonFinder.IsSpeechVerb(d.TextOf(k)) ? k : null;
    }

    private static bool IsWord(Document d, int i, string w) => d.TextOf(i).Equals(w, StringComparison.OrdinalIgnoreCase);

    private static bool IsAny(Document d, int i, params string[] words)
    {
        foreach (var w in words) if (IsWord(d, i, w)) return true;
        return false;
    }

    // "the two countries", "both countries", "both sides", "the two sides", "the two nations", "the two governments", "the allies".
    private static bool IsPair(Document d, int i, int end, out int length)
    {
        length = 0;
        if (i + 2 < end && IsWord(d, i, "the") && IsWord(d, i + 1, "two") && IsAny(d, i + 2, "countries", "nations", "sides", "governments", "allies", "states", "leaders", "militaries"))
        { length = 3; return true; }
        if (i + 1 < end && IsWord(d, i, "both") && IsAny(d, i + 1, "countries", "nations", "sides", "governments", "allies"))
        { length = 2; return true; }
        return false;
    }

    // "Moscow and Pyongyang … Both governments": the last two states named together, within the last few sentences.
    private static List<ActorMention>? LastCoordinatedPair(List<ActorMention> recent, Document d, int sentenceStart)
    {
        int horizon = d.SentenceOfToken(sentenceStart) - 3;
        for (int k = recent.Count - 1; k > 0; k--)
        {
            var b = recent[k];
            var a = recent[k - 1];
            if (d.SentenceOfToken(a.FirstToken) < horizon) break;
            if (a.Actor.Code == b.Actor.Code || !a.Actor.IsState || !b.Actor.IsState) continue;
            if (a.EntryKind is ActorEntryKind.Organization or ActorEntryKind.Group || b.EntryKind is ActorEntryKind.Organization or ActorEntryKind.Group) continue;
            int gap = b.FirstToken - a.EndToken;
            if (gap is < 1 or > 2) continue;
            bool joined = true;
            for (int t = a.EndToken; t < b.FirstToken; t++) if (d.TextOf(t) is not ("and" or "," or "the")) joined = false;
            if (joined && d.TextOf(b.FirstToken - 1) is "and" or "the") return [a, b];
        }
        return null;
    }

    private static List<ActorMention> LastDistinct(List<ActorMention> recent, int count, bool statesOnly)
    {
        var found = new List<ActorMention>(count);
        for (int k = recent.Count - 1; k >= 0 && found.Count < count; k--)
        {
            var m = recent[k];
            if (statesOnly && m.EntryKind is ActorEntryKind.Organization or ActorEntryKind.Group) continue;
            if (!m.Actor.IsState) continue;
            if (found.Exists(f => f.Actor.Code == m.Actor.Code)) continue;
            found.Add(m);
        }
        return found.Count == count ? found : [];
    }

    // The last actors named together ("China and Russia"), or the last actor named.
    private static List<ActorMention> LastGroup(List<ActorMention> recent, Document d)
    {
        if (recent.Count == 0) return [];
        var last = recent[^1];
        // "Bosnian Serbs … their forces": a people named after a state's adjective stand for that state.
        if (recent.Count > 1 && last.EntryKind == ActorEntryKind.Adjective && recent[^2].EntryKind == ActorEntryKind.Adjective && recent[^2].EndToken == last.FirstToken)
            return [recent[^2]];
        var group = new List<ActorMention> { last };
        for (int k = recent.Count - 2; k >= 0; k--)
        {
            var m = recent[k];
            int gapStart = m.EndToken, gapEnd = group[^1].FirstToken;
            if (gapEnd - gapStart > 2 || gapEnd < gapStart) break;
            bool joined = true;
            for (int t = gapStart; t < gapEnd; t++) if (d.TextOf(t) is not ("and" or "," or "or")) joined = false;
            if (!joined || gapEnd == gapStart) break;
            if (!group.Exists(g => g.Actor.Code == m.Actor.Code)) group.Add(m);
        }
        return group;
    }
}
