using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// A state that says another hacked its networks, or that an intelligence service did something, alleges what no one saw
/// done: that is its accusation, not a report of an observed act (list 'covert-codes', claim:report-of-observable-act). And
/// a warship named with its navy's prefix (USS, HMS, BRP …) is that state's. Every sentence was written for these tests.
/// </summary>
public class CovertActsAndShipsTests
{
    [Fact]
    public void A_hacking_a_state_reports_is_its_accusation_of_the_doer()
    {
        var events = Output("Latvia's defence minister said hackers working for Russian military intelligence had broken into the networks of the state broadcaster.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "LVA" && e.Target?.Code.Value == "RUS");
        Assert.DoesNotContain(events, e => e.Type == EventType.Coerce);
        // An attack done in the open and reported by the victim's army is still the attacker's act.
        Has("The Latvian army said Russian jets had bombed a Latvian border post overnight.", EventType.Assault, "RUS", "LVA");
    }

    [Fact]
    public void A_ship_named_with_its_navys_prefix_is_that_states()
    {
        Has("A Chinese coast guard ship fired water cannon at BRP Teodoro Reyes on Sunday.", EventType.Coerce, "CHN", "PHL");
        Has("Yemeni rebels fired two missiles at HMS Kent in the Gulf of Aden.", EventType.Assault, "YEM", "GBR");
    }
}
