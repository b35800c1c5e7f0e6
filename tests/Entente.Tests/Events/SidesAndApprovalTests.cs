using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Denying another actor's conduct an approving word condemns it (rule sentence:pejorative-predicate, list 'approving');
/// doers of several states acting on one of their own act as the other side (<c>Phrases.AnotherSideActs</c>); a people's
/// adjective joined to a named body shares its sector (actor rule shared-head). Every sentence was written for these tests.
/// </summary>
public class SidesAndApprovalTests
{
    [Fact]
    public void An_approving_word_denied_to_another_actors_conduct_is_an_accusation()
    {
        Has("Canberra said on Monday that Fiji's snap election was neither free nor fair.", EventType.Accuse, "AUS", "FJI");
        Has("London said Zimbabwe's presidential vote was not free and fair.", EventType.Accuse, "GBR", "ZWE");
        Has("Tokyo said the seizure of the trawler by Russia was not legitimate.", EventType.Accuse, "JPN", "RUS");
    }

    [Fact]
    public void An_approving_word_granted_or_deeper_in_the_predicate_is_no_accusation()
    {
        HasNo("Observers from the African Union said Ghana's election was free and fair.", EventType.Accuse);
        HasNo("Nairobi said the case against the activist is not about free speech.", EventType.Accuse);
    }

    [Fact]
    public void Doers_of_two_states_harming_one_of_their_own_are_the_other_side()
    {
        var events = Output("Kyrgyz and Tajik border guards traded fire on the frontier on Sunday, killing one Kyrgyz guard.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "TJK" && e.Target?.Code.Value == "KGZ");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "KGZ" && e.Target?.Code.Value == "KGZ");
        // The people's adjective joined to the named body takes its sector.
        Assert.Contains(events, e => e.Source.Code.Value == "KGZ" && e.Source.Sector == "GOV" && e.Source.Rule.EndsWith("shared-head", StringComparison.Ordinal));
    }
}
