using Entente.Language;

namespace Entente.Events;

/// <summary>The result of matching a lexicon entry at a trigger.</summary>
/// <param name="Entry">The entry that matched.</param>
/// <param name="Trigger">The head token.</param>
/// <param name="End">One past the last token the pattern covered.</param>
/// <param name="Target">The group in the target slot, when the pattern has one.</param>
internal sealed record PatternMatch(LexiconEntry Entry, int Trigger, int End, ActorGroup? Target);

/// <summary>
/// Matches the elements of a lexicon pattern after its head: literal words (nouns also in the plural), the target slot
/// (an actor group, reached over up to six words such as "representatives of a number of"), and gaps of up to four tokens.
/// Adverbs between elements are skipped ("signed formally", "will fully cooperate"). Gaps may hold a quantity ("at least
/// three cruise missiles", "more than 40 sites"). An entry whose non-event exception matches at the trigger does not match.
/// </summary>
internal static class PatternMatcher
{
    private const int MaxGap = 6;
    private const int MaxSlotLead = 6;

    /// <summary>Tries <paramref name="entry"/> at <paramref name="trigger"/>; null when it does not match.</summary>
    public static PatternMatch? Match(Document document, LexiconEntry entry, int trigger, int sentenceEnd, List<ActorGroup> groups)
    {
        ActorGroup? target = null;
        // The stranded preposition first: read actively, "called on by the EU to" would take the agent for the target.
        int end = MatchPrepositionalPassive(document, entry.Elements, trigger, sentenceEnd, groups, ref target);
        if (end < 0) end = MatchFrom(document, entry.Elements, 0, trigger + 1, sentenceEnd, groups, ref target);
        if (end < 0) end = MatchPassive(document, entry.Elements, trigger, sentenceEnd, groups, ref target);
        if (end < 0) end = MatchSlotPassive(document, entry.Elements, trigger, sentenceEnd, groups, ref target);
        if (end < 0 && entry.Head == EntryHead.Noun) end = MatchPastAgent(document, entry.Elements, trigger, sentenceEnd, groups, ref target);
        if (end < 0) return null;
        foreach (var exception in entry.Exceptions)
        {
            ActorGroup? ignored = null;
            if (MatchFrom(document, exception, 0, trigger + 1, sentenceEnd, groups, ref ignored) >= 0) return null;
        }
        return new PatternMatch(entry, trigger, end, target);
    }

    // "Sanctions were imposed on Belarus by …", "a curfew was imposed", "a tanker seized by Iran": the pattern's object word ("impose * sanctions on _")
    // stands before a passive participle as its subject; the rest of the pattern follows the participle.
    private static int MatchPassive(Document d, PatternElement[] elements, int trigger, int limit, List<ActorGroup> groups, ref ActorGroup? target)
    {
        int k = PassiveSubjectElement(elements);
        if (k < 0 || d.Syntax is not { } tree || tree.Penn[trigger] is not "VBN") return -1;
        // The tree is read (and the sentence parsed) only when some word before the participle could be that subject.
        if (!MatchesBefore(d, trigger, elements[k].Words)) return -1;
        int subject = tree.ChildWith(trigger, DependencyRelation.NsubjPass);
        // "a tanker seized by Iran", "sanctions imposed by the EU on Belarus": a participle describing the noun before it
        // (a reduced relative clause) has that noun for its passive subject.
        if (subject < 0 && tree.RelationOf(trigger) == DependencyRelation.Acl && tree.HeadOf(trigger) is var described and >= 0 && described < trigger) subject = described;
        // The same read as the sentence's main verb (a capitalised first noun can mislead the parse): a participle with a
        // "by" agent and no auxiliary says what was done to its subject.
        if (subject < 0 && tree.ChildWith(trigger, DependencyRelation.OblAgent) >= 0 && tree.ChildWith(trigger, DependencyRelation.Aux) < 0) subject = tree.ChildWith(trigger, DependencyRelation.Nsubj);
        if (subject < 0 || subject > trigger || !WordMatches(d, subject, elements[k].Words)) return -1;
        int after = trigger + 1;
        if (StartsWithParticleAndGap(elements))
        {
            if (after >= limit || !WordMatches(d, after, elements[0].Words)) return -1;
            after++;
        }
        // "imposed by the EU on Belarus": the agent may come before the rest of the pattern.
        if (AgentAt(d, after, limit, groups) is { } agent)
        {
            var saved = target;
            int past = MatchFrom(d, elements, k + 1, agent.End, limit, groups, ref target);
            if (past >= 0) return past;
            target = saved;
        }
        return MatchFrom(d, elements, k + 1, after, limit, groups, ref target);
    }

