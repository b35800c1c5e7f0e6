using System.Globalization;
using Entente.Events;
using Entente.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Entente.Web.Api;

/// <summary>Parses query parameters, failing with a 400 problem that names the parameter.</summary>
internal static class Args
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
    public const int MaxTextLength = 200;

    public static int Offset(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            throw ApiException.BadRequest("offset", $"offset must be a whole number from 0; got '{text}'.");
        return n;
    }

    public static int Limit(string? text, int fallback = DefaultLimit, int max = MaxLimit)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || n > max)
            throw ApiException.BadRequest("limit", $"limit must be a whole number from 1 to {max}; got '{text}'.");
        return n;
    }

    public static DateOnly? Date(string? text, string name)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        throw ApiException.BadRequest(name, $"{name} must be a date as YYYY-MM-DD; got '{text}'.");
    }

    public static string? Code(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim().ToUpperInvariant();
        if (text.Length > 32 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '_'))
            throw ApiException.BadRequest(name, $"{name} must be an actor code such as KOR or NATO; got '{text}'.");
        return text;
    }

    public static EventType? Type(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (EventTypes.TryParse(text.Trim(), out var t)) return t;
        throw ApiException.BadRequest("type", $"type must be a PLOVER type ({string.Join(", ", Enum.GetValues<EventType>().Select(x => x.ToPlover()))}); got '{text}'.");
    }

    public static EventMode? Mode(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "happened" => EventMode.Happened,
        "intend" or "intended" => EventMode.Intended,
        "hypothetical" => EventMode.Hypothetical,
        "negated" => EventMode.Negated,
        _ => throw ApiException.BadRequest("mode", $"mode must be happened, intend, hypothetical or negated; got '{text}'."),
    };

    public static string? Text(string? text, string name = "text")
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.Length > MaxTextLength) throw ApiException.BadRequest(name, $"{name} must be at most {MaxTextLength} characters.");
        return text.Trim();
    }

    public static (string, string)? Pair(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split([',', '-', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2) throw ApiException.BadRequest("pair", $"pair must be two actor codes separated by a comma (KOR,CHN); got '{text}'.");
        return (Code(parts[0], "pair")!, Code(parts[1], "pair")!);
    }

    public static Interval Interval(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "month" => Storage.Interval.Month,
        "day" => Storage.Interval.Day,
        "year" => Storage.Interval.Year,
        _ => throw ApiException.BadRequest("interval", $"interval must be day, month or year; got '{text}'."),
    };

    /// <summary>The event filters every list and aggregate endpoint shares.</summary>
    public static EventSearch Search(string? actor, string? pair, string? type, string? mode, string? since, string? until, string? text, string? article = null)
    {
        var s = new EventSearch
        {
            Actor = Code(actor, "actor"),
            Pair = Pair(pair),
            Type = Type(type),
            Mode = Mode(mode),
            Since = Date(since, "since"),
            Until = Date(until, "until"),
            Text = Text(text),
            ArticleId = string.IsNullOrWhiteSpace(article) ? null : article,
        };
        if (s.Since > s.Until) throw ApiException.BadRequest("since", "since must not be after until.");
        return s;
    }

    /// <summary>The address of the next page, or null on the last page.</summary>
    public static string? Next(HttpRequest request, int offset, int limit, int total)
    {
        if (offset + limit >= total) return null;
        var query = new QueryBuilder(request.Query.Where(q => q.Key is not ("offset" or "limit")).SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))))
        {
            { "offset", (offset + limit).ToString(CultureInfo.InvariantCulture) },
            { "limit", limit.ToString(CultureInfo.InvariantCulture) },
        };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
