using Entente.Events;
using Entente.Export;
using Xunit;
using static Entente.Tests.Storage.Samples;

namespace Entente.Tests.Export;

public sealed class TableEventWriterTests
{
    private static string[] Write(IEnumerable<Event> events, int width = TableEventWriter.DefaultWidth)
    {
        var text = new StringWriter();
        using (var writer = new TableEventWriter(text, width))
            foreach (var e in events) writer.Write(e);
        return text.ToString().Split(Environment.NewLine)[..^1];
    }

    [Fact]
    public void Has_a_header_a_rule_and_one_aligned_line_per_event()
    {
        var events = AllEvents();
        var lines = Write(events);
        Assert.Equal(events.Length + 2, lines.Length);
        Assert.StartsWith("ARTICLE", lines[0]);
        foreach (var column in new[] { "SOURCE", "TYPE", "TARGET", "MODE", "DATE", "SENTENCE" })
            Assert.Contains(column, lines[0]);
        Assert.Matches("^[- ]+$", lines[1]);

        int typeColumn = lines[0].IndexOf("TYPE", StringComparison.Ordinal);
        int sentenceColumn = lines[0].IndexOf("SENTENCE", StringComparison.Ordinal);
        for (int i = 0; i < events.Length; i++)
        {
            var line = lines[i + 2];
            var e = events[i];
            Assert.StartsWith(e.ArticleId, line);
            Assert.Contains(e.Source.Code.Value, line);
            Assert.Equal(e.Type.ToPlover(), line[typeColumn..].Split(' ')[0]);
            Assert.True(line.Length > sentenceColumn);
            Assert.StartsWith(e.Sentence[..10], line[sentenceColumn..]);
        }
        var mobilize = lines.Single(l => l.Contains("MOBILIZE", StringComparison.Ordinal));
        Assert.Contains("RUS MIL", mobilize);
        Assert.Contains("intend", mobilize);
        Assert.Contains("2024-06-20", lines.Single(l => l.Contains("ACCUSE", StringComparison.Ordinal)));
    }

    [Fact]
    public void Long_sentences_are_shortened_and_flattened_to_fit_the_width()
    {
        var lines = Write(AllEvents(), width: 110);
        Assert.All(lines, l => Assert.True(l.Length <= 110, $"too long ({l.Length}): {l}"));
        var reject = lines.Single(l => l.Contains("REJECT", StringComparison.Ordinal));
        Assert.EndsWith("…", reject);
        Assert.DoesNotContain('\n', reject);
    }

    [Fact]
    public void Rows_are_written_as_they_come()
    {
        var text = new StringWriter();
        using var writer = new TableEventWriter(text);
        writer.Write(Aid().Events[0]);
        writer.Flush();
        Assert.Contains("art-004", text.ToString());
        Assert.Contains("JPN GOV", text.ToString());
        Assert.Contains("UKR REF", text.ToString());
    }

    [Fact]
    public void An_empty_table_says_so()
    {
        Assert.Equal(["(no events)"], Write([]));
    }
}
