using System.Globalization;
using Entente.Articles;
using StackExchange.Redis;

namespace Entente.Scale;

/// <summary>One message of the queue: its stream entry id and its articles (null when the message is unreadable).</summary>
/// <param name="Id">The stream entry id.</param>
/// <param name="Articles">The batch's articles, or null when the entry was deleted or does not hold a batch.</param>
/// <param name="Claimed">True when the entry was taken over from a consumer that stopped acknowledging (XAUTOCLAIM).</param>
/// <param name="Deliveries">How many times the entry has been delivered, this time included.</param>
/// <param name="Error">Why <paramref name="Articles"/> is null.</param>
internal sealed record QueueMessage(string Id, IReadOnlyList<Article>? Articles, bool Claimed, long Deliveries, string? Error = null);

/// <summary>
/// Article batches on a Redis stream read by a consumer group: producers XADD, workers XREADGROUP, acknowledge (XACK)
/// and delete each entry only after its batch is committed, and take over (XAUTOCLAIM) entries another worker has held
/// unacknowledged for longer than the claim time, so a batch of a dead worker is done by another. Entries delivered
/// too often (a batch that crashes every worker) go to a dead-letter stream, STREAM:dead.
/// </summary>
internal sealed class RedisQueue : IDisposable
{
    private const string Field = "articles";
    private readonly ConnectionMultiplexer _redis;
    private readonly IDatabase _db;
    private RedisValue _claimCursor = "0-0";

    private RedisQueue(ConnectionMultiplexer redis, string display, string stream, string group)
    {
        _redis = redis;
        _db = redis.GetDatabase();
        Display = display;
        Stream = stream;
        Group = group;
    }

    /// <summary>The queue URL with its password hidden.</summary>
    public string Display { get; }

    /// <summary>The stream key.</summary>
    public string Stream { get; }

    /// <summary>The consumer group.</summary>
    public string Group { get; }

    /// <summary>The dead-letter stream.</summary>
    public string DeadLetters => Stream + ":dead";

    /// <summary>
    /// Connects to redis://[user:password@]host[:port][/database] (rediss:// for TLS) and makes sure the stream and its
    /// consumer group exist (a group created now starts at the beginning of the stream).
    /// </summary>
    /// <exception cref="QueueException">The URL is malformed or the server cannot be reached.</exception>
    public static RedisQueue Connect(string url, string stream = "entente:articles", string group = "entente")
    {
        var (options, display) = ParseUrl(url);
        ConnectionMultiplexer redis;
        try
        {
            redis = ConnectionMultiplexer.Connect(options);
        }
        catch (RedisConnectionException e)
        {
            throw new QueueException($"queue '{display}': cannot connect ({FirstLine(e.Message)})", e);
        }
        var queue = new RedisQueue(redis, display, stream, group);
        try
        {
            queue._db.StreamCreateConsumerGroup(stream, group, "0-0", createStream: true);
        }
        catch (RedisServerException e) when (e.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // The group exists: another worker or producer made it.
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            queue.Dispose();
            throw new QueueException($"queue '{display}': {FirstLine(e.Message)}", e);
        }
        return queue;
    }

