using System.Diagnostics;
using System.Security.Cryptography;
using Entente.Storage;
using Entente.Tests.Articles;
using Entente.Tests.Cli;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Entente.Tests.Robustness;

/// <summary>Issue 17: databases that are new, foreign, read-only, locked or out of reach, and mistakes in options.</summary>
public class StoreDefectTests
{
    private static void AssertOneLineError(CliRun run, string expected, int exit = 1)
    {
        Assert.Equal(exit, run.ExitCode);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines, l => l.Contains(expected, StringComparison.Ordinal));
        Assert.StartsWith("entente: ", line);
        Assert.DoesNotContain("..", line);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Four_stores_opened_at_once_on_a_new_file_all_succeed()
    {
        using var temp = new TempFolder();
        for (int round = 0; round < 5; round++)
        {
            var db = Path.Combine(temp.Path, $"new{round}.db");
            var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
            var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
            {
                try { using var store = EventStore.Open(db); Assert.Equal(2, store.SchemaVersion); }
                catch (Exception e) { errors.Add(e); }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void Four_ingests_started_at_once_on_a_new_database_all_succeed()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "new.db");
        var files = Enumerable.Range(0, 4).Select(i => temp.Write($"in{i}/s.txt", $"France accused Germany of espionage, report {i}.")).ToList();
        var runs = files.AsParallel().WithDegreeOfParallelism(4).Select(f => CliRunner.Run("ingest", f, "--db", db)).ToList();
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));
        using var store = EventStore.Open(db);
        Assert.Equal(4, store.Summarize().Articles);
    }

    [Fact]
    public void A_foreign_sqlite_file_is_refused_and_left_byte_for_byte_untouched()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "theirs.db");
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode = DELETE; CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('keep me');";
            cmd.ExecuteNonQuery();
        }
        var before = SHA256.HashData(File.ReadAllBytes(db));
        var run = CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", db);
        AssertOneLineError(run, "not an Entente event store");
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(db)));
        Assert.False(File.Exists(db + "-wal"));
        using (var c = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA journal_mode";
            Assert.Equal("delete", cmd.ExecuteScalar());
        }
    }

    [Fact]
    public void A_read_only_database_is_refused_before_any_work()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "ro.db");
        using (EventStore.Open(db)) { }
        if (!MakeReadOnly(db)) return; // neither chattr (as root) nor permissions can make it read-only here
        try
        {
            var run = CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", db);
            AssertOneLineError(run, "read-only");
            Assert.DoesNotContain("added", run.Stderr);
        }
        finally { UndoReadOnly(db); }
    }

    [Fact]
    public void A_new_database_in_a_folder_that_cannot_be_written_names_the_reason()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("locked-folder");
        if (!MakeReadOnly(folder)) return;
        try
        {
            var run = CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", Path.Combine(folder, "x.db"));
            AssertOneLineError(run, "cannot open the file: its folder is not writable");
        }
        finally { UndoReadOnly(folder); }
    }

    [Fact]
    public void A_database_locked_by_another_writer_gives_a_one_line_error_after_the_timeout()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "locked.db");
        using (EventStore.Open(db)) { }
        using var other = new SqliteConnection($"Data Source={db};Pooling=False");
        other.Open();
        using var tx = other.BeginTransaction(deferred: false);
        var e = Assert.Throws<StoreException>(() => EventStore.Open(db, TimeSpan.FromSeconds(1)));
        Assert.Contains("locked by another writer", e.Message);
        Assert.DoesNotContain("..", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Option_and_path_mistakes_get_one_line_errors()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "x.db");
        CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", db);
        AssertOneLineError(CliRunner.Run("events", "--db", db, "--limit", "-1"), "--limit", exit: 2);
        AssertOneLineError(CliRunner.Run("events", "--db", ""), "--db: no file name given", exit: 2);
        AssertOneLineError(CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", ""), "--db: no file name given", exit: 2);
        var file = temp.Write("plain.txt", "x");
        AssertOneLineError(CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", Path.Combine(file, "sub", "x.db")), "is a file, not a folder");
        if (File.Exists("/dev/full"))
            AssertOneLineError(CliRunner.Run("extract", CliRunner.SampleFolder, "-o", "/dev/full"), "No space left on device");
        AssertOneLineError(CliRunner.Run("events", "--db", file), "not a SQLite database");
    }

    internal static bool MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root")
            return Run("chattr", "+i", path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | (Directory.Exists(path) ? UnixFileMode.UserExecute : 0));
        return true;
    }

    internal static void UndoReadOnly(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        Run("chattr", "-i", path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | (Directory.Exists(path) ? UnixFileMode.UserExecute : 0));
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            var psi = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var a in args) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            p.WaitForExit(10_000);
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}
