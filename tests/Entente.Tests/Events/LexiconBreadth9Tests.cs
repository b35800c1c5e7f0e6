using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The ninth breadth pass: readiness for talks, weapons sought, alert levels raised, people freed, police sent, British
/// spellings, particles after the object, vehicles struck, found
/// missing by probing with sentences of our own. Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth9Tests
{
    [Fact]
    public void Readiness_for_talks_is_an_intent_to_negotiate() =>
        Has("Armenia said it was prepared for talks with Azerbaijan on the border.", EventType.Agree, "ARM", "AZE");

    [Fact]
    public void Weapon_systems_sought_from_a_state_are_a_request() =>
        Has("Taiwan is seeking more anti-ship missiles from the United States.", EventType.Request, "TWN", "USA");

    [Fact]
    public void Forces_placed_on_a_higher_readiness_are_mobilised()
    {
        Has("Azerbaijan placed its troops on full combat readiness along the Armenian border.", EventType.Mobilize, "AZE", null);
        Has("Lebanon raised the alert level of its army after the strikes.", EventType.Mobilize, "LBN", null);
    }

    [Fact]
    public void People_freed_by_a_state_are_a_concession() =>
        Has("Belarus released 30 protesters arrested after the election.", EventType.Concede, "BLR", null);

    [Fact]
    public void Police_sent_abroad_are_a_deployment() =>
        Has("Rwanda will send 400 police to the Central African Republic.", EventType.Mobilize, "RWA", "CAF");

    [Fact]
    public void British_spellings_of_verbs_in_l_are_read() =>
        Has("Slovakia cancelled talks with Ukraine on Tuesday.", EventType.Sanction, "SVK", "UKR");

    [Fact]
    public void A_phrasal_verbs_particle_may_follow_its_object()
    {
        Has("Peru handed the fugitives over to Bolivian police on Monday.", EventType.Cooperate, "PER", "BOL");
        Has("Serbia turned the proposal down on Friday.", EventType.Reject, "SRB", null);
    }

    [Fact]
    public void Attacks_on_vehicles_and_boats_are_assaults() =>
        Has("Turkish drones struck a car near Qamishli, killing three men, Syrian Kurdish officials said.", EventType.Assault, "TUR", "SYR");
}
