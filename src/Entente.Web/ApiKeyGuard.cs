using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Entente.Web;

/// <summary>
/// Guards the API with the key from <see cref="ServerOptions.ApiKey"/>. Writes (POST, PUT, PATCH, DELETE) always need
/// the key; reads need it only from a client that is not on the loopback interface. Without a configured key, writes
/// are refused (403) and so is every request from elsewhere. The key comes in <c>X-Api-Key</c> or
/// <c>Authorization: Bearer</c>; a missing or wrong key gets 401 with a <c>WWW-Authenticate</c> challenge.
/// </summary>
internal sealed class ApiKeyGuard(RequestDelegate next, ServerOptions options)
{
    private readonly byte[]? _key = string.IsNullOrEmpty(options.ApiKey) ? null : Encoding.UTF8.GetBytes(options.ApiKey);

    public Task InvokeAsync(HttpContext context)
    {
        bool write = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method);
        bool local = IsLoopback(context.Connection.RemoteIpAddress);
        if (!write && local) return next(context);

        if (_key is null)
        {
            string detail = write
                ? $"Ingestion is turned off: start the server with the {ServerOptions.ApiKeyVariable} environment variable set."
                : $"Only loopback clients may read without a key: set {ServerOptions.ApiKeyVariable} to allow others.";
            throw new ApiException(StatusCodes.Status403Forbidden, "Forbidden", detail);
        }
        if (!Matches(Presented(context.Request)))
        {
            throw new ApiException(StatusCodes.Status401Unauthorized, "Unauthorized", "A valid API key is needed: send it in the X-Api-Key header.")
            {
                Headers = { ["WWW-Authenticate"] = "ApiKey header=\"X-Api-Key\", Bearer" },
            };
        }
        return next(context);
    }

    internal static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var key) && key.Count > 0) return key[0];
        string? auth = request.Headers.Authorization;
        return auth is not null && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? auth[7..].Trim() : null;
    }

    private bool Matches(string? presented)
    {
        if (presented is null || _key is null) return false;
        var bytes = Encoding.UTF8.GetBytes(presented);
        return bytes.Length == _key.Length && CryptographicOperations.FixedTimeEquals(bytes, _key);
    }
}
