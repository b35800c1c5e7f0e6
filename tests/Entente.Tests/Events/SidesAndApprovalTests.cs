using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Denying another actor's conduct an approving word condemns it (rule sentence:pejorative-predicate, list 'approving');
/// doers of several states acting on one of their own act as the other side (<c>Phrases.AnotherSideActs</c>); a people's
/// adjective joined to a named body shares its sector (actor rule shared-head); an act condemned in the reason for an act
/// against another is that one's (sentence:condemned-in-reason); a relative clause set off by a comma condemning the act
/// just told "as" something accuses its doer (sentence:pejorative-name). Every sentence was written for these tests.
/// </summary>
public class SidesAndApprovalTests
{
    [Fact]
    public void An_approving_word_denied_to_another_actors_conduct_is_an_accusation()
    {
        Has("Canberra said on Monday that Fiji's snap election was neither free nor fair.", EventType.Accuse, "AUS", "FJI");
        Has("London said Zimbabwe's presidential vote was not free and fair.", EventType.Accuse, "GBR", "ZWE");
        Has("Tokyo said the seizure of the trawler by Russia was not legitimate.", EventType.Accuse, "JPN", "RUS");
    }

    [Fact]
    public void An_approving_word_granted_or_deeper_in_the_predicate_is_no_accusation()
    {
        HasNo("Observers from the African Union said Ghana's election was free and fair.", EventType.Accuse);
        HasNo("Nairobi said the case against the activist is not about free speech.", EventType.Accuse);
    }

