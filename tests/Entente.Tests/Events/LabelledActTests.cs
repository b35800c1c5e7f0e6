using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// "X called the attack a terrorist act": the condemning words of a predicate nominal the parse hung on the act's noun are
/// still what X says of the act, so X accuses its doer (sentence:pejorative-name). Every sentence was written for these tests.
/// </summary>
public class LabelledActTests
{
    [Fact]
    public void A_condemning_nominal_hung_on_the_act_noun_accuses_the_acts_doer()
    {
        var events = Output("Chile shelled a Bolivian border post overnight. Peru's foreign minister called the attack a terrorist act.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
        // A word of sorrow accuses no one.
        Assert.DoesNotContain(Output("Chile shelled a Bolivian border post overnight. Peru called the attack a tragedy."), e => e.Source.Code.Value == "PER");
    }
}
