using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// Finds direct quotations and their speakers: “…,” he said; “…” X said; X said (that) “…”; according to X, … “…”;
/// X told the paper that “…”. Quotations may span sentences. Scare quotes after "so-called" and quotes with no
/// speaker are left out. Indirect speech ("X said that …") is recorded as such.
/// </summary>
internal static class QuoteFinder
{
    /// <summary>
    /// The quotations of <paramref name="document"/>, in text order. <paramref name="actors"/> are the named actors; a
    /// state or an organisation named as the one who speaks ("North Korea said, “…”", "“…,” a State Department official
    /// said") is the speaker when no person is.
    /// </summary>
    public static List<Quotation> Find(Document document, IReadOnlyList<PersonName> people, IReadOnlyList<ActorMention>? actors = null)
    {
        var speakers = new Speakers(document, people, actors);
        var quotes = new List<Quotation>();
        var tokens = document.Tokens;
        var text = document.Text;
        // The last attributed quotation's closing mark and speaker: an unattributed quotation that follows it at once
        // continues it.
        (int Close, string Speaker)? previous = null;
        int i = 0;
        while (i < tokens.Length)
        {
            if (tokens[i].Kind != TokenKind.Quote || !IsOpening(text, tokens, i)) { i++; continue; }
            var (close, runsOn) = FindClose(document, i);
            if (close < 0) { i++; continue; }
            int open = i;
            // A quotation that runs on past its paragraph ends where the paragraph does; the next one may open there.
            i = runsOn ? close : close + 1;
            if (close - open < 2) continue;
            if (open > 0 && document.TextOf(open - 1).Equals("so-called", StringComparison.OrdinalIgnoreCase)) continue;
            var speaker = (runsOn ? null : SpeakerAfter(document, open, close, speakers)) ?? SpeakerBefore(document, open, speakers)
                          ?? SubjectBefore(document, open, speakers.PersonAt)?.Name ?? Continued(document, open, previous);
            if (speaker is null) { previous = null; continue; }
            // Only a quotation set out on its own (opening a sentence or after a comma or colon) can run on; words quoted
            // inside a reported clause ("will exert “maximum pressure” on …") cannot.
            bool standalone = document.SentenceOfToken(open) is var s && s >= 0 && document.Sentences[s].FirstToken == open
                              || open > 0 && document.TextOf(open - 1) is "," or ":";
            previous = standalone ? (close, speaker) : null;
            // The comma before a closing mark belongs to the attribution ("…firmly," he said), not to the quotation.
            int last = close - 1;
            if (last > open + 1 && tokens[last].Kind == TokenKind.Punct && document.Text[tokens[last].Start] == ',') last--;
            var span = TextSpan.FromBounds(tokens[open + 1].Start, tokens[last].End);
            quotes.Add(new Quotation(document.Slice(span), span, speaker, Direct: true));
        }
        quotes.AddRange(Indirect(document, speakers.PersonAt, quotes));
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return quotes;
    }

    /// <summary>Who can be named as a speaker: people by their first token, and named states and organisations.</summary>
    private sealed class Speakers
    {
        public readonly Dictionary<int, PersonName> PersonAt = new();
        public readonly HashSet<int> PersonEnds = new();
        public readonly Dictionary<int, (int End, string Name)> OrganisationAt = new();

        public Speakers(Document document, IReadOnlyList<PersonName> people, IReadOnlyList<ActorMention>? actors)
        {
            foreach (var p in people)
                foreach (var (first, end) in p.Mentions)
                {
                    PersonAt[first] = p;
                    PersonEnds.Add(end);
                }
            if (actors is null) return;
            foreach (var m in actors)
                if (m.Kind == MentionKind.Name && m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Institution
                        or ActorEntryKind.Organization or ActorEntryKind.Group or ActorEntryKind.Ambiguous)
                    OrganisationAt.TryAdd(m.FirstToken, (m.EndToken, document.SliceTokens(m.FirstToken, m.EndToken)));
        }
    }

