using Entente.Events;
using Entente.Tests.Cli;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a sixteenth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthSixteenthPassTests
{
    [Theory]
    [InlineData("Armenia has accused Azerbaijan of shelling its positions in Syunik province overnight, killing two soldiers.", "ARM", "AZE")]
    [InlineData("Ghana blamed Togo for shelling a border post, wounding three guards.", "GHA", "TGO")]
    public void Harm_told_after_a_charge_is_part_of_the_alleged_deed(string sentence, string accuser, string accused)
    {
        var events = Output(sentence);
        Assert.Equal([(accuser, accused, EventType.Accuse)], events.Select(e => (e.Source.Code.Value, e.Target?.Code.Value, e.Type)));
    }

    [Fact]
    public void Speech_told_after_a_charge_is_the_chargers_next_act()
    {
        Has("Peru accused Chile of sending troops into the province, urging Santiago to withdraw them.", EventType.Request, "PER", "CHL");
    }

    [Fact]
    public void Harm_after_a_reported_act_of_force_is_done_by_its_doer_not_the_teller()
    {
        var events = Output("Uganda recalled its envoy from Nairobi, Uganda said. Information Minister Jean-Marc Okello told journalists on Thursday that "
            + "Kenyan troops had crossed the border near the village of Busia on Tuesday night and attacked army positions with mortars and armed drones, "
            + "killing four Ugandan soldiers.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "KEN" && e.Target?.Code.Value == "UGA");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "UGA");
    }

    [Fact]
    public void Crowds_at_an_embassy_are_not_of_the_embassys_state()
    {
        Assert.DoesNotContain(Output("Thousands of students marched to the Kenyan embassy on Friday, burning tyres and a Kenyan flag."), e => e.Source.Code.Value == "KEN");
        Assert.Contains(SharedPipeline.OutputEventsOfFile("By Our Correspondent, Kampala\n\nHundreds of protesters marched to the Kenyan embassy on Friday, burning tyres. Kenya denied the charge."),
            e => e.Type == EventType.Protest && e.Source.Code.Value == "UGA" && e.Target?.Code.Value == "KEN");
    }

    [Fact]
    public void Police_and_crowds_are_of_the_place_the_story_was_filed_from()
    {
        Assert.Contains(SharedPipeline.OutputEventsOfFile("By Amina Njoroge in Kampala\n\nRiot police fired tear gas at students outside parliament. Kenya's foreign minister visited Uganda."),
            e => e.Type == EventType.Coerce && e.Source.Code.Value == "UGA" && e.Target?.Code.Value == "UGA");
    }

    [Fact]
    public void A_group_whose_phrase_opens_with_a_peoples_adjective_is_that_peoples()
    {
        // A guard: the crowds of a story filed from Washington are American, but not these.
        var sanction = Assert.Single(SharedPipeline.OutputEventsOfFile("WASHINGTON (AP) — The U.S. Treasury imposed sanctions on Tuesday on North Korean information technology workers. Officials in Washington said the network had moved funds."),
            e => e.Type == EventType.Sanction);
        Assert.Equal(("USA", "PRK"), (sanction.Source.Code.Value, sanction.Target?.Code.Value));
    }

    [Theory]
    [InlineData("Chile said Peru had secretly moved the ballots.", "CHL", "PER")]
    [InlineData("Japan's coast guard said a Chinese survey ship had deliberately switched off its transponder near the Senkaku Islands.", "JPN", "CHN")]
    [InlineData("Georgia's foreign ministry said Russia had rigged the referendum in Abkhazia.", "GEO", "RUS")]
    public void A_deed_said_to_be_done_wrongfully_is_the_speakers_criticism(string sentence, string speaker, string doer)
    {
        Has(sentence, EventType.Accuse, speaker, doer);
    }

    [Fact]
    public void A_wrongful_deed_denied_is_no_criticism()
    {
        HasNo("Ecuador's president said on Friday that no one had secretly moved the ballots.", EventType.Accuse);
    }

    [Theory]
    [InlineData("Norway will provide $30 million in humanitarian aid to Sudan, its foreign minister said.", EventType.Aid)]
    [InlineData("Azerbaijan will withdraw its troops from two border villages, the defence ministry said.", EventType.Retreat)]
    public void Aid_or_a_withdrawal_announced_keeps_its_type_as_an_intent(string sentence, EventType type)
    {
        var announced = Assert.Single(Output(sentence));
        Assert.Equal((type, EventMode.Intended), (announced.Type, announced.Mode));
    }

    [Fact]
    public void An_act_named_after_an_answer_is_what_the_answer_was_aimed_at()
    {
        Has("Iran's foreign ministry spokesman said on Monday that Tehran would respond with countermeasures to the stationing of US missiles in Bahrain, "
            + "calling the plan a grave threat to Iran's security.", EventType.Accuse, "IRN", "USA");
    }

    [Theory]
    [InlineData("Norway announced NZ$8 million in assistance for Sudan.", "NOR", "SDN")]
    [InlineData("Australia announced A$12 million in humanitarian and early recovery assistance for Tonga following the eruption.", "AUS", "TON")]
    public void A_states_short_name_against_a_currency_sign_is_money(string sentence, string giver, string recipient)
    {
        var aid = Assert.Single(Output(sentence));
        Assert.Equal((EventType.Aid, giver, recipient), (aid.Type, aid.Source.Code.Value, aid.Target?.Code.Value));
    }

    [Fact]
    public void Today_names_when_not_whom() => Has("Norway today announced $8 million in assistance for Sudan.", EventType.Aid, "NOR", "SDN");

    [Fact]
    public void A_minister_of_no_named_state_is_not_given_one_the_story_names_no_more_than_others()
    {
        Assert.DoesNotContain(Output("Foreign Minister Grace Tuhiwai today announced new sanctions on Russia, New Zealand's government said. "
            + "Ms Tuhiwai spoke by phone with Vanuatu's prime minister."), e => e.Source.Code.Value == "RUS");
    }

    [Theory]
    [InlineData("Spain dispatched 40 search-and-rescue specialists to Turkey after the quake.", EventType.Aid, "ESP", "TUR")]
    [InlineData("Japan delivered 500 tonnes of rice to Myanmar on Monday.", EventType.Aid, "JPN", "MMR")]
    [InlineData("Rwandan troops have been patrolling alongside Mozambican soldiers in Cabo Delgado.", EventType.Cooperate, "RWA", "MOZ")]
    public void Compounds_staples_and_working_alongside_are_read(string sentence, EventType type, string source, string target)
    {
        Has(sentence, type, source, target);
    }

    [Theory]
    [InlineData("Seoul's military responded with its own live-fire drills near the border.")]
    [InlineData("Both armies were accused of breaking the cease-fire.")]
    public void A_compound_whose_first_part_turns_its_head_is_not_read_as_the_head(string sentence)
    {
        HasNo(sentence, EventType.Assault);
    }

    [Theory]
    [InlineData("Kyrgyz troops pulled back from three posts near the border with Tajikistan on Friday.", "KGZ", "TJK")]
    [InlineData("Ethiopian forces withdrew from positions along the Eritrean border.", "ETH", "ERI")]
    public void A_withdrawal_from_a_border_faces_the_other_side(string sentence, string source, string target)
    {
        Has(sentence, EventType.Retreat, source, target);
    }

    [Fact]
    public void Welcoming_a_general_election_is_approval_not_a_visit()
    {
        Has("The African Union welcomed the peaceful conduct of Zambia's general election on Friday.", EventType.Support, "AU", "ZMB");
        HasNo("The African Union welcomed the peaceful conduct of Zambia's general election on Friday.", EventType.Consult);
    }

    [Fact]
    public void Briefing_another_states_official_is_consultation()
    {
        Has("Pakistan's foreign minister briefed the Chinese ambassador on Monday.", EventType.Consult, "PAK", "CHN");
        Assert.Empty(Output("The defence minister briefed reporters on Monday."));
    }

    [Theory]
    [InlineData("Norway called for an immediate ceasefire on Sunday.", "NOR")]
    [InlineData("The African Union urged restraint after the clashes.", "AU")]
    public void An_appeal_for_calm_is_made_to_whoever_fights_named_or_not(string sentence, string source)
    {
        var appeal = Assert.Single(Output(sentence));
        Assert.Equal((EventType.Request, source, (string?)null), (appeal.Type, appeal.Source.Code.Value, appeal.Target?.Code.Value));
    }

    [Theory]
    [InlineData("Under the agreement, the two countries will defend each other in the event of an armed attack.")]
    [InlineData("Under a 1951 mutual defence treaty, the United States is obliged to help defend the Philippines.")]
    public void Terms_an_agreement_binds_its_parties_to_are_no_acts(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Fact]
    public void Acts_done_or_planned_under_an_agreement_are_reported()
    {
        Has("Under the deal, Russia freed 26 Ukrainian prisoners on Friday.", EventType.Concede, "RUS", "UKR");
        Has("Fiji and Tonga signed a defence pact on Monday. Under the pact, Tonga will send troops to Fiji.", EventType.Aid, "TON", "FJI");
    }

    [Fact]
    public void A_response_an_actor_will_go_on_giving_is_a_posture_not_a_threat()
    {
        Assert.Empty(Output("\"We will continue to respond calmly but resolutely to protect our airspace,\" Chile's foreign minister said."));
        Has("Seoul said it would respond sternly to any provocation by Pyongyang.", EventType.Threaten, "KOR", "PRK");
    }

    [Fact]
    public void Vessels_of_one_state_colliding_is_an_accident_not_an_act()
    {
        Assert.DoesNotContain(Output("A Peruvian coast guard cutter collided with a Peruvian navy frigate off Callao on Monday."), e => e.Target is not null);
        Has("A Greek coast guard vessel collided with a Turkish patrol boat off Imia on Monday.", EventType.Coerce, "GRC", "TUR");
    }

    [Theory]
    [InlineData("Russian peacekeepers completed their pullout from Nagorno-Karabakh on Friday.", EventType.Retreat, "RUS", "AZE")]
    [InlineData("Armenian forces shelled positions near Lachin overnight.", EventType.Assault, "ARM", "AZE")]
    [InlineData("Azerbaijani forces shelled villages in Syunik overnight.", EventType.Assault, "AZE", "ARM")]
    public void Places_of_a_state_the_gazetteer_lacked_are_its(string sentence, EventType type, string source, string target)
    {
        Has(sentence, type, source, target);
    }
}
