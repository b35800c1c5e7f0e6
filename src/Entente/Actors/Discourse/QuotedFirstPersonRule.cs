namespace Entente.Actors.Discourse;

/// <summary>
/// "we", "our", "us" inside a direct quotation stand for the speaker's state or organisation: “We will respond,” the
/// minister said → the minister's state. Unsure, and left alone, when an organisation is named around the quotation
/// ("we" may then be the alliance or the bloc). Runs once the quotations and their speakers are known.
/// </summary>
internal static class QuotedFirstPersonRule
{
    /// <summary>The rule's name.</summary>
    public const string Name = "quote:we";

    /// <summary>Returns <paramref name="mentions"/> with a reference added for each first-person plural word inside a
    /// direct quotation whose speaker's state is known, in token order.</summary>
    public static List<ActorMention> Resolve(Document document, List<ActorMention> mentions, IReadOnlyList<PersonName> people, IReadOnlyList<Quotation> quotes)
    {
        var added = new List<ActorMention>();
        var tokens = document.Tokens;
        foreach (var quote in quotes)
        {
            if (!quote.Direct || quote.Speaker is null) continue;
            var speaker = people.FirstOrDefault(p => p.Name == quote.Speaker);
            if (speaker?.Code is not { } code || speaker.Mentions.Count == 0) continue;
            // The speaker's nearest named mention: the antecedent shown to the user.
            var (first, end) = Nearest(speaker, document, quote.Span.Start);
            var kind = mentions.Find(m => m.FirstToken == first && m.Kind == MentionKind.Person)?.Actor.Kind ?? ActorKind.Unknown;
            // With an organisation named around the quotation, "we" may be it ("we" Europeans, "we" the allies): unsure.
            if (OrganisationNear(document, mentions, FirstTokenAt(tokens, quote.Span.Start))) continue;
            AddFirstPersons(document, quote.Span, (first, end), new Actor(code, speaker.Sector, speaker.Name) { Kind = kind }, speaker.Name, added);
        }
        // “We are ready to talk,” Iran's foreign ministry said: no person speaks, a state's name or organ does.
        var spokenByPeople = quotes.Where(q => q.Speaker is not null && people.Any(p => p.Name == q.Speaker)).ToList();
        foreach (var (span, after) in QuoteFinder.Unattributed(document, spokenByPeople))
            // (A statement said back of the body that issued it speaks for that body, an organisation too: “We call on the
            // DPRK to …,” the statement said.)
            if (StateSpeakerAfter(document, mentions, after) is { } state && (IsStatementOfItsIssuer(state) || !OrganisationNear(document, mentions, FirstTokenAt(tokens, span.Start))))
                AddFirstPersons(document, span, state, added);
        if (added.Count == 0) return mentions;
        var all = new List<ActorMention>(mentions.Count + added.Count);
        all.AddRange(mentions);
        all.AddRange(added);
        // Stable: references keep their place after names at the same token.
        var ordered = all.Select((m, k) => (m, k)).OrderBy(x => x.m.FirstToken).ThenBy(x => x.k).Select(x => x.m).ToList();
        return ordered;
    }

    // The state-coded name or organ (not a person) that attributes the quotation right after it: “…,” X said / said X.
    private static ActorMention? StateSpeakerAfter(Document document, List<ActorMention> mentions, int after)
    {
        if (after >= document.Tokens.Length) return null;
        int sentence = document.SentenceOfToken(Math.Max(0, after - 1));
        if (sentence < 0) return null;
        int end = Math.Min(document.Sentences[sentence].EndToken, after + 10);
        int speech = -1;
        for (int i = after; i < end && speech < 0; i++) if (QuoteFinder.IsAttributionVerb(document.TextOf(i))) speech = i;
        if (speech < 0) return null;
        // The nearest before the verb ("X told Y": Y is whom it was said to); else the nearest after it ("said X").
        ActorMention? before = null, behind = null;
        foreach (var m in mentions)
        {
            if (m.FirstToken < after || m.FirstToken >= end || !IsStatementOfItsIssuer(m) && !IsStateBodyDescribed(m)
                && (m.Kind != MentionKind.Name || !m.Actor.IsState || m.EntryKind is ActorEntryKind.Person or ActorEntryKind.Place)) continue;
            if (m.FirstToken < speech) before = m;
            else behind ??= m;
        }
        return before ?? behind;
    }