    // "Kharkiv was hit by Russian drones": a pattern that opens with its target ("hit _") read in the passive with its agent,
    // the participle's subject (an actor, or a place) before it filling the slot; the rest of the pattern follows the agent.
    private static int MatchSlotPassive(Document d, PatternElement[] elements, int trigger, int limit, List<ActorGroup> groups, ref ActorGroup? target)
    {
        // Only with its agent ("by Russian drones"): without one the passive names no doer, and another entry may read the
        // words actively ("Finland was admitted to NATO": "admit to _"). Checked on the words first, so that the sentence is
        // parsed only when an agent follows.
        if (elements.Length == 0 || elements[0].Kind != PatternElementKind.Target || AgentAt(d, trigger + 1, limit, groups) is not { } agent) return -1;
        if (d.Syntax is not { } tree || tree.Penn[trigger] is not "VBN") return -1;
        int subject = tree.ChildWith(trigger, DependencyRelation.NsubjPass);
        if (subject < 0 || subject > trigger || groups.Holding(subject) is not { } patient) return -1;
        int after = agent.End;
        var saved = target;
        target ??= patient;
        int end = MatchFrom(d, elements, 1, after, limit, groups, ref target);
        if (end < 0) target = saved;
        return end < 0 ? -1 : Math.Max(end, trigger + 1);
    }

    // "an attack by Boko Haram fighters on an army base", "the expulsion by Norway of two diplomats": a noun's "by" phrase
    // (its actor, with up to two common nouns after it: "fighters", "special forces") may stand before the rest of the pattern.
    private static int MatchPastAgent(Document d, PatternElement[] elements, int trigger, int limit, List<ActorGroup> groups, ref ActorGroup? target)
    {
        if (elements.Length == 0 || AgentAt(d, trigger + 1, limit, groups) is not { } agent) return -1;
        int pos = agent.End;
        for (int nouns = 0; nouns < 2 && pos < limit && d.Tags[pos] is PartOfSpeech.Noun or PartOfSpeech.Adjective && char.IsLower(d.TextOf(pos)[0]); nouns++) pos++;
        var saved = target;
        int end = MatchFrom(d, elements, 0, pos, limit, groups, ref target);
        if (end < 0) target = saved;
        return end;
    }

    // "Ukraine was called on by the EU to hold the vote": a verb whose pattern opens with a preposition and the target
    // ("call on _ to") leaves the preposition stranded after the participle in the passive, and its subject is the target.
    // Only a stranded preposition counts: in "was met with protests" a noun phrase follows it.
    private static int MatchPrepositionalPassive(Document d, PatternElement[] elements, int trigger, int limit, List<ActorGroup> groups, ref ActorGroup? target)
    {
        if (!PrepositionStandsAfter(d, elements, trigger, limit) || d.Syntax is not { } tree || tree.Penn[trigger] is not "VBN") return -1;
        int after = trigger + 1;
        int subject = tree.ChildWith(trigger, DependencyRelation.NsubjPass);
        if (subject < 0 || subject > trigger || groups.Holding(subject) is not { IsPlace: false } patient) return -1;
        after++;
        if (AgentAt(d, after, limit, groups) is { } agent) after = agent.End;
        else if (after < limit && !IsBoundary(d, after) && d.TextOf(after) is not ("to" or "for" or "over" or "after" or "since")) return -1;
        var saved = target;
        target ??= patient;
        int end = MatchFrom(d, elements, 2, after, limit, groups, ref target);
        if (end < 0) target = saved;
        return end;
    }

    /// <summary>True when the pattern opens with a preposition and its target ("call on _ to") and that preposition stands right
    /// after the trigger, where a passive leaves it ("was called on by …").</summary>
    internal static bool PrepositionStandsAfter(Document d, PatternElement[] elements, int trigger, int limit) =>
        elements is [{ Kind: PatternElementKind.Word } first, { Kind: PatternElementKind.Target }, ..] && trigger + 1 < limit && WordMatches(d, trigger + 1, first.Words);

    // The actor of a "by" phrase at <by> ("by the EU"), past one determiner; null when none stands there.
    private static ActorGroup? AgentAt(Document d, int by, int limit, List<ActorGroup> groups)
    {
        int agentAt = by + 1 < limit && d.Tags[by + 1] == PartOfSpeech.Determiner ? by + 2 : by + 1;
        return agentAt < limit && d.TextOf(by) is "by" ? groups.StartingAt(agentAt, actorOnly: true) : null;
    }

    /// <summary>The element a passive reading takes for the participle's subject (the first word, past a leading gap), or -1.</summary>
    internal static int PassiveSubjectElement(PatternElement[] elements)
    {
        int k = elements.Length > 0 && elements[0].Kind == PatternElementKind.Gap ? 1 : 0;
        // "shoot down * drones": the particle stays after the participle ("the drone was shot down"); the object word is the subject.
        if (StartsWithParticleAndGap(elements)) k = 2;
        return k < elements.Length && elements[k].Kind == PatternElementKind.Word ? k : -1;
    }

