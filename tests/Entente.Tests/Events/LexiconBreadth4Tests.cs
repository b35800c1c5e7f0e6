using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The fourth breadth pass: headline lists joined by commas, regions that are no state, named groups of states, acts on
/// ships and aircraft, verdicts on an act ("called the move illegal"), vows of countermeasures, and a known leader named
/// by surname before a modal. Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth4Tests
{
    [Theory]
    [InlineData("Chile, Peru agree to ceasefire after fishing clashes", "CHL", "PER")]
    [InlineData("Ghana, Togo agree to reopen their shared border", "GHA", "TGO")]
    public void A_headline_comma_joins_two_subjects(string text, string first, string second)
    {
        var events = Output(text);
        Assert.True(events.Exists(e => e.Type == EventType.Agree && new[] { e.Source.Code.Value, e.Target?.Code.Value }.Order().SequenceEqual(new[] { first, second }.Order())),
            $"expected {first} AGREE {second} in \"{text}\", got: {Describe(events)}");
    }

    [Theory]
    [InlineData("Cuba expelled diplomats from five Latin American countries.")]
    [InlineData("Brazil hosted a summit of South American leaders.")]
    [InlineData("Kazakhstan blamed Central Asian smugglers for the attack.")]
    public void A_region_adjective_is_no_state(string text) =>
        Assert.DoesNotContain(Output(text), e => e.Target?.Code.Value == "USA" || e.Source.Code.Value == "USA");

    [Fact]
    public void The_Baltic_states_are_Estonia_Latvia_and_Lithuania()
    {
        var events = Output("The Baltic states condemned the Russian drone incursion.");
        foreach (var code in new[] { "EST", "LVA", "LTU" })
            Assert.True(events.Exists(e => e.Type == EventType.Accuse && e.Source.Code.Value == code), $"expected {code} ACCUSE, got: {Describe(events)}");
    }

    [Fact]
    public void They_after_a_speech_verb_is_every_actor_coordinated_in_the_subject()
    {
        var events = Output("The Baltic states and Finland said they would leave the convention banning cluster munitions.");
        foreach (var code in new[] { "EST", "LVA", "LTU", "FIN" })
            Assert.True(events.Exists(e => e.Source.Code.Value == code), $"expected an act of {code}, got: {Describe(events)}");
    }

    [Theory]
    [InlineData("Eritrea seized a cargo ship in the Red Sea on Thursday.", EventType.Coerce)]
    [InlineData("Syrian air defences shot down a drone over Latakia on Sunday.", EventType.Assault)]
    public void Force_on_a_ship_or_aircraft_of_no_named_owner_is_not_domestic(string text, EventType type)
    {
        var events = Output(text);
        var act = Assert.Single(events, e => e.Type == type);
        Assert.True(act.Target is null, $"expected no target in \"{text}\", got: {Describe(events)}");
    }

    [Fact]
    public void Police_arresting_protesters_stays_domestic() =>
        Has("Bolivian police arrested dozens of protesters in La Paz.", EventType.Coerce, "BOL", "BOL");

    [Theory]
    [InlineData("Canada expelled two Indian diplomats on Monday. New Delhi called the decision unacceptable.", "IND", "CAN")]
    [InlineData("Greece described the Turkish survey as a violation of its sovereignty.", "GRC", "TUR")]
    [InlineData("Serbia termed Kosovo's ban on Serbian goods illegal.", "SRB", "XKX")]
    public void Calling_an_act_illegal_or_unacceptable_is_criticism(string text, string source, string target) => Has(text, EventType.Accuse, source, target);

    [Fact]
    public void Calling_someone_by_phone_is_no_criticism() => HasNo("Egypt's president called the Sudanese army chief on Sunday.", EventType.Accuse);

    [Theory]
    [InlineData("Norway recognised a Palestinian state. Israel vowed countermeasures against Oslo.", "ISR")]
    [InlineData("Beijing promised firm countermeasures if Manila went ahead.", "CHN")]
    public void Vowing_countermeasures_is_a_threat(string text, string source) => Has(text, EventType.Threaten, source, null);

    [Fact]
    public void A_known_leaders_surname_before_a_modal_is_that_leader() =>
        Has("The Kremlin said Putin would visit Mongolia next week.", EventType.Consult, "RUS", "MNG");

    [Theory]
    [InlineData("Slovakia's parliament ratified Finland's NATO membership bid on Tuesday.", EventType.Agree, "SVK", "FIN")]
    [InlineData("Greece blocked North Macedonia's EU accession talks for years.", EventType.Reject, "GRC", "MKD")]
    public void A_possessor_seeking_to_join_an_organisation_is_the_phrases_actor(string text, EventType type, string source, string target) => Has(text, type, source, target);

    [Theory]
    [InlineData("Seoul lifted export curbs on Tokyo on Friday.", "KOR", "JPN")]
    [InlineData("Canada eased travel restrictions on Cuba.", "CAN", "CUB")]
    public void Restrictions_lifted_on_another_state_are_a_concession_to_it(string text, string source, string target) => Has(text, EventType.Concede, source, target);

    [Fact]
    public void A_visit_and_the_meeting_held_on_it_in_one_sentence_are_one_consultation()
    {
        var events = Output("Peruvian Foreign Minister Elmer Schialer later flew to Quito, where he met Ecuadorean President Daniel Noboa.");
        var visit = Assert.Single(events, e => e.Type == EventType.Consult);
        Assert.Equal("ECU", visit.Target?.Code.Value);
        Assert.Contains("coreference:one-visit", visit.Rules);
    }

    [Fact]
    public void Two_acts_of_one_kind_in_a_sentence_other_than_consultations_stay_two() =>
        Assert.Equal(2, Output("Canada imposed tariffs on Brazilian steel and slapped sanctions on Brazilian officials.")
            .Count(e => e.Type == EventType.Sanction && e.Target?.Code.Value == "BRA"));

    [Fact]
    public void The_ministry_is_a_states_ministry_named_with_a_modifier_before()
    {
        var events = Output("Norway's defence ministry said two Russian bombers flew near its coast. The ministry said it had scrambled fighter jets.");
        Assert.Contains(events, e => e.Type == EventType.Mobilize && e.Source.Code.Value == "NOR");
    }

    [Theory]
    [InlineData("Washington doubled tariffs on Indian textiles.", "USA", "IND")]
    [InlineData("Ottawa will raise duties on Chinese electric vehicles.", "CAN", "CHN")]
    public void Tariffs_raised_on_another_state_are_sanctions(string text, string source, string target) => Has(text, EventType.Sanction, source, target);

    [Fact]
    public void Rejecting_allegations_answers_the_sanctions_that_carried_them() =>
        Has("The European Union sanctioned three Serbian officials on Monday. Belgrade rejected the allegations on Tuesday.", EventType.Reject, "SRB", "EU");

    [Fact]
    public void An_act_years_before_the_story_is_background() =>
        HasNo("Analysts questioned the sanctions on Edi Rama, Albania's prime minister, eight years after he left office.", EventType.Retreat);

    [Fact]
    public void An_undated_act_in_a_relative_clause_is_background_and_a_dated_one_news()
    {
        HasNo("Ghana, which left the trade bloc, hosted talks with Togo on Monday.", EventType.Retreat);
        Has("Ghana, which recalled its ambassador from Togo on 3 May 2024, hosted talks on Monday.", EventType.Sanction, "GHA", "TGO");
        Has("Ghana hosted talks with Togo, which recalled its ambassador from Benin.", EventType.Consult, "GHA", "TGO");
    }

    [Fact]
    public void The_by_phrase_of_the_act_a_passive_verb_was_done_in_names_the_doers()
    {
        Has("A Boko Haram commander was killed in a joint raid by Nigerian and Chadian troops.", EventType.Assault, "NGA", "NGA");
        Has("A Boko Haram commander was killed in a joint raid by Nigerian and Chadian troops.", EventType.Assault, "TCD", "NGA");
    }

    [Fact]
    public void A_joint_act_named_by_its_doers_is_cooperation_even_inside_a_prepositional_phrase()
    {
        Has("The rebels were driven out in a joint operation by Malian and Burkinabe forces.", EventType.Cooperate, "MLI", "BFA");
        Has("A joint patrol by Greek and Bulgarian police caught the smugglers.", EventType.Cooperate, "GRC", "BGR");
    }

    [Fact]
    public void A_hostile_verbs_object_moved_after_its_as_predicate_is_the_target()
    {
        Has("Cyprus condemned as a grave provocation Turkey's plan to drill off its coast.", EventType.Accuse, "CYP", "TUR");
        // Without a hostile verb the "as" phrase names no target.
        HasNo("Lima served as a venue for Bolivia's talks.", EventType.Accuse);
    }

    [Fact]
    public void Force_on_a_settlement_named_by_a_place_is_done_to_the_places_state() =>
        Has("Belarusian artillery shelled the town of Mariupol at dawn.", EventType.Assault, "BLR", "UKR");

    [Theory]
    [InlineData("Australia slapped export curbs on Chinese steelmakers.", "AUS", "CHN")]
    [InlineData("Ottawa unveiled new import restrictions on Indian rice.", "CAN", "IND")]
    public void Trade_measures_put_on_another_state_are_sanctions(string text, string source, string target) =>
        Has(text, EventType.Sanction, source, target);

    [Fact]
    public void The_errand_of_a_journey_is_done_by_the_traveller_in_the_journeys_mode()
    {
        Has("Chilean negotiators returned to Lima for talks with Peruvian officials.", EventType.Consult, "CHL", "PER");
        var planned = Output("The Kenyan envoy is due to fly to Addis Ababa next week for negotiations with Ethiopian officials.");
        Assert.Contains(planned, e => e.Type == EventType.Consult && e.Source.Code.Value == "KEN" && e.Target?.Code.Value == "ETH" && e.Mode == EventMode.Intended);
        // A journey for a match or a holiday is no meeting.
        HasNo("Thousands of Serbian fans travelled to Zagreb for the match.", EventType.Consult);
    }

    [Fact]
    public void What_an_adverbial_or_discussion_clause_acts_on_is_not_the_triggers_target()
    {
        var signed = Assert.Single(Output("Peru signed a security pact on Monday to counter Bolivia."), e => e.Type == EventType.Agree);
        Assert.Null(signed.Target);
        var met = Output("Ghana and Togo met to discuss Nigeria's border closure.");
        Assert.Contains(met, e => e.Type == EventType.Consult && e.Source.Code.Value == "GHA" && e.Target?.Code.Value == "TGO");
        Assert.DoesNotContain(met, e => e.Target?.Code.Value == "NGA");
        // A partner named with "with" stays.
        Has("Ghana discussed the crisis with Togo.", EventType.Consult, "GHA", "TGO");
    }

    [Fact]
    public void Saying_it_is_time_for_another_to_act_is_a_demand()
    {
        Has("\"It's time to stop Serbia's provocations,\" the Albanian prime minister said.", EventType.Request, "ALB", "SRB");
        // An analyst's view, or time for no actor, demands nothing.
        HasNo("Analysts said it was time for Japan to rethink its defence policy.", EventType.Request);
        HasNo("It was time for lunch, the Kenyan minister said.", EventType.Request);
    }

    [Fact]
    public void An_intelligence_services_estimate_of_anothers_covert_act_is_an_accusation() =>
        Has("Ukraine's intelligence service estimates that Belarus has sent 300 trucks of shells to Russia.", EventType.Accuse, "UKR", "BLR");

    [Fact]
    public void Ending_a_siege_is_a_retreat_only_for_those_who_laid_it()
    {
        Has("Serbian forces ended their siege of the town on Sunday.", EventType.Retreat, "SRB", null);
        HasNo("Egyptian commandos stormed the building after ending a bank siege.", EventType.Retreat);
    }

    [Fact]
    public void Retreating_from_a_role_or_a_stance_is_no_military_retreat()
    {
        HasNo("Kovacs, who has retreated from public life, spoke on Monday.", EventType.Retreat);
        Has("Armenian troops retreated from the disputed villages.", EventType.Retreat, "ARM", null);
    }

    [Theory]
    [InlineData("China cut off defence talks with Australia after the incident.", "CHN", "AUS")]
    [InlineData("Mali froze diplomatic relations with Algeria.", "MLI", "DZA")]
    public void Talks_or_ties_cut_off_or_frozen_reduce_relations(string text, string source, string target) => Has(text, EventType.Sanction, source, target);

    [Theory]
    [InlineData("Austria dropped its objections to Romania's Schengen accession.", "AUT", "ROU")]
    [InlineData("Greece lifted its veto on North Macedonia's EU membership talks.", "GRC", "MKD")]
    public void A_veto_or_objection_dropped_is_a_concession(string text, string source, string target) => Has(text, EventType.Concede, source, target);
}
