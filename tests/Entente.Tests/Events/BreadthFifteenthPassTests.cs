using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a fifteenth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthFifteenthPassTests
{
    [Fact]
    public void An_act_a_time_phrase_introduces_as_new_is_reported()
    {
        Has("Venezuela freed two jailed oil executives on Friday following a visit to Caracas by a senior U.S. diplomat.",
            EventType.Consult, "USA", "VEN");
        Assert.Contains(Output("Kenya and Somalia agreed to reopen their shared border after talks between their foreign ministers in Nairobi."),
            e => e.Type == EventType.Consult);
    }

    [Theory]
    [InlineData("The two countries resumed flights after the talks between Kenya and Somalia.")]
    [InlineData("Kenya resumed flights to Mogadishu following Somalia's visit to Nairobi.")]
    public void An_act_a_time_phrase_points_back_to_is_background(string sentence)
    {
        HasNo(sentence, EventType.Consult);
    }

    [Theory]
    [InlineData("Norway's special envoy met Colombia's interior minister in Bogota on Friday to push for a prisoner exchange with the rebels.", EventType.Request, "NOR", "COL")]
    [InlineData("Indonesia's foreign minister telephoned her Philippine counterpart on Monday to offer sympathy after the typhoon.", EventType.Support, "IDN", "PHL")]
    [InlineData("A Vietnamese deputy minister met China's ambassador in Hanoi on Thursday to protest the seizure of a fishing boat.", EventType.Accuse, "VNM", "CHN")]
    public void What_a_meeting_held_was_for_was_said_there(string sentence, EventType type, string source, string target)
    {
        Has(sentence, type, source, target);
    }

    [Fact]
    public void What_a_meeting_to_come_is_for_is_not_yet_said()
    {
        var events = Output("Finland's president will meet the Turkish leader next month to press for a quick ratification.");
        Assert.Contains(events, e => e.Type == EventType.Consult && e.Mode == EventMode.Intended);
        Assert.DoesNotContain(events, e => e.Type == EventType.Request);
    }
}
