using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a fourteenth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthFourteenthPassTests
{
    [Theory]
    [InlineData("The Netherlands will provide aid worth 10 million US dollars to Yemen.", "USA")]
    [InlineData("Korea decided to provide humanitarian assistance of 2 million US dollars to Myanmar.", "USA")]
    public void A_states_name_before_its_currency_names_money_not_an_actor(string sentence, string currencyState)
    {
        Assert.DoesNotContain(Output(sentence), e => e.Target?.Code.Value == currencyState || e.Source.Code.Value == currencyState);
    }

    [Fact]
    public void Extending_emergency_aid_is_no_state_of_emergency()
    {
        var events = Output("Tokyo decided to extend emergency loan aid to Sri Lanka.");
        Assert.DoesNotContain(events, e => e.Type is EventType.Coerce or EventType.Threaten);
        Assert.Contains(Output("Thailand extended the state of emergency in its southern provinces on Tuesday."),
            e => e.Type == EventType.Coerce && e.Source.Code.Value == "THA");
    }

    [Fact]
    public void A_hostile_acts_object_phrase_names_its_target()
    {
        Has("North Korea threatened on Saturday to take 'overwhelming' military action against South Korea if balloon launches across the border continued.",
            EventType.Threaten, "PRK", "KOR");
    }

    [Fact]
    public void A_participle_describing_a_thing_is_not_aimed_at_the_clause_around_it()
    {
        var events = Output("Qatar welcomed the truce announced by Israel and Hezbollah on Wednesday.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value != "QAT" && e.Target?.Code.Value == "QAT");
        Assert.Contains(events, e => e.Type == EventType.Support && e.Source.Code.Value == "QAT" && e.Target?.Code.Value == "ISR");
    }

    [Fact]
    public void A_broker_named_by_a_participle_still_meets_the_parties()
    {
        Has("Ethiopia and Eritrea agreed to a truce in talks mediated by Kenya.", EventType.Consult, "KEN", "ETH");
    }

    [Fact]
    public void Approval_of_a_deed_is_aimed_at_whoever_did_it()
    {
        var support = Output("Egypt praised the deal reached by Sudan and South Sudan over oil transit fees.")
            .Where(e => e.Type == EventType.Support).Select(e => (e.Source.Code.Value, e.Target?.Code.Value)).ToHashSet();
        Assert.Equal([("EGY", "SDN"), ("EGY", "SSD")], support);
    }

    [Fact]
    public void Accepting_an_offer_agrees_with_whoever_made_it()
    {
        Has("Chile offered to supply Brazil with copper at a discount. Brazil accepted the offer on Tuesday.", EventType.Agree, "BRA", "CHL");
    }

    [Fact]
    public void An_acceptance_after_and_with_its_own_subject_is_not_inside_the_invitation()
    {
        Has("Mongolia invited the Kazakh president to visit Ulaanbaatar in May, and the Kazakh leader accepted the invitation.",
            EventType.Agree, "KAZ", "MNG");
    }
}
