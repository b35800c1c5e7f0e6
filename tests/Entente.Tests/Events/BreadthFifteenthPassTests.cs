using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a fifteenth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthFifteenthPassTests
{
    [Fact]
    public void An_act_a_time_phrase_introduces_as_new_is_reported()
    {
        Has("Venezuela freed two jailed oil executives on Friday following a visit to Caracas by a senior U.S. diplomat.",
            EventType.Consult, "USA", "VEN");
        Assert.Contains(Output("Kenya and Somalia agreed to reopen their shared border after talks between their foreign ministers in Nairobi."),
            e => e.Type == EventType.Consult);
    }

    [Theory]
    [InlineData("The two countries resumed flights after the talks between Kenya and Somalia.")]
    [InlineData("Kenya resumed flights to Mogadishu following Somalia's visit to Nairobi.")]
    public void An_act_a_time_phrase_points_back_to_is_background(string sentence)
    {
        HasNo(sentence, EventType.Consult);
    }

    [Theory]
    [InlineData("Norway's special envoy met Colombia's interior minister in Bogota on Friday to push for a prisoner exchange with the rebels.", EventType.Request, "NOR", "COL")]
    [InlineData("Indonesia's foreign minister telephoned her Philippine counterpart on Monday to offer sympathy after the typhoon.", EventType.Support, "IDN", "PHL")]
    [InlineData("A Vietnamese deputy minister met China's ambassador in Hanoi on Thursday to protest the seizure of a fishing boat.", EventType.Accuse, "VNM", "CHN")]
    public void What_a_meeting_held_was_for_was_said_there(string sentence, EventType type, string source, string target)
    {
        Has(sentence, type, source, target);
    }

    [Fact]
    public void What_a_meeting_to_come_is_for_is_not_yet_said()
    {
        var events = Output("Finland's president will meet the Turkish leader next month to press for a quick ratification.");
        Assert.Contains(events, e => e.Type == EventType.Consult && e.Mode == EventMode.Intended);
        Assert.DoesNotContain(events, e => e.Type == EventType.Request);
    }

    [Theory]
    [InlineData("Belgrade dismissed as fabricated a German newspaper report that Serbia had sold rockets to Kyiv.", "SRB", "DEU")]
    [InlineData("Pakistan's army rejected as baseless an Indian media report that its drones had struck a camp in Punjab.", "PAK", "IND")]
    public void What_a_report_dismissed_as_false_says_is_not_done(string sentence, string denier, string reporter)
    {
        var events = Output(sentence);
        Assert.Equal([(denier, reporter)], events.Select(e => (e.Source.Code.Value, e.Target?.Code.Value)));
        Assert.All(events, e => Assert.Equal(EventType.Reject, e.Type));
    }

    [Fact]
    public void A_people_counted_in_a_poll_are_respondents_not_their_state()
    {
        Assert.Empty(Output("Most Poles support sending more tanks to Ukraine, a survey showed on Monday."));
        Has("Russian shelling killed many Ukrainians in Kharkiv on Monday.", EventType.Assault, "RUS", "UKR");
    }

    [Theory]
    [InlineData("Beijing condemned the sanctions and vowed that China would take firm countermeasures against the United States.", "CHN", "USA")]
    [InlineData("Hungary warned that it would impose sanctions on Ukraine over the pipeline dispute.", "HUN", "UKR")]
    public void A_measure_vowed_against_another_is_a_threat(string sentence, string source, string target)
    {
        Has(sentence, EventType.Threaten, source, target);
        HasNo(sentence, EventType.Sanction);
    }

    [Fact]
    public void A_measure_announced_is_still_planned()
    {
        Assert.Contains(Output("The European Union said it would impose new sanctions on Belarus next month."),
            e => e.Type == EventType.Sanction && e.Mode == EventMode.Intended);
    }

    [Fact]
    public void Posts_another_fired_on_are_the_speakers()
    {
        Has("Kyrgyzstan said Tajik troops fired on its border posts overnight.", EventType.Assault, "TJK", "KGZ");
    }

    [Fact]
    public void Fire_returned_in_a_quote_answers_the_fire_told_before()
    {
        var events = Output("Armenia said Azerbaijani troops fired on its positions near the village of Sotk. \"Our units returned fire,\" the defence ministry said in a statement.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "AZE" && e.Target?.Code.Value == "ARM");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ARM" && e.Target?.Code.Value == "AZE");
    }

    [Theory]
    [InlineData("Peruvian and Bolivian soldiers seized two tonnes of cocaine in a joint raid near the border.", EventType.Cooperate, "PER", "BOL")]
    [InlineData("A new truce was agreed between Armenia and Azerbaijan on Sunday.", EventType.Agree, "ARM", "AZE")]
    [InlineData("Eritrean troops were withdrawn from the border town on Monday.", EventType.Retreat, "ERI", null)]
    [InlineData("Kenya handed over to Ugandan authorities two suspects wanted for the bombing.", EventType.Cooperate, "KEN", "UGA")]
    [InlineData("Japan flew emergency supplies to Tonga after the eruption.", EventType.Aid, "JPN", "TON")]
    [InlineData("Taiwan put its forces on high alert after Chinese warships sailed near the island.", EventType.Mobilize, "TWN", "CHN")]
    public void Joint_passive_and_answering_acts_name_their_parties(string sentence, EventType type, string source, string? target)
    {
        Has(sentence, type, source, target);
    }

    [Fact]
    public void What_was_arranged_in_the_past_is_not_told_as_done()
    {
        Assert.Empty(Output("Under last year's deal, Armenia was to hand over four villages to Azerbaijan."));
    }

    [Fact]
    public void What_a_state_has_repeatedly_said_is_its_standing_position()
    {
        Assert.Empty(Output("Seoul does not recognise the claim, and Japan has repeatedly said it will not hold talks with South Korea on the islets."));
    }

    [Theory]
    [InlineData("Pakistani troops opened fire on Indian posts overnight. \"Such provocations will not be tolerated,\" the Indian army said.", "IND", "PAK")]
    [InlineData("Estonia expelled a Russian diplomat on Monday. The Russian foreign ministry said any further hostile actions would not go unanswered.", "RUS", "EST")]
    [InlineData("Pakistani troops shelled Indian posts overnight. \"Such actions cannot be allowed to go unanswered,\" an Indian army spokesman said.", "IND", "PAK")]
    public void Refusing_to_let_acts_pass_warns_whoever_did_the_last_one(string text, string source, string target)
    {
        var threats = Output(text).Where(e => e.Type == EventType.Threaten).ToList();
        Assert.Equal([(source, target)], threats.Select(e => (e.Source.Code.Value, e.Target?.Code.Value)));
    }

    [Fact]
    public void A_meeting_its_speaker_held_told_in_a_who_clause_is_news()
    {
        Has("Barrot, who met his Moldovan counterpart in Chisinau, said France would send more air defence radars.", EventType.Consult, "FRA", "MDA");
    }

    [Fact]
    public void Counted_doers_after_after_are_whom_an_alert_answers()
    {
        Has("The Philippines put its navy on alert after dozens of Chinese militia vessels massed near the reef.", EventType.Mobilize, "PHL", "CHN");
    }

    [Fact]
    public void Aid_pledged_for_a_places_people_is_pledged_to_its_state_not_to_the_venue()
    {
        Has("Japan pledged $20 million in emergency relief for flood victims in Myanmar.", EventType.Agree, "JPN", "MMR");
        Assert.DoesNotContain(Output("Germany pledged $100 million in humanitarian aid at a donors' conference in Paris."), e => e.Target?.Code.Value == "FRA");
    }

    [Fact]
    public void Force_on_a_named_place_of_its_own_state_is_used_at_home_in_a_story_naming_other_states()
    {
        var events = Output("Indonesia and Thailand urged Myanmar's junta to halt air strikes at a meeting in Jakarta. On Friday, Myanmar's military bombed a school in the Magway region, killing nine children.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "MMR" && e.Target?.Code.Value == "MMR");
    }

    [Fact]
    public void A_vessel_linked_to_a_state_stands_for_it_but_a_militia_with_a_patron_does_not()
    {
        Has("Houthi rebels in Yemen said they would attack any Israeli-linked tanker in the Red Sea.", EventType.Threaten, "YEM", "ISR");
        Assert.DoesNotContain(Output("Iran-linked militias attacked a U.S. base in Syria on Monday."), e => e.Source.Code.Value == "IRN");
    }

    [Fact]
    public void A_demonstration_against_a_deed_is_aimed_at_its_owner_not_at_home()
    {
        Has("Hundreds of students marched in central Taipei on Sunday against the proposed purchase of gas from China's state energy firms.",
            EventType.Protest, "TWN", "CHN");
    }

    [Theory]
    [InlineData("The junta in Niamey shrugged off fresh ECOWAS calls to free the deposed president.", EventType.Reject, "NER", "ECOWAS")]
    [InlineData("Denmark slashed its budget support to Tanzania by a third.", EventType.Sanction, "DNK", "TZA")]
    [InlineData("Australia has put free trade talks with Indonesia on hold.", EventType.Sanction, "AUS", "IDN")]
    [InlineData("Japan accused a Russian-crewed trawler of fishing illegally in its waters.", EventType.Accuse, "JPN", "RUS")]
    [InlineData("Armenian troops counter-attacked Azerbaijani positions near the border on Tuesday.", EventType.Assault, "ARM", "AZE")]
    public void Refusals_cuts_and_crews_as_news_writes_them(string sentence, EventType type, string source, string target)
    {
        Has(sentence, type, source, target);
    }

    [Fact]
    public void Captives_handed_to_an_organisation_that_carries_them_home_are_released_to_their_state()
    {
        Has("Houthi rebels handed over 20 Saudi detainees to the ICRC in Sanaa on Sunday.", EventType.Concede, "YEM", "SAU");
    }

    [Fact]
    public void Whoever_makes_a_charge_does_not_deny_it_in_the_same_sentence()
    {
        var events = Output("Britain and France have accused Tehran of shipping drones to Moscow, a charge both governments deny.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "GBR" && e.Target?.Code.Value == "IRN");
        Assert.DoesNotContain(events, e => e.Type == EventType.Reject && e.Source.Code.Value is "GBR" or "FRA");
    }

    [Theory]
    [InlineData("Poland's interior minister said two Belarusian nationals working for Russian intelligence had set fire to a warehouse in Warsaw.", "BLR")]
    [InlineData("Two Latvian nationals working for Moscow had planted explosives on a railway line, the Polish minister told parliament on Tuesday.", "LVA")]
    public void A_deed_done_through_agents_is_the_principals_and_alleged_by_whoever_tells_it(string sentence, string passports)
    {
        var events = Output(sentence);
        Assert.Equal([("POL", "RUS")], events.Select(e => (e.Source.Code.Value, e.Target?.Code.Value)));
        Assert.Equal(EventType.Accuse, events[0].Type);
        Assert.DoesNotContain(events, e => e.Source.Code.Value == passports);
    }

    [Fact]
    public void What_a_thing_described_by_a_participle_does_is_not_the_clause_subjects_deed()
    {
        var events = Output("The United States sanctioned 30 entities supplying drone parts to Russia's army.");
        Assert.Equal([(EventType.Sanction, "USA", "RUS")], events.Select(e => (e.Type, e.Source.Code.Value, e.Target?.Code.Value)));
        Has("Britain issued a statement condemning Iran's missile tests on Monday.", EventType.Accuse, "GBR", "IRN");
    }

    [Fact]
    public void A_threat_to_leave_a_body_warns_whoever_the_condition_names()
    {
        Has("Minsk will quit the Collective Security Treaty Organization if Moscow deploys more troops in Belarus, the president said.",
            EventType.Threaten, "BLR", "RUS");
    }

    [Fact]
    public void A_denial_answers_a_charge_made_not_a_measure_only_asked_for()
    {
        Has("Kenya accused Uganda of arming rebels near the border. Kenya's spokesman called on the Security Council to impose sanctions on Ugandan army officers. Uganda's government dismissed the claims as baseless.",
            EventType.Reject, "UGA", "KEN");
    }

    [Fact]
    public void The_grievance_given_for_a_hostile_act_is_the_speakers_accusation_not_a_reported_deed()
    {
        var events = Output("Mali's junta rejected an AU offer of mediation, saying the bloc had sided with France.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "MLI" && e.Target?.Code.Value == "AU");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "AU");
    }
}
