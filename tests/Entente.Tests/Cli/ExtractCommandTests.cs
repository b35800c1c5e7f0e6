using System.Text.Json;
using Entente.Tests.Articles;
using Xunit;

namespace Entente.Tests.Cli;

public class ExtractCommandTests
{
    [Fact]
    public void Extract_on_the_sample_corpus_writes_scorable_jsonl_events_and_mentions()
    {
        var run = CliRunner.Run("extract", CliRunner.SampleFolder);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        var records = run.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var events = records.Where(r => r.GetProperty("kind").GetString() == "event").ToList();
        Assert.True(events.Count >= 10, $"expected at least 10 events from the sample, got {events.Count}");
        foreach (var e in events)
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("article").GetString()));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("sentence").GetString()));
            Assert.Matches("^[A-Z0-9+]{2,8}$", e.GetProperty("source").GetProperty("code").GetString()!);
            Assert.True(Entente.Events.EventTypes.TryParse(e.GetProperty("type").GetString(), out _));
            Assert.InRange(e.GetProperty("goldstein").GetDouble(), -10, 10);
        }
        // Every input format contributes: file names for files, the record id for the JSONL dump.
        var articles = events.Select(e => e.GetProperty("article").GetString()!).ToHashSet();
        Assert.Contains(articles, a => a.EndsWith(".txt", StringComparison.Ordinal));
        Assert.Contains(records, r => r.GetProperty("kind").GetString() == "person");
        Assert.Contains(records, r => r.GetProperty("kind").GetString() == "quote");
    }

    [Fact]
    public void Extract_reads_standard_input_and_codes_a_sentence_we_wrote()
    {
        var run = CliRunner.RunWithInput("Japan and Australia signed a defence pact in Tokyo on Monday.", "extract", "-", "--events-only");
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        var e = JsonDocument.Parse(Assert.Single(run.Lines)).RootElement;
        Assert.Equal("stdin", e.GetProperty("article").GetString());
        Assert.Equal("AGREE", e.GetProperty("type").GetString());
        var pair = new[] { e.GetProperty("source").GetProperty("code").GetString()!, e.GetProperty("target").GetProperty("code").GetString()! };
        Assert.Equal(["AUS", "JPN"], pair.Order().ToArray());
    }

    [Fact]
    public void Extract_writes_csv_and_table_formats()
    {
        var text = "North Korea launched two ballistic missiles on Sunday.";
        var csv = CliRunner.RunWithInput(text, "extract", "-", "--format", "csv");
        Assert.True(csv.ExitCode == 0, $"exit {csv.ExitCode}: {csv.Stderr}");
        Assert.StartsWith("article,", csv.Lines[0]);
        Assert.Contains(csv.Lines.Skip(1), l => l.Contains("PRK") && l.Contains("MOBILIZE"));
        var table = CliRunner.RunWithInput(text, "extract", "-", "--format", "table");
        Assert.True(table.ExitCode == 0, $"exit {table.ExitCode}: {table.Stderr}");
        Assert.Contains("MOBILIZE", table.Stdout);
    }

    [Fact]
    public void Extract_to_a_file_with_output_option()
    {
        using var temp = new TempFolder();
        var out1 = Path.Combine(temp.Path, "out.jsonl");
        var run = CliRunner.RunWithInput("Russia accused Ukraine of shelling the plant.", "extract", "-", "-o", out1);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        Assert.Equal("", run.Stdout);
        Assert.Contains("\"ACCUSE\"", File.ReadAllText(out1));
    }

    // Runs the real CLI over a shared corpus and scores its output with the shared scorer.
    private static string Score(string corpus, string gold, string scorer = "score_events.py")
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "out.jsonl");
        var run = CliRunner.Run("extract", Path.Combine(SharedFolder.Path!, "corpus", corpus), "-o", output);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Stderr}");
        return Scorer.Run(scorer, Path.Combine(SharedFolder.Path!, "gold", gold), output);
    }

    private static double Precision(string score, string prefix)
    {
        var line = score.Split('\n').Last(l => l.StartsWith(prefix, StringComparison.Ordinal));
        var at = line.IndexOf("precision ", StringComparison.Ordinal);
        return double.Parse(line[(at + 10)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    [GoldFact]
    public void Seeds_score_the_issue_targets_with_the_shared_scorer()
    {
        var score = Score("seeds", "seeds");
        Assert.True(Scorer.F1(score, "events:") >= 0.80, score);
        Assert.True(Precision(score, "events:") >= 0.80, score);
    }

    [GoldFact]
    public void Seeds_people_and_quotations_score_the_issue_targets()
    {
        var score = Score("seeds", "seeds", "score_mentions.py");
        Assert.True(Scorer.F1(score, "people:") >= 0.90, score);
        Assert.True(Scorer.F1(score, "quotes:") >= 0.80, score);
    }

    [GoldFact]
    public void Plover_records_are_read_as_a_jsonl_dump_and_score_the_issue_target()
    {
        var score = Score("plover-gsr.jsonl", "plover-gsr");
        Assert.True(Scorer.F1(score, "events:") >= 0.70, score);
    }
}
