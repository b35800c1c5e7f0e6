using System.Net;
using System.Net.Sockets;
using System.Text;
using Entente.Scale;
using Entente.Storage;
using Entente.Tests.Cli;
using Entente.Tests.Storage;
using Xunit;

namespace Entente.Tests.Scale;

/// <summary><c>entente watch</c> against feeds served on 127.0.0.1 by a real HTTP server.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly HttpListener _listener = new();
    private readonly string _base;
    private readonly List<string> _requests = [];
    private volatile int _version = 1;
    private volatile int _dated = 1; // version of the feed served with Last-Modified only

    public WatchCommandTests()
    {
        int port = FreePort();
        _base = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(_base);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public void Dispose()
    {
        _listener.Close();
        _temp.Dispose();
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static string Item(string id, string text) =>
        $"<item><title>{id}</title><link>https://news.example/{id}</link><guid>https://news.example/{id}</guid><pubDate>Wed, 19 Jun 2024 10:00:00 GMT</pubDate><description>{text}</description></item>";

    private string Feed() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Test Wire</title><link>https://news.example/</link>"
        + Item("pact", "Russia and North Korea signed a mutual defence treaty in Pyongyang on Wednesday.")
        + Item("protest", "South Korea protested to China over the incursion, the foreign ministry said.")
        + (_version >= 2 ? Item("visit", "Japan's prime minister visited Seoul on Thursday for talks with the president.") : "")
        + "</channel></rss>";

    // Version 2 corrects the text of one item (same guid) and keeps the other as it was.
    private string DatedFeed() =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Dated Wire</title><link>https://dated.example/</link>"
        + Item("summit", _dated >= 2
            ? "Brazil and Argentina signed a trade agreement in Brasilia on Thursday, officials said."
            : "Brazil and Argentina signed a trade agreement in Brasilia on Thursday.")
        + Item("talks", "Kenya hosted talks between Ethiopia and Somalia in Nairobi on Friday.")
        + "</channel></rss>";

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Handle(ctx));
        }
    }

    private async Task Handle(HttpListenerContext ctx)
    {
        var req = ctx.Request;
        var res = ctx.Response;
        lock (_requests) _requests.Add($"{req.Url!.AbsolutePath} If-None-Match={req.Headers["If-None-Match"]} If-Modified-Since={req.Headers["If-Modified-Since"]}");
        try
        {
            switch (req.Url.AbsolutePath)
            {
                case "/feed.xml":
                    string etag = $"\"v{_version}\"";
                    if (req.Headers["If-None-Match"] == etag) { res.StatusCode = 304; break; }
                    res.Headers["ETag"] = etag;
                    res.Headers["Last-Modified"] = new DateTime(2024, 6, 19, 10, _version, 0, DateTimeKind.Utc).ToString("R");
                    await Write(res, Feed());
                    break;
                case "/dated.xml":
                    // Last-Modified only, no ETag: answered 304 when not modified since the date the client sends.
                    var modified = new DateTime(2024, 6, 20, 8, _dated, 0, DateTimeKind.Utc);
                    if (DateTime.TryParse(req.Headers["If-Modified-Since"], System.Globalization.CultureInfo.InvariantCulture,
                            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var since)
                        && since >= modified) { res.StatusCode = 304; break; }
                    res.Headers["Last-Modified"] = modified.ToString("R");
                    await Write(res, DatedFeed());
                    break;
                case "/plain.xml": await Write(res, DatedFeed()); break; // no validators at all: always the whole feed
                case "/moved": Redirect(res, "/feed.xml"); break;
                case "/to-file": Redirect(res, "file:///etc/passwd"); break;
                case "/to-ftp": Redirect(res, "ftp://127.0.0.1/feed.xml"); break;
                case "/loop": Redirect(res, "/loop"); break;
                case "/big":
                    await Write(res, "<rss><channel>" + new string(' ', 2_000_000) + "</channel></rss>");
                    break;
                case "/slow":
                    await Task.Delay(10_000);
                    await Write(res, Feed());
                    break;
                default: res.StatusCode = 404; break;
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException) { }
        finally
        {
            try { res.Close(); } catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { }
        }
    }

    private static void Redirect(HttpListenerResponse res, string location)
    {
        res.StatusCode = 302;
        res.Headers["Location"] = location;
    }

    private static async Task Write(HttpListenerResponse res, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        res.ContentType = "application/rss+xml; charset=utf-8";
        res.ContentLength64 = bytes.Length;
        await res.OutputStream.WriteAsync(bytes);
    }

    // A generous timeout: the server runs in this test process, and under a full parallel test run its handlers can wait
    // seconds for a thread; only the slow-feed check uses a short one, which its server outwaits whatever the load.
    private CliRun Watch(string db, params string[] paths) => WatchWithin("30s", db, paths);

    private CliRun WatchWithin(string timeout, string db, params string[] paths) =>
        CliRunner.Run(["watch", .. paths.Select(p => _base + p), "--db", db, "--once", "--timeout", timeout, "--max-bytes", "1000000"]);

    [Fact]
    public void Polls_ingest_new_items_once_and_ask_conditionally_afterwards()
    {
        string db = _temp.File("watch.db");
        var first = Watch(db, "feed.xml");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("2 added", first.Stderr);
        Assert.True(File.Exists(db + ".watch.json"));

        var second = Watch(db, "feed.xml");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("not modified", second.Stderr);
        lock (_requests) Assert.Contains("/feed.xml If-None-Match=\"v1\" If-Modified-Since=Wed, 19 Jun 2024 10:01:00 GMT", _requests);

        _version = 2;
        var third = Watch(db, "feed.xml");
        Assert.True(third.ExitCode == 0, third.Stderr);
        Assert.Contains("1 added, 0 replaced, 0 unchanged", third.Stderr);

        // A redirect within http(s) is followed; another feed URL has its own memory, and the store skips what it holds.
        var moved = Watch(db, "moved");
        Assert.True(moved.ExitCode == 0, moved.Stderr);
        Assert.Contains("0 added, 0 replaced, 3 unchanged", moved.Stderr);

        using var store = EventStores.Open(db);
        Assert.Equal(3, store.Summarize().Articles);
        Assert.Contains(store.QueryEvents(EventQuery.All), e => e.ArticleId == "https://news.example/pact");
    }

    [Fact]
    public void A_feed_with_only_last_modified_is_asked_if_modified_since_and_a_corrected_item_replaces_its_first_text()
    {
        string db = _temp.File("dated.db");
        var first = Watch(db, "dated.xml");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("2 added", first.Stderr);

        var second = Watch(db, "dated.xml");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("not modified", second.Stderr);
        lock (_requests) Assert.Contains("/dated.xml If-None-Match= If-Modified-Since=Thu, 20 Jun 2024 08:01:00 GMT", _requests);

        _dated = 2;
        var third = Watch(db, "dated.xml");
        Assert.True(third.ExitCode == 0, third.Stderr);
        Assert.Contains("0 added, 1 replaced, 0 unchanged", third.Stderr);

        // A server that sends no validators gets no conditional request; what was seen is remembered, so nothing is stored again.
        var plain = Watch(db, "plain.xml");
        Assert.True(plain.ExitCode == 0, plain.Stderr);
        var again = Watch(db, "plain.xml");
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("no new items", again.Stderr);
        lock (_requests) Assert.Equal(2, _requests.Count(r => r == "/plain.xml If-None-Match= If-Modified-Since="));

        using var store = EventStores.Open(db);
        Assert.Equal(2, store.Summarize().Articles);
    }

    [Fact]
    public void Other_schemes_oversized_slow_and_looping_feeds_are_refused_each_on_one_line()
    {
        string db = _temp.File("refused.db");
        var run = Watch(db, "to-file", "to-ftp", "big", "loop", "missing", "feed.xml");
        Assert.Equal(1, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("/to-file") && l.Contains("file: URL, refused"));
        Assert.Contains(lines, l => l.Contains("/to-ftp") && l.Contains("ftp: URL, refused"));
        Assert.Contains(lines, l => l.Contains("/big") && l.Contains("than the 1,000,000"));
        Assert.Contains(lines, l => l.Contains("/loop") && l.Contains("more than 5 redirects"));
        Assert.Contains(lines, l => l.Contains("/missing") && l.Contains("404"));
        Assert.Contains(lines, l => l.Contains("/feed.xml") && l.Contains("2 added"));

        var slow = WatchWithin("1s", db, "slow");
        Assert.Equal(1, slow.ExitCode);
        Assert.Contains(slow.Stderr.Split('\n'), l => l.Contains("/slow") && l.Contains("no complete answer within 1 s"));

        var bad = CliRunner.Run("watch", "file:///etc/passwd", "--db", db, "--once");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("not an http:// or https:// URL", bad.Stderr);
    }

    [Fact]
    public void Durations_read_as_users_write_them()
    {
        Assert.True(Durations.TryParse("15m", out var m) && m == TimeSpan.FromMinutes(15));
        Assert.True(Durations.TryParse("500ms", out var ms) && ms == TimeSpan.FromMilliseconds(500));
        Assert.True(Durations.TryParse("2h", out var h) && h == TimeSpan.FromHours(2));
        Assert.True(Durations.TryParse("30", out var s) && s == TimeSpan.FromSeconds(30));
        Assert.False(Durations.TryParse("soon", out _));
        Assert.False(Durations.TryParse("-5m", out _));
        Assert.Equal(2, CliRunner.Run("watch", _base + "feed.xml", "--db", _temp.File("x.db"), "--every", "often").ExitCode);
    }
}
