using System.CommandLine;
using Entente.Storage;
using Entente.Web;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente serve --db FILE [--urls http://127.0.0.1:5080]</c>: the HTTP API and the dashboard over a store. The API
/// key for ingestion (and for clients other than loopback) comes from the ENTENTE_API_KEY environment variable.
/// </summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var db = IngestCommand.Db(required: true);
        var urls = new Option<string>("--urls") { Description = "Where to listen (semicolon-separated URLs).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var maxBody = new Option<long>("--max-body") { Description = "The largest request body accepted, in bytes.", DefaultValueFactory = _ => 1 << 20 };
        var data = CommonOptions.Data();
        var command = new Command("serve", $"Serve the HTTP API (/api, /openapi/v1.json) and the dashboard (/) over a database. Ingestion needs {ServerOptions.ApiKeyVariable}.")
            { db, urls, maxBody, data };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(db)!;
            var options = new ServerOptions
            {
                DatabasePath = path,
                Urls = parse.GetValue(urls)!,
                ApiKey = Environment.GetEnvironmentVariable(ServerOptions.ApiKeyVariable),
                MaxRequestBodyBytes = parse.GetValue(maxBody),
                DataFolder = parse.GetValue(data),
            };
            EntenteServer server;
            try
            {
                server = EntenteServer.Create(options);
            }
            catch (StoreException e)
            {
                throw new CliException(e.Message);
            }
            try
            {
                server.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                throw new CliException($"cannot listen on {options.Urls}: {e.Message}");
            }
            foreach (var address in server.Addresses) io.Stderr.WriteLine($"entente: dashboard at {address}/  API at {address}/api  OpenAPI at {address}/openapi/v1.json");
            if (options.ApiKey is null) io.Stderr.WriteLine($"entente: ingestion (POST /api/articles) is off; set {ServerOptions.ApiKeyVariable} to turn it on");
            io.Stderr.Flush();
            // The host stops on Ctrl+C or SIGTERM; then the store is closed.
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return 0;
        });
        return command;
    }
}
