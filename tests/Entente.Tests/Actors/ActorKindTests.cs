using Entente.Actors;
using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Actors;

/// <summary>An actor's kind comes from the dictionary, never from the length of its code.</summary>
public class ActorKindTests
{
    private static List<Event> Output(string text) => SharedPipeline.OutputEvents(text);

    [Theory]
    [InlineData("IMF", ActorKind.Organization)]
    [InlineData("GCC", ActorKind.Organization)]
    [InlineData("NATO", ActorKind.Organization)]
    [InlineData("KOR", ActorKind.State)]
    [InlineData("PRK", ActorKind.State)]
    [InlineData("JPN+KOR", ActorKind.Group)]
    public void The_dictionary_tells_states_from_organisations(string code, ActorKind kind)
    {
        Assert.Equal(kind, SharedPipeline.Dictionary.KindOf(new ActorCode(code)));
    }

    [Fact]
    public void An_organisation_with_a_three_letter_code_is_not_turned_against_itself()
    {
        // A state's refusal with no target can be domestic; an organisation's never is.
        var events = Output("The International Monetary Fund turned down the loan request on Friday.");
        var reject = Assert.Single(events, e => e.Type == EventType.Reject);
        Assert.Equal("IMF", reject.Source.Code.Value);
        Assert.Equal(ActorKind.Organization, reject.Source.Kind);
        Assert.Null(reject.Target);
    }

    [Theory]
    [InlineData("Nigerian navy ships patrolled the Gulf of Guinea on Monday.", "GIN")]
    [InlineData("Latvian coast guard vessels searched the Gulf of Riga on Monday.", "LVA")]
    [InlineData("Indian warships sailed into the Arabian Sea on Monday.", "SAU")]
    public void A_sea_or_gulf_named_after_a_state_is_not_that_state(string text, string hidden)
    {
        Assert.DoesNotContain(Output(text), e => e.Target?.Code.Value == hidden || e.Source.Code.Value == hidden);
    }

    [Fact]
    public void Named_states_and_their_officials_are_states()
    {
        var events = Output("Mongolia's foreign minister met Kazakh officials in Ulaanbaatar on Tuesday.");
        var consult = Assert.Single(events, e => e.Type == EventType.Consult);
        Assert.True(consult.Source.IsState);
        Assert.True(consult.Target!.IsState);
    }
}
