using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// A penalty announced under a condition set first ("Unless X …, Y will impose …") is Y's ultimatum to X, however the parse
/// hangs the two clauses (target:unless-subject, type:ultimatum). Every sentence was written for these tests.
/// </summary>
public class FrontedConditionTests
{
    [Theory]
    [InlineData("Unless Lima frees the fishermen, Santiago will impose new tariffs.")]
    [InlineData("Unless Lima frees the fishermen by Monday, Santiago will impose new tariffs, the Chilean president said.")]
    [InlineData("Santiago will impose new tariffs unless Lima frees the fishermen.")]
    public void A_penalty_announced_unless_another_acts_is_a_threat_against_it(string sentence)
    {
        var events = Output(sentence);
        Assert.Contains(events, e => e.Type == EventType.Threaten && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        Assert.DoesNotContain(events, e => e.Type == EventType.Sanction);
    }

    [Fact]
    public void A_condition_no_actor_must_meet_makes_no_threat()
    {
        Assert.DoesNotContain(Output("Unless the drought ends soon, Santiago will impose new water tariffs."), e => e.Type == EventType.Threaten);
    }
}
