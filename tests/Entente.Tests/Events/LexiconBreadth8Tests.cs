using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The eighth breadth pass: lists of sanctioned states, aid increased, answers announced, craft named again, found
/// missing by probing with sentences of our own. Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth8Tests
{
    [Fact]
    public void Taking_a_state_off_a_list_eases_sanctions_on_it() =>
        Has("Washington removed Bolivia from its list of state sponsors of terrorism.", EventType.Concede, "USA", "BOL");

    [Fact]
    public void Aid_to_be_increased_is_aid_promised() =>
        Assert.Contains(Output("Quito said Ecuador would increase its humanitarian aid to Haiti."),
            e => e.Type == EventType.Aid && e.Mode == EventMode.Intended && (e.Source.Code.Value, e.Target?.Code.Value) == ("ECU", "HTI"));

    [Fact]
    public void An_answer_announced_after_a_measure_is_a_threat_against_its_author() =>
        Has("Latvia closed the Belarusian consulate in Daugavpils on Monday. Minsk said it would respond.", EventType.Threaten, "BLR", "LVA");

    [Fact]
    public void Answering_any_aggression_in_general_is_no_threat() =>
        HasNo("Chile said it would respond to any aggression.", EventType.Threaten);

    [Fact]
    public void A_craft_named_again_stands_for_its_owner()
    {
        // "the plane" is the Peruvian aircraft, not the Bolivian jets: Bolivia's act is aimed at Peru.
        Has("A Peruvian aircraft crossed into Bolivian airspace on Monday. Bolivian jets intercepted the plane near Cobija.",
            EventType.Coerce, "BOL", "PER");
        // The same word first: "the vessel" is the coast guard's, not the boat it rammed.
        var events = Output("A Chilean navy vessel rammed a Peruvian fishing boat on Sunday. The vessel then fired warning shots at a second boat.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "PER");
    }

    [Fact]
    public void Guidelines_signed_are_an_agreement() =>
        Has("Chile and Argentina signed guidelines on joint search and rescue on Friday.", EventType.Agree, "CHL", "ARG");

    [Fact]
    public void An_accession_process_frozen_halts_the_candidates_talks() =>
        Has("The European Union froze Moldova's accession process on Monday.", EventType.Sanction, "EU", "MDA");
}