    /// <summary>
    /// A quotation with no attribution of its own that opens the sentence right after an attributed one (its
    /// attribution sentence, or the quotation itself) continues that speaker's words: news sets a long quotation out
    /// in several paragraphs and names the speaker once.
    /// </summary>
    private static string? Continued(Document d, int open, (int Close, string Speaker)? previous)
    {
        if (previous is not { } prior) return null;
        int sentence = d.SentenceOfToken(open);
        if (sentence < 0 || d.Sentences[sentence].FirstToken != open) return null;
        // Between the two quotations only the attribution of the first: the rest of its sentence, or a short sentence of
        // its own after a quotation that closed one ("…?” he asked.).
        int closing = d.SentenceOfToken(prior.Close);
        int gapSentences = sentence - closing;
        if (gapSentences == 2)
        {
            var middle = d.Sentences[closing + 1];
            if (middle.EndToken - middle.FirstToken > 12 || !HasSpeechVerb(d, middle.FirstToken, middle.EndToken)) return null;
        }
        else if (gapSentences != 1) return null;
        for (int j = prior.Close + 1; j < open; j++) if (d.Tokens[j].Kind == TokenKind.Quote) return null;
        return prior.Speaker;
    }

    private static bool HasSpeechVerb(Document d, int from, int end)
    {
        for (int j = from; j < end; j++) if (PersonFinder.IsSpeechVerb(d.TextOf(j))) return true;
        return false;
    }

    /// <summary>A verb that attributes speech to its subject: "said", "told", "warned" ….</summary>
    public static bool IsAttributionVerb(ReadOnlySpan<char> w) =>
        w is "said" or "says" or "told" or "stated" or "added" or "noted" or "stressed" or "argued" or "insisted" or "warned" or "believes" or "believed" or "wrote" or "writes" or "posted" or "tweeted";

    // "Zhu said Beijing is concerned …", "Choi said that …": reported speech, attributed but not quoted.
    private static List<Quotation> Indirect(Document d, Dictionary<int, PersonName> personAt, List<Quotation> direct)
    {
        var found = new List<Quotation>();
        foreach (var sentence in d.SentenceArray)
        {
            for (int i = sentence.FirstToken + 1; i + 2 < sentence.EndToken; i++)
            {
                var w = d.TextOf(i);
                if (!IsAttributionVerb(w)) continue;
                var speaker = PersonNear(d, i, Math.Max(sentence.FirstToken, i - 3), i - 1, personAt);
                if (speaker is null) continue;
                int start = i + 1;
                // "told the Global Times that …", "said on Tuesday that …": what follows "that".
                for (int k = start; k < Math.Min(sentence.EndToken, i + 6); k++) if (d.TextOf(k) is "that") { start = k + 1; break; }
                if (start >= sentence.EndToken || d.Tokens[start].Kind is TokenKind.Quote or TokenKind.Punct) continue;
                // "…,” he said on Tuesday": an attribution of a quotation, not speech of its own.
                if (d.Tags[start] is Language.PartOfSpeech.Preposition || QuotationEndsIn(direct, d.Tokens[sentence.FirstToken].Start, d.Tokens[i].Start)) continue;
                int end = sentence.EndToken;
                while (end > start && d.Tokens[end - 1].Kind is TokenKind.Punct) end--;
                if (end - start < 3) continue;
                var span = TextSpan.FromBounds(d.Tokens[start].Start, d.Tokens[end - 1].End);
                // Speech that carries a direct quotation is already recorded by it.
                if (QuotationOverlaps(direct, span)) continue;
                found.Add(new Quotation(d.Slice(span), span, speaker.Name, Direct: false));
                break;
            }
        }
        return found;
    }

    // Loops rather than predicates: a predicate capturing the token or span would be allocated for every word read.
    private static bool QuotationEndsIn(List<Quotation> quotes, int from, int to)
    {
        foreach (var q in quotes) if (q.Span.End <= to && q.Span.End >= from) return true;
        return false;
    }

    private static bool QuotationOverlaps(List<Quotation> quotes, TextSpan span)
    {
        foreach (var q in quotes) if (q.Span.Overlaps(span)) return true;
        return false;
    }

