using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The fifth breadth pass: a visiting leader welcomed is a meeting, the nearer of two object nouns decides between equally long
/// patterns, a story that names another state only through one of its organs is not a domestic story, and a mediator named as
/// a participle's agent is no party. Every sentence was
/// written for these tests.
/// </summary>
public class LexiconBreadth5Tests
{
    [Theory]
    [InlineData("Ghana's president welcomed the visiting Nigerian vice president in Accra.", "GHA", "NGA")]
    [InlineData("Lisbon welcomed the Brazilian foreign minister for two days of talks.", "PRT", "BRA")]
    public void Welcoming_a_visiting_leader_is_a_meeting_not_support(string text, string host, string guest)
    {
        Has(text, EventType.Consult, host, guest);
        HasNo(text, EventType.Support);
    }

    [Theory]
    [InlineData("Prosecutors in Helsinki charged two sailors with spying for Iran.", "FIN", "IRN")]
    [InlineData("A court in Oslo convicted a Chilean engineer of working for Chinese intelligence.", "NOR", "CHN")]
    public void Charging_someone_with_spying_for_a_state_accuses_that_state(string text, string accuser, string accused)
    {
        Has(text, EventType.Accuse, accuser, accused);
    }

    [Fact]
    public void Of_two_equally_long_patterns_the_nearer_object_noun_decides()
    {
        // "welcome * appointment" and "welcome * envoy" are as long; the appointment is what was welcomed.
        const string text = "Norway welcomed the appointment of a new UN envoy for Yemen.";
        Has(text, EventType.Support, "NOR", null);
        HasNo(text, EventType.Consult);
    }

