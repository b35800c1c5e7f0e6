using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a sixteenth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthSixteenthPassTests
{
    [Theory]
    [InlineData("Armenia has accused Azerbaijan of shelling its positions in Syunik province overnight, killing two soldiers.", "ARM", "AZE")]
    [InlineData("Ghana blamed Togo for shelling a border post, wounding three guards.", "GHA", "TGO")]
    public void Harm_told_after_a_charge_is_part_of_the_alleged_deed(string sentence, string accuser, string accused)
    {
        var events = Output(sentence);
        Assert.Equal([(accuser, accused, EventType.Accuse)], events.Select(e => (e.Source.Code.Value, e.Target?.Code.Value, e.Type)));
    }

    [Fact]
    public void Speech_told_after_a_charge_is_the_chargers_next_act()
    {
        Has("Peru accused Chile of sending troops into the province, urging Santiago to withdraw them.", EventType.Request, "PER", "CHL");
    }
}