    private static bool StartsWithParticleAndGap(PatternElement[] elements) =>
        elements.Length > 2 && elements[0].Kind == PatternElementKind.Word && elements[1].Kind == PatternElementKind.Gap
        && Array.TrueForAll(elements[0].Words, w => w is "down" or "up" or "off" or "out" or "back" or "away");

    /// <summary>True when some word of the trigger's sentence before it matches one of <paramref name="words"/>.</summary>
    internal static bool MatchesBefore(Document d, int trigger, string[] words)
    {
        int sentence = d.SentenceOfToken(trigger);
        int first = sentence < 0 ? trigger : d.Sentences[sentence].FirstToken;
        var filter = new WordFilter(words);
        for (int i = trigger - 1; i >= first; i--) if (filter.MayMatch(d.TextOf(i)) && WordMatches(d, i, words)) return true;
        return false;
    }

    private static int MatchFrom(Document d, PatternElement[] elements, int k, int pos, int limit, List<ActorGroup> groups, ref ActorGroup? target)
    {
        if (k == elements.Length) return pos;
        var element = elements[k];
        // A word the pattern names is matched before adverbs are skipped: the particle of a phrasal verb ("hit back at",
        // "spoke out against") is tagged an adverb.
        // ("agreed on Monday to …": the "on" of a date is no pattern's "on".)
        if (element.Kind == PatternElementKind.Word && pos < limit && WordMatches(d, pos, element.Words) && DatePhraseEnd(d, pos, limit) < 0)
            return MatchFrom(d, elements, k + 1, pos + 1, limit, groups, ref target);
        int unskipped = pos;
        pos = SkipAdverbs(d, pos, limit);
        switch (element.Kind)
        {
            case PatternElementKind.Word:
                // Only a position past skipped adverbs is new: the word was already tried where it stood.
                if (pos != unskipped && pos < limit && WordMatches(d, pos, element.Words))
                    return MatchFrom(d, elements, k + 1, pos + 1, limit, groups, ref target);
                return -1;
            case PatternElementKind.NoObject:
                if (pos < limit && d.Tags[pos] is PartOfSpeech.Determiner or PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Pronoun
                    or PartOfSpeech.Adjective or PartOfSpeech.Number or PartOfSpeech.Possessive) return -1;
                return MatchFrom(d, elements, k + 1, pos, limit, groups, ref target);
            case PatternElementKind.Gap:
                // From before the skipped adverbs: the word after the gap may be one mis-tagged as an adverb ("slapped export
                // controls"); the adverbs skipped do not count against the gap.
                int skippedAdverbs = pos - unskipped;
                pos = unskipped;
                // "launched what it called a new missile": the label the speaker gives stands in for the thing itself.
                pos += FreeRelativeLabel(d, pos, limit);
                // The commas and conjunction of a list ("artillery, mortar and rocket fire"), and the numbers of quantities
                // ("40 drones and six cruise missiles"), do not count against the gap.
                for (int skip = 0, listMarks = 0; skip <= MaxGap + listMarks + skippedAdverbs && pos + skip <= limit; skip++)
                {
                    // A gap spans a noun phrase ("a mutual defence"), not a prepositional phrase ("the argument for closer").
                    if (skip > 0)
                    {
                        int last = pos + skip - 1;
                        if (InNounList(d, last, pos, limit) || d.Tags[last] == PartOfSpeech.Number || IsCurrencyMark(d, last)) listMarks++;
                        else if (IsBoundary(d, last) || CrossesPhrase(d, last)) break;
                    }
                    int r = MatchFrom(d, elements, k + 1, pos + skip, limit, groups, ref target);
                    if (r >= 0) return r;
                }
                return -1;
            case PatternElementKind.TargetOrThing:
            {
                int r = MatchTarget(d, elements, k, pos, limit, groups, ref target);
                return r >= 0 ? r : k == elements.Length - 1 && StartsAimedAtThing(d, unskipped, limit) ? unskipped : -1;
            }
            default:
                return MatchTarget(d, elements, k, pos, limit, groups, ref target);
        }
    }

    // Another actor named within three words after <group>, past its noun ("our ally the Philippines").
    private static bool NamedRightAfter(Document d, ActorGroup group, int limit, List<ActorGroup> groups)
    {
        for (int k = group.End; k < limit && k <= group.End + 3; k++)
        {
            if (IsBoundary(d, k)) return false;
            if (groups.StartingAt(k, actorOnly: true) is not null) return true;
        }
        return false;
    }

