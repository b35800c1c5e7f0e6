using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a tenth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthTenthPassTests
{
    [Theory]
    [InlineData("The African Union urged the warring parties in Sudan to return to talks in Jeddah.", "AU", "SDN")]
    [InlineData("Norway appealed to the warring factions in Myanmar to let aid convoys through.", "NOR", "MMR")]
    [InlineData("The EU called on the parties to the conflict in Ethiopia to protect civilians.", "EU", "ETH")]
    public void The_warring_parties_of_a_named_place_are_that_state(string sentence, string source, string target)
    {
        var request = Assert.Single(Output(sentence), e => e.Type == EventType.Request);
        Assert.Equal(source, request.Source.Code.Value);
        Assert.Equal(target, request.Target?.Code.Value);
    }

    [Fact]
    public void The_warring_parties_are_never_the_speakers_own_forces()
    {
        var events = Output("The United States urged the warring parties in Yemen to accept the truce.");
        Assert.Contains(events, e => e.Type == EventType.Request && e.Source.Code.Value == "USA" && e.Target?.Code.Value == "YEM");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "USA");
    }

    [Theory]
    [InlineData("Pyongyang said Washington would bear full responsibility for the consequences of the drills.", "PRK", "USA")]
    [InlineData("Ankara said Athens would be held fully responsible for any incident in the Aegean.", "TUR", "GRC")]
    [InlineData("Tehran vowed that Riyadh would pay a heavy price for its role.", "IRN", "SAU")]
    public void A_penalty_a_speaker_says_another_actor_will_bear_is_a_threat_against_it(string sentence, string source, string target)
    {
        var threat = Assert.Single(Output(sentence), e => e.Type == EventType.Threaten);
        Assert.Equal(source, threat.Source.Code.Value);
        Assert.Equal(target, threat.Target?.Code.Value);
        Assert.Contains("sentence:penalty-if", threat.Rules);
    }

    [Fact]
    public void Responsibility_a_speaker_takes_on_itself_threatens_no_one()
    {
        HasNo("Seoul said it would bear full responsibility for the cost of the base.", EventType.Threaten);
    }
}
