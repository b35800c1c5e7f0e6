using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a twelfth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthTwelfthPassTests
{
    [Fact]
    public void A_call_for_a_truce_by_two_states_asks_it_of_others_not_of_each_other()
    {
        var events = Output("Brazil and Mexico called for a humanitarian truce in Haiti on Thursday.");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value is "BRA" or "MEX");
        Assert.Contains(events, e => e.Type == EventType.Request && e.Source.Code.Value == "BRA" && e.Target?.Code.Value == "HTI");
        Assert.Contains(events, e => e.Type == EventType.Request && e.Source.Code.Value == "MEX" && e.Target?.Code.Value == "HTI");
        // A truce the two declare is still each one's pull-back from the other.
        Has("Brazil and Mexico declared a truce along the river on Thursday.", EventType.Retreat, "BRA", "MEX");
    }

    [Fact]
    public void A_condemned_act_is_one_told_as_done_before_one_only_referred_to()
    {
        var events = Output("Ukrainian drones struck an oil refinery in Russia's Belgorod region on Monday. Kyiv said Russian units had used the "
                            + "site in efforts to shell Kharkiv. Belarus condemned the attack.");
        var condemnation = Assert.Single(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "BLR");
        Assert.Equal("UKR", condemnation.Target?.Code.Value);
    }

    [Fact]
    public void Each_state_a_verb_of_prompting_names_does_the_infinitive()
    {
        var events = Output("Belarusian helicopters entered Lithuanian airspace on Sunday, prompting Lithuania and its allies to scramble fighter jets.");
        var scramble = Assert.Single(events, e => e.Type == EventType.Mobilize);
        Assert.Equal("LTU", scramble.Source.Code.Value);
    }

    [Fact]
    public void An_incursion_is_the_act_done_to_someone_not_the_response_it_prompted()
    {
        var events = Output("Belarusian helicopters entered Lithuanian airspace on Sunday, prompting Lithuania to scramble fighter jets. "
                            + "Germany condemned the incursion.");
        var condemnation = Assert.Single(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "DEU");
        Assert.Equal("BLR", condemnation.Target?.Code.Value);
        // A noun of any act still names the latest: "the move" after the response is the response.
        Assert.Contains(Output("Belarusian helicopters entered Lithuanian airspace on Sunday. Lithuania responded by closing its border "
                               + "with Belarus. Minsk condemned the move."), e => e.Source.Code.Value == "BLR" && e.Target?.Code.Value == "LTU");
    }

    [Theory]
    [InlineData("Azerbaijan will face a crushing response if it crosses the line, Armenia's defence minister said.", "ARM", "AZE")]
    [InlineData("If Venezuela sends troops into the Essequibo, it will face an overwhelming response, Guyana's president said.", "GUY", "VEN")]
    public void A_response_someone_is_told_they_will_face_is_the_speakers_threat(string sentence, string source, string target)
    {
        var threat = Assert.Single(Output(sentence), e => e.Type == EventType.Threaten);
        Assert.Equal((source, target), (threat.Source.Code.Value, threat.Target?.Code.Value));
    }

    [Fact]
    public void It_opening_the_main_clause_after_a_condition_is_the_conditions_subject()
    {
        var events = Output("If Venezuela sends troops into the Essequibo, it will face an overwhelming response, Guyana's president said.");
        var threat = Assert.Single(events, e => e.Type == EventType.Threaten);
        Assert.Equal("it", threat.Target?.Name);
        Assert.Contains("pronoun:it-opening-clause-subject", threat.Target!.Rule);
    }

    [Fact]
    public void A_befitting_reply_answers_the_act_before_it_or_threatens_on_a_condition()
    {
        var events = Output("Eritrean troops shelled Ethiopian positions near Zalambessa on Sunday. Ethiopian forces gave a befitting reply, the army said.");
        var reply = Assert.Single(events, e => e.Source.Code.Value == "ETH");
        Assert.Equal((EventType.Assault, "ERI"), (reply.Type, reply.Target?.Code.Value));
        Assert.Contains("article:retaliation-answers-act", reply.Rules);
        Has("Ethiopia's army chief said Ethiopia would give a befitting reply if Eritrea attacked again.", EventType.Threaten, "ETH", "ERI");
    }

    [Theory]
    [InlineData("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. The leaders expressed concern over Bolivia's troop buildup.", "CHL", "ARG")]
    [InlineData("The foreign and defence ministers of Chile and Peru met in Lima on Friday. The four ministers condemned Bolivia's missile test.", "CHL", "PER")]
    public void Office_holders_named_as_a_group_are_the_people_or_states_named_together_before(string story, string first, string second)
    {
        var events = Output(story);
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == first && e.Target?.Code.Value == "BOL");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == second && e.Target?.Code.Value == "BOL");
    }

    [Fact]
    public void Leaders_who_witness_a_signing_agree_and_are_found_however_far_back_they_were_named()
    {
        var events = Output("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha. Ruto said the region "
                            + "needed better roads. He praised the East African Community. Hassan said trade had grown. Both spoke of the drought. "
                            + "The two presidents later witnessed the signing of three trade agreements.");
        var signing = Assert.Single(events, e => e.Type == EventType.Agree);
        Assert.Equal(["KEN", "TZA"], new[] { signing.Source.Code.Value, signing.Target!.Code.Value }.Order());
    }

    [Fact]
    public void The_military_before_a_noun_is_an_adjective_not_the_army()
    {
        // Filed from Vilnius, so "the military" alone would be Lithuania's army, the story's state.
        const string Text = "VILNIUS, Lithuania (AP) — The military cooperation between Minsk and Moscow has deepened, "
                            + "Lithuania's foreign minister said on Monday.";
        var pipeline = SharedPipeline.Instance;
        var events = pipeline.CodeAll(pipeline.Read(PlainTextArticleReader.Read(Text, "vilnius.txt", "vilnius.txt")));
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "LTU" && e.Type == EventType.Cooperate);
        Assert.Contains(events, e => e.Source.Code.Value == "BLR" && e.Target?.Code.Value == "RUS" && e.Type == EventType.Cooperate);
    }

    [Fact]
    public void A_meeting_named_as_the_subject_of_a_whether_clause_is_a_question()
    {
        var events = Output("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha in March. "
                            + "\"We will see whether another summit between the two presidents is useful,\" an aide said.");
        Assert.Single(events, e => e.Type == EventType.Consult);
    }

    [Fact]
    public void Weapons_joined_by_and_before_an_attack_keep_its_owner()
    {
        var attack = Assert.Single(Output("An Iranian missile and drone attack on Israeli air bases overnight caused minor damage."));
        Assert.Equal((EventType.Assault, "IRN", "ISR"), (attack.Type, attack.Source.Code.Value, attack.Target?.Code.Value));
        // Two phrases joined are not one: the first names no owner of the second.
        Assert.DoesNotContain(Output("Mourners gathered for the victims of the Kabul attack and other recent bombings."), e => e.Type == EventType.Assault);
    }

    [Theory]
    [InlineData("Azerbaijani troops fired on Armenian positions near Syunik on Tuesday. Greece condemned what it called an unacceptable attack.", "GRC", "AZE")]
    [InlineData("Israeli forces raided Nablus on Monday. Jordan's foreign ministry condemned what it described as a \"massacre\".", "JOR", "ISR")]
    [InlineData("Estonian border guards boarded a Latvian fishing boat on Monday. Riga called the boarding \"an act of piracy\".", "LVA", "EST")]
    public void A_reaction_to_an_act_the_reactor_names_in_its_own_words_is_aimed_at_its_doer(string story, string source, string target)
    {
        var reaction = Assert.Single(Output(story), e => e.Type == EventType.Accuse);
        Assert.Equal((source, target), (reaction.Source.Code.Value, reaction.Target?.Code.Value));
        Assert.Contains(ImplicitTargets.RuleName, reaction.Target!.Rule);
    }

    [Fact]
    public void A_call_the_parse_hung_on_an_infinitive_is_the_urgers_call_with_the_partner()
    {
        var call = Assert.Single(Output("Blinken urged Turkey to stop buying Russian oil in a phone call with Foreign Minister Hakan Fidan on Tuesday."),
            e => e.Type == EventType.Consult);
        Assert.Equal(("USA", "TUR"), (call.Source.Code.Value, call.Target?.Code.Value));
    }

    [Fact]
    public void A_meeting_one_is_at_with_someone_is_a_meeting_with_them()
    {
        Has("Lula praised bilateral trade at a meeting with Chilean President Gabriel Boric in Brasilia.", EventType.Consult, "BRA", "CHL");
        // A summit one is at, with no one named after "with", names no one met.
        Assert.DoesNotContain(Output("Quad leaders agreed at a virtual summit to address the challenges China poses."), e => e.Type == EventType.Consult);
    }

    [Theory]
    [InlineData("Brazil stands ready to consider further measures, the statement said.")]
    [InlineData("Argentina's foreign minister said Buenos Aires was open to talks but gave no details.")]
    public void Readiness_aimed_at_no_one_is_no_act(string sentence)
    {
        Assert.Empty(Output(sentence));
        Assert.Contains(SharedPipeline.AllEvents(sentence), e => e.Type == EventType.Agree && e.IsBackground && e.Rules.Contains("article:aimless-readiness"));
        // Readiness aimed at someone stays an offer.
        Has("Egypt said it was ready to hold talks with Ethiopia on the dam.", EventType.Agree, "EGY", "ETH");
    }

    [Theory]
    [InlineData("Lula spoke today with Chilean President Gabriel Boric.", "BRA", "CHL")]
    [InlineData("Kenyan President William Ruto greeted Ghanaian President John Mahama at State House on Monday.", "KEN", "GHA")]
    public void Speaking_with_someone_today_and_greeting_a_visitor_are_meetings(string sentence, string source, string target) =>
        Has(sentence, EventType.Consult, source, target);

    [Fact]
    public void Greeting_a_decision_is_no_meeting() => Assert.Empty(Output("Thousands greeted the decision with joy."));

    [Fact]
    public void A_participle_the_tagger_read_as_an_adjective_before_by_is_a_passive()
    {
        var wound = Assert.Single(Output("A Peruvian soldier was wounded by Chilean troops near Tacna on Sunday."));
        Assert.Equal((EventType.Assault, "CHL", "PER"), (wound.Type, wound.Source.Code.Value, wound.Target?.Code.Value));
        Assert.Contains("source:passive-agent", wound.Rules);
    }

    [Theory]
    [InlineData("Two Peruvian soldiers were killed when Chilean troops opened fire across the border on Sunday.", "CHL", "PER")]
    [InlineData("Three Thai soldiers were wounded as Cambodian forces shelled the border area.", "KHM", "THA")]
    public void Force_told_in_a_when_clause_is_aimed_at_those_the_main_clause_says_were_harmed(string sentence, string source, string target)
    {
        var attack = Assert.Single(Output(sentence), e => e.Type == EventType.Assault);
        Assert.Equal((source, target), (attack.Source.Code.Value, attack.Target?.Code.Value));
        Assert.Contains("target:harmed-in-main-clause", attack.Rules);
    }

    [Theory]
    [InlineData("Somalia said Kenya was interfering in its internal affairs.", "SOM", "KEN")]
    [InlineData("Mali's foreign minister told reporters that Algeria was \"meddling\" in Malian politics.", "MLI", "DZA")]
    [InlineData("Kenya said Somalia was harbouring militants.", "KEN", "SOM")]
    [InlineData("Beijing said Washington was stoking tensions in the region.", "CHN", "USA")]
    [InlineData("Moscow's foreign ministry said London was \"demonising\" Russia.", "RUS", "GBR")]
    public void Meddling_or_stoking_said_of_another_is_criticism(string sentence, string source, string target)
    {
        var criticism = Assert.Single(Output(sentence));
        Assert.Equal((EventType.Accuse, source, target), (criticism.Type, criticism.Source.Code.Value, criticism.Target?.Code.Value));
    }

    [Fact]
    public void Wrongdoing_said_to_be_over_is_no_criticism() =>
        Assert.DoesNotContain(Output("Hanoi has insisted that Beijing will no longer interfere in its fishing grounds."), e => e.Type == EventType.Accuse);

    [Fact]
    public void Signing_cooperation_documents_is_an_agreement() =>
        Has("Laos's president received Thai Prime Minister Anutin Charnvirakul in Vientiane. The two sides signed nine cooperation documents.",
            EventType.Agree, "LAO", "THA");

    [Theory]
    [InlineData("Kenya and Ethiopia have finalised a 10-year defence framework, officials said on Friday.", "KEN", "ETH")]
    [InlineData("Peru and Chile concluded a new fisheries arrangement on Friday.", "PER", "CHL")]
    public void Finalising_or_concluding_a_framework_or_arrangement_is_an_agreement(string sentence, string first, string second)
    {
        var agreement = Assert.Single(Output(sentence));
        Assert.Equal(EventType.Agree, agreement.Type);
        Assert.Equal(new[] { first, second }.Order(), new[] { agreement.Source.Code.Value, agreement.Target!.Code.Value }.Order());
        // A sanctions package finalised is no agreement with anyone.
        Assert.DoesNotContain(Output("The EU finalised its latest sanctions package against Russia."), e => e.Type == EventType.Agree);
    }

    [Fact]
    public void Help_with_no_recipient_named_goes_to_the_state_its_giver_just_visited()
    {
        var events = Output("Poland's defence minister visited Vilnius on Monday. He said Poland had delivered 20 tanks last month.");
        var delivery = Assert.Single(events, e => e.Type == EventType.Aid);
        Assert.Equal(("POL", "LTU"), (delivery.Source.Code.Value, delivery.Target?.Code.Value));
        Assert.Contains("target:story-recipient", delivery.Rules);
        // A visit by another state says nothing of where this help went.
        Assert.DoesNotContain(Output("Latvia's defence minister visited Vilnius on Monday. Poland said it had delivered 20 tanks last month."),
            e => e.Type == EventType.Aid);
    }

    [Fact]
    public void Ignoring_an_offer_is_a_rejection_of_whoever_made_it() =>
        Has("Asmara ignored Addis Ababa's offer of talks.", EventType.Reject, "ERI", "ETH");
}
