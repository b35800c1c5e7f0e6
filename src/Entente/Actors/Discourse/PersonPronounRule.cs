namespace Entente.Actors.Discourse;

/// <summary>
/// "he", "she", "his", "her", "him": the last person named (for "him", not its own verb's subject), not one named inside a quotation when the pronoun is outside it,
/// nor a possessor when another person is named; after an unnamed speaker described by a role in the same sentence
/// ("the army chief said his forces …"), that speaker.
/// "he" and "she" also become one more mention of that person ("Choi Woo-suk … Choi … he").
/// </summary>
internal sealed class PersonPronounRule : IDiscourseRule
{
    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["he", "she", "him", "his", "her"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var word = c.Document.TextOf(i);
        if (word is "him") return ResolveObject(c, i, output);
        if (word is not ("he" or "He" or "she" or "She" or "his" or "His" or "her" or "Her")) return 0;
        if (word is "His" or "Her" && HonorificLength(c.Document, i) is int honorific and > 0) return ResolveHonorific(c, i, honorific, output);
        var pronoun = Genders.OfPronoun(word);
        // "The Malian army chief said his forces …": the unnamed speaker of this sentence, described by a role, is who
        // the pronoun means — the actor in the description, or none, never a person named sentences before.
        if (!c.InQuote && SpeakerDescribedBefore(c, i, pronoun) is int speechVerb)
        {
            var sentenceStart = c.Document.Sentences[c.SentenceOf(i)].FirstToken;
            for (int k = c.Recent.Count - 1; k >= 0; k--)
            {
                var m = c.Recent[k];
                if (m.FirstToken < sentenceStart) break;
                if (m.EndToken <= speechVerb && m.Kind == MentionKind.Name) { c.Emit(output, i, 1, m, "pronoun:described-speaker"); return 1; }
            }
            return 1;
        }
        // A possessor ("fears that Rutte's warning …, he said") is passed over for the last person named as such, unless
        // no one else is named.
        ActorMention? last = null, possessor = null;
        for (int k = c.Recent.Count - 1; k >= 0 && last is null; k--)
        {
            var m = c.Recent[k];
            if (m.Kind != MentionKind.Person || !c.Reachable(m) || Genders.Disagree(pronoun, c.GenderOf(m))) continue;
            if (m.EndToken < c.Document.Tokens.Length && c.Document.TextOf(m.EndToken) is "'s" or "’s") possessor ??= m;
            else last = m;
        }
        last ??= possessor;
        // "Chile's foreign ministry spokeswoman spoke on Tuesday. She demanded …": an unnamed person described by a role as
        // the subject of the sentence before, with no person named since, is who the pronoun means.
        if (!c.InQuote && DescribedSubjectBefore(c, i, pronoun) is { } described && (last is null || last.FirstToken < described.FirstToken))
        {
            c.Emit(output, i, 1, described, "pronoun:described-person");
            return 1;
        }
        // "Mongolia declined to arrest the Russian leader when he visited": a person described by a role earlier in the
        // pronoun's own sentence, with no person named in it or since, is nearer than anyone named sentences before.
        // (Not "his"/"her": "the Turkish president hosted his Azerbaijani counterpart" is his own.)
        if (word is "he" or "He" or "she" or "She" && !c.InQuote && (last is null || c.SentenceOf(last.FirstToken) < c.SentenceOf(i))
            && !PersonNamedIn(c, c.Document.Sentences[c.SentenceOf(i)].FirstToken, i) && DescribedInSentence(c, i, subject: -1, pronoun) is { } inSentence)
        {
            c.Emit(output, i, 1, inSentence, DescribedInSentenceRule);
            return 1;
        }
        if (last is null) return 1;
        // "Rubio held talks with the emir, Sheikh Tamim, in Doha. He thanked Qatar …": a sentence opened by "he" or "she"
        // goes on about the person the sentence before was about — its subject — rather than one named later in it.
        if (word is "He" or "She" && !c.InQuote && SubjectPersonBefore(c, i) is { } subjectPerson && !Genders.Disagree(pronoun, c.GenderOf(subjectPerson)) && subjectPerson.FirstToken < last.FirstToken)
            last = subjectPerson;
        // "Lai, a publisher …, stands accused. He rejects the charges": a person named since, whose country is unknown, is
        // who the pronoun means; it then stands for no actor rather than for someone named before.
        if (UncodedPersonSince(c, last.FirstToken, i, pronoun)) return 1;
        c.Emit(output, i, 1, last, "pronoun:person");
        // ("his" and "her" modify another noun: "his deputy said" is the deputy speaking, not one more mention of him.)
        if (word is "he" or "He" or "she" or "She") AddMention(c, last.FirstToken, i);
        return 1;
    }

