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
    public void A_standing_position_of_coordinated_states_is_background_however_the_verb_was_tagged()
    {
        HasNo("Both Chile and Bolivia oppose any foreign role in the river commission.", EventType.Reject);
        HasNo("Chile and Bolivia back the plan for a joint river commission.", EventType.Support);
        Has("Chile and Bolivia will oppose any foreign role in the river commission, their ministers said on Monday.", EventType.Reject, "CHL", null);
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

    [Fact]
    public void A_habit_told_in_the_present_passive_is_background()
    {
        HasNo("Chile's southern airspace is frequently approached by Argentine patrol aircraft.", EventType.Mobilize);
        Has("Chile's southern airspace was approached by Argentine patrol aircraft on Monday.", EventType.Mobilize, "ARG", "CHL");
    }

    [Fact]
    public void An_act_counted_in_times_over_a_span_is_a_tally_but_a_day_makes_it_news()
    {
        HasNo("Japan's air force scrambled fighter jets 512 times in the last fiscal year to meet approaching aircraft.", EventType.Mobilize);
        HasNo("Chile has held similar naval drills several times since 2021.", EventType.Mobilize);
        HasNo("Peruvian fishing boats entered Chilean waters a record number of times last year.", EventType.Coerce);
        // Acts counted as the object over a year or a month are a tally too; a day makes them news.
        HasNo("Chilean rebels staged 310 attacks in 2023, twice as many as the year before.", EventType.Assault);
        Has("Chilean rebels carried out three attacks on police posts in Temuco on Monday.", EventType.Assault, "CHL", null);
        Has("Armenian forces violated the ceasefire 14 times on Sunday, Azerbaijan said.", EventType.Assault, "ARM", null);
        // The count belongs to the accused act, not to the accusation.
        Has("Greece accused Turkey of violating its airspace dozens of times last month.", EventType.Accuse, "GRC", "TUR");
        // "seven times over" is a measure of a threat, not a count of acts.
        Has("Israel's defence minister warned that Yemen's rebels would pay seven times over for any attack.", EventType.Threaten, "ISR", null);
    }

    [Fact]
    public void What_a_speaker_says_as_a_habit_is_background_but_a_dated_saying_is_news()
    {
        HasNo("\"We will not accept foreign military bases on our soil,\" Chile's president has said repeatedly.", EventType.Reject);
        Has("\"We will not accept foreign military bases on our soil,\" Chile's president said on Monday.", EventType.Reject, "CHL", null);
    }
}
