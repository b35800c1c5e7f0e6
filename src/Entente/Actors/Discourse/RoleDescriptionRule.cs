using System.Collections.Frozen;
using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// Bare titles and descriptions: "the spokesperson", "the foreign minister", "the minister", "the president", "the ministry",
/// "the intelligence service", "the court", "state media", "the military", "the army", "the navy", "the coast guard", "the government", "officials",
/// "the official", "the authorities", "the regime", "the interim government". Each stands for the actor last named with that role (for a title with no person named in it, the state
/// named with the title: "Chile's president"); failing that, for a title, the holder of the office in the story's state on
/// its date; failing that, the story's main state (when it clearly has one) with the role's sector.
/// </summary>
internal sealed class RoleDescriptionRule : IDiscourseRule
{
    // Abroad: the role serves its state in another (an envoy), so the story's own state is no fallback for it.
    // Adjectival: the role's word is also an adjective, read as one before a common noun ("the military cooperation").
    // BySector: the body last named of the role's sector, whatever its name says ("the BBC … the broadcaster"); only a body
    // named stands for it, never the story's state.
    private sealed record Role(string[] Words, string Sector, bool Person, bool NeedsThe, string Name, string? Office, string[] Heads, bool Abroad = false, bool Adjectival = false,
        bool BySector = false);

