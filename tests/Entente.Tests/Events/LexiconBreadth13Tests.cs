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
}
