using Xunit;
using Entente.Articles;

namespace Entente.Tests.Articles;

public class ArticleCleanerTests
{
    private static string Clean(string raw) => ArticleCleaner.Clean(raw).Text;

    [Fact]
    public void Empty_and_null_give_empty_text()
    {
        Assert.Equal("", Clean(""));
        Assert.Equal("", Clean(null!));
        Assert.Equal("", Clean(" \r\n\t \n"));
    }

    [Fact]
    public void Line_endings_are_normalised_and_paragraphs_get_one_blank_line()
    {
        Assert.Equal("First paragraph.\n\nSecond paragraph.", Clean("First paragraph.\r\n\r\n\r\n\r\nSecond paragraph.\r\n"));
        Assert.Equal("One.\n\nTwo.", Clean("One.\rTwo."));
    }

    [Fact]
    public void Single_newline_between_sentences_becomes_a_paragraph_break()
    {
        Assert.Equal("The council met on Monday.\n\nThe mayor spoke first.", Clean("The council met on Monday.\nThe mayor spoke first."));
    }

    [Fact]
    public void Runs_of_spaces_and_tabs_collapse()
    {
        Assert.Equal("A quiet day in the port.", Clean("  A  quiet\t\tday   in the\u00A0 port.  "));
    }

    [Theory]
    [InlineData("The minister said the talks would\ncontinue next week.", "The minister said the talks would continue next week.")]
    [InlineData("Officials from the ministry of\nForeign Affairs declined to comment.", "Officials from the ministry of Foreign Affairs declined to comment.")]
    [InlineData("In the northern town,\nResidents gathered outside.", "In the northern town, Residents gathered outside.")]
    [InlineData("The inter-\nnational team arrived.", "The inter-national team arrived.")]
    public void Hard_wrapped_lines_are_joined(string raw, string expected) => Assert.Equal(expected, Clean(raw));

    [Fact]
    public void Short_title_followed_by_blank_line_stays_a_headline()
    {
        Assert.Equal("Harbour Reopens After Storm\n\nthe harbour reopened on Friday.", Clean("Harbour Reopens After Storm\n\nthe harbour reopened on Friday."));
        Assert.Equal("Harbour Reopens After Storm\n\nThe harbour reopened.", Clean("Harbour Reopens After Storm\nThe harbour reopened."));
    }

    [Theory]
    [InlineData("The meeting ended.The delegates left.", "The meeting ended. The delegates left.")]
    [InlineData("He visited the U.S. and Canada.", "He visited the U.S. and Canada.")]
    [InlineData("Some items, e.g. grain, were delayed.", "Some items, e.g. grain, were delayed.")]
    [InlineData("Growth was 3.5 percent.", "Growth was 3.5 percent.")]
    [InlineData("Found on news2source.com today.", "Found on news2source.com today.")]
    public void Missing_space_after_full_stop_is_repaired_only_between_sentences(string raw, string expected) =>
        Assert.Equal(expected, Clean(raw));

    [Fact]
    public void Stray_html_tags_and_entities_are_removed_or_decoded()
    {
        Assert.Equal("Trade &amp; Fish", "Trade &amp; Fish"); // sanity of the literal
        Assert.Equal("Trade & fishing resumed.\n\nPorts reopened.", Clean("Trade &amp; fishing <b>resumed</b>.</p><p>Ports reopened.<br>"));
        Assert.Equal("Prices rose 5% — sharply.", Clean("Prices rose 5%&nbsp;&mdash; sharply."));
        Assert.Equal("If a < b then x.", Clean("If a < b then x."));
        Assert.Equal("The <Acme> brand.", Clean("The <Acme> brand."));
    }

    [Fact]
    public void Repeated_identical_paragraphs_keep_the_first()
    {
        Assert.Equal("Troops withdrew from the border.\n\nTalks resume in May.",
            Clean("Troops withdrew from the border.\n\nTroops withdrew from the border.\n\nTalks resume in May.\n\nTroops withdrew from the border."));
    }

    [Fact]
    public void Curly_and_straight_quotes_are_kept()
    {
        Assert.Equal("“We agree,” she said. \"Fine,\" he said. It’s done.", Clean("“We agree,” she said. \"Fine,\" he said. It’s done."));
    }

    [Fact]
    public void Control_and_zero_width_characters_are_dropped()
    {
        Assert.Equal("Clean text.", Clean("Clean\u200B \u0007text.\u0000"));
    }