    /// <summary>The spans of the direct quotations not among <paramref name="attributed"/> (those a person speaks), each with
    /// the token after its closing mark (for the first-person rule, which reads "we" in “…,” Iran's foreign ministry said as
    /// the ministry's state).</summary>
    public static List<(TextSpan Span, int After)> Unattributed(Document document, IReadOnlyList<Quotation> attributed)
    {
        var found = new List<(TextSpan, int)>();
        var tokens = document.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Quote || !IsOpening(document.Text, tokens, i)) continue;
            var (close, runsOn) = FindClose(document, i);
            if (close < 0 || runsOn || close - i < 2) continue;
            var span = TextSpan.FromBounds(tokens[i + 1].Start, tokens[close - 1].End);
            bool spoken = false;
            foreach (var q in attributed) if (q.Direct && q.Span.Start == span.Start) { spoken = true; break; }
            if (!spoken) found.Add((span, close + 1));
            i = close;
        }
        return found;
    }

    private static bool IsOpening(string text, ReadOnlySpan<Token> tokens, int i)
    {
        char c = text[tokens[i].Start];
        if (c is '”' or '’' or '»') return false;
        if (c is '\'' or '‘') return (tokens[i].Flags & TokenFlags.SpaceBefore) != 0 || tokens[i].StartsLine || i == 0;
        return true;
    }

    // The closing mark of the quotation opened at <open>, or -1. A double quotation whose paragraph ends after a full
    // sentence with no closing mark runs on (news opens the next paragraph with a new mark and closes only the last one):
    // it ends at the paragraph's end, given as the next paragraph's first token with RunsOn set.
    private static (int Close, bool RunsOn) FindClose(Document d, int open)
    {
        var tokens = d.Tokens;
        char o = d.Text[tokens[open].Start];
        for (int j = open + 1; j < tokens.Length && j < open + 400; j++)
        {
            if ((tokens[j].Flags & TokenFlags.ParagraphBefore) != 0 || tokens[j].StartsLine)
            {
                bool wholeSentence = j - open > 3 && d.TextOf(j - 1) is "." or "?" or "!";
                return o is '“' or '"' && wholeSentence ? (j, true) : (-1, false);
            }
            if (tokens[j].Kind != TokenKind.Quote) continue;
            char c = d.Text[tokens[j].Start];
            if (o is '‘' or '\'' && c is not ('’' or '\'')) continue;
            if (o is '"' or '“' or '«' && c is '’' or '‘' or '\'') continue;
            return (j, false);
        }
        return (-1, false);
    }

    // “…,” he said / “…” Zhu said / “…,” said X / “…” X wrote … / "… , he said." at the sentence end / “…,” according to X.
    private static string? SpeakerAfter(Document d, int open, int close, Speakers speakers)
    {
        // A quotation closed by a full stop inside its marks (“… purpose.”) is a whole sentence: its attribution came
        // before it, or it continues an earlier one; what follows is a new sentence, not the attribution.
        if (close - 1 > open && d.TextOf(close - 1) is ".") return null;
        int sentence = d.SentenceOfToken(close);
        int end = sentence >= 0 ? d.Sentences[sentence].EndToken : d.Tokens.Length;
        // The closing quote may end the sentence: look into the next one when it starts with the attribution.
        if (close + 1 >= end && sentence + 1 < d.Sentences.Length && !d.Tokens[close + 1 < d.Tokens.Length ? close + 1 : close].StartsLine)
            end = d.Sentences[sentence + 1].EndToken;
        int window = Math.Min(end, close + 8);
        for (int j = close + 1; j < window; j++)
        {
            if (d.Tokens[j].Kind == TokenKind.Quote) break;
            // "“…,” Gen. X, a retired officer, said": an apposition after the speaker's name does not use up the window.
            if (speakers.PersonEnds.Contains(j) && d.TextOf(j) is ",")
            {
                int comma = j + 1;
                while (comma < end && d.TextOf(comma) is not ("," or "." or ";") && d.Tokens[comma].Kind != TokenKind.Quote) comma++;
                if (comma < end && d.TextOf(comma) is ",")
                {
                    window = Math.Min(end, window + comma - j);
                    j = comma;
                    continue;
                }
            }
            if (j == close + 1 || d.TextOf(j - 1) is ",")
                if (d.TextOf(j) is "according" && j + 2 < end && d.TextOf(j + 1) is "to")
                    return SpeakerNear(d, j + 2, j + 2, Math.Min(end - 1, j + 6), speakers, open);
            if (!PersonFinder.IsSpeechVerb(d.TextOf(j))) continue;
            // "… future?” Earlier, Seoul said, “…”": a verb that introduces a quotation of its own attributes that one.
            for (int k = j + 1; k < end; k++)
                if (d.Tokens[k].Kind == TokenKind.Quote && d.TextOf(k - 1) is "," or ":" or "that") return null;
            return SpeakerNear(d, j, close + 1, Math.Min(end, j + 6), speakers, open);
        }
        // "… by signing the agreement, he said." — an attribution closing the sentence, perhaps with its time ("said
        // earlier this month").
        for (int j = end - 1; j > close && j >= end - 6; j--)
        {
            if (PersonFinder.IsSpeechVerb(d.TextOf(j)))
                return SpeakerNear(d, j, j - 2, j + 2, speakers, open);
            if (!IsAttributionTail(d.TextOf(j)) && d.Tokens[j].Kind != TokenKind.Punct) break;
        }
        return null;
    }

    // Words that may follow a closing attribution: its time and manner ("said earlier this month", "said in a statement").
    private static bool IsAttributionTail(ReadOnlySpan<char> w) => w is "on" or "earlier" or "later" or "this" or "last" or "week" or "month" or "year" or "today"
        or "yesterday" or "in" or "a" or "statement" || char.IsUpper(w[0]) && DateFinder.IsWeekday(w);

    // X said (that) “…” / according to X, … “…” / X told the paper that “…”.
    private static string? SpeakerBefore(Document d, int open, Speakers speakers)
    {
        int sentence = d.SentenceOfToken(open);
        if (sentence < 0) return null;
        int first = d.Sentences[sentence].FirstToken;
        for (int j = open - 1; j >= first; j--)
        {
            if (d.Tokens[j].Kind == TokenKind.Quote) break;
            var w = d.TextOf(j);
            if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && j + 2 < open)
                return SpeakerNear(d, j + 2, j + 2, Math.Min(open, j + 6), speakers);
            if (PersonFinder.IsSpeechVerb(w)) return SpeakerNear(d, j, first, j, speakers);
        }
        // "According to X" opening the sentence.
        if (d.TextOf(first).Equals("according", StringComparison.OrdinalIgnoreCase)) return SpeakerNear(d, first + 2, first + 2, Math.Min(open, first + 6), speakers);
        return null;
    }

    // The person nearest to token <at> within [from, to]; when none is, the named state or organisation that speaks:
    // the subject right before the speech verb at <at> ("North Korea said", "a State Department official told") or the
    // name right after it ("said North Korea's foreign ministry").
    private static string? SpeakerNear(Document d, int at, int from, int to, Speakers speakers, int antecedentsBefore = int.MaxValue)
    {
        if (PersonNear(d, at, from, to, speakers.PersonAt, antecedentsBefore) is { } person) return person.Name;
        if (!PersonFinder.IsSpeechVerb(d.TextOf(at))) return null;
        // Only an inverted attribution ("…,” said X) names the speaker after the verb; "told X" names the listener.
        bool inverted = at > 0 && (d.Tokens[at - 1].Kind == TokenKind.Quote || d.TextOf(at - 1) is ",");
        for (int j = at + 1; inverted && j <= at + 2 && j < d.Tokens.Length; j++)
        {
            if (speakers.OrganisationAt.TryGetValue(j, out var after)) return after.Name;
            if (d.TextOf(j) is not ("the" or "The")) break;
        }
        // Names that end at most four words before the verb start within a few words more: look only there, not at every
        // name of the story.
        for (int first = Math.Max(0, at - 16); first < at; first++)
            if (speakers.OrganisationAt.TryGetValue(first, out var named) && named.End <= at && IsSubjectOf(d, named.End, at)) return named.Name;
        return null;
    }

    // Between a name ending at <end> and the verb at <verb>, only a possessive head noun ("'s foreign ministry"), a title
    // ("official", "spokesperson"), adverbs and auxiliaries: no other verb, quotation or clause.
    private static bool IsSubjectOf(Document d, int end, int verb)
    {
        if (verb - end > 4) return false;
        for (int j = end; j < verb; j++)
        {
            if (d.Tokens[j].Kind is TokenKind.Quote || d.TextOf(j) is "," or "and" or "that" or "which" or "who") return false;
            if (d.Tags[j] is PartOfSpeech.Verb or PartOfSpeech.Preposition) return false;
        }
        return true;
    }

    // "X called for a “swift response”", "X, posting online, called the drill a “grave provocation”": with no speech verb,
    // words quoted inside a person's own clause are theirs. The person must open the sentence (after an opening phrase) and
    // a verb must follow them before the quotation.
    private static PersonName? SubjectBefore(Document d, int open, Dictionary<int, PersonName> personAt)
    {
        int sentence = d.SentenceOfToken(open);
        if (sentence < 0) return null;
        int first = d.Sentences[sentence].FirstToken;
        int start = first;
        // An opening phrase up to its comma ("On Friday, …", "Since August, when …") is skipped.
        if (d.Tags[first] is PartOfSpeech.Preposition or PartOfSpeech.Subordinator or PartOfSpeech.Adverb)
        {
            while (start < open && d.TextOf(start) is not ",") start++;
            start++;
        }
        if (start >= open) return null;
        PersonName? person = null;
        int at = start;
        // A title may come first: "Defense Minister X called …".
        for (; at < open && at < start + 4 && person is null; at++)
        {
            // "X's spokesman, Y, …": a possessor is not the subject.
            if (personAt.TryGetValue(at, out var named)) person = IsPossessor(d, at, named) ? null : named;
            else if (d.TextOf(at) is "He" or "She" or "he" or "she") person = LastPersonBefore(d, at, personAt);
            else if (d.Tags[at] is PartOfSpeech.Verb) return null;
        }
        if (person is null) return null;
        // A speech verb anywhere in the sentence names who speaks; that it found no one is no licence to guess.
        for (int j = first; j < d.Sentences[sentence].EndToken; j++)
            if (PersonFinder.IsSpeechVerb(d.TextOf(j))) return null;
        for (int j = at; j < open; j++)
        {
            if (d.Tokens[j].Kind == TokenKind.Quote) return null;
            if (d.Tags[j] == PartOfSpeech.Verb) return person;
        }
        return null;
    }

    private static bool IsPossessor(Document d, int first, PersonName person)
    {
        foreach (var (start, end) in person.Mentions)
            if (start == first) return end < d.Tokens.Length && d.TextOf(end) is "'s" or "’s";
        return false;
    }

    // The person named or referred to ("he") nearest to token <at>, within [from, to]. A pronoun after the quotation refers to
    // someone named before it (before <antecedentsBefore>), not to a name inside the quoted words.
    private static PersonName? PersonNear(Document d, int at, int from, int to, Dictionary<int, PersonName> personAt, int antecedentsBefore = int.MaxValue)
    {
        PersonName? best = null;
        int bestDistance = int.MaxValue;
        for (int j = Math.Max(0, from); j <= to && j < d.Tokens.Length; j++)
        {
            PersonName? p = null;
            if (personAt.TryGetValue(j, out var named)) p = named;
            else if (d.TextOf(j) is "he" or "He" or "she" or "She") p = LastPersonBefore(d, Math.Min(j, antecedentsBefore), personAt);
            if (p is null) continue;
            int distance = Math.Abs(j - at);
            if (distance < bestDistance) { best = p; bestDistance = distance; }
        }
        return best;
    }

    // The person "he" or "she" at <token> refers to: the last one named before it, passing over possessors ("fears that
    // Trump's tariffs …, he said" speaks of the tariffs' owner, not as him) unless no one else is named.
    private static PersonName? LastPersonBefore(Document d, int token, Dictionary<int, PersonName> personAt)
    {
        PersonName? possessor = null;
        for (int j = token - 1; j >= 0; j--)
        {
            if (!personAt.TryGetValue(j, out var p)) continue;
            if (!IsPossessor(d, j, p)) return p;
            possessor ??= p;
        }
        return possessor;
    }
}
