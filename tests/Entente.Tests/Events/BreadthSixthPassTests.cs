using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a sixth pass: acts told as nouns that were called off. Every sentence was written for these tests.
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
}
