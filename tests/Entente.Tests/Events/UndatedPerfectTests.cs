using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// An undated present perfect past a story's lead, said by no one, sums up what has happened so far: background. The lead,
/// a fresh act ("has now"), a speaker and accusations stay news. Every sentence was written for these tests.
/// </summary>
public class UndatedPerfectTests
{
    private const string Lead = "Chile and Bolivia held talks in La Paz on Monday on access to the Pacific.\n\nThe foreign ministers discussed a new rail corridor and port fees.\n\n";

    [Fact]
    public void An_undated_present_perfect_past_the_lead_is_background()
    {
        HasNo(Lead + "Bolivia has closed two border crossings with Chile and suspended cargo inspections.", EventType.Sanction);
        HasNo(Lead + "Bolivia has rejected the court's ruling on the river.", EventType.Reject);
    }

    [Fact]
    public void The_lead_a_fresh_act_a_speaker_and_an_accusation_stay_news()
    {
        Has("Bolivia has closed two border crossings with Chile.", EventType.Sanction, "BOL", "CHL");
        Has(Lead + "Bolivia has now closed two border crossings with Chile.", EventType.Sanction, "BOL", "CHL");
        Has(Lead + "Bolivia has closed two border crossings with Chile, its interior minister said.", EventType.Sanction, "BOL", "CHL");
        Has(Lead + "Chile has accused Bolivia of stalling the corridor.", EventType.Accuse, "CHL", "BOL");
    }

    [Fact]
    public void A_plain_present_past_the_lead_is_background_but_a_statement_made_now_is_news()
    {
        HasNo(Lead + "Chile accuses Bolivia of stalling the corridor.", EventType.Accuse);
        HasNo(Lead + "La Paz rejects any foreign role in the corridor.", EventType.Reject);
        // A denial answers the claim it denies: news.
        Has(Lead + "Chile says Bolivian troops crossed the border. La Paz denies any incursion.", EventType.Reject, "BOL", null);
        Has(Lead + "Chile strongly condemns Bolivia for closing the crossings.", EventType.Accuse, "CHL", "BOL");
        Has("Chile accuses Bolivia of stalling the rail corridor.", EventType.Accuse, "CHL", "BOL");
        Has(Lead + "Chile accuses Bolivia of stalling the corridor, its foreign minister said on Tuesday.", EventType.Accuse, "CHL", "BOL");
    }
}