    [Fact]
    public void Doers_of_two_states_harming_one_of_their_own_are_the_other_side()
    {
        var events = Output("Kyrgyz and Tajik border guards traded fire on the frontier on Sunday, killing one Kyrgyz guard.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "TJK" && e.Target?.Code.Value == "KGZ");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "KGZ" && e.Target?.Code.Value == "KGZ");
        // The people's adjective joined to the named body takes its sector.
        Assert.Contains(events, e => e.Source.Code.Value == "KGZ" && e.Source.Sector == "GOV" && e.Source.Rule.EndsWith("shared-head", StringComparison.Ordinal));
    }

    [Fact]
    public void An_act_condemned_in_the_reason_for_an_act_against_another_is_that_ones()
    {
        // The speaker's own posts, named in the act's phrase, are whom it struck, not whom the speaker accuses.
        var events = Output("Oman recalled its envoy to Yemen, saying the shelling of Omani border posts was unacceptable.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "OMN" && e.Target?.Code.Value == "YEM");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Target?.Code.Value == "OMN");
        Has("Oman recalled its envoy to Yemen, adding that the shelling of its border posts was unacceptable.", EventType.Accuse, "OMN", "YEM");
        // A doer named in the act's phrase stays its own: the government accuses the insurgents.
        Has("Islamabad said the Pakistani Taliban's attack on the school was a heinous crime.", EventType.Accuse, "PAK", "PAK");
        // Only an act against another gives a reason to read: a welcome does not.
        HasNo("Chile welcomed Peru's new ambassador on Monday, saying the appointment was a historic step.", EventType.Accuse);
    }

    [Fact]
    public void A_relative_clause_condemning_the_act_just_told_as_something_accuses_its_doer()
    {
        Has("Algeria closed its airspace to Moroccan flights, a decision that Rabat has condemned as hostile.", EventType.Accuse, "MAR", "DZA");
        // Not set off by a comma, the noun is no restatement of the act: no guess at whose policy it is.
        var events = Output("Algeria closed its airspace to Moroccan flights under a policy that Rabat has condemned as inhumane.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Target?.Code.Value == "MAR");
    }

    [Fact]
    public void A_passive_act_denied_before_its_verb_is_not_done()
    {
        HasNo("Vilnius said Lithuania will not be intimidated by Russia.", EventType.Coerce);
        HasNo("Manila said the Philippines would never be intimidated by Beijing's coast guard.", EventType.Threaten);
        HasNo("Manila said the Philippines would never be intimidated by Beijing's coast guard.", EventType.Coerce);
        // Told as done, the passive act stands.
        Has("Estonia was intimidated by Russia's drills, officials admitted.", EventType.Coerce, "RUS", "EST");
    }

    [Fact]
    public void Calling_an_act_terror_condemns_its_doer()
    {
        Has("Kinshasa said the raid by Rwandan troops was an act of terror.", EventType.Accuse, "COD", "RWA");
        Has("Rwandan drones struck the camp on Monday. Kinshasa called the strike deliberate terror against civilians.", EventType.Accuse, "COD", "RWA");
    }

    [Fact]
    public void A_quoted_label_set_beside_the_act_named_condemns_its_doer()
    {
        Has("Latvia expelled a Russian diplomat on Monday. The Russian embassy called the move \"another hostile step\" by Riga.", EventType.Accuse, "RUS", "LVA");
        Has("Hanoi seized a Chinese trawler on Friday. Beijing called the seizure \"a blatant provocation\".", EventType.Accuse, "CHN", "VNM");
    }

    [Fact]
    public void Retaliatory_measures_promised_are_a_threat_and_taken_are_sanctions()
    {
        Has("Latvia expelled a Russian diplomat on Monday. Moscow said it would take retaliatory measures.", EventType.Threaten, "RUS", "LVA");
        var taken = Output("China took retaliatory measures against Canada on Friday.");
        Assert.Contains(taken, e => e.Type == EventType.Sanction && e.Source.Code.Value == "CHN" && e.Target?.Code.Value == "CAN");
        Assert.DoesNotContain(taken, e => e.Type == EventType.Threaten);
    }

    [Fact]
    public void An_act_done_at_another_actors_request_tells_the_request()
    {
        Has("Chadian jets bombed rebel camps near the border on Friday at the request of Niger's government.", EventType.Request, "NER", "TCD");
        Has("Rwanda sent 1,000 troops to Mozambique at the behest of Maputo, the army said.", EventType.Request, "MOZ", "RWA");
        // What an analyst says was done on whose request is a reading, not the act; nor is an act denied.
        HasNo("An analyst said Chad sent troops at the request of Niger.", EventType.Request);
        HasNo("Chad did not send troops at the request of Niger.", EventType.Request);
    }

    [Fact]
    public void A_charge_set_beside_an_accusation_and_denied_is_the_accused_rejecting_the_accuser()
    {
        Has("Chad accused Sudan of arming the rebels, a charge Sudan denies.", EventType.Reject, "SDN", "TCD");
        Has("Chad accused Sudan on Monday of arming the rebels, an accusation that Khartoum flatly rejected.", EventType.Reject, "SDN", "TCD");
        // A standing charge meets a standing denial: no event of either.
        HasNo("Chad has long accused Sudan of arming the rebels, a charge Sudan denies.", EventType.Reject);
        // Not denied.
        HasNo("Chad accused Sudan of arming the rebels, a charge Sudan has not denied.", EventType.Reject);
    }

    [Fact]
    public void A_participle_describing_people_or_things_is_not_the_subjects_act()
    {
        HasNo("Peru handed 14 men accused of smuggling gold over to Bolivia on Tuesday.", EventType.Accuse);
        HasNo("Ukraine shot down 30 missiles launched at Kyiv overnight.", EventType.Assault);
        // With its own auxiliary it is a clause of its own: the country was admitted.
        Has("Chile became the first Latin American state to be admitted to the OECD's nuclear energy agency.", EventType.Cooperate, "CHL", "OECD");
    }

    [Fact]
    public void A_subject_dated_years_before_the_story_dates_its_act_as_background()
    {
        var events = Output("Ethiopia and Eritrea held talks on 5 May 2025. Ethiopia's 2020-2022 war in Tigray killed thousands of Eritrean troops.");
        Assert.Contains(events, e => e.Type == EventType.Consult);
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void A_count_up_to_now_told_in_the_perfect_is_background()
    {
        var events = Output("Sri Lanka's navy arrested 12 Indian fishermen on Sunday. The navy has arrested 140 Indian fishermen so far this year.");
        Assert.Single(events, e => e.Type == EventType.Coerce);
    }

    [Fact]
    public void A_headline_participle_of_force_without_auxiliary_makes_its_subject_the_victim()
    {
        var events = Output("Chadian soldier killed in Sudan border ambush\n\nThe army said a patrol came under fire near the frontier on Sunday.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "TCD");
    }

    [Fact]
    public void Releasing_sketches_or_names_frees_no_one()
    {
        HasNo("Police in Karachi said they were hunting four gunmen and released sketches of two of them.", EventType.Concede);
        Has("Pakistan released 20 Indian fishermen on Friday.", EventType.Concede, "PAK", "IND");
    }

    [Fact]
    public void Recognition_switched_from_one_actor_to_another_breaks_with_the_first_and_recognises_the_second()
    {
        Has("Tuvalu switched diplomatic recognition from Taipei to Beijing on Friday.", EventType.Sanction, "TUV", "TWN");
        Has("Tuvalu switched diplomatic recognition from Taipei to Beijing on Friday.", EventType.Support, "TUV", "CHN");
        // Denied, or years before the story's time, it is no act of the story.
        HasNo("Tuvalu has not switched its ties from Taipei to Beijing, officials said.", EventType.Sanction);
        HasNo("Kiribati shifted diplomatic ties from Taiwan to China in 2019, the minister said on 3 May 2025.", EventType.Sanction);
    }

    [Fact]
    public void Speaking_on_the_hotline_or_the_phone_is_a_consultation()
    {
        Has("The army chiefs of Armenia and Azerbaijan spoke on the hotline on Sunday.", EventType.Consult, "ARM", "AZE");
        Has("Chile's and Peru's defence ministers talked on the phone on Monday.", EventType.Consult, "CHL", "PER");
    }
}
