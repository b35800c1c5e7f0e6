using Entente.Events;
using Entente.Tests.Cli;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The fourteenth breadth pass: mechanisms found missing by probing with sentences of our own (economic statecraft,
/// front-line reporting, state media, diplomacy, rights and migration). Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth14Tests
{
    [Fact]
    public void A_spokesperson_for_a_body_acts_for_it_whatever_stands_between_them_and_the_verb()
    {
        Has("A spokesperson for the Peruvian Foreign Ministry on Tuesday denounced Bolivia for the border closure.", EventType.Accuse, "PER", "BOL");
        Has("A spokesman for the Chilean navy on Friday accused Argentina of sending fishing boats into Chilean waters.", EventType.Accuse, "CHL", "ARG");
    }

    [Fact]
    public void Being_concerned_or_troubled_by_another_actor_is_criticism()
    {
        Has("Chile is deeply concerned about Bolivia's new border fence.", EventType.Accuse, "CHL", "BOL");
        Has("Norway said it was troubled by the conduct of the Russian coast guard.", EventType.Accuse, "NOR", "RUS");
        HasNo("Officials of the countries concerned met in Lima on Monday.", EventType.Accuse);
    }

    [Fact]
    public void Force_used_in_a_place_named_by_an_opening_phrase_is_used_on_that_places_state()
    {
        Has("In Kharkiv region, Belarusian troops shelled two villages overnight, officials said.", EventType.Assault, "BLR", "UKR");
        // A place of the doer's own state is no target of another state.
        var own = Output("In Minsk, Belarusian troops shelled two rebel positions overnight.");
        Assert.DoesNotContain(own, e => e.Target is { } t && t.Code.Value != "BLR");
    }

    [Fact]
    public void An_object_and_the_next_clauses_subject_side_by_side_are_two_actors()
    {
        Has("Chile warned Bolivia it would respond to any incursion.", EventType.Threaten, "CHL", "BOL");
        Has("Norway told Russia Oslo would not accept the new fishing quotas.", EventType.Reject, "NOR", null);
    }
}