    // Words as news writes them after "the"; Heads are words an earlier named actor's name or title carries for the same role.
    private static readonly Role[] Roles =
    [
        new(["foreign", "minister"], "GOV", true, true, "foreign minister", "foreign minister", ["foreign minister"]),
        new(["defense", "minister"], "GOV", true, true, "defense minister", "defense minister", ["defense minister", "defence minister"]),
        new(["defence", "minister"], "GOV", true, true, "defense minister", "defense minister", ["defense minister", "defence minister"]),
        new(["prime", "minister"], "GOV", true, true, "prime minister", "prime minister", ["prime minister"]),
        new(["secretary", "of", "state"], "GOV", true, true, "secretary of state", "secretary of state", ["secretary of state"]),
        new(["defense", "secretary"], "GOV", true, true, "defense secretary", "defense secretary", ["defense secretary", "defence secretary"]),
        new(["defence", "secretary"], "GOV", true, true, "defense secretary", "defense secretary", ["defense secretary", "defence secretary"]),
        new(["president"], "GOV", true, true, "president", "president", ["president"]),
        // "the minister": whichever minister was named last ("the Chilean foreign minister … the minister").
        new(["minister"], "GOV", true, true, "minister", null, ["minister"]),
        new(["chancellor"], "GOV", true, true, "chancellor", "chancellor", ["chancellor"]),
        // "the Netherlands' ambassador to China … Beijing summoned the envoy": the envoy last named.
        new(["ambassador"], "GOV", true, true, "ambassador", null, ["ambassador", "envoy", "chargé", "charge d'affaires"], Abroad: true),
        new(["envoy"], "GOV", true, true, "envoy", null, ["envoy", "ambassador", "chargé", "charge d'affaires"], Abroad: true),
        // "Trump praised the crown prince", "the king received …": a monarch or heir by the title alone.
        new(["crown", "prince"], "GOV", true, true, "crown prince", "crown prince", ["crown prince"]),
        new(["king"], "GOV", true, true, "king", "king", ["king"]),
        new(["emir"], "GOV", true, true, "emir", "emir", ["emir"]),
        new(["supreme", "leader"], "GOV", true, true, "supreme leader", "supreme leader", ["supreme leader"]),
        new(["premier"], "GOV", true, true, "premier", "premier", ["premier"]),
        new(["spokesperson"], "GOV", true, true, "spokesperson", null, ["spokes"]),
        new(["spokesman"], "GOV", true, true, "spokesperson", null, ["spokes"]),
        new(["spokeswoman"], "GOV", true, true, "spokesperson", null, ["spokes"]),
        new(["foreign", "ministry"], "GOV", false, true, "foreign ministry", null, ["foreign ministry", "ministry of foreign affairs", "foreign affairs ministry"]),
        // "The Department of Foreign Affairs said …": the foreign ministry by its full name, which many states share.
        new(["ministry", "of", "foreign", "affairs"], "GOV", false, true, "foreign ministry", null, ["foreign ministry", "ministry of foreign affairs", "foreign affairs ministry", "department of foreign affairs"]),
        new(["department", "of", "foreign", "affairs"], "GOV", false, true, "foreign ministry", null, ["foreign ministry", "ministry of foreign affairs", "foreign affairs ministry", "department of foreign affairs"]),
        new(["defense", "ministry"], "MIL", false, true, "defense ministry", null, ["defense ministry", "defence ministry", "ministry of defense", "ministry of defence", "ministry of national defense"]),
        new(["defence", "ministry"], "MIL", false, true, "defense ministry", null, ["defense ministry", "defence ministry", "ministry of defense", "ministry of defence", "ministry of national defense"]),
        new(["ministry"], "GOV", false, true, "ministry", null, ["ministry"]),
        new(["intelligence", "service"], "INT", false, true, "intelligence service", null, ["intelligence"]),
        new(["intelligence", "agency"], "INT", false, true, "intelligence service", null, ["intelligence"]),
        new(["spy", "agency"], "INT", false, true, "intelligence service", null, ["intelligence"]),
        // "the military government" before "the military".
        new(["military", "government"], "GOV", false, true, "government", null, ["military government", "junta", "military rulers", "government"]),
        // "Myanmar's military … called on the generals to halt …", "the military rulers": a state's commanders, or the junta.
        new(["military", "rulers"], "MIL", false, true, "junta", null, ["junta", "military government", "military rulers", "military"]),
        new(["generals"], "MIL", false, true, "junta", null, ["junta", "military", "military government", "military rulers", "army", "generals"]),
        new(["military"], "MIL", false, true, "military", null, ["military", "armed forces", "army", "forces", "troops", "soldiers"], Adjectival: true),
        new(["armed", "forces"], "MIL", false, true, "military", null, ["military", "armed forces"]),
        new(["army"], "MIL", false, true, "army", null, ["army", "military", "armed forces", "forces", "troops", "soldiers"]),
        new(["navy"], "MIL", false, true, "navy", null, ["navy", "naval forces"]),
        new(["air", "force"], "MIL", false, true, "air force", null, ["air force"]),
        new(["coast", "guard"], "CG", false, true, "coast guard", null, ["coast guard"]),
        new(["government"], "GOV", false, true, "government", null, ["government"]),
        // "Niger's interim government … the interim government", "the authorities", "the regime": the state's rulers.
        new(["interim", "government"], "GOV", false, true, "government", null, ["interim government", "transitional government", "government"]),
        new(["transitional", "government"], "GOV", false, true, "government", null, ["transitional government", "interim government", "government"]),
        new(["authorities"], "GOV", false, true, "authorities", null, ["authorities", "government", "officials"]),
        new(["regime"], "GOV", false, true, "regime", null, ["regime", "junta", "military rulers", "military government", "government", "military"]),
        // "Mali's junta … The junta accused Algeria": the military rulers of the state named with them, or of the story's state.
        new(["junta"], "MIL", false, true, "junta", null, ["junta", "military government", "military rulers"]),
        new(["court"], "JUD", false, true, "court", null, ["court", "tribunal"]),
        new(["tribunal"], "JUD", false, true, "court", null, ["court", "tribunal"]),
        new(["state", "media"], "MED", false, false, "state media", null, ["state media", "state television", "state tv", "news agency"]),
        new(["state", "television"], "MED", false, false, "state media", null, ["state media", "state television", "state tv"]),
        new(["officials"], "GOV", false, false, "officials", null, ["officials"]),
        // "the presidential office", "Police have arrested …", "the embassy": a head of state's office, the police and an
        // embassy are the state's named last with that role, or the story's.
        new(["presidential", "office"], "GOV", false, true, "presidential office", null, ["presidential office", "presidency", "president's office"]),
        // "Seoul's presidential office convened … The office condemned …": the office last named, a head of state's or government's.
        new(["office"], "GOV", false, true, "office", null, ["office", "presidential office", "presidency", "president's office", "prime minister's office"]),
        new(["police"], "COP", false, true, "police", null, ["police"]),
        new(["police"], "COP", false, false, "police", null, ["police"]),
        new(["embassy"], "GOV", false, true, "embassy", null, ["embassy"]),
        // "a senior State Department official … The official added": an unnamed official named by the body they serve.
        new(["official"], "GOV", false, true, "official", null, ["official"]),
        // "Niger suspended the BBC, accusing the broadcaster of …": a news outlet by what it is.
        new(["news", "agency"], "MED", false, true, "news outlet", null, [], BySector: true),
        new(["broadcaster"], "MED", false, true, "news outlet", null, [], BySector: true),
        new(["newspaper"], "MED", false, true, "news outlet", null, [], BySector: true),
        new(["outlet"], "MED", false, true, "news outlet", null, [], BySector: true),
        new(["channel"], "MED", false, true, "news outlet", null, [], BySector: true),
    ];

