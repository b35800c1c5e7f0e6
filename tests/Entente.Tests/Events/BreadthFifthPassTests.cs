using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Phrasings of a fifth pass, from worldwide short news: a regret addressed to a party (an apology, not blame), a
/// handover or extradition to a state (cooperation with the receiving state), a compound of a name of several words
/// ("a Sierra Leone-flagged ship"), and an undone act whose target is named only in the object's own relative clause.
/// Every sentence was written for these tests.
/// </summary>
public class BreadthFifthPassTests
{
    [Fact]
    public void Regret_addressed_to_a_party_is_an_apology()
    {
        Has("Tunisia expressed regret to Libya over the shooting of two fishermen by its coast guard.", EventType.Concede, "TUN", "LBY");
        // Regret about another's act is still disapproval of it.
        Has("Tunisia expressed regret over Libya's decision to close the crossing.", EventType.Accuse, "TUN", "LBY");
    }

    [Fact]
    public void Extradition_to_a_state_is_cooperation_with_that_state()
    {
        Has("Morocco extradited a suspected Dutch drug lord to Belgium on Monday.", EventType.Cooperate, "MAR", "BEL");
        Has("Niger handed over three suspected Boko Haram militants to Cameroon after a joint inquiry.", EventType.Cooperate, "NER", "CMR");
    }

    [Fact]
    public void A_compound_on_a_name_of_several_words_names_that_state()
    {
        Has("Eritrean gunboats seized a Sierra Leone-flagged cargo ship in the Red Sea.", EventType.Coerce, "ERI", "SLE");
        // A ship of no stated flag is nobody's named target, and not the seizer's own people either.
        Assert.DoesNotContain(Output("Eritrean gunboats seized a cargo ship in the Red Sea."), e => e.Type == EventType.Coerce && e.Target is not null);
    }

    [Fact]
    public void An_undone_act_is_aimed_where_the_objects_clause_says()
    {
        Has("The African Union eased the travel restrictions it had imposed on Gabon, citing progress toward elections.", EventType.Concede, "AU", "GAB");
        Has("Kenya lifted the restrictions that were imposed on Somalia after the border clashes.", EventType.Concede, "KEN", "SOM");
    }

    [Fact]
    public void A_charge_set_beside_an_allegation_ends_it()
    {
        // The denial after ", a charge" is news of its own, not part of what the accuser alleged.
        Has("Chad accused Sudan of sending fighters to help Boko Haram militants near Lake Chad, a charge Khartoum denied.", EventType.Reject, "SDN", "TCD");
    }

    [Fact]
    public void Stepping_up_cooperation_or_assistance_is_not_a_show_of_force()
    {
        Has("Canberra stepped up security cooperation with Jakarta after the two ministers met.", EventType.Cooperate, "AUS", "IDN");
        Has("Paris stepped up military assistance to Chad after the attacks on its garrisons.", EventType.Aid, "FRA", "TCD");
        // Patrols stepped up are still a show of force.
        Has("Kenya stepped up military patrols along the Somali border.", EventType.Mobilize, "KEN", "SOM");
    }

    [Fact]
    public void A_package_of_sanctions_approved_is_a_sanction_not_aid()
    {
        Has("EU foreign ministers approved the bloc's latest package of sanctions against Belarus.", EventType.Sanction, "EU", "BLR");
        // A package of loans approved is still aid.
        Has("The IMF approved a package of loans for Ghana on Friday.", EventType.Aid, "IMF", "GHA");
    }

    [Fact]
    public void What_a_court_or_a_prosecutor_orders_done_is_its_act()
    {
        Has("Kenya's High Court ordered the release of the detained opposition senator on Monday.", EventType.Concede, "KEN", "KEN");
        Has("Tunisia's public prosecutor ordered nine activists detained pending trial.", EventType.Coerce, "TUN", "TUN");
    }

    [Fact]
    public void An_act_that_draws_a_rebuke_is_the_rebukers_target()
    {
        Has("Belarus jailed a Polish journalist for eight years on Monday. The verdict drew condemnation from Lithuania.", EventType.Accuse, "LTU", "BLR");
        // ", a sentence that drew …": the noun set beside the act names it, though indefinite.
        var events = Output("A court in Minsk jailed a Polish journalist for eight years, a sentence that drew rebukes from Warsaw and Vilnius.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "POL" && e.Target?.Code.Value == "BLR");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "LTU" && e.Target?.Code.Value == "BLR");
    }

    [Fact]
    public void Mirror_measures_warned_of_answer_the_act_before()
    {
        Has("Lithuania expelled a Belarusian diplomat on Monday. Minsk warned of mirror measures.", EventType.Threaten, "BLR", "LTU");
        Has("Latvia banned Belarusian trucks on Monday. Minsk said it would take mirror measures.", EventType.Threaten, "BLR", "LVA");
    }

    [Fact]
    public void Blame_told_in_a_which_clause_is_news()
    {
        Has("Chad condemned a drone strike on the airport in Abeche, which the Chadian army blamed on Sudanese paramilitaries.", EventType.Accuse, "TCD", "SDN");
        // A person described by a 'who' clause is still background.
        Assert.DoesNotContain(Output("The minister, who blamed Russia for the blackout, resigned on Friday."), e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void A_party_named_after_a_states_possessive_is_that_states()
    {
        // The dictionary knows a party of this name in another state; "Bolivia's main opposition party" says whose it is.
        var events = Output("Bolivia's main opposition party Podemos rejected the election results on Sunday.");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "BOL" && e.Source.Sector == "PTY");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "ESP");
    }

    [Fact]
    public void Rolling_back_a_ban_or_a_decree_is_a_concession()
    {
        Has("Quito rolled back a ban on street protests after weeks of pressure from unions.", EventType.Concede, "ECU", "ECU");
        // Troops rolled back are pushed back, not a concession.
        HasNo("Ecuadorean troops rolled back the gangs from the port district.", EventType.Concede);
    }
}
