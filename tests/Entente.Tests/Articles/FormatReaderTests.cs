using Xunit;
using Entente.Articles;

namespace Entente.Tests.Articles;

public class FormatReaderTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string LongParagraph =
        "The river authority opened the northern floodgates on Tuesday after three days of heavy rain, officials said, "
        + "and residents of the low-lying districts were asked to move to higher ground until the water receded. ";

    [Fact]
    public void Plain_text_file_is_one_article_named_after_its_path()
    {
        using var tmp = new TempFolder();
        string path = tmp.Write("notes/flood.txt", "Floodgates Open\n\nThe authority opened the\nfloodgates on Tuesday.\n\nAdvertisement\n");
        var article = Assert.Single(ArticleReader.Read(path));
        Assert.Equal(ArticleReader.SourceId(path), article.Id);
        Assert.EndsWith("notes/flood.txt", article.Id);
        Assert.Equal(path, article.Origin);
        Assert.Equal("Floodgates Open\n\nThe authority opened the floodgates on Tuesday.", article.Text);
    }

    [Fact]
    public void Utf8_bom_is_accepted_and_offsets_point_into_the_text()
    {
        using var tmp = new TempFolder();
        string path = tmp.WriteBytes("bom.md", [0xEF, 0xBB, 0xBF, .. "Caf\u00e9 owners  protested."u8.ToArray()]);
        var article = Assert.Single(ArticleReader.Read(path));
        Assert.Equal("Café owners protested.", article.Text);
        Assert.Equal(13, article.Offsets.ToOriginal(12)); // 'p' after the collapsed double space
    }

    [Fact]
    public void Unknown_extension_with_text_content_is_read_as_text()
    {
        using var tmp = new TempFolder();
        string path = tmp.Write("story.dat", "Ships returned to port.");
        Assert.Equal("Ships returned to port.", Assert.Single(ArticleReader.Read(path)).Text);
    }

    [Fact]
    public void Html_page_uses_meta_tags_and_extracts_body_text()
    {
        string html = $$"""
            <!DOCTYPE html>
            <html><head>
              <title>Floodgates open | Example Times</title>
              <meta property="og:title" content="Floodgates open on the river">
              <meta property="og:site_name" content="Example Times">
              <meta property="article:published_time" content="2024-07-09T08:30:00+02:00">
              <link rel="canonical" href="https://news.example.org/floodgates">
              <script>var x = "not text";</script>
            </head><body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <article>
                <h1>Floodgates open on the river</h1>
                <p>{{LongParagraph}}</p>
                <p>{{LongParagraph.Replace("Tuesday", "Wednesday")}}</p>
                <p>Engineers said the levees held &amp; no homes were lost.<br>More rain is forecast.</p>
                <figure><img src="x.jpg"><figcaption>The gates at dawn. Example Photo</figcaption></figure>
                <p>Subscribe to our newsletter</p>
              </article>
              <footer>© 2024 Example Times</footer>
            </body></html>
            """;
        var article = HtmlArticleReader.Read(html, "flood.html", "in/flood.html");
        output.WriteLine(article.Text);
        Assert.Equal("flood.html", article.Id);
        Assert.Equal("Floodgates open on the river", article.Title);
        Assert.Equal("Example Times", article.Source);
        Assert.Equal(new DateOnly(2024, 7, 9), article.Published);
        Assert.Equal("https://news.example.org/floodgates", article.Url);
        Assert.Contains("The river authority opened the northern floodgates on Tuesday", article.Text);
        Assert.Contains("on Wednesday after three days", article.Text);
        Assert.Contains("no homes were lost.", article.Text);
        Assert.DoesNotContain("not text", article.Text);
        Assert.DoesNotContain("Subscribe", article.Text);
        Assert.DoesNotContain("The gates at dawn", article.Text);
        Assert.DoesNotContain("©", article.Text);
        Assert.DoesNotContain("<", article.Text);
        Assert.Contains("\n\n", article.Text);
    }

    [Fact]
    public void Short_html_falls_back_to_article_main_or_body_text_with_paragraph_breaks()
    {
        string html = "<html><head><meta name=\"date\" content=\"Tue, 09 Jul 2024 10:00:00 GMT\"></head><body>"
            + "<div>Menu</div><main><h2>Port reopens</h2><p>Ships  returned\n to the port.</p><div>Trade resumed.</div></main></body></html>";
        var article = HtmlArticleReader.Read(html, "port.htm", "port.htm");
        Assert.Equal("Port reopens\n\nShips returned to the port.\n\nTrade resumed.", article.Text);
        Assert.Equal(new DateOnly(2024, 7, 9), article.Published);
    }

    [Fact]
    public void Html_file_is_detected_by_extension_and_by_content()
    {
        using var tmp = new TempFolder();
        string byExt = tmp.Write("a.htm", "<p>Ships returned.</p>");
        string bySniff = tmp.Write("b.page", "<!doctype html><html><body><p>Ships returned.</p></body></html>");
        Assert.Equal("Ships returned.", Assert.Single(ArticleReader.Read(byExt)).Text);
        Assert.Equal("Ships returned.", Assert.Single(ArticleReader.Read(bySniff)).Text);
    }

    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Example Wire</title>
            <link>https://wire.example.org/</link>
            <item>
              <title>Talks resume</title>
              <link>https://wire.example.org/talks</link>
              <guid isPermaLink="false">wire-0001</guid>
              <pubDate>Tue, 09 Jul 2024 22:15:00 -0400</pubDate>
              <description><![CDATA[<p>Negotiators met again &amp; agreed to continue.</p><p>Read more</p>]]></description>
            </item>
            <item>
              <title>Port strike ends</title>
              <link>https://wire.example.org/strike</link>
              <dc:date>2024-07-10</dc:date>
              <description>short summary</description>
              <content:encoded><![CDATA[<p>Dock workers returned.</p><p>Cargo moved again.</p>]]></content:encoded>
            </item>
            <item><title>Headline only</title></item>
            <item><guid>plain-1</guid><description>First plain line.
        Second plain line.</description></item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Rss_feed_gives_one_article_per_item()
    {
        var items = FeedArticleReader.Read(Rss, "wire.xml");
        Assert.Equal(4, items.Count);
        Assert.Equal("First plain line.\n\nSecond plain line.", items[3].Text);
        Assert.Equal("wire-0001", items[0].Id);
        Assert.Equal("https://wire.example.org/talks", items[0].Url);
        Assert.Equal("Talks resume", items[0].Title);
        Assert.Equal("Example Wire", items[0].Source);
        Assert.Equal(new DateOnly(2024, 7, 9), items[0].Published);
        Assert.Equal("Negotiators met again & agreed to continue.", items[0].Text);
        Assert.Equal("https://wire.example.org/strike", items[1].Id);
        Assert.Equal("Dock workers returned.\n\nCargo moved again.", items[1].Text);
        Assert.Equal(new DateOnly(2024, 7, 10), items[1].Published);
        Assert.Equal("wire.xml#3", items[2].Id);
        Assert.Equal("Headline only", items[2].Text);
        Assert.All(items, a => Assert.Equal("wire.xml", a.Origin));
    }

    [Fact]
    public void Atom_feed_reads_entries_with_updated_dates()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="text">Example Atom</title>
              <entry>
                <id>urn:example:1</id>
                <title type="html">Bridge &lt;em&gt;reopens&lt;/em&gt;</title>
                <link rel="self" href="https://atom.example.org/1.xml"/>
                <link rel="alternate" href="https://atom.example.org/bridge"/>
                <updated>2024-03-02T09:00:00Z</updated>
                <content type="html">&lt;p&gt;The bridge reopened.&lt;/p&gt;&lt;p&gt;Traffic flowed.&lt;/p&gt;</content>
              </entry>
              <entry>
                <link href="https://atom.example.org/ferry"/>
                <title>Ferry</title>
                <published>2024-03-01T23:00:00-05:00</published>
                <updated>2024-03-05T00:00:00Z</updated>
                <summary>Ferries ran late.</summary>
              </entry>
              <entry>
                <id>urn:example:3</id>
                <title>Xhtml</title>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rail <b>lines</b> closed.</p></div></content>
              </entry>
            </feed>
            """;
        var items = FeedArticleReader.Read(atom, "a.atom");
        Assert.Equal(3, items.Count);
        Assert.Equal("urn:example:1", items[0].Id);
        Assert.Equal("https://atom.example.org/bridge", items[0].Url);
        Assert.Equal("Bridge reopens", items[0].Title);
        Assert.Equal(new DateOnly(2024, 3, 2), items[0].Published);
        Assert.Equal("The bridge reopened.\n\nTraffic flowed.", items[0].Text);
        Assert.Equal("Example Atom", items[0].Source);
        Assert.Equal("https://atom.example.org/ferry", items[1].Id);
        Assert.Equal(new DateOnly(2024, 3, 1), items[1].Published);
        Assert.Equal("Ferries ran late.", items[1].Text);
        Assert.Equal("Rail lines closed.", items[2].Text);
    }

    [Fact]
    public void Feed_files_are_detected_by_extension_and_by_content()
    {
        using var tmp = new TempFolder();
        string rss = tmp.Write("wire.rss", Rss);
        string sniffed = tmp.Write("wire.feed", Rss);
        Assert.Equal(4, ArticleReader.Read(rss).Count());
        Assert.Equal(4, ArticleReader.Read(sniffed).Count());
    }

    [Fact]
    public void Jsonl_file_streams_records_with_fallback_ids()
    {
        using var tmp = new TempFolder();
        string path = tmp.Write("dump.jsonl",
            "{\"id\":\"a1\",\"url\":\"https://x.example/a1\",\"title\":\"One\",\"published\":\"2024-05-06\",\"source\":\"Example\",\"text\":\"First  story.\\nAdvertisement\\nEnds here.\"}\r\n"
            + "\n"
            + "{\"text\":\"Second story.\",\"published\":1717200000}\n"
            + "{\"id\":42,\"text\":\"Third.\",\"published\":\"Tue, 09 Jul 2024 10:00:00 GMT\"}");
        var items = ArticleReader.Read(path).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("a1", items[0].Id);
        Assert.Equal("https://x.example/a1", items[0].Url);
        Assert.Equal("One", items[0].Title);
        Assert.Equal("Example", items[0].Source);
        Assert.Equal(new DateOnly(2024, 5, 6), items[0].Published);
        Assert.Equal("First story.\n\nEnds here.", items[0].Text);
        Assert.Equal("dump.jsonl#3", items[1].Id);
        Assert.Equal(new DateOnly(2024, 6, 1), items[1].Published);
        Assert.Equal("42", items[2].Id);
        Assert.Equal(new DateOnly(2024, 7, 9), items[2].Published);
        Assert.All(items, a => Assert.Equal(path, a.Origin));
    }

    [Fact]
    public void Standard_input_is_sniffed_and_named_stdin()
    {
        var text = Assert.Single(ArticleReader.Read("-", new StringReader("Ships returned to port.\n")));
        Assert.Equal("stdin", text.Id);
        Assert.Equal("-", text.Origin);
        Assert.Equal("Ships returned to port.", text.Text);

        var jsonl = ArticleReader.Read("-", new StringReader("{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n")).ToList();
        Assert.Equal(["stdin#1", "stdin#2"], jsonl.Select(a => a.Id));

        Assert.Equal(4, ArticleReader.Read("-", new StringReader(Rss)).Count());
        Assert.Equal("Ships returned.", Assert.Single(ArticleReader.Read("-", new StringReader("<html><body><p>Ships returned.</p></body></html>"))).Text);
    }

    [Theory]
    [InlineData("2024-07-09", 2024, 7, 9)]
    [InlineData("2024-07-09T23:30:00-04:00", 2024, 7, 9)]
    [InlineData("2024-07-09T23:30:00Z", 2024, 7, 9)]
    [InlineData("Tue, 09 Jul 2024 10:00:00 GMT", 2024, 7, 9)]
    [InlineData("Tue, 9 Jul 2024 22:15:00 -0400", 2024, 7, 9)]
    [InlineData("9 Jul 2024 22:15 EST", 2024, 7, 9)]
    [InlineData("2024/10/5", 2024, 10, 5)]
    [InlineData("1720519200", 2024, 7, 9)]
    public void Dates_parse_leniently(string value, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), LenientDate.Parse(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday afternoon")]
    public void Non_dates_give_null(string? value) => Assert.Null(LenientDate.Parse(value));

    [Theory]
    [InlineData("a.txt", InputFormat.Text)]
    [InlineData("a.MD", InputFormat.Text)]
    [InlineData("a.html", InputFormat.Html)]
    [InlineData("a.rss", InputFormat.Feed)]
    [InlineData("a.atom", InputFormat.Feed)]
    [InlineData("a.ndjson", InputFormat.Jsonl)]
    public void Extension_decides_format(string path, Enum format) =>
        Assert.Equal(format, FormatDetector.Detect(path, "{"));

    [Theory]
    [InlineData("\uFEFF <?xml version=\"1.0\"?><rss>", InputFormat.Feed)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE html><html>", InputFormat.Html)]
    [InlineData("<!DOCTYPE html>", InputFormat.Html)]
    [InlineData("{\"text\":\"x\"}", InputFormat.Jsonl)]
    [InlineData("Just words.", InputFormat.Text)]
    [InlineData("<Acme> shares rose.", InputFormat.Text)]
    public void Content_sniffing_decides_format_for_unknown_extensions(string head, Enum format) =>
        Assert.Equal(format, FormatDetector.Detect("-", head));
}