    private static int MatchTarget(Document d, PatternElement[] elements, int k, int pos, int limit, List<ActorGroup> groups, ref ActorGroup? target)
    {
        for (int lead = 0; lead <= MaxSlotLead && pos + lead < limit; lead++)
        {
            int at = pos + lead;
            // ("released six detained Americans": a participle right before the name describes it, whatever its tag.)
            if (lead > 0 && (IsBoundary(d, at - 1) || CrossesPhrase(d, at - 1) || OpensClause(d, at - 1) && !DescribesNameAt(d, at - 1, groups))) break;
            var group = groups.StartingAt(at, actorOnly: true);
            // "struck Gaza", "shelled Kharkiv": a place right after a verb whose whole pattern is its object matches; the
            // coding rules decide what the place makes of the act (rule target:location).
            if (group is null && lead == 0 && k == 0 && elements.Length == 1 && groups.StartingAt(at) is { IsPlace: true } place) return place.End;
            if (group is null) continue;
            // "stand with our ally the Philippines", "met its partner Japan": a possessive names the owner; the slot's actor follows.
            if (d.TextOf(at) is "our" or "Our" or "its" or "their" or "his" or "her" && NamedRightAfter(d, group, limit, groups)) continue;
            // The first slot is the target: in "warned Peru that Bolivia …" the addressee, not the complement's subject.
            var saved = target;
            target ??= group;
            int r = MatchFrom(d, elements, k + 1, group.End, limit, groups, ref target);
            if (r >= 0) return r;
            // "called on Germany and Poland, which lead the mission, to press …": a relative clause set off by commas after
            // the slot's actor describes it; the pattern goes on after the closing comma.
            if (k + 1 < elements.Length && ClosingCommaOfRelative(d, group.End, limit) is int closing)
            {
                r = MatchFrom(d, elements, k + 1, closing + 1, limit, groups, ref target);
                if (r >= 0) return r;
            }
            // "pressed Guinea at a summit in Abuja to set a date": a phrase of place or occasion after the slot's actor is no part
            // of the pattern; it goes on after it.
            // ("pressed Guinea's military rulers at …": past the nouns of a possessive first.)
            int setting = group.End;
            if (setting < limit && d.TextOf(setting) is "'s" or "’s")
                for (setting++; setting < limit && setting <= group.End + 3 && d.Tags[setting] is PartOfSpeech.Adjective or PartOfSpeech.Noun; setting++) { }
            if (k + 1 < elements.Length && elements[k + 1].Kind == PatternElementKind.Word && setting < limit && d.TextOf(setting) is "at" or "in" or "during")
                for (int next = setting + 2; next < limit && next <= setting + MaxSettingPhrase; next++)
                {
                    if (IsBoundary(d, next - 1) || d.Tags[next - 1] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary
                        || groups.StartingAt(next - 1, actorOnly: true) is { IsPlace: false } && d.TextOf(next - 2) is not ("in" or "at")) break;
                    r = MatchFrom(d, elements, k + 1, next, limit, groups, ref target);
                    if (r >= 0) return r;
                }
            // "held Moscow responsible for …", "held Russia accountable", "found an American journalist guilty": the group may
            // have taken in the predicative word after the name (tagged an adjective or a noun); the pattern's word is tried there.
            if (k + 1 < elements.Length && elements[k + 1].Kind == PatternElementKind.Word)
                for (int inner = group.First + 1; inner < group.End; inner++)
                    if (d.Tags[inner] is PartOfSpeech.Adjective or PartOfSpeech.Noun && char.IsLower(d.TextOf(inner)[0]))
                    {
                        r = MatchFrom(d, elements, k + 1, inner, limit, groups, ref target);
                        if (r >= 0) return r;
                    }
            // The rest may follow the head noun after the group ("accused Chinese … aircraft of").
            for (int extra = group.End + 1; extra <= Math.Min(limit, group.End + 3); extra++)
            {
                if (IsBoundary(d, extra - 1)) break;
                r = MatchFrom(d, elements, k + 1, extra, limit, groups, ref target);
                if (r >= 0) return r;
            }
            target = saved;
        }
        return -1;
    }

    // How many words a phrase of place or occasion after a slot's actor may take ("at a summit in Abuja").
    private const int MaxSettingPhrase = 7;

    // How far a relative clause set off by commas may run before its closing comma.
    private const int MaxRelativeClause = 12;

    // The comma closing ", which …," or ", who …," opened at <comma>, or null when none closes it within the sentence's limit.
    private static int? ClosingCommaOfRelative(Document d, int comma, int limit)
    {
        if (comma + 2 >= limit || d.TextOf(comma) is not "," || d.TextOf(comma + 1) is not ("which" or "who" or "whose")) return null;
        for (int j = comma + 2; j < limit && j <= comma + MaxRelativeClause; j++)
        {
            if (d.TextOf(j) is ",") return j;
            if (d.TextOf(j) is ";" or ":" or "(" or ")") return null;
        }
        return null;
    }

