using System.Collections.Frozen;
using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// Plural groups: "the two countries", "the three nations", "both sides", "the allies", "the Baltic states" stand for
/// the states last named together ("Estonia, Latvia and Lithuania"). A number, when given, must agree with the set.
/// </summary>
internal sealed class GroupReferenceRule : IDiscourseRule
{
    private static readonly FrozenSet<string> Heads = new[]
    {
        "countries", "nations", "sides", "governments", "allies", "states", "leaders", "militaries", "neighbours", "neighbors", "powers",
        "partners", "capitals", "delegations", "rivals", "foes", "adversaries", "blocs", "visitors", "guests", "men",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup = Heads.GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns a state's name may stand before as the topic ("the Taiwan question"), not as a party.
    private static readonly FrozenSet<string> TopicNouns = new[]
    {
        "question", "issue", "war", "crisis", "conflict", "problem", "situation", "file", "dispute", "matter",
    }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicNounLookup = TopicNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int> Numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5, ["6"] = 6,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberLookup = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the", "all", "both", "each"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        // Every reading below opens with one of these four words: any other word is passed over at once.
        if (d.TextOf(i).Length is not (3 or 4) || !(c.Is(i, "the") || c.Is(i, "all") || c.Is(i, "both") || c.Is(i, "each"))) return 0;
        int? count;
        int length;
        if ((c.Is(i, "the") || c.Is(i, "all")) && i + 2 < c.Sentence.EndToken && NumberLookup.TryGetValue(d.TextOf(i + 1), out int n) && HeadLookup.Contains(d.TextOf(i + 2)))
        { count = n; length = 3; }
        // "the two Gulf rivals", "the three Asian partners": one describing word between the number and the head.
        else if (c.Is(i, "the") && i + 3 < c.Sentence.EndToken && NumberLookup.TryGetValue(d.TextOf(i + 1), out int described)
                 && d.Tags[i + 2] is PartOfSpeech.Adjective or PartOfSpeech.ProperNoun && HeadLookup.Contains(d.TextOf(i + 3)) && !c.Is(i + 3, "states"))
        { count = described; length = 4; }
        else if (c.Is(i, "both") && i + 1 < c.Sentence.EndToken && (HeadLookup.Contains(d.TextOf(i + 1)) || c.Is(i + 1, "parties")) && !c.Is(i + 1, "states"))
        { count = 2; length = 2; }
        // "both warring parties", "both rival sides": one adjective before the head.
        else if (c.Is(i, "both") && i + 2 < c.Sentence.EndToken && (d.Tags[i + 1] == PartOfSpeech.Adjective || d.TextOf(i + 1).EndsWith("ing", StringComparison.Ordinal)) && char.IsLower(d.TextOf(i + 1)[0])
                 && (HeadLookup.Contains(d.TextOf(i + 2)) || c.Is(i + 2, "parties")) && !c.Is(i + 2, "states"))
        { count = 2; length = 3; }
        // "with each side accusing the other": each of the two parties named together.
        else if (c.Is(i, "each") && i + 1 < c.Sentence.EndToken && (c.Is(i + 1, "side") || c.Is(i + 1, "party") || c.Is(i + 1, "country") || c.Is(i + 1, "government")))
        { count = 2; length = 2; }
        // "The two discussed military cooperation": the number alone as the subject of a verb.
        else if (c.Is(i, "the") && i + 2 < c.Sentence.EndToken && NumberLookup.TryGetValue(d.TextOf(i + 1), out int alone)
                 && d.Tags[i + 2] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal or PartOfSpeech.Adverb)
        { count = alone; length = 2; }
        else if (c.Is(i, "the") && c.Is(i + 1, "allies"))
        { count = null; length = 2; }
        // "the warring parties", "the rival factions": the parties to the fight named together before.
        else if (c.Is(i, "the") && i + 2 < c.Sentence.EndToken && (c.Is(i + 1, "warring") || c.Is(i + 1, "rival"))
                 && (c.Is(i + 2, "parties") || c.Is(i + 2, "sides") || c.Is(i + 2, "factions")))
        { count = null; length = 3; }
        // "the prime ministers", "the two foreign ministers", "the presidents", "the leaders": the office holders of the states named together.
        else if (c.Is(i, "the") && PluralOfficeHolders(c, i + 1) is { Length: > 0 } office)
        {
            // "NATO defence ministers approved a plan … The ministers also agreed …": a body named with the same head word
            // lately is who they are, before any states listed since ("incursions into Polish and Romanian airspace").
            if (office.Count is null && BodyNamedWithHead(c, i + office.Length) is { } body)
            {
                c.Remember(c.Emit(output, i, 1 + office.Length, body, "group:same-head"));
                return 1 + office.Length;
            }
            count = office.Count; length = 1 + office.Length;
        }
        // "the Baltic states", "the Nordic countries": a capitalised regional name the dictionary does not know, then a plural head.
        else if (c.Is(i, "the") && i + 2 < c.Sentence.EndToken && IsRegionWord(d, i + 1) && d.TextOf(i + 2) is "states" or "countries" or "nations" or "republics" or "leaders" or "governments")
        { count = null; length = 3; }
        // "the other three countries": the states named together with one named in this sentence, less that one.
        else if (c.Is(i, "the") && c.Is(i + 1, "other") && i + 3 < c.Sentence.EndToken && NumberLookup.TryGetValue(d.TextOf(i + 2), out int others)
                 && HeadLookup.Contains(d.TextOf(i + 3)))
        {
            var rest = OthersOfSet(c, others);
            if (rest is null) return 4;
            foreach (var m in rest) c.Remember(c.Emit(output, i, 4, m, $"group:other-{others}"));
            return 4;
        }
        else return 0;

        // "both sides", "the two sides": the parties to a dispute or a deal, armed groups among them ("Israel and Hamas"),
        // not the mediators named as agents ("mediated by Qatar and Egypt").
        bool sides = c.Is(i + length - 1, "sides") || c.Is(i + length - 1, "parties") || c.Is(i + length - 1, "factions") || c.Is(i + length - 1, "side") || c.Is(i + length - 1, "party");
        var set = LastCoordinatedSet(c, count, sides, out bool agentsPassed);
        // "Paris urged both sides to show restraint": whoever speaks to the group is not one of it. Found only when asked
        // for (it reads the tree, which parses the sentence).
        ActorCode? speaker = null;
        bool speakerFound = false;
        if (set is not null && Speaker() is { } excluded && set.Exists(m => m.Actor.Code == excluded)) set = null;
        // "the two countries" with no pair named together: the last two distinct states, as a reader would take them (not
        // the agents passed over for "both sides").
        // "Xi held talks with To Lam … the two leaders witnessed the signing": leaders and office holders are the people
        // named lately, whatever states their words mentioned since ("China's position on the Taiwan question").
        if (set is null && count is { } people && NamesPeople(c, i + length - 1)) set = LastDistinctPeople(c, people, Speaker());
        // "The foreign and defence ministers of Japan and the Philippines met … The four ministers …": office holders of a
        // set of states named together, as many of each.
        if (set is null && count is { } holders && NamesPeople(c, i + length - 1) && LastCoordinatedSet(c, null) is { Count: > 1 } states
            && holders > states.Count && holders % states.Count == 0) set = states;
        // "Ishiba met Lee in Tokyo. The leaders expressed concern …": with no number, the people of different states named
        // together in the latest sentence that names two or more.
        if (set is null && count is null && NamesPeople(c, i + length - 1)) set = PeopleOfLastSentenceNamingSeveral(c, Speaker());
        if (set is null && sides && count == 2 && !agentsPassed) set = MostNamedPair(c, Speaker());
        if (set is null && count == 2 && !agentsPassed) set = LastDistinctStates(c, 2, Speaker());
        // "France and Germany signed a pact with Italy. The three countries …": exactly that many states named since the
        // sentence before, though not in one list.
        if (set is null && count > 2) set = StatesNamedSinceLastSentence(c, count.Value);
        string rule = count is { } k ? $"group:{k}" : "group";
        // "The Baltic states expelled … Moscow expelled diplomats from all three countries": a group named at once whose
        // members are that many stands for them.
        if (set is null && NamedGroup(c, count) is { } named)
        {
            c.Remember(c.Emit(output, i, length, named, rule));
            return length;
        }
        if (set is null) return length;
        // The historical name of the pair rule is kept ("ref:pair") so stored rules stay comparable.
        if (count == 2) rule = "pair";
        // Remembered, so that "their" after "the two countries" is both of them.
        foreach (var m in set) c.Remember(c.Emit(output, i, length, m, rule));
        return length;

        ActorCode? Speaker()
        {
            if (!speakerFound) (speaker, speakerFound) = (SubjectOfGoverningVerb(c, i + length - 1), true);
            return speaker;
        }
    }