    [Theory]
    [InlineData("Related\u00A0 Farmers protest new tariff in the capital")]
    [InlineData("Related: Farmers protest new tariff")]
    [InlineData("Related Stories")]
    [InlineData("Subscribe to get the latest posts sent to your email.")]
    [InlineData("Subscribe to our daily briefing")]
    [InlineData("Discover more from Example Daily")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("People are also reading")]
    [InlineData("Read more")]
    [InlineData("Read More: Port strike enters second week")]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Also read: Port strike enters second week")]
    [InlineData("Recommended")]
    [InlineData("Share this:")]
    [InlineData("Facebook Twitter WhatsApp Email")]
    [InlineData("Share on Facebook | Share on X")]
    [InlineData("Home Back")]
    [InlineData("Home > World > Asia")]
    [InlineData("News › Politics › Europe")]
    [InlineData("Daily Courier Photo")]
    [InlineData("Photo: Jane Roe/Example Agency")]
    [InlineData("(Photo by Jane Roe)")]
    [InlineData("(Provided by the Ministry of Defence)")]
    [InlineData("Getty Images")]
    [InlineData("Soldiers at the parade ground on Tuesday. (Provided by the Defence Ministry)")]
    [InlineData("A patrol boat leaves the harbour on Tuesday, in this photo released by the coast guard.")]
    [InlineData("This undated handout photo, provided by the port authority, shows the damaged pier.")]
    [InlineData("A reporter in the capital contributed to this report.")]
    [InlineData("Two colleagues in the north contributed to this document.")]
    [InlineData("© 2024 Example Media. All rights reserved.")]
    [InlineData("Copyright © Example Media")]
    [InlineData(",")]
    [InlineData("* * *")]
    [InlineData("Get the latest headlines delivered to your inbox.")]
    public void Boilerplate_lines_are_dropped(string line)
    {
        string raw = "Harbour Reopens After Storm\n\nThe harbour reopened on Friday.\n\n" + line + "\n\nFishing boats returned the same day.";
        Assert.Equal("Harbour Reopens After Storm\n\nThe harbour reopened on Friday.\n\nFishing boats returned the same day.", Clean(raw));
        Assert.True(BoilerplateRules.IsBoilerplate(line), line);
    }

    [Theory]
    [InlineData("Related talks are planned for next month.")]
    [InlineData("Related to this, the minister resigned.")]
    [InlineData("Officials said this photograph of the pier was taken before the storm.")]
    [InlineData("In this town, fishing is everything.")]
    [InlineData("Shares in the shipping firm fell 5 percent.")]
    [InlineData("Home Secretary officials met the delegation on Monday.")]
    [InlineData("Subscribers to the service complained about delays.")]
    [InlineData("The photo showed the damaged bridge.")]
    [InlineData("Recommended changes include a new tax.")]
    [InlineData("Readers were told more than once.")]
    [InlineData("PARIS, July 7 (Example) - Ministers met on Sunday.")]
    public void Article_sentences_are_not_boilerplate(string line)
    {
        Assert.False(BoilerplateRules.IsBoilerplate(line), line);
        Assert.Contains(line, Clean("Headline\n\n" + line));
    }

    [Fact]
    public void Photo_label_and_its_caption_are_both_dropped()
    {
        string raw = "Some article text here.\n\nCourier Photo\nThe new bridge at dusk, built by local firms. (Provided by City Works)\n\nMore text follows.";
        Assert.Equal("Some article text here.\n\nMore text follows.", Clean(raw));
    }

    [Fact]
    public void Closing_author_bio_is_dropped_but_not_one_in_the_middle()
    {
        string raw = "Jane Roe is a reporter for the Daily Example, covering trade.\n\nThe port reopened.\n\nJohn Doe is a writer for Example News, focusing on Asian affairs.";
        Assert.Equal("Jane Roe is a reporter for the Daily Example, covering trade.\n\nThe port reopened.", Clean(raw));
    }

    [Fact]
    public void Dateline_line_is_kept()
    {
        string raw = "Home Back\n\nPorts Reopen\n\nexample.com 2024/10/5\n\nThe ports reopened on Friday.";
        Assert.Equal("Ports Reopen\n\nexample.com 2024/10/5\n\nThe ports reopened on Friday.", Clean(raw));
    }

    [Fact]
    public void Bullet_lines_are_not_joined()
    {
        string raw = "Key points:\n  • first point about the treaty\n  • second point about the vote";
        Assert.Equal("Key points:\n\n• first point about the treaty\n\n• second point about the vote", Clean(raw));
    }

    [Fact]
    public void Cleaning_is_linear_enough_for_a_large_text()
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < 20000; i++) sb.Append("Paragraph ").Append(i).Append(" says the talks went on.The end <b>x</b> &amp;\n\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = ArticleCleaner.Clean(sb.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
        Assert.Contains("Paragraph 19999 says", result.Text);
    }
}

public class FurnitureBlockTests
{
    [Fact]
    public void Link_list_under_a_related_heading_is_dropped_up_to_the_blank_line()
    {
        string raw = "The port reopened.\n\nRelated stories:\nFarmers protest new tariff\nPort strike ends after talks\n\nThe mayor thanked crews.";
        Assert.Equal("The port reopened.\n\nThe mayor thanked crews.", ArticleCleaner.Clean(raw).Text);
    }

    [Fact]
    public void Newsletter_box_is_dropped()
    {
        string raw = "The port reopened.\n\nSign up for our morning briefing\nThe best stories of the day\nEnter your email\nSubscribe\n\nThe mayor thanked crews.";
        Assert.Equal("The port reopened.\n\nThe mayor thanked crews.", ArticleCleaner.Clean(raw).Text);
    }

    [Fact]
    public void Sentences_under_a_heading_are_kept()
    {
        string raw = "Read more\nThe mayor thanked crews for their work overnight.";
        Assert.Equal("The mayor thanked crews for their work overnight.", ArticleCleaner.Clean(raw).Text);
    }
}
