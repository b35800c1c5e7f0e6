using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// What a reader of an article remembers at one token: the actors named so far (in order), which of them were named
/// inside quotation marks, whether the reader is inside a quotation now, the sentence and the story's main state.
/// Each <see cref="IDiscourseRule"/> reads it and adds the references it resolves.
/// </summary>
internal sealed class DiscourseContext
{
    private readonly HashSet<int> _quoted = [];

    internal DiscourseContext(Document document, ActorDictionary? dictionary, IReadOnlyList<PersonName> people, List<ActorMention> mentions)
    {
        Document = document;
        Dictionary = dictionary;
        People = people;
        Names = mentions;
        (Focus, FocusIsClear) = FocusState(mentions);
        // The state the story was filed from, when the text names it too.
        if (dictionary is not null && ActorResolver.DatelineState(document, dictionary) is { } filed)
            FiledFrom = mentions.Find(m => m.Kind == MentionKind.Name && m.Actor.Code == filed);
        foreach (var m in mentions)
            if (m.Actor.Code.Value is "PRK" or "KOR" or "SDN" or "SSD") DividedCodes.Add(m.Actor.Code.Value);
    }

    /// <summary>The article.</summary>
    public Document Document { get; }

    /// <summary>The actor and office dictionary, when one is loaded.</summary>
    public ActorDictionary? Dictionary { get; }

    /// <summary>The people of the story.</summary>
    public IReadOnlyList<PersonName> People { get; }

    /// <summary>Every name the dictionary found in the article, before and after the word being read, in token order.</summary>
    public IReadOnlyList<ActorMention> Names { get; }

    /// <summary>Actors (not places) in the order they were named.</summary>
    public List<ActorMention> Recent { get; } = [];

    /// <summary>The last place named (a place between an island state and "the island" makes "the island" unsure).</summary>
    public ActorMention? LastPlace { get; internal set; }

    /// <summary>The story's main state: the one named most often.</summary>
    public ActorCode? Focus { get; }

    /// <summary>The first name in the text of the state of the dateline's place ("SEOUL (Yonhap) —"); null when there is no
    /// dateline or the text does not name that state.</summary>
    public ActorMention? FiledFrom { get; }

    /// <summary>True when the main state is named at least twice and more often than any other.</summary>
    public bool FocusIsClear { get; }

    /// <summary>Which of the divided states' codes (PRK, KOR, SDN, SSD) the story names.</summary>
    public HashSet<string> DividedCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>The sentence being read.</summary>
    public Sentence Sentence { get; internal set; }

    /// <summary>Its index.</summary>
    public int SentenceIndex { get; internal set; }

    /// <summary>True while the reader is inside quotation marks.</summary>
    public bool InQuote { get; internal set; }

    internal void Remember(ActorMention m)
    {
        if (m.EntryKind is ActorEntryKind.Place) { LastPlace = m; return; }
        // "Turkish-made drones … their", "US-backed rebels … they": the pronoun takes up the thing or group, not the actor
        // inside the compound that describes it.
        if (IsCompoundModifier(m)) return;
        Recent.Add(m);
        if (InQuote) _quoted.Add(m.FirstToken);
    }

    private bool IsCompoundModifier(ActorMention m) =>
        DictionaryMatcher.LedBy(Document.TextOf(m.EndToken - 1)).Length > 0;

    /// <summary>True when <paramref name="m"/> was named inside a quotation.</summary>
    public bool WasQuoted(ActorMention m) => _quoted.Contains(m.FirstToken);

    /// <summary>True when <paramref name="m"/> can be the antecedent of a reference read now: a reference outside a
    /// quotation does not point to a name inside one.</summary>
    public bool Reachable(ActorMention m) => InQuote || !WasQuoted(m);

    /// <summary>True when <paramref name="m"/> follows "in" or "at", or closes such a place after a comma ("in Ayacucho, Peru"): named as where something happened.</summary>
    public bool NamedAsPlace(ActorMention m)
    {
        if (m.FirstToken <= 0) return false;
        if (Document.TextOf(m.FirstToken - 1) is "in" or "at") return true;
        // "in Ayacucho, Peru": the state after a comma that closes a named place is where that place lies.
        if (Document.TextOf(m.FirstToken - 1) is not ",") return false;
        for (int k = m.FirstToken - 2, words = 0; k > 0 && words < 4; k--, words++)
        {
            if (Document.Tags[k] != PartOfSpeech.ProperNoun) return false;
            if (Document.TextOf(k - 1) is "in" or "at") return true;
        }
        return false;
    }