    // "fired a missile at a cargo ship", "fired into the crowd": a noun phrase the force was aimed at, not a time ("at dawn",
    // "on Sunday", "into the night"), an idiom ("at least", "at once") or a quantity ("on 3 March").
    private static bool StartsAimedAtThing(Document d, int at, int limit)
    {
        if (at >= limit || d.DateAt(at) is not null || NotAThing.Contains(d.TextOf(at))) return false;
        if (d.Tags[at] is not (PartOfSpeech.Determiner or PartOfSpeech.Possessive or PartOfSpeech.Pronoun or PartOfSpeech.Noun
            or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective)) return false;
        for (int j = at; j < limit && j < at + 5; j++)
        {
            if (d.Tags[j] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun)
                return !WordClasses.IsTimeNoun(d.TextOf(j)) && !NotAThing.Contains(d.TextOf(j)) && d.DateAt(j) is null;
            if (d.Tags[j] == PartOfSpeech.Pronoun) return true;
            if (IsBoundary(d, j) || d.Tags[j] is PartOfSpeech.Preposition or PartOfSpeech.Verb) return false;
        }
        return false;
    }

    // Words after "at", "on" or "into" that name no thing aimed at; looked up only when such a pattern has matched up to them.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAThing = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "least", "most", "all", "once", "first", "last", "large", "home", "length", "random", "will", "time", "times", "dawn", "dusk",
        "midnight", "noon", "day", "days", "hour", "hours", "moment", "end", "beginning", "start", "outset", "height", "same", "behest",
        "request", "invitation", "order", "orders", "sea", "risk", "stake", "odds", "hand", "hands", "way", "night", "nights",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // A currency sign of an amount, or the state's short name written against it ("NZ$8 million", "US$2 billion"): part of the
    // quantity, like its number.
    private static bool IsCurrencyMark(Document d, int i) => WordClasses.IsCurrencySign(d.TextOf(i)) || WordClasses.IsWrittenAgainstCurrencySign(d, i);

    // A comma or conjunction inside a list of nouns that a gap spans: "tear gas, rubber bullets, and stun grenades". The
    // comma stands between nominal words and the list closes with "and"/"or" within a few words, before any clause boundary.
    private static bool InNounList(Document d, int i, int gapStart, int limit)
    {
        var w = d.TextOf(i);
        bool comma = w is ",", conjunction = w is "and" or "or";
        if (!comma && !conjunction || i <= gapStart || i + 1 >= limit) return false;
        if (conjunction) return IsNominal(d, i + 1) && (d.TextOf(i - 1) is "," || IsNominal(d, i - 1) && InListBefore(d, i - 1, gapStart));
        if (!IsNominal(d, i - 1)) return false;
        for (int j = i + 1; j < limit && j <= i + 4; j++)
        {
            var next = d.TextOf(j);
            if (next is "and" or "or") return true;
            if (next is not "," && !IsNominal(d, j)) return false;
        }
        return false;
    }

    // A list comma before the conjunction at the end of the nominal run that ends at i ("gas, rubber bullets and").
    private static bool InListBefore(Document d, int i, int gapStart)
    {
        for (int j = i; j >= gapStart && j >= i - 4; j--)
        {
            if (d.TextOf(j) is ",") return true;
            if (!IsNominal(d, j)) return false;
        }
        return false;
    }

    private static bool IsNominal(Document d, int i) => d.Tags[i] is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.ProperNoun;

    // A slot's target stands in the noun phrase after the pattern's word, not in a clause that follows it: "sent troops to
    // the border to stop Peruvian smugglers" sends no troops to Peru. Participles may modify ("the visiting envoys").
    // An "-ed" word right before an actor's name, after a number or determiner, describes it ("six detained Americans").
    private static bool DescribesNameAt(Document d, int i, List<ActorGroup> groups) =>
        i > 0 && d.TextOf(i).EndsWith("ed", StringComparison.Ordinal) && d.Tags[i - 1] is PartOfSpeech.Number or PartOfSpeech.Determiner
        && groups.StartingAt(i + 1, actorOnly: true) is not null;

    private static bool OpensClause(Document d, int i) =>
        d.Tags[i] is PartOfSpeech.To or PartOfSpeech.Modal or PartOfSpeech.Auxiliary
        || (d.Tags[i] == PartOfSpeech.Verb && d.Syntax is { } syntax && syntax.Penn[i] is "VB" or "VBP" or "VBZ" or "VBD");

    // A preposition ends the noun phrase, except "of" ("a total of") and approximators before a quantity ("around 10,000",
    // "more than 40", "at least three", "as many as 200", "up to a dozen").

