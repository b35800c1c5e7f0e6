using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Entente.Tests.Articles;
using Entente.Web;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Entente.Tests.Web;

/// <summary>Calls every endpoint of the real server over HTTP: results, filters, pagination, errors, size limits, the API key.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiTests(WebFixture web)
{
    private HttpClient Http => web.Client;

    private async Task<JsonElement> Get(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await Http.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        if (expected != HttpStatusCode.OK) AssertProblem(response, body, (int)expected);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static void AssertProblem(HttpResponseMessage response, string body, int status)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var p = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, p.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(p.GetProperty("title").GetString()));
        Assert.True(p.TryGetProperty("type", out _), body);
    }

    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    private static string Code(JsonElement actor) => actor.GetProperty("code").GetString()!;

    [Fact]
    public async Task Health_reports_the_store()
    {
        var h = await Get("/api/health");
        Assert.Equal("ok", h.GetProperty("status").GetString());
        Assert.True(h.GetProperty("articles").GetInt32() >= 7);
        Assert.True(h.GetProperty("events").GetInt32() > 20);
        Assert.Equal(16, h.GetProperty("types").GetArrayLength());
        Assert.True(h.GetProperty("ingestion").GetBoolean());
    }

    [SeedFact]
    public async Task The_store_holds_the_seed_articles()
    {
        var page = await Get("/api/articles?q=000_49ead25e5c73a8f9");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Articles_page_through_without_overlap_and_link_the_next_page()
    {
        var first = await Get("/api/articles?limit=3");
        int total = first.GetProperty("total").GetInt32();
        Assert.Equal(3, Items(first).Count);
        string next = first.GetProperty("next").GetString()!;
        Assert.Contains("offset=3", next);
        var second = await Get(next);
        var ids = Items(first).Concat(Items(second)).Select(a => a.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var all = await Get($"/api/articles?limit={total}");
        Assert.Equal(total, Items(all).Count);
        Assert.Equal(JsonValueKind.Null, all.GetProperty("next").ValueKind);
        var beyond = await Get($"/api/articles?offset={total + 10}");
        Assert.Empty(Items(beyond));
        var filtered = await Get("/api/articles?q=NATO");
        Assert.All(Items(filtered), a => Assert.Contains("nato", (a.GetProperty("id").GetString() + a.GetProperty("title").GetString()).ToLowerInvariant()));
    }

    [Fact]
    public async Task An_article_carries_its_text_and_the_spans_of_events_actors_and_quotes()
    {
        string id = "https://news.example.org/asia/2024/07/11/china-nato-overreach";
        var a = await Get("/api/articles/" + Uri.EscapeDataString(id));
        Assert.Equal(id, a.GetProperty("id").GetString());
        string text = a.GetProperty("text").GetString()!;
        var sentences = a.GetProperty("sentences").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        var events = a.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            var s = e.GetProperty("sentenceSpan");
            Assert.Equal(e.GetProperty("sentence").GetString(), text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]);
            var t = e.GetProperty("trigger");
            Assert.Equal(e.GetProperty("triggerText").GetString(), text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]);
            Assert.InRange(t.GetProperty("start").GetInt32(), s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32());
            Assert.Contains(e.GetProperty("mode").GetString(), new[] { "happened", "intend", "hypothetical", "negated" });
        }
        var actors = a.GetProperty("actors").EnumerateArray().ToList();
        Assert.NotEmpty(actors);
        foreach (var m in actors)
            Assert.False(string.IsNullOrWhiteSpace(text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]));
        Assert.True(a.GetProperty("quotes").GetArrayLength() > 0);
        Assert.True(a.GetProperty("people").GetArrayLength() > 0);

        await Get("/api/articles/no-such-article", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Events_filter_by_actor_pair_type_mode_dates_text_and_article()
    {
        var all = await Get("/api/events?limit=500");
        int total = all.GetProperty("total").GetInt32();
        var events = Items(all);
        Assert.Equal(total, events.Count);

        string actor = Code(events.GroupBy(e => Code(e.GetProperty("source"))).OrderByDescending(g => g.Count()).First().First().GetProperty("source"));
        var byActor = Items(await Get($"/api/events?actor={actor}&limit=500"));
        Assert.NotEmpty(byActor);
        Assert.All(byActor, e => Assert.True(Code(e.GetProperty("source")) == actor || (e.GetProperty("target").ValueKind == JsonValueKind.Object && Code(e.GetProperty("target")) == actor)));
        Assert.Equal(events.Count(e => Code(e.GetProperty("source")) == actor || (e.GetProperty("target").ValueKind == JsonValueKind.Object && Code(e.GetProperty("target")) == actor)), byActor.Count);

        var withTarget = events.First(e => e.GetProperty("target").ValueKind == JsonValueKind.Object && Code(e.GetProperty("target")) != Code(e.GetProperty("source")));
        string a = Code(withTarget.GetProperty("source")), b = Code(withTarget.GetProperty("target"));
        var pair = Items(await Get($"/api/events?pair={b},{a}&limit=500"));
        Assert.Contains(pair, e => e.GetProperty("id").GetInt64() == withTarget.GetProperty("id").GetInt64());
        Assert.All(pair, e => Assert.Equal(new[] { a, b }.Order(), new[] { Code(e.GetProperty("source")), Code(e.GetProperty("target")) }.Order()));

        var accuse = Items(await Get("/api/events?type=accuse&limit=500"));
        Assert.Equal(events.Count(e => e.GetProperty("type").GetString() == "ACCUSE"), accuse.Count);

        var intend = Items(await Get("/api/events?mode=intend&limit=500"));
        Assert.Equal(events.Count(e => e.GetProperty("mode").GetString() == "intend"), intend.Count);
        Assert.NotEmpty(intend);

        var june = Items(await Get("/api/events?since=2024-06-01&until=2024-06-30&limit=500"));
        Assert.NotEmpty(june);
        // A June date, or a coarser one that covers June ("earlier this year" in a story dated by its dateline).
        Assert.All(june, e => Assert.True(e.GetProperty("effectiveDate").GetString()!.StartsWith("2024-06", StringComparison.Ordinal)
            || e.GetProperty("date").GetString() == "2024", e.GetRawText()));

        var treaty = Items(await Get("/api/events?text=TREATY&limit=500"));
        Assert.NotEmpty(treaty);
        Assert.All(treaty, e => Assert.Contains("treaty", e.GetProperty("sentence").GetString()!.ToLowerInvariant()));

        string article = events[0].GetProperty("article").GetString()!;
        var ofArticle = Items(await Get($"/api/events?article={Uri.EscapeDataString(article)}&limit=500"));
        Assert.All(ofArticle, e => Assert.Equal(article, e.GetProperty("article").GetString()));

        var newest = Items(await Get("/api/events?order=newest&limit=20")).Select(e => e.GetProperty("effectiveDate").GetString()).ToList();
        Assert.Equal(newest.OrderByDescending(d => d, StringComparer.Ordinal), newest);

        var one = await Get($"/api/events/{events[0].GetProperty("id").GetInt64()}");
        Assert.Equal(events[0].GetProperty("sentence").GetString(), one.GetProperty("sentence").GetString());
        await Get("/api/events/987654321", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Events_page_by_offset_and_limit()
    {
        var all = Items(await Get("/api/events?limit=500")).Select(e => e.GetProperty("id").GetInt64()).ToList();
        var paged = new List<long>();
        string? next = "/api/events?limit=7";
        while (next is not null)
        {
            var page = await Get(next);
            paged.AddRange(Items(page).Select(e => e.GetProperty("id").GetInt64()));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        }
        Assert.Equal(all, paged);
    }

    [Theory]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=501", "limit")]
    [InlineData("/api/events?limit=ten", "limit")]
    [InlineData("/api/events?offset=-1", "offset")]
    [InlineData("/api/events?since=last-week", "since")]
    [InlineData("/api/events?since=2024-05-01&until=2024-01-01", "since")]
    [InlineData("/api/events?type=HUG", "type")]
    [InlineData("/api/events?mode=maybe", "mode")]
    [InlineData("/api/events?pair=KOR", "pair")]
    [InlineData("/api/events?actor=K%3BOR", "actor")]
    [InlineData("/api/events?order=random", "order")]
    [InlineData("/api/timeline?interval=week", "interval")]
    [InlineData("/api/search", "q")]
    public async Task Bad_parameters_get_400_problem_details_naming_the_parameter(string path, string parameter)
    {
        var p = await Get(path, HttpStatusCode.BadRequest);
        Assert.True(p.GetProperty("errors").TryGetProperty(parameter, out _), p.ToString());
    }

    [Fact]
    public async Task Text_longer_than_the_limit_is_refused()
    {
        await Get("/api/events?text=" + new string('a', 201), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_routes_and_resources_get_404_problem_details()
    {
        await Get("/api/nothing-here", HttpStatusCode.NotFound);
        await Get("/api/actors/ZZZ", HttpStatusCode.NotFound);
        await Get("/api/events/abc", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Actors_list_and_profile()
    {
        var page = await Get("/api/actors?limit=5");
        var actors = Items(page);
        Assert.Equal(5, actors.Count);
        var counts = actors.Select(a => a.GetProperty("events").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        Assert.All(actors, a => Assert.Equal(a.GetProperty("events").GetInt32(), a.GetProperty("asSource").GetInt32() + a.GetProperty("asTarget").GetInt32()));

        var r = Items(await Get("/api/actors?q=RU"));
        Assert.All(r, a => Assert.StartsWith("RU", a.GetProperty("code").GetString()));

        var rus = await Get("/api/actors/rus");
        Assert.Equal("RUS", rus.GetProperty("code").GetString());
        Assert.Equal("Russia", rus.GetProperty("name").GetString());
        Assert.Equal("state", rus.GetProperty("kind").GetString());
        Assert.True(rus.GetProperty("recent").GetArrayLength() > 0);
        Assert.True(rus.GetProperty("partners").GetArrayLength() + rus.GetProperty("adversaries").GetArrayLength() > 0);
        Assert.All(rus.GetProperty("partners").EnumerateArray(), p => Assert.True(p.GetProperty("goldstein").GetDouble() > 0));
        Assert.All(rus.GetProperty("adversaries").EnumerateArray(), p => Assert.True(p.GetProperty("goldstein").GetDouble() < 0));
        Assert.True(rus.GetProperty("types").GetArrayLength() > 0);
        Assert.True(rus.GetProperty("allianceModel").GetBoolean());

        // Memberships and treaties come from the alliance model's knowledge base (data/alliances).
        var nato = await Get("/api/actors/NATO");
        Assert.Contains(nato.GetProperty("memberships").EnumerateArray(), m => m.GetProperty("member").GetString() == "USA" && m.GetProperty("kind").GetString() == "member");
        var usa = await Get("/api/actors/USA");
        Assert.Contains(usa.GetProperty("memberships").EnumerateArray(), m => m.GetProperty("organisation").GetString() == "NATO");
        Assert.Contains(usa.GetProperty("treaties").EnumerateArray(), t => t.GetProperty("parties").EnumerateArray().Any(p => p.GetString() == "USA"));

        var people = rus.GetProperty("people").EnumerateArray().ToList();
        Assert.Contains(people, p => p.GetProperty("offices").GetArrayLength() > 0);

        await Get("/api/actors/ZZZ", HttpStatusCode.NotFound);
        await Get("/api/actors/not%20a%20code", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Relations_timeline_and_network_agree_with_the_events()
    {
        var pairs = (await Get("/api/relations?limit=10")).EnumerateArray().ToList();
        Assert.NotEmpty(pairs);
        var top = pairs[0];
        string a = top.GetProperty("a").GetString()!, b = top.GetProperty("b").GetString()!;
        var events = await Get($"/api/events?pair={a},{b}&limit=1");
        Assert.Equal(top.GetProperty("events").GetInt32(), events.GetProperty("total").GetInt32());

        var ranged = (await Get("/api/relations?since=2024-06-01&until=2024-07-31")).EnumerateArray().ToList();
        Assert.All(ranged, p => Assert.Equal("2024-04-01", p.GetProperty("comparison").GetProperty("previous").GetProperty("since").GetString()));

        var relation = await Get($"/api/relations/{a}/{b}?interval=month");
        Assert.Equal("month", relation.GetProperty("interval").GetString());
        Assert.True(relation.GetProperty("recent").GetArrayLength() > 0);
        foreach (var bucket in relation.GetProperty("buckets").EnumerateArray())
            Assert.Matches("^[0-9]{4}-[0-9]{2}$", bucket.GetProperty("period").GetString()!);
        // The alliance model's merged acts: never more acts than reports, tension between 0 and 1.
        var acts = relation.GetProperty("acts").EnumerateArray().ToList();
        Assert.NotEmpty(acts);
        Assert.All(acts, p =>
        {
            Assert.InRange(p.GetProperty("tension").GetDouble(), 0, 1);
            Assert.True(p.GetProperty("acts").GetInt32() <= p.GetProperty("reports").GetInt32());
        });
        Assert.True(acts.Sum(p => p.GetProperty("reports").GetInt32()) <= top.GetProperty("events").GetInt32());
        var daily = await Get($"/api/relations/{a}/{b}?interval=day");
        Assert.Equal(JsonValueKind.Null, daily.GetProperty("acts").ValueKind);
        await Get($"/api/relations/{a}/{a}", HttpStatusCode.BadRequest);

        var timeline = await Get("/api/timeline?interval=month&since=2024-06-01&until=2024-07-31");
        var buckets = timeline.GetProperty("buckets").EnumerateArray().ToList();
        Assert.All(buckets, x => Assert.True(string.CompareOrdinal(x.GetProperty("period").GetString(), "2024-06") >= 0));
        var cmp = timeline.GetProperty("comparison");
        Assert.Equal(cmp.GetProperty("current").GetProperty("events").GetInt32() - cmp.GetProperty("previous").GetProperty("events").GetInt32(),
            cmp.GetProperty("eventsChange").GetInt32());
        var years = await Get("/api/timeline?interval=year");
        Assert.All(years.GetProperty("buckets").EnumerateArray(), x => Assert.Matches("^[0-9]{4}$", x.GetProperty("period").GetString()!));
        var days = await Get("/api/timeline?interval=day&actor=RUS");
        Assert.All(days.GetProperty("buckets").EnumerateArray(), x => Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", x.GetProperty("period").GetString()!));

        var network = await Get("/api/network?limit=15");
        var nodes = network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToHashSet();
        Assert.InRange(nodes.Count, 2, 15);
        foreach (var e in network.GetProperty("edges").EnumerateArray())
        {
            Assert.Contains(e.GetProperty("a").GetString(), nodes);
            Assert.Contains(e.GetProperty("b").GetString(), nodes);
            double g = e.GetProperty("goldstein").GetDouble();
            Assert.Equal(g > 0 ? "cooperative" : g < 0 ? "hostile" : "neutral", e.GetProperty("tone").GetString());
        }
        Assert.All(network.GetProperty("nodes").EnumerateArray(), n => Assert.False(string.IsNullOrEmpty(n.GetProperty("bloc").GetString())));
        Assert.Equal("louvain", network.GetProperty("blocSource").GetString());
        foreach (var bloc in network.GetProperty("blocs").EnumerateArray())
            Assert.All(bloc.GetProperty("members").EnumerateArray(), m => Assert.Contains(m.GetString(), nodes));
        var around = await Get("/api/network?actor=RUS");
        Assert.Contains(around.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("code").GetString() == "RUS");
    }

    [Fact]
    public async Task Full_text_search_finds_sentences_and_marks_the_words()
    {
        var page = await Get("/api/search?q=treaty&limit=5");
        var hits = Items(page);
        Assert.NotEmpty(hits);
        foreach (var h in hits)
        {
            string text = h.GetProperty("text").GetString()!;
            var m = h.GetProperty("matches")[0];
            Assert.Equal("treaty", text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()].ToLowerInvariant());
        }
        var prefix = await Get("/api/search?q=treat*");
        Assert.True(prefix.GetProperty("total").GetInt32() >= page.GetProperty("total").GetInt32());
        // FTS5 syntax in the input is taken as words, never a server error.
        var odd = await Get("/api/search?q=" + Uri.EscapeDataString("\"AND OR ( NEAR *"));
        Assert.Equal(0, odd.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_route()
    {
        var doc = await Get("/openapi/v1.json");
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var p in new[] { "/api/health", "/api/articles", "/api/events", "/api/events/{id}", "/api/actors", "/api/actors/{code}",
                     "/api/relations", "/api/relations/{a}/{b}", "/api/timeline", "/api/network", "/api/search" })
            Assert.Contains(p, paths);
        var post = doc.GetProperty("paths").GetProperty("/api/articles").GetProperty("post");
        var responses = post.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
        Assert.Contains("201", responses);
        Assert.Contains("413", responses);
        Assert.True(post.TryGetProperty("requestBody", out _));
        Assert.Contains("404", doc.GetProperty("paths").GetProperty("/api/events/{id}").GetProperty("get").GetProperty("responses").EnumerateObject().Select(r => r.Name));
    }

    private static HttpRequestMessage Post(string json, string? key = WebFixture.ApiKey, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(json, Encoding.UTF8, contentType) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private async Task<(HttpResponseMessage Response, string Body)> Send(HttpRequestMessage request)
    {
        var response = await Http.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Posting_an_article_needs_the_key_and_stores_it_with_its_events_and_sentences()
    {
        string id = "api-test-" + Guid.NewGuid().ToString("N")[..8];
        string json = JsonSerializer.Serialize(new
        {
            id,
            title = "Seoul and Tokyo sign pact",
            published = "2024-08-02",
            text = "South Korea and Japan signed a defence pact in Seoul on Friday. North Korea condemned the pact.",
        });

        var (noKey, noKeyBody) = await Send(Post(json, key: null));
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        AssertProblem(noKey, noKeyBody, 401);
        Assert.Contains("X-Api-Key", noKey.Headers.WwwAuthenticate.ToString());
        var (wrong, _) = await Send(Post(json, key: "wrong"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        var bearer = Post(json, key: null);
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebFixture.ApiKey);
        var (created, body) = await Send(bearer);
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        Assert.Equal($"/api/articles/{id}", created.Headers.Location?.OriginalString);
        var result = JsonDocument.Parse(body).RootElement;
        Assert.Equal(1, result.GetProperty("added").GetInt32());
        Assert.True(result.GetProperty("events").GetInt32() >= 1);

        var stored = await Get($"/api/articles/{id}");
        Assert.Equal("2024-08-02", stored.GetProperty("published").GetString());
        Assert.True(stored.GetProperty("events").GetArrayLength() >= 1);
        var found = await Get("/api/search?q=Seoul+pact+Friday");
        Assert.Contains(Items(found), h => h.GetProperty("article").GetString() == id);

        // The same text again changes nothing.
        var (again, againBody) = await Send(Post(json));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(againBody).RootElement.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task Posting_an_array_stores_every_article()
    {
        string p = "api-batch-" + Guid.NewGuid().ToString("N")[..6];
        string json = $$"""[{"id":"{{p}}-1","text":"Russia and China held talks in Beijing."},{"id":"{{p}}-2","text":"France sent aid to Ukraine."}]""";
        var (response, body) = await Send(Post(json));
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var r = JsonDocument.Parse(body).RootElement;
        Assert.Equal(2, r.GetProperty("added").GetInt32());
        Assert.Equal([p + "-1", p + "-2"], r.GetProperty("ids").EnumerateArray().Select(x => x.GetString()!).ToArray());
    }

    [Theory]
    [InlineData("{\"id\":\"x\"}", 400, "text")]
    [InlineData("{\"text\":\"   \"}", 400, "text")]
    [InlineData("{\"text\":\"Russia.\",\"published\":\"someday\"}", 400, "published")]
    [InlineData("[]", 400, "body")]
    [InlineData("42", 400, "body")]
    [InlineData("{\"text\": \"unterminated", 400, null)]
    [InlineData("[{\"id\":\"d\",\"text\":\"a\"},{\"id\":\"d\",\"text\":\"b\"}]", 400, "id")]
    public async Task Bad_article_bodies_get_400_problem_details(string json, int status, string? field)
    {
        var (response, body) = await Send(Post(json));
        Assert.Equal(status, (int)response.StatusCode);
        AssertProblem(response, body, status);
        if (field is not null)
            Assert.Contains(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject(), e => e.Name.EndsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413_and_a_wrong_media_type_415()
    {
        string big = JsonSerializer.Serialize(new { id = "big", text = new string('x', (int)WebFixture.MaxBody + 1000) });
        var (tooLarge, body) = await Send(Post(big));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        AssertProblem(tooLarge, body, 413);

        var (media, mediaBody) = await Send(Post("text=hello", contentType: "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, media.StatusCode);
        AssertProblem(media, mediaBody, 415);
    }

    [Fact]
    public async Task The_dashboard_and_its_libraries_are_served_by_the_same_process()
    {
        using var index = await Http.GetAsync("/");
        string page = await index.Content.ReadAsStringAsync();
        Assert.Contains("<title>Entente", page);
        Assert.Contains("script-src 'self'", index.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", index.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("https://cdn", page);
        foreach (var asset in new[] { "/lib/echarts.min.js", "/lib/cytoscape.min.js", "/app.js", "/app.css" })
        {
            using var r = await Http.GetAsync(asset);
            Assert.True(r.IsSuccessStatusCode, asset);
        }
    }
}

/// <summary>The key guard's decisions for clients the tests cannot be: other hosts, servers without a key.</summary>
public sealed class ApiKeyGuardTests
{
    private static async Task<(int Status, string? Problem)> Run(string? key, string method, string remote, string? presented)
    {
        var guard = new ApiKeyGuard(_ => Task.CompletedTask, new ServerOptions { DatabasePath = "x", ApiKey = key });
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (presented is not null) context.Request.Headers["X-Api-Key"] = presented;
        try
        {
            await guard.InvokeAsync(context);
            return (200, null);
        }
        catch (ApiException e)
        {
            return (e.Status, e.Message);
        }
    }

    [Theory]
    [InlineData(null, "GET", "127.0.0.1", null, 200)]
    [InlineData(null, "GET", "::1", null, 200)]
    [InlineData(null, "GET", "192.0.2.7", null, 403)]
    [InlineData(null, "POST", "127.0.0.1", "anything", 403)]
    [InlineData("k", "GET", "192.0.2.7", null, 401)]
    [InlineData("k", "GET", "192.0.2.7", "k", 200)]
    [InlineData("k", "POST", "127.0.0.1", null, 401)]
    [InlineData("k", "POST", "127.0.0.1", "K", 401)]
    [InlineData("k", "POST", "127.0.0.1", "k", 200)]
    [InlineData("k", "DELETE", "127.0.0.1", null, 401)]
    public async Task Reads_are_open_on_loopback_and_writes_need_the_key(string? key, string method, string remote, string? presented, int expected)
    {
        var (status, _) = await Run(key, method, remote, presented);
        Assert.Equal(expected, status);
    }
}

/// <summary>The <c>serve</c> command's wiring, where it returns at once.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_on_a_file_that_is_not_a_store_fails_with_one_line()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "entente-not-a-db-" + Guid.NewGuid().ToString("N") + ".db");
        File.WriteAllText(path, "this is not a database, just text that is long enough to have a header of sorts............");
        try
        {
            var run = Entente.Tests.Cli.CliRunner.Run("serve", "--db", path, "--urls", "http://127.0.0.1:0");
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("not a SQLite database", run.Stderr);
            Assert.Single(run.Stderr.Trim().Split('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Progress_bars_stay_quiet_when_output_is_captured()
    {
        var io = new Entente.Cli.CliIO(new StringReader(""), new MemoryStream(), new StringWriter());
        Assert.False(Entente.Cli.CliProgress.Interactive(io));
        Assert.Equal(42, Entente.Cli.CliProgress.Run(io, "work", 10, advance => { advance(10); return 42; }));
        Assert.Equal("", io.Stderr.ToString());
    }
}
