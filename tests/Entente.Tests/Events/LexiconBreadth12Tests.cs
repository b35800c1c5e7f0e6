using Entente.Events;
using Entente.Tests.Cli;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The twelfth breadth pass: acts found missing by probing with sentences of our own. Every sentence was written for
/// these tests.
/// </summary>
public class LexiconBreadth12Tests
{
    [Theory]
    [InlineData("Peruvian jets bombed rebel positions in Bolivia.", "PER")]
    [InlineData("Bolivian troops overran a guerrilla camp near Cochabamba.", "BOL")]
    [InlineData("Police in La Paz stormed a militant hideout.", "BOL")]
    public void A_group_word_before_what_the_group_holds_names_the_group(string text, string source)
    {
        var attack = Assert.Single(Output(text), e => e.Type == EventType.Assault);
        Assert.Equal(source, attack.Source.Code.Value);
        Assert.Equal("BOL", attack.Target?.Code.Value);
        Assert.Equal("REB", attack.Target?.Sector);
    }

    [Fact]
    public void An_undated_story_told_by_this_week_tells_by_a_month_and_year_what_came_before()
    {
        const string story = "Peru and Chile held border talks this week.\n\nIn July 2022, Chile closed its border with Peru.\n\nOn March 4, 2021, Chile expelled two Peruvian diplomats.";
        HasNo(story, EventType.Sanction);
        Has(story, EventType.Consult, "PER", "CHL");
        // Alone, with no news time to set it against, the date is the story's own.
        Has("In July 2022, Chile closed its border with Peru.", EventType.Sanction, "CHL", "PER");
    }

    [Fact]
    public void A_broker_of_the_accord_the_clause_makes_consults_each_party_now()
    {
        const string signed = "Chile and Peru signed a ceasefire brokered by Uruguay.";
        Has(signed, EventType.Consult, "URY", "CHL");
        Has(signed, EventType.Consult, "URY", "PER");
        Has("Chile and Peru agreed to a truce in talks hosted by Uruguay.", EventType.Consult, "URY", "PER");
        // An accord only referred to was brokered before; one dated by a year in a story of this week is history.
        HasNo("Chile violated the truce brokered by Uruguay.", EventType.Consult);
        Assert.DoesNotContain(Output("Chile and Peru held talks this week. In March 2019, Chile and Peru signed a ceasefire brokered by Uruguay."),
            e => e.Source.Code.Value == "URY");
    }