    // How many sentences back a list of states named together is looked for: three, or six for a count of three or more,
    // which few lists match.
    private static int Horizon(int? count) => count >= 3 ? 6 : 3;

    private static readonly FrozenSet<string> OfficeHolders = new[]
    {
        "ministers", "presidents", "premiers", "chancellors", "envoys", "delegations", "counterparts", "heads", "leaders",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeHolderLookup = OfficeHolders.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> OfficeModifiers = new[]
    {
        "prime", "foreign", "defense", "defence", "finance", "trade", "economy", "interior",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeModifierLookup = OfficeModifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    // "prime ministers", "two foreign ministers", "presidents", "heads of state": the words after "the", with the number
    // they give, or a zero length when they are no plural office.
    private static (int Length, int? Count) PluralOfficeHolders(DiscourseContext c, int j)
    {
        var d = c.Document;
        int start = j, end = c.Sentence.EndToken;
        int? count = null;
        if (j < end && NumberLookup.TryGetValue(d.TextOf(j), out int n)) { count = n; j++; }
        if (j < end && OfficeModifierLookup.Contains(d.TextOf(j))) j++;
        if (j >= end || !OfficeHolderLookup.Contains(d.TextOf(j))) return (0, null);
        // "heads" only as "heads of state/government".
        if (c.Is(j, "heads"))
        {
            if (!(c.Is(j + 1, "of") && (c.Is(j + 2, "state") || c.Is(j + 2, "government")))) return (0, null);
            j += 2;
        }
        return (j + 1 - start, count);
    }

    // The last organisation named in this sentence or the two before whose phrase ends in the head word at <head>
    // ("NATO defence ministers" for "the ministers"), or null.
    private static ActorMention? BodyNamedWithHead(DiscourseContext c, int head)
    {
        var d = c.Document;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - 2) return null;
            if (m.Kind != MentionKind.Name || !c.Reachable(m) || m.Actor.Kind != ActorKind.Organization) continue;
            int last = m.EndToken - 1;
            bool sameHead = d.TextOf(last).Equals(d.TextOf(head), StringComparison.OrdinalIgnoreCase)
                            || m.EndToken < d.Tokens.Length && d.TextOf(m.EndToken).Equals(d.TextOf(head), StringComparison.OrdinalIgnoreCase)
                            || m.EndToken + 1 < d.Tokens.Length && d.Tags[m.EndToken] is PartOfSpeech.Noun or PartOfSpeech.Adjective
                               && d.TextOf(m.EndToken + 1).Equals(d.TextOf(head), StringComparison.OrdinalIgnoreCase);
            if (sameHead) return m;
        }
        return null;
    }