    /// <summary>True when token <paramref name="i"/> lies in the sentence and is <paramref name="word"/>, ignoring case.</summary>
    public bool Is(int i, string word) => i >= Sentence.FirstToken && i < Sentence.EndToken && Document.TextOf(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The last actor named before token <paramref name="verb"/> in its sentence, not inside a phrase opened by a
    /// preposition: the verb's subject as the words give it ("Kenya hosted …", "Rubio arrived …"); null when none is.
    /// </summary>
    public ActorMention? SubjectNamedBefore(int verb)
    {
        int sentenceStart = Document.Sentences[Document.SentenceOfToken(verb)].FirstToken;
        ActorMention? subject = null;
        foreach (var m in Recent)
        {
            if (m.FirstToken < sentenceStart || m.EndToken > verb) continue;
            if (m.FirstToken > sentenceStart && Document.Tags[m.FirstToken - 1] == PartOfSpeech.Preposition) continue;
            subject = m;
        }
        return subject;
    }

    /// <summary><paramref name="m"/> when a reference here may take it up (<see cref="Reachable"/>), else null.</summary>
    public ActorMention? ReachableOrNull(ActorMention? m) => m is not null && Reachable(m) ? m : null;

    /// <summary>The sentence index of token <paramref name="token"/>.</summary>
    public int SentenceOf(int token) => Document.SentenceOfToken(token);

    /// <summary>
    /// Adds a reference over tokens [<paramref name="first"/>, first+<paramref name="length"/>) that stands for <paramref name="target"/>'s actor,
    /// with the rule and the antecedent recorded. <paramref name="actor"/> replaces the target's actor when given (an office holder, a sector).
    /// </summary>
    public ActorMention Emit(List<ActorMention> output, int first, int length, ActorMention target, string rule, Actor? actor = null, ActorEntryKind? kind = null)
    {
        var tokens = Document.Tokens;
        var antecedent = Antecedent.Of(Document, target, rule);
        var basis = actor ?? target.Actor;
        var resolved = basis with
        {
            Name = Document.SliceTokens(first, first + length),
            Span = TextSpan.FromBounds(tokens[first].Start, tokens[first + length - 1].End),
            Rule = actor is not null && actor.Rule.Length > 0 ? actor.Rule : $"ref:{rule}→{target.Actor.Name}",
            Antecedent = antecedent,
        };
        var mention = new ActorMention(first, first + length, resolved, MentionKind.Reference, kind ?? target.EntryKind);
        output.Add(mention);
        return mention;
    }

    /// <summary>True when token <paramref name="of"/> is "of" and a gerund follows it in the sentence: "accused the army of
    /// killing civilians" tells the charge, not whose army.</summary>
    public bool OfTellsACharge(int of) =>
        of + 1 < Sentence.EndToken && Document.TextOf(of) is "of" && Document.Tags[of + 1] == PartOfSpeech.Verb
        && Document.TextOf(of + 1).EndsWith("ing", StringComparison.Ordinal);

    private Dictionary<string, Gender>? _genders;

    /// <summary>The sex the story shows for the person <paramref name="m"/> stands for (<see cref="Genders.Of"/>); unknown for a body.</summary>
    public Gender GenderOf(ActorMention m)
    {
        if (m.Actor.Person is not { } name) return Gender.Unknown;
        _genders ??= new(StringComparer.Ordinal);
        if (_genders.TryGetValue(name, out var known)) return known;
        foreach (var p in People)
            if ((p.Known ?? p.Name) == name) return GenderOf(p);
        // An office holder the story does not name ("the president" resolved to the holder): the name alone.
        var byName = Genders.OfName(name, Dictionary);
        _genders[name] = byName;
        return byName;
    }

    /// <summary>The sex the story shows for <paramref name="person"/> (<see cref="Genders.Of"/>), worked out once per article.</summary>
    public Gender GenderOf(PersonName person)
    {
        var name = person.Known ?? person.Name;
        _genders ??= new(StringComparer.Ordinal);
        if (_genders.TryGetValue(name, out var known)) return known;
        var gender = Genders.Of(person, Document, Dictionary);
        _genders[name] = gender;
        return gender;
    }

    /// <summary>The last actor named with code <paramref name="code"/>, or null.</summary>
    public ActorMention? LastOf(ActorCode code)
    {
        for (int k = Recent.Count - 1; k >= 0; k--) if (Recent[k].Actor.Code == code) return Recent[k];
        return null;
    }

    /// <summary>The first mention of the story's main state (the antecedent of a fallback to it).</summary>
    public ActorMention? FocusMention()
    {
        if (Focus is not { } focus) return null;
        foreach (var m in Recent) if (m.Actor.Code == focus && m.Kind == MentionKind.Name) return m;
        return null;
    }

    // The state the story is about: the one named most often (by its name, capital or adjective, or by its bodies, groups
    // and places); clear when named twice and more than any other, or when it is the only state the story names.
    private static (ActorCode?, bool) FocusState(List<ActorMention> mentions)
    {
        var counts = new Dictionary<ActorCode, int>();
        foreach (var m in mentions)
            if (m.Kind == MentionKind.Name && (m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Adjective
                    // "Congo's government", "M23 rebels", "Goma": a state's bodies, groups and places name it too.
                    || m.EntryKind is ActorEntryKind.Institution or ActorEntryKind.Place && m.Actor.IsState))
                counts[m.Actor.Code] = counts.GetValueOrDefault(m.Actor.Code) + 1;
        if (counts.Count == 0) return (null, false);
        var best = counts.MaxBy(kv => kv.Value);
        bool clear = counts.Count == 1 || best.Value >= 2 && counts.Count(kv => kv.Value == best.Value) == 1;
        return (best.Key, clear);
    }
}
