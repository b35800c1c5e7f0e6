using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Phrasings of a fourth pass, from reactions and contacts as Northeast Asian and world news tells them: keeping the right
/// to answer an act (a warning), a courtesy call on a leader and a message relayed to another party (contact), deriding an
/// actor as something (disparagement), regretting another's decision (disapproval); fights in games the list 'sport' lacked (chess, water polo) are play. Every sentence was written for these tests.
/// </summary>
public class BreadthFourthPassTests
{
    [Fact]
    public void Keeping_the_right_to_respond_is_a_warning()
    {
        Has("Chile expelled two Bolivian diplomats. Bolivia reserved the right to respond.", EventType.Threaten, "BOL", "CHL");
        // The right to something else is no warning.
        Assert.DoesNotContain(Output("Bolivia reserved the right to host the summit."), e => e.Type == EventType.Threaten);
    }

    [Fact]
    public void Courtesy_calls_and_relayed_messages_are_contact()
    {
        Has("Peru's foreign minister paid a courtesy call on Chile's president on Monday.", EventType.Consult, "PER", "CHL");
        Has("The Peruvian army relayed a message to Ecuadorean commanders through a hotline.", EventType.Consult, "PER", "ECU");
    }

    [Fact]
    public void Regretting_anothers_decision_disapproves_of_it()
    {
        Has("Chile closed its consulate in La Paz on Monday. Bolivia regretted the decision.", EventType.Accuse, "BOL", "CHL");
        // Regretting a loss is sympathy, not blame.
        Assert.DoesNotContain(Output("Chile regretted the loss of life in the Bolivian floods."), e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void Fights_over_a_chessboard_or_in_a_pool_are_games()
    {
        HasNo("Peruvian and Chilean chess players fought to a draw at the Olympiad in Lima.", EventType.Assault);
        HasNo("Peru and Chile clashed again on Sunday, this time in the water polo pool, with Chile winning 9-8.", EventType.Assault);
    }

    [Fact]
    public void Deriding_an_actor_as_something_disparages_it()
    {
        Has("Venezuela derided the Guyanese government as a puppet of oil companies.", EventType.Accuse, "VEN", "GUY");
    }
}
