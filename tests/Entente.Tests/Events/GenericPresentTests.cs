using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// A plain present that tells how things stand (a standing position, a habit) is background, not an act reported; said by
/// someone, quoted, dated or in a headline, it is news. Every sentence was written for these tests.
/// </summary>
public class GenericPresentTests
{
    [Fact]
    public void A_standing_position_stated_by_the_writer_is_background()
    {
        HasNo("Ghana backs the continuation of the regional force in the north.", EventType.Support);
        HasNo("Peru opposes any Chilean role in the river commission.", EventType.Reject);
    }

    [Fact]
    public void A_position_someone_states_on_a_day_or_in_quotation_is_news()
    {
        Has("Peru opposes any Chilean role in the river commission, the foreign minister said on Monday.", EventType.Reject, "PER", "CHL");
        Has("Ghana's president said on Tuesday that Ghana backs Togo's bid for the council seat.", EventType.Support, "GHA", "TGO");
        Has("\"Peru opposes any Chilean role in the commission,\" Peru's foreign minister told reporters.", EventType.Reject, "PER", "CHL");
    }

    [Fact]
    public void A_habit_told_in_the_present_is_background_but_one_act_is_not()
    {
        HasNo("Eritrea often accuses Ethiopia of arming rebels in the west.", EventType.Accuse);
        HasNo("Bolivia usually rejects Chilean requests for transit rights.", EventType.Reject);
        Has("Eritrea accuses Ethiopia of arming rebels in the west.", EventType.Accuse, "ERI", "ETH");
    }
}
