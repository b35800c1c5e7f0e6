using System.Text;
using System.Text.Json;
using Entente.Articles;
using Entente.Export;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Articles;

/// <summary>Datelines and bylines are cut from the text the coder reads; the place is kept as the article's location.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("OSLO, Norway (AP) — Norway's fishing fleet returned to port on Monday.", "OSLO, Norway", "AP", "Norway's fishing fleet returned to port on Monday.")]
    [InlineData("LIMA — Peru's congress voted on Tuesday to hold early elections.", "LIMA", null, "Peru's congress voted on Tuesday to hold early elections.")]
    [InlineData("Hanoi/Manila: Vietnam and the Philippines held coast guard talks on Friday.", "Hanoi/Manila", null, "Vietnam and the Philippines held coast guard talks on Friday.")]
    [InlineData("(Reuters) - Kenya's central bank cut its main lending rate on Wednesday.", null, "Reuters", "Kenya's central bank cut its main lending rate on Wednesday.")]
    [InlineData("NEW DELHI, March 3 (PTI) -- India and Bhutan signed a rail agreement.", "NEW DELHI", "PTI", "India and Bhutan signed a rail agreement.")]
    [InlineData("Nairobi: The Kenyan government recalled its envoy on Sunday.", "Nairobi", null, "The Kenyan government recalled its envoy on Sunday.")]
    [InlineData("Canberra — Australian and Fijian officers signed a training plan.", "Canberra", null, "Australian and Fijian officers signed a training plan.")]
    [InlineData("QUITO (Ecuavisa) - Ecuador and Peru reopened two border crossings.", "QUITO", "Ecuavisa", "Ecuador and Peru reopened two border crossings.")]
    [InlineData("Hanoi, Xinhua -- Vietnam and Laos signed a power deal on Monday.", "Hanoi", "Xinhua", "Vietnam and Laos signed a power deal on Monday.")]
    public void A_dateline_is_cut_and_its_place_kept(string raw, string? place, string? agency, string text)
    {
        var clean = ArticleCleaner.Clean(raw);
        Assert.Equal(text, clean.Text);
        Assert.NotNull(clean.Dateline);
        Assert.Equal(place, clean.Dateline!.Place);
        Assert.Equal(agency, clean.Dateline.Agency);
        // Every kept character still maps to the same character of the raw text.
        for (int i = 0; i < clean.Text.Length; i++) Assert.Equal(clean.Text[i], raw[clean.Offsets.ToOriginal(i)]);
    }

    [Theory]
    [InlineData("Ferry talks resume\n\nBy Our Correspondent, Maputo\n\nMozambique and Malawi reopened the lake ferry.", "Maputo")]
    [InlineData("By Ana Silva in Dili\n\nTimor-Leste and Australia held maritime talks.", "Dili")]
    public void A_byline_naming_a_place_gives_the_articles_place(string raw, string place)
    {
        var clean = ArticleCleaner.Clean(raw);
        Assert.Equal(place, clean.Dateline?.Place);
        Assert.DoesNotContain("By ", clean.Text);
    }

    [Theory]
    [InlineData("By Ana Silva, Staff Writer")]
    [InlineData("By Ana Silva, Defence Correspondent")]
    [InlineData("By Ana Silva, Associated Press")]
    [InlineData("By Ana Silva and Tom Reed")]
    [InlineData("By Tuesday, the troops had left the border town.")]
    public void A_byline_naming_no_place_gives_none(string line) => Assert.Null(DatelineRules.BylinePlace(line));

    [Theory]
    [InlineData("Kim Jong Un — North Korea's leader — inspected a factory.")]
    [InlineData("Analysts: The talks may fail.")]
    [InlineData("Lukashenko — Belarus's leader since 1994 — visited a dairy farm.")]
    [InlineData("The minister said: \"We will respond.\"")]
    [InlineData("Top envoys from the bloc — meeting in Rome — agreed on a statement.")]
    [InlineData("By Tuesday, the troops had left the border town.")]
    [InlineData("NATO (the alliance) - Members agreed to raise spending.")]
    [InlineData("Lima (Peru) - The city council met.")]
    public void Sentences_that_look_like_datelines_are_left_whole(string raw)
    {
        var clean = ArticleCleaner.Clean(raw);
        Assert.Equal(raw, clean.Text);
        Assert.Null(clean.Dateline);
    }

    [Fact]
    public void A_headline_with_a_colon_is_not_a_dateline_but_the_dateline_under_it_is()
    {
        var raw = "UN: Talks on grain exports stall\n\nBy Maria Lopez and Tom Reed\n\nGENEVA, July 4, 2023 — Talks on grain exports stalled on Tuesday.\n\nDelegates left early.";
        var article = PlainTextArticleReader.Read(raw, "t.txt", "t.txt");
        Assert.Equal("UN: Talks on grain exports stall\n\nTalks on grain exports stalled on Tuesday.\n\nDelegates left early.", article.Text);
        Assert.Equal("GENEVA", article.Location);
        Assert.Equal(new DateOnly(2023, 7, 4), article.Published);
    }

    [Fact]
    public void A_dateline_on_its_own_line_is_dropped()
    {
        var clean = ArticleCleaner.Clean("Storm closes ports\n\nMANILA, Philippines —\nA typhoon closed ports across the north.");
        Assert.Equal("Storm closes ports\n\nA typhoon closed ports across the north.", clean.Text);
        Assert.Equal("MANILA, Philippines", clean.Dateline!.Place);
    }

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("By JANE DOE and JOHN ROE, Associated Press")]
    [InlineData("Staff reporter")]
    [InlineData("Amina Yusuf, Staff Writer")]
    public void Bylines_are_furniture(string line) => Assert.True(BoilerplateRules.IsBoilerplate(line));

    [Theory]
    [InlineData("By Land and Sea")]
    [InlineData("By Tuesday, the troops had left.")]
    [InlineData("Staff shortages hit hospitals across the region as winter arrives and wards close their doors to visitors.")]
    public void Headlines_and_sentences_starting_like_bylines_are_kept(string line) => Assert.False(BoilerplateRules.IsBoilerplate(line));

    [Fact]
    public void Only_the_opening_paragraph_is_searched()
    {
        var raw = "Ports reopen.\n\nLIMA — Peru's ports reopened.";
        Assert.Null(ArticleCleaner.Clean(raw).Dateline);
    }

    [Fact]
    public void The_place_is_not_read_as_an_actor_and_is_written_as_the_articles_location()
    {
        var article = PlainTextArticleReader.Read("BEIJING (Reuters) — Kenya accused Somalia of violating its airspace.", "t.txt", "t.txt");
        var result = SharedPipeline.Instance.Process(article);
        Assert.DoesNotContain(result.Document!.Actors, m => m.Actor.Code.Value == "CHN");
        Assert.All(result.Events, e => Assert.NotEqual("CHN", e.Source.Code.Value));
        using var stream = new MemoryStream();
        using (var writer = new JsonlEventWriter(stream, leaveOpen: true))
        {
            foreach (var e in result.Events) writer.Write(e);
            writer.WriteMentions(result.Document!);
        }
        var records = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var record = Assert.Single(records, r => r.GetProperty("kind").GetString() == "article");
        Assert.Equal("BEIJING", record.GetProperty("location").GetString());
        Assert.Equal("Reuters", record.GetProperty("agency").GetString());
    }
}
