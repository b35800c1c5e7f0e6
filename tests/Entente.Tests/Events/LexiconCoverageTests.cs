using Entente.Actors;
using Entente.Articles;
using Entente.Events;
using Entente.Pipeline;
using Entente.Tests.Articles;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>The shipped lexicon's coverage of the CAMEO codebook, and the lexicon's non-event lines.</summary>
public class LexiconCoverageTests
{
    private static EventLexicon Shipped() => EventLexicon.Load(Path.Combine(AppContext.BaseDirectory, "data", "events"));

    [Fact]
    public void Every_cameo_root_has_several_entries()
    {
        var lexicon = Shipped();
        for (int root = 1; root <= 20; root++)
        {
            int count = lexicon.Entries.Count(e => e.Cameo.StartsWith($"{root:D2}", StringComparison.Ordinal));
            Assert.True(count >= 5, $"CAMEO root {root:D2} has only {count} lexicon entries");
        }
    }

    [Fact]
    public void Every_entry_codes_a_known_cameo_code_with_a_plover_type()
    {
        var lexicon = Shipped();
        Assert.All(lexicon.Entries, e => Assert.True(lexicon.TryGetCameo(e.Cameo, out _, out _), $"{e.Origin}: unknown code {e.Cameo}"));
    }

    [Theory]
    [InlineData("sign", EventType.Agree)]
    [InlineData("welcome", EventType.Consult)]
    [InlineData("welcome", EventType.Support)]
    [InlineData("confer", EventType.Support)]
    [InlineData("levy", EventType.Sanction)]
    [InlineData("retaliate", EventType.Sanction)]
    [InlineData("exempt", EventType.Concede)]
    [InlineData("delay", EventType.Concede)]
    [InlineData("urge", EventType.Request)]
    [InlineData("clash", EventType.Assault)]
    [InlineData("tariff", EventType.Sanction)]
    [InlineData("crackdown", EventType.Coerce)]
    public void Heads_news_uses_have_entries_of_their_type(string lemma, EventType type)
    {
        Assert.Contains(Shipped().Entries, e => e.Lemma == lemma && e.Type == type);
    }

    [Fact]
    public void Bare_sign_is_not_an_entry()
    {
        Assert.DoesNotContain(Shipped().Entries, e => e.Lemma == "sign" && e.Elements.Length == 0);
    }

    private static string Folder(TempFolder temp, string lexicon)
    {
        temp.Write("ev/cameo.tsv", "130\t-4.4\tTHREATEN\tThreaten\n138\t-7.0\tTHREATEN\tThreaten with military force\n");
        temp.Write("ev/lexicon.tsv", lexicon);
        return Path.Combine(temp.Path, "ev");
    }

    [Fact]
    public void A_non_event_line_attaches_to_the_heads_shorter_patterns_only()
    {
        using var temp = new TempFolder();
        var lexicon = EventLexicon.Load(Folder(temp,
            "V\tthreaten\tTHREATEN\t130\nV\tthreaten * (military|force)\tTHREATEN\t138\nV\tthreaten to use * force against _\tTHREATEN\t138\nV\tthreaten * (peace|stability)\t-\t-\n"));
        Assert.Equal(3, lexicon.Entries.Count);
        Assert.Single(lexicon.Entries[0].Exceptions);
        Assert.Single(lexicon.Entries[1].Exceptions);
        Assert.Empty(lexicon.Entries[2].Exceptions);
    }

    [Theory]
    [InlineData("V\tthreaten * peace\t-\t130\n", "needs '-' as its CAMEO code")]
    [InlineData("V\tthreaten\t-\t-\n", "needs words after its head")]
    public void A_bad_non_event_line_is_reported_with_file_and_line(string line, string reason)
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<DictionaryFormatException>(() => EventLexicon.Load(Folder(temp, "# header\n" + line)));
        Assert.Contains("lexicon.tsv:2", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void A_non_event_line_in_an_extra_file_vetoes_a_shipped_entry_in_a_sentence()
    {
        using var temp = new TempFolder();
        var extra = temp.Write("lexicon-extra.tsv", "V\tpraise * (weather|food|cuisine)\t-\t-\n");
        var pipeline = EntentePipeline.CreateDefault(extraLexicons: [extra]);
        List<Event> Code(string text) => pipeline.CodeAll(pipeline.Read(new Article("t.txt", text)));
        Assert.DoesNotContain(Code("France praised the food of Morocco."), e => e.Type == EventType.Support);
        Assert.Contains(Code("France praised Morocco on Monday."), e => e.Type == EventType.Support);
    }
}
