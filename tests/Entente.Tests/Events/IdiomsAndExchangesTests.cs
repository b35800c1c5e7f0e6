using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Idioms and light verbs news uses for acts (lexicon: come to blows, heap praise on, make or pay a port call, ramp up,
/// step up or intensify a bombardment, beef up a border, charge over, wrap up a summit), and exchanges told by any word of the matched phrase ("came to
/// blows"), which each side does to the other and neither undergoes (pairs:reciprocal, source:undergone-act). Every sentence
/// was written for these tests.
/// </summary>
public class IdiomsAndExchangesTests
{
    [Fact]
    public void Coming_to_blows_is_a_fight_each_side_wages_on_the_other()
    {
        Has("Thai and Cambodian soldiers came to blows at the temple on Friday.", EventType.Assault, "THA", "KHM");
        Has("Thai and Cambodian soldiers came to blows at the temple on Friday.", EventType.Assault, "KHM", "THA");
        // With a "with" phrase the subject stays the doer: an exchange is not undergone, as fire "from" someone is.
        var events = Output("Sudanese soldiers came to blows with Chadian border guards on Monday.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "SDN" && e.Target?.Code.Value == "TCD");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "TCD");
    }

    [Fact]
    public void A_ceasefire_or_disengagement_of_two_parties_is_each_ones_pull_back_from_the_other()
    {
        Has("Peru and Ecuador declared a ceasefire along the Cenepa river on Friday.", EventType.Retreat, "PER", "ECU");
        Has("Peru and Ecuador declared a ceasefire along the Cenepa river on Friday.", EventType.Retreat, "ECU", "PER");
        Has("Peruvian and Ecuadorian troops completed disengagement near the river on Monday.", EventType.Retreat, "ECU", "PER");
        // One party's own truce is aimed at no one else.
        Assert.DoesNotContain(Output("Peru's rebels announced a unilateral truce over the holidays."), e => e.Target?.Code.Value is "ECU");
    }

    [Fact]
    public void Praise_heaped_a_port_call_and_a_summit_wrapped_up_are_coded()
    {
        Has("Uruguay heaped effusive praise on Chile for its mediation.", EventType.Support, "URY", "CHL");
        Has("Two Japanese destroyers made a three-day port call in Manila.", EventType.Consult, "JPN", "PHL");
        Has("ASEAN leaders wrapped up their annual summit in Vientiane on Friday.", EventType.Consult, "ASEAN", null);
    }

    [Fact]
    public void Ramping_up_deliveries_or_beefing_up_a_border_and_charging_over_an_act_are_coded()
    {
        Has("Norway ramped up deliveries of generators to Ukraine.", EventType.Aid, "NOR", "UKR");
        Has("Finland beefed up its border with Russia with new patrols.", EventType.Mobilize, "FIN", "RUS");
        Has("A Peruvian court charged three Bolivian officers over the shooting.", EventType.Accuse, "PER", "BOL");
        Has("Eritrean gunners stepped up their bombardment of Ethiopian trenches.", EventType.Assault, "ERI", "ETH");
        // Ramping up what is no act of states stays no event.
        Assert.Empty(Output("The central bank ramped up its bond purchases."));
    }
}

/// <summary>
/// A condemning label whose speaker is read as the very actors it names (a participle hung on the wrong verb) makes them
/// condemn no one (sentence:pejorative-name). Sentences written for these tests.
/// </summary>
public class SelfNamedLabelTests
{
    [Fact]
    public void Actors_a_label_names_do_not_condemn_each_other()
    {
        var events = Output("Tehran denounced Britain and France for holding naval drills near its coast, calling them a rehearsal for aggression.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "IRN" && e.Target?.Code.Value == "GBR");
        Assert.DoesNotContain(events, e => e.Source.Code.Value is "GBR" or "FRA" && e.Target?.Code.Value is "GBR" or "FRA");
    }
}

/// <summary>
/// Reaffirming or assuring is saying: what would be done, so said, is pledged (PersonFinder's speech verbs); what is said of
/// any act of a kind accuses no one (sentence:pejorative-predicate). Sentences written for these tests.
/// </summary>
public class ReaffirmedPledgeTests
{
    [Fact]
    public void A_reaffirmed_or_assured_would_is_a_pledge()
    {
        Has("Minsk reaffirmed that Belarus would fully support Russia's position.", EventType.Support, "BLR", "RUS");
        Has("Ankara assured Baku that Turkey would defend Azerbaijan.", EventType.Support, "TUR", "AZE");
    }

    [Fact]
    public void Condemning_any_act_of_a_kind_accuses_no_one()
    {
        HasNo("Tokyo and Canberra reaffirmed that any attack by China on Taiwan is unacceptable.", EventType.Accuse);
        Has("Tokyo said the missile launch by North Korea was unacceptable.", EventType.Accuse, "JPN", "PRK");
    }
}
