using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// "X said …, a claim Y dismissed": with no act coded from what X said, Y's denial answers X, and X accuses Y when what it
/// said names Y (sentence:charge-denied-beside); a noun set off by a comma is no one's act (source:noun-owner). Every
/// sentence was written for these tests.
/// </summary>
public class DeniedClaimsTests
{
    [Fact]
    public void A_denial_of_what_a_state_said_answers_that_state()
    {
        Has("Quito said the freighter had been carrying smuggled fuel, a claim Lima dismissed as fiction.", EventType.Reject, "PER", "ECU");
    }

    [Fact]
    public void What_a_state_said_of_the_denier_is_its_accusation_and_the_claim_noun_is_no_ones_own()
    {
        var events = Output("Chile said the two sailors were working for Peru's naval intelligence, an allegation Lima dismissed.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "PER" && e.Target?.Code.Value == "PER");
    }

    [Fact]
    public void A_standing_charge_and_its_standing_denial_stay_background()
    {
        Assert.DoesNotContain(Output("Santiago has long accused Lima of arming smugglers, a charge Peru denies."), e => e.Type == EventType.Reject);
    }
}