    private static bool CrossesPhrase(Document d, int i) =>
        d.Tags[i] == PartOfSpeech.Preposition && !d.TextOf(i).Equals("of", StringComparison.OrdinalIgnoreCase)
        && !StartsQuantity(d, i + 1) && !IsInAfterAmount(d, i);

    // "2 billion euros in military aid", "$500 million in funding": "in" after a sum names what the sum is of, so the
    // phrase after it is the thing itself.
    private static bool IsInAfterAmount(Document d, int i) =>
        i > 0 && d.TextOf(i).Equals("in", StringComparison.OrdinalIgnoreCase) && (IsNumber(d, i - 1) || AmountUnits.Contains(d.TextOf(i - 1)));

    // A quantity at i: a number ("40", "three"), or "least"/"most" before one ("at least three"), or "many"/"much"/"few"
    // + "as" before one ("as many as 200").
    private static bool StartsQuantity(Document d, int i)
    {
        if (i >= d.Tokens.Length) return false;
        if (IsNumber(d, i)) return true;
        var w = d.TextOf(i);
        // "more than $60 billion": a currency sign before a number.
        if (w is "$" or "€" or "£" or "¥") return i + 1 < d.Tokens.Length && IsNumber(d, i + 1);
        if (w.Equals("least", StringComparison.OrdinalIgnoreCase) || w.Equals("most", StringComparison.OrdinalIgnoreCase))
            return i + 1 < d.Tokens.Length && IsNumber(d, i + 1);
        // "up to 4,000 troops": the particle opens the quantity whatever its tag.
        if (w.Equals("to", StringComparison.OrdinalIgnoreCase) && i > 0 && d.TextOf(i - 1).Equals("up", StringComparison.OrdinalIgnoreCase))
            return i + 1 < d.Tokens.Length && IsNumber(d, i + 1);
        if (w.Equals("many", StringComparison.OrdinalIgnoreCase) || w.Equals("much", StringComparison.OrdinalIgnoreCase) || w.Equals("few", StringComparison.OrdinalIgnoreCase))
            return i + 2 < d.Tokens.Length && d.TextOf(i + 1).Equals("as", StringComparison.OrdinalIgnoreCase) && IsNumber(d, i + 2);
        return false;
    }

    private static bool IsNumber(Document d, int i) =>
        d.Tags[i] == PartOfSpeech.Number || NumberWords.Contains(d.TextOf(i));

    // Quantity words a tagger may not mark as numbers; looked up once per gap step, never on every token.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "half", "several", "scores",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that end a sum of money.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AmountUnits = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "million", "billion", "trillion", "dollars", "euros", "pounds", "yen", "yuan", "rubles", "roubles", "francs", "rupees", "won",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last token at or before <paramref name="pos"/> (not before <paramref name="first"/>) that is not an adverb.</summary>
    internal static int SkipAdverbsBack(Document d, int pos, int first)
    {
        while (pos >= first && d.Tags[pos] == PartOfSpeech.Adverb) pos--;
        return pos;
    }

    // The end of a phrase of time opened by a preposition or "last"/"this" at <pos> ("on Saturday", "on 3 March", "last
    // week"), or -1.
    internal static int DatePhraseEnd(Document d, int pos, int limit)
    {
        // "warned in July of …": "in" only before a date the date finder knows.
        if (pos + 1 < limit && d.TextOf(pos) is "in") return d.DateAt(pos + 1) is { } month && month.FirstToken >= pos && month.EndToken <= limit ? month.EndToken : -1;
        if (pos + 1 >= limit || d.TextOf(pos) is not ("on" or "last" or "this" or "earlier" or "late" or "early")) return -1;
        if (d.DateAt(pos + 1) is { } date && date.FirstToken >= pos && date.EndToken <= limit) return date.EndToken;
        var next = d.TextOf(pos + 1);
        if (WordClasses.IsWeekday(next) || d.TextOf(pos) is not "on" && WordClasses.IsTimeNoun(next)) return pos + 2;
        return -1;
    }

