using Entente.Events;
using Entente.Tests.Cli;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The thirteenth breadth pass: mechanisms found missing by probing with sentences of our own. Every sentence was
/// written for these tests.
/// </summary>
public class LexiconBreadth13Tests
{
    [Fact]
    public void A_denial_of_a_claim_answers_who_last_said_something_naming_the_denier()
    {
        Has("A Chilean army report said Peru had moved tanks to the border. Peru's defence ministry dismissed the report as fiction.",
            EventType.Reject, "PER", "CHL");
        Has("Bolivian rebels received Peruvian rifles last year, a UN panel said. Lima denied that it had armed the rebels.",
            EventType.Reject, "PER", "UN");
        // A speaker who named someone else is not answered; nor is a refusal of a thing rather than of a claim.
        var unrelated = Output("A UN panel said Ecuador had sold rifles to Bolivian rebels. Peru denied the allegations.");
        Assert.Contains(unrelated, e => e.Type == EventType.Reject && e.Source.Code.Value == "PER" && e.Target?.Code.Value != "UN");
        var refusal = Output("Chile's foreign minister said Peru should reopen the border. Peru rejected talks on Monday.");
        Assert.DoesNotContain(refusal, e => e.Rules.Contains("article:denial-answers-claimant"));
    }

    [Fact]
    public void A_participle_of_speech_after_a_reported_clause_is_the_speakers_act()
    {
        Has("Chile's foreign ministry said the islands belonged to Chile, urging Peru to stop its patrols.", EventType.Request, "CHL", "PER");
        var called = Output("Peru said a Chilean patrol boat entered its waters and approached a fishing fleet, calling it a threat to its security.");
        Assert.Contains(called, e => e.Type == EventType.Accuse && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
        Assert.DoesNotContain(called, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CHL");
        // A participle of another act still tells more of the reported clause.
        var killing = Output("Chile said Peruvian jets bombed a Chilean border post, killing two soldiers.");
        Assert.Contains(killing, e => e.Type == EventType.Assault && e.Source.Code.Value == "PER");
        Assert.DoesNotContain(killing, e => e.Source.Code.Value == "CHL" && e.Type == EventType.Assault);
    }

    [Fact]
    public void A_speech_verb_after_an_actor_set_off_by_a_comma_is_said_by_that_actor()
    {
        // The parser hangs "the Joint Chiefs of Staff" on "Sunday" and "said" on "fired".
        Has("Pyongyang fired dozens of artillery shells into the sea buffer zone near Yeonpyeong Island on Sunday, the Joint Chiefs of Staff said, calling it a grave provocation.",
            EventType.Accuse, "KOR", "PRK");
    }

    [Fact]
    public void A_body_named_as_another_states_is_the_body_of_the_state_whose_adjective_opens_it()
    {
        Has("The Peruvian Joint Chiefs of Staff accused Bolivia of shelling a border post.", EventType.Accuse, "PER", "BOL");
        // The body's own state's adjective changes nothing.
        Has("The South Korean Joint Chiefs of Staff accused North Korea of firing artillery shells.", EventType.Accuse, "KOR", "PRK");
    }

    [Fact]
    public void A_stance_held_long_or_taken_in_the_past_is_background()
    {
        HasNo("Peru has long denied arming the rebels.", EventType.Reject);
        HasNo("Chile has in the past accused Peru of spying on its navy.", EventType.Accuse);
        HasNo("Bolivia has previously accused Chile of blocking its exports.", EventType.Accuse);
        // Without the adverb it is news.
        Has("Peru has denied arming the rebels.", EventType.Reject, "PER", null);
    }

    [Fact]
    public void An_issued_warning_that_another_actor_does_something_accuses_that_actor()
    {
        var advisory = Output("Chile and Argentina issued a joint advisory warning that a Peruvian hacking group was targeting their banks.");
        Assert.Contains(advisory, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        Assert.DoesNotContain(advisory, e => e.Type == EventType.Threaten);
        // A warning to an addressee of what the warner will do stays a threat.
        Has("Chile issued a warning to Peru that it would close the border.", EventType.Threaten, "CHL", "PER");
    }

    [Fact]
    public void An_actor_inside_what_parties_agree_to_do_is_what_the_agreement_is_about()
    {
        var agreed = Output("Chile and Argentina agreed to respond firmly to Peru's cyber attacks.");
        Assert.Contains(agreed, e => e.Type == EventType.Agree && new[] { e.Source.Code.Value, e.Target?.Code.Value }.Order().SequenceEqual(["ARG", "CHL"]));
        Assert.DoesNotContain(agreed, e => e.Type == EventType.Agree && e.Target?.Code.Value == "PER");
        // A partner the verb itself names stays the target.
        Has("Chile and Argentina signed a defence pact with Uruguay.", EventType.Agree, "CHL", "URY");
        // "step up" is no stepping down.
        Assert.DoesNotContain(Output("Chile and Argentina agreed to step up patrols."), e => e.Cameo == "0341");
    }

    [Theory]
    [InlineData("Niger's interim government cut ties with Chad on Monday. The interim government accused Ndjamena of arming rebels.", "NER", "TCD")]
    [InlineData("Mali's military rulers expelled the French ambassador. The regime accused France of meddling.", "MLI", "FRA")]
    [InlineData("Moldova's government expelled a Russian diplomat on Monday. The authorities accused Moscow of funding protests.", "MDA", "RUS")]
    public void The_authorities_the_regime_and_an_interim_government_are_the_rulers_named_before(string text, string source, string target) =>
        Has(text, EventType.Accuse, source, target);

    [Fact]
    public void What_parties_promise_is_aimed_at_whom_it_is_for()
    {
        var promised = Output("The leaders of Chile, Peru and Bolivia promised to deliver more generators to Ecuador.");
        Assert.Contains(promised, e => e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "ECU");
        Assert.DoesNotContain(promised, e => e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
    }

    [Theory]
    [InlineData("Hackers working for Peru broke into the networks of two Chilean ministries.", EventType.Coerce, "PER", "CHL")]
    [InlineData("Peruvian hackers accessed the email accounts of Chilean diplomats.", EventType.Coerce, "PER", "CHL")]
    [InlineData("A Peruvian hacking group claimed responsibility for denial-of-service attacks on Chilean banks.", EventType.Coerce, "PER", "CHL")]
    [InlineData("Peruvian military units jammed GPS signals over northern Chile.", EventType.Coerce, "PER", "CHL")]
    [InlineData("Chile suspected a Peruvian trawler of cutting an undersea cable.", EventType.Accuse, "CHL", "PER")]
    [InlineData("Chile publicly linked Peru to a hack of its election commission.", EventType.Accuse, "CHL", "PER")]
    [InlineData("Bolivia vowed severe punishment for Peru after the border killings.", EventType.Threaten, "BOL", "PER")]
    public void Cyber_intrusions_suspicions_links_and_vows_of_punishment(string text, EventType type, string source, string target) =>
        Has(text, type, source, target);

    [Fact]
    public void A_cyber_attack_claimed_is_no_armed_attack()
    {
        var claimed = Output("A Peruvian hacking group claimed responsibility for denial-of-service attacks on Chilean banks.");
        Assert.DoesNotContain(claimed, e => e.Type == EventType.Assault);
        Assert.DoesNotContain(Output("Peruvian hackers targeted Chilean government websites on Monday."), e => e.Type == EventType.Assault);
    }

    [Fact]
    public void A_capital_where_another_states_embassy_sits_is_a_place()
    {
        Has("Peru's embassy in Santiago rejected the accusations as groundless.", EventType.Reject, "PER", null);
        Assert.DoesNotContain(Output("The Peruvian embassy in Santiago said it firmly opposed the decision."), e => e.Source.Code.Value == "CHL");
        // A capital acting on its own stays the government.
        Has("Santiago rejected the accusations as groundless.", EventType.Reject, "CHL", null);
    }

    [Fact]
    public void His_host_is_who_hosted_him_earlier_in_the_story()
    {
        const string story = "Chilean President Gabriel Boric hosted Argentine President Javier Milei in Santiago on Monday. The two leaders discussed lithium exports. "
            + "They also talked about border crossings. Milei later visited a copper mine. He met business leaders there. The Argentine president praised his host for his leadership.";
        Has(story, EventType.Support, "ARG", "CHL");
    }

    [Theory]
    [InlineData("Mali expelled Algeria's ambassador on Monday. Two days later, Algiers accused the West African country of harbouring rebels.", "DZA", "MLI")]
    [InlineData("Lithuania expelled two Russian diplomats on Monday. Moscow accused the former Soviet republic of provoking a crisis.", "RUS", "LTU")]
    [InlineData("The Philippines protested to Beijing about a blockade near a disputed reef. China accused the archipelago nation of provoking the standoff.", "CHN", "PHL")]
    public void A_state_described_by_its_region_or_shape_is_the_last_such_state_named(string text, string source, string target) =>
        Has(text, EventType.Accuse, source, target);

    [Fact]
    public void A_negation_does_not_reach_a_conjunct_with_its_own_tense()
    {
        Has("Peru said it was not aware of the incident and accused Chile of inventing it.", EventType.Accuse, "PER", "CHL");
        Has("Peru had not tested any missiles and warned Chile against testing its own.", EventType.Threaten, "PER", "CHL");
        // A shared auxiliary carries the negation: "has not signed or ratified".
        Assert.DoesNotContain(Output("Chile has not signed or ratified the treaty with Peru."), e => e.Type == EventType.Agree && e.Mode == EventMode.Happened);
    }

    [Fact]
    public void Names_that_collide_with_other_bodies_name_the_right_one()
    {
        // The African Union's council is no UN organ.
        var council = Output("The African Union's Peace and Security Council suspended Gabon on Thursday.");
        Assert.Contains(council, e => e.Type == EventType.Sanction && e.Source.Code.Value == "AU");
        Assert.DoesNotContain(council, e => e.Source.Code.Value == "UN");
        // A consultative group two allies hold is no third party.
        Assert.DoesNotContain(Output("South Korea and the United States held a meeting of the Nuclear Consultative Group in Washington."), e => e.Target?.Code.Value == "CFC");
        // The treaty on conventional forces is no Mexican utility.
        Assert.DoesNotContain(Output("Russia suspended its participation in the CFE treaty."), e => e.Target?.Code.Value == "MEX");
    }

    [Fact]
    public void Mutineers_with_no_state_named_are_the_forces_of_the_state_the_story_happens_in()
    {
        Has("Mutinous soldiers in Niger detained President Mohamed Bazoum on Wednesday.", EventType.Coerce, "NER", "NER");
        // Soldiers of a named state stay that state's.
        Has("Chadian soldiers detained two Nigerien officers near the border.", EventType.Coerce, "TCD", "NER");
    }

    [Fact]
    public void An_act_noun_after_a_time_phrase_is_the_object_of_its_verb()
    {
        Has("Mali and Niger announced on Sunday their immediate withdrawal from ECOWAS.", EventType.Sanction, "MLI", "ECOWAS");
        // The noun a preposition governs is still only referred to.
        HasNo("Chile spoke on Monday about its withdrawal from the OAS in 1962.", EventType.Sanction);
    }

    [Fact]
    public void A_condemned_veto_or_deportation_is_aimed_at_whoever_did_it()
    {
        Has("Russia vetoed a resolution on Syria drafted by France. Britain and France condemned the veto.", EventType.Accuse, "GBR", "RUS");
        Has("Thailand deported 40 Uyghurs to China on Thursday. The United States condemned the deportation.", EventType.Accuse, "USA", "THA");
    }

    [Theory]
    [InlineData("A Peruvian frigate sailed within 12 nautical miles of a Chilean island on Monday.", EventType.Mobilize, "PER")]
    [InlineData("Chilean navy ships drove away a Peruvian destroyer near the disputed islets.", EventType.Coerce, "CHL")]
    [InlineData("Chilean forces destroyed three Peruvian patrol boats near the border.", EventType.Assault, "CHL")]
    [InlineData("A Peruvian fighter jet released flares near a Chilean patrol plane over the Pacific.", EventType.Coerce, "PER")]
    public void Grey_zone_acts_at_sea_and_in_the_air(string text, EventType type, string source) => Has(text, type, source, null);

    [Fact]
    public void A_court_named_by_the_place_it_sits_in_is_that_states_judiciary()
    {
        Has("A court in Lima ordered the release of a Chilean journalist on Tuesday.", EventType.Concede, "PER", "CHL");
        var sentenced = Output("A military court in La Paz sentenced a Peruvian officer to 12 years for espionage.");
        Assert.Contains(sentenced, e => e.Source.Code.Value == "BOL" && e.Source.Sector == "JUD" && e.Target?.Code.Value == "PER");
    }

    [Theory]
    [InlineData("A Bolivian court convicted a Chilean journalist of espionage on Friday. Santiago called the verdict a sham.", "CHL", "BOL")]
    [InlineData("Peru vetoed the regional resolution on Friday. Chile called the veto a disgrace.", "CHL", "PER")]
    [InlineData("Chile expelled two Peruvian diplomats on Monday. Lima called the decision unfortunate and biased.", "PER", "CHL")]
    public void Calling_an_act_a_disgrace_or_a_sham_criticises_whoever_did_it(string text, string source, string target) =>
        Has(text, EventType.Accuse, source, target);

    [Fact]
    public void An_exchange_between_parties_is_between_them_wherever_it_takes_place()
    {
        var swapped = Output("Peru and Chile exchanged prisoners in La Paz on Thursday.");
        Assert.Contains(swapped, e => e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
        Assert.DoesNotContain(swapped, e => e.Target?.Code.Value == "BOL");
    }

    [Fact]
    public void A_bare_role_accused_of_something_is_still_the_role()
    {
        // "of" before a gerund tells the charge; "the army of Chad" would name whose army.
        Has("Chad's army shelled rebel positions near Abeche. The rebel group accused the army of killing civilians.", EventType.Accuse, "TCD", "TCD");
    }
}
