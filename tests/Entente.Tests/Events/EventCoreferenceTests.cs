using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>One act told several times is one event, with the first body sentence as evidence (sentences written for these tests).</summary>
public class EventCoreferenceTests
{
    private static List<Event> Output(string text) => SharedPipeline.OutputEvents(text);

    [Fact]
    public void A_headline_and_the_lead_that_tell_one_act_are_one_event_with_the_lead_as_evidence()
    {
        var events = Output("Kenya accuses Somalia of airspace violation\n\nKenya accused Somalia on Monday of violating its airspace with military planes.\n\nNairobi said the planes crossed the border twice.");
        var accuse = Assert.Single(events, e => e.Type == EventType.Accuse);
        Assert.Equal(1, accuse.SentenceIndex);
        Assert.StartsWith("Kenya accused Somalia on Monday", accuse.Sentence);
        var headline = Assert.Single(accuse.Retellings);
        Assert.Equal(0, headline.SentenceIndex);
        Assert.Equal("Kenya accuses Somalia of airspace violation", headline.Sentence);
        Assert.Equal(2, accuse.Mentions);
        Assert.Contains(accuse.Rules, r => r.StartsWith("coreference:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_doers_own_account_of_an_act_already_told_is_the_same_act()
    {
        var events = Output("Sudanese drones struck a fuel depot in Mekelle on Monday, Ethiopian officials said. Addis Ababa called the attack unacceptable. Sudan's army said it had carried out a strike on rebel supply lines in Mekelle.");
        var strike = Assert.Single(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "SDN");
        Assert.Contains(EventCoreference.DoersAccountRule, strike.Rules);
        // "also" tells a second act.
        var two = Output("Sudanese drones struck a fuel depot in Mekelle on Monday, Ethiopian officials said. Sudan's army said it had also carried out a strike on a bridge in Mekelle.");
        Assert.Equal(2, two.Count(e => e.Type == EventType.Assault && e.Source.Code.Value == "SDN"));
    }

    [Fact]
    public void The_doers_own_account_naming_no_target_is_the_act_told_with_one_even_after_the_reactions()
    {
        const string story = "Azerbaijani forces shelled Armenian border villages overnight, Armenia's defence ministry said.\n\n"
            + "Two farmers were wounded near the village school. Yerevan called the shelling a grave provocation.\n\n"
            + "France urged both sides to show restraint. The European Union said it was following events closely.\n\n"
            + "Local officials said the school would stay closed for a week. Electricity was cut in three villages.\n\n"
            + "Azerbaijan's defence ministry said its units had carried out precise strikes on firing positions.";
        var events = Output(story);
        var shelling = Assert.Single(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "AZE");
        Assert.Equal("ARM", shelling.Target?.Code.Value);
        Assert.Contains(EventCoreference.DoersAccountRule, shelling.Rules);
    }

    [Fact]
    public void A_claim_of_responsibility_for_an_act_already_told_is_that_act()
    {
        var events = Output("Gunmen from the Shining Path attacked a police post in Ayacucho, Peru, on Monday, killing four officers. The Shining Path claimed responsibility for the attack on Tuesday.");
        var attack = Assert.Single(events, e => e.Type == EventType.Assault);
        Assert.Contains(EventCoreference.ResponsibilityClaimRule, attack.Rules);
        Assert.Contains(attack.Retellings, m => m.Sentence.StartsWith("The Shining Path claimed", StringComparison.Ordinal));
        // A claim that names another act is another act.
        var two = Output("Gunmen from the Shining Path attacked a police post in Ayacucho, Peru, on Monday. The Shining Path also claimed responsibility for another attack on a bridge.");
        Assert.Equal(2, two.Count(e => e.Type == EventType.Assault));
    }

    [Fact]
    public void The_next_sentence_telling_the_act_by_a_reference_to_its_doer_goes_on_telling_it()
    {
        var events = Output("Militants from the Shining Path stormed a police post in Ayacucho, Peru, on Monday. They attacked the post with grenades and rifles.");
        var attack = Assert.Single(events, e => e.Type == EventType.Assault);
        Assert.Contains(EventCoreference.DoerToldOnRule, attack.Rules);
        // "again" tells a second act; so does an act of two parties ("the two countries signed" after a pledge).
        var again = Output("Militants from the Shining Path stormed a police post in Ayacucho, Peru, on Monday. They attacked the post again on Tuesday.");
        Assert.Equal(2, again.Count(e => e.Type == EventType.Assault));
        var deals = Output("Qatar pledged to invest $10 billion in Chile as the emir visited Santiago. The two countries signed a trade agreement.");
        Assert.DoesNotContain(deals, e => e.Rules.Contains(EventCoreference.DoerToldOnRule));
    }

    [Fact]
    public void A_headline_act_aimed_at_no_one_named_joins_the_body_telling_that_names_its_target()
    {
        // The headline's release has no one named to release to: the coder supposes the doer's own people, which names no one.
        var events = Output("Colombia frees 12 prisoners\n\nColombia freed 12 Venezuelan prisoners on Monday under a deal with Caracas.");
        var release = Assert.Single(events, e => e.Type == EventType.Concede);
        Assert.Equal(("COL", "VEN"), (release.Source.Code.Value, release.Target?.Code.Value));
        Assert.Contains(EventCoreference.HeadlineRule, release.Rules);
    }

    [Fact]
    public void An_act_told_as_a_cause_and_then_for_itself_is_one_event()
    {
        var events = Output("Bolivia threatened Paraguay with tariffs on Monday after Paraguay imposed a ban on Bolivian fruit. The row has soured trade talks. Asuncion banned imports of Bolivian fruit last week, citing a fungus.");
        var ban = Assert.Single(events, e => e.Type == EventType.Sanction && e.Source.Code.Value == "PRY");
        Assert.Contains(EventCoreference.CauseToldAgainRule, ban.Rules);
        // A second measure said to be one ("also") stays a second event.
        var two = Output("Bolivia threatened Paraguay with tariffs on Monday after Paraguay imposed a ban on Bolivian fruit. Asuncion also banned imports of Bolivian beef in March.");
        Assert.Equal(2, two.Count(e => e.Type == EventType.Sanction && e.Source.Code.Value == "PRY"));
    }

    [Fact]
    public void An_act_said_again_in_other_words_in_a_retelling_sentence_is_the_same_act()
    {
        var events = Output("Lithuania accused Belarusian border guards of helping migrants cross on Monday. Vilnius accused Belarusian border guards of helping migrants cross and held Belarus responsible.");
        Assert.Single(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "LTU" && e.Target?.Code.Value == "BLR");
    }

    [Fact]
    public void A_meeting_told_on_by_a_reference_to_its_parties_is_the_same_meeting()
    {
        var events = Output("Brazil's foreign minister spoke by phone with his Argentine counterpart on Monday. The two discussed trade and the Mercosur summit.");
        var call = Assert.Single(events, e => e.Type == EventType.Consult);
        Assert.Equal(0, call.SentenceIndex);
        Assert.Contains(EventCoreference.MeetingToldOnRule, call.Rules);
        // Parties named again by name may have met again: that is not folded by this rule.
        var twice = Output("Brazil's foreign minister met his Argentine counterpart on Monday. On Friday Brazil and Argentina held talks in Montevideo.");
        Assert.DoesNotContain(twice, e => e.Rules.Contains(EventCoreference.MeetingToldOnRule));
    }

    [Fact]
    public void A_headline_protest_joins_the_lead_telling_the_same_act_as_a_complaint()
    {
        var events = Output("Peru protests Chilean patrol boat incursion\n\nPeru lodged a formal complaint with Chile on Monday after a Chilean patrol boat entered its waters.");
        var complaint = Assert.Single(events, e => e.Source.Code.Value == "PER");
        Assert.Equal(1, complaint.SentenceIndex);
        Assert.Equal(EventType.Accuse, complaint.Type);
        Assert.Single(complaint.Retellings);
        Assert.Contains(EventCoreference.HeadlineRule, complaint.Rules);
    }

    [Fact]
    public void A_headline_naming_only_the_state_joins_the_lead_naming_one_of_its_armed_groups()
    {
        var events = Output("Yemen rejects Saudi claim over border clash\n\nThe Houthis on Sunday rejected a Saudi claim that their fighters had crossed the border.\n\nThe group said the report was false.");
        var rejection = Assert.Single(events, e => e.Type == EventType.Reject);
        Assert.Equal(1, rejection.SentenceIndex);
        // The headline, and "the report" called false by the group, tell the same rejection.
        Assert.Equal([0, 2], rejection.Retellings.Select(m => m.SentenceIndex));
    }

    [Fact]
    public void Tellings_paragraphs_apart_sharing_one_topic_word_in_other_words_are_two_acts()
    {
        var events = Output("Brazil is keeping new tariffs in place on Argentina, officials said on Sunday. The decision worried farmers. "
            + "Markets fell for a week. Brazil at first imposed 20% tariffs on Argentine wheat exports in March.");
        var sanctions = events.Where(e => e.Type == EventType.Sanction).ToList();
        Assert.Equal(2, sanctions.Count);
        Assert.Contains(sanctions, e => e.Sentence.StartsWith("Brazil at first imposed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_telling_that_names_the_act_by_the_first_tellings_noun_made_definite_is_one_act()
    {
        var events = Output("Chile hopes to settle the fishing dispute during talks on Thursday with Peru. "
            + "On Thursday, the Chilean foreign minister will join the trade envoy for the Lima talks with Peru.");
        var talks = Assert.Single(events, e => e.Type == EventType.Consult);
        Assert.Equal(0, talks.SentenceIndex);
        Assert.Equal(("CHL", "PER"), (talks.Source.Code.Value, talks.Target!.Code.Value));
        Assert.Equal(1, Assert.Single(talks.Retellings).SentenceIndex);
    }

    [Fact]
    public void Tellings_paragraphs_apart_sharing_two_topic_words_are_one_act()
    {
        var events = Output("Chile and Peru launched a joint naval patrol on Monday. Fishermen welcomed the news. Prices rose. "
            + "Under the cooperation plan, Chilean and Peruvian ships conducted the joint naval patrol for six hours.");
        var patrol = Assert.Single(events, e => e.Type == EventType.Cooperate);
        Assert.Equal(0, patrol.SentenceIndex);
    }

    [Fact]
    public void A_headline_act_the_body_does_not_tell_keeps_the_headline_as_evidence()
    {
        var events = Output("Kenya accuses Somalia of airspace violation\n\nThe weather in Nairobi was mild on Monday.");
        var accuse = Assert.Single(events, e => e.Type == EventType.Accuse);
        Assert.Equal(0, accuse.SentenceIndex);
        Assert.Empty(accuse.Retellings);
    }

    [Fact]
    public void A_headline_naming_the_target_the_lead_leaves_out_joins_the_lead()
    {
        var events = Output("Vietnam hosts Laos leader\n\nVietnam's president met Lao leaders in Hanoi on Tuesday.");
        var consult = Assert.Single(events, e => e.Type == EventType.Consult);
        Assert.Equal(1, consult.SentenceIndex);
        Assert.Contains(consult.Retellings, m => m.SentenceIndex == 0);
    }

    [Fact]
    public void Two_acts_of_one_kind_at_different_times_stay_apart()
    {
        var events = Output("Chile recalls envoy\n\nChina accused Japan of provocation on Monday. Last month, Beijing also accused Tokyo of spying.");
        Assert.Equal(2, events.Count(e => e.Type == EventType.Accuse && e.Source.Code.Value == "CHN" && e.Target?.Code.Value == "JPN"));
    }

    [Fact]
    public void A_sentence_is_display_text_when_it_is_a_whole_paragraph_without_a_full_stop()
    {
        var pipeline = SharedPipeline.Instance;
        var document = pipeline.Read(new Article("t", "Storm hits coast\n\nA storm hit the coast on Friday. Roads were closed.\n\nPhoto: the harbour at dawn"));
        Assert.True(EventCoreference.IsDisplaySentence(document, 0));
        Assert.False(EventCoreference.IsDisplaySentence(document, 1));
        Assert.False(EventCoreference.IsDisplaySentence(document, 2));
    }

    [Fact]
    public void Merged_tellings_list_their_sentences_in_order()
    {
        var events = Output("China and Russia launched a joint air patrol over the Sea of Japan. The joint patrol was the ninth since 2019, and Chinese and Russian bombers carried out joint patrols again in December.");
        var patrol = Assert.Single(events, e => e.Type == EventType.Cooperate);
        Assert.Equal(patrol.Mentions, patrol.Retellings.Count + 1);
        Assert.All(patrol.Retellings, m => Assert.NotEqual(patrol.SentenceIndex, m.SentenceIndex));
    }

    [Fact]
    public void A_later_reference_to_the_act_by_a_possessive_is_a_retelling()
    {
        var events = Output("Peru's president visited Chile on Monday.\n\nThe talks covered trade.\n\nLater, Peru's visit to Chile drew praise from Peruvian exporters.");
        var consult = Assert.Single(events, e => e.Type == EventType.Consult && e.Source.Code.Value == "PER");
        Assert.Equal(0, consult.SentenceIndex);
        Assert.Contains(consult.Retellings, m => m.Sentence.StartsWith("Later, Peru's visit", StringComparison.Ordinal));
        Assert.Contains(EventCoreference.RetellingRule, consult.Rules);
    }

    [Fact]
    public void The_same_act_again_is_another_event()
    {
        var events = Output("Peru's president visited Chile on Monday.\n\nPeru's president visited Chile again in June, officials said.");
        Assert.Equal(2, events.Count(e => e.Type == EventType.Consult && e.Source.Code.Value == "PER"));
    }

    [Fact]
    public void A_headline_count_that_differs_from_the_leads_is_another_act()
    {
        var events = Output("Ugandan troops kill 40 rebels in raids\n\nUgandan troops killed three attackers who stormed a village on Monday.");
        Assert.Equal(2, events.Count(e => e.Type == EventType.Assault && e.Source.Code.Value == "UGA"));
        // Without the counts the headline retells the lead.
        var merged = Output("Ugandan troops kill rebels in raids\n\nUgandan troops killed attackers who stormed a village on Monday.");
        var assault = Assert.Single(merged, e => e.Type == EventType.Assault && e.Source.Code.Value == "UGA");
        Assert.Equal(1, assault.SentenceIndex);
    }

    [Fact]
    public void Forces_and_rebels_of_one_country_are_not_one_actor()
    {
        var events = Output("Congolese troops attacked rebel camp\n\nM23 rebels attacked a Congolese army post near Goma on Monday.");
        Assert.Equal(2, events.Count(e => e.Type == EventType.Assault && e.Source.Code.Value == "COD"));
    }

    [Fact]
    public void An_unaimed_restatement_in_the_same_sentence_is_the_aimed_act()
    {
        var events = Output("Ethiopian troops fired shells at Eritrean positions on Monday, killing or wounding 30.");
        var assault = Assert.Single(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "ETH");
        Assert.Equal("ERI", assault.Target?.Code.Value);
    }

    [Fact]
    public void Two_finite_verbs_of_one_sentence_tell_two_acts_but_a_participle_restates_one()
    {
        // "shelled … and bombed …": two verbs, two acts, even between the same two states.
        var two = Output("Eritrea shelled Ethiopian border posts on Monday and bombed Ethiopian towns.");
        Assert.Equal(2, two.Count(e => e.Type == EventType.Assault && e.Source.Code.Value == "ERI" && e.Target?.Code.Value == "ETH"));
        // "…, striking …": the participle tells how the one act was done.
        var one = Output("Eritrea attacked Ethiopia on Monday, striking Ethiopian towns with rockets.");
        Assert.Single(one, e => e.Type == EventType.Assault && e.Source.Code.Value == "ERI" && e.Target?.Code.Value == "ETH");
    }

    [Fact]
    public void Acts_of_one_actor_in_different_sentences_stay_apart()
    {
        var events = Output("Ethiopian troops shelled Eritrean positions on Monday.\n\nLater, Ethiopian troops attacked again.");
        Assert.Equal(2, events.Count(e => e.Type == EventType.Assault && e.Source.Code.Value == "ETH"));
    }

    [Fact]
    public void A_participle_telling_how_drills_were_held_is_the_same_act_as_the_drills()
    {
        var events = Output("Russia launches large-scale drills around Estonia after president's speech\n\nTALLINN, Oct 14 - Russia's military began large-scale exercises around Estonia on Monday, deploying warships and fighter jets in what it called a stern warning to nationalist forces.");
        var drill = Assert.Single(events, e => e.Type == EventType.Mobilize);
        // The lead retells the headline, and the participle joins the lead's telling of the act in the same sentence.
        Assert.Equal(1, drill.SentenceIndex);
        Assert.Contains(EventCoreference.BodyEvidenceRule, drill.Rules);
    }

    [Fact]
    public void An_observers_report_of_forces_sighted_during_drills_already_told_is_the_same_act()
    {
        var events = Output("Chile's navy began large drills near the Peruvian coast on Monday. Peru's defence ministry said it had detected 12 Chilean warships by Monday evening.");
        var drill = Assert.Single(events, e => e.Type == EventType.Mobilize && e.Source.Code.Value == "CHL");
        Assert.Contains(EventCoreference.ObserversAccountRule, drill.Rules);
        // A report that names another act is its own event.
        var two = Output("Chile's navy began large drills near the Peruvian coast on Monday. Peru's defence ministry said it had also detected two Chilean submarines in another area.");
        Assert.Equal(2, two.Count(e => e.Type == EventType.Mobilize && e.Source.Code.Value == "CHL"));
    }

    [Fact]
    public void A_participle_after_a_comma_is_done_by_the_main_subject_and_tells_the_same_attack()
    {
        // The parse may hang "shelling" on "post" as a reduced relative; a post does not shell (rule source:comma-participle).
        var events = Output("Chilean troops attacked a Peruvian border post on Monday, shelling the area for three hours.");
        var attack = Assert.Single(events, e => e.Type == EventType.Assault);
        Assert.Equal(("CHL", "PER"), (attack.Source.Code.Value, attack.Target?.Code.Value));
    }
}