    [Fact]
    public void A_broker_is_neither_party_to_nor_target_of_what_it_brokered()
    {
        var extended = Output("Chile and Peru agreed to extend the Uruguayan-brokered truce.");
        Assert.Contains(extended, e => e.Type == EventType.Agree && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        Assert.DoesNotContain(extended, e => e.Target?.Code.Value == "URY");
        Assert.DoesNotContain(Output("Chile violated the truce brokered by Uruguay."), e => e.Target?.Code.Value == "URY");
    }

    [Theory]
    [InlineData("Chile repatriated nine Peruvian sailors on Tuesday.", EventType.Concede, "CHL", "PER")]
    [InlineData("Peru let through 40 trucks of flour into Bolivia.", EventType.Retreat, "PER", "BOL")]
    [InlineData("Bolivia imposed a 30% surtax on Chilean copper.", EventType.Sanction, "BOL", "CHL")]
    [InlineData("Chile and Peru lowered the price cap on Bolivian gas.", EventType.Sanction, "CHL", "BOL")]
    [InlineData("Lima extended a sanctions waiver for Ecuador on Monday.", EventType.Concede, "PER", "ECU")]
    [InlineData("Chile dropped its counter-tariffs on Peruvian fruit.", EventType.Concede, "CHL", "PER")]
    [InlineData("Bolivia received the remains of 12 soldiers from Paraguay.", EventType.Concede, "PRY", "BOL")]
    [InlineData("Peru called Chile's tariff decision economic robbery.", EventType.Accuse, "PER", "CHL")]
    [InlineData("Chile barred Peruvian trawlers and tankers from its ports.", EventType.Sanction, "CHL", "PER")]
    public void Economic_and_de_escalation_measures_as_news_words_them(string text, EventType type, string source, string target) =>
        Has(text, type, source, target);

    [Theory]
    [InlineData("Ecuador suspended mobile internet services in Guayaquil on Friday.")]
    [InlineData("Ecuador's government suspended the activities of three opposition parties.")]
    [InlineData("Ecuador stripped 40 dissidents of their citizenship.")]
    [InlineData("Ecuador declared a curfew in Guayaquil after the riots.")]
    [InlineData("Police in Quito used tear gas to disperse a march.")]
    public void Repression_of_a_states_own_people_is_coercion(string text) => Has(text, EventType.Coerce, "ECU", "ECU");

    [Fact]
    public void A_second_past_form_of_an_irregular_verb_triggers_its_entries() =>
        Has("Ecuador hanged a man in Quito on Monday.", EventType.Assault, "ECU", null);

    [Theory]
    [InlineData("The Colombian government and the ELN signed a cessation of hostilities in Havana.", EventType.Agree, "COL")]
    [InlineData("Ecuador announced an amnesty for 2,000 prisoners.", EventType.Concede, "ECU")]
    [InlineData("Ecuador reopened the main highway into Guayaquil on Sunday.", EventType.Concede, "ECU")]
    public void De_escalation_at_home(string text, EventType type, string source) => Has(text, type, source, null);

    [Fact]
    public void A_states_government_and_a_party_of_it_joined_by_and_are_two_sides()
    {
        Has("Ethiopia's government and the Oromo Federalist Congress signed a pact in Addis Ababa.", EventType.Agree, "ETH", "ETH");
        // An apposition names one actor, not two sides: the activist's protest is against the state's authorities.
        Has("Maria Quispe, Ecuador's best-known rights activist, staged a hunger strike in Quito.", EventType.Protest, "ECU", "ECU");
    }

    [Fact]
    public void Damage_an_attack_did_is_part_of_the_attack()
    {
        var events = Output("Peruvian jets bombed Santiago, killing two soldiers and damaging several buildings.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
        Assert.DoesNotContain(events, e => e.Type == EventType.Coerce);
    }

    [Fact]
    public void A_hyphenated_given_name_is_part_of_the_name() =>
        Has("President Kassym-Jomart Tokayev asked Russia for help.", EventType.Request, "KAZ", "RUS");

    [Fact]
    public void A_state_named_by_a_hostile_epithet_is_that_state() =>
        Has("Tehran condemned the Zionist regime's raid on the port.", EventType.Accuse, "IRN", "ISR");

    [Theory]
    [InlineData("Chile will respond harshly to any attempt by Peru to close the port, the minister said.", "CHL", "PER")]
    [InlineData("Peru would take military action if Chilean warships again entered its waters, the navy said.", "PER", "CHL")]
    [InlineData("Bolivia said it would take retaliatory measures if Chile closed the pass.", "BOL", "CHL")]
    public void A_response_promised_to_a_named_actors_act_is_a_threat_against_it(string text, string source, string target) =>
        Has(text, EventType.Threaten, source, target);

    [Fact]
    public void Sacking_ones_own_government_rejects_no_one() =>
        HasNo("Peru's president dismissed the government on Wednesday.", EventType.Reject);

    [Fact]
    public void A_call_in_which_an_act_was_done_is_a_consultation_of_the_doer()
    {
        Has("Chile's president urged restraint in a telephone call with the Peruvian president on Monday.", EventType.Consult, "CHL", "PER");
        // "In" opens the time of a call only: negotiations someone was involved in are no meeting of the subject's.
        HasNo("Officials involved in negotiations with Peru were moved to other posts, Chile said.", EventType.Consult);
    }

    [Fact]
    public void A_denied_hesitation_affirms_the_act() =>
        Has("Chile will not hesitate to strike rebel camps inside Peru if another attack occurs, the army chief said.", EventType.Threaten, "CHL", "PER");

    [Fact]
    public void A_promised_hostile_act_on_a_condition_naming_no_actor_threatens_its_target()
    {
        Has("Peru would launch an operation against Bolivia if the smugglers strike again, the minister said.", EventType.Threaten, "PER", "BOL");
        // Only a condition makes the announcement a threat: an announced sanction stays a sanction intended.
        HasNo("Peru said it would suspend military cooperation with Bolivia.", EventType.Threaten);
    }

    [Fact]
    public void A_description_standing_for_the_storys_state_is_never_a_persons_code()
    {
        var events = SharedPipeline.AllEvents("Riot police spokesman Juan Perez said officers in Lima arrested 40 protesters. National Security Council spokesman Ana Ruiz accused Bolivia of smuggling.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "*" || e.Target?.Code.Value == "*" || e.Claimant?.Code.Value == "*");
        // A council many states have by that name is not the UN Security Council.
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "UN");
    }

    [Theory]
    [InlineData("In a phone call with his Peruvian counterpart, the Chilean foreign minister discussed the border.", "CHL", "PER")]
    [InlineData("During a video call on Monday, Milei and Lula agreed to deepen trade.", "ARG", "BRA")]
    [InlineData("Milei congratulated Lula on his victory in a telephone call.", "ARG", "BRA")]
    public void A_call_told_in_a_phrase_is_a_consultation(string text, string source, string target) =>
        Has(text, EventType.Consult, source, target);

    [Fact]
    public void An_attack_in_an_opening_phrase_is_still_no_act_of_the_subject() =>
        Assert.DoesNotContain(Output("After the attack on Lima, Boric urged calm."), e => e.Type == EventType.Assault);

    [Fact]
    public void A_war_dated_by_a_span_of_years_is_history() =>
        HasNo("Peru and Ecuador fought a border war between 1981 and 1995. On Monday, Peru accused Ecuador of massing troops.", EventType.Assault);

    [Theory]
    [InlineData("Peru released six detained Bolivians on Friday.", EventType.Concede, "PER", "BOL")]
    [InlineData("Boluarte recalled Peru's ambassador to Chile on Monday.", EventType.Sanction, "PER", "CHL")]
    [InlineData("Chile described the port deal as an act of aggression by Peru.", EventType.Accuse, "CHL", "PER")]
    public void What_the_phrase_names_before_the_one_acted_on_does_not_hide_it(string text, EventType type, string source, string target) =>
        Has(text, type, source, target);

    [Fact]
    public void Own_forces_inside_the_phrase_are_not_the_target_but_a_detained_leader_is()
    {
        Assert.DoesNotContain(Output("Chile dispatched a Chilean Navy patrol ship to the waters off Peru."), e => e.Target?.Code.Value == "CHL");
        Has("Bolivian troops detained President Luis Arce in La Paz.", EventType.Coerce, "BOL", "BOL");
        Has("Police in La Paz detained opposition leaders on Monday.", EventType.Coerce, "BOL", "BOL");
    }

    [Fact]
    public void An_acronym_in_a_weapons_designation_is_no_actor()
    {
        Has("Chile will send Peru four more IRIS-T air defence systems.", EventType.Aid, "CHL", "PER");
        // Two names joined by a hyphen stay two names.
        var pair = Output("The US-ROK alliance held joint drills near Busan.");
        Assert.Contains(pair, e => e.Source.Code.Value is "USA" or "KOR");
    }

    [Fact]
    public void What_people_want_another_to_do_is_not_done() =>
        HasNo("Voters want the Chilean government to impose tariffs on Peru.", EventType.Sanction);

    [Fact]
    public void The_warring_parties_are_the_parties_named_together_before()
    {
        const string story = "Chile and Peru traded fire overnight. Brazil urged the warring parties to accept a truce.";
        Has(story, EventType.Request, "BRA", "CHL");
        Has(story, EventType.Request, "BRA", "PER");
    }

    [Theory]
    [InlineData("Chile and Peru reimposed sanctions on Bolivia on Sunday.", "CHL", "BOL")]
    [InlineData("Lima banned entry to 40 Bolivian officials.", "PER", "BOL")]
    [InlineData("Santiago barred Chilean investors from buying shares in 12 Peruvian companies.", "CHL", "PER")]
    public void Measures_imposed_again_or_on_entry_and_investment_are_sanctions(string text, string source, string target) =>
        Has(text, EventType.Sanction, source, target);

    [Theory]
    [InlineData("Kim Jong Un oversaw the test-fire of a new rocket launcher on Sunday.", EventType.Mobilize, "PRK", null)]
    [InlineData("Kim Jong Un observed a firing drill of long-range artillery units.", EventType.Mobilize, "PRK", null)]
    [InlineData("Lula sent a message of greetings to the Chilean president on Monday.", EventType.Support, "BRA", "CHL")]
    public void State_media_phrasings_of_tests_and_greetings(string text, EventType type, string source, string? target) =>
        Has(text, type, source, target);

    [Fact]
    public void Acts_of_a_leaders_earlier_term_are_history()
    {
        const string story = "Chile and Peru held talks in Lima on Monday. Boric left the fishing pact during his first term and closed the border with Peru.";
        HasNo(story, EventType.Sanction);
        Has(story, EventType.Consult, "CHL", "PER");
        HasNo("Chile and Peru held talks in Lima on Monday. Under the previous administration, Chile closed the border with Peru.", EventType.Sanction);
    }

    [Fact]
    public void A_passive_retelling_after_a_retelling_is_the_same_act()
    {
        const string story = "Chile and Peru sign fishing pact\n\nChile and Peru signed a fishing treaty on Monday, ending a decade of disputes.\n\n"
            + "Fishermen in both countries welcomed the news.\n\nThe treaty was signed by the two foreign ministers in Lima.";
        Assert.Single(Output(story), e => e.Type == EventType.Agree);
    }

    [Fact]
    public void A_condemning_name_for_a_joint_act_is_aimed_at_every_doer()
    {
        const string story = "Chile, Peru and Ecuador reimposed sanctions on Bolivia on Sunday. La Paz called the sanctions economic terrorism.";
        foreach (var doer in new[] { "CHL", "PER", "ECU" }) Has(story, EventType.Accuse, "BOL", doer);
    }

    [Fact]
    public void Leaving_a_state_is_a_withdrawal_only_when_forces_leave()
    {
        Has("The last Chilean soldiers left Bolivia on Friday.", EventType.Retreat, "CHL", "BOL");
        Has("Bolivia left the OAS in January.", EventType.Sanction, "BOL", "OAS");
        Assert.DoesNotContain(Output("Boric left Lima on Friday after a two-day visit."), e => e.Type is EventType.Retreat or EventType.Reject);
    }

    [Fact]
    public void A_group_does_not_react_to_an_act_of_its_own_members()
    {
        const string story = "Chile, Peru and Bolivia announced that they were leaving the OAS.\n\nThe three governments accused the organisation of imposing unfair sanctions.";
        Assert.DoesNotContain(Output(story), e => e.Type == EventType.Accuse && e.Target?.Code.Value is "CHL" or "PER" or "BOL");
    }

    [Fact]
    public void Peacekeepers_are_forces_whose_leaving_is_a_withdrawal() =>
        Has("Chilean peacekeepers began leaving Bolivia on Tuesday.", EventType.Retreat, "CHL", "BOL");
}
