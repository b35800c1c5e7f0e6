using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Language;

public class DateFinderTests
{
    private static List<string> Dates(string text, DateOnly? published)
    {
        var doc = SharedPipeline.Instance.Read(new Article("d.txt", text) { Published = published });
        return doc.Dates.Select(d => d.Date.ToString()).ToList();
    }

    private static readonly DateOnly Published = new(2024, 7, 10); // a Wednesday

    [Fact]
    public void Absolute_dates_in_the_forms_news_uses()
    {
        Assert.Equal(["2024-07-09"], Dates("The summit runs from July 9 to 11.", Published));
        Assert.Equal(["2024-06-05"], Dates("The launch came on June 5th.", Published));
        Assert.Equal(["2023-12-14"], Dates("It happened on December 14, 2023, near the coast.", Published));
        Assert.Equal(["2024-10-05"], Dates("Posted 2024/10/5 by the desk.", null));
        Assert.Equal(["2021"], Dates("The report was published in late 2021.", null));
        // A year after a month is no day of it.
        Assert.Equal(["2022-07"], Dates("The pact was signed in July 2022.", Published));
        // A span of years opens with its first year; a count of things between two numbers is no date.
        Assert.Equal(["1998", "2000"], Dates("The two fought a war between 1998 and 2000.", Published));
        Assert.Empty(Dates("Chile sent between 2000 and 2500 troops.", Published));
    }

    [Fact]
    public void Relative_dates_resolve_against_the_publication_date()
    {
        Assert.Equal(["2024-06"], Dates("Last month the two leaders met.", Published));
        Assert.Equal(["2024-07-09"], Dates("The ministers spoke on Tuesday.", Published));
        Assert.Equal(["2024-07-09"], Dates("Officials confirmed it yesterday.", Published));
        Assert.Equal(["2024"], Dates("Talks collapsed earlier this year.", Published));
        Assert.Equal(["2019", "2021"], Dates("Tension rose in 2019. Two years later, the alliance changed course.", Published));
    }

    [Fact]
    public void Relative_dates_need_a_publication_date()
    {
        Assert.Empty(Dates("The ministers spoke on Tuesday.", null));
    }

    [Fact]
    public void The_modal_may_is_not_a_month()
    {
        Assert.Empty(Dates("Seoul may respond soon.", Published));
        Assert.Equal(["2024-05"], Dates("At the May summit, the leaders met.", Published));
    }

    [Fact]
    public void A_dateline_gives_the_publication_date_and_events_take_the_nearest_date()
    {
        var doc = SharedPipeline.Instance.Read(new Article("d.txt", "SEOUL, July 10, 2024 — Japan and South Korea held talks on Tuesday."));
        Assert.Equal(new DateOnly(2024, 7, 10), doc.Published);
        var e = Assert.Single(SharedPipeline.Instance.CodeAll(doc), x => x.Type == EventType.Consult);
        Assert.Equal("2024-07-09", e.Date.ToString());
    }
}
