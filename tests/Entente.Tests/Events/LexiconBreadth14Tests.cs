using Entente.Events;
using Entente.Tests.Cli;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The fourteenth breadth pass: mechanisms found missing by probing with sentences of our own (economic statecraft,
/// front-line reporting, state media, diplomacy, rights and migration). Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth14Tests
{
    [Fact]
    public void A_spokesperson_for_a_body_acts_for_it_whatever_stands_between_them_and_the_verb()
    {
        Has("A spokesperson for the Peruvian Foreign Ministry on Tuesday denounced Bolivia for the border closure.", EventType.Accuse, "PER", "BOL");
        Has("A spokesman for the Chilean navy on Friday accused Argentina of sending fishing boats into Chilean waters.", EventType.Accuse, "CHL", "ARG");
    }

    [Fact]
    public void Being_concerned_or_troubled_by_another_actor_is_criticism()
    {
        Has("Chile is deeply concerned about Bolivia's new border fence.", EventType.Accuse, "CHL", "BOL");
        Has("Norway said it was troubled by the conduct of the Russian coast guard.", EventType.Accuse, "NOR", "RUS");
        HasNo("Officials of the countries concerned met in Lima on Monday.", EventType.Accuse);
    }

    [Fact]
    public void Force_used_in_a_place_named_by_an_opening_phrase_is_used_on_that_places_state()
    {
        Has("In Kharkiv region, Belarusian troops shelled two villages overnight, officials said.", EventType.Assault, "BLR", "UKR");
        // A place of the doer's own state is no target of another state.
        var own = Output("In Minsk, Belarusian troops shelled two rebel positions overnight.");
        Assert.DoesNotContain(own, e => e.Target is { } t && t.Code.Value != "BLR");
    }

    [Fact]
    public void An_object_and_the_next_clauses_subject_side_by_side_are_two_actors()
    {
        Has("Chile warned Bolivia it would respond to any incursion.", EventType.Threaten, "CHL", "BOL");
        Has("Norway told Russia Oslo would not accept the new fishing quotas.", EventType.Reject, "NOR", null);
    }

    [Fact]
    public void A_participle_telling_more_of_a_measure_is_the_measure_not_force()
    {
        Has("Canada imposed new sanctions on Thursday, targeting 40 Iranian officials.", EventType.Sanction, "CAN", "IRN");
        HasNo("Canada imposed new sanctions on Thursday, targeting 40 Iranian officials.", EventType.Assault);
        // Force that is force stays force.
        Has("Iraqi jets bombed the town on Monday, targeting Turkish positions.", EventType.Assault, "IRQ", "TUR");
    }

    [Fact]
    public void Taking_control_of_a_company_is_a_seizure_of_property_and_a_control_list_a_blacklist()
    {
        Has("The Kenyan government took control of the Chinese-owned operator of the port, citing security.", EventType.Coerce, "KEN", null);
        HasNo("The Kenyan government took control of the Chinese-owned operator of the port, citing security.", EventType.Assault);
        Has("South Korea added 12 Russian entities to its export control list.", EventType.Sanction, "KOR", "RUS");
    }

    [Fact]
    public void Goods_described_by_where_they_came_from_are_no_trade_act()
    {
        HasNo("Peru opened an inquiry into steel imported from Brazil.", EventType.Cooperate);
        // A participle with its doer or object named still tells the act.
        Has("Rifles supplied by Brazil reached the Peruvian army last week.", EventType.Aid, "BRA", null);
    }

    [Fact]
    public void A_charge_called_false_is_rejected_unless_the_falsehood_is_denied_or_an_analyst_says_it()
    {
        HasNo("Lima said the accusations made by Bolivia were not baseless.", EventType.Reject);
        HasNo("Analysts said the claims by Bolivia were false.", EventType.Reject);
        // "reports of a clash with X": what the reports say names no one who made them.
        var reports = Output("The Chilean army said reports of a clash with Bolivian troops were baseless.");
        Assert.Contains(reports, e => e.Type == EventType.Reject && e.Source.Code.Value == "CHL" && e.Target is null);
    }

    [Fact]
    public void Migrants_turned_back_or_people_turned_over_to_a_state_are_coerced()
    {
        Has("Spain turned 30 Moroccan migrants over to Morocco on Friday.", EventType.Coerce, "ESP", "MAR");
        Has("Italian patrol boats turned back 200 migrants near Lampedusa.", EventType.Coerce, "ITA", null);
        // Planes turned back are refused, not people coerced.
        HasNo("Honduras turned back two planes carrying deported migrants.", EventType.Coerce);
    }

    [Fact]
    public void A_surname_before_a_generational_suffix_names_the_person_later()
    {
        Has("Philippine President Ferdinand Marcos Jr. arrived in Tokyo on Monday. Marcos criticised the Chinese coast guard.", EventType.Accuse, "PHL", "CHN");
    }

    [Fact]
    public void Single_scare_quotes_inside_a_phrase_do_not_break_it()
    {
        Has("Lima conveyed 'serious concerns' to Quito over the border fence.", EventType.Accuse, "PER", "ECU");
        Has("Lima conveyed \"serious concerns\" to Quito over the border fence.", EventType.Accuse, "PER", "ECU");
    }

    [Fact]
    public void A_campaign_going_on_since_an_earlier_year_is_background()
    {
        HasNo("Shining Path remnants have been attacking Peruvian troops since 2009. Peru sent more troops to the valley in 2025.", EventType.Assault);
        // Since a time of the story's own year it is news.
        Has("Shining Path remnants have been attacking Peruvian troops since January. Peru sent more troops to the valley in 2025.", EventType.Assault, "PER", "PER");
    }

    [Fact]
    public void A_minister_and_his_counterpart_act_together()
    {
        Has("Peruvian Foreign Minister Elmer Schialer and his Chilean counterpart Alberto van Klaveren agreed to reopen the border crossing.", EventType.Agree, "PER", "CHL");
        Has("Chile's foreign minister and his Bolivian counterpart signed a water agreement on Monday.", EventType.Agree, "CHL", "BOL");
    }

    [Fact]
    public void A_meeting_that_is_expected_is_announced_but_expected_force_is_only_foreseen()
    {
        var visit = Output("Peru's president is expected to visit Chile next month.");
        Assert.Contains(visit, e => e.Type == EventType.Consult && e.Mode == EventMode.Intended && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
        HasNo("Bolivian troops are expected to attack the Peruvian border post.", EventType.Assault);
    }

    [Fact]
    public void One_drone_brought_down_is_no_sign_of_the_senders_attack()
    {
        var one = Output("Armenia downed an Azerbaijani drone overnight.");
        Assert.Contains(one, e => e.Type == EventType.Assault && e.Source.Code.Value == "ARM" && e.Target?.Code.Value == "AZE");
        Assert.DoesNotContain(one, e => e.Source.Code.Value == "AZE");
    }

    [Fact]
    public void A_clash_with_a_government_over_a_measure_is_a_dispute_and_taking_over_a_mission_no_seizure()
    {
        HasNo("Chilean ministers clashed with La Paz over the new tariffs.", EventType.Sanction);
        HasNo("Spanish jets arrived in Estonia on Monday to take over NATO's air policing mission.", EventType.Assault);
        // Soldiers who clash still fight.
        Has("Chilean and Bolivian soldiers clashed along the border.", EventType.Assault, "CHL", "BOL");
    }
}
