using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The sixth breadth pass: phrasings of sanctions, treaty exits and other acts found missing by probing with sentences of
/// our own. Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth6Tests
{
    [Theory]
    [InlineData("Norway imposed an asset freeze on three Belarusian generals.", "NOR", "BLR")]
    [InlineData("Chile imposed a visa ban on a dozen Venezuelan officials.", "CHL", "VEN")]
    public void An_asset_freeze_or_visa_ban_imposed_is_a_sanction(string text, string source, string target) =>
        Has(text, EventType.Sanction, source, target);

    [Fact]
    public void Walking_out_of_a_treaty_is_leaving_it_not_a_strike()
    {
        const string text = "Belarus walked out of the arms control treaty on Tuesday.";
        Has(text, EventType.Reject, "BLR", null);
        HasNo(text, EventType.Protest);
    }

    [Fact]
    public void How_the_accused_did_what_they_are_accused_of_is_not_the_accusers_act()
    {
        // "by arming" hangs on the gerund after "of": the accused arm Peru, not Bolivia.
        var events = Output("Bolivia accused the neighbours of fuelling the unrest by arming Peru.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "BOL" && e.Type == EventType.Aid);
    }

    [Theory]
    [InlineData("Japan provided two patrol boats to Vietnam last year.", "JPN", "VNM")]
    [InlineData("Norway delivered three coastal patrol vessels to Ghana.", "NOR", "GHA")]
    [InlineData("Italy will transfer helicopters and radar to Tunisia.", "ITA", "TUN")]
    public void Vessels_aircraft_and_radar_given_are_military_aid(string text, string donor, string recipient)
    {
        var events = Output(text);
        Assert.True(events.Exists(e => e.Type is EventType.Aid or EventType.Agree && e.Source.Code.Value == donor && e.Target?.Code.Value == recipient),
            $"expected aid from {donor} to {recipient} in \"{text}\", got: {Describe(events)}");
    }

    [Fact]
    public void Two_states_disengaging_withdraw_from_each_other()
    {
        const string text = "Peru and Ecuador began disengaging troops along the Cenepa valley.";
        Has(text, EventType.Retreat, "PER", "ECU");
        Has(text, EventType.Retreat, "ECU", "PER");
    }

    [Fact]
    public void Withdrawing_from_a_place_of_ones_own_state_is_aimed_at_no_one()
    {
        var events = Output("India withdrew two battalions from Jammu on Monday.");
        var retreat = Assert.Single(events, e => e.Type == EventType.Retreat);
        Assert.Null(retreat.Target);
    }

    [Theory]
    [InlineData("The prime minister of Norway and the president of Finland held talks in Oslo.", "NOR", "FIN")]
    [InlineData("Envoys from Chile and Peru held talks in Quito.", "CHL", "PER")]
    [InlineData("Defence chiefs from Chile, Peru and Bolivia met in Quito on Monday.", "CHL", "BOL")]
    public void Office_holders_of_two_states_meeting_is_a_meeting_between_the_states(string text, string one, string other) =>
        Has(text, EventType.Consult, one, other);

    [Fact]
    public void The_states_of_one_name_meeting_meet_each_other() =>
        // A joint act between two parties is told once, from the first named to the second, as "A and B met" is.
        Has("The two Koreas held a summit at the border village.", EventType.Consult, "KOR", "PRK");

    [Fact]
    public void Refusing_to_tolerate_warns_the_actor_named_and_tolerating_is_no_event()
    {
        Has("Ankara will not tolerate Greek militarisation of the islands, the ministry said.", EventType.Threaten, "TUR", "GRC");
        Assert.Empty(Output("Ankara tolerated Greek militarisation of the islands for years."));
        // Every inflection: a pact "allowing" troops to train is no warning.
        Assert.DoesNotContain(Output("Peru and Chile signed an accord allowing their navies to train in each other's ports."), e => e.Type == EventType.Threaten);
        // A refusal naming no one warned stays unsaid.
        Assert.Empty(Output("Ankara will not tolerate any violation of its sovereignty."));
    }

    [Theory]
    [InlineData("Peru's decision to close the border prompted protests from Bolivia.")]
    [InlineData("Peru's new tariffs sparked anger from Bolivia.")]
    [InlineData("Peru's naval drills triggered a complaint from Bolivia.")]
    [InlineData("Peru's vote provoked objections from Bolivia.")]
    [InlineData("Peru has attracted criticism from Bolivia over the dam.")]
    [InlineData("Peru's remarks earned a rebuke from Bolivia.")]
    public void Reactions_an_act_prompts_from_another_are_the_others_aimed_at_its_doer(string text) =>
        Has(text, EventType.Accuse, "BOL", "PER");

    [Fact]
    public void A_warning_an_act_draws_from_another_is_the_others_threat() =>
        Has("Peru's naval drills drew a stern warning from Bolivia.", EventType.Threaten, "BOL", "PER");

    [Theory]
    [InlineData("Colombian rebels hit a school in Venezuela on Sunday.")]
    [InlineData("Colombian rebels struck two houses in Venezuela.")]
    public void Force_that_hits_buildings_in_a_state_is_aimed_at_it(string text) =>
        Has(text, EventType.Assault, "COL", "VEN");

    [Fact]
    public void Lifting_visa_requirements_is_a_concession_and_suspending_talks_with_a_state_a_sanction()
    {
        Has("Lima lifted its visa requirement for Bolivian travellers on Monday.", EventType.Concede, "PER", "BOL");
        Has("Lima suspended talks with La Paz on a new gas deal.", EventType.Sanction, "PER", "BOL");
    }

    [Fact]
    public void Handing_over_fishermen_is_a_release_and_stationing_a_brigade_a_deployment()
    {
        Has("Peru handed over twelve Chilean fishermen to Chilean authorities.", EventType.Concede, "PER", "CHL");
        Has("Chile stationed a battalion in Bolivia.", EventType.Mobilize, "CHL", "BOL");
        Has("Chile will station a brigade in Bolivia.", EventType.Mobilize, "CHL", "BOL");
    }

    [Fact]
    public void Riot_control_weapons_fired_at_another_states_people_are_aimed_at_it() =>
        Has("Peruvian guards fired tear gas at Bolivian truckers on Monday.", EventType.Coerce, "PER", "BOL");

    [Fact]
    public void An_act_declined_did_not_happen() =>
        Assert.DoesNotContain(Output("Peru declined to arrest the Chilean minister during his visit."), e => e.Type == EventType.Coerce);

    [Fact]
    public void A_weekday_between_the_words_of_a_pattern_is_passed_over() =>
        // No publication date resolves "Thursday" here; it is a day all the same.
        Has("Ecuador called an urgent meeting Thursday of the UN Security Council.", EventType.Consult, "ECU", "UN");

    [Fact]
    public void A_partner_added_to_the_subject_with_along_with_acts_too()
    {
        const string text = "Norway, along with Denmark and Iceland, condemned the seizure of the trawler by Russia.";
        Has(text, EventType.Accuse, "NOR", "RUS");
        Has(text, EventType.Accuse, "DNK", "RUS");
        Has(text, EventType.Accuse, "ISL", "RUS");
    }

    [Fact]
    public void What_unnamed_analysts_say_an_actor_would_do_is_their_reading()
    {
        HasNo("Analysts say Lima would welcome the closure of the Chilean base.", EventType.Support);
        HasNo("Experts believe Chile sent rifles to Peru.", EventType.Aid);
        // A state's own word is still its act.
        Has("Chile said it sent rifles to Peru.", EventType.Aid, "CHL", "PER");
    }

    [Fact]
    public void Names_joined_by_a_hyphen_are_both_the_target_whatever_the_next_word_is_tagged()
    {
        const string text = "Venezuela's defence ministry blasted the Guyana-Brazil drills as a provocation.";
        Has(text, EventType.Accuse, "VEN", "GUY");
        Has(text, EventType.Accuse, "VEN", "BRA");
    }

    [Fact]
    public void An_agreement_about_one_partys_own_forces_is_between_the_parties()
    {
        const string text = "Lima and Quito agreed to move the headquarters of Peruvian forces in the border zone.";
        Has(text, EventType.Agree, "PER", "ECU");
        Assert.DoesNotContain(Output(text), e => e.Source.Code == e.Target?.Code);
    }

    [Fact]
    public void Coming_under_fire_from_an_actor_is_its_attack_even_when_the_victim_names_no_actor() =>
        Has("A supply convoy came under fire from Eritrean troops near the border with Ethiopia.", EventType.Assault, "ERI", null);

    [Theory]
    [InlineData("Three Nigerien soldiers were killed in clashes with Malian troops on Sunday.", "MLI", "NER")]
    [InlineData("Two Thai rangers were killed in an exchange of fire with Cambodian troops.", "KHM", "THA")]
    [InlineData("Four Ethiopian soldiers died in a firefight with Eritrean forces.", "ERI", "ETH")]
    public void Those_killed_or_wounded_in_a_fight_with_an_actor_were_struck_by_it(string text, string attacker, string victim) =>
        Has(text, EventType.Assault, attacker, victim);

    [Fact]
    public void The_accuseds_denial_told_after_the_charge_answers_it()
    {
        var denial = Assert.Single(Output("Chile accused Peru of arming the rebels, a charge Lima denied."), e => e.Type == EventType.Reject);
        Assert.Equal(("PER", "CHL"), (denial.Source.Code.Value, denial.Target?.Code.Value));
    }

    [Fact]
    public void Hosting_a_foreign_brigade_is_military_cooperation_not_a_meeting()
    {
        const string text = "Estonia will host a British brigade on a permanent basis.";
        Has(text, EventType.Cooperate, "EST", "GBR");
        HasNo(text, EventType.Consult);
    }

    [Fact]
    public void A_fight_between_two_sides_that_killed_is_force_each_used_on_the_other()
    {
        const string text = "Clashes between Ethiopian and Eritrean troops killed five people on Sunday.";
        Has(text, EventType.Assault, "ETH", "ERI");
        Has(text, EventType.Assault, "ERI", "ETH");
    }

    [Fact]
    public void A_verb_after_a_title_read_as_an_adjective_is_still_the_clauses_verb() =>
        // "general" tagged an adjective before "visited": the tree gives the verb its subject.
        Has("The OSCE secretary general visited Tbilisi on Monday.", EventType.Consult, "OSCE", "GEO");

    [Fact]
    public void Fining_a_foreign_company_is_a_sanction() =>
        Has("The European Commission fined a Russian shipping firm for breaking the embargo.", EventType.Sanction, "EU", "RUS");

    [Fact]
    public void Returning_a_detained_citizen_is_a_release_not_a_detention()
    {
        const string text = "Iran returned the detained Swedish diplomat to Stockholm on Friday.";
        Has(text, EventType.Concede, "IRN", "SWE");
        HasNo(text, EventType.Coerce);
    }

    [Fact]
    public void Government_troops_are_the_forces_of_the_state_where_they_act() =>
        Has("Government troops shelled rebel positions in South Sudan's Upper Nile state.", EventType.Assault, "SSD", null);

    [Theory]
    [InlineData("The UN launched an investigation into alleged abuses by Eritrean troops.", "UN", "ERI")]
    [InlineData("The African Union opened an inquiry into killings by Sudanese paramilitaries.", "AU", "SDN")]
    public void An_investigation_into_acts_by_an_actor_is_aimed_at_it(string text, string investigator, string investigated) =>
        Has(text, EventType.Accuse, investigator, investigated);

    [Fact]
    public void A_state_claiming_its_own_forces_struck_tells_its_own_act()
    {
        Has("Armenia claimed its artillery hit an Azerbaijani command post.", EventType.Assault, "ARM", "AZE");
        // Urging one's allies to act is no act of one's own.
        Assert.DoesNotContain(Output("Peru urged its allies to send troops to Bolivia."), e => e.Source.Code.Value == "PER" && e.Type == EventType.Mobilize);
    }

    [Fact]
    public void Drills_held_with_a_partner_are_cooperation_and_drills_near_a_state_a_show_of_force()
    {
        const string partner = "Chile held naval drills with Argentina off Patagonia.";
        Has(partner, EventType.Cooperate, "CHL", "ARG");
        HasNo(partner, EventType.Mobilize);
        Has("Venezuela held drills with live ammunition near Guyana.", EventType.Mobilize, "VEN", "GUY");
    }

    [Fact]
    public void Recognising_or_refusing_to_recognise_a_states_election_is_aimed_at_that_state()
    {
        Has("Moscow recognised the election results in Nicaragua.", EventType.Support, "RUS", "NIC");
        Has("Brussels said the EU would not recognise the election results in Georgia.", EventType.Reject, "EU", "GEO");
    }

    [Theory]
    [InlineData("Malaysia's navy drove away two Vietnamese fishing boats on Sunday.", "MYS", "VNM")]
    [InlineData("The Chilean coast guard chased Argentine trawlers out of the channel.", "CHL", "ARG")]
    public void Vessels_driven_or_chased_away_are_coerced(string text, string source, string target) =>
        Has(text, EventType.Coerce, source, target);

    [Theory]
    [InlineData("Two Russian warships sailed near Norway's coast on Friday.", "RUS", "NOR")]
    [InlineData("Estonia protested after Russian jets flew near its airspace.", "RUS", "EST")]
    public void A_show_of_force_near_a_states_land_or_sea_faces_that_state(string text, string source, string target) =>
        Has(text, EventType.Mobilize, source, target);

    [Fact]
    public void A_ban_on_another_states_apps_is_a_sanction() => Has("Pakistan banned 40 Indian apps on Friday.", EventType.Sanction, "PAK", "IND");

    [Fact]
    public void Freezing_participation_in_a_bloc_reduces_relations_with_it() =>
        Has("Belarus froze its participation in the Eurasian Economic Union on Monday.", EventType.Sanction, "BLR", "EAEU");

    [Fact]
    public void Meeting_a_target_or_deadline_is_no_meeting()
    {
        HasNo("Portugal said it would not meet the spending target this year.", EventType.Reject);
        HasNo("Portugal met the deadline set by Brussels.", EventType.Consult);
    }

    [Theory]
    [InlineData("EU agrees new sanctions package against Belarus", "EU", "BLR")]
    [InlineData("EU ministers agreed a fresh package of sanctions on Iran on Monday.", "EU", "IRN")]
    public void A_sanctions_package_agreed_is_a_sanction(string text, string source, string target) => Has(text, EventType.Sanction, source, target);

    [Fact]
    public void Exercises_kicked_off_by_two_states_are_military_cooperation() =>
        Has("Australia, Indonesia kick off large-scale naval exercises", EventType.Cooperate, "AUS", "IDN");

    [Fact]
    public void Targeting_a_site_near_a_city_is_force_against_its_state() =>
        Has("Rebels in Yemen said they had targeted an airport near Riyadh.", EventType.Assault, null, "SAU");

    [Fact]
    public void Suspending_participation_in_a_treaty_with_another_rejects_it() =>
        Has("Belarus suspended its participation in the border treaty with Poland.", EventType.Reject, "BLR", "POL");

    [Fact]
    public void Helicopters_handed_over_are_military_aid() => Has("Slovakia handed over eight helicopters to Ukraine.", EventType.Aid, "SVK", "UKR");
}
