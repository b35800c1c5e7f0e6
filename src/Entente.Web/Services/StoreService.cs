using System.Collections.Concurrent;
using Entente.Actors;
using Entente.Articles;
using Entente.Model;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Web.Services;

/// <summary>
/// The server's access to the store: one <see cref="EventStore"/> for writes (serialised), a fresh read-only
/// <see cref="StoreReader"/> per request, and the pipeline (loaded once, in the background) for ingestion and for
/// the people, quotations and actor mentions of the article view.
/// </summary>
internal sealed class StoreService : IDisposable
{
    private readonly EventStore _store;
    private readonly ModelStore _model;
    private bool _modelStale = true;
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly Lazy<EntentePipeline> _pipeline;
    private readonly ConcurrentDictionary<string, Document> _analyses = new(StringComparer.Ordinal);

    public StoreService(ServerOptions options)
    {
        Path = options.DatabasePath;
        _store = EventStore.Open(options.DatabasePath);
        _model = ModelStore.Open(options.DatabasePath);
        _pipeline = new Lazy<EntentePipeline>(() => EntentePipeline.CreateDefault(options.DataFolder), LazyThreadSafetyMode.ExecutionAndPublication);
        // Load the dictionaries while the server starts, so the first request does not wait for them.
        _ = Task.Run(() => _pipeline.Value);
    }

    public string Path { get; }

    public EntentePipeline Pipeline => _pipeline.Value;

    public ActorDictionary Dictionary => _pipeline.Value.Dictionary;

    public StoreReader Reader() => StoreReader.Open(Path);

    /// <summary>Codes and stores articles in one transaction; only one write runs at a time.</summary>
    public async Task<IngestResult> IngestAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var results = articles.Select(a => Pipeline.Process(a)).ToList();
        await _write.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = _store.Ingest(results);
            foreach (var a in articles) _analyses.TryRemove(a.Id, out _);
            _modelStale = true;
            return result;
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="query"/> on the alliance model's tables (acts merged across articles), first bringing
    /// them up to date with the stored events when something was ingested since. Serialised with the writes, since
    /// the model store is one connection that a refresh writes through.
    /// </summary>
    public async Task<T> QueryModelAsync<T>(Func<ModelStore, T> query, CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_modelStale)
            {
                _model.Refresh();
                _modelStale = false;
            }
            return query(_model);
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>The article's document with every layer (people, quotes, actors), from the stored text; cached.</summary>
    public Document Analyse(ArticleDetail article)
    {
        string key = article.Info.Id;
        if (_analyses.TryGetValue(key, out var cached) && cached.Text == article.Text) return cached;
        var published = DateOnly.TryParseExact(article.Info.Published, "yyyy-MM-dd", out var p) ? p : (DateOnly?)null;
        var document = Pipeline.Read(new Article(article.Info.Id, article.Text) { Published = published, Title = article.Info.Title });
        if (_analyses.Count > 256) _analyses.Clear();
        _analyses[key] = document;
        return document;
    }

    /// <summary>The dictionary's name and kind for a code: "South Korea", "state"; nulls when unknown.</summary>
    public (string? Name, string Kind) Describe(string code)
    {
        var entry = Dictionary.ByCode(code);
        return entry is null ? (null, "unknown") : (entry.Name, entry.Kind == ActorEntryKind.State ? "state" : "organisation");
    }

    public void Dispose()
    {
        _model.Dispose();
        _store.Dispose();
        _write.Dispose();
    }
}
