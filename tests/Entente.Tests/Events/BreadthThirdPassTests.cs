using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Phrasings of a third pass over the CAMEO codebook: talks or aid put on hold and freight halted (reduce relations),
/// combat readiness raised and reservists called up (force posture), supplies airdropped (aid, aimed at the place they are
/// dropped over), a curfew imposed (coercion), an agreement not extended (rejection), imagery shared (intelligence
/// cooperation); a danger to a state's unity is no one's threat. Every sentence was written for these tests.
/// </summary>
public class BreadthThirdPassTests
{
    [Fact]
    public void Relations_reduced_by_a_hold_or_a_halt_are_sanctions()
    {
        Has("Bolivia put its talks with Chile on hold.", EventType.Sanction, "BOL", "CHL");
        Has("Chile halted rail freight to Bolivia on Monday.", EventType.Sanction, "CHL", "BOL");
        Has("Peru declined to extend the fishing agreement with Chile.", EventType.Reject, "PER", "CHL");
    }

    [Fact]
    public void A_participle_telling_what_a_sanctions_package_targets_is_no_attack()
    {
        // The parse hangs "targeting" on the comma before it; the measure is still what it tells more of (type:measure-not-force).
        var events = Output("Britain adopted its 12th package of sanctions against Russia on Monday, targeting 60 more tankers of the shadow fleet.");
        Assert.Contains(events, e => e.Type == EventType.Sanction && e.Source.Code.Value == "GBR" && e.Target?.Code.Value == "RUS");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void A_state_asked_by_another_to_act_is_the_askers_request()
    {
        Has("Peru was asked by Chile to extradite the suspect.", EventType.Request, "CHL", "PER");
        Has("Bolivia has been asked by the OAS to explain the arrests.", EventType.Request, "OAS", "BOL");
        Assert.Empty(Output("The minister was asked by reporters to comment."));
    }

    [Fact]
    public void Becoming_a_member_of_a_body_is_joining_it()
    {
        Has("Peru became a member of the OECD on Monday.", EventType.Cooperate, "PER", "OECD");
        Has("Peru became the OECD's 39th member on Monday.", EventType.Cooperate, "PER", "OECD");
        Assert.Empty(Output("The minister became a member of the board."));
    }

    [Fact]
    public void Readiness_raised_and_reservists_called_up_are_force_posture()
    {
        Has("Peru raised the combat readiness of its northern units.", EventType.Mobilize, "PER", null);
        Has("Ecuador called up reservists on Friday.", EventType.Mobilize, "ECU", null);
    }

    [Fact]
    public void Airdrops_curfews_and_shared_imagery_are_coded()
    {
        Has("Chile airdropped medicine over Bolivia on Sunday.", EventType.Aid, "CHL", "BOL");
        Has("Chile shared satellite imagery with Peru.", EventType.Cooperate, "CHL", "PER");
        Has("Bolivia's government imposed a curfew in La Paz.", EventType.Coerce, "BOL", "BOL");
        // A danger to a state's unity or security is no one's threat.
        Assert.DoesNotContain(Output("Peru criticised the blockade, saying it threatened Bolivia's unity."), e => e.Type == EventType.Threaten);
        // A company's project on hold is no act of states.
        Assert.Empty(Output("The mining company put the project on hold."));
    }
}