    // The end of "in a statement", "in an audio message", "at a news conference" opening at <pos> (a preposition, an article
    // or possessive, up to two describing words and a noun of list IsOccasionNoun), or -1. Only before "to", where a pattern's
    // infinitive goes on.
    internal static int OccasionPhraseEnd(Document d, int pos, int limit)
    {
        if (pos + 2 >= limit || d.TextOf(pos) is not ("in" or "at" or "during")) return -1;
        int k = pos + 1;
        if (d.Tags[k] is not (PartOfSpeech.Determiner or PartOfSpeech.Possessive)) return -1;
        for (k++; k < limit && k <= pos + 4; k++)
            if (WordClasses.IsOccasionNoun(d.TextOf(k))) return k + 1 < limit && d.TextOf(k + 1) is "to" ? k + 1 : -1;
            // ("in a televised speech": a participle describing the noun.)
            else if (d.Tags[k] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun) && !(d.Tags[k] == PartOfSpeech.Verb && d.TextOf(k).EndsWith("ed", StringComparison.Ordinal))) return -1;
        return -1;
    }

    // A curly closing quote, or a straight one, double or single, written against the word before it ('conveyed "grave
    // concerns" to …', "conveyed 'serious concerns' to …").
    private static bool IsClosingQuote(Document d, int pos) => d.Text[d.Tokens[pos].Start] is '”' or '’'
        || d.Text[d.Tokens[pos].Start] is '"' or '\'' && pos > 0 && d.Tokens[pos - 1].End == d.Tokens[pos].Start && d.Tokens[pos - 1].Kind == TokenKind.Word;

    // How many words a scare quote holds at most: 'vowed to "crush" …', 'will take "resolute measures"'.
    private const int MaxScareQuote = 4;

    // An opening quote whose closing quote follows within a few words and before the sentence's limit: the quoted words are
    // the writer's marking of the speaker's own words, read as the pattern's ("vowed to “crush” separatist forces").
    private static bool OpensScareQuote(Document d, int pos, int limit)
    {
        for (int k = pos + 2; k < limit && k <= pos + MaxScareQuote + 1; k++)
        {
            if (d.Tokens[k].Kind == TokenKind.Quote) return IsClosingQuote(d, k);
            if (IsBoundary(d, k)) return false;
        }
        return false;
    }

    /// <summary>The first token at or after <paramref name="pos"/> (before <paramref name="limit"/>) that is not an adverb or a bare date.</summary>
    internal static int SkipAdverbs(Document d, int pos, int limit)
    {
        // A closing scare quote ("is “not happy” about …") marks words; the pattern runs on past it.
        while (pos < limit)
        {
            if (d.Tags[pos] == PartOfSpeech.Adverb || d.Tokens[pos].Kind == TokenKind.Quote && (IsClosingQuote(d, pos) || OpensScareQuote(d, pos, limit))) pos++;
            // A bare date between the words of a pattern ("called a meeting Wednesday of the council") is an adverb of time.
            else if (d.Tags[pos] == PartOfSpeech.ProperNoun && d.DateAt(pos) is { } date && date.FirstToken == pos && date.EndToken <= limit) pos = date.EndToken;
            // A weekday the article's date does not resolve is one all the same.
            else if (d.Tags[pos] == PartOfSpeech.ProperNoun && WordClasses.IsWeekday(d.TextOf(pos))) pos++;
            // "vowed on Saturday to cooperate", "agreed last week to …": a phrase of time between the words of a pattern.
            else if (DatePhraseEnd(d, pos, limit) is var end and > 0) pos = end;
            // "vowed in an audio message to step up attacks", "agreed at a news conference to …": where the act was told.
            else if (OccasionPhraseEnd(d, pos, limit) is var told and > 0) pos = told;
            else break;
        }
        return pos;
    }

    // The words of "what X called", "what Seoul described as" opening at <pos>, or 0. ("what he said was" is left alone: the
    // speaker named in it would be read as the act's object.)
    private static int FreeRelativeLabel(Document d, int pos, int limit)
    {
        if (pos >= limit || d.TextOf(pos) is not ("what" or "What")) return 0;
        for (int k = pos + 2; k < limit && k <= pos + 4; k++)
        {
            var w = d.TextOf(k);
            if (w is "called" or "calls" or "termed" or "terms" or "dubbed" or "dubs") return k + 1 - pos;
            if (k + 1 < limit && w is "described" or "describes" && d.TextOf(k + 1) is "as") return k + 2 - pos;
        }
        // "launched what appeared to be a missile", "fired what may have been an ICBM", "what is believed to be": a hedge on
        // what the thing is, not on whether the act was done.
        for (int k = pos + 1; k < limit && k <= pos + 5; k++)
        {
            var w = d.TextOf(k);
            if (w is "be" or "been") return k > pos + 1 ? k + 1 - pos : 0;
            if (w is not ("appeared" or "appears" or "seemed" or "seems" or "looked" or "looks" or "to" or "may" or "might" or "could" or "would"
                or "have" or "was" or "is" or "were" or "are" or "believed" or "thought" or "suspected" or "reported" or "said" or "assessed"
                or "presumed" or "likely" or "probably" or "possibly")) return 0;
        }
        return 0;
    }

    private static bool IsBoundary(Document d, int i)
    {
        var t = d.Tokens[i];
        if (t.Kind == TokenKind.Quote) return false;
        if (t.Kind == TokenKind.Punct) return d.Text[t.Start] is ',' or ';' or ':' or '.' or '(' or ')' or '!' or '?';
        return d.Tags[i] is PartOfSpeech.Subordinator or PartOfSpeech.Wh;
    }

    /// <summary>
    /// What every token <see cref="WordMatches"/> accepts for one list of words has, worked out once for a scan over many
    /// tokens (the trigger check and <see cref="MatchesBefore"/> ask the same list of nearly every word of a sentence): a
    /// length from the shortest word's to the longest's plus two, and, for an ASCII first letter, one that some word of
    /// the list starts with up to case. A token it turns away is one <see cref="WordMatches"/> turns away too, so asking it
    /// first changes no answer; it spares the call and the walk over the list for most words.
    /// </summary>
    internal readonly struct WordFilter
    {
        private readonly int _shortest, _span;
        // Bit (c & ~0x20) of an ASCII first letter c of some word: the two halves of the 96 values it can take.
        private readonly ulong _low, _high;
        // Some word is shorter than two letters or starts with a non-ASCII one: WordMatches compares no first letter for it.
        private readonly bool _anyFirst;

        public WordFilter(string[] words)
        {
            int shortest = int.MaxValue, longest = -1;
            foreach (var w in words)
            {
                shortest = Math.Min(shortest, w.Length);
                longest = Math.Max(longest, w.Length);
                if (w.Length < 2 || w[0] >= 0x80) _anyFirst = true;
                else if ((w[0] & ~0x20) < 64) _low |= 1UL << (w[0] & ~0x20);
                else _high |= 1UL << ((w[0] & ~0x20) - 64);
            }
            // No words (none in the lexicon): every token passes, and WordMatches turns it away.
            if (longest < 0) (shortest, longest, _anyFirst) = (0, int.MaxValue - 2, true);
            _shortest = shortest;
            _span = longest + 2 - shortest;
        }

        /// <summary>False only for a token that <see cref="WordMatches"/> would not accept for the list.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MayMatch(ReadOnlySpan<char> token)
        {
            if (FirstMayMatch(token)) return true;
            // A compound is also asked about by its last part (WordMatches).
            int hyphen = token.LastIndexOf('-');
            return hyphen > 0 && hyphen < token.Length - 1 && FirstMayMatch(token[(hyphen + 1)..]);
        }

        private bool FirstMayMatch(ReadOnlySpan<char> token)
        {
            if ((uint)(token.Length - _shortest) > (uint)_span) return false;
            if (_anyFirst || token[0] >= 0x80) return true;
            int first = token[0] & ~0x20;
            return ((first < 64 ? _low >> first : _high >> (first - 64)) & 1) != 0;
        }
    }

    /// <summary>True when token <paramref name="i"/> is one of <paramref name="words"/> or its regular plural.</summary>
    public static bool WordMatches(Document d, int i, string[] words)
    {
        var token = d.TextOf(i);
        if (Matches(token, words)) return true;
        // "search-and-rescue teams", "anti-ship missiles": a compound's last part is its head, and matches as that word does;
        // not after a prefix that turns the meaning ("non-aggression", "anti-war", "pro-Western", "cease-fire").
        int hyphen = token.LastIndexOf('-');
        return hyphen > 0 && hyphen < token.Length - 1 && !IsTurningPrefix(token[..token.IndexOf('-')]) && Matches(token[(hyphen + 1)..], words);
    }

    private static bool IsTurningPrefix(ReadOnlySpan<char> prefix) => TurningPrefixes.Contains(prefix);

    // First parts of a compound that turn its head's meaning; "cease", "live" and "cross": no fire opened on anyone ("a
    // cease-fire", "live-fire drills", "caught in cross-fire").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TurningPrefixes =
        new HashSet<string>(["non", "anti", "pro", "ex", "post", "pre", "de", "self", "cease", "live", "cross"], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Matches(ReadOnlySpan<char> token, string[] words)
    {
        foreach (var w in words)
        {
            // Asked of nearly every word of a sentence for every pattern: most are turned away by their length (the word,
            // "+s", "+es" or "y" -> "ies" is 0-2 characters longer) or, both ASCII, by a first letter that differs by more than case.
            if ((uint)(token.Length - w.Length) > 2) continue;
            if (w.Length >= 2 && (token[0] | w[0]) < 0x80 && ((token[0] ^ w[0]) & ~0x20) != 0) continue;
            if (token.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
            if (token.Length > w.Length && token.StartsWith(w, StringComparison.OrdinalIgnoreCase))
            {
                var rest = token[w.Length..];
                if (rest is "s" or "es") return true;
            }
            if (w.EndsWith('y') && token.Length == w.Length + 2 && token.StartsWith(w.AsSpan(0, w.Length - 1), StringComparison.OrdinalIgnoreCase) && token.EndsWith("ies")) return true;
        }
        return false;
    }
}