    // The first words of all roles, ignoring case: a word that starts none (most words) is turned away by one lookup
    // instead of a comparison with every role.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords =
        Roles.Select(r => r.Words[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = [.. Roles.Select(r => r.Words[0]).Append("the").Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <inheritdoc />
    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        int start = c.Is(i, "the") ? i + 1 : i;
        if (start >= c.Sentence.EndToken || !FirstWords.Contains(d.TextOf(start))) return 0;
        foreach (var role in Roles)
        {
            if (role.NeedsThe != (start == i + 1)) continue;
            int end = start + role.Words.Length;
            if (end > c.Sentence.EndToken) continue;
            bool all = true;
            for (int k = 0; k < role.Words.Length && all; k++)
                all = role.Person ? d.TextOf(start + k).Equals(role.Words[k], StringComparison.Ordinal) // "the President" in a headline may be a title before a name
                                  : d.TextOf(start + k).Equals(role.Words[k], StringComparison.OrdinalIgnoreCase);
            if (!all || role.Adjectival && end < c.Sentence.EndToken && d.Tags[end] == PartOfSpeech.Noun) continue;
            // "the junta in Niamey", "urged the government in Bangui to …": a body placed in a state or its capital is that
            // state's.
            if (!role.Person && (role.NeedsThe || BareStart(c, i)) && StatePlacedAfter(c, end) is { } placed)
            {
                EmitBodyOfPlace(c, output, i, end - i, role, placed, "placed");
                return end - i;
            }
            // A title before a name ("the spokesman Lin Jian") or a body named by what follows ("the government of Japan") is not bare.
            // ("accused the army of killing civilians": "of" before a gerund tells the charge, not whose army.)
            if (end < c.Sentence.EndToken && (d.Tags[end] == PartOfSpeech.ProperNoun || d.TextOf(end) is "of" or "in" or "from" or "at" or "for" or "with")
                && !c.OfTellsACharge(end)) return 0;
            if (!role.NeedsThe && !BareStart(c, i)) return 0;
            Apply(c, i, end - i, role, output);
            return end - i;
        }
        return 0;
    }

    // The description at <i> as the body of <role>'s sector of the state a place names ("the junta in Niamey").
    private static void EmitBodyOfPlace(DiscourseContext c, List<ActorMention> output, int i, int length, Role role, ActorMention place, string how)
    {
        var body = new Actor(place.Actor.Code, role.Sector, "") { Kind = place.Actor.Kind, Rule = $"ref:role:{role.Name}→{place.Actor.Name} ({how})" };
        c.Remember(c.Emit(output, i, length, place, "role:" + role.Name + "-in-place", body, ActorEntryKind.State));
    }

    // The state or capital a sentence opens with after "In" ("In Tokyo, the government …"), when only a comma stands between
    // that phrase and the description at <i>; null otherwise.
    private static ActorMention? OpeningPlace(DiscourseContext c, int i)
    {
        int first = c.Sentence.FirstToken;
        if (!c.Is(first, "in") || i - 1 <= first || c.Document.TextOf(i - 1) is not ",") return null;
        return StateNamedAt(c, first + 1) is { } m && m.EndToken == i - 1 ? m : null;
    }

    // The state or capital named right after "in" at <at> ("in Niamey"), not the possessor of a longer place ("in Congo's
    // South Kivu province"), or null.
    private static ActorMention? StatePlacedAfter(DiscourseContext c, int at)
    {
        if (at + 1 >= c.Sentence.EndToken || !c.Is(at, "in") || StateNamedAt(c, at + 1) is not { } m) return null;
        bool possessor = m.EndToken < c.Sentence.EndToken && c.Document.Tags[m.EndToken] == PartOfSpeech.Possessive;
        return possessor ? null : m;
    }

    // The first name starting at token <at> when it names a state or its capital, else null.
    private static ActorMention? StateNamedAt(DiscourseContext c, int at)
    {
        foreach (var m in c.Names)
        {
            if (m.FirstToken < at) continue;
            if (m.FirstToken > at) return null;
            return m.Kind == MentionKind.Name && m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital && m.Actor.IsState ? m : null;
        }
        return null;
    }

    // "officials said", "State media reported": bare descriptions open a clause; "Chinese officials", "senior officials" are not bare.
    private static bool BareStart(DiscourseContext c, int i)
    {
        if (i == c.Sentence.FirstToken) return true;
        var previous = c.Document.TextOf(i - 1);
        return previous is "," or "and" or "but" or "that" or "while" or "as" or "“" or "\"";
    }

    private static void Apply(DiscourseContext c, int i, int length, Role role, List<ActorMention> output)
    {
        // "He said the government would …": the government a speaker speaks of is the speaker's own.
        if (role.Name == "government" && (SpeakerBefore(c, i, output) ?? SpeakerAfter(c, i)) is { } speaker)
        {
            var own = new Actor(speaker.Actor.Code, role.Sector, "") { Kind = speaker.Actor.Kind, Rule = $"ref:role:{role.Name}→{speaker.Actor.Name} (speaker)" };
            c.Remember(c.Emit(output, i, length, speaker, "role:government-of-speaker", own, ActorEntryKind.State));
            return;
        }
        // "The White House said the president spoke with …": the office-holder a state's organ or official speaks of is the
        // holder in the speaker's own state.
        if (role.Person && role.Office is { } spokenOf && (SpeakerBefore(c, i, output) ?? SpeakerAfter(c, i)) is { } teller
            && EmitOfficeHolder(c, output, i, length, spokenOf, teller, "office-of-speaker", "; speaker's")) return;
        // "In Tokyo, the government said …": a body after an opening phrase placing the sentence in a state or its capital is
        // that state's.
        if (!role.Person && OpeningPlace(c, i) is { } place)
        {
            EmitBodyOfPlace(c, output, i, length, role, place, "opening place");
            return;
        }
        // "Chile's president … the president": with no person named in that office, the state named with the title.
        var named = role.Person ? LastPersonWithRole(c, role) ?? LastBodyWithRole(c, role, statesOnly: true) : LastBodyWithRole(c, role);
        if (named is not null)
        {
            // An armed group named an army ("… Liberation Army") is not "the military": that is the forces of the state
            // the group fights in, the state it is coded with. "Ghana's army … the army": a state named with the role is that
            // state's body of the role's sector.
            bool armedGroup = named.Actor.Sector == "REB" && role.Sector is "MIL" or "GOV";
            if (armedGroup || named.EntryKind is ActorEntryKind.State or ActorEntryKind.Adjective && named.Actor.Sector != role.Sector)
            {
                var body = new Actor(named.Actor.Code, role.Sector, "")
                {
                    Kind = armedGroup ? ActorKind.State : named.Actor.Kind,
                    Rule = $"ref:role:{role.Name}→{named.Actor.Name}" + (armedGroup ? " (its state)" : ""),
                };
                c.Remember(c.Emit(output, i, length, named, "role:" + role.Name, body, ActorEntryKind.State));
                return;
            }
            var emitted = c.Emit(output, i, length, named, "role:" + role.Name, kind: role.Person ? ActorEntryKind.Person : named.EntryKind);
            c.Remember(emitted);
            return;
        }
        if (role.Abroad || role.BySector) return;
        // "Germany's opposition accused the government of stalling aid to Kyiv": the government a state's opposition speaks
        // of in its own sentence is that state's.
        if (role.Name == "government" && OppositionNamedBefore(c, i) is { } opposition)
        {
            var body = new Actor(opposition.Actor.Code, role.Sector, "") { Kind = opposition.Actor.Kind, Rule = $"ref:role:{role.Name}→{opposition.Actor.Name} (its opposition's)" };
            c.Remember(c.Emit(output, i, length, opposition, "role:government-of-opposition", body, ActorEntryKind.State));
            return;
        }
        // "Finland's defence ministry said two Russian aircraft had violated its airspace. The foreign ministry summoned …":
        // a body no one of that role was named for goes on with the state whose organ the sentence before opened with.
        if (!role.Person && PreviousSubjectsState(c, i, i + length) is { } previous)
        {
            var body = new Actor(previous.Actor.Code, role.Sector, "") { Kind = previous.Actor.Kind, Rule = $"ref:role:{role.Name}→{previous.Actor.Name} (previous subject)" };
            c.Remember(c.Emit(output, i, length, previous, "role:" + role.Name + "-previous-subject", body, ActorEntryKind.State));
            return;
        }
        // Failing that, the state the story was filed from ("SEOUL (Yonhap) — Police have arrested …"), else its main state.
        // The dateline stands before the text, so the state's name anywhere in it is the antecedent.
        var filedMention = c.FiledFrom;
        if ((filedMention ?? c.FocusMention()) is not { } focusMention) return;
        var focus = focusMention.Actor.Code;
        // "… traders stranded at the border with Togo. The government asked Togo to reopen the crossing": a state the
        // description's own sentence names after it is acted on, not acting; the one other state named before stands.
        // With no clear main state either, "The foreign ministry summoned Russia's chargé d'affaires": a body acting on a state
        // named in its verb's object is the one other state named before.
        bool unclear = filedMention is null && !c.FocusIsClear;
        if (!role.Person && ObjectOfOwnVerb(c, i, i + length, unclear ? null : focus))
        {
            if (OnlyOtherStateNamedBefore(c, i) is { } other)
            {
                var body = new Actor(other.Actor.Code, role.Sector, "") { Kind = other.Actor.Kind, Rule = $"ref:role:{role.Name}→{other.Actor.Name}" };
                c.Remember(c.Emit(output, i, length, other, "role:" + role.Name, body, ActorEntryKind.State));
            }
            return;
        }
        // "the president": the holder of that office in the story's own state on its date.
        if (role.Office is { } office && EmitOfficeHolder(c, output, i, length, office, focusMention, "office", "")) return;
        if (filedMention is null && !c.FocusIsClear) return;
        var state = new Actor(focus, role.Sector, "") { Kind = focusMention.Actor.Kind, Rule = $"ref:role:{role.Name}→{focusMention.Actor.Name}" + (filedMention is null ? "" : " (dateline)") };
        c.Remember(c.Emit(output, i, length, focusMention, "role:" + role.Name, state, ActorEntryKind.State));
    }

    // The holder of <office> on the story's date in the state of <stateMention>, emitted for the description at <i> as
    // pointing to that mention; false when the dictionary names no holder.
    private static bool EmitOfficeHolder(DiscourseContext c, List<ActorMention> output, int i, int length, string office, ActorMention stateMention,
        string rule, string note)
    {
        if (c.Dictionary?.Holder(office, stateMention.Actor.Code, c.Document.Published) is not { } holder) return false;
        var actor = new Actor(holder.Code, holder.Sector, "") { Person = holder.Person, Kind = c.Dictionary.KindOf(holder.Code), Rule = $"ref:office→{holder.Person} ({holder.Origin}{note})" };
        c.Remember(c.Emit(output, i, length, stateMention, rule, actor, ActorEntryKind.Person));
        return true;
    }

    // The state named as the owner of the previous sentence's subject, an organ of that state ("Finland's defence ministry
    // said …", "The Finnish coast guard reported …"), or that subject itself when it is a state's name and the description at
    // [first, end) opens its sentence or is followed by a verb of saying; null when that subject is no state's organ or the
    // sentence names none.
    // Read by position, not by the owner's arc: the parser hangs "Finland's" on "defence" or on "said" as often as on "ministry".
    private static ActorMention? PreviousSubjectsState(DiscourseContext c, int first, int end)
    {
        if (c.SentenceIndex == 0 || c.Document.Syntax is not { } tree) return null;
        var d = c.Document;
        var sentence = d.Sentences[c.SentenceIndex - 1];
        int root = -1;
        for (int k = sentence.FirstToken; k < sentence.EndToken && root < 0; k++) if (tree.HeadOf(k) < 0) root = k;
        int subject = root < 0 ? -1 : tree.ChildWith(root, Language.DependencyRelation.Nsubj);
        if (subject < 0) return null;
        // "Armenia said Azerbaijani troops fired on its positions. The defence ministry said …": a state that was itself the
        // subject goes on speaking the same way, through a body that opens its sentence or tells something (not "met the
        // junta chief", where the body is often the other party's).
        if (RoleWords.SectorOf(d.TextOf(subject)) is not ("GOV" or "MIL" or "CG" or "INT" or "COP"))
        {
            if (first != c.Sentence.FirstToken && !(end < c.Sentence.EndToken && QuoteFinder.IsAttributionVerb(d.TextOf(end)))) return null;
            // Not across a paragraph break, nor from subjects joined ("Chile and Peru held talks. Officials said …").
            if (d.Text.AsSpan(sentence.Span.End, c.Sentence.Span.Start - sentence.Span.End).Contains("\n\n", StringComparison.Ordinal)
                || tree.ChildWith(subject, Language.DependencyRelation.Conj) >= 0) return null;
            foreach (var m in c.Names)
                if (m.FirstToken <= subject && subject < m.EndToken)
                    return m.Kind == MentionKind.Name && m.Actor.IsState && m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital ? m : null;
            return null;
        }
        foreach (var m in c.Names)
        {
            if (m.EndToken <= sentence.FirstToken) continue;
            if (m.FirstToken >= subject) break;
            // ("Seoul's foreign ministry summoned …": a capital standing for its state opens the subject too.)
            if (m.Kind != MentionKind.Name || !m.Actor.IsState || m.EntryKind is not (ActorEntryKind.State or ActorEntryKind.Adjective or ActorEntryKind.Capital)) continue;
            // Only the possessive and the words of the subject's own phrase may stand between the name and the subject.
            bool inPhrase = true;
            for (int k = m.EndToken; k < subject && inPhrase; k++)
                inPhrase = d.TextOf(k) is "'s" or "’s" || d.Tags[k] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective;
            if (inPhrase) return m;
        }
        return null;
    }

    private static bool NamedLaterInSentence(DiscourseContext c, int i, ActorCode code)
    {
        foreach (var m in c.Names)
            if (m.FirstToken > i && m.FirstToken < c.Sentence.EndToken && m.Actor.Code == code) return true;
        return false;
    }

    // <code> (any state when null) is named as the object of the verb whose subject the description (tokens [first, end)) is,
    // or as that object's possessor: "The government asked Togo …", "The ministry summoned Togo's ambassador". A place
    // named later ("in Yangon, Myanmar's commercial hub") is no object.
    private const int NotRead = -2;

    private static bool ObjectOfOwnVerb(DiscourseContext c, int first, int end, ActorCode? code)
    {
        if (c.Document.Syntax is not { } tree) return false;
        // The tree, which parses the sentence, is read only once such a name is found after the description.
        int verb = NotRead;
        foreach (var m in c.Names)
        {
            // "The army accused the rebels": the state's own rebels or people acted on leave the army the state's.
            if (m.FirstToken < end || m.FirstToken >= c.Sentence.EndToken || code is { } wanted && m.Actor.Code != wanted || !m.Actor.IsState
                || m.EntryKind is not (ActorEntryKind.State or ActorEntryKind.Capital)) continue;
            if (verb == NotRead)
            {
                // The description's own head: "the ministry of foreign affairs" is headed by "ministry".
                int head = tree.PhraseHead(first, end);
                verb = tree.RelationOf(head) == Language.DependencyRelation.Nsubj ? tree.HeadOf(head) : -1;
            }
            if (verb < 0) return false;
            for (int k = m.FirstToken; k < m.EndToken; k++)
            {
                if (tree.HeadOf(k) == verb && tree.RelationOf(k) is Language.DependencyRelation.Obj or Language.DependencyRelation.Iobj) return true;
                if (tree.RelationOf(k) == Language.DependencyRelation.NmodPoss && tree.HeadOf(k) is int owned and >= 0 && tree.HeadOf(owned) == verb
                    && tree.RelationOf(owned) is Language.DependencyRelation.Obj or Language.DependencyRelation.Iobj) return true;
            }
        }
        return false;
    }

    // The first mention of the one state named before <i> (by name, capital or demonym) other than those named later in its
    // sentence; null when there is none or more than one.
    private static ActorMention? OnlyOtherStateNamedBefore(DiscourseContext c, int i)
    {
        ActorMention? found = null;
        foreach (var m in c.Names)
        {
            if (m.FirstToken >= i) break;
            if (m.Kind != MentionKind.Name || m.EntryKind is not (ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Adjective) || !m.Actor.IsState
                || NamedLaterInSentence(c, i, m.Actor.Code)) continue;
            if (found is null) found = m;
            else if (found.Actor.Code != m.Actor.Code) return null;
        }
        return found;
    }

    // The state actor that says the clause the description opens: "[X] said (that) the government …", X named or referred
    // to in this sentence right before the speech verb.
    private static ActorMention? SpeakerBefore(DiscourseContext c, int i, List<ActorMention> before)
    {
        var d = c.Document;
        int verb = i - 1;
        if (verb > c.Sentence.FirstToken && d.TextOf(verb) is "that") verb--;
        // "said today that", "said on Monday that": the time of saying stands between.
        if (verb > c.Sentence.FirstToken && (d.TextOf(verb) is "today" or "yesterday" or "tonight" || WordClasses.IsWeekday(d.TextOf(verb))))
            verb -= verb - 1 > c.Sentence.FirstToken && d.TextOf(verb - 1) is "on" ? 2 : 1;
        if (verb <= c.Sentence.FirstToken || !PersonFinder.IsSpeechVerb(d.TextOf(verb))) return null;
        for (int k = before.Count - 1; k >= 0; k--)
        {
            var m = before[k];
            if (m.FirstToken < c.Sentence.FirstToken) break;
            if (m.EndToken <= verb && m.EndToken >= verb - 1) return m.Actor.IsState ? m : null;
        }
        return null;
    }

    // The state actor that says the sentence in a closing attribution: "The government lodged a protest, he said", ", Hayashi
    // said." A pronoun speaks for the last person named; null when the sentence closes otherwise or the speaker is no state's.
    private static ActorMention? SpeakerAfter(DiscourseContext c, int i)
    {
        var d = c.Document;
        int verb = c.Sentence.EndToken - 1;
        if (verb > i && d.Tags[verb] == PartOfSpeech.Punctuation) verb--;
        if (verb <= i + 2 || !PersonFinder.IsSpeechVerb(d.TextOf(verb))) return null;
        if (d.TextOf(verb - 1) is "he" or "she")
        {
            if (d.TextOf(verb - 2) is not ",") return null;
            for (int k = c.Recent.Count - 1; k >= 0; k--)
                if (c.Recent[k].Kind == MentionKind.Person && c.Reachable(c.Recent[k])) return c.Recent[k].Actor.IsState ? c.Recent[k] : null;
            return null;
        }
        foreach (var m in c.Names)
            if (m.EndToken == verb && m.FirstToken > i + 1 && d.TextOf(m.FirstToken - 1) is ",") return m.Actor.IsState ? m : null;
        return null;
    }

    // The last person whose title is this role ("Foreign Ministry spokesman Lin Jian" for "the spokesman"), not a deputy's or a former one's.
    private static ActorMention? LastPersonWithRole(DiscourseContext c, Role role)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.Kind != MentionKind.Person || !c.Reachable(m)) continue;
            var person = PersonAt(c, m.FirstToken);
            if (person?.Role is not { } title || person.OutOfOffice) continue;
            var lower = title.ToLowerInvariant();
            if (lower.Contains("vice") || lower.Contains("deputy") || lower.Contains("former")) continue;
            foreach (var head in role.Heads) if (lower.Contains(head, StringComparison.Ordinal)) return m;
        }
        return null;
    }

    private static PersonName? PersonAt(DiscourseContext c, int token)
    {
        foreach (var p in c.People) if (p.Mentions.Exists(x => x.First == token)) return p;
        return null;
    }

    // A state named as its opposition (sector PTY: "Uganda's opposition", "the Kenyan opposition") earlier in the sentence.
    private static ActorMention? OppositionNamedBefore(DiscourseContext c, int i)
    {
        foreach (var m in c.Recent)
            if (m.FirstToken >= c.Sentence.FirstToken && m.EndToken <= i && m.Kind == MentionKind.Name && m.Actor.Sector == "PTY"
                && m.EntryKind is ActorEntryKind.State or ActorEntryKind.Adjective && c.Reachable(m)) return m;
        return null;
    }

    // The last body named with this role: an institution whose name carries it ("the Foreign Ministry"), or a state named with
    // it as the head of its phrase ("the Japanese government", "Russia's military").
    // With statesOnly, only a state named with the role after it ("Chile's president"), not an institution.
    private static ActorMention? LastBodyWithRole(DiscourseContext c, Role role, bool statesOnly = false)
    {
        var d = c.Document;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            // "the island's defence ministry … the ministry": a state named by an epithet counts as named.
            bool epithet = m.Kind == MentionKind.Reference && m.Actor.Antecedent?.Rule.StartsWith("epithet:", StringComparison.Ordinal) == true;
            if (m.Kind != MentionKind.Name && !epithet || !c.Reachable(m)) continue;
            if (statesOnly && m.EntryKind is not (ActorEntryKind.State or ActorEntryKind.Adjective)) continue;
            if (role.BySector)
            {
                if (m.EntryKind is ActorEntryKind.Institution or ActorEntryKind.Organization && m.Actor.Sector == role.Sector) return m;
                continue;
            }
            if (m.EntryKind is ActorEntryKind.Institution or ActorEntryKind.Organization && Carries(m.Actor.Name, role)) return m;
            if (m.EntryKind is ActorEntryKind.State or ActorEntryKind.Adjective or ActorEntryKind.Capital or ActorEntryKind.Institution or ActorEntryKind.Organization
                && m.EndToken < d.Tokens.Length)
            {
                int h = m.EndToken;
                if (d.TextOf(h) is "'s" or "’s") h++;
                int headEnd = Math.Min(h + 3, d.Tokens.Length);
                if (h < headEnd && Carries(d.SliceTokens(h, headEnd), role, prefix: true)) return m;
                // "Japan's defence ministry … the ministry", "Myanmar's ruling military … the military": one word before a one-word role.
                if (role.Words.Length == 1 && h + 1 < d.Tokens.Length && d.Tags[h] is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.ProperNoun
                    && d.TextOf(h + 1).Equals(role.Words[0], StringComparison.OrdinalIgnoreCase)) return m;
            }
        }
        return null;
    }

    private static bool Carries(string text, Role role, bool prefix = false)
    {
        var lower = text.ToLowerInvariant();
        foreach (var head in role.Heads)
            if (prefix ? lower.StartsWith(head, StringComparison.Ordinal) || lower.StartsWith(role.Words[^1], StringComparison.Ordinal) && role.Words.Length == 1
                       : lower.Contains(head, StringComparison.Ordinal)) return true;
        return false;
    }
}
