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

    [Fact]
    public void Police_dispatched_and_rescuers_sent_abroad_are_a_deployment_and_aid()
    {
        Has("Rwanda dispatched 300 police officers to Mozambique on Friday.", EventType.Mobilize, "RWA", "MOZ");
        Has("Greece sent 150 firefighters to Albania to fight the blazes.", EventType.Aid, "GRC", "ALB");
        Has("Jordan shipped tents and blankets to Lebanon after the floods.", EventType.Aid, "JOR", "LBN");
    }

    [Fact]
    public void Recognition_extended_is_support_and_investigators_allowed_in_a_concession()
    {
        Has("Fiji extended formal recognition to Kosovo on Tuesday.", EventType.Support, "FJI", "XKX");
        Has("Syria allowed United Nations investigators to visit the prison.", EventType.Retreat, "SYR", "UN");
    }

    [Fact]
    public void Fire_traded_gas_used_and_supporters_beaten_are_force()
    {
        Has("Afghan and Pakistani border guards traded fire near Torkham.", EventType.Assault, "AFG", "PAK");
        Has("Myanmar troops used chlorine gas against rebels in Sagaing.", EventType.Assault, "MMR", null);
        Has("Kenyan police beat opposition supporters in Nairobi.", EventType.Coerce, "KEN", null);
    }

    [Fact]
    public void Doctors_and_teachers_are_a_states_civilians_and_a_probe_into_another_states_conduct_investigates_it()
    {
        Has("Teachers in Nigeria went on strike on Monday.", EventType.Protest, "NGA", null);
        Has("Estonia's probe into Russian sabotage networks found new suspects.", EventType.Accuse, "EST", "RUS");
    }

    [Fact]
    public void What_a_state_expects_or_wants_another_to_stop_or_withdraw_is_a_demand()
    {
        Has("Armenia expects Azerbaijan to withdraw its troops from the border villages.", EventType.Request, "ARM", "AZE");
        Has("Kyiv wants Moscow to release all prisoners of war.", EventType.Request, "UKR", "RUS");
        // An analyst's expectation is no one's demand.
        HasNo("Analysts expect China to stop its drills next week.", EventType.Request);
    }

    [Fact]
    public void Planes_sent_with_relief_goods_are_aid_not_a_deployment() =>
        Has("Egypt sent three military planes carrying tents and medicine to Libya.", EventType.Aid, "EGY", "LBY");

    [Fact]
    public void A_delegation_hosted_from_a_state_is_a_meeting_with_it() =>
        Has("Morocco hosted a delegation from Mauritania on Tuesday.", EventType.Consult, "MAR", "MRT");

    [Fact]
    public void Striking_back_at_positions_is_force() =>
        Has("Eritrean troops shelled an Ethiopian border post on Sunday. Ethiopia's army said it had struck back at Eritrean positions.", EventType.Assault, "ETH", "ERI");

    [Fact]
    public void A_delegation_or_envoy_sent_to_a_state_is_consultation() =>
        Has("Portugal sent a delegation to Angola to discuss debt relief.", EventType.Consult, "PRT", "AGO");

    [Fact]
    public void Holding_a_state_responsible_is_an_accusation_though_the_name_took_in_the_adjective() =>
        Has("Georgia held Russia responsible for the cyberattack on its ministries.", EventType.Accuse, "GEO", "RUS");

    [Fact]
    public void Holding_a_state_accountable_is_an_accusation_though_the_word_is_tagged_a_noun() =>
        Has("The Netherlands held Russia accountable.", EventType.Accuse, "NLD", "RUS");

    [Fact]
    public void A_court_finding_a_foreigner_guilty_accuses_the_foreigners_state() =>
        Has("An Iranian court found a French tourist guilty of espionage.", EventType.Accuse, "IRN", "FRA");

    [Fact]
    public void A_trade_measure_on_goods_is_a_sanction_though_no_state_is_named()
    {
        Has("Indonesia imposed export controls on nickel ore on Monday.", EventType.Sanction, "IDN", null);
        // Other sanctions still need whom they are aimed at.
        HasNo("Indonesia imposed new sanctions on Monday.", EventType.Sanction);
    }
}
