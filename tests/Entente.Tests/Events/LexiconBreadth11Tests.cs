using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The eleventh breadth pass: acts a news outlet reports, found missing by probing with sentences of our own.
/// Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth11Tests
{
    [Fact]
    public void An_observable_act_a_news_outlet_reports_is_coded_and_its_views_are_not()
    {
        // The outlet reports; the act is the doer's.
        Has("Xinhua reported that Peruvian jets bombed rebel camps in Bolivia.", EventType.Assault, "PER", "BOL");
        Has("The BBC said Chile expelled two Bolivian diplomats on Monday.", EventType.Sanction, "CHL", "BOL");
        // What an outlet believes or characterises stays its view, and so does a movement it reports.
        HasNo("The BBC reported that Chile moved tanks to the Bolivian border.", EventType.Mobilize);
        HasNo("Xinhua believes that Peruvian jets bombed rebel camps in Bolivia.", EventType.Assault);
        HasNo("The BBC said Chile harasses Bolivian fishermen every week.", EventType.Coerce);
    }

    [Fact]
    public void A_reaction_to_such_acts_is_made_now_while_past_acts_in_general_are_no_act()
    {
        Has("Chile denounced such provocations by Bolivia.", EventType.Accuse, "CHL", "BOL");
        HasNo("Chile carried out previous raids on Bolivian border posts.", EventType.Assault);
        HasNo("Previous raids by Chile killed dozens of Bolivian soldiers.", EventType.Assault);
    }

    [Fact]
    public void Two_verbs_sharing_one_object_tell_one_act() =>
        Assert.Single(Output("Peru pardoned and released a Chilean fisherman on Friday."), e => e.Type == EventType.Concede);

    [Fact]
    public void A_headlines_denial_of_a_gerund_denies_the_act_and_is_aimed_at_no_one_in_it()
    {
        var denial = Assert.Single(Output("Bolivia denies selling rifles to Paraguay"));
        Assert.Equal((EventType.Reject, "BOL", null), (denial.Type, denial.Source.Code.Value, denial.Target?.Code.Value));
    }

    [Fact]
    public void A_place_whose_head_noun_gives_it_a_sector_names_the_actors_there()
    {
        Has("Kordofan militias attacked a Chadian border post.", EventType.Assault, "SDN", "TCD");
        // A bare place still acts for no one.
        HasNo("Kordofan attacked a Chadian border post.", EventType.Assault);
    }

    [Theory]
    [InlineData("The Nordic countries condemned Russia's drone incursions.", "NOR")]
    [InlineData("Gulf Arab states condemned Israel's strike on Doha.", "KWT")]
    public void A_regional_group_stands_for_each_of_its_states(string text, string member) =>
        Assert.Contains(Output(text), e => e.Type == EventType.Accuse && e.Source.Code.Value == member);

    [Fact]
    public void A_list_of_three_states_opened_by_a_name_with_the_is_one_subject()
    {
        var events = Output("The United States, Peru and Chile began a five-day joint naval exercise on Tuesday.");
        Assert.Contains(events, e => e.Type == EventType.Cooperate && new[] { e.Source.Code.Value, e.Target?.Code.Value }.Order().SequenceEqual(["PER", "USA"]));
        Assert.Contains(events, e => e.Type == EventType.Cooperate && new[] { e.Source.Code.Value, e.Target?.Code.Value }.Order().SequenceEqual(["CHL", "USA"]));
    }

    [Fact]
    public void Trade_and_travel_measures_announced_are_sanctions_and_warships_shadowed_or_fighters_intercepted_are_force_shown()
    {
        Has("Peru announced export controls on lithium shipments to Bolivia.", EventType.Sanction, "PER", "BOL");
        Has("Chile announced new visa restrictions on Bolivian officials.", EventType.Sanction, "CHL", "BOL");
        Has("A Peruvian patrol boat shadowed the Chilean corvette for six hours.", EventType.Mobilize, "PER", "CHL");
        Has("Chilean jets intercepted Peruvian fighters near the border.", EventType.Coerce, "CHL", "PER");
    }

    [Fact]
    public void A_straight_closing_quote_inside_a_pattern_is_passed_over() =>
        Has("Lima conveyed \"serious concerns\" to Santiago on Monday.", EventType.Accuse, "PER", "CHL");

    [Fact]
    public void A_warning_verb_closing_the_sentence_after_its_subject_attributes_the_words_before_it()
    {
        HasNo("A Bolivian blockade of Chilean ports would hurt trade, officials in Lima warned.", EventType.Threaten);
        // Its own words in quotation marks are still the speaker's warning.
        Has("\"We will close the border,\" the Chilean minister warned.", EventType.Threaten, "CHL", null);
    }

    [Fact]
    public void Parties_described_without_a_name_and_groups_placed_by_a_compass_direction_take_their_states()
    {
        Has("Opposition parties in Paraguay criticised Bolivia on Monday.", EventType.Accuse, "PRY", "BOL");
        Has("Gunmen killed six farmers south of Asuncion on Monday.", EventType.Assault, "PRY", "PRY");
    }

    [Fact]
    public void What_a_state_suspects_another_did_is_its_accusation() =>
        Has("Lima suspects that Santiago has sent rifles to rebels in Bolivia.", EventType.Accuse, "PER", "CHL");

    [Fact]
    public void Armed_movements_of_past_decades_are_their_countrys_rebels()
    {
        Has("The Tamil Tigers attacked an army camp in the north.", EventType.Assault, "LKA", null);
        Has("Shining Path guerrillas attacked a police post.", EventType.Assault, "PER", null);
    }

    [Fact]
    public void A_participle_between_a_preposition_and_an_adjective_describes_the_person_after_it() =>
        HasNo("The opposition party of jailed former president Jorge Quiroga criticised the vote in Bolivia.", EventType.Coerce);

    [Fact]
    public void A_phrase_of_time_between_a_verb_and_its_infinitive_changes_nothing()
    {
        Has("Peru vowed on Saturday to cooperate with Chile's investigators.", EventType.Agree, "PER", "CHL");
        // Not read as the pattern's own "on".
        Assert.DoesNotContain(Output("Bolivia agreed on Monday to let Chilean inspectors visit the mine."), e => e.LexiconEntry.StartsWith("agree on", StringComparison.Ordinal));
        // The infinitive stays intended (and so an announced concession), and a failure stays one.
        Has("Chile decided on Tuesday to lift its ban on Peruvian fruit.", EventType.Agree, "CHL", "PER");
        HasNo("Peru failed on Monday to agree on a fishing deal with Chile.", EventType.Agree);
    }

    [Fact]
    public void An_act_set_in_a_named_era_is_history_but_a_demand_about_it_is_made_now()
    {
        HasNo("During the Cold War, Peru expelled Chilean diplomats.", EventType.Sanction);
        HasNo("During the Second World War, Chile detained Peruvian sailors.", EventType.Coerce);
        Has("Bolivia demanded an admission by Chile that its troops killed civilians during the Second World War.", EventType.Request, "BOL", "CHL");
    }

    [Fact]
    public void What_a_court_hears_and_what_rumours_say_are_claims()
    {
        HasNo("The court heard that Chilean agents had bombed the office in Lima.", EventType.Assault);
        HasNo("Rumours swirled in Lima that the Peruvian defence minister had secretly met Chilean generals.", EventType.Consult);
    }

    [Fact]
    public void A_body_telling_that_names_no_target_takes_the_headlines_when_its_sentence_names_it()
    {
        var events = Output("Chile imposes tariffs on Peruvian copper\n\nChile voted on Friday to impose tariffs of up to 30% on copper mined in Peru, officials said.");
        Assert.Contains(events, e => e.Type == EventType.Sanction && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
    }

    [Fact]
    public void Wire_phrasings_of_releases_loans_carriers_tests_sanctions_eased_epithets_and_stones()
    {
        Has("Bolivian rebels released six foreign aid workers on Sunday.", EventType.Concede, "BOL", null);
        Has("The World Bank froze new loans to Bolivia.", EventType.Sanction, null, "BOL");
        Has("Chile ordered two warships to the Peruvian coast.", EventType.Mobilize, "CHL", null);
        Has("Peru test-fired a rocket over Bolivia on Tuesday.", EventType.Mobilize, "PER", "BOL");
        Has("Chile eased sanctions against Bolivia on Monday.", EventType.Concede, "CHL", "BOL");
        Has("Bolivia branded Chile the enemy of the Andes.", EventType.Accuse, "BOL", "CHL");
        Has("Protesters in La Paz pelted the Chilean embassy with stones.", EventType.Protest, "BOL", "CHL");
    }

    [Fact]
    public void A_companys_force_is_figurative_but_its_threat_is_not()
    {
        HasNo("Samsung attacked the mid-range tablet market.", EventType.Assault);
        Has("Gazprom threatened to cut gas supplies to Moldova.", EventType.Threaten, "RUS", "MDA");
    }

    [Fact]
    public void Releases_from_prison_food_distributed_disengagement_debt_relief_sought_and_controls_on_goods_to_a_state()
    {
        Has("Bolivia released a Chilean trucker from prison on Friday.", EventType.Concede, "BOL", null);
        Has("Peru distributed food aid to flood victims in Bolivia.", EventType.Aid, "PER", "BOL");
        Has("Peru and Chile completed the disengagement of troops from the border area.", EventType.Retreat, "PER", null);
        Has("Bolivia sought a debt restructuring from Brazil.", EventType.Request, "BOL", "BRA");
        Has("Chile tightened export controls on lithium equipment to Bolivia.", EventType.Sanction, "CHL", "BOL");
    }

    [Fact]
    public void Ministers_gathered_somewhere_for_talks_met() =>
        Has("The foreign ministers of Peru, Chile and Bolivia gathered in Quito for talks on Monday.", EventType.Consult, "PER", null);

    [Fact]
    public void A_definite_act_that_could_have_consequences_exists()
    {
        // "Chile's new pact" was made; what it "could" do is the warning's content, and the warning is a criticism.
        Has("Lima warned on Friday that Chile's new pact with Bolivia could prolong the dispute.", EventType.Accuse, "PER", "CHL");
        HasNo("Lima warned on Friday that Chile's new pact with Bolivia could prolong the dispute.", EventType.Threaten);
    }

    [Fact]
    public void A_participle_after_a_threats_comma_is_the_subjects_next_act() =>
        Has("Bolivia vowed revenge for the raid, blaming Chile.", EventType.Accuse, "BOL", "CHL");
}
