using Entente.Language;
using Xunit;

namespace Entente.Tests.Language;

public class PublicationDateTests
{
    [Theory]
    [InlineData("SEOUL, July 10, 2024 — South Korea said on Wednesday it would expand drills.", 2024, 7, 10)]
    [InlineData("BEIJING, Dec. 3, 2023 (Agency) -- China urged restraint.", 2023, 12, 3)]
    [InlineData("TAIPEI, Sept. 9, 2024 (Agency) — Taiwan tracked ships.", 2024, 9, 9)]
    [InlineData("TOKYO, 9 Sep. 2024 - Japan tracked ships.", 2024, 9, 9)]
    [InlineData("MOSCOW, 10 July 2024 - The Kremlin said talks went well.", 2024, 7, 10)]
    [InlineData("example.com 2024/10/5\nAllies meet in Brussels\nNATO ministers met on Friday.", 2024, 10, 5)]
    [InlineData("Allies meet in Brussels\nUpdated 2024.10.05. 14:20\nNATO ministers met.", 2024, 10, 5)]
    [InlineData("Posted 2024-10-05T08:00:00Z\nNATO ministers met.", 2024, 10, 5)]
    [InlineData("Allies meet in Brussels\n2025-03-09\nNATO ministers met on Sunday.", 2025, 3, 9)]
    [InlineData("Headline here\nBy Staff Writer\nPublished September 1, 2022\n\nTroops moved.", 2022, 9, 1)]
    public void Finds_the_date_near_the_top(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), PublicationDate.Find(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Troops moved north on Tuesday and talks resumed.")]
    [InlineData("Seoul may respond within 30 days, officials said.")]
    [InlineData("The 2024 budget rose by 5 percent in March.")]
    [InlineData("Officials expect a deal by June 2025.")]
    [InlineData("Troops decamped. 3, 2023 was a hard year.")]
    [InlineData("The Dec. budget is 3 percent higher.")]
    [InlineData("The fund grew 2024.5 percent, a typo said.")]
    [InlineData("Version 2024.13.40 was released.")]
    [InlineData("Talks resumed this week.\n\nOn July 5, 2019, Chile recalled its envoy.")]
    [InlineData("In March 4, 2021 talks, Peru agreed.")]
    [InlineData("Since 12 June 2022, the two sides have not met.")]
    public void None_when_the_text_has_no_full_date(string text)
    {
        Assert.Null(PublicationDate.Find(text));
    }

    [Fact]
    public void Ignores_dates_far_down_the_text()
    {
        var text = string.Concat(Enumerable.Repeat("Talks went on.\n", 8)) + "SEOUL, July 10, 2024 — late line.";
        Assert.Null(PublicationDate.Find(text));
    }

    [Fact]
    public void Day_past_the_month_end_is_clamped()
    {
        Assert.Equal(new DateOnly(2023, 2, 28), PublicationDate.Find("TOKYO, February 30, 2023 — Japan protested."));
    }
}
