using Entente.Actors;
using Entente.Articles;
using Entente.Language;

namespace Entente;

/// <summary>
/// An article's text with the layers the stages add: tokens, sentences, tags, names, dates, quotes and actors.
/// Each layer is set once by the stage that owns it; later stages read it and never change it.
/// </summary>
public sealed class Document
{
    private Token[] _tokens = [];
    private Sentence[] _sentences = [];
    private PartOfSpeech[] _tags = [];
    private IReadOnlyList<ActorMention> _actors = [];
    private IReadOnlyList<PersonName> _people = [];
    private IReadOnlyList<Quotation> _quotes = [];
    private IReadOnlyList<DateMention> _dates = [];
    private Chunk[] _chunks = [];
    private IReadOnlyList<NamedEntity> _entities = [];
    private SyntaxLayer? _syntax;

    /// <summary>Creates the document of <paramref name="article"/>.</summary>
    internal Document(Article article)
    {
        Article = article;
        Text = article.Text;
    }

    /// <summary>The article read.</summary>
    public Article Article { get; }

    /// <summary>The cleaned text all spans refer to.</summary>
    public string Text { get; }

    /// <summary>The publication date: the article's, or one the language layer found in the text.</summary>
    public DateOnly? Published { get; internal set; }

    /// <summary>Tokens, in text order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    /// <summary>Tokens as an array (for stages that keep them).</summary>
    internal Token[] TokenArray => _tokens;

    /// <summary>Sentences, in text order.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences;

    /// <summary>Sentences as an array.</summary>
    internal Sentence[] SentenceArray => _sentences;

    /// <summary>Part-of-speech tags, one per token.</summary>
    internal ReadOnlySpan<PartOfSpeech> Tags => _tags;

    /// <summary>The dependency layer: universal and Penn tags, lemmas, and each token's head and relation (null before the language stage).</summary>
    internal SyntaxLayer? Syntax => _syntax;

    /// <summary>Actor mentions resolved to codes, in text order.</summary>
    public IReadOnlyList<ActorMention> Actors => _actors;

    /// <summary>Named entities (people, organisations, places), in text order.</summary>
    internal IReadOnlyList<NamedEntity> Entities => _entities;

    /// <summary>Named people, with every mention linked to the person.</summary>
    public IReadOnlyList<PersonName> People => _people;

    /// <summary>Noun-phrase and verb-group chunks, in text order.</summary>
    internal ReadOnlySpan<Chunk> Chunks => _chunks;

    /// <summary>Date expressions with the dates they stand for.</summary>
    public IReadOnlyList<DateMention> Dates => _dates;

    /// <summary>The first verb or auxiliary of <paramref name="sentence"/>, or its end token when it has none.</summary>
    internal int FirstVerbOf(Sentence sentence)
    {
        int verb = sentence.FirstToken;
        while (verb < sentence.EndToken && _tags[verb] is not (PartOfSpeech.Verb or PartOfSpeech.Auxiliary)) verb++;
        return verb;
    }

    /// <summary>The date expression covering token <paramref name="token"/>, or null.</summary>
    internal DateMention? DateAt(int token)
    {
        // By index: a foreach over the interface would allocate an enumerator on every call (the coder asks of many tokens).
        for (int i = 0; i < _dates.Count; i++)
            if (_dates[i].FirstToken <= token && token < _dates[i].EndToken) return _dates[i];
        return null;
    }

    /// <summary>Direct and indirect quotations with their speakers.</summary>
    public IReadOnlyList<Quotation> Quotes => _quotes;

    /// <summary>The text of a token.</summary>
    public ReadOnlySpan<char> TextOf(in Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>The text of token <paramref name="index"/>.</summary>
    // Inlined: the rules and matchers ask it millions of times a run (2% of a short run's instructions went to the call).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> TextOf(int index)
    {
        ref readonly var token = ref _tokens[index];
        return Text.AsSpan(token.Start, token.Length);
    }

    /// <summary>True when token <paramref name="index"/> is a hyphen written against the words either side of it
    /// ("Kassym-Jomart", "IRIS-T"), not a dash set apart by spaces.</summary>
    public bool IsJoiningHyphen(int index) =>
        index > 0 && index + 1 < _tokens.Length && TextOf(index) is "-"
        && _tokens[index - 1].End == _tokens[index].Start && _tokens[index].End == _tokens[index + 1].Start;

    /// <summary>The text of a span.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The text covered by tokens [<paramref name="first"/>, <paramref name="end"/>).</summary>
    public string SliceTokens(int first, int end) => end <= first ? "" : Text[_tokens[first].Start.._tokens[end - 1].End];

    /// <summary>Sets the token layer (once).</summary>
    internal void SetTokens(Token[] tokens) => _tokens = SetOnce(_tokens, tokens, nameof(Tokens));

    /// <summary>Sets the sentence layer (once).</summary>
    internal void SetSentences(Sentence[] sentences) => _sentences = SetOnce(_sentences, sentences, nameof(Sentences));

    /// <summary>Sets the tag layer (once).</summary>
    internal void SetTags(PartOfSpeech[] tags) => _tags = SetOnce(_tags, tags, nameof(Tags));

    /// <summary>Sets the dependency layer (once).</summary>
    internal void SetSyntax(SyntaxLayer syntax)
    {
        if (_syntax is not null) throw new InvalidOperationException("The Syntax layer is already set.");
        _syntax = syntax;
    }

    /// <summary>Sets the actor layer (once).</summary>
    internal void SetActors(IReadOnlyList<ActorMention> actors) => _actors = SetOnce(_actors, actors, nameof(Actors));

    /// <summary>Sets the entity layer (once).</summary>
    internal void SetEntities(IReadOnlyList<NamedEntity> entities) => _entities = SetOnce(_entities, entities, nameof(Entities));

    /// <summary>Sets the people layer (once).</summary>
    internal void SetPeople(IReadOnlyList<PersonName> people) => _people = SetOnce(_people, people, nameof(People));

    /// <summary>Sets the chunk layer (once).</summary>
    internal void SetChunks(Chunk[] chunks) => _chunks = SetOnce(_chunks, chunks, nameof(Chunks));

    /// <summary>Sets the date layer (once).</summary>
    internal void SetDates(IReadOnlyList<DateMention> dates) => _dates = SetOnce(_dates, dates, nameof(Dates));

    /// <summary>Sets the quotation layer (once).</summary>
    internal void SetQuotes(IReadOnlyList<Quotation> quotes) => _quotes = SetOnce(_quotes, quotes, nameof(Quotes));

    private static T SetOnce<T>(T current, T value, string layer) where T : class
    {
        if (current is System.Collections.ICollection { Count: > 0 })
            throw new InvalidOperationException($"The {layer} layer is already set.");
        return value;
    }

    /// <summary>The index of the sentence that holds token <paramref name="token"/>.</summary>
    public int SentenceOfToken(int token) => Sentence.IndexOf(_sentences, token);

    /// <summary>The index of the token that covers text offset <paramref name="offset"/>, or -1 when none does.</summary>
    internal int TokenAt(int offset)
    {
        var tokens = Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (tokens[mid].End <= offset) lo = mid + 1; else hi = mid; }
        return lo < tokens.Length && tokens[lo].Start <= offset ? lo : -1;
    }
}
