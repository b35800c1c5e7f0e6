using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The tenth breadth pass: views and guesses that are not reports, found missing by probing with sentences of our own.
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
}
