using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Entente.Articles;

namespace Entente.Scale;

/// <summary>
/// A batch of articles as a queue message: a JSON array of {"id","key","origin","source","url","title","published","text"}
/// holding each article as its reader cleaned it, so a worker on another machine needs no access to the input files.
/// </summary>
internal static class ArticleBatch
{
    /// <summary>The message's UTF-8 JSON.</summary>
    public static byte[] Encode(IReadOnlyList<Article> articles)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var a in articles)
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                if (a.Key != a.Id) w.WriteString("key", a.Key);
                w.WriteString("origin", a.Origin);
                if (a.Source is not null) w.WriteString("source", a.Source);
                if (a.Url is not null) w.WriteString("url", a.Url);
                if (a.Title is not null) w.WriteString("title", a.Title);
                if (a.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("text", a.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The articles of a message made by <see cref="Encode"/>.</summary>
    /// <exception cref="InvalidDataException">The message is not such a batch.</exception>
    public static List<Article> Decode(ReadOnlySpan<byte> json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json.ToArray());
            if (doc.RootElement.ValueKind != JsonValueKind.Array) throw new InvalidDataException("an article batch is a JSON array");
            var articles = new List<Article>(doc.RootElement.GetArrayLength());
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                string id = e.GetProperty("id").GetString() ?? throw new InvalidDataException("article without id");
                string text = e.GetProperty("text").GetString() ?? throw new InvalidDataException($"article '{id}' without text");
                articles.Add(new Article(id, text)
                {
                    Key = Get(e, "key") ?? id,
                    Origin = Get(e, "origin") ?? "",
                    Source = Get(e, "source"),
                    Url = Get(e, "url"),
                    Title = Get(e, "title"),
                    Published = Get(e, "published") is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                });
            }
            return articles;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new InvalidDataException("not an article batch: " + e.Message, e);
        }
    }

    private static string? Get(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
