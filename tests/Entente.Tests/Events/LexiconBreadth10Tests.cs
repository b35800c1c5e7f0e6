using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The tenth breadth pass: views and guesses that are not reports, participles inside act nouns, sums of money in aid, found missing by probing with sentences of our own.
/// Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth10Tests
{
    [Fact]
    public void What_a_fear_or_speculation_says_happens_is_a_view_not_an_act()
    {
        HasNo("Observers voiced concern that Peru will supply rifles to Bolivia.", EventType.Aid);
        HasNo("There is speculation that Chile will send troops to Peru.", EventType.Mobilize);
        // A report is still read as one.
        Has("The talks follow reports that Peru has sent rifles to Bolivia.", EventType.Aid, "PER", "BOL");
    }

    [Fact]
    public void A_participle_before_an_act_noun_keeps_its_owner_and_is_no_speech() =>
        Has("Bolivia's repeated border incursions are a provocation, Peru said.", EventType.Accuse, "PER", "BOL");

    [Fact]
    public void A_sum_of_money_in_aid_is_the_aid_itself()
    {
        Has("Chile announced 300 million dollars in military aid for Peru.", EventType.Aid, "CHL", "PER");
        Has("Norway pledged $40 million in humanitarian assistance to Sudan.", EventType.Agree, "NOR", "SDN");
    }
}
