using Entente.Tests.Articles;
using Xunit;

namespace Entente.Tests.Cli;

public class ErrorHandlingTests
{
    private static void AssertOneLineNaming(CliRun run, string input)
    {
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("entente: ", StringComparison.Ordinal) && l.Contains(input, StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_file_is_named_with_a_nonzero_exit()
    {
        var run = CliRunner.Run("extract", "no-such-file.txt");
        Assert.Equal(1, run.ExitCode);
        AssertOneLineNaming(run, "no-such-file.txt");
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        using var temp = new TempFolder();
        var file = temp.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0]);
        var run = CliRunner.Run("extract", file);
        Assert.Equal(1, run.ExitCode);
        AssertOneLineNaming(run, "image.txt");
    }

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        using var temp = new TempFolder();
        var file = temp.WriteBytes("latin1.txt", "Seoul and Tokyo met."u8.ToArray().Concat(new byte[] { 0xE9, 0x20, 0x41 }).ToArray());
        var run = CliRunner.Run("extract", file);
        Assert.Equal(1, run.ExitCode);
        AssertOneLineNaming(run, "latin1.txt");
        Assert.Contains("UTF-8", run.Stderr);
    }

    [Fact]
    public void Empty_folder_is_named()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("empty");
        var run = CliRunner.Run("extract", folder);
        Assert.Equal(1, run.ExitCode);
        AssertOneLineNaming(run, "empty");
    }

    [Fact]
    public void Unknown_option_and_unknown_format_are_usage_errors()
    {
        var run = CliRunner.Run("extract", "-", "--frobnicate");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--frobnicate", run.Stderr);
        var format = CliRunner.RunWithInput("x", "extract", "-", "--format", "xml");
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("xml", format.Stderr);
    }

    [Fact]
    public void A_bad_file_among_good_ones_is_reported_and_the_good_ones_still_processed()
    {
        using var temp = new TempFolder();
        temp.Write("good.txt", "China and Russia held joint naval drills in the East China Sea.");
        temp.WriteBytes("bad.txt", [0xFF, 0xFE, 0x00, 0x41]);
        var run = CliRunner.Run("extract", temp.Path, "--events-only");
        Assert.Equal(1, run.ExitCode);
        AssertOneLineNaming(run, "bad.txt");
        Assert.Contains(run.Lines, l => l.Contains("good.txt"));
    }
}
