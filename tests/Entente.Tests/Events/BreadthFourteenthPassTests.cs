using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a fourteenth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthFourteenthPassTests
{
    [Theory]
    [InlineData("The Netherlands will provide aid worth 10 million US dollars to Yemen.", "USA")]
    [InlineData("Korea decided to provide humanitarian assistance of 2 million US dollars to Myanmar.", "USA")]
    public void A_states_name_before_its_currency_names_money_not_an_actor(string sentence, string currencyState)
    {
        Assert.DoesNotContain(Output(sentence), e => e.Target?.Code.Value == currencyState || e.Source.Code.Value == currencyState);
    }

    [Fact]
    public void Extending_emergency_aid_is_no_state_of_emergency()
    {
        var events = Output("Tokyo decided to extend emergency loan aid to Sri Lanka.");
        Assert.DoesNotContain(events, e => e.Type is EventType.Coerce or EventType.Threaten);
        Assert.Contains(Output("Thailand extended the state of emergency in its southern provinces on Tuesday."),
            e => e.Type == EventType.Coerce && e.Source.Code.Value == "THA");
    }

    [Fact]
    public void A_hostile_acts_object_phrase_names_its_target()
    {
        Has("North Korea threatened on Saturday to take 'overwhelming' military action against South Korea if balloon launches across the border continued.",
            EventType.Threaten, "PRK", "KOR");
    }

    [Fact]
    public void A_participle_describing_a_thing_is_not_aimed_at_the_clause_around_it()
    {
        var events = Output("Qatar welcomed the truce announced by Israel and Hezbollah on Wednesday.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value != "QAT" && e.Target?.Code.Value == "QAT");
        Assert.Contains(events, e => e.Type == EventType.Support && e.Source.Code.Value == "QAT" && e.Target?.Code.Value == "ISR");
    }

    [Fact]
    public void A_broker_named_by_a_participle_still_meets_the_parties()
    {
        Has("Ethiopia and Eritrea agreed to a truce in talks mediated by Kenya.", EventType.Consult, "KEN", "ETH");
    }

    [Fact]
    public void Approval_of_a_deed_is_aimed_at_whoever_did_it()
    {
        var support = Output("Egypt praised the deal reached by Sudan and South Sudan over oil transit fees.")
            .Where(e => e.Type == EventType.Support).Select(e => (e.Source.Code.Value, e.Target?.Code.Value)).ToHashSet();
        Assert.Equal([("EGY", "SDN"), ("EGY", "SSD")], support);
    }

    [Fact]
    public void Accepting_an_offer_agrees_with_whoever_made_it()
    {
        Has("Chile offered to supply Brazil with copper at a discount. Brazil accepted the offer on Tuesday.", EventType.Agree, "BRA", "CHL");
    }

    [Fact]
    public void An_acceptance_after_and_with_its_own_subject_is_not_inside_the_invitation()
    {
        Has("Mongolia invited the Kazakh president to visit Ulaanbaatar in May, and the Kazakh leader accepted the invitation.",
            EventType.Agree, "KAZ", "MNG");
    }

    [Fact]
    public void Condemning_what_someone_called_an_act_is_aimed_at_its_doer()
    {
        Has("Slovenia condemned what it called a brazen violation of its airspace by Hungarian jets.", EventType.Accuse, "SVN", "HUN");
    }

    [Fact]
    public void Their_owned_by_a_list_the_parse_splits_is_the_whole_list()
    {
        var leaving = Output("Burkina Faso, Mali and Niger announced their withdrawal from the Francophonie.")
            .Where(e => e.Type == EventType.Sanction).Select(e => e.Source.Code.Value).ToHashSet();
        Assert.Equal(["BFA", "MLI", "NER"], leaving.Order());
    }

    [Fact]
    public void An_exit_from_a_body_is_leaving_it()
    {
        Has("Guinea, Mali and Burkina Faso announced their exit from ECOWAS on Sunday.", EventType.Sanction, "MLI", "ECOWAS");
    }

    [Fact]
    public void A_share_of_a_people_in_a_poll_is_no_actor()
    {
        Assert.Empty(Output("A poll published on Monday showed that 40 percent of Hungarians oppose sending weapons to Ukraine."));
    }

    [Theory]
    [InlineData("Britain recalled its high commissioner from Islamabad on Friday.", EventType.Sanction, "GBR", "PAK")]
    [InlineData("Norway will host NATO's annual winter exercise again in March.", EventType.Cooperate, "NOR", "NATO")]
    [InlineData("Azerbaijan massed troops and artillery near its border with Armenia.", EventType.Mobilize, "AZE", "ARM")]
    [InlineData("Opposition leaders in Kenya urged the election commission to publish the vote tallies.", EventType.Request, "KEN", "KEN")]
    [InlineData("Jihadist fighters killed 30 villagers in central Mali on Sunday.", EventType.Assault, "MLI", "MLI")]
    public void Wordings_of_a_fourteenth_pass(string sentence, EventType type, string source, string target)
    {
        Has(sentence, type, source, target);
    }

    [Fact]
    public void Wars_counted_are_history_not_an_act()
    {
        Assert.DoesNotContain(Output("Pakistan's prime minister said his country had fought three wars with India and gained nothing."),
            e => e.Type == EventType.Assault);
    }

    [Fact]
    public void A_phrase_of_place_after_the_slot_does_not_break_the_pattern()
    {
        Has("The African Union pressed Sudan's generals at a meeting in Addis Ababa to agree to a truce.", EventType.Request, "AU", "SDN");
    }

    [Fact]
    public void A_titled_name_with_a_particle_is_read_whole()
    {
        Has("President Luiz Inacio Lula da Silva telephoned Paraguayan President Santiago Pena on Monday.", EventType.Consult, "BRA", "PRY");
    }

    [Fact]
    public void An_act_named_by_its_noun_is_condemned_at_its_doer_not_at_the_words_condemning_it()
    {
        var events = Output("North Korea fired two missiles on Friday. Japan lodged a protest with North Korea, calling the launches a violation of UN resolutions.");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "UN");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "JPN" && e.Target?.Code.Value == "PRK");
    }

    [Fact]
    public void A_means_inside_a_whether_clause_is_not_reported_as_done()
    {
        Assert.DoesNotContain(Output("Whether Washington will go further, for instance by freezing Venezuelan assets, will be decided next week, officials said."),
            e => e.Type == EventType.Sanction);
    }

    [Theory]
    [InlineData("Guinea's army seized power in Conakry on Sunday.", "GIN")]
    [InlineData("Gabon's army overthrew the government in Libreville on Wednesday.", "GAB")]
    public void Taking_power_by_force_is_force_at_home(string sentence, string state)
    {
        Has(sentence, EventType.Assault, state, state);
    }

    [Fact]
    public void A_coup_told_in_a_when_clause_of_a_past_year_is_background()
    {
        Assert.Empty(Output("Guinea fell into turmoil in 2008 when Conakry-based army officers seized power in a coup."));
    }

    [Fact]
    public void What_a_group_is_aiming_to_do_is_not_done()
    {
        Assert.Empty(Output("Al-Shabab has waged an insurgency for years, aiming to seize Mogadishu and impose its rule."));
    }

    [Fact]
    public void A_reference_back_to_the_source_after_its_act_leaves_the_act_at_home()
    {
        Has("Cuba's government released 500 prisoners on Friday under a pardon marking the country's revolution day.", EventType.Concede, "CUB", "CUB");
    }

    [Fact]
    public void Both_parties_are_the_two_named_together_before()
    {
        var requests = Output("Talks between Serbia and Kosovo stalled. The EU urged both parties to return to the table.")
            .Where(e => e.Type == EventType.Request).Select(e => (e.Source.Code.Value, e.Target?.Code.Value)).ToHashSet();
        Assert.Equal([("EU", "SRB"), ("EU", "XKX")], requests);
    }

    [Fact]
    public void The_first_time_of_a_meeting_retells_it()
    {
        var meetings = Output("The foreign ministers of Peru and Chile met in Lima. It was the first time the two ministers had met since the dispute.")
            .Where(e => e.Type == EventType.Consult).ToList();
        Assert.Single(meetings);
    }

    [Theory]
    [InlineData("Hezbollah vowed in a televised speech to strike Israeli cities.", "LBN", "ISR")]
    [InlineData("Al-Shabab vowed in an audio message to step up attacks on Kenyan troops.", "SOM", "KEN")]
    public void Where_a_vow_was_told_does_not_break_it_from_its_infinitive(string sentence, string source, string target)
    {
        Has(sentence, EventType.Threaten, source, target);
    }

    [Theory]
    [InlineData("Former Canadian foreign minister Jean Tremblay accused Beijing of bullying its neighbours in a newspaper column.")]
    [InlineData("Ottawa should impose tariffs on Chinese steel, former Canadian trade minister Jean Tremblay wrote on Monday.")]
    public void A_former_officials_words_are_no_act_of_the_state(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Fact]
    public void Followers_of_a_former_official_still_act()
    {
        Has("Hundreds of supporters of former Bolivian President Evo Morales blocked highways near La Paz on Monday.", EventType.Protest, "BOL", "BOL");
    }

    [Theory]
    [InlineData("Iran vowed to take all necessary measures against Israel.", EventType.Threaten, "IRN", "ISR")]
    [InlineData("North Korea said it would take offensive and overwhelming measures against the United States.", EventType.Threaten, "PRK", "USA")]
    [InlineData("Iran said it would sit at the negotiating table with the United States next week.", EventType.Consult, "IRN", "USA")]
    [InlineData("Pyongyang will never sit at a negotiating table with Washington, the statement said.", EventType.Reject, "PRK", "USA")]
    public void Measures_named_against_another_and_seats_at_a_table(string sentence, EventType type, string source, string target)
    {
        Has(sentence, type, source, target);
    }

    [Fact]
    public void A_threat_on_condition_that_an_act_goes_on_is_aimed_at_its_doers()
    {
        var threatened = Output("Japan and the Philippines held joint patrols near the shoal on Tuesday. China said it would take resolute countermeasures if the patrols continued.")
            .Where(e => e.Type == EventType.Threaten).Select(e => e.Target?.Code.Value).ToHashSet();
        Assert.Equal(["JPN", "PHL"], threatened.Order());
    }

    [Fact]
    public void A_closing_quote_after_a_reaction_does_not_hide_the_act_it_names()
    {
        Has("Chinese coast guard ships rammed Vietnamese fishing boats on Sunday. Hanoi said it was \"deeply concerned\" by the incident.",
            EventType.Accuse, "VNM", "CHN");
    }

    [Theory]
    [InlineData("The Belarusian charge d'affaires was summoned to the foreign ministry in Vilnius on Tuesday.", "LTU", "BLR")]
    [InlineData("Czechia's foreign ministry said the Russian ambassador had been summoned over the cyberattack.", "CZE", "RUS")]
    public void An_envoy_summoned_by_no_one_named_is_summoned_by_the_state_where_or_that_tells_it(string sentence, string host, string envoy)
    {
        Has(sentence, EventType.Accuse, host, envoy);
    }
}