    private static bool IsRegionWord(Document d, int i)
    {
        var w = d.TextOf(i);
        return d.Tokens[i].Kind == TokenKind.Word && w.Length > 2 && char.IsUpper(w[0]) && !WordClasses.IsAllUpper(w);
    }

    /// <summary>
    /// The most recent run of two or more distinct states named together ("X, Y and Z") within the last three sentences (six
    /// for a count of three or more), whose size is <paramref name="count"/> when given.
    /// </summary>
    internal static List<ActorMention>? LastCoordinatedSet(DiscourseContext c, int? count) => LastCoordinatedSet(c, count, sides: false, out _);

    /// <summary>As <see cref="LastCoordinatedSet(DiscourseContext, int?)"/>; for <paramref name="sides"/>, armed groups count
    /// as parties and a run named as the agent after "by" is passed over (<paramref name="agentsPassed"/> tells whether one
    /// was).</summary>
    internal static List<ActorMention>? LastCoordinatedSet(DiscourseContext c, int? count, bool sides, out bool agentsPassed)
    {
        agentsPassed = false;
        var recent = c.Recent;
        var d = c.Document;
        // A count of three or more matches few lists, so the list may stand further back ("the three countries" a few
        // paragraphs after "Japan, South Korea and the United States").
        int horizon = c.SentenceIndex - Horizon(count);
        int k = recent.Count - 1;
        while (k >= 0)
        {
            if (d.SentenceOfToken(recent[k].FirstToken) < horizon) break;
            // Grow a run leftwards from recent[k].
            var run = new List<ActorMention> { recent[k] };
            int j = k - 1;
            for (; j >= 0; j--)
            {
                var a = recent[j];
                var b = run[^1];
                if (!IsParty(a, sides) || !IsParty(b, sides) || !c.Reachable(a) || !Joined(d, a, b) || IsAttribution(d, b)) break;
                // (Two sectors of one state are two sides, "Syria's authorities and the SDF"; a people's adjective, with no
                // sector, is no side apart from its state: "on Cambodian positions, and Cambodia's defence ministry".)
                if (!run.Exists(r => r.Actor.Code == a.Actor.Code && (!sides || r.Actor.Sector == a.Actor.Sector || r.Actor.Sector is null || a.Actor.Sector is null))) run.Add(a);
            }
            bool agent = sides && run[^1].FirstToken > 0 && d.TextOf(run[^1].FirstToken - 1) is "by";
            agentsPassed |= agent && run.Count >= 2;
            if (run.Count >= 2 && run.TrueForAll(m => IsParty(m, sides)) && run.TrueForAll(c.Reachable) && (count is null || run.Count == count) && !agent)
            {
                run.Reverse();
                return run;
            }
            k = Math.Min(j, k - 1);
        }
        return null;
    }

