using Xunit;

namespace Entente.Tests.Cli;

/// <summary>The --reading option: the trained tagger and parser by default, the hand-rule reading on request.</summary>
public class ReadingOptionTests
{
    [Fact]
    public void Explain_prints_the_dependency_tree_of_each_token()
    {
        var run = CliRunner.Run("explain", "Chile signed a trade pact with Peru.");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Lines, l => l.Contains("Chile") && l.Contains("nsubj") && l.Contains("signed"));
        Assert.Contains(run.Lines, l => l.Contains("pact") && l.Contains("obj"));
    }

    [Fact]
    public void The_trained_reading_codes_events_from_the_tree()
    {
        var run = CliRunner.RunWithInput("Chile signed a trade pact with Peru.", "extract", "-", "--reading", "trained", "--events-only");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Lines, l => l.Contains("\"CHL\"") && l.Contains("\"PER\"") && l.Contains("AGREE"));
    }

    [Fact]
    public void The_rules_reading_is_kept_on_request()
    {
        var run = CliRunner.RunWithInput("Chile signed a trade pact with Peru.", "extract", "-", "--reading", "rules", "--events-only");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Lines, l => l.Contains("\"CHL\"") && l.Contains("\"PER\"") && l.Contains("AGREE"));
    }

    [Fact]
    public void An_unknown_reading_is_a_one_line_usage_error()
    {
        var run = CliRunner.RunWithInput("Chile met Peru.", "extract", "-", "--reading", "neural");
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("unknown reading 'neural'", run.Stderr);
    }
}
