using System.Net.Http.Headers;
using Entente.Tests.Articles;
using Entente.Storage;
using Entente.Tests.Cli;
using Entente.Web;
using Xunit;

namespace Entente.Tests.Web;

/// <summary>
/// The real server (Kestrel on 127.0.0.1, a free port) over a store made from the seed articles
/// (<c>../shared/corpus/seeds</c>, when present) and the sample corpus shipped in <c>data/sample</c>. One instance is
/// shared by the API and dashboard tests, which run one after another.
/// </summary>
public sealed class WebFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-0123456789";
    public const long MaxBody = 64 * 1024;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "entente-web-" + Guid.NewGuid().ToString("N"));
    private EntenteServer? _server;

    public string DatabasePath => Path.Combine(_folder, "web.db");

    public Uri BaseAddress { get; private set; } = null!;

    public bool HasSeeds => SeedCorpus.Folder() is not null;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var inputs = new List<string> { CliRunner.SampleFolder };
        if (SeedCorpus.Folder() is { } seeds) inputs.Add(seeds);
        var run = CliRunner.Run(["ingest", .. inputs, "--db", DatabasePath]);
        if (run.ExitCode != 0) throw new InvalidOperationException("ingest failed: " + run.Stderr);

        _server = EntenteServer.Create(new ServerOptions
        {
            DatabasePath = DatabasePath,
            Urls = "http://127.0.0.1:0",
            ApiKey = ApiKey,
            MaxRequestBodyBytes = MaxBody,
            Log = false,
        });
        await _server.StartAsync();
        BaseAddress = new Uri(_server.Addresses.Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web server";
}
