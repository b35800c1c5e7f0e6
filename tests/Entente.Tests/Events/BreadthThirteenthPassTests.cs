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
    public void Lexicon_of_the_thirteenth_pass(string sentence, EventType type, string source, string target) => Has(sentence, type, source, target);
}