    // "… ties with the Philippines, the official added": a speaker named after a comma, right before the speech verb,
    // attributes what was said; it is not listed with the name before the comma.
    private static bool IsAttribution(Document d, ActorMention m) =>
        m.FirstToken > 0 && d.TextOf(m.FirstToken - 1) is "," && m.EndToken < d.Tokens.Length && PersonFinder.IsSpeechVerb(d.TextOf(m.EndToken));

    // The latest group of states named at once (one mention, codes joined by '+') within the last three sentences (six for a
    // count of three or more), of <paramref name="count"/> members when given; or null.
    private static ActorMention? NamedGroup(DiscourseContext c, int? count)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - Horizon(count)) break;
            if (m.Kind != MentionKind.Name || !c.Reachable(m) || !m.Actor.Code.Value.Contains('+')) continue;
            int members = m.Actor.Code.Value.Count(ch => ch == '+') + 1;
            return count is null || members == count ? m : null;
        }
        return null;
    }

    private static bool IsParty(ActorMention m, bool sides) => IsState(m) || sides && m.Actor.Sector == "REB";

    // A leader stands for their state; a news outlet ("according to a notice seen by The Associated Press") is no party.
    private static bool IsState(ActorMention m) =>
        m.Actor.IsState && m.EntryKind is not (ActorEntryKind.Organization or ActorEntryKind.Group) && m.Actor.Sector != "MED";

    // "X and Y", "X, Y", "X and the Y": only commas, "and" and "the" between them.
    private static bool Joined(Document d, ActorMention a, ActorMention b)
    {
        int start = a.EndToken;
        // "the Japanese destroyer Kongo and the South Korean destroyer …": a people's adjective's own head words come first.
        if (a.EntryKind == ActorEntryKind.Adjective)
            for (int heads = 0; heads < MaxAdjectiveHeadWords && start < b.FirstToken && d.Tags[start] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun; heads++) start++;
        int gap = b.FirstToken - start;
        if (gap is < 1 or > 2) return false;
        for (int t = start; t < b.FirstToken; t++) if (d.TextOf(t) is not ("and" or "," or "the")) return false;
        return true;
    }

    // How many head words may follow a people's adjective in a list ("destroyer Kongo", "navy frigate").
    private const int MaxAdjectiveHeadWords = 3;

    // The last set of count + 1 states named together that holds a state already named in this sentence, less that state.
    private static List<ActorMention>? OthersOfSet(DiscourseContext c, int count)
    {
        var set = LastCoordinatedSet(c, count + 1);
        if (set is null) return null;
        var here = c.Recent.Where(m => c.SentenceOf(m.FirstToken) == c.SentenceIndex).Select(m => m.Actor.Code).ToHashSet();
        var rest = set.Where(m => !here.Contains(m.Actor.Code)).ToList();
        return rest.Count == count ? rest : null;
    }

    private static List<ActorMention>? StatesNamedSinceLastSentence(DiscourseContext c, int count)
    {
        // One more than wanted tells a set too large from one of the right size.
        var found = DistinctStatesBack(c, c.SentenceIndex - 1, count + 1, excluded: null);
        if (found.Count != count) return null;
        found.Reverse();
        return found;
    }

    // "Iwaya and his Chinese counterpart Wang … concern about Japan's ties with the Philippines … The two sides did not reach
    // agreement": the two sides of a story are the two states it has named most, when they stand clear of the rest (each
    // named at least twice, the next fewer times); a state named in passing is no side.
    private static List<ActorMention>? MostNamedPair(DiscourseContext c, ActorCode? excluded)
    {
        var counts = new Dictionary<ActorCode, (int Count, ActorMention Last)>();
        foreach (var m in c.Recent)
        {
            if (!IsState(m) || !c.Reachable(m) || m.Actor.Code == excluded || DescribesATopic(c.Document, m)) continue;
            counts[m.Actor.Code] = (counts.GetValueOrDefault(m.Actor.Code).Count + 1, m);
        }
        if (counts.Count < 2) return null;
        int first = 0, second = 0, third = 0;
        ActorMention? top = null, next = null;
        foreach (var (_, (n, last)) in counts)
        {
            if (n > first) { (third, second, next, first, top) = (second, first, top, n, last); }
            else if (n > second) { (third, second, next) = (second, n, last); }
            else if (n > third) third = n;
        }
        return second >= 2 && third < second ? [top!, next!] : null;
    }

    private static List<ActorMention>? LastDistinctStates(DiscourseContext c, int count, ActorCode? excluded = null)
    {
        // "The Chinese minister met his American counterpart in Singapore … Both sides agreed": states named lately as
        // parties, not the place, when there are enough of them; else a place may be one ("arrived in Beijing … the two").
        // "Rutte met South Korea's adviser, and the two discussed …": exactly that many actors named before it in its own
        // sentence, an organisation's people among them, are the two.
        var inSentence = DistinctStatesBack(c, c.SentenceIndex, count + 1, excluded, skipPlaces: true, organisations: true);
        if (inSentence.Count == count) return inSentence;
        var parties = DistinctStatesBack(c, c.SentenceIndex - 3, count, excluded, skipPlaces: true);
        if (parties.Count == count) return parties;
        var found = DistinctStatesBack(c, 0, count, excluded);
        return found.Count == count ? found : null;
    }

    // "leaders", "ministers", "presidents": a head that names people, not states.
    private static bool NamesPeople(DiscourseContext c, int head) => c.Is(head, "leaders") || OfficeHolderLookup.Contains(c.Document.TextOf(head)) && !c.Is(head, "delegations");

    // The last <count> people of distinct states named within the last three sentences, other than <excluded>; or null.
    private static List<ActorMention>? LastDistinctPeople(DiscourseContext c, int count, ActorCode? excluded)
    {
        var found = new List<ActorMention>(count);
        for (int k = c.Recent.Count - 1; k >= 0 && found.Count < count; k--)
        {
            var m = c.Recent[k];
            // People are named less often than states: six sentences back ("Wang held talks with Araghchi … the two ministers").
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - 6) break;
            if (m.EntryKind != ActorEntryKind.Person || !m.Actor.IsState || !c.Reachable(m) || m.Actor.Code == excluded || found.Exists(f => f.Actor.Code == m.Actor.Code)) continue;
            found.Add(m);
        }
        if (found.Count != count) return null;
        found.Reverse();
        return found;
    }

    // The people (of two or more states, one each) named in the latest sentence, within the three before this one, that names
    // people of more than one state; null when none does.
    private static List<ActorMention>? PeopleOfLastSentenceNamingSeveral(DiscourseContext c, ActorCode? excluded)
    {
        List<ActorMention>? found = null;
        int sentence = -1;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            int at = c.SentenceOf(m.FirstToken);
            if (at < c.SentenceIndex - 3) break;
            if (at != sentence)
            {
                if (found is { Count: > 1 }) break;
                (found, sentence) = (null, at);
            }
            if (m.EntryKind != ActorEntryKind.Person || !m.Actor.IsState || !c.Reachable(m) || m.Actor.Code == excluded) continue;
            found ??= [];
            if (!found.Exists(f => f.Actor.Code == m.Actor.Code)) found.Add(m);
        }
        if (found is not { Count: > 1 }) return null;
        found.Reverse();
        return found;
    }

    // The state of the subject of the verb the reference ending at <head> depends on ("Paris urged both sides"), or null.
    private static ActorCode? SubjectOfGoverningVerb(DiscourseContext c, int head)
    {
        var d = c.Document;
        // The subject is found only among the mentions of this sentence (below), read back from the last: with none here,
        // the tree is not read.
        if (c.Recent.Count == 0 || c.Recent[^1].EndToken <= c.Sentence.FirstToken || d.Syntax is not { } tree) return null;
        int verb = tree.HeadOf(head);
        if (verb < c.Sentence.FirstToken || verb >= head || tree.Universal[verb] != UniversalTag.Verb) return null;
        int subject = tree.ChildWith(verb, DependencyRelation.Nsubj);
        if (subject < 0) return null;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken <= subject && subject < m.EndToken) return m.Actor.Code;
            if (m.EndToken <= c.Sentence.FirstToken) break;
        }
        return null;
    }

    // "discussed the Ukrainian settlement", "Russian gas imports": a people's adjective before a common noun that names no
    // person or group (RoleWords) tells what a thing is about, not who takes part.
    private static bool DescribesATopic(Document d, ActorMention m)
    {
        if (m.EndToken >= d.Tokens.Length || d.Tags[m.EndToken] != PartOfSpeech.Noun) return false;
        var next = d.TextOf(m.EndToken);
        // "the Taiwan question", "the Ukraine war": a state's name before a noun of a topic names the topic too (not "the
        // Philippines coast guard").
        if (m.EntryKind == ActorEntryKind.State) return TopicNounLookup.Contains(next);
        if (m.EntryKind != ActorEntryKind.Adjective) return false;
        return char.IsLower(next[0]) && !RoleWords.IsRole(next);
    }

    // Distinct states named before the reference, latest first, back to sentence <firstSentence>, at most <max>, other than
    // <excluded>; with <organisations>, international bodies and their people count as well as states.
    private static List<ActorMention> DistinctStatesBack(DiscourseContext c, int firstSentence, int max, ActorCode? excluded, bool skipPlaces = false,
        bool organisations = false)
    {
        var found = new List<ActorMention>(max);
        for (int k = c.Recent.Count - 1; k >= 0 && found.Count < max; k--)
        {
            var m = c.Recent[k];
            if (c.SentenceOf(m.FirstToken) < firstSentence) break;
            bool party = IsState(m) || organisations && m.Actor.Kind == ActorKind.Organization && m.Actor.Sector is "IGO" or "MIL" or null;
            if (!party || !c.Reachable(m) || skipPlaces && c.NamedAsPlace(m) || found.Exists(f => f.Actor.Code == m.Actor.Code) || m.Actor.Code == excluded) continue;
            if (DescribesATopic(c.Document, m)) continue;
            found.Add(m);
        }
        return found;
    }
}
