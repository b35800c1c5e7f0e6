using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a sixth pass: acts told as nouns that were called off; "the two leaders" as the people last named and a
/// state named as a topic ("the Burkina Faso question") as no party; habits told in a plural present or beside a noun's
/// "claimed by". Every sentence was written for these tests.
/// </summary>
public class BreadthSixthPassTests
{
    [Theory]
    [InlineData("The meeting between the Ghanaian and Togolese foreign ministers was postponed until next month.")]
    [InlineData("Talks between Chad and Sudan set for Friday were called off.")]
    [InlineData("Negotiations between Peru and Bolivia on the border were suspended in June.")]
    [InlineData("The Kenyan president's visit to Uganda, which was cancelled at the last minute, would have been his first.")]
    public void A_meeting_called_off_did_not_happen(string sentence)
    {
        Assert.DoesNotContain(Output(sentence), e => e.Type == EventType.Consult);
    }

    [Fact]
    public void A_meeting_that_went_ahead_is_still_a_meeting()
    {
        Has("Talks between Chad and Sudan opened in Cairo on Friday.", EventType.Consult, "TCD", "SDN");
        // Calling off is a deed of its own when someone does it.
        Has("Chad called off talks with Sudan on Friday.", EventType.Sanction, "TCD", "SDN");
    }

    [Fact]
    public void The_two_leaders_are_the_people_last_named()
    {
        var text = "Kenya's President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
                   + "Ruto said Kenya backed the Ugandan plan for Somalia. After the talks, the two leaders signed a trade pact.";
        var events = Output(text);
        Assert.Contains(events, e => e.Type == EventType.Agree && e.Source.Code.Value is "KEN" or "TZA" && e.Target?.Code.Value is "KEN" or "TZA");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "SOM");
    }

    [Fact]
    public void A_state_named_as_the_topic_is_not_one_of_the_two_countries()
    {
        Has("Ghana's foreign minister met his Togolese counterpart in Accra on Monday. Lome firmly supports Accra's position on the Burkina Faso question, the Togolese minister said. The two countries agreed to reopen the border.",
            EventType.Agree, "TGO", "GHA");
    }

    [Theory]
    [InlineData("Ethiopian officials routinely warn Cairo against building dams upstream.")]
    [InlineData("Turkey routinely sends coast guard and navy vessels into waters claimed by Greece and Cyprus.")]
    [InlineData("For years, Kenyan officials have urged Somalia to secure the border.")]
    public void A_habit_or_a_trend_is_background(string sentence)
    {
        Assert.Empty(Output(sentence));
    }
}
