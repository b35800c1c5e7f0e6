using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Whom an act of force befell, named in its "of" phrase, is not whom a reaction to the act is aimed at; the act's doer is
/// (rule target:victim-of-named-act). Every sentence was written for these tests.
/// </summary>
public class VictimOfNamedActTests
{
    [Fact]
    public void The_victims_of_a_rejected_or_condemned_act_are_not_its_target()
    {
        var events = Output("Chile and Peru rejected on Monday any forced displacement of Bolivians from the border towns.");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "CHL");
        Assert.DoesNotContain(events, e => e.Type == EventType.Reject && e.Target?.Code.Value == "BOL");
    }

    [Fact]
    public void The_doer_named_with_the_act_or_told_before_is_the_target()
    {
        Has("Chile condemned on Monday Bolivia's detention of three Peruvian fishermen.", EventType.Accuse, "CHL", "BOL");
        const string told = "Bolivian police detained three Peruvian fishermen on Monday. Chile condemned the detention of the three men.";
        Has(told, EventType.Accuse, "CHL", "BOL");
        Assert.DoesNotContain(Output(told), e => e.Type == EventType.Accuse && e.Target?.Code.Value == "PER");
        // A denial of a role in an act answers the victim's side.
        Has("Chile denied any role in the abduction of a Bolivian opposition leader.", EventType.Reject, "CHL", "BOL");
    }
}
