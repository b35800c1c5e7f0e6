using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// "Three Thai soldiers captured last month were released …": a past form the parse took for the main verb, whose subject
/// then gets a passive verb of its own, describes what that subject underwent; its subject is not its doer
/// (drop:reduced-relative-before-passive). Every sentence was written for these tests.
/// </summary>
public class ReducedRelativeTests
{
    [Fact]
    public void Soldiers_captured_earlier_and_then_released_captured_no_one()
    {
        var events = Output("Three Thai soldiers captured last month were released by Cambodia on Tuesday.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "THA");
        // A verb with a passive verb of its own subject, joined by "and", is two acts of that subject.
        Has("Russia attacked Ukraine and was condemned by the EU.", EventType.Assault, "RUS", "UKR");
    }

    [Fact]
    public void Victims_counted_in_a_sub_headline_did_nothing()
    {
        // "civilians killed," with its auxiliary dropped, as display lines write it (source:reduced-passive).
        var events = Output("Rebels shell camp near Goma\n\nAt least nine civilians killed, aid groups say\n\n"
            + "Congolese rebels shelled a displacement camp near Goma on Saturday, killing at least nine people, a local aid group said.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "COD");
        Assert.DoesNotContain(events, e => e.SentenceIndex == 1);
    }
}

/// <summary>
/// An undated present perfect past a story's lead sums up what has happened, unless its sentence turns to fresh news
/// ("Meanwhile", "Separately", "In a related development": list 'new-development'; background:undated-perfect). Sentences
/// written for these tests.
/// </summary>
public class NewDevelopmentTests
{
    private const string Lead = "Peruvian troops rescued 12 hostages in the Amazon on Monday. The army said the operation lasted two days.\n\n";

    [Fact]
    public void A_perfect_opened_by_a_turn_to_fresh_news_is_news()
    {
        Has(Lead + "In a related development, Peru and Ecuador have agreed to resume joint patrols along their border.", EventType.Agree, "PER", "ECU");
        Has(Lead + "Separately, Peru and Ecuador have agreed to resume joint patrols along their border.", EventType.Agree, "PER", "ECU");
    }

    [Fact]
    public void The_same_perfect_without_the_turn_stays_background()
    {
        Assert.DoesNotContain(Output(Lead + "Peru and Ecuador have agreed to resume joint patrols along their border."), e => e.Type == EventType.Agree);
    }
}

/// <summary>
/// A past perfect in the main clause of a sentence no one is said to say tells what came before the news: background
/// (background:past-perfect); reported, or opened by a turn to fresh news, it stays. Sentences written for these tests.
/// </summary>
public class PastPerfectTests
{
    [Theory]
    [InlineData("Bolivia had expelled two Chilean diplomats in March.")]
    [InlineData("Bolivia had in March threatened to close the border with Chile.")]
    public void A_main_clause_past_perfect_is_background(string sentence)
    {
        Assert.Empty(Output(sentence));
    }

    [Fact]
    public void A_reported_past_perfect_is_the_speakers_news()
    {
        Has("Chile said Bolivian troops had crossed into Chilean territory on Monday.", EventType.Coerce, "BOL", "CHL");
    }

    [Theory]
    [InlineData("Bolivia had expelled two Chilean diplomats on Tuesday over the border dispute.")]
    [InlineData("Bolivia had expelled two Chilean diplomats overnight.")]
    public void A_past_perfect_dated_to_the_storys_days_is_news(string sentence)
    {
        Has(sentence, EventType.Sanction, "BOL", "CHL");
    }
}
