using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The eleventh breadth pass: acts a news outlet reports, found missing by probing with sentences of our own.
/// Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth11Tests
{
    [Fact]
    public void An_observable_act_a_news_outlet_reports_is_coded_and_its_views_are_not()
    {
        // The outlet reports; the act is the doer's.
        Has("Xinhua reported that Peruvian jets bombed rebel camps in Bolivia.", EventType.Assault, "PER", "BOL");
        Has("The BBC said Chile expelled two Bolivian diplomats on Monday.", EventType.Sanction, "CHL", "BOL");
        // What an outlet believes or characterises stays its view, and so does a movement it reports.
        HasNo("The BBC reported that Chile moved tanks to the Bolivian border.", EventType.Mobilize);
        HasNo("Xinhua believes that Peruvian jets bombed rebel camps in Bolivia.", EventType.Assault);
        HasNo("The BBC said Chile harasses Bolivian fishermen every week.", EventType.Coerce);
    }
}
