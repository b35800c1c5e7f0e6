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
        Assert.True(first.ExitCode == 0, $"exit {first.ExitCode}: {first.Stderr}");
        var all = CliRunner.Run("events", "--db", db, "--format", "jsonl");
        Assert.True(all.ExitCode == 0, $"exit {all.ExitCode}: {all.Stderr}");
        int count = all.Lines.Length;
        Assert.True(count >= 10);

        var second = CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", db);
        Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}: {second.Stderr}");
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
        { var r0 = CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", db); Assert.True(r0.ExitCode == 0, $"exit {r0.ExitCode}: {r0.Stderr}"); }
        int before = CliRunner.Run("events", "--db", db, "--format", "jsonl").Lines.Length;
        temp.WriteBytes("in/broken.txt", [0xC3, 0x28, 0x41]);
        var run = CliRunner.Run("ingest", Path.Combine(temp.Path, "in"), "--db", db);
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains("broken.txt", run.Stderr);
        Assert.Equal(before, CliRunner.Run("events", "--db", db, "--format", "jsonl").Lines.Length);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_untouched()
    {
        using var temp = new TempFolder();
        var notDb = temp.Write("notes.db", "these are my notes, not a database");
        var run = CliRunner.RunWithInput("Seoul and Tokyo held talks.", "ingest", "-", "--db", notDb);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("notes.db", run.Stderr);
        Assert.Equal("these are my notes, not a database", File.ReadAllText(notDb));
    }

    [Fact]
    public void Events_on_a_missing_database_is_an_error()
    {
        var run = CliRunner.Run("events", "--db", Path.Combine(Path.GetTempPath(), "entente-no-such.db"));
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains("no such database", run.Stderr);
    }

    [Fact]
    public void Demo_ingests_the_sample_and_prints_a_summary()
    {
        var run = CliRunner.Run("demo");
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains("Entente demo", run.Stdout);
        Assert.Contains("Events by type", run.Stdout);
        Assert.Contains("KOR", run.Stdout);
    }

    [Fact]
    public void Actors_and_explain_show_their_reasoning()
    {
        var actors = CliRunner.Run("actors", "Seoul protested to Beijing after Chinese jets entered the zone.");
        Assert.True(actors.ExitCode == 0, $"exit {actors.ExitCode}: {actors.Stderr}");
        Assert.Contains("KOR", actors.Stdout);
        Assert.Contains("CHN", actors.Stdout);
        var explain = CliRunner.Run("explain", "Russia and North Korea signed a mutual defence treaty.");
        Assert.True(explain.ExitCode == 0, $"exit {explain.ExitCode}: {explain.Stderr}");
        Assert.Contains("AGREE", explain.Stdout);
        Assert.Contains("lexicon", explain.Stdout);
    }

    [Fact]
    public void Explain_reads_an_article_from_a_file_or_standard_input()
    {
        var file = Path.Combine(Path.GetTempPath(), $"entente-explain-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Chile recalls envoy\n\nChile recalled its ambassador to Peru on Monday after a border incident.\n");
        try
        {
            var fromFile = CliRunner.Run("explain", file);
            Assert.True(fromFile.ExitCode == 0, $"exit {fromFile.ExitCode}: {fromFile.Stderr}");
            Assert.Contains("CHL SANCTION", fromFile.Stdout);
            Assert.Contains("PER", fromFile.Stdout);
        }
        finally { File.Delete(file); }
        var fromInput = CliRunner.RunWithInput("Chile recalled its ambassador to Peru.", "explain", "-");
        Assert.Contains("CHL SANCTION", fromInput.Stdout);
    }

    [Fact]
    public void An_empty_data_folder_is_a_one_line_error()
    {
        // Found by the adversarial property test once the actor dictionary cached an image beside its data.
        var run = CliRunner.Run("explain", "--data", "", "Chile recalled its envoy.");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("entente: --data: no folder given", run.Stderr.Trim());
    }

    [Fact]
    public void Explain_cleans_an_article_as_extract_does_and_shows_its_dateline()
    {
        var run = CliRunner.RunWithInput("LIMA, May 2 (Reuters) - Peru recalled its ambassador to Chile on Monday.", "explain", "-");
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Contains("dateline: LIMA, May 2 (Reuters) (place LIMA, agency Reuters)", run.Stdout);
        // The dateline is cut before reading: its place is no token of the text.
        Assert.DoesNotContain(" LIMA ", run.Stdout);
        Assert.Contains("PER SANCTION", run.Stdout);
    }
}

public class UserDictionaryTests
{
    [Fact]
    public void Users_extend_the_actor_dictionary_and_the_lexicon_with_their_own_files()
    {
        using var temp = new Entente.Tests.Articles.TempFolder();
        var actors = temp.Write("mine.tsv", "# my additions\nKOR\tEDU\tinstitution\tHanbit Defence Forum\n");
        var lexicon = temp.Write("lexicon-mine.tsv", "V\tcommend _ for\tSUPPORT\t051\n");
        var run = CliRunner.RunWithInput("The Hanbit Defence Forum commended Japan for its restraint.", "extract", "-", "--events-only", "--actors", actors, "--lexicon", lexicon);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var e = System.Text.Json.JsonDocument.Parse(Assert.Single(run.Lines)).RootElement;
        Assert.Equal("KOR", e.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("EDU", e.GetProperty("source").GetProperty("sector").GetString());
        Assert.Equal("SUPPORT", e.GetProperty("type").GetString());
        Assert.Contains("lexicon-mine.tsv", e.GetProperty("lexicon").GetString());
    }

    [Fact]
    public void A_broken_user_dictionary_is_a_one_line_usage_error()
    {
        using var temp = new Entente.Tests.Articles.TempFolder();
        var actors = temp.Write("broken.tsv", "KOR\tGOV\tnot-a-kind\tSomething\n");
        var run = CliRunner.RunWithInput("x", "extract", "-", "--actors", actors);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("broken.tsv:1", run.Stderr);
    }
}
