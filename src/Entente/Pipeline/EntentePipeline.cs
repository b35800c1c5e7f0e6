using Entente.Actors;
using Entente.Articles;
using Entente.Events;
using Entente.Events.Coding;
using Entente.Language;
using Entente.Language.Syntax;

namespace Entente.Pipeline;

/// <summary>
/// The whole pipeline from an article to its events: a list of document stages (tokens, syntax, dates, actors), then
/// the event coder. Dictionaries and models load once; <see cref="Process"/> is thread-safe, so one instance serves
/// parallel articles.
/// </summary>
public sealed class EntentePipeline
{
    private readonly IDocumentStage[] _stages;
    private readonly int _languageStages;
    private readonly EventCoder _coder;
    private readonly IEventStage[] _eventStages;

    /// <summary>The actor dictionary in use.</summary>
    internal ActorDictionary Dictionary { get; }

    /// <summary>The event lexicon in use.</summary>
    internal EventLexicon Lexicon { get; }

    /// <summary>Which events <see cref="Process"/> returns.</summary>
    public EventFilter Filter { get; init; } = EventFilter.Default;

    /// <summary>The stages in the order they run.</summary>
    internal IReadOnlyList<IDocumentStage> Stages => _stages;

    /// <summary>The stages that run on a document's coded events, in order (coreference).</summary>
    internal IReadOnlyList<IEventStage> EventStages => _eventStages;

    /// <summary>Builds the pipeline over the trained tagger and parser in <paramref name="syntax"/>.</summary>
    internal EntentePipeline(ActorDictionary dictionary, EventLexicon lexicon, CodingWords codingWords, SyntaxModel syntax,
        ImplicitTargets? implicitTargets = null)
        : this(dictionary, lexicon, codingWords, () => syntax, implicitTargets)
    {
    }

    /// <summary>
    /// Builds the pipeline, asking <paramref name="awaitSyntax"/> for the models only once everything that does not need
    /// them is built: the name gazetteer, the token stage's names and the coder are made while the models still load on
    /// another thread (on two cores, start-up was waiting for the models and then building these).
    /// </summary>
    private EntentePipeline(ActorDictionary dictionary, EventLexicon lexicon, CodingWords codingWords, Func<SyntaxModel> awaitSyntax,
        ImplicitTargets? implicitTargets)
    {
        Dictionary = dictionary;
        Lexicon = lexicon;
        var gazetteer = NameGazetteer.Of(dictionary.NameWordHashes, dictionary.Demonyms);
        _coder = new EventCoder(lexicon, codingWords, implicitTargets ?? ImplicitTargets.Load());
        var tokens = new TokenStage(dictionary.OneWordStates);
        var actors = new ActorStage(new ActorResolver(dictionary));
        var tags = new SyntaxStage(new SyntaxAnnotator(awaitSyntax(), gazetteer));
        _stages = [tokens, tags, new DateStage(), actors];
        _languageStages = 3;
        _eventStages = [new CoreferenceStage()];
    }

    private EntentePipeline(EntentePipeline other, EventFilter filter, EventCoder? coder = null)
    {
        Dictionary = other.Dictionary;
        Lexicon = other.Lexicon;
        _stages = other._stages;
        _languageStages = other._languageStages;
        _coder = coder ?? other._coder;
        _eventStages = other._eventStages;
        Filter = filter;
    }

    /// <summary>The same pipeline (sharing its loaded dictionaries and models) with another event filter.</summary>
    public EntentePipeline WithFilter(EventFilter filter) => new(this, filter);

    /// <summary>
    /// The same pipeline with a coder that codes every sentence with actors, even those no word of which could start an
    /// event (which the default coder passes over unparsed): for tests, whose events must be the same.
    /// </summary>
    internal EntentePipeline CodingEverySentence() => new(this, Filter, _coder.CodingEverySentence());

    /// <summary>
    /// Builds the pipeline with the dictionaries shipped in the data folder, plus user dictionaries. Models are read from
    /// the folder's <c>models/</c>, or the shipped ones when it has none.
    /// </summary>
    public static EntentePipeline CreateDefault(string? dataFolder = null, IEnumerable<string>? extraActors = null, IEnumerable<string>? extraLexicons = null)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "data");
        var root = dataFolder ?? shipped;
        var models = Path.Combine(root, "models");
        if (!Directory.Exists(models)) models = Path.Combine(shipped, "models");
        // A data folder copied before the coding rules' word lists existed still works with the shipped lists.
        var words = Path.Combine(root, "events", CodingWords.FileName);
        if (!File.Exists(words)) words = Path.Combine(shipped, "events", CodingWords.FileName);
        // The models and the event lexicon load on other threads while the actor dictionary loads on this one: start-up
        // is the part of a run that more cores cannot share out.
        var syntax = Task.Run(() => SharedModels.Get(models));
        var events = Task.Run(() => (EventLexicon.Load(Path.Combine(root, "events"), extraLexicons), CodingWords.Load(words),
            ImplicitTargets.Load(Path.Combine(root, "events"))));
        var dictionary = ActorDictionary.LoadDefault(root, extraActors);
        var (lexicon, codingWords, implicitTargets) = events.GetAwaiter().GetResult();
        return new EntentePipeline(dictionary, lexicon, codingWords, () => syntax.GetAwaiter().GetResult(), implicitTargets);
    }

    /// <summary>Runs every document stage: a document with every layer set.</summary>
    public Document Read(Article article) => Run(article, _stages.Length);

    /// <summary>Runs the language stages only: tokens, sentences, tags, trees, dates (no names, actors or quotes).</summary>
    public Document ReadLanguage(Article article) => Run(article, _languageStages);

    private Document Run(Article article, int stages)
    {
        var document = new Document(article) { Published = article.Published };
        for (int s = 0; s < stages; s++) _stages[s].Process(document);
        return document;
    }

    /// <summary>Codes every event of a read document, whatever its mode, then runs the event stages on them.</summary>
    public List<Event> CodeAll(Document document)
    {
        var events = _coder.Code(document);
        foreach (var stage in _eventStages) events = stage.Process(document, events);
        return events;
    }

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

/// <summary>Models load once per folder and process: every pipeline built over the same folder shares them.</summary>
internal static class SharedModels
{
    private static readonly Dictionary<string, SyntaxModel> Loaded = new(StringComparer.Ordinal);

    public static SyntaxModel Get(string folder)
    {
        var key = Path.GetFullPath(folder);
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(key, out var model)) Loaded[key] = model = SyntaxModel.Load(key);
            return model;
        }
    }
}
