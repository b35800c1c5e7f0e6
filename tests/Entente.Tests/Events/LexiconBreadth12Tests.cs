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

    [Fact]
    public void An_undated_story_told_by_this_week_tells_by_a_month_and_year_what_came_before()
    {
        const string story = "Peru and Chile held border talks this week.\n\nIn July 2022, Chile closed its border with Peru.\n\nOn March 4, 2021, Chile expelled two Peruvian diplomats.";
        HasNo(story, EventType.Sanction);
        Has(story, EventType.Consult, "PER", "CHL");
        // Alone, with no news time to set it against, the date is the story's own.
        Has("In July 2022, Chile closed its border with Peru.", EventType.Sanction, "CHL", "PER");
    }

    [Fact]
    public void A_broker_of_the_accord_the_clause_makes_consults_each_party_now()
    {
        const string signed = "Chile and Peru signed a ceasefire brokered by Uruguay.";
        Has(signed, EventType.Consult, "URY", "CHL");
        Has(signed, EventType.Consult, "URY", "PER");
        Has("Chile and Peru agreed to a truce in talks hosted by Uruguay.", EventType.Consult, "URY", "PER");
        // An accord only referred to was brokered before; one dated by a year in a story of this week is history.
        HasNo("Chile violated the truce brokered by Uruguay.", EventType.Consult);
        Assert.DoesNotContain(Output("Chile and Peru held talks this week. In March 2019, Chile and Peru signed a ceasefire brokered by Uruguay."),
            e => e.Source.Code.Value == "URY");
    }

    [Fact]
    public void A_broker_is_neither_party_to_nor_target_of_what_it_brokered()
    {
        var extended = Output("Chile and Peru agreed to extend the Uruguayan-brokered truce.");
        Assert.Contains(extended, e => e.Type == EventType.Agree && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        Assert.DoesNotContain(extended, e => e.Target?.Code.Value == "URY");
        Assert.DoesNotContain(Output("Chile violated the truce brokered by Uruguay."), e => e.Target?.Code.Value == "URY");
    }
}