    /// <summary>Turns a redis:// URL into connection options, and the URL with its password hidden.</summary>
    public static (ConfigurationOptions Options, string Display) ParseUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "redis" && uri.Scheme != "rediss") || uri.Host.Length == 0)
            throw new QueueException($"queue '{url}': not a Redis URL (use redis://host:port)");
        var options = new ConfigurationOptions
        {
            AbortOnConnectFail = true,
            ConnectTimeout = 10_000,
            SyncTimeout = 30_000,
            Ssl = uri.Scheme == "rediss",
            ClientName = "entente",
        };
        options.EndPoints.Add(uri.Host, uri.IsDefaultPort || uri.Port <= 0 ? 6379 : uri.Port);
        string display = url;
        if (uri.UserInfo.Length > 0)
        {
            int colon = uri.UserInfo.IndexOf(':');
            string user = Uri.UnescapeDataString(colon < 0 ? "" : uri.UserInfo[..colon]);
            string password = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[(colon + 1)..]);
            if (user.Length > 0) options.User = user;
            options.Password = password;
            display = url.Replace(uri.UserInfo, (user.Length > 0 ? user : "") + ":***", StringComparison.Ordinal);
        }
        string path = uri.AbsolutePath.Trim('/');
        if (path.Length > 0)
        {
            if (!int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out int database))
                throw new QueueException($"queue '{display}': the path must be a database number");
            options.DefaultDatabase = database;
        }
        return (options, display);
    }

    /// <summary>Puts one batch on the stream and returns its entry id.</summary>
    public string Enqueue(IReadOnlyList<Article> articles) =>
        _db.StreamAdd(Stream, [new NameValueEntry(Field, ArticleBatch.Encode(articles)), new NameValueEntry("n", articles.Count)]).ToString();

    /// <summary>Entries on the stream (not yet deleted: waiting or being processed).</summary>
    public long Length => _db.StreamLength(Stream);

    /// <summary>Entries delivered to a worker and not yet acknowledged.</summary>
    public long Pending => _db.StreamPending(Stream, Group).PendingMessageCount;

    /// <summary>
    /// The next message for <paramref name="consumer"/>: first an entry another consumer has held unacknowledged for at
    /// least <paramref name="claimIdle"/> (taken over), else a new entry; null when there is neither.
    /// </summary>
    public QueueMessage? Next(string consumer, TimeSpan claimIdle)
    {
        // The cursor walks the pending list across calls, so entries far down it are reached too.
        var claim = _db.StreamAutoClaim(Stream, Group, consumer, (long)claimIdle.TotalMilliseconds, _claimCursor, 1);
        _claimCursor = claim.NextStartId.IsNullOrEmpty ? "0-0" : claim.NextStartId;
        if (claim.ClaimedEntries.Length > 0) return Read(claim.ClaimedEntries[0], claimed: true);
        var entries = _db.StreamReadGroup(Stream, Group, consumer, ">", 1);
        return entries.Length > 0 ? Read(entries[0], claimed: false) : null;
    }

    private QueueMessage Read(StreamEntry entry, bool claimed)
    {
        string id = entry.Id.ToString();
        long deliveries = 1;
        if (claimed)
        {
            var info = _db.StreamPendingMessages(Stream, Group, 1, RedisValue.Null, id, id);
            deliveries = info.Length > 0 ? info[0].DeliveryCount : 2;
        }
        if (entry.IsNull || entry.Values is null) return new QueueMessage(id, null, claimed, deliveries, "the entry was deleted");
        var value = entry[Field];
        if (value.IsNull) return new QueueMessage(id, null, claimed, deliveries, "the entry holds no article batch");
        try
        {
            return new QueueMessage(id, ArticleBatch.Decode((byte[])value!), claimed, deliveries);
        }
        catch (InvalidDataException e)
        {
            return new QueueMessage(id, null, claimed, deliveries, e.Message);
        }
    }

    /// <summary>Acknowledges the entry and deletes it from the stream, in one transaction: its batch is committed.</summary>
    public void Done(string id)
    {
        var tx = _db.CreateTransaction();
        _ = tx.StreamAcknowledgeAsync(Stream, Group, id);
        _ = tx.StreamDeleteAsync(Stream, [id]);
        tx.Execute();
    }

    /// <summary>Moves the entry to the dead-letter stream with the reason, and acknowledges it.</summary>
    public void DeadLetter(string id, string reason)
    {
        var entries = _db.StreamRange(Stream, id, id, 1);
        var tx = _db.CreateTransaction();
        var fields = new List<NameValueEntry> { new("id", id), new("reason", reason) };
        if (entries.Length > 0 && !entries[0][Field].IsNull) fields.Add(new NameValueEntry(Field, entries[0][Field]));
        _ = tx.StreamAddAsync(DeadLetters, fields.ToArray());
        _ = tx.StreamAcknowledgeAsync(Stream, Group, id);
        _ = tx.StreamDeleteAsync(Stream, [id]);
        tx.Execute();
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose() => _redis.Dispose();

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}

/// <summary>The queue cannot be used: a malformed URL or an unreachable server. The message is one line.</summary>
internal sealed class QueueException(string message, Exception? inner = null) : Exception(message, inner);
