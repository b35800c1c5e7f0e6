using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a tenth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthTenthPassTests
{
    [Theory]
    [InlineData("The African Union urged the warring parties in Sudan to return to talks in Jeddah.", "AU", "SDN")]
    [InlineData("Norway appealed to the warring factions in Myanmar to let aid convoys through.", "NOR", "MMR")]
    [InlineData("The EU called on the parties to the conflict in Ethiopia to protect civilians.", "EU", "ETH")]
    public void The_warring_parties_of_a_named_place_are_that_state(string sentence, string source, string target)
    {
        var request = Assert.Single(Output(sentence), e => e.Type == EventType.Request);
        Assert.Equal(source, request.Source.Code.Value);
        Assert.Equal(target, request.Target?.Code.Value);
    }

    [Fact]
    public void The_warring_parties_are_never_the_speakers_own_forces()
    {
        var events = Output("The United States urged the warring parties in Yemen to accept the truce.");
        Assert.Contains(events, e => e.Type == EventType.Request && e.Source.Code.Value == "USA" && e.Target?.Code.Value == "YEM");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "USA");
    }

    [Theory]
    [InlineData("Pyongyang said Washington would bear full responsibility for the consequences of the drills.", "PRK", "USA")]
    [InlineData("Ankara said Athens would be held fully responsible for any incident in the Aegean.", "TUR", "GRC")]
    [InlineData("Tehran vowed that Riyadh would pay a heavy price for its role.", "IRN", "SAU")]
    public void A_penalty_a_speaker_says_another_actor_will_bear_is_a_threat_against_it(string sentence, string source, string target) =>
        OneShapedBy(sentence, EventType.Threaten, source, target, "sentence:penalty-if");

    // The sentence's one event of <type>, from <source> to <target>, shaped by <rule>.
    private static void OneShapedBy(string sentence, EventType type, string source, string target, string rule)
    {
        var e = Assert.Single(Output(sentence), x => x.Type == type);
        Assert.Equal((source, target), (e.Source.Code.Value, e.Target?.Code.Value));
        Assert.Contains(rule, e.Rules);
    }

    [Fact]
    public void Responsibility_a_speaker_takes_on_itself_threatens_no_one()
    {
        HasNo("Seoul said it would bear full responsibility for the cost of the base.", EventType.Threaten);
    }

    [Theory]
    [InlineData("Turkey launched large-scale joint drills near Cyprus on Thursday.", "TUR", "CYP")]
    [InlineData("The Venezuelan army staged joint combat patrols along the border with Guyana.", "VEN", "GUY")]
    public void Joint_drills_of_one_party_with_no_partner_are_its_show_of_force(string sentence, string source, string target)
    {
        var drill = Assert.Single(Output(sentence));
        Assert.Equal(EventType.Mobilize, drill.Type);
        Assert.Equal(source, drill.Source.Code.Value);
        Assert.Equal(target, drill.Target?.Code.Value);
    }

    [Theory]
    [InlineData("Egypt held joint naval drills with Greece in the Mediterranean.", "EGY", "GRC")]
    [InlineData("Peru and Chile staged joint drills along their coast.", "PER", "CHL")]
    public void Joint_drills_with_a_partner_stay_cooperation(string sentence, string first, string second)
    {
        var drill = Assert.Single(Output(sentence));
        Assert.Equal(EventType.Cooperate, drill.Type);
        Assert.Equal(new[] { first, second }.Order(), new[] { drill.Source.Code.Value, drill.Target!.Code.Value }.Order());
    }

    [Fact]
    public void A_test_fire_conducted_is_a_launch()
    {
        Has("Pakistan conducted a test-fire of a new ballistic missile on Friday.", EventType.Mobilize, "PAK", null);
    }

    [Theory]
    [InlineData("Kristalina Georgieva, the Bulgarian economist who heads the IMF, urged Kenya to cut spending.", "IMF", "BGR")]
    [InlineData("Marta Quiroga, the Chilean lawyer who heads the OAS election mission, urged Bolivia to free the detained candidates.", "OAS", "CHL")]
    [InlineData("Ana Ferreira, the Portuguese judge who presides over the International Criminal Court, urged Hungary to arrest the suspect.", "ICC", "PRT")]
    public void A_person_described_by_nationality_acts_for_the_body_they_lead(string sentence, string body, string nationality)
    {
        var events = Output(sentence);
        var request = Assert.Single(events);
        Assert.Equal(body, request.Source.Code.Value);
        Assert.DoesNotContain(events, e => e.Source.Code.Value == nationality);
    }

    [Fact]
    public void A_past_office_in_an_apposition_names_no_side_the_person_acts_for()
    {
        var events = Output("Mahmoud Ali Youssouf, the African Union Commission chairman and a former Djiboutian foreign minister, met Ethiopia's prime minister in Addis Ababa.");
        Assert.Contains(events, e => e.Type == EventType.Consult && e.Source.Code.Value == "AU");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "DJI");
    }

    [Theory]
    [InlineData("Hanoi said Beijing's new maritime rules jeopardize freedom of navigation.", "VNM", "CHN")]
    [InlineData("Kyiv's drone raids have sabotaged the talks, the Kremlin said.", "RUS", "UKR")]
    [InlineData("Rabat said Algerian arms shipments to the Polisario Front destabilise the region.", "MAR", "DZA")]
    public void Wrongdoing_a_speaker_says_of_another_actors_conduct_criticises_it(string sentence, string source, string target) =>
        OneShapedBy(sentence, EventType.Accuse, source, target, "sentence:wrongdoing-said-of-another");

    [Theory]
    [InlineData("Hanoi said Beijing's new maritime rules do not jeopardize freedom of navigation.")]
    [InlineData("Analysts said Beijing's new maritime rules jeopardize freedom of navigation.")]
    [InlineData("Hanoi always says that it respects the law, and Beijing has violated it.")]
    public void Wrongdoing_denied_told_by_a_commentator_or_outside_what_is_said_criticises_no_one(string sentence)
    {
        HasNo(sentence, EventType.Accuse);
    }

    [Fact]
    public void A_targetless_telling_of_an_aimed_act_in_the_next_sentences_is_its_retelling()
    {
        var events = Output("Two Russian bombers entered Japan's air defence identification zone on Tuesday, the Defence Ministry said. "
            + "The aircraft flew over the Sea of Japan for about two hours before turning back.");
        var incursion = Assert.Single(events);
        Assert.Equal(("RUS", EventType.Mobilize, "JPN"), (incursion.Source.Code.Value, incursion.Type, incursion.Target?.Code.Value));
        Assert.Equal(0, incursion.SentenceIndex);
        Assert.Equal(1, Assert.Single(incursion.Retellings).SentenceIndex);
    }

    [Theory]
    [InlineData("Separately, Russian warships sailed through the Tsugaru Strait.")]
    [InlineData("Russian warships also sailed through the Tsugaru Strait.")]
    public void A_targetless_act_marked_as_fresh_news_or_one_more_stays_its_own(string second)
    {
        var events = Output("Two Russian bombers entered Japan's air defence identification zone on Tuesday, the Defence Ministry said. " + second);
        Assert.Equal(2, events.Count(e => e.Type == EventType.Mobilize && e.Source.Code.Value == "RUS"));
    }

    [Theory]
    [InlineData("Honduras transferred 12 alleged gang operatives to El Salvador on Thursday.", EventType.Cooperate, "HND", "SLV")]
    [InlineData("Ecuador sent four fugitives to Colombia under the extradition treaty.", EventType.Cooperate, "ECU", "COL")]
    [InlineData("Azerbaijan sent 15 prisoners to Armenia on Saturday.", EventType.Concede, "AZE", "ARM")]
    [InlineData("India began charging a 30% duty on Chinese solar panels on Monday.", EventType.Sanction, "IND", "CHN")]
    public void People_handed_to_another_state_and_tariffs_charged_are_coded(string sentence, EventType type, string source, string target) =>
        Has(sentence, type, source, target);

    [Fact]
    public void Prisoners_sent_to_a_place_that_is_no_actor_are_no_event()
    {
        Assert.Empty(Output("The court sent the prisoners to a jail outside Lima."));
    }

    [Theory]
    [InlineData("The Kenyan president declared war on corruption in the police.")]
    [InlineData("Japan's defence minister refused to be drawn on whether Tokyo would send ships.")]
    [InlineData("German carmaker Volkswagen pulled out of a battery project in Serbia.")]
    [InlineData("Low Chinese steel prices threaten to derail Australia's mining recovery.")]
    [InlineData("Weak Turkish export figures threaten to undermine the lira, economists said.")]
    public void Idioms_of_war_and_refusal_and_economic_figures_as_subjects_are_no_event(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Theory]
    [InlineData("Armenia declared war on Azerbaijan.", EventType.Threaten, "ARM", "AZE")]
    [InlineData("Chinese warships threaten Philippine supply boats near the shoal.", EventType.Threaten, "CHN", "PHL")]
    public void The_same_words_with_actors_still_act(string sentence, EventType type, string source, string target) =>
        Has(sentence, type, source, target);

    [Fact]
    public void What_parties_including_the_speaker_should_do_demands_nothing_of_the_others()
    {
        HasNo("Indonesian President Prabowo met Malaysian Prime Minister Anwar in Jakarta on Monday. "
            + "Prabowo said the two countries should deepen their cooperation on the border.", EventType.Request);
    }

    [Theory]
    [InlineData("Jakarta said Kuala Lumpur and Manila should halt the patrols.", "IDN", "MYS")]
    [InlineData("Chadian rebels announced that President Deby and his ruling party must agree to talks.", "TCD", "TCD")]
    public void What_others_should_do_is_still_demanded_of_them(string sentence, string source, string target) =>
        Has(sentence, EventType.Request, source, target);

    [Fact]
    public void Agreeing_that_something_is_so_is_a_shared_view_whoever_it_names()
    {
        var events = Output("Kenyan President Ruto met Tanzanian President Hassan in Nairobi. "
            + "\"We agreed that cooperation among Kenya, Tanzania and Uganda is vital for the region,\" Ruto said.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Agree);
        Assert.Contains(events, e => e.Type == EventType.Consult && e.Source.Code.Value == "KEN" && e.Target?.Code.Value == "TZA");
    }

    [Theory]
    [InlineData("Caracas said Georgetown would 'pay a dear price' for the oil licences.", "VEN", "GUY")]
    [InlineData("Minsk said Vilnius would \"face consequences\" for closing the border.", "BLR", "LTU")]
    public void A_penalty_quoted_after_its_modal_is_still_a_threat(string sentence, string source, string target) =>
        Has(sentence, EventType.Threaten, source, target);

    [Theory]
    [InlineData("The Treasury Department designated four Iranian entities on Tuesday.", "USA", "IRN")]
    [InlineData("The EU adopted restrictive measures against nine Belarusian officials.", "EU", "BLR")]
    [InlineData("Canada is designating six Russian individuals for sanctions.", "CAN", "RUS")]
    public void Designations_and_restrictive_measures_are_sanctions(string sentence, string source, string target) =>
        Has(sentence, EventType.Sanction, source, target);

    [Fact]
    public void Designating_places_is_no_sanction()
    {
        Assert.Empty(Output("Chile designated two new marine areas as protected parks."));
    }

    [Fact]
    public void Forces_named_after_after_do_the_act_the_parse_hung_on_the_next_noun()
    {
        var events = Output("Latvia's Foreign Ministry delivered a protest note to Belarus's envoy on Monday after two Belarusian Mi-8 helicopters violated Latvian airspace near Daugavpils for ten minutes.");
        Assert.Contains(events, e => e.Type == EventType.Coerce && e.Source.Code.Value == "BLR" && e.Target?.Code.Value == "LVA");
        Assert.DoesNotContain(events, e => e.Type == EventType.Coerce && e.Source.Code.Value == "LVA");
    }

    [Fact]
    public void Own_police_sent_abroad_are_what_is_sent_not_the_target()
    {
        var events = Output("Police officers in Nairobi guarded the parliament on Friday. "
            + "Kenya deployed another 200 police officers to Haiti on Saturday to bolster the mission.");
        Assert.Contains(events, e => e.Type == EventType.Mobilize && e.Source.Code.Value == "KEN" && e.Target?.Code.Value == "HTI");
        Assert.DoesNotContain(events, e => e.Type == EventType.Mobilize && e.Target?.Code.Value == "KEN");
    }

    [Fact]
    public void Allies_capitalised_after_the_alliance_is_named_is_the_alliance()
    {
        var criticism = Assert.Single(Output("NATO defence ministers met in Brussels on Thursday. Allies condemned Russia's sabotage of undersea cables."),
            e => e.Type == EventType.Accuse);
        Assert.Equal(("NATO", "RUS"), (criticism.Source.Code.Value, criticism.Target?.Code.Value));
        Assert.StartsWith("ref:allies", criticism.Source.Rule);
    }

    [Fact]
    public void Allies_of_someone_and_allies_with_no_alliance_named_are_no_alliance()
    {
        Assert.DoesNotContain(Output("NATO held a summit in The Hague. Allies of the prime minister accused Moscow of lying."), e => e.Source.Code.Value == "NATO" && e.Type == EventType.Accuse);
        Assert.Empty(Output("Allies condemned the attack on the convoy."));
    }

    [Fact]
    public void The_head_of_a_name_before_its_of_is_that_body_again()
    {
        var sanction = Assert.Single(Output("The Council of the EU met in Luxembourg on Monday. The Council adopted restrictive measures against six Georgian officials."),
            e => e.Type == EventType.Sanction);
        Assert.Equal(("EU", "GEO"), (sanction.Source.Code.Value, sanction.Target?.Code.Value));
        Assert.StartsWith("ref:short-name", sanction.Source.Rule);
    }

    [Fact]
    public void Declaring_another_state_a_foe_criticises_it() =>
        Has("Venezuela declared Guyana its principal foe on Monday.", EventType.Accuse, "VEN", "GUY");

    [Fact]
    public void We_opening_a_communique_is_the_body_its_apposition_names()
    {
        var criticism = Assert.Single(Output("We, the ASEAN Foreign Ministers, condemn the shelling of Thai villages by Cambodia."),
            e => e.Type == EventType.Accuse);
        Assert.Equal("ASEAN", criticism.Source.Code.Value);
        Assert.StartsWith("ref:communique-we", criticism.Source.Rule);
    }

    [Fact]
    public void We_with_an_apposition_naming_no_body_is_no_one()
    {
        Assert.Empty(Output("We, however, condemn the shelling of the villages."));
    }

    [Theory]
    [InlineData("Kyiv said Minsk had become a willing accomplice of the invasion.", "UKR", "BLR")]
    [InlineData("Manila said Beijing remains the main aggressor in the South China Sea.", "PHL", "CHN")]
    [InlineData("Tehran called Washington a warmonger on Sunday.", "IRN", "USA")]
    public void Becoming_or_remaining_a_condemned_thing_is_criticism(string sentence, string source, string target) =>
        Has(sentence, EventType.Accuse, source, target);

    [Fact]
    public void Counterparts_from_states_are_those_states()
    {
        var events = Output("The EU foreign policy chief met counterparts from Chile, Peru and Colombia in Lima on Monday.");
        Assert.Equal(["CHL", "COL", "PER"], events.Where(e => e.Type == EventType.Consult && e.Source.Code.Value == "EU").Select(e => e.Target!.Code.Value).Order().ToArray());
    }
}
