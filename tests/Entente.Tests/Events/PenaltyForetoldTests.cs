using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// A speaker saying another actor will pay a heavy price, or that its act will be met with measures, threatens that actor
/// (rule sentence:penalty-if). Every sentence was written for these tests.
/// </summary>
public class PenaltyForetoldTests
{
    [Fact]
    public void A_heavy_price_foretold_for_another_actor_is_a_threat()
    {
        Has("Ethiopia's foreign ministry said on Friday that Eritrea would pay a heavy price for the attack.", EventType.Threaten, "ETH", "ERI");
        Has("\"Sudan will pay a heavy price for this attack,\" Chad's defence minister said.", EventType.Threaten, "TCD", "SDN");
        // A higher price for a good is trade, not a penalty.
        HasNo("Moscow said European buyers would pay a higher price for gas.", EventType.Threaten);
    }

    [Fact]
    public void An_act_said_to_be_met_with_measures_threatens_its_doer()
    {
        Has("Beijing warned on Thursday that any move by Manila to build on the shoal would be met with all necessary measures.", EventType.Threaten, "CHN", "PHL");
        Has("Caracas said on Wednesday that Guyana's drilling in the disputed waters would be met with a firm response.", EventType.Threaten, "VEN", "GUY");
        // Told as what happened, it is no threat.
        HasNo("Guyana's drilling was met with protests in Caracas on Wednesday.", EventType.Threaten);
    }
}
