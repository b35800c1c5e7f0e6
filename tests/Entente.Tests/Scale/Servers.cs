using System.Diagnostics;
using System.Net.Sockets;

namespace Entente.Tests.Scale;

/// <summary>
/// The real PostgreSQL and Redis servers the scale-out tests use. When one is not answering on 127.0.0.1, the project's
/// script (scripts/start-postgres.sh, scripts/start-redis.sh) is run once to install and start it, so the tests work on
/// a fresh machine. ENTENTE_TEST_PG and ENTENTE_TEST_REDIS override the URLs.
/// </summary>
public static class Servers
{
    private static readonly Lazy<string> Pg = new(() => Start("ENTENTE_TEST_PG", "postgres://entente:entente@127.0.0.1:5432/entente_test", 5432, "start-postgres.sh"));
    private static readonly Lazy<string> Redis = new(() => Start("ENTENTE_TEST_REDIS", "redis://127.0.0.1:6379", 6379, "start-redis.sh"));

    /// <summary>The PostgreSQL URL of the test database (without a schema).</summary>
    public static string Postgres => Pg.Value;

    /// <summary>The Redis URL.</summary>
    public static string RedisUrl => Redis.Value;

    /// <summary>A PostgreSQL URL whose tables live in a fresh schema of their own.</summary>
    public static string FreshPostgres(out string schema)
    {
        schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        return Postgres + "?search_path=" + schema;
    }

    /// <summary>Drops a schema made by <see cref="FreshPostgres"/>.</summary>
    public static void DropSchema(string schema)
    {
        var (b, _) = Entente.Storage.PostgresEventStore.ParseUrl(Postgres);
        using var c = new Npgsql.NpgsqlConnection(b.ConnectionString);
        c.Open();
        using var cmd = new Npgsql.NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", c);
        cmd.ExecuteNonQuery();
    }

    /// <summary>The folder that holds Entente.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Entente.sln"))) return dir.FullName;
            throw new InvalidOperationException("Entente.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static string Start(string variable, string url, int port, string script)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } given) return given;
        if (Answers(port)) return url;
        var psi = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(RepositoryRoot, "scripts", script));
        using var p = Process.Start(psi)!;
        string stdout = p.StandardOutput.ReadToEnd(), stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0 || !Answers(port))
            throw new InvalidOperationException($"scripts/{script} failed (exit {p.ExitCode}): {stdout} {stderr}");
        return url;
    }

    private static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            return client.ConnectAsync("127.0.0.1", port).Wait(2000) && client.Connected;
        }
        catch (Exception e) when (e is SocketException or AggregateException)
        {
            return false;
        }
    }
}
