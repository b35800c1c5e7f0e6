using System.Text.Json;
using Entente.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Entente.Web;

/// <summary>An error a request handler raises on purpose; it becomes a problem details response with its status.</summary>
internal sealed class ApiException(int status, string title, string detail, IDictionary<string, string[]>? errors = null) : Exception(detail)
{
    /// <summary>Response headers to send with the problem (the exception handler clears the response first).</summary>
    public Dictionary<string, string> Headers { get; } = [];

    public int Status { get; } = status;
    public string Title { get; } = title;
    public IDictionary<string, string[]>? Errors { get; } = errors;

    public static ApiException BadRequest(string parameter, string detail) =>
        new(StatusCodes.Status400BadRequest, "Invalid request", detail, new Dictionary<string, string[]> { [parameter] = [detail] });

    public static ApiException NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);
}

/// <summary>
/// Turns every exception into an RFC 9457 problem details response: <see cref="ApiException"/> with its own status,
/// a too-large or malformed request with Kestrel's status (413, 400), malformed JSON 400, a store that cannot be
/// read 503, anything else 500 (without internals).
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ApiException api => Problem(api.Status, api.Title, api.Message, api.Errors),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                Problem(StatusCodes.Status413PayloadTooLarge, "Request body too large", exception.Message),
            BadHttpRequestException bad => Problem(bad.StatusCode, "Bad request", bad.Message),
            JsonException json => Problem(StatusCodes.Status400BadRequest, "Malformed JSON", json.Message),
            StoreException store => Problem(StatusCodes.Status503ServiceUnavailable, "Event store unavailable", store.Message),
            _ => null,
        };
        if (problem is null)
        {
            log.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "Internal error", "The server failed to handle the request; see its log.");
        }
        context.Response.StatusCode = problem.Status!.Value;
        if (exception is ApiException { Headers: var headers })
            foreach (var (name, value) in headers) context.Response.Headers[name] = value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception })
            .ConfigureAwait(false);
    }

    private static ProblemDetails Problem(int status, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        var p = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors);
        p.Status = status;
        p.Title = title;
        p.Detail = detail;
        return p;
    }
}
