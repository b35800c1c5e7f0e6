using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The twelfth breadth pass: acts found missing by probing with sentences of our own. Every sentence was written for
/// these tests.
/// </summary>
public class LexiconBreadth12Tests
{
    [Theory]
    [InlineData("Peruvian jets bombed rebel positions in Bolivia.", "PER")]
    [InlineData("Bolivian troops overran a guerrilla camp near Cochabamba.", "BOL")]
    [InlineData("Police in La Paz stormed a militant hideout.", "BOL")]
    public void A_group_word_before_what_the_group_holds_names_the_group(string text, string source)
    {
        var attack = Assert.Single(Output(text), e => e.Type == EventType.Assault);
        Assert.Equal(source, attack.Source.Code.Value);
        Assert.Equal("BOL", attack.Target?.Code.Value);
        Assert.Equal("REB", attack.Target?.Sector);
    }
}
