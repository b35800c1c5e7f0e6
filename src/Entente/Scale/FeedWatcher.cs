using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Articles;
using Entente.Pipeline;
using Entente.Storage;

namespace Entente.Scale;

/// <summary>What one poll of one feed did.</summary>
/// <param name="Url">The feed.</param>
/// <param name="Status">"new", "not modified", "no new items" or "failed".</param>
/// <param name="NewItems">Items not seen before (or changed since), run through the pipeline and stored.</param>
/// <param name="Stored">What the store did with them.</param>
/// <param name="Error">Why the poll failed, in one line.</param>
internal sealed record FeedPoll(string Url, string Status, int NewItems, IngestResult? Stored, string? Error = null)
{
    /// <inheritdoc />
    public override string ToString() => Error is not null ? $"{Url}: {Error}" : $"{Url}: {Status}" + (Stored is not null ? $" ({Stored})" : "");
}

/// <summary>
/// Polls RSS/Atom feeds and ingests items it has not seen. Conditional requests (If-None-Match with the ETag,
/// If-Modified-Since with the Last-Modified of the last answer), a timeout over the whole request, a size cap on the body,
/// http and https only, redirects followed by hand (at most 5, never to another scheme nor from https down to http).
/// What it has seen (validators, and item ids with their content hash) is kept in a state file, written after each commit.
/// </summary>
internal sealed class FeedWatcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly IEventStore _store;
    private readonly EntentePipeline _pipeline;
    private readonly string _statePath;
    private readonly Dictionary<string, FeedState> _state;

    /// <summary>Longest a request may take, body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest feed body accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Item ids remembered per feed (the most recent ones).</summary>
    public int RememberItems { get; init; } = 10_000;

    /// <summary>Creates a watcher writing to <paramref name="store"/> and remembering in <paramref name="statePath"/>.</summary>
    public FeedWatcher(IEventStore store, EntentePipeline pipeline, string statePath, HttpMessageHandler? handler = null)
    {
        _store = store;
        _pipeline = pipeline;
        _statePath = Path.GetFullPath(statePath);
        _state = Load(_statePath);
        _http = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(15),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        })
        { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Entente/1.0 (+feed watcher)");
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1");
    }

    /// <summary>The default state file for a --db value: beside a SQLite file, else in the user's state folder.</summary>
    public static string DefaultStatePath(string db) =>
        Path.ChangeExtension(IngestCheckpoint.DefaultPath(db), ".watch.json");

    /// <summary>True when <paramref name="url"/> is an absolute http or https URL.</summary>
    public static bool IsHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Polls every feed once, one after the other.</summary>
    public List<FeedPoll> PollAll(IEnumerable<string> urls, CancellationToken cancel = default) =>
        urls.Select(u => Poll(u, cancel)).ToList();

    /// <summary>Polls one feed: fetches it if changed, and stores the items not seen before.</summary>
    public FeedPoll Poll(string url, CancellationToken cancel = default)
    {
        if (!IsHttp(url)) return new FeedPoll(url, "failed", 0, null, "only http:// and https:// feeds are watched");
        _state.TryGetValue(url, out var state);
        state ??= new FeedState();
        string xml;
        string? etag, lastModified;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timeout.CancelAfter(Timeout);
            var fetched = Fetch(new Uri(url), state, timeout.Token);
            if (fetched is null)
            {
                state.LastPolled = DateTime.UtcNow;
                _state[url] = state;
                Save();
                return new FeedPoll(url, "not modified", 0, null);
            }
            (xml, etag, lastModified) = fetched.Value;
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new FeedPoll(url, "failed", 0, null, $"no complete answer within {Timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is HttpRequestException or InputException or IOException or InvalidDataException)
        {
            return new FeedPoll(url, "failed", 0, null, OneLine(e.Message));
        }

        IReadOnlyList<Article> items;
        try
        {
            items = FeedArticleReader.Read(xml, url);
        }
        catch (InputException e)
        {
            return new FeedPoll(url, "failed", 0, null, OneLine(e.Message));
        }
        var fresh = new List<Article>();
        foreach (var item in items)
        {
            string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.Text)))[..16];
            if (state.Seen.TryGetValue(item.Key, out var seen) && seen == hash) continue;
            fresh.Add(item);
        }
        IngestResult? stored = null;
        if (fresh.Count > 0)
        {
            var results = new ArticleResult[fresh.Count];
            Parallel.For(0, fresh.Count, i => results[i] = _pipeline.Process(fresh[i]));
            stored = _store.Ingest(results);
        }
        // Only now, with the items committed, may the next poll ask "changed since this answer?".
        (state.ETag, state.LastModified) = (etag, lastModified);
        foreach (var item in fresh) state.Remember(item.Key, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.Text)))[..16], RememberItems);
        state.LastPolled = DateTime.UtcNow;
        _state[url] = state;
        Save();
        return new FeedPoll(url, fresh.Count > 0 ? "new" : "no new items", fresh.Count, stored);
    }

    private (string Xml, string? ETag, string? LastModified)? Fetch(Uri uri, FeedState state, CancellationToken cancel)
    {
        for (int hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (state.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
            if (state.LastModified is { } lm && DateTimeOffset.TryParse(lm, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
                request.Headers.IfModifiedSince = since;
            using var response = _http.Send(request, HttpCompletionOption.ResponseHeadersRead, cancel);
            int code = (int)response.StatusCode;
            if (code is >= 300 and < 400 && code != 304)
            {
                if (hop >= 5) throw new HttpRequestException("more than 5 redirects");
                var location = response.Headers.Location ?? throw new HttpRequestException($"redirect {code} without a Location");
                var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                    throw new HttpRequestException($"redirected to a {next.Scheme}: URL, refused (http and https only)");
                if (uri.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
                    throw new HttpRequestException("redirected from https to http, refused");
                uri = next;
                continue;
            }
            if (response.StatusCode == HttpStatusCode.NotModified) return null;
            if (!response.IsSuccessStatusCode) throw new HttpRequestException($"HTTP {code} {response.ReasonPhrase}");
            if (response.Content.Headers.ContentLength is long length && length > MaxBytes)
                throw new InvalidDataException($"feed is {length:#,0} bytes, more than the {MaxBytes:#,0} accepted");
            var body = ReadCapped(response.Content.ReadAsStream(cancel), cancel);
            string xml = DecodeBody(body, response.Content.Headers.ContentType?.CharSet, uri.ToString());
            return (xml, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
        }
    }

    private byte[] ReadCapped(Stream stream, CancellationToken cancel)
    {
        using (stream)
        {
            var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int n;
            while ((n = stream.ReadAsync(chunk, cancel).AsTask().GetAwaiter().GetResult()) > 0)
            {
                if (buffer.Length + n > MaxBytes) throw new InvalidDataException($"feed is larger than the {MaxBytes:#,0} bytes accepted");
                buffer.Write(chunk, 0, n);
            }
            return buffer.ToArray();
        }
    }

    private static string DecodeBody(byte[] body, string? charset, string origin)
    {
        if (charset is { } cs && !cs.Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !cs.Trim('"').Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var text = Encoding.GetEncoding(cs.Trim('"')).GetString(body);
                if (!string.IsNullOrWhiteSpace(text)) return text;
            }
            catch (ArgumentException) { /* unknown charset: try UTF-8 */ }
        }
        return InputDecoder.Decode(body, origin);
    }

    private void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_statePath)!);
        string temp = $"{_statePath}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, _state, FeedStateJson.Default.DictionaryStringFeedState);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, _statePath, overwrite: true);
    }

    private static Dictionary<string, FeedState> Load(string path)
    {
        if (!File.Exists(path)) return new(StringComparer.Ordinal);
        try
        {
            var loaded = JsonSerializer.Deserialize(File.ReadAllBytes(path), FeedStateJson.Default.DictionaryStringFeedState);
            return loaded is null ? new(StringComparer.Ordinal) : new(loaded, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            // A damaged state file costs one full fetch per feed, never data: the store skips what it holds.
            return new(StringComparer.Ordinal);
        }
    }

    /// <summary>Closes the HTTP client.</summary>
    public void Dispose() => _http.Dispose();

    private static string OneLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    /// <summary>What the watcher remembers of one feed.</summary>
    public sealed class FeedState
    {
        /// <summary>The ETag of the last full answer.</summary>
        public string? ETag { get; set; }

        /// <summary>The Last-Modified of the last full answer (RFC 1123).</summary>
        public string? LastModified { get; set; }

        /// <summary>When the feed was last polled successfully.</summary>
        public DateTime? LastPolled { get; set; }

        /// <summary>Item id to a short hash of its text, for the most recent items.</summary>
        public Dictionary<string, string> Seen { get; set; } = new(StringComparer.Ordinal);

        /// <summary>Item ids in the order they were first seen, to forget the oldest.</summary>
        public List<string> Order { get; set; } = [];

        internal void Remember(string id, string hash, int limit)
        {
            if (!Seen.ContainsKey(id)) Order.Add(id);
            Seen[id] = hash;
            if (Order.Count > limit)
            {
                int drop = Order.Count - limit;
                foreach (var old in Order.Take(drop)) Seen.Remove(old);
                Order.RemoveRange(0, drop);
            }
        }
    }
}

/// <summary>Source-generated JSON for the watcher's state file (no reflection: works trimmed and ahead-of-time compiled).</summary>
[JsonSerializable(typeof(Dictionary<string, FeedWatcher.FeedState>))]
internal sealed partial class FeedStateJson : JsonSerializerContext;
