using Entente.Articles;
using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a sixth pass: acts told as nouns that were called off; "the two leaders" as the people last named and a
/// state named as a topic ("the Burkina Faso question") as no party; habits told in a plural present or beside a noun's
/// "claimed by"; a noun's "by" phrase before its target ("an attack by X on Y"), an indefinite act noun as the subject of a
/// reported clause, "any attack" as no report, what an act "left" behind as no departure, and photo captions as page
/// furniture. Every sentence was written for these tests.
/// </summary>
public class BreadthSixthPassTests
{
    [Theory]
    [InlineData("The meeting between the Ghanaian and Togolese foreign ministers was postponed until next month.")]
    [InlineData("Talks between Chad and Sudan set for Friday were called off.")]
    [InlineData("Negotiations between Peru and Bolivia on the border were suspended in June.")]
    [InlineData("The Kenyan president's visit to Uganda, which was cancelled at the last minute, would have been his first.")]
    public void A_meeting_called_off_did_not_happen(string sentence)
    {
        Assert.DoesNotContain(Output(sentence), e => e.Type == EventType.Consult);
    }

    [Fact]
    public void A_meeting_that_went_ahead_is_still_a_meeting()
    {
        Has("Talks between Chad and Sudan opened in Cairo on Friday.", EventType.Consult, "TCD", "SDN");
        // Calling off is a deed of its own when someone does it.
        Has("Chad called off talks with Sudan on Friday.", EventType.Sanction, "TCD", "SDN");
    }

