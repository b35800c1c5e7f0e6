using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Entente.Tests.Web;

/// <summary>
/// Finds Debian's Chromium for the browser tests, installing it with <c>scripts/setup-chromium.sh</c> when missing
/// (once per test run). Playwright drives it through <see cref="Path"/>; it never downloads a browser of its own.
/// </summary>
public static class Chromium
{
    private static readonly Lazy<(string? Path, string? Problem)> Found = new(Find);

    public static string? Path => Found.Value.Path;

    public static string? Problem => Found.Value.Problem;

    private static (string?, string?) Find()
    {
        const string chromium = "/usr/bin/chromium";
        if (File.Exists(chromium)) return (chromium, null);
        string? script = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Entente.sln")))
                script = System.IO.Path.Combine(dir.FullName, "scripts", "setup-chromium.sh");
        if (script is null || !File.Exists(script)) return (null, "Chromium is not installed and scripts/setup-chromium.sh was not found");
        try
        {
            using var p = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string err = p.StandardError.ReadToEnd();
            p.WaitForExit(600_000);
            if (File.Exists(chromium)) return (chromium, null);
            return (null, "Chromium could not be installed by scripts/setup-chromium.sh: " + err.Trim().Split('\n').LastOrDefault());
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (null, "Chromium could not be installed: " + e.Message);
        }
    }
}

/// <summary>A fact skipped, with the reason, where Chromium is missing and cannot be installed (no apt-get, not root).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null) Skip = Chromium.Problem;
    }
}

