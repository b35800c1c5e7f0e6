using Xunit;
using Entente.Articles;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Entente.Tests.Articles;

public class OffsetMapTests
{
    // Every non-whitespace character of the cleaned text that was not produced by decoding an entity
    // must be the very character found at its mapped offset in the raw text.
    internal static void AssertKeptCharactersMapBack(string raw, CleanResult result)
    {
        for (int i = 0; i < result.Text.Length; i++)
        {
            char c = result.Text[i];
            int o = result.Offsets.ToOriginal(i);
            Assert.InRange(o, 0, raw.Length - 1);
            if (char.IsWhiteSpace(c) || raw[o] == '&') continue;
            Assert.True(c == raw[o], $"cleaned[{i}]='{c}' but raw[{o}]='{raw[o]}'");
        }
    }

    [Fact]
    public void Identity_when_nothing_moves()
    {
        var result = ArticleCleaner.Clean("Nothing to clean here.");
        Assert.Equal("Nothing to clean here.", result.Text);
        Assert.Equal(0, result.Offsets.Count);
        Assert.Equal(5, result.Offsets.ToOriginal(5));
    }

    [Fact]
    public void Realistic_page_text_maps_back()
    {
        string raw = "Home > World > Asia\r\n\r\nHarbour Reopens After Storm\r\n\r\nexample.com 2024/10/5\r\n\r\n"
            + "The harbour  reopened on Friday after a\r\nweek of repairs.The mayor said\tcrews had worked &amp; slept on site.\r\n"
            + "Related\u00A0 Fishermen count their losses\r\n\r\n"
            + "“We are back,” one captain said. <b>Trade</b> resumed at the U.S. terminal.</p>\r\n"
            + "Courier Photo\r\nBoats at the pier. (Photo by Jane Roe)\r\n"
            + "Advertisement\r\n\r\nThe harbour reopened on Friday after a week of repairs.\r\n"
            + ",\r\nA colleague contributed to this report.\r\nDiscover more from Example\r\nSubscribe to get the latest posts sent to your email.";
        var result = ArticleCleaner.Clean(raw);
        Assert.Equal(
            "Harbour Reopens After Storm\n\nexample.com 2024/10/5\n\n"
            + "The harbour reopened on Friday after a week of repairs. The mayor said crews had worked & slept on site.\n\n"
            + "“We are back,” one captain said. Trade resumed at the U.S. terminal.\n\n"
            + "The harbour reopened on Friday after a week of repairs.",
            result.Text);
        AssertKeptCharactersMapBack(raw, result);
    }

    [SeedFact]
    public void Seed_files_map_back()
    {
        foreach (var file in Directory.EnumerateFiles(SeedCorpus.Folder()!, "*.txt"))
        {
            string raw = File.ReadAllText(file);
            AssertKeptCharactersMapBack(raw, ArticleCleaner.Clean(raw));
        }
    }

    [Fact]
    public void Dropped_repeats_and_decoded_entities_keep_later_offsets_right()
    {
        string raw = "Crews &amp; boats  returned.\n\nAdvertisement\n\nCrews & boats returned.\n\nPrices rose.The port\nreopened <i>quickly</i>.\n\nCrews &amp; boats returned.\n\nLast line.";
        var result = ArticleCleaner.Clean(raw);
        Assert.Equal("Crews & boats returned.\n\nPrices rose. The port reopened quickly.\n\nLast line.", result.Text);
        AssertKeptCharactersMapBack(raw, result);
        Assert.Equal(raw.LastIndexOf("Last", StringComparison.Ordinal), result.Offsets.ToOriginal(result.Text.IndexOf("Last", StringComparison.Ordinal)));
    }

    [Fact]
    public void Anchors_shift_offsets_until_the_next_anchor()
    {
        var map = new OffsetMap([0, 10], [5, 30]);
        Assert.Equal(5, map.ToOriginal(0));
        Assert.Equal(9, map.ToOriginal(4));
        Assert.Equal(30, map.ToOriginal(10));
        Assert.Equal(33, map.ToOriginal(13));
    }

    private static readonly char[] Alphabet =
    [
        'a', 'b', 'Z', 'T', 'h', 'e', '1', ' ', ' ', '\t', '\n', '\n', '\r', '.', ',', ':', '-', '<', '>', '/', '&', ';', '#',
        '(', ')', '"', '“', '”', '\u00A0', '\u200B', '\uFEFF', '\0', '\u0007', '\u001B', '\uD800', '\uDC00', '\u2028', '©',
        'R', 'p', 'r', 'o', 'P', 'H', 'm', '•',
    ];

    private static readonly string[] Fragments =
    [
        "Related ", "Subscribe to ", "<br>", "</p>", "<p class=\"x\">", "&amp;", "&#x41;", "&nbsp;", "&bogus;", "Photo", "Home Back",
        "contributed to this report.", "U.S.", "ended.The", "<!-- c -->", "\r\n\r\n", "Advertisement", "&#55296;", "<b", "the\n",
    ];

    private static Arbitrary<string> MessyStrings()
    {
        var piece = Gen.Frequency(
            (6, Gen.Elements(Alphabet).Select(c => c.ToString())),
            (2, Gen.Elements(Fragments)),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));
        return Gen.ArrayOf(piece).Select(parts => string.Concat(parts)).ToArbitrary();
    }

    [Property(MaxTest = 300)]
    public Property Clean_never_throws_and_offsets_stay_within_the_raw_text() =>
        Prop.ForAll(MessyStrings(), raw =>
        {
            var result = ArticleCleaner.Clean(raw);
            for (int i = 0; i < result.Text.Length; i++)
            {
                int o = result.Offsets.ToOriginal(i);
                if (o < 0 || o >= raw.Length) return false;
                char c = result.Text[i];
                if (!char.IsWhiteSpace(c) && raw[o] != c && raw[o] != '&') return false; // kept characters map to themselves
            }
            return result.Text.Length <= raw.Length * 2 && result.Text == result.Text.Trim() && !result.Text.Contains("\n\n\n");
        });

    [Property(MaxTest = 200)]
    public bool Clean_never_throws_on_arbitrary_strings(string? raw)
    {
        var result = ArticleCleaner.Clean(raw ?? "");
        for (int i = 0; i < result.Text.Length; i++)
        {
            int o = result.Offsets.ToOriginal(i);
            if (o < 0 || o >= (raw ?? "").Length) return false;
        }
        return true;
    }
}
