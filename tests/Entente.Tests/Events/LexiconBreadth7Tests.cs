using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The seventh breadth pass: drones launched, weapon systems sent, collisions at sea, answers in force, warnings and
/// drafts, found missing by probing with sentences of our own. Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth7Tests
{
    [Fact]
    public void Launching_drones_is_an_aerial_attack_even_with_no_target_named()
    {
        var events = Output("Syria launched a dozen drones overnight.");
        var attack = Assert.Single(events, e => e.Type == EventType.Assault);
        Assert.Equal("SYR", attack.Source.Code.Value);
        Assert.Equal("195", attack.Cameo);
        Assert.Null(attack.Target);
    }

    [Fact]
    public void Weapon_systems_to_be_sent_are_military_aid_promised() =>
        Assert.Contains(Output("Spain will send two more air defence systems to Morocco."),
            e => e.Type == EventType.Aid && e.Mode == EventMode.Intended && (e.Source.Code.Value, e.Target?.Code.Value) == ("ESP", "MAR"));

    [Fact]
    public void Ships_of_two_states_colliding_coerce_each_other()
    {
        const string text = "Greek and Turkish ships collided in the Aegean on Friday.";
        Has(text, EventType.Coerce, "GRC", "TUR");
        Has(text, EventType.Coerce, "TUR", "GRC");
    }

    [Fact]
    public void Launching_shells_near_a_border_is_a_show_of_force() =>
        Has("Peru launched a barrage of artillery shells near its border with Ecuador on Friday.", EventType.Mobilize, "PER", null);

    [Fact]
    public void Two_fishing_boats_colliding_is_no_event() =>
        Assert.Empty(Output("Two fishing boats collided off the coast on Friday."));

    [Fact]
    public void A_group_answering_with_force_aims_it_at_the_attacker_not_at_home()
    {
        var events = Output("Kenyan jets struck al-Shabaab camps in Somalia on Monday. Al-Shabaab responded with mortar fire.");
        var answer = Assert.Single(events, e => e.Type == EventType.Assault && e.Source.Sector == "REB");
        Assert.Equal("KEN", answer.Target?.Code.Value);
        Assert.Contains("article:retaliation-answers-act", answer.Rules);
    }

    [Fact]
    public void Retaliating_with_duties_answers_the_earlier_measure() =>
        Has("Canada raised tariffs on Mexican steel. Mexico retaliated with duties on Canadian pork.", EventType.Sanction, "MEX", "CAN");

    [Fact]
    public void A_warning_of_what_another_will_suffer_stays_a_threat()
    {
        const string text = "Norway warned that Moscow would pay a heavy price.";
        Has(text, EventType.Threaten, "NOR", "RUS");
        HasNo(text, EventType.Accuse);
    }

    [Fact]
    public void What_a_plan_is_for_stays_what_the_proposer_does() =>
        Has("The European Commission proposed a plan for rebuilding roads and supporting Moldova.", EventType.Support, "EU", "MDA");

    [Fact]
    public void A_draft_adopted_says_what_was_done() =>
        Has("The Security Council adopted a resolution condemning Chile.", EventType.Accuse, "UN", "CHL");

    [Fact]
    public void Demonstrators_protesting_stay_a_protest()
    {
        var events = Output("Thousands of students protested the new law in Lima.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void An_incident_or_a_ramming_protested_names_the_earlier_act()
    {
        Has("A Chinese ship rammed a Vietnamese fishing boat. Hanoi protested the ramming.", EventType.Accuse, "VNM", "CHN");
        Has("Peruvian jets entered Chilean airspace on Friday. Santiago condemned the incident.", EventType.Accuse, "CHL", "PER");
    }

    [Fact]
    public void Warning_shots_drawn_from_another_are_its_coercion_of_the_intruder()
    {
        const string text = "Serbian troops briefly crossed the boundary, prompting warning shots from Kosovo.";
        Has(text, EventType.Coerce, "XKX", "SRB");
        // Crossing a boundary is aimed across it, never at the crossers' own people.
        Assert.DoesNotContain(Output(text), e => e.Source.Code.Value == "SRB" && e.Target?.Code.Value == "SRB");
    }

    [Theory]
    [InlineData("Ankara said its forces had neutralised nine militants in Syria.")]
    [InlineData("Kenyan troops eliminated a senior al-Shabaab commander in Somalia.")]
    public void Neutralising_or_eliminating_fighters_is_force(string text)
    {
        var events = Output(text);
        Assert.Contains(events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void Drills_announced_are_a_show_of_force_and_condemning_the_exercises_answers_it()
    {
        const string text = "India's army announced live-fire drills near the border. Islamabad condemned the exercises as a provocation.";
        Has(text, EventType.Mobilize, "IND", null);
        Has(text, EventType.Accuse, "PAK", "IND");
    }

    [Fact]
    public void A_verdict_condemned_answers_the_state_whose_court_gave_it() =>
        Has("A court in Tehran sentenced a French tourist to eight years in prison. Paris condemned the verdict.", EventType.Accuse, "FRA", "IRN");

    [Fact]
    public void A_plan_called_hostile_is_the_planners() =>
        Has("Lithuania will build a wall along its border with Russia, the minister said. Moscow called the plan hostile.", EventType.Accuse, "RUS", "LTU");

    [Fact]
    public void Calling_ones_counterpart_is_a_phone_call_and_calling_on_one_is_a_request()
    {
        Has("Chile's foreign minister called her Peruvian counterpart on Monday.", EventType.Consult, "CHL", "PER");
        HasNo("Chile's foreign minister called on her Peruvian counterpart to free the sailors.", EventType.Consult);
    }

    [Fact]
    public void Suspending_participation_in_a_treaty_with_no_party_named_is_a_rejection() =>
        Has("Belarus suspended its participation in the arms control treaty.", EventType.Reject, "BLR", null);

    [Fact]
    public void Responding_to_an_attack_with_fire_is_force_against_the_attacker() =>
        Has("Ecuador shelled Peruvian posts on Monday. Peru responded to the shelling with mortar fire.", EventType.Assault, "PER", "ECU");

    [Fact]
    public void Ordering_foreign_troops_to_leave_expels_them() =>
        Has("Niger ordered the German soldiers to leave by the end of the month.", EventType.Sanction, "NER", "DEU");

    [Fact]
    public void Calling_a_verdict_a_sham_or_a_travesty_accuses_the_court()
    {
        Has("An Iranian court sentenced a Swedish aid worker to death. Stockholm called the verdict a travesty.", EventType.Accuse, "SWE", "IRN");
        Has("A Belarusian court jailed a Polish journalist for eight years. Warsaw called the ruling a sham.", EventType.Accuse, "POL", "BLR");
    }

    [Fact]
    public void Returning_looted_artefacts_to_a_state_yields_property_to_it() =>
        Has("Germany returned 20 looted Benin bronzes to Cameroon on Friday.", EventType.Concede, "DEU", "CMR");

    [Fact]
    public void Villagers_and_civilians_killed_by_an_armed_group_are_the_states_people_not_its_authorities()
    {
        var attack = Assert.Single(Output("Gunmen killed 14 villagers in northern Burkina Faso on Sunday."), e => e.Type == EventType.Assault);
        Assert.Equal("BFA", attack.Target?.Code.Value);
        Assert.Equal("CVL", attack.Target?.Sector);
    }

    [Fact]
    public void Calling_an_act_a_mistake_criticises_whoever_did_it() =>
        Has("Norway expelled three Russian diplomats on Monday. Moscow called the expulsion a grave mistake.", EventType.Accuse, "RUS", "NOR");

    [Fact]
    public void Conveying_or_delivering_a_protest_to_a_state_complains_to_it()
    {
        Has("Oman's foreign ministry conveyed a formal protest to Tehran over the seizure.", EventType.Accuse, "OMN", "IRN");
        Has("Chile delivered a strong objection to Buenos Aires on Monday.", EventType.Accuse, "CHL", "ARG");
        Has("Quito conveyed its serious concerns to Lima through diplomatic channels.", EventType.Accuse, "ECU", "PER");
    }

    [Fact]
    public void Being_disappointed_by_an_act_criticises_whoever_did_it()
    {
        Has("Paraguay cancelled a river transport deal with Bolivia. La Paz said it was disappointed by the decision.", EventType.Accuse, "BOL", "PRY");
        // Disappointment with something no actor did is no event.
        Assert.DoesNotContain(Output("Bolivia was disappointed with the weather."), e => e.Type == EventType.Accuse);
    }
}