    [Fact]
    public void The_two_leaders_are_the_people_last_named()
    {
        var text = "Kenya's President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
                   + "Ruto said Kenya backed the Ugandan plan for Somalia. After the talks, the two leaders signed a trade pact.";
        var events = Output(text);
        Assert.Contains(events, e => e.Type == EventType.Agree && e.Source.Code.Value is "KEN" or "TZA" && e.Target?.Code.Value is "KEN" or "TZA");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "SOM");
    }

    [Fact]
    public void A_state_named_as_the_topic_is_not_one_of_the_two_countries()
    {
        Has("Ghana's foreign minister met his Togolese counterpart in Accra on Monday. Lome firmly supports Accra's position on the Burkina Faso question, the Togolese minister said. The two countries agreed to reopen the border.",
            EventType.Agree, "TGO", "GHA");
    }

    [Theory]
    [InlineData("Ethiopian officials routinely warn Cairo against building dams upstream.")]
    [InlineData("Turkey routinely sends coast guard and navy vessels into waters claimed by Greece and Cyprus.")]
    [InlineData("For years, Kenyan officials have urged Somalia to secure the border.")]
    public void A_habit_or_a_trend_is_background(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Fact]
    public void A_nouns_by_phrase_may_stand_before_its_target()
    {
        var events = Output("An attack by Eritrean troops on a village in Tigray left three Ethiopian farmers dead.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ERI" && e.Target?.Code.Value == "ETH");
        // What the attack left behind is no withdrawal.
        Assert.DoesNotContain(events, e => e.Type == EventType.Retreat);
    }

    [Fact]
    public void An_indefinite_act_noun_opening_a_reported_clause_is_reported()
    {
        Has("Ethiopia's army said a raid by Eritrean soldiers on a border village in Tigray left four farmers wounded.", EventType.Assault, "ERI", "ETH");
    }

    [Fact]
    public void Any_attack_is_not_an_attack_reported()
    {
        Assert.DoesNotContain(Output("Kenya and Uganda reaffirmed that any attack by Somali militants against Kenyan troops is unacceptable."),
            e => e.Type == EventType.Assault);
    }

    [Fact]
    public void A_photo_caption_is_page_furniture_not_news()
    {
        var text = "Togolese gunboats fired on a Ghanaian fishing boat off Aflao on Monday, Ghana's navy said.\n\n"
                   + "A Togolese gunboat patrols off Lome, in this photo released by Togo's defence ministry.\n\n"
                   + "Togo's government has not commented.";
        // Readers clean every article before it is read, as extract does.
        Assert.DoesNotContain(Output(ArticleCleaner.Clean(text).Text), e => e.Type == EventType.Mobilize);
        Assert.Contains(Output(text), e => e.Type == EventType.Mobilize);
    }

    [Fact]
    public void A_states_force_is_aimed_at_the_foreign_armed_group_its_sentence_names_not_at_home()
    {
        var events = Output("Ethiopia carried out the strike, its army said, because the compound was being used by al-Shabab to store weapons.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ETH" && e.Target?.Code.Value == "SOM");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "ETH");
    }

    [Fact]
    public void Companions_keep_their_own_conjuncts_and_share_an_owned_act()
    {
        var drills = Output("The Kenyan and Ugandan armies, together with a Tanzanian battalion, held joint drills near Arusha on Friday.");
        Assert.Contains(drills, e => e.Type == EventType.Cooperate && e.Source.Code.Value == "KEN" && e.Target?.Code.Value == "UGA");
        Assert.Contains(drills, e => e.Type == EventType.Cooperate && e.Source.Code.Value == "UGA" && e.Target?.Code.Value == "TZA");
        var withdrawal = Output("Chad, along with Niger and Mali, announced its withdrawal from the regional force on Monday.");
        Assert.Equal(["MLI", "NER", "TCD"], withdrawal.Select(e => e.Source.Code.Value).Distinct().Order());
    }

    [Fact]
    public void Flares_released_near_a_craft_are_coercion_not_a_release_of_captives()
    {
        var events = Output("An Iranian drone released flares within 50 metres of a British patrol boat in the Gulf.");
        Assert.Contains(events, e => e.Type == EventType.Coerce && e.Source.Code.Value == "IRN" && e.Target?.Code.Value == "GBR");
        Assert.DoesNotContain(events, e => e.Type == EventType.Concede);
    }

    [Fact]
    public void Idioms_of_the_second_level_codes()
    {
        Has("Washington approved the sale of Patriot missile parts to Poland on Tuesday.", EventType.Aid, "USA", "POL");
        Has("Berlin put on hold a shipment of tank shells to Ankara.", EventType.Sanction, "DEU", "TUR");
        Has("Brussels pulled the plug on a funding programme for Hungary.", EventType.Sanction, "EU", "HUN");
        Has("Belarusian police hauled in three opposition activists for questioning.", EventType.Coerce, "BLR", "BLR");
    }

    [Fact]
    public void An_inverted_condition_in_a_quotation_and_what_would_follow_it_are_not_reports()
    {
        var quoted = Output("Eritrean drones flew near the border on Monday. \"Had the drones crossed into Ethiopian airspace, we would be looking at a different situation,\" said a professor in Addis Ababa.");
        Assert.DoesNotContain(quoted, e => e.Type == EventType.Coerce);
        var following = Output("Chad and Niger began joint drills on Monday. Were any outside force to threaten the region's stability, the two countries would be better prepared to respond together.");
        Assert.DoesNotContain(following, e => e.Type == EventType.Threaten);
        Assert.Contains(following, e => e.Type == EventType.Cooperate);
    }

    [Theory]
    [InlineData("Bulgaria has yet to sign the energy pact with Greece.")]
    [InlineData("A visit to Nairobi by the Ugandan president is not on the agenda, officials said.")]
    [InlineData("A summit between Chad and Sudan is not planned this year.")]
    [InlineData("Greek and Turkish diplomats have met dozens of times over the dispute without a deal.")]
    public void What_is_yet_to_happen_not_planned_or_done_many_times_is_no_act_reported(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Fact]
    public void A_flight_into_a_capital_for_a_visit_is_a_visit_and_blocked_access_to_a_platform_is_censorship()
    {
        Has("Kenya's president flew into Kampala on Monday for a two-day state visit.", EventType.Consult, "KEN", "UGA");
        Assert.DoesNotContain(Output("Kenya's president flew into Kampala on Monday for a two-day state visit."), e => e.Type == EventType.Mobilize);
        var blocked = Output("Ethiopia blocked access to the social media platform TikTok after the vote.");
        Assert.Contains(blocked, e => e.Type == EventType.Coerce && e.Source.Code.Value == "ETH");
        Assert.DoesNotContain(blocked, e => e.Type == EventType.Protest);
        // Planes flown into airspace are still an intrusion.
        Has("Russian bombers flew into Japanese airspace on Monday.", EventType.Coerce, "RUS", "JPN");
    }

    [Fact]
    public void A_hedge_on_what_was_fired_is_no_hedge_on_the_firing()
    {
        Has("Iran launched what appeared to be a medium-range ballistic missile over the Gulf on Monday.", EventType.Mobilize, "IRN", null);
        Has("Sudan's army fired what may have been a guided missile at a Chadian border post.", EventType.Assault, "SDN", "TCD");
    }

    [Fact]
    public void An_arrest_told_in_the_passive_is_the_deed_of_the_security_organ_that_announces_it()
    {
        Has("Two Russian nationals were detained near a military base on Monday, Polish police said.", EventType.Coerce, "POL", "RUS");
        // Not when the announcer speaks for the people held.
        Assert.DoesNotContain(Output("Three Palestinians were arrested in Hebron, the Palestinian health ministry said."),
            e => e.Type == EventType.Coerce && e.Source.Code.Value == "PSE" && e.Target?.Code.Value != "PSE");
    }

    [Fact]
    public void A_protest_note_handed_to_an_envoy_is_a_formal_complaint_to_the_envoys_state()
    {
        Has("Ghana's foreign ministry handed Togo's ambassador a formal protest note on Wednesday.", EventType.Accuse, "GHA", "TGO");
        Has("Latvia's foreign ministry handed the Belarusian charge d'affaires a note of protest.", EventType.Accuse, "LVA", "BLR");
    }
}
