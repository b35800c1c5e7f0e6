using System.Text.Json;
using Entente.Tests.Articles;
using Xunit;

namespace Entente.Tests.Cli;

public class StoreCommandTests
{
    [Fact]
    public void Ingest_is_idempotent_and_events_can_be_queried()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "e.db");
        var first = CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", db);
        Assert.Equal(0, first.ExitCode);
        var all = CliRunner.Run("events", "--db", db, "--format", "jsonl");
        Assert.Equal(0, all.ExitCode);
        int count = all.Lines.Length;
        Assert.True(count >= 10);

        var second = CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", db);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 articles added", second.Stderr);
        Assert.Equal(count, CliRunner.Run("events", "--db", db, "--format", "jsonl").Lines.Length);

        var kor = CliRunner.Run("events", "--db", db, "--actor", "KOR", "--format", "jsonl");
        Assert.NotEmpty(kor.Lines);
        foreach (var line in kor.Lines)
        {
            var e = JsonDocument.Parse(line).RootElement;
            var codes = new[] { e.GetProperty("source").GetProperty("code").GetString(), e.GetProperty("target").ValueKind == JsonValueKind.Null ? null : e.GetProperty("target").GetProperty("code").GetString() };
            Assert.Contains("KOR", codes);
        }
        var accuse = CliRunner.Run("events", "--db", db, "--type", "ACCUSE", "--format", "jsonl");
        Assert.All(accuse.Lines, l => Assert.Contains("\"type\":\"ACCUSE\"", l));
        var future = CliRunner.Run("events", "--db", db, "--since", "2100-01-01", "--format", "jsonl");
        Assert.Empty(future.Lines);
    }

    [Fact]
    public void A_failing_ingest_leaves_stored_data_intact_and_not_duplicated()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "e.db");
        temp.Write("in/a.txt", "Japan and the Philippines signed a defence agreement in Manila.");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", db).ExitCode);
        int before = CliRunner.Run("events", "--db", db, "--format", "jsonl").Lines.Length;
        temp.WriteBytes("in/broken.txt", [0xC3, 0x28, 0x41]);
        var run = CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("broken.txt", run.Stderr);
        Assert.Equal(before, CliRunner.Run("events", "--db", db, "--format", "jsonl").Lines.Length);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_untouched()
    {
        using var temp = new TempFolder();
        var notDb = temp.Write("notes.db", "these are my notes, not a database");
        var run = CliRunner.Run("Seoul and Tokyo held talks.", "ingest", "-", "--db", notDb);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("notes.db", run.Stderr);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(notDb));
    }

    [Fact]
    public void Events_on_a_missing_database_is_an_error()
    {
        var run = CliRunner.Run("events", "--db", Path.Combine(Path.GetTempPath(), "entente-no-such.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such database", run.Stderr);
    }

    [Fact]
    public void Demo_ingests_the_sample_and_prints_a_summary()
    {
        var run = CliRunner.Run("demo");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Entente demo", run.Stdout);
        Assert.Contains("Events by type", run.Stdout);
        Assert.Contains("KOR", run.Stdout);
    }

    [Fact]
    public void Actors_and_explain_show_their_reasoning()
    {
        var actors = CliRunner.Run("actors", "Seoul protested to Beijing after Chinese jets entered the zone.");
        Assert.Equal(0, actors.ExitCode);
        Assert.Contains("KOR", actors.Stdout);
        Assert.Contains("CHN", actors.Stdout);
        var explain = CliRunner.Run("explain", "Russia and North Korea signed a mutual defence treaty.");
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("AGREE", explain.Stdout);
        Assert.Contains("lexicon", explain.Stdout);
    }
}
