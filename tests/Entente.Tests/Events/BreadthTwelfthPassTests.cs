using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a twelfth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthTwelfthPassTests
{
    [Fact]
    public void A_call_for_a_truce_by_two_states_asks_it_of_others_not_of_each_other()
    {
        var events = Output("Brazil and Mexico called for a humanitarian truce in Haiti on Thursday.");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value is "BRA" or "MEX");
        Assert.Contains(events, e => e.Type == EventType.Request && e.Source.Code.Value == "BRA" && e.Target?.Code.Value == "HTI");
        Assert.Contains(events, e => e.Type == EventType.Request && e.Source.Code.Value == "MEX" && e.Target?.Code.Value == "HTI");
        // A truce the two declare is still each one's pull-back from the other.
        Has("Brazil and Mexico declared a truce along the river on Thursday.", EventType.Retreat, "BRA", "MEX");
    }

    [Fact]
    public void A_condemned_act_is_one_told_as_done_before_one_only_referred_to()
    {
        var events = Output("Ukrainian drones struck an oil refinery in Russia's Belgorod region on Monday. Kyiv said Russian units had used the "
                            + "site in efforts to shell Kharkiv. Belarus condemned the attack.");
        var condemnation = Assert.Single(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "BLR");
        Assert.Equal("UKR", condemnation.Target?.Code.Value);
    }

    [Fact]
    public void Each_state_a_verb_of_prompting_names_does_the_infinitive()
    {
        var events = Output("Belarusian helicopters entered Lithuanian airspace on Sunday, prompting Lithuania and its allies to scramble fighter jets.");
        var scramble = Assert.Single(events, e => e.Type == EventType.Mobilize);
        Assert.Equal("LTU", scramble.Source.Code.Value);
    }

    [Fact]
    public void An_incursion_is_the_act_done_to_someone_not_the_response_it_prompted()
    {
        var events = Output("Belarusian helicopters entered Lithuanian airspace on Sunday, prompting Lithuania to scramble fighter jets. "
                            + "Germany condemned the incursion.");
        var condemnation = Assert.Single(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "DEU");
        Assert.Equal("BLR", condemnation.Target?.Code.Value);
        // A noun of any act still names the latest: "the move" after the response is the response.
        Assert.Contains(Output("Belarusian helicopters entered Lithuanian airspace on Sunday. Lithuania responded by closing its border "
                               + "with Belarus. Minsk condemned the move."), e => e.Source.Code.Value == "BLR" && e.Target?.Code.Value == "LTU");
    }
}