/// <summary>
/// Drives the dashboard served by the real server in headless Chromium: loads it, filters by date and actor, opens
/// an event's article and checks its sentence is highlighted, opens an actor page; saves screenshots at 1280x800 and
/// at phone width (390x844) under <c>screenshots/</c> beside the test assembly.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DashboardTests(WebFixture web, ITestOutputHelper output) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public static string ScreenshotFolder => Environment.GetEnvironmentVariable("ENTENTE_SCREENSHOTS")
        ?? System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");

    // Playwright starts the browser with a fresh, temporary profile of its own each time.
    public async Task InitializeAsync()
    {
        if (Chromium.Path is null) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    private async Task<IPage> Open(string hash, int width = 1280, int height = 800)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = web.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") output.WriteLine("console: " + m.Text); };
        await page.GotoAsync("/" + hash);
        await Ready(page);
        Assert.Empty(errors);
        return page;
    }

    private static async Task Ready(IPage page)
    {
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
    }

    private async Task Shot(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        string path = System.IO.Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty");
        output.WriteLine("screenshot: " + path);
    }

    [ChromiumFact]
    public async Task The_overview_loads_with_network_timeline_and_tension_charts()
    {
        var page = await Open("#/");
        Assert.Equal(0, await page.Locator("[data-testid=error]").CountAsync());
        int events = int.Parse((await page.Locator("[data-testid=kpi-events]").InnerTextAsync()).Replace(",", ""));
        var health = await web.Client.GetFromJsonAsync<JsonElement>("/api/health");
        Assert.Equal(health.GetProperty("events").GetInt32(), events);
        // Cytoscape and ECharts draw on canvases: each chart has one once drawn.
        Assert.True(await page.Locator("[data-testid=network] canvas").CountAsync() > 0);
        Assert.True(await page.Locator("[data-testid=timeline] canvas").CountAsync() > 0);
        Assert.True(await page.Locator("[data-testid=tension] canvas").CountAsync() > 0);
        Assert.True(await page.Locator("[data-testid=relations] tbody tr").CountAsync() > 0);
        // The pair chosen for the tension chart shows the model's tension when it has dated acts.
        string pair = await page.InputValueAsync("[data-testid=pair-select]");
        var rel = await web.Client.GetFromJsonAsync<JsonElement>($"/api/relations/{pair.Replace(',', '/')}");
        bool dated = rel.GetProperty("acts").EnumerateArray().Any(p => char.IsDigit(p.GetProperty("period").GetString()![0]));
        Assert.Equal(dated ? 1 : 0, await page.Locator("[data-testid=acts-tension]").CountAsync());
        await Shot(page, "overview-1280x800");

        await page.SelectOptionAsync("[data-testid=interval-select]", "year");
        await page.WaitForURLAsync("**interval=year**");
        await Ready(page);
        Assert.Equal("year", await page.InputValueAsync("[data-testid=interval-select]"));
        Assert.True(await page.Locator("[data-testid=timeline] canvas").CountAsync() > 0);
    }

    [ChromiumFact]
    public async Task Filtering_by_date_and_actor_shows_only_matching_events()
    {
        var page = await Open("#/events");
        await page.FillAsync("[data-testid=filter-since]", "2024-06-01");
        await page.FillAsync("[data-testid=filter-until]", "2024-07-31");
        await page.FillAsync("[data-testid=filter-actor]", "rus");
        await page.ClickAsync("[data-testid=filter-apply]");
        await page.WaitForURLAsync("**actor=RUS**");
        await Ready(page);

        var expected = await web.Client.GetFromJsonAsync<JsonElement>("/api/events?actor=RUS&since=2024-06-01&until=2024-07-31&limit=500");
        int total = expected.GetProperty("total").GetInt32();
        Assert.True(total > 0, "the sample corpus has Russian events in June and July 2024");
        var rows = page.Locator("[data-testid=event-row]");
        Assert.Equal(Math.Min(total, 50), await rows.CountAsync());
        Assert.Contains($"of {total}", await page.Locator("[data-testid=events-count]").InnerTextAsync());
        for (int i = 0; i < await rows.CountAsync(); i++)
        {
            string text = await rows.Nth(i).InnerTextAsync();
            Assert.Contains("RUS", text);
            Assert.Matches("2024-0[67]", text);
        }
        await Shot(page, "events-filtered-1280x800");
    }

    [ChromiumFact]
    public async Task Clicking_an_event_opens_its_article_with_the_sentence_and_trigger_highlighted()
    {
        var page = await Open("#/events?actor=RUS");
        var row = page.Locator("[data-testid=event-row]").First;
        long id = long.Parse((await row.GetAttributeAsync("data-event"))!);
        var e = await web.Client.GetFromJsonAsync<JsonElement>($"/api/events/{id}");
        await row.Locator("td.sentence").ClickAsync();
        await page.WaitForURLAsync("**#/article/**");
        await Ready(page);

        string sentence = string.Concat(await page.Locator("#article-text .s-sel").AllInnerTextsAsync());
        Assert.Equal(Normalise(e.GetProperty("sentence").GetString()!), Normalise(sentence));
        string trigger = string.Concat(await page.Locator("#article-text .trig").AllInnerTextsAsync());
        Assert.Equal(e.GetProperty("triggerText").GetString(), trigger);
        Assert.Equal(e.GetProperty("mode").GetString(), await page.Locator("[data-testid=event-mode]").InnerTextAsync());
        Assert.Equal(1, await page.Locator(".ev-card.sel").CountAsync());
        Assert.True(await page.Locator("#article-text .src").CountAsync() > 0, "the source actor's words are marked");
        await Shot(page, "article-1280x800");

        // Choosing another event of the article moves the highlight to its sentence.
        var cards = page.Locator("[data-testid=event-card]");
        if (await cards.CountAsync() > 1)
        {
            var other = cards.Nth((await cards.CountAsync()) - 1);
            long otherId = long.Parse((await other.GetAttributeAsync("data-event"))!);
            await other.ClickAsync();
            var o = await web.Client.GetFromJsonAsync<JsonElement>($"/api/events/{otherId}");
            string now = string.Concat(await page.Locator("#article-text .s-sel").AllInnerTextsAsync());
            Assert.Equal(Normalise(o.GetProperty("sentence").GetString()!), Normalise(now));
        }
    }

    private static string Normalise(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [ChromiumFact]
    public async Task An_actor_page_shows_who_it_is_its_partners_and_recent_events()
    {
        var page = await Open("#/events?actor=RUS");
        await page.Locator("[data-testid=event-row] a.actor-link:has-text('RUS')").First.ClickAsync();
        await page.WaitForURLAsync("**#/actor/RUS");
        await Ready(page);
        Assert.Equal("RUS", await page.Locator("[data-testid=actor-code]").InnerTextAsync());
        Assert.Equal("Russia", await page.Locator("[data-testid=actor-name]").InnerTextAsync());
        Assert.True(await page.Locator("[data-testid=actor-partners] li").CountAsync()
            + await page.Locator("[data-testid=actor-adversaries] li").CountAsync() > 0);
        Assert.True(await page.Locator("[data-testid=event-row]").CountAsync() > 0);
        await Shot(page, "actor-1280x800", fullPage: true);

        await page.GotoAsync("/#/actor/USA");
        await Ready(page);
        Assert.True(await page.Locator("[data-testid=actor-memberships] li").CountAsync() > 0, "memberships from the alliance model");
        Assert.True(await page.Locator("[data-testid=actor-treaties] li").CountAsync() > 0, "treaties from the alliance model");
        await Shot(page, "actor-usa-1280x800");
    }

    [ChromiumFact]
    public async Task At_phone_width_the_pages_fit_the_screen()
    {
        var treaty = await web.Client.GetFromJsonAsync<JsonElement>("/api/articles?q=russia-nk-treaty");
        string treatyId = treaty.GetProperty("items")[0].GetProperty("id").GetString()!;
        foreach (var (hash, name) in new[] { ("#/", "overview"), ("#/events", "events"), ("#/actor/RUS", "actor"), ("#/actors", "actors"),
                     ("#/articles", "articles"), ("#/article/" + Uri.EscapeDataString(treatyId), "article") })
        {
            var page = await Open(hash, 390, 844);
            Assert.Equal(0, await page.Locator("[data-testid=error]").CountAsync());
            await Shot(page, $"{name}-phone-390", fullPage: name == "overview");
            int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            string wide = await page.EvaluateAsync<string>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
            Assert.True(overflow <= 1, $"{name} is {overflow}px wider than the phone screen: {wide}");
        }
    }

    [ChromiumFact]
    public async Task The_actor_and_article_lists_lead_to_their_pages()
    {
        var page = await Open("#/actors");
        var first = page.Locator("[data-testid=actors-table] tbody tr").First;
        string code = (await first.GetAttributeAsync("data-code"))!;
        await first.Locator("td").Nth(2).ClickAsync();
        await page.WaitForURLAsync($"**#/actor/{code}");
        await Ready(page);
        Assert.Equal(code, await page.InnerTextAsync("[data-testid=actor-code]"));

        await page.GotoAsync("/#/articles");
        await Ready(page);
        var article = page.Locator("[data-testid=articles-table] tbody tr").First;
        string id = (await article.GetAttributeAsync("data-article"))!;
        await article.Locator("td").First.ClickAsync();
        await page.WaitForURLAsync("**#/article/**");
        await Ready(page);
        var expected = await web.Client.GetFromJsonAsync<JsonElement>("/api/articles/" + Uri.EscapeDataString(id));
        Assert.Equal(expected.GetProperty("title").GetString() ?? id, await page.InnerTextAsync("[data-testid=article-title]"));
    }

    [ChromiumFact]
    public async Task On_a_phone_the_filters_fold_away_and_still_filter()
    {
        var page = await Open("#/events", 390, 844);
        Assert.False(await page.IsVisibleAsync("[data-testid=filter-actor]"));
        await page.ClickAsync("[data-testid=filters-toggle]");
        Assert.True(await page.IsVisibleAsync("[data-testid=filter-actor]"));
        await page.FillAsync("[data-testid=filter-actor]", "PRK");
        await page.ClickAsync("[data-testid=filter-apply]");
        await page.WaitForURLAsync("**actor=PRK**");
        await Ready(page);
        Assert.Equal("Filters (1)", await page.InnerTextAsync("[data-testid=filters-toggle]"));
        var rows = page.Locator("[data-testid=event-row]");
        Assert.True(await rows.CountAsync() > 0);
        for (int i = 0; i < await rows.CountAsync(); i++) Assert.Contains("PRK", await rows.Nth(i).InnerTextAsync());
        await Shot(page, "events-filtered-phone-390");
    }

    [ChromiumFact]
    public async Task Searching_sentences_leads_to_the_sentence_in_its_article()
    {
        var page = await Open("#/");
        await page.FillAsync("[data-testid=search-input]", "treaty");
        await page.PressAsync("[data-testid=search-input]", "Enter");
        await page.WaitForURLAsync("**#/search?q=treaty");
        await Ready(page);
        var hit = page.Locator("[data-testid=search-hit]").First;
        string text = await hit.Locator("div").First.InnerTextAsync();
        await hit.ClickAsync();
        await page.WaitForURLAsync("**sentence=**");
        await Ready(page);
        string sentence = string.Concat(await page.Locator("#article-text .s-sel").AllInnerTextsAsync());
        Assert.Equal(Normalise(text), Normalise(sentence));
    }
}
