using Entente.Articles;
using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a seventh pass. Every sentence was written for these tests.
/// </summary>
public class BreadthSeventhPassTests
{
    [Theory]
    [InlineData("Three Brazilian and two Argentine warships held joint drills in the South Atlantic on Monday.", "BRA", "ARG")]
    [InlineData("Four Indian and two French fighter jets flew a joint patrol over the Arabian Sea on Friday.", "IND", "FRA")]
    public void Counted_demonyms_sharing_one_noun_are_both_parties(string sentence, string first, string second)
    {
        Has(sentence, EventType.Cooperate, first, second);
    }

    [Fact]
    public void A_deal_told_in_the_passive_is_the_announcers_with_the_partner_it_names()
    {
        Has("Officials in Ghana said an agreement with Togo on border patrols was reached on Friday.", EventType.Agree, "GHA", "TGO");
        Has("A fisheries accord with Senegal was signed in Dakar on Thursday, the Mauritanian foreign ministry said.", EventType.Agree, "MRT", "SEN");
        // With no one announcing it, the partner is all the sentence gives.
        Has("A fisheries accord with Senegal was signed in Dakar on Thursday.", EventType.Agree, "SEN", null);
    }

    [Fact]
    public void What_an_actor_no_longer_does_is_not_done()
    {
        Assert.DoesNotContain(Output("Chile no longer buys gas from Argentina, the energy ministry said."), e => e.Type == EventType.Cooperate);
        Has("Chile buys gas from Argentina again, the energy ministry said.", EventType.Cooperate, "CHL", "ARG");
    }

    [Theory]
    [InlineData("Analysts at the Lowy Institute warned that a dispute between Fiji and Tonga could draw in Samoa.")]
    [InlineData("Experts from Norway urged Finland to invest more in border security.")]
    public void Commentators_named_by_their_workplace_or_home_do_no_deeds(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Theory]
    [InlineData("A ceasefire between Ethiopia and Eritrea has largely held since May.")]
    [InlineData("The truce between Peru and Ecuador remained in place on Monday.")]
    public void An_agreement_that_lasts_is_no_new_agreement(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Theory]
    [InlineData("Footage purportedly showing Malian soldiers beating detainees has been shared widely.")]
    [InlineData("Unconfirmed reports said Chadian troops had shelled rebel camps near the border.")]
    public void An_act_hedged_above_its_clause_is_no_report(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Fact]
    public void A_party_name_before_minister_names_a_portfolio()
    {
        Assert.DoesNotContain(Output("Labour Minister Ana Rios signed a memorandum with Chile on Friday, Peru's government said."), e => e.Source.Code.Value == "GBR");
        // A minister of the party is still the party's.
        Has("A Labour minister criticised China on Monday.", EventType.Accuse, "GBR", "CHN");
    }

    [Fact]
    public void It_after_an_opening_phrase_acts_for_the_previous_subject()
    {
        Has("Estonia has long been one of Moscow's fiercest critics inside NATO. On Friday it expelled two Russian diplomats.", EventType.Sanction, "EST", "RUS");
    }

    [Fact]
    public void Partners_in_one_strike_do_not_answer_each_other()
    {
        var events = Output("The raid came hours after French and Belgian warplanes carried out airstrikes near the border.");
        Assert.Contains(events, e => e.Source.Code.Value == "BEL" && e.Type == EventType.Assault);
        Assert.DoesNotContain(events, e => e.Target?.Code.Value is "FRA" or "BEL");
    }

    [Theory]
    [InlineData("At least 40 Kenyans have died fighting for Russia in Ukraine.")]
    [InlineData("Chadian troops are fighting for Sudan's army against the rebels.")]
    public void Fighting_for_a_side_is_not_fighting_it(string sentence)
    {
        Assert.DoesNotContain(Output(sentence), e => e.Type == EventType.Assault && e.Target is not null);
    }

    [Fact]
    public void Force_at_an_occupied_place_of_ones_own_state_faces_the_occupier()
    {
        Has("Ukrainian drones struck a fuel depot in occupied Crimea on Monday.", EventType.Assault, "UKR", "RUS");
        // Only force: arrests there are of the people arrested.
        Assert.DoesNotContain(Output("Georgian police arrested two men in occupied Abkhazia."), e => e.Target?.Code.Value == "RUS");
    }

