using Entente.Actors;
using Entente.Events;
using Entente.Tests.Articles;
using Xunit;

namespace Entente.Tests.Events;

public class EventLexiconTests
{
    private static string Folder(TempFolder temp, string lexicon)
    {
        temp.Write("ev/cameo.tsv", "112\t-2.0\tACCUSE\tAccuse\n043\t2.8\tCONSULT\tMeet\n");
        temp.Write("ev/lexicon.tsv", lexicon);
        return Path.Combine(temp.Path, "ev");
    }

    [Fact]
    public void The_shipped_lexicon_covers_all_sixteen_plover_types_and_every_cameo_root()
    {
        var lexicon = EventLexicon.Load(Path.Combine(AppContext.BaseDirectory, "data", "events"));
        foreach (var type in Enum.GetValues<EventType>())
            Assert.Contains(lexicon.Entries, e => e.Type == type);
        for (int root = 1; root <= 20; root++)
            Assert.Contains(lexicon.Entries, e => e.Cameo.StartsWith($"{root:D2}", StringComparison.Ordinal));
    }

    [Fact]
    public void Inflections_are_generated_from_the_lemma()
    {
        using var temp = new TempFolder();
        var lexicon = EventLexicon.Load(Folder(temp, "V\taccuse _ of\tACCUSE\t112\nN\tvisit to _\tCONSULT\t043\n"));
        foreach (var form in new[] { "accuse", "accuses", "accused", "accusing" })
            Assert.Contains(lexicon.Candidates(form), c => c.Entry.Lemma == "accuse");
        Assert.Contains(lexicon.Candidates("visits"), c => c.IsPlural);
        Assert.True(lexicon.TryGetCameo("112", out var g, out _));
        Assert.Equal(-2.0, g);
    }

    [Fact]
    public void Candidates_are_found_whatever_the_case_and_only_for_forms_in_the_lexicon()
    {
        using var temp = new TempFolder();
        var lexicon = EventLexicon.Load(Folder(temp, "V\taccuse _ of\tACCUSE\t112\nN\tco-op with _\tCONSULT\t043\nN\tmet\tCONSULT\t043\n"));
        // Words are first turned away by their first three letters: that must fold case as the full lookup does.
        foreach (var word in new[] { "Accused", "ACCUSES", "aCcUsInG", "Co-op", "CO-OPS", "MET", "mets" })
            Assert.NotEmpty(lexicon.Candidates(word));
        foreach (var word in new[] { "accusal", "acc", "co", "the", "Coop", "me", "accüsed" })
            Assert.Empty(lexicon.Candidates(word));
    }

    [Theory]
    [InlineData("V\taccuse\tBLAME\t112\n", "unknown PLOVER type")]
    [InlineData("V\taccuse\tACCUSE\t999\n", "unknown CAMEO code")]
    [InlineData("X\taccuse\tACCUSE\t112\n", "kind must be")]
    [InlineData("V\taccuse\tACCUSE\n", "expected 4")]
    public void A_bad_lexicon_line_is_reported_with_file_and_line(string line, string reason)
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<DictionaryFormatException>(() => EventLexicon.Load(Folder(temp, "# header\n" + line)));
        Assert.Contains("lexicon.tsv:2", e.Message);
        Assert.Contains(reason, e.Message);
    }
}
