using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a thirteenth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthThirteenthPassTests
{
    [Theory]
    [InlineData("Belarus will take retaliatory steps in response to Poland's military build-up near the border.", EventType.Threaten, "BLR", "POL")]
    [InlineData("Russia will take countermeasures in response to NATO's deployment in Finland, the Kremlin said.", EventType.Sanction, "RUS", "NATO")]
    public void An_act_in_answer_to_another_act_is_aimed_at_whoever_did_it(string sentence, EventType type, string source, string target)
    {
        var answer = Assert.Single(Output(sentence), e => e.Type == type);
        Assert.Equal((source, target), (answer.Source.Code.Value, answer.Target?.Code.Value));
    }

    [Fact]
    public void The_victim_of_the_answered_act_is_not_whom_the_answer_is_aimed_at()
    {
        var events = Output("Belarus will take retaliatory steps in response to the attack on Minsk.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Threaten && e.Target?.Code.Value == "BLR");
    }

    [Fact]
    public void Resolute_measures_promised_if_another_goes_on_are_a_threat_against_it()
    {
        var threat = Assert.Single(Output("Hanoi will take firm measures if Beijing keeps sending survey ships into its waters, Vietnam's foreign ministry said."),
            e => e.Type == EventType.Threaten);
        Assert.Equal(("VNM", "CHN"), (threat.Source.Code.Value, threat.Target?.Code.Value));
    }

    [Fact]
    public void A_participle_joined_to_a_complements_verb_is_the_speakers_next_act()
    {
        var accusation = Assert.Single(Output("Greece rejected the statement, insisting the islets belong to Athens and accusing Ankara of stoking tensions."),
            e => e.Type == EventType.Accuse);
        Assert.Equal(("GRC", "TUR"), (accusation.Source.Code.Value, accusation.Target?.Code.Value));
    }

    [Fact]
    public void A_relative_clause_after_the_slot_does_not_break_the_pattern()
    {
        var requests = Output("Peru called on Brazil and Colombia, which share the border region, to help stop illegal mining.")
            .Where(e => e.Type == EventType.Request).Select(e => (e.Source.Code.Value, e.Target?.Code.Value)).ToHashSet();
        Assert.Equal([("PER", "BRA"), ("PER", "COL")], requests);
    }

    [Fact]
    public void Access_to_a_place_is_asked_of_its_state()
    {
        Has("The U.N. Security Council demanded immediate access to Tigray.", EventType.Request, "UN", "ETH");
    }

    [Theory]
    [InlineData("Ottawa will present a new package of sanctions against Tehran next week.", EventType.Sanction, "CAN", "IRN")]
    [InlineData("Seoul and Warsaw signed a letter of intent on tank production on Monday.", EventType.Agree, "KOR", "POL")]
    [InlineData("South Korea signed an exchange of notes with Ukraine on Friday for a loan of $100 million.", EventType.Agree, "KOR", "UKR")]
    [InlineData("Pakistan's envoy handed Afghanistan a formal request for the extradition of the suspects.", EventType.Request, "PAK", "AFG")]
    [InlineData("Cambodia's army handed Thailand an ultimatum to withdraw its troops within 24 hours.", EventType.Threaten, "KHM", "THA")]
    [InlineData("Britain announced a new package of drones and artillery shells for Ukraine on Monday.", EventType.Aid, "GBR", "UKR")]
    [InlineData("Washington's commitment to the defence of the Philippines remains ironclad, the ambassador said.", EventType.Support, "USA", "PHL")]
    [InlineData("Minsk will respond to Vilnius's decision in a mirror manner, the foreign ministry said.", EventType.Threaten, "BLR", "LTU")]
    [InlineData("The European Commission launched legal action against Hungary over its new media law.", EventType.Accuse, "EU", "HUN")]
    [InlineData("Brussels initiated infringement proceedings against Poland on Wednesday.", EventType.Accuse, "EU", "POL")]
    public void Lexicon_of_the_thirteenth_pass(string sentence, EventType type, string source, string target) => Has(sentence, type, source, target);
    [Theory]
    [InlineData("Russian troops were deployed to Belarus on Monday.", "RUS", "BLR")]
    [InlineData("Japanese warplanes were scrambled on Saturday.", "JPN", null)]
    public void Forces_moved_in_the_passive_are_moved_by_their_owner(string sentence, string source, string? target)
    {
        var move = Assert.Single(Output(sentence), e => e.Type == EventType.Mobilize);
        Assert.Equal((source, target), (move.Source.Code.Value, move.Target?.Code.Value));
    }

    [Theory]
    [InlineData("About 5,000 Turkish troops are stationed in northern Iraq.")]
    [InlineData("Police and ambulances were sent to the scene of the blast.")]
    public void A_standing_posture_or_unnamed_forces_sent_are_no_show_of_force(string sentence) =>
        Assert.DoesNotContain(Output(sentence), e => e.Type == EventType.Mobilize);

    [Fact]
    public void Jets_scrambled_to_intercept_unnamed_aircraft_do_not_break_the_reading()
    {
        var events = Output("Japanese fighter jets were scrambled to intercept the bombers.");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "JPN");
    }

    [Theory]
    [InlineData("Minsk declined to comment on media reports that Russia had deployed troops to Belarus.")]
    [InlineData("Asked about reports that a Chinese warship had sailed through the strait, the minister said nothing.")]
    [InlineData("Unconfirmed reports that Russia had deployed troops to Belarus worried Vilnius.")]
    public void An_act_told_only_in_questioned_reports_is_hearsay(string sentence) =>
        Assert.DoesNotContain(Output(sentence), e => e.Type == EventType.Mobilize);

    [Fact]
    public void A_report_someone_owns_or_a_verb_of_reporting_still_tells_the_act()
    {
        Has("Russia has deployed troops to Belarus, according to media reports.", EventType.Mobilize, "RUS", "BLR");
        Has("Lithuanian media report that Russia has deployed troops to Belarus.", EventType.Mobilize, "RUS", "BLR");
        Has("Vilnius recalled its envoy after reports that Russia had deployed troops to Belarus.", EventType.Mobilize, "RUS", "BLR");
    }

    [Fact]
    public void A_show_of_force_answering_an_act_is_aimed_at_its_doer_not_at_whom_it_was_done_to()
    {
        var events = Output("NATO fighter jets were scrambled after unidentified drones entered Polish airspace.");
        var scramble = Assert.Single(events, e => e.Type == EventType.Mobilize);
        Assert.Equal(("NATO", null), (scramble.Source.Code.Value, scramble.Target?.Code.Value));
    }

    [Theory]
    [InlineData("The PLA vowed to \"crush\" separatist forces in Taiwan.", EventType.Threaten, "CHN", "TWN")]
    [InlineData("Beijing will \u201ctake resolute measures\u201d if Manila keeps sending ships to the shoal.", EventType.Threaten, "CHN", "PHL")]
    public void Words_in_scare_quotes_are_read_as_the_pattern(string sentence, EventType type, string source, string target) => Has(sentence, type, source, target);

    [Theory]
    [InlineData("Iran's army will crush any aggression by Israel, the commander said.", EventType.Threaten, "IRN", "ISR")]
    [InlineData("Belarusian police crushed the protests in Minsk.", EventType.Coerce, "BLR", "BLR")]
    public void Crushing_forces_is_force_and_crushing_a_rising_is_repression(string sentence, EventType type, string source, string target) => Has(sentence, type, source, target);

    [Fact]
    public void A_crushing_win_in_sport_is_no_attack() =>
        Assert.DoesNotContain(Output("Bangladesh crushed Zimbabwe by nine wickets in Harare on Sunday."), e => e.Type == EventType.Assault);
    [Theory]
    [InlineData("Japan lodged a protest with Pyongyang on Monday. The North Korean foreign ministry said Japan's protest was a shameless act.", "PRK", "JPN")]
    [InlineData("Russia's ambassador said the German arms deliveries were prolonging the war.", "RUS", "DEU")]
    [InlineData("Armenia said Azerbaijan's shelling of the village was an attempt to derail the peace talks.", "ARM", "AZE")]
    public void Words_of_blame_of_the_thirteenth_pass(string text, string source, string target) => Has(text, EventType.Accuse, source, target);

    [Fact]
    public void An_act_done_together_and_condemned_by_its_noun_is_blamed_on_every_party()
    {
        var blamed = Output("The United States and South Korea began joint drills on Monday. Pyongyang said the exercise was a reckless provocation.")
            .Where(e => e.Type == EventType.Accuse && e.Source.Code.Value == "PRK").Select(e => e.Target?.Code.Value).ToHashSet();
        Assert.Equal(["USA", "KOR"], blamed);
    }

    [Fact]
    public void A_demand_told_after_a_reported_clause_in_the_past_perfect_is_the_speakers()
    {
        var demand = Assert.Single(Output("Thailand's foreign ministry said Cambodian troops had crossed the border and demanded that Phnom Penh pull them back."),
            e => e.Type == EventType.Request);
        Assert.Equal(("THA", "KHM"), (demand.Source.Code.Value, demand.Target?.Code.Value));
    }

    [Fact]
    public void A_plan_is_no_visit()
    {
        var blame = Assert.Single(Output("Mauritius agreed on Monday to lease the base to Britain. India's prime minister visited Port Louis on Tuesday. "
                                         + "China said the plan was reckless."), e => e.Type == EventType.Accuse);
        Assert.Equal(("CHN", "MUS"), (blame.Source.Code.Value, blame.Target?.Code.Value));
    }
    [Fact]
    public void A_threat_of_countermeasures_answers_whom_the_speaker_condemned_just_before()
    {
        var threat = Assert.Single(Output("A spokesman for Iran's foreign ministry denounced the Israeli overflights on Sunday. "
                                          + "He warned that Tehran would take proper countermeasures."), e => e.Type == EventType.Threaten);
        Assert.Equal(("IRN", "ISR"), (threat.Source.Code.Value, threat.Target?.Code.Value));
    }
    [Fact]
    public void They_after_talks_hosted_with_others_are_the_host_and_the_guests()
    {
        var pairs = Output("Chile's deputy foreign minister Ana Rojas hosted talks in Santiago on Tuesday with Peruvian Deputy Foreign Minister "
                           + "Luis Vargas and Bolivian envoy Carlos Mamani. They agreed to hold the next round in Lima.")
            .Where(e => e.Type == EventType.Agree).Select(e => string.Join("-", new[] { e.Source.Code.Value, e.Target?.Code.Value }.Order())).ToHashSet();
        Assert.Equal(["BOL-CHL", "BOL-PER", "CHL-PER"], pairs.Order());
    }

    [Fact]
    public void They_after_a_call_is_not_the_speaker_of_the_sentence()
    {
        var events = Output("Spokesman Juan Perez: Yes, this morning the president held a telephone conversation with the Emir of Qatar. They discussed the region.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Consult && e.Source.Person == "Juan Perez");
    }
    [Theory]
    [InlineData("Tbilisi dismissed Moscow's claim that Georgian troops had shelled the village.", "RUS", "GEO")]
    [InlineData("Yerevan rejected Baku's claim that Armenian forces had fired on its positions overnight.", "AZE", "ARM")]
    public void A_claim_rejected_is_still_its_claimants_accusation(string sentence, string claimant, string accused)
    {
        var events = Output(sentence);
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == claimant && e.Target?.Code.Value == accused);
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == accused && e.Target?.Code.Value == claimant);
    }

    [Fact]
    public void A_denial_of_ones_own_act_is_no_ones_accusation() =>
        Assert.DoesNotContain(Output("Russia denied that its troops had shelled the plant."), e => e.Type == EventType.Accuse);
    [Fact]
    public void The_broadcaster_is_the_news_outlet_last_named_and_never_the_storys_state()
    {
        Has("India banned Al Jazeera on Monday, accusing the broadcaster of distorting the map of Kashmir.", EventType.Accuse, "IND", "QAT");
        Assert.DoesNotContain(Output("Ethiopia's government suspended a local radio station on Monday. It accused the broadcaster of inciting violence."),
            e => e.Type == EventType.Accuse && e.Target?.Code.Value == "ETH");
    }
    [Fact]
    public void Evidence_cited_for_an_act_accuses_the_doer_it_names()
    {
        var events = Output("The Czech Republic expelled two Russian diplomats, citing evidence that Russian agents had set fire to an arms depot.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CZE" && e.Target?.Code.Value == "RUS");
        // The act cited stays the citer's claim, not an act told as done.
        Assert.DoesNotContain(events, e => e.Type == EventType.Coerce && e.Source.Code.Value == "RUS");
    }

    [Fact]
    public void An_attack_orchestrated_or_masterminded_is_the_doers_attack() =>
        Has("Russian intelligence orchestrated an arson attack on a warehouse in Lithuania, prosecutors said.", EventType.Assault, "RUS", "LTU");
    [Theory]
    [InlineData("Russian strikes killed five people overnight, Ukraine's interior ministry said.", "RUS", "UKR")]
    [InlineData("Gaza health officials said Israeli strikes killed 31 people overnight.", "ISR", "PSE")]
    public void People_killed_in_an_attack_are_those_of_the_officials_who_report_it(string sentence, string source, string target)
    {
        var attack = Assert.Single(Output(sentence), e => e.Type == EventType.Assault);
        Assert.Equal((source, target), (attack.Source.Code.Value, attack.Target?.Code.Value));
    }

    [Fact]
    public void People_killed_when_the_doers_attacked_are_one_attack() =>
        Assert.Single(Output("Two gunmen killed nine people when they attacked a market in Peshawar, police said."), e => e.Type == EventType.Assault);
    [Fact]
    public void They_in_what_a_speaker_demands_are_others_not_the_speaker()
    {
        var demand = Assert.Single(Output("Thailand's foreign ministry said Cambodian soldiers had crossed the border and demanded that they withdraw."),
            e => e.Type == EventType.Request);
        Assert.Equal(("THA", "KHM"), (demand.Source.Code.Value, demand.Target?.Code.Value));
    }
    [Fact]
    public void A_word_tagged_a_noun_after_an_infinitives_to_and_before_a_determiner_is_the_verb() =>
        Has("Poland is set to station a brigade in Lithuania next year.", EventType.Mobilize, "POL", "LTU");
    [Theory]
    [InlineData("Brazil's foreign minister, on a two-day visit to Buenos Aires, praised the trade partnership.")]
    [InlineData("Brazil's foreign minister, who is on a visit to Buenos Aires, said ties were strong.")]
    public void A_visit_set_beside_the_visitor_is_the_visitors(string sentence) => Has(sentence, EventType.Consult, "BRA", "ARG");
    [Theory]
    [InlineData("Kharkiv was hit by Russian drones overnight.", EventType.Assault, "RUS", "UKR")]
    [InlineData("Two Americans were released by Venezuela on Saturday.", EventType.Concede, "VEN", "USA")]
    public void A_pattern_that_opens_with_its_target_reads_the_passive(string sentence, EventType type, string source, string target) =>
        Has(sentence, type, source, target);

    [Fact]
    public void A_greeting_of_the_visitor_named_by_a_pronoun_is_the_visit_told_on()
    {
        foreach (var greeting in new[] { "North Korea's foreign minister greeted him at the airport.", "He was greeted at the airport by North Korea's foreign minister." })
            Assert.Single(Output("Russia's foreign minister arrived in Pyongyang on Friday for a three-day visit. " + greeting), e => e.Type == EventType.Consult);
    }
}