    // "the defence ministry", "the army" resolved to a state's body (rule role:…), not to a person.
    private static bool IsStateBodyDescribed(ActorMention m) =>
        m.Kind == MentionKind.Reference && m.Actor.IsState && m.EntryKind == ActorEntryKind.State && m.Actor.Antecedent?.Rule.StartsWith("role:", StringComparison.Ordinal) == true;

    // "the statement" (or communiqué, readout) resolved to the body that issued it.
    private static bool IsStatementOfItsIssuer(ActorMention m) => m.Kind == MentionKind.Reference && m.Actor.Antecedent?.Rule == "statement-issuer";

    private static void AddFirstPersons(Document document, TextSpan quote, ActorMention state, List<ActorMention> added) =>
        AddFirstPersons(document, quote, (state.FirstToken, state.EndToken), state.Actor, document.SliceTokens(state.FirstToken, state.EndToken), added);

    // Each "we", "our" or "us" of the quotation becomes a reference to the speaker's actor, pointing at its named mention.
    private static void AddFirstPersons(Document document, TextSpan quote, (int First, int End) named, Actor speaker, string speakerName, List<ActorMention> added)
    {
        var tokens = document.Tokens;
        var antecedent = new Antecedent(Name, document.SliceTokens(named.First, named.End), named.First, named.End,
            TextSpan.FromBounds(tokens[named.First].Start, tokens[named.End - 1].End), document.SentenceOfToken(named.First));
        for (int i = FirstTokenAt(tokens, quote.Start); i < tokens.Length && tokens[i].Start < quote.End; i++)
        {
            var w = document.TextOf(i);
            if (w is not ("we" or "We" or "our" or "Our" or "us" or "ours")) continue;
            var actor = new Actor(speaker.Code, speaker.Sector, w.ToString())
            {
                Kind = speaker.Kind,
                Span = TextSpan.FromBounds(tokens[i].Start, tokens[i].End),
                Rule = $"ref:{Name}→{speakerName}",
                Antecedent = antecedent,
            };
            added.Add(new ActorMention(i, i + 1, actor, MentionKind.Reference, ActorEntryKind.State));
        }
    }

    private static bool OrganisationNear(Document document, List<ActorMention> mentions, int token)
    {
        int sentence = document.SentenceOfToken(token);
        int from = document.Sentences[Math.Max(0, sentence - 2)].FirstToken;
        int to = document.Sentences[Math.Min(document.Sentences.Length - 1, sentence + 1)].EndToken;
        foreach (var m in mentions)
            if (m.FirstToken >= from && m.FirstToken < to && m.EntryKind is ActorEntryKind.Organization or ActorEntryKind.Group) return true;
        return false;
    }

    private static (int First, int End) Nearest(PersonName speaker, Document document, int at)
    {
        var best = speaker.Mentions[0];
        int bestDistance = int.MaxValue;
        foreach (var m in speaker.Mentions)
        {
            // A named mention (not "he"): longer than a pronoun or written with a capital.
            var text = document.TextOf(m.First);
            if (m.End - m.First == 1 && text is "he" or "He" or "she" or "She") continue;
            int distance = Math.Abs(document.Tokens[m.First].Start - at);
            if (distance < bestDistance) { best = m; bestDistance = distance; }
        }
        return best;
    }

    private static int FirstTokenAt(ReadOnlySpan<Language.Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (tokens[mid].Start < offset) lo = mid + 1; else hi = mid; }
        return lo;
    }
}