    /// <summary>The rule name when an honorific ("His Royal Highness") stands for the person it was first given to.</summary>
    public const string HonorificRule = "pronoun:honorific";

    // "His Royal Highness", "Her Majesty", "His Excellency", "His Holiness": the number of words of a form of address opened
    // by a capitalised possessive at i, or 0.
    private static int HonorificLength(Document d, int i)
    {
        int k = i + 1;
        if (k < d.Tokens.Length && d.TextOf(k) is "Royal" or "Imperial" or "Serene") k++;
        return k < d.Tokens.Length && d.TextOf(k) is "Highness" or "Majesty" or "Excellency" or "Holiness" ? k - i + 1 : 0;
    }

    // A form of address is a title, not a pronoun: before a name ("His Royal Highness Prince Faisal") it is that name's, and
    // alone ("His Royal Highness welcomed …") it stands for the last person first addressed so, or for no one.
    private static int ResolveHonorific(DiscourseContext c, int i, int length, List<ActorMention> output)
    {
        var d = c.Document;
        int after = i + length;
        if (after < d.Tokens.Length && d.Tags[after] == Language.PartOfSpeech.ProperNoun) return length;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.Kind != MentionKind.Person || !c.Reachable(m)) continue;
            // The form of address opens the name's run of titles and name words ("His Royal Highness Prince Mohammed bin …").
            for (int t = Math.Max(0, m.FirstToken - 8); t < m.FirstToken; t++)
                if (d.TextOf(t).SequenceEqual(d.TextOf(i)) && HonorificLength(d, t) == length && d.TextOf(t + length - 1).SequenceEqual(d.TextOf(i + length - 1)))
                {
                    c.Emit(output, i, length, m, HonorificRule);
                    return length;
                }
        }
        return length;
    }

    // "Tsai hosted him": an object pronoun is never its own verb's subject, so the last person named other than that subject.
    private static int ResolveObject(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        int subject = -1;
        if (d.Syntax is { } tree && tree.HeadOf(i) is int verb and >= 0)
            foreach (int child in tree.ChildrenOf(verb))
                if (tree.RelationOf(child) is Language.DependencyRelation.Nsubj) subject = child;
        // "Chile expelled Peru's ambassador, accusing him of spying": an unnamed person described by a role earlier in the
        // sentence, after any person named, is who the pronoun means.
        var described = DescribedInSentence(c, i, subject, Gender.Male);
        // "Zelenskyy thanked him": nor is it that subject's person named earlier in full.
        string? subjectPerson = null;
        foreach (var m in c.Recent)
            if (subject >= m.FirstToken && subject < m.EndToken && m.Kind == MentionKind.Person) subjectPerson = m.Actor.Person;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.Kind != MentionKind.Person || !c.Reachable(m) || m.FirstToken > i || Genders.Disagree(Gender.Male, c.GenderOf(m))) continue;
            if (subject >= m.FirstToken && subject < m.EndToken || subjectPerson is not null && m.Actor.Person == subjectPerson) continue;
            if (described is not null && m.FirstToken < described.FirstToken) break;
            if (UncodedPersonSince(c, m.FirstToken, i, Gender.Male)) return 1;
            c.Emit(output, i, 1, m, "pronoun:person");
            return 1;
        }
        if (described is not null) c.Emit(output, i, 1, described, DescribedObjectRule);
        return 1;
    }

    /// <summary>The rule name when an object pronoun takes a person described by a role in its own sentence.</summary>
    public const string DescribedObjectRule = "pronoun:described-object";

    /// <summary>The rule name when a subject pronoun takes a person described by a role earlier in its own sentence.</summary>
    public const string DescribedInSentenceRule = "pronoun:described-in-sentence";

    // The actor named right before a singular role word earlier in the pronoun's sentence ("Peru's ambassador", "the
    // Peruvian envoy"), when that word is not the pronoun's own verb's subject and no person is named from it on; else null.
    private static ActorMention? DescribedInSentence(DiscourseContext c, int pronoun, int subject, Gender gender)
    {
        var d = c.Document;
        int start = d.Sentences[c.SentenceOf(pronoun)].FirstToken;
        for (int r = pronoun - 1; r > start; r--)
        {
            if (!IsSingularRole(d.TextOf(r))) continue;
            if (r == subject || Genders.Disagree(gender, Genders.OfWord(d.TextOf(r))) || PersonNamedIn(c, r - 3, pronoun)) return null;
            for (int k = c.Recent.Count - 1; k >= 0; k--)
            {
                var m = c.Recent[k];
                if (m.EndToken > r) continue;
                if (m.FirstToken < start || m.EndToken < r - 3 || m.Kind != MentionKind.Name || !c.Reachable(m)) return null;
                for (int j = m.EndToken; j < r; j++)
                    if (d.Tags[j] is not (Language.PartOfSpeech.Adjective or Language.PartOfSpeech.Noun or Language.PartOfSpeech.Possessive or Language.PartOfSpeech.ProperNoun)) return null;
                return m;
            }
            return null;
        }
        return null;
    }

    // The speech verb of this sentence before the pronoun whose subject ends in a singular role word ("the army chief
    // said"), with no person named in that subject; else null.
    private static int? SpeakerDescribedBefore(DiscourseContext c, int pronoun, Gender gender)
    {
        var d = c.Document;
        int start = d.Sentences[c.SentenceOf(pronoun)].FirstToken;
        for (int v = start + 2; v < pronoun; v++)
        {
            if (!PersonFinder.IsSpeechVerb(d.TextOf(v))) continue;
            if (!IsSingularRole(d.TextOf(v - 1)) || PersonNamedIn(c, start, v) || Genders.Disagree(gender, Genders.OfWord(d.TextOf(v - 1)))) return null;
            return v;
        }
        return null;
    }

    // The actor in the subject of the sentence before the pronoun's when that subject is a person described by a singular
    // role word right before the verb ("Peru's deputy foreign minister said", "the Chilean army spokesman told"), with no
    // person named in it; else null.
    private static ActorMention? DescribedSubjectBefore(DiscourseContext c, int pronoun, Gender gender)
    {
        var d = c.Document;
        int index = c.SentenceOf(pronoun);
        if (index < 1) return null;
        var previous = d.Sentences[index - 1];
        int verb = d.FirstVerbOf(previous);
        if (verb >= previous.EndToken || verb - 2 < previous.FirstToken) return null;
        if (!IsSingularRole(d.TextOf(verb - 1)) || PersonNamedIn(c, previous.FirstToken, pronoun) || Genders.Disagree(gender, Genders.OfWord(d.TextOf(verb - 1)))) return null;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken >= verb - 1) continue;
            if (m.FirstToken < previous.FirstToken) break;
            return m.Kind == MentionKind.Name && c.Reachable(m) ? m : null;
        }
        return null;
    }

    // The person named as the subject of the sentence right before the pronoun's, when the pronoun opens its sentence:
    // the last person mention before that sentence's first verb, with only time words, adverbs or punctuation between.
    private static ActorMention? SubjectPersonBefore(DiscourseContext c, int pronoun)
    {
        var d = c.Document;
        int index = c.SentenceOf(pronoun);
        if (index < 1 || d.Sentences[index].FirstToken != pronoun) return null;
        var previous = d.Sentences[index - 1];
        int verb = d.FirstVerbOf(previous);
        if (verb >= previous.EndToken) return null;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken >= verb) continue;
            if (m.FirstToken < previous.FirstToken || m.Kind != MentionKind.Person || !c.Reachable(m)) return null;
            for (int j = m.EndToken; j < verb; j++)
                if (d.Tags[j] is not (Language.PartOfSpeech.Adverb or Language.PartOfSpeech.Punctuation) && d.DateAt(j) is null) return null;
            return m;
        }
        return null;
    }

    // A role word for one person ("ambassador", "spokeswoman"), not for several.
    private static bool IsSingularRole(ReadOnlySpan<char> word) => RoleWords.IsRole(word) && !word.EndsWith("s");

    // Some person is named at a token of [from, end).
    private static bool PersonNamedIn(DiscourseContext c, int from, int end)
    {
        foreach (var p in c.People)
            foreach (var (first, _) in p.Mentions)
                if (first >= from && first < end) return true;
        return false;
    }

    private static bool UncodedPersonSince(DiscourseContext c, int after, int pronoun, Gender gender)
    {
        foreach (var p in c.People)
        {
            if (p.Code is not null || Genders.Disagree(gender, c.GenderOf(p))) continue;
            foreach (var (first, end) in p.Mentions)
                if (first > after && first < pronoun && !(end < c.Document.Tokens.Length && c.Document.TextOf(end) is "'s" or "’s")) return true;
        }
        return false;
    }

    // The pronoun at i becomes one more mention of the person named at first. Apart from Resolve so that the predicate's
    // capture is allocated only here, not for every word Resolve is asked about.
    private static void AddMention(DiscourseContext c, int first, int i)
    {
        foreach (var p in c.People)
            if (p.Mentions.Exists(x => x.First == first)) { p.Mentions.Add((i, i + 1)); break; }
    }
}
