using Entente.Storage;
using Entente.Web.Api;
using Entente.Web.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Entente.Web;

/// <summary>How <see cref="EntenteServer"/> runs.</summary>
public sealed record ServerOptions
{
    /// <summary>The environment variable that holds the API key.</summary>
    public const string ApiKeyVariable = "ENTENTE_API_KEY";

    /// <summary>The event store file (created with its schema when missing).</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Where to listen; port 0 picks a free port (see <see cref="EntenteServer.Addresses"/>).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The key that <c>POST /api/articles</c> needs (header <c>X-Api-Key</c> or <c>Authorization: Bearer</c>), and that
    /// every request from a non-loopback address needs. Null: ingestion is off and only loopback clients may read.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted, in bytes; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 1 << 20;

    /// <summary>The data folder for the pipeline used by ingestion and article analysis; null for the shipped one.</summary>
    public string? DataFolder { get; init; }

    /// <summary>The folder of the dashboard's static files; null for <c>wwwroot</c> beside the program.</summary>
    public string? WebRoot { get; init; }

    /// <summary>Log requests and start-up to the console (off in tests).</summary>
    public bool Log { get; init; } = true;
}

/// <summary>
/// The Entente HTTP API and dashboard: an ASP.NET Core app over one event store. JSON under <c>/api</c>, the
/// OpenAPI document at <c>/openapi/v1.json</c>, the dashboard at <c>/</c>. Every error is an RFC 9457 problem
/// details document.
/// </summary>
public sealed class EntenteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EntenteServer(WebApplication app) => _app = app;

    /// <summary>Builds the app (opens the store, bringing its schema up to date) without starting it.</summary>
    /// <exception cref="StoreException">The database cannot be used.</exception>
    public static EntenteServer Create(ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Directory.Exists(webRoot) ? webRoot : null,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        if (options.Log) builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
        builder.Logging.SetMinimumLevel(options.Log ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.StaticFiles", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical); // start-up failures are reported by the caller

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => new StoreService(options));
        builder.Services.AddSingleton<IActorFacts, KnowledgeBaseFacts>();
        builder.Services.AddProblemDetails(p => p.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = ctx.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.WriteIndented = false;
            j.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info = new() { Title = "Entente API", Version = "v1", Description = "Events coded from news: who did what to whom, when, said by whom, with the sentence each rests on." };
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.Services.GetRequiredService<StoreService>(); // open the store now, so a bad file fails at start
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // The dashboard loads only its own files: no CDN, no inline script.
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
            return next(context);
        });
        app.UseMiddleware<ApiKeyGuard>();
        if (app.Environment.WebRootPath is { } root && Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                OnPrepareResponse = r => r.Context.Response.Headers.CacheControl = "no-cache",
            });
        }
        app.MapOpenApi("/openapi/{documentName}.json");
        Endpoints.Map(app);
        return new EntenteServer(app);
    }

    /// <summary>Starts listening.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => _app.StartAsync(cancellationToken);

    /// <summary>Runs until the process is asked to stop (Ctrl+C).</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        await _app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits until the app is asked to stop: Ctrl+C, SIGTERM, or <paramref name="cancellationToken"/>.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops listening.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <summary>The addresses the server listens on, once started.</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);
}
