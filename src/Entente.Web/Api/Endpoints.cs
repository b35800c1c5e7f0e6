using System.Globalization;
using System.Text.Json;
using Entente.Actors;
using Entente.Articles;
using Entente.Events;
using Entente.Model;
using Entente.Storage;
using Entente.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Entente.Web.Api;

/// <summary>The routes of the API under <c>/api</c>.</summary>
internal static class Endpoints
{
    private const int MaxArticlesPerPost = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/health", Health).WithSummary("Store status: counts, date range, event types, whether ingestion is on.");
        api.MapGet("/articles", ListArticles).WithSummary("Articles, newest first; q filters on id, title or source.");
        api.MapGet("/articles/{**id}", GetArticle).WithSummary("One article: text, sentences, events, actor mentions, quotations, people.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/articles", PostArticles).WithSummary("Ingest one article or an array of them (needs the API key).")
            .Accepts<ArticleInputDto>("application/json")
            .Produces<IngestedDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/events", ListEvents).WithSummary("Events filtered by actor, pair, type, mode, dates and sentence text.");
        api.MapGet("/events/{id:long}", GetEvent).WithSummary("One event by id.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/actors", ListActors).WithSummary("Actors of the matching events, most active first.");
        api.MapGet("/actors/{code}", GetActor).WithSummary("One actor: names, people and offices, partners, adversaries, recent events.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/relations", ListRelations).WithSummary("Actor pairs with their volume and tone, and the change against the previous period.");
        api.MapGet("/relations/{a}/{b}", GetRelation).WithSummary("One pair over time: events and Goldstein per period, change against the previous period.");
        api.MapGet("/timeline", Timeline).WithSummary("Events per period with the change against the previous period.");
        api.MapGet("/network", Network).WithSummary("Actors and their ties: volume, cooperation and hostility, blocs.");
        api.MapGet("/search", Search).WithSummary("Full-text search over sentences (SQLite FTS5).");
    }

    // ---- health ---------------------------------------------------------------------------------------------------

    private static HealthDto Health(StoreService store, ServerOptions options)
    {
        using var r = store.Reader();
        var all = new EventSearch();
        var (first, last) = r.DateRange(all);
        int articles = r.Articles(null, 0, 0).Total;
        int events = r.CountEvents(all);
        var types = Enum.GetValues<EventType>()
            .Select(t => new CountDto(t.ToPlover(), r.CountEvents(new EventSearch { Type = t })))
            .ToList();
        return new HealthDto("ok", articles, events, 2, first, last, !string.IsNullOrEmpty(options.ApiKey), types);
    }

    // ---- articles -------------------------------------------------------------------------------------------------

    private static PageDto<ArticleListItemDto> ListArticles(HttpRequest request, StoreService store,
        string? q, string? offset, string? limit)
    {
        int off = Args.Offset(offset), lim = Args.Limit(limit);
        using var r = store.Reader();
        var page = r.Articles(Args.Text(q, "q"), off, lim);
        var items = page.Items.Select(a => new ArticleListItemDto(a.Id, a.Title, a.Source, a.Url, a.Published, a.Sentences, a.Events)).ToList();
        return new PageDto<ArticleListItemDto>(items, page.Total, off, lim, Args.Next(request, off, lim, page.Total));
    }

    private static ArticleDto GetArticle(StoreService store, string id)
    {
        id = Uri.UnescapeDataString(id);
        using var r = store.Reader();
        var article = r.Article(id) ?? throw ApiException.NotFound($"No article with id '{id}'.");
        var doc = store.Analyse(article);
        var tokens = doc.TokenArray;
        var mentions = doc.Actors
            .Where(m => m.EndToken > m.FirstToken && m.EndToken <= tokens.Length)
            .Select(m => new MentionDto(tokens[m.FirstToken].Start, tokens[m.EndToken - 1].End, m.Actor.Code.Value, m.Actor.Sector,
                m.Actor.Name, m.Actor.Person, m.Kind.ToString().ToLowerInvariant()))
            .ToList();
        var quotes = doc.Quotes.Select(q => new QuoteDto(q.Span.Start, q.Span.End, q.Text, q.Speaker, q.Direct)).ToList();
        var people = doc.People.Select(p => new PersonDto(p.Name, p.Known, p.Role, p.Code?.Value, p.Sector)).ToList();
        var sentences = article.Sentences.Select((s, i) => new SentenceDto(i, s.Start, s.End)).ToList();
        var info = article.Info;
        return new ArticleDto(info.Id, info.Title, info.Source, info.Url, info.Published, info.IngestedAt, article.Text,
            sentences, article.Events.Select(EventDto.Of).ToList(), mentions, quotes, people);
    }

    private static async Task<IResult> PostArticles(HttpRequest request, StoreService store, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
            throw new ApiException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the article as application/json.");
        using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        List<ArticleInputDto> inputs = json.RootElement.ValueKind switch
        {
            JsonValueKind.Array => json.RootElement.Deserialize<List<ArticleInputDto>>(options) ?? [],
            JsonValueKind.Object => [json.RootElement.Deserialize<ArticleInputDto>(options)!],
            _ => throw ApiException.BadRequest("body", "The body must be an article object or an array of them."),
        };
        if (inputs.Count == 0) throw ApiException.BadRequest("body", "The array holds no article.");
        if (inputs.Count > MaxArticlesPerPost) throw ApiException.BadRequest("body", $"At most {MaxArticlesPerPost} articles per request.");

        var errors = new Dictionary<string, string[]>();
        var articles = new List<Article>();
        for (int i = 0; i < inputs.Count; i++)
        {
            var a = inputs[i];
            string at = inputs.Count == 1 ? "" : $"[{i}].";
            if (a is null || string.IsNullOrWhiteSpace(a.Text)) { errors[at + "text"] = ["text is required and must not be blank."]; continue; }
            DateOnly? published = null;
            if (!string.IsNullOrWhiteSpace(a.Published))
            {
                published = LenientDate.Parse(a.Published);
                if (published is null) { errors[at + "published"] = [$"'{a.Published}' is not a date."]; continue; }
            }
            string id = string.IsNullOrWhiteSpace(a.Id) ? a.Url ?? "api-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(a.Text)))[..16] : a.Id.Trim();
            if (id.Length > 500) { errors[at + "id"] = ["id must be at most 500 characters."]; continue; }
            articles.Add(new Article(id, a.Text) { Url = a.Url, Title = a.Title, Source = a.Source, Published = published, Origin = "api" });
        }
        if (errors.Count > 0)
            throw new ApiException(StatusCodes.Status400BadRequest, "Invalid article", "Some articles are not valid; see errors.", errors);
        var dupes = articles.GroupBy(a => a.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (dupes.Count > 0) throw ApiException.BadRequest("id", $"The same id appears twice: {string.Join(", ", dupes)}.");

        var result = await store.IngestAsync(articles, cancellationToken).ConfigureAwait(false);
        var body = new IngestedDto(result.ArticlesAdded, result.ArticlesReplaced, result.ArticlesUnchanged, result.EventsAdded, articles.Select(a => a.Id).ToList());
        return articles.Count == 1
            ? Results.Created($"/api/articles/{Uri.EscapeDataString(articles[0].Id)}", body)
            : Results.Json(body, statusCode: StatusCodes.Status201Created);
    }

    // ---- events ---------------------------------------------------------------------------------------------------

    private static PageDto<EventDto> ListEvents(HttpRequest request, StoreService store,
        string? actor, string? pair, string? type, string? mode, string? since, string? until, string? text, string? article,
        string? order, string? offset, string? limit)
    {
        int off = Args.Offset(offset), lim = Args.Limit(limit);
        bool newest = order?.Trim().ToLowerInvariant() switch
        {
            null or "" or "text" => false,
            "newest" => true,
            _ => throw ApiException.BadRequest("order", $"order must be text or newest; got '{order}'."),
        };
        var search = Args.Search(actor, pair, type, mode, since, until, text, article) with { Offset = off, Limit = lim, NewestFirst = newest };
        using var r = store.Reader();
        var page = r.Events(search);
        return new PageDto<EventDto>(page.Items.Select(EventDto.Of).ToList(), page.Total, off, lim, Args.Next(request, off, lim, page.Total));
    }

    private static EventDto GetEvent(StoreService store, long id)
    {
        using var r = store.Reader();
        return EventDto.Of(r.Event(id) ?? throw ApiException.NotFound($"No event with id {id}."));
    }

    // ---- actors ---------------------------------------------------------------------------------------------------

    private static PageDto<ActorListItemDto> ListActors(HttpRequest request, StoreService store,
        string? q, string? type, string? mode, string? since, string? until, string? offset, string? limit)
    {
        int off = Args.Offset(offset), lim = Args.Limit(limit);
        var search = Args.Search(null, null, type, mode, since, until, null) with { Offset = off, Limit = lim };
        using var r = store.Reader();
        var page = r.Actors(search, Args.Text(q, "q"));
        var items = page.Items.Select(a =>
        {
            var (name, kind) = store.Describe(a.Code);
            return new ActorListItemDto(a.Code, name, kind, a.Events, a.AsSource, a.AsTarget, Math.Round(a.Goldstein, 3), a.First, a.Last);
        }).ToList();
        return new PageDto<ActorListItemDto>(items, page.Total, off, lim, Args.Next(request, off, lim, page.Total));
    }

    private static ActorDetailDto GetActor(StoreService store, IActorFacts facts, string code, string? since, string? until)
    {
        string c = Args.Code(code, "code")!;
        var search = Args.Search(null, null, null, null, since, until, null);
        using var r = store.Reader();
        var profile = r.Actor(c, search) ?? throw ApiException.NotFound($"No events name actor '{c}'.");
        var (name, kind) = store.Describe(c);
        var s = profile.Summary;
        var people = profile.People.Select(p => new PersonSeenDto(p.Name, p.Sector, p.Events,
            store.Dictionary.OfficesOf(p.Name).Where(o => o.Code.Value == c)
                .Select(o => new OfficeDto(o.Title, o.Code.Value, o.Sector, o.Start?.ToString("yyyy-MM-dd"), o.End?.ToString("yyyy-MM-dd"))).ToList())).ToList();
        PartnerDto Partner(PairSummary p)
        {
            string other = p.A == c ? p.B : p.A;
            return new PartnerDto(other, store.Describe(other).Name, p.Events, p.Cooperative, p.Hostile, Math.Round(p.Goldstein, 3));
        }
        return new ActorDetailDto(c, name ?? profile.Names.FirstOrDefault()?.Value, kind, s.Events, s.AsSource, s.AsTarget, Math.Round(s.Goldstein, 3), s.First, s.Last,
            Counts(profile.Names), Counts(profile.Sectors), people, Counts(profile.Types),
            profile.Partners.Select(Partner).ToList(), profile.Adversaries.Select(Partner).ToList(),
            profile.Recent.Select(EventDto.Of).ToList(),
            facts.Memberships(c, search.Until), facts.Treaties(c, search.Until), facts.Available);
    }

    private static List<CountDto> Counts(IEnumerable<Counted> counts) => counts.Select(x => new CountDto(x.Value, x.Count)).ToList();

    // ---- relations, timeline, network -----------------------------------------------------------------------------

    private static List<PairDto> ListRelations(StoreService store,
        string? actor, string? type, string? mode, string? since, string? until, string? limit)
    {
        int lim = Args.Limit(limit, 50);
        var search = Args.Search(actor, null, type, mode, since, until, null);
        using var r = store.Reader();
        var pairs = r.Pairs(search, lim);
        Dictionary<(string, string), PairSummary>? previous = null;
        if (PreviousRange(search) is { } prev)
            previous = r.Pairs(prev, int.MaxValue).ToDictionary(p => (p.A, p.B));
        return pairs.Select(p =>
        {
            ComparisonDto? cmp = null;
            if (previous is not null)
            {
                var before = previous.GetValueOrDefault((p.A, p.B)) ?? new PairSummary(p.A, p.B, 0, 0, 0, 0);
                cmp = Compare(Period(search, p.Events, p.Cooperative, p.Hostile, p.Goldstein),
                    Period(PreviousRange(search)!, before.Events, before.Cooperative, before.Hostile, before.Goldstein));
            }
            return new PairDto(p.A, p.B, store.Describe(p.A).Name, store.Describe(p.B).Name, p.Events, p.Cooperative, p.Hostile, Math.Round(p.Goldstein, 3), cmp);
        }).ToList();
    }

    private static async Task<RelationDto> GetRelation(StoreService store, string a, string b,
        string? type, string? mode, string? since, string? until, string? interval, CancellationToken cancellationToken)
    {
        string ca = Args.Code(a, "a")!, cb = Args.Code(b, "b")!;
        if (ca == cb) throw ApiException.BadRequest("b", "A relation needs two different actors.");
        var iv = Args.Interval(interval);
        var search = Args.Search(null, $"{ca},{cb}", type, mode, since, until, null);
        using var r = store.Reader();
        var buckets = r.Timeline(search, iv);
        var recent = r.StreamEvents(search with { NewestFirst = true, Limit = 20 }).Select(EventDto.Of).ToList();
        List<ActsPeriodDto>? acts = null;
        if (iv != Interval.Day)
        {
            var unit = iv == Interval.Year ? PeriodUnit.Year : PeriodUnit.Month;
            var periods = await store.QueryModelAsync(m => m.Relations(new ActorCode(ca), new ActorCode(cb), unit, search.Since, search.Until), cancellationToken)
                .ConfigureAwait(false);
            acts = periods.Select(p => new ActsPeriodDto(p.Period, p.Acts, p.Cooperative, p.Hostile, Math.Round(p.Goldstein, 3), Math.Round(p.Tension, 3), p.Reports)).ToList();
        }
        return new RelationDto(ca, cb, store.Describe(ca).Name, store.Describe(cb).Name, Name(iv), WithChanges(buckets, iv),
            Comparison(r, search, buckets, iv), recent, acts);
    }

    private static TimelineDto Timeline(StoreService store,
        string? actor, string? pair, string? type, string? mode, string? since, string? until, string? text, string? interval)
    {
        var iv = Args.Interval(interval);
        var search = Args.Search(actor, pair, type, mode, since, until, text);
        using var r = store.Reader();
        var buckets = r.Timeline(search, iv);
        var t = r.Totals(search);
        return new TimelineDto(Name(iv), WithChanges(buckets, iv), Comparison(r, search, buckets, iv),
            Period(search, t.Events, t.Cooperative, t.Hostile, t.Goldstein));
    }

    private static NetworkDto Network(StoreService store,
        string? actor, string? type, string? mode, string? since, string? until, string? minEvents, string? limit)
    {
        int lim = Args.Limit(limit, 40, 200);
        int min = string.IsNullOrEmpty(minEvents) ? 1 : Args.Limit(minEvents, 1, 10_000);
        var search = Args.Search(null, null, type, mode, since, until, null);
        string? focus = Args.Code(actor, "actor");
        using var r = store.Reader();
        var actors = r.Actors(search with { Limit = lim }).Items;
        var pairs = r.Pairs(focus is null ? search : search with { Actor = focus }, 2000);
        var codes = actors.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        if (focus is not null)
        {
            // Around one actor: it and everyone it has ties with.
            codes = pairs.SelectMany(p => new[] { p.A, p.B }).Append(focus).ToHashSet(StringComparer.Ordinal);
        }
        var edges = pairs.Where(p => p.Events >= min && codes.Contains(p.A) && codes.Contains(p.B)).ToList();
        var counts = actors.ToDictionary(a => a.Code, a => a.Events, StringComparer.Ordinal);
        // Blocs and centrality from the alliance model's network: Louvain on the cooperative ties, PageRank.
        var model = ActorNetworks.Build(edges.Select(e => new NetworkEdge(e.A, e.B, e.Goldstein, e.Events, e.Cooperative, e.Hostile)).ToList());
        var placed = model.Nodes.ToDictionary(n => n.Actor, StringComparer.Ordinal);
        string BlocOf(string c) => placed.TryGetValue(c, out var n) ? "bloc-" + n.Bloc.ToString(CultureInfo.InvariantCulture) : "solo-" + c;
        var nodes = codes.OrderBy(c => c, StringComparer.Ordinal).Select(c =>
        {
            var (name, kind) = store.Describe(c);
            return new NodeDto(c, name, kind, counts.GetValueOrDefault(c, edges.Where(e => e.A == c || e.B == c).Sum(e => e.Events)), BlocOf(c),
                placed.TryGetValue(c, out var n) ? n.Centrality : 0);
        }).ToList();
        var edgeDtos = edges.Select(e => new EdgeDto(e.A, e.B, e.Events, e.Cooperative, e.Hostile, Math.Round(e.Goldstein, 3),
            e.Goldstein > 0 ? "cooperative" : e.Goldstein < 0 ? "hostile" : "neutral")).ToList();
        var blocDtos = nodes.GroupBy(n => n.Bloc).Where(g => g.Count() > 1)
            .Select(g => new BlocDto(g.Key, g.Select(n => n.Code).OrderBy(x => x, StringComparer.Ordinal).ToList()))
            .OrderByDescending(b => b.Members.Count).ThenBy(b => b.Id, StringComparer.Ordinal).ToList();
        return new NetworkDto(nodes, edgeDtos, blocDtos, "louvain");
    }

    // ---- full-text search -----------------------------------------------------------------------------------------

    private static PageDto<SearchHitDto> Search(HttpRequest request, StoreService store, string? q, string? offset, string? limit)
    {
        string query = Args.Text(q, "q") ?? throw ApiException.BadRequest("q", "q is required: the words to search for.");
        int off = Args.Offset(offset), lim = Args.Limit(limit);
        using var r = store.Reader();
        var page = r.Search(query, off, lim);
        var items = page.Items.Select(h =>
        {
            var (text, matches) = Unmark(h.Snippet);
            return new SearchHitDto(h.ArticleId, h.Title, h.SentenceIndex, new SpanDto(h.Start, h.Start + h.Length), text, matches, h.Events, h.Rank);
        }).ToList();
        return new PageDto<SearchHitDto>(items, page.Total, off, lim, Args.Next(request, off, lim, page.Total));
    }

    /// <summary>Removes FTS5's highlight markers (\u0002 … \u0003) and returns the marked spans.</summary>
    private static (string Text, List<SpanDto> Matches) Unmark(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var spans = new List<SpanDto>();
        int open = -1;
        foreach (char ch in marked)
        {
            if (ch == '\u0002') open = text.Length;
            else if (ch == '\u0003') { if (open >= 0) spans.Add(new SpanDto(open, text.Length)); open = -1; }
            else text.Append(ch);
        }
        return (text.ToString(), spans);
    }

    // ---- periods --------------------------------------------------------------------------------------------------

    private static string Name(Interval iv) => iv.ToString().ToLowerInvariant();

    private static List<BucketDto> WithChanges(IReadOnlyList<Bucket> buckets, Interval iv)
    {
        var byPeriod = buckets.ToDictionary(b => b.Period);
        return buckets.Select(b =>
        {
            var prev = byPeriod.GetValueOrDefault(PreviousPeriod(b.Period, iv));
            return new BucketDto(b.Period, b.Events, b.Cooperative, b.Hostile, Math.Round(b.Goldstein, 3), Mean(b.Goldstein, b.Events),
                b.Events - (prev?.Events ?? 0), Math.Round(b.Goldstein - (prev?.Goldstein ?? 0), 3));
        }).ToList();
    }

    /// <summary>
    /// With since and until, that range against the equally long one just before it; without, the last period of
    /// the series against the calendar period before it.
    /// </summary>
    private static ComparisonDto? Comparison(StoreReader r, EventSearch search, IReadOnlyList<Bucket> buckets, Interval iv)
    {
        if (PreviousRange(search) is { } prev)
        {
            var cur = r.Totals(search);
            var before = r.Totals(prev);
            return Compare(Period(search, cur.Events, cur.Cooperative, cur.Hostile, cur.Goldstein),
                Period(prev, before.Events, before.Cooperative, before.Hostile, before.Goldstein));
        }
        if (buckets.Count == 0) return null;
        var last = buckets[^1];
        string prevPeriod = PreviousPeriod(last.Period, iv);
        var p = buckets.FirstOrDefault(b => b.Period == prevPeriod) ?? new Bucket(prevPeriod, 0, 0, 0, 0);
        return Compare(new PeriodDto(last.Period, last.Period, last.Events, last.Cooperative, last.Hostile, last.Goldstein, MeanOrNull(last.Goldstein, last.Events)),
            new PeriodDto(p.Period, p.Period, p.Events, p.Cooperative, p.Hostile, p.Goldstein, MeanOrNull(p.Goldstein, p.Events)));
    }

    private static EventSearch? PreviousRange(EventSearch s)
    {
        if (s.Since is not { } since || s.Until is not { } until) return null;
        int days = until.DayNumber - since.DayNumber + 1;
        return s with { Since = since.AddDays(-days), Until = since.AddDays(-1) };
    }

    private static PeriodDto Period(EventSearch s, int events, int coop, int hostile, double g) =>
        new(s.Since?.ToString("yyyy-MM-dd"), s.Until?.ToString("yyyy-MM-dd"), events, coop, hostile, Math.Round(g, 3), MeanOrNull(g, events));

    private static ComparisonDto Compare(PeriodDto cur, PeriodDto prev) =>
        new(cur, prev, cur.Events - prev.Events,
            prev.Events == 0 ? null : Math.Round(100.0 * (cur.Events - prev.Events) / prev.Events, 1),
            cur.Hostile - prev.Hostile, Math.Round(cur.Goldstein - prev.Goldstein, 3),
            cur.MeanGoldstein is { } a && prev.MeanGoldstein is { } b ? Math.Round(a - b, 3) : null);

    private static double Mean(double sum, int n) => n == 0 ? 0 : Math.Round(sum / n, 3);

    private static double? MeanOrNull(double sum, int n) => n == 0 ? null : Math.Round(sum / n, 3);

    internal static string PreviousPeriod(string period, Interval iv)
    {
        var inv = CultureInfo.InvariantCulture;
        return iv switch
        {
            Interval.Year when int.TryParse(period, inv, out int y) => (y - 1).ToString("D4", inv),
            Interval.Month when DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m) => m.AddMonths(-1).ToString("yyyy-MM", inv),
            Interval.Day when DateOnly.TryParseExact(period, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d) => d.AddDays(-1).ToString("yyyy-MM-dd", inv),
            _ => "",
        };
    }
}