    [Fact]
    public void Force_at_a_boat_of_a_state_named_through_its_coast_guard_is_not_domestic()
    {
        var events = Output("The Malaysian Coast Guard said Thai navy vessels fired water cannon at its patrol boat.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "THA" && e.Target?.Code.Value == "THA");
    }

    [Fact]
    public void A_foreign_party_named_in_the_story_does_not_stop_a_domestic_reading() =>
        Has("The Muslim Brotherhood praised the vote. In March, the Tunisian army detained the former speaker.", EventType.Coerce, "TUN", "TUN");

    [Fact]
    public void The_mediator_named_as_a_participles_agent_is_no_party_to_a_friendly_act()
    {
        var events = Output("Kenya and Somalia resumed diplomatic ties under an accord brokered by Qatar.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value is "KEN" or "SOM" && e.Target?.Code.Value == "QAT");
    }

    [Fact]
    public void The_doer_named_as_a_participles_agent_is_the_target_of_criticism() =>
        Has("Jordan condemned the raid carried out by Syrian troops.", EventType.Accuse, "JOR", "SYR");

    [Theory]
    [InlineData("Canada will provide Latvia with air defence radar systems.", "CAN", "LVA")]
    [InlineData("Iran supplied the rebels in Yemen with armed drones, the report said.", "IRN", "YEM")]
    [InlineData("The IMF provided Zambia with an emergency loan last year.", "IMF", "ZMB")]
    public void Providing_someone_with_something_is_aid(string text, string giver, string receiver)
    {
        var events = Output(text);
        Assert.True(events.Exists(e => e.Type is EventType.Aid or EventType.Agree && e.Source.Code.Value == giver && e.Target?.Code.Value == receiver),
            $"expected {giver} AID {receiver} in \"{text}\", got: {Describe(events)}");
    }

    [Fact]
    public void Firing_shells_near_a_border_is_a_show_of_force() =>
        Has("Armenian troops fired artillery shells near the border on Sunday.", EventType.Mobilize, "ARM", null);

    [Theory]
    [InlineData("Russia handed over sovereignty of the disputed islets to China.", "RUS", "CHN")]
    [InlineData("Peru ceded sovereignty of the river island to Ecuador.", "PER", "ECU")]
    public void Handing_over_sovereignty_is_a_concession(string text, string giver, string receiver) =>
        Has(text, EventType.Concede, giver, receiver);

    [Theory]
    [InlineData("Tehran warned it would retaliate if Azerbaijan hosted Israeli drones.", "IRN", "AZE")]
    [InlineData("Beijing warned it would take countermeasures if Manila deployed American missiles.", "CHN", "PHL")]
    public void A_threat_is_aimed_at_the_doer_of_its_condition(string text, string source, string target) =>
        Has(text, EventType.Threaten, source, target);

    [Fact]
    public void A_verb_coordinated_after_the_trigger_keeps_its_own_object()
    {
        var events = Output("Colombia threatened to expel the diplomats. Ecuador rejected the threat and asked the Organization of American States to mediate.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Reject && e.Target?.Code.Value == "OAS");
        Has("Colombia threatened to expel the diplomats. Ecuador rejected the threat and asked the Organization of American States to mediate.", EventType.Request, "ECU", "OAS");
    }

    [Fact]
    public void A_pact_experts_recommend_two_states_sign_has_not_been_signed() =>
        HasNo("Analysts recommend Chile and Peru sign a fisheries accord to end the dispute.", EventType.Agree);

    [Fact]
    public void The_act_an_actor_is_accused_of_is_the_accused_actors_claimed_act_not_output()
    {
        const string text = "Caracas accused Bogota of \u201cconspiring with Washington to topple the government\u201d.";
        Has(text, EventType.Accuse, "VEN", "COL");
        HasNo(text, EventType.Cooperate);
        var all = Entente.Tests.Cli.SharedPipeline.AllEvents(text);
        Assert.DoesNotContain(all, e => e.Type == EventType.Cooperate && e.Source.Code.Value == "VEN");
    }

    [Fact]
    public void An_actor_in_a_phrase_of_time_under_the_object_is_no_target()
    {
        var events = Output("Nigerian dockworkers called off a four-day strike after deliberations with the Ghanaian government.");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "GHA");
    }

    [Fact]
    public void A_gerund_a_future_verb_takes_as_object_is_intended() =>
        Assert.DoesNotContain(Output("The Chilean minister's tour will include meeting Peru's president in Lima."),
            e => e.Type == EventType.Consult && e.Mode == EventMode.Happened);

    [Fact]
    public void A_show_of_force_over_the_own_capital_is_aimed_at_no_one() =>
        Assert.DoesNotContain(Output("Polish jets flew low over the Polish capital on Sunday."), e => e.Target?.Code.Value == "POL");

    [Fact]
    public void An_act_told_as_alleged_is_not_output() =>
        HasNo("Chilean agents allegedly offered money to Peruvian officials.", EventType.Agree);

    [Fact]
    public void An_infinitive_hung_on_the_object_of_an_expectation_has_not_happened() =>
        HasNo("Bolivia expects the Peruvian government to uphold its pledges and deny shelter to smugglers.", EventType.Reject);

    [Fact]
    public void What_a_government_orders_its_object_to_do_is_done() =>
        Has("Ecuador's government ordered the opposition newspaper El Faro to suspend publication indefinitely.", EventType.Coerce, "ECU", null);

    [Theory]
    [InlineData("Ghana's president received the Malian army chief in Accra on Monday.", "GHA", "MLI")]
    [InlineData("Oman's sultan hosted the Yemeni deputy prime minister in Muscat.", "OMN", "YEM")]
    public void Receiving_or_hosting_a_visiting_commander_or_deputy_is_a_meeting(string text, string host, string guest) =>
        Has(text, EventType.Consult, host, guest);

    [Fact]
    public void The_clause_a_denial_denies_holds_no_target()
    {
        var events = Output("Minsk denied that Belarusian troops had crossed into Lithuania.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Reject && e.Target?.Code.Value is "BLR" or "LTU");
    }

    [Theory]
    [InlineData("The European Union renewed sanctions on Belarus for another year.", "EU", "BLR")]
    [InlineData("Washington extended its arms embargo against Sudan on Friday.", "USA", "SDN")]
    public void Renewing_or_extending_sanctions_is_a_sanction(string text, string source, string target) =>
        Has(text, EventType.Sanction, source, target);

    [Theory]
    [InlineData("Chile accused Peru of moving troops to the border, which Lima denied.", "PER", "CHL")]
    [InlineData("Serbia accused Kosovo of provoking the clashes, which Pristina rejected.", "XKX", "SRB")]
    public void A_denial_in_a_clause_on_the_sentence_before_it_answers_the_accusation(string text, string denier, string accuser) =>
        Has(text, EventType.Reject, denier, accuser);

    [Fact]
    public void The_states_of_one_name_exchanging_fire_each_act_on_the_other()
    {
        var events = Output("The two Koreas exchanged warning shots along the border on Tuesday.");
        Assert.Contains(events, e => e.Source.Code.Value == "KOR" && e.Target?.Code.Value == "PRK");
        Assert.Contains(events, e => e.Source.Code.Value == "PRK" && e.Target?.Code.Value == "KOR");
    }

    [Fact]
    public void A_source_named_in_an_opening_phrase_is_no_target() =>
        Assert.DoesNotContain(Output("According to Yonhap, the two Koreas exchanged warning shots along the border on Tuesday."),
            e => e.Target is { } t && t.Name.Contains("Yonhap"));

    [Fact]
    public void An_act_dated_years_before_the_story_is_background()
    {
        var events = Output("Chile and Peru met in Lima on 3 May 2024. In 1998, Chile signed a fishing pact with Peru.");
        Assert.Contains(events, e => e.Type == EventType.Consult);
        Assert.DoesNotContain(events, e => e.Type == EventType.Agree);
    }

    [Fact]
    public void A_date_of_what_the_act_concerns_is_not_the_acts_date() =>
        Has("Chile and Peru met in Lima on 3 May 2024. Peru accused Chile of violating the 1998 fishing pact.", EventType.Accuse, "PER", "CHL");

    [Fact]
    public void The_one_told_to_act_does_the_act_not_the_teller()
    {
        var all = Entente.Tests.Cli.SharedPipeline.AllEvents("Romania told Moscow to pull its troops out of Moldova.");
        Assert.Contains(all, e => e.Type == EventType.Request && e.Source.Code.Value == "ROU" && e.Target?.Code.Value == "RUS");
        Assert.DoesNotContain(all, e => e.Type == EventType.Retreat && e.Source.Code.Value == "ROU");
    }

    [Theory]
    [InlineData("Kuwait deposited $2 billion in Jordan's central bank.", EventType.Aid, "KWT", "JOR")]
    [InlineData("Oman pledged $5 billion in investments in Tanzania.", EventType.Agree, "OMN", "TZA")]
    [InlineData("Qatar invested $10 billion in Turkey last year.", EventType.Cooperate, "QAT", "TUR")]
    public void Money_deposited_pledged_or_invested_in_a_state_is_aimed_at_it(string text, EventType type, string giver, string receiver) =>
        Has(text, type, giver, receiver);

    [Fact]
    public void Numbers_in_a_gap_do_not_count_against_it() =>
        Has("Houthi forces fired at least 12 drones and three ballistic missiles at Saudi oil facilities overnight.", EventType.Assault, "YEM", "SAU");

    [Theory]
    [InlineData("\u201cWe are ready to resume talks with Lima,\u201d Bolivia's foreign ministry said.", "BOL", "PER")]
    [InlineData("\u201cWe are ready to resume talks with Lima,\u201d the Bolivian deputy minister told reporters.", "BOL", "PER")]
    public void We_in_a_quotation_a_state_or_its_organ_speaks_is_that_state(string text, string speaker, string partner)
    {
        var events = Output(text);
        Assert.True(events.Exists(e => e.Source.Code.Value == speaker && e.Target?.Code.Value == partner && e.Source.Rule.Contains("quote:we")),
            $"expected an act of {speaker} toward {partner} through 'we' in \"{text}\", got: {Describe(events)}");
    }

    [Fact]
    public void A_befitting_reply_promised_is_a_threat()
    {
        Has("Armenian Prime Minister Nikol Pashinyan said: \u201cWe will give a befitting reply to Azerbaijan.\u201d", EventType.Threaten, "ARM", "AZE");
        HasNo("The ministry said it would give a detailed reply to the letter from Azerbaijan.", EventType.Threaten);
    }
}