    [Theory]
    [InlineData("None of the Belarusian drones had entered Latvian airspace, the Latvian army said.")]
    [InlineData("Neither Lima nor La Paz has recognised the new government in Caracas.")]
    public void A_subject_denied_by_none_or_neither_nor_did_not_act(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Fact]
    public void An_act_counted_as_the_nth_time_is_the_one_already_told()
    {
        var events = Output("Four Belarusian helicopters entered Latvian airspace on Friday, the Latvian army said. "
                            + "This is the fifth time Minsk has violated Latvian airspace this year, the foreign minister said.");
        var incursion = Assert.Single(events, e => e.Source.Code.Value == "BLR");
        Assert.Contains("coreference:nth-time", incursion.Rules);
    }

    [Fact]
    public void An_actors_plans_read_as_a_noun_are_still_its_intent()
    {
        var duty = Assert.Single(Output("The European Commission plans to impose new duties on steel imported from India from next month, EU officials said."),
            e => e.Type == EventType.Sanction);
        Assert.Equal(("EU", "IND", EventMode.Intended), (duty.Source.Code.Value, duty.Target?.Code.Value, duty.Mode));
    }

    [Fact]
    public void Days_of_talks_ended_were_talks_held()
    {
        Has("Chile and Peru ended three days of talks in Lima on Friday without a deal.", EventType.Consult, "CHL", "PER");
        // Ending one's talks with another is still breaking them off.
        Has("Peru ended its talks with Chile on Friday.", EventType.Sanction, "PER", "CHL");
    }

    [Fact]
    public void The_envoy_is_the_envoy_last_named()
    {
        Has("Lars Berg has served as Norway's ambassador to Russia since 2022. Moscow summoned the envoy on Tuesday over the expulsion of two Russian diplomats.",
            EventType.Accuse, "RUS", "NOR");
        // With none named, the story's own state is no envoy.
        Assert.Empty(Output("Moscow summoned the ambassador on Tuesday."));
    }

    [Theory]
    [InlineData("Togo's ambassador was told that Ghana's border closure was unacceptable.")]
    [InlineData("Mensah, Togo's ambassador, was told that Ghana's decision was unacceptable.")]
    public void Who_is_told_something_is_not_who_says_it(string sentence)
    {
        Assert.DoesNotContain(Output(sentence), e => e.Source.Code.Value == "TGO");
    }

    [Fact]
    public void The_foreign_office_is_the_one_of_the_state_the_story_was_filed_from()
    {
        // As a story is read from a file: the cleaner sets off the dateline, which the article keeps.
        Assert.Contains(FromFile("ISLAMABAD: Indian troops fired across the Line of Control on Friday, Pakistan's military said. Later in the day, the Foreign Office summoned India's charge d'affaires."),
            e => e.Type == EventType.Accuse && e.Source.Code.Value == "PAK" && e.Target?.Code.Value == "IND");
        Assert.Contains(FromFile("LONDON: The Foreign Office summoned China's ambassador on Monday."),
            e => e.Type == EventType.Accuse && e.Source.Code.Value == "GBR" && e.Target?.Code.Value == "CHN");
    }

    private static List<Event> FromFile(string text) => Entente.Tests.Cli.SharedPipeline.OutputEventsOfFile(text);

    [Theory]
    [InlineData("Norwegian F-35s are kept on alert around the clock, ready to launch within minutes.")]
    [InlineData("Our troops stand ready to defend Latvia, the Latvian defence minister said.")]
    public void Forces_ready_for_duty_offer_no_agreement(string sentence)
    {
        Assert.DoesNotContain(Output(sentence), e => e.Type == EventType.Agree);
    }

    [Theory]
    [InlineData("Slovakia lifted its veto on the sanctions package on Friday.", "SVK")]
    [InlineData("Hungary dropped its objection to the wording late on Tuesday, two diplomats said.", "HUN")]
    public void A_stance_given_up_yields_to_no_one_at_home(string sentence, string actor)
    {
        var concession = Assert.Single(Output(sentence), e => e.Type == EventType.Concede);
        Assert.Equal(actor, concession.Source.Code.Value);
        Assert.Null(concession.Target);
    }

    [Fact]
    public void Two_who_meet_again_hold_a_second_meeting()
    {
        var events = Output("Kenya's foreign minister met his Tanzanian counterpart in Nairobi on Monday. The two ministers met again in Arusha a week later.");
        Assert.Equal(2, events.Count(e => e.Type == EventType.Consult));
        // "also discussed" goes on telling the first.
        Assert.Single(Output("Rubio spoke by phone with Motegi on Tuesday. The two also discussed North Korea."), e => e.Type == EventType.Consult);
    }
}

