using Entente.Actors;
using Entente.Articles;
using Entente.Events;
using Entente.Language;

namespace Entente.Pipeline;

/// <summary>
/// The whole pipeline from an article to its events: tokens and sentences, tags, actors, events.
/// Dictionaries load once; <see cref="Process"/> is thread-safe, so one instance serves parallel articles.
/// </summary>
public sealed class EntentePipeline
{
    private readonly Tagger _tagger;
    private readonly ActorResolver _actors;
    private readonly EventCoder _coder;

    /// <summary>The actor dictionary in use.</summary>
    public ActorDictionary Dictionary { get; }

    /// <summary>The event lexicon in use.</summary>
    public EventLexicon Lexicon { get; }

    /// <summary>Which events <see cref="Process"/> returns.</summary>
    public EventFilter Filter { get; init; } = EventFilter.Default;

    /// <summary>Builds the pipeline over loaded dictionaries.</summary>
    public EntentePipeline(ActorDictionary dictionary, EventLexicon lexicon)
    {
        Dictionary = dictionary;
        Lexicon = lexicon;
        _tagger = new Tagger(lexicon.Inflector, lexicon.VerbLemmas);
        _actors = new ActorResolver(dictionary);
        _coder = new EventCoder(lexicon);
    }

    /// <summary>The same pipeline (sharing its loaded dictionaries) with another event filter.</summary>
    public EntentePipeline WithFilter(EventFilter filter) => new(Dictionary, Lexicon, _tagger, _actors, _coder) { Filter = filter };

    private EntentePipeline(ActorDictionary dictionary, EventLexicon lexicon, Tagger tagger, ActorResolver actors, EventCoder coder)
    {
        Dictionary = dictionary;
        Lexicon = lexicon;
        _tagger = tagger;
        _actors = actors;
        _coder = coder;
    }

    /// <summary>Builds the pipeline with the dictionaries shipped in the data folder, plus user dictionaries.</summary>
    public static EntentePipeline CreateDefault(string? dataFolder = null, IEnumerable<string>? extraActors = null, IEnumerable<string>? extraLexicons = null)
    {
        var root = dataFolder ?? Path.Combine(AppContext.BaseDirectory, "data");
        return new EntentePipeline(ActorDictionary.LoadDefault(root, extraActors), EventLexicon.Load(Path.Combine(root, "events"), extraLexicons));
    }

    /// <summary>Runs the language and actor stages: a document with every layer set.</summary>
    public Document Read(Article article)
    {
        var document = ReadLanguage(article);
        _actors.Process(document);
        return document;
    }

    /// <summary>Runs the language stages only: tokens, sentences, tags, chunks, dates (no names, actors or quotes).</summary>
    public Document ReadLanguage(Article article)
    {
        var document = new Document(article) { Published = article.Published ?? PublicationDate.Find(article.Text) };
        var tokens = Tokenizer.Tokenize(article.Text);
        document.SetTokens(tokens);
        document.SetSentences(SentenceCap.Apply(SentenceSplitter.Split(article.Text, tokens), article.Text, tokens));
        _tagger.Process(document);
        document.SetChunks(Chunker.Chunk(document));
        document.SetDates(DateFinder.Find(document));
        return document;
    }

    /// <summary>Codes every event of a read document, whatever its mode.</summary>
    public List<Event> CodeAll(Document document) => _coder.Code(document);

    /// <summary>Reads one article through every stage and returns the events <see cref="Filter"/> keeps.</summary>
    public ArticleResult Process(Article article)
    {
        var document = Read(article);
        var events = CodeAll(document).Where(Filter.Keeps).ToList();
        var sentences = new TextSpan[document.Sentences.Length];
        for (int i = 0; i < sentences.Length; i++) sentences[i] = document.Sentences[i].Span;
        return new ArticleResult(article, sentences, events) { Document = document };
    }
}
