using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>The clause-level readings the coder applies, each on sentences written for these tests.</summary>
public class ClauseRuleTests
{
    private static List<Event> Output(string text) => SharedPipeline.OutputEvents(text);

    private static bool Has(List<Event> events, string source, EventType type, string? target) =>
        events.Exists(e => e.Source.Code.Value == source && e.Type == type && e.Target?.Code.Value == target);

    private static string All(List<Event> events) => string.Join("; ", events.Select(e => $"{e.Source.Code} {e.Type.ToPlover()} {e.Target?.Code.Value ?? "-"}"));

    [Fact]
    public void Saying_another_actor_must_act_is_a_demand()
    {
        var events = Output("The Canadian government declared on Monday that India must stop interfering in its affairs.");
        Assert.True(Has(events, "CAN", EventType.Request, "IND"), All(events));
    }

    [Fact]
    public void An_announced_act_with_unless_is_an_ultimatum()
    {
        var events = Output("Kenya announced that it will withdraw its troops from Somalia unless the fighting stops.");
        Assert.True(events.Exists(e => e.Source.Code.Value == "KEN" && e.Type == EventType.Threaten), All(events));
    }

    [Fact]
    public void An_announced_hostile_act_is_a_threat_and_an_announced_concession_an_intent()
    {
        var threat = Output("Hungary will attack Serbia's border posts next month.");
        Assert.True(Has(threat, "HUN", EventType.Threaten, "SRB"), All(threat));
        var intent = Output("Chile will release the detained Peruvian fishermen.");
        Assert.True(intent.Exists(e => e.Source.Code.Value == "CHL" && e.Type == EventType.Agree), All(intent));
    }

    [Fact]
    public void Readiness_for_a_hostile_act_is_a_threat()
    {
        var events = Output("Officials said Washington was prepared to impose new sanctions on Iran.");
        Assert.True(Has(events, "USA", EventType.Threaten, "IRN"), All(events));
    }

    [Fact]
    public void Force_used_with_no_other_actor_named_is_domestic()
    {
        var events = Output("Kenyan police arrested dozens of protesters in Nairobi on Tuesday.");
        Assert.True(Has(events, "KEN", EventType.Coerce, "KEN"), All(events));
    }

    [Fact]
    public void Force_reported_by_the_state_against_a_described_group_is_domestic()
    {
        var events = Output("The army in Kenya said it had killed four gunmen near the border town of Mandera.");
        Assert.True(Has(events, "KEN", EventType.Assault, "KEN"), All(events));
    }

    [Fact]
    public void The_subject_is_found_across_an_apposition_and_a_relative_clause()
    {
        var apposition = Output("Norway, a long-time partner of the alliance, has refused to send troops to Mali.");
        Assert.True(apposition.Exists(e => e.Source.Code.Value == "NOR" && e.Type == EventType.Reject), All(apposition));
        var relative = Output("Such deals, which Canada has criticised for years, benefit Brazil.");
        Assert.DoesNotContain(relative, e => e.Source.Code.Value == "CAN" && e.Type != EventType.Accuse);
    }

    [Fact]
    public void A_capital_before_a_meeting_is_its_venue()
    {
        var events = Output("The Madrid summit was attended by Poland and Romania.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "ESP");
    }

    [Fact]
    public void Joint_exercises_by_several_states_are_cooperation_between_them()
    {
        var events = Output("India, Japan and Australia will hold a joint naval exercise next week.");
        Assert.True(events.Count(e => e.Type == EventType.Cooperate) == 3, All(events));
    }

    [Fact]
    public void A_threat_is_aimed_at_the_actor_the_condition_names()
    {
        var events = Output("Turkey threatened to close its airspace if Greece deploys new missiles.");
        Assert.True(Has(events, "TUR", EventType.Threaten, "GRC"), All(events));
    }

    [Fact]
    public void An_ethnic_people_is_not_the_state_named_after_them()
    {
        var events = Output("Police in Moldova detained dozens of ethnic Romanians near the border.");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "ROU" || e.Source.Code.Value == "ROU");
    }

    [Fact]
    public void A_demonym_before_another_tells_heritage_not_the_state()
    {
        var events = Output("Belarusian agents tried to kidnap a Lithuanian Canadian blogger in Warsaw.");
        Assert.True(Has(events, "BLR", EventType.Coerce, "CAN"), All(events));
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "LTU");
        // A people within a state is that state's ("Bosnian Serbs" live in Bosnia).
        Assert.True(Has(Output("Bosnian Serbs demanded a truce with Croatia."), "BIH", EventType.Request, "HRV"));
    }

    [Fact]
    public void A_state_named_before_its_ally_or_rival_is_not_that_party()
    {
        var events = Output("Sudanese rebels attacked Chad's militia allies near the border.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "TCD");
        events = Output("Japan sent warships to support Chinese rivals in the region.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "CHN");
        // The state itself, or a rival named beside it, still counts.
        Assert.True(Has(Output("Turkey's rival Greece signed a gas deal with Egypt."), "GRC", EventType.Agree, "EGY"));
        Assert.True(Has(Output("Pakistani officials blamed archrival India for the attack."), "PAK", EventType.Accuse, "IND"));
    }

    [Fact]
    public void A_place_told_by_who_controls_it_is_not_that_actor()
    {
        var events = Output("Bolivian police raided the Peruvian-run enclave near the border.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "PER");
        events = Output("Georgian troops shelled the Russian-controlled region.");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "RUS");
    }

    [Fact]
    public void A_state_s_forces_named_by_a_pronoun_still_strike_its_armed_groups()
    {
        var events = Output("The Nigerian army commander said his troops had killed 40 Boko Haram fighters near Maiduguri.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "NGA" && e.Target?.Code.Value == "NGA" && e.Target.Sector == "REB");
    }

    [Fact]
    public void A_state_s_government_and_one_of_its_armed_groups_are_two_parties()
    {
        var events = Output("Sudan's army and the Rapid Support Forces signed a truce on Monday.");
        Assert.Contains(events, e => e.Type == EventType.Agree && e.Source.Code.Value == "SDN" && e.Target?.Code.Value == "SDN");
        // Acting together on another state, they are told once.
        events = Output("Syria's government and the Syrian Democratic Forces rejected the Turkish plan.");
        Assert.Single(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "SYR" && e.Target?.Code.Value == "TUR");
    }

    [Fact]
    public void A_promise_with_a_condition_after_it_is_hypothetical()
    {
        var events = Output("Rebel leaders in Mali said they would meet the Algerian mediators if the army withdrew.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Consult);
    }

    [Fact]
    public void A_purpose_clause_is_part_of_the_act_it_follows()
    {
        var events = Output("Ghana hosted Togolese officials in Accra on Monday to discuss the border with Togo.");
        var consults = events.Where(e => e.Type == EventType.Consult && e.Source.Code.Value == "GHA").ToList();
        Assert.True(consults.Count == 1 && consults[0].LexiconEntry.StartsWith("host", StringComparison.Ordinal), All(events));
    }

    [Fact]
    public void A_denial_of_a_proposal_answers_its_author_and_refusals_name_the_place()
    {
        var events = Output("Pakistan has refused to deploy peacekeepers in Iraq.");
        Assert.True(Has(events, "PAK", EventType.Reject, "IRQ"), All(events));
    }

    [Fact]
    public void Force_used_by_a_state_in_a_story_about_another_is_not_read_as_domestic()
    {
        var events = Output("Ukraine said Russian troops shelled the town overnight, killing five civilians.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "RUS" && e.Target?.Code.Value == "RUS");
    }

    [Fact]
    public void A_prepositional_aside_after_the_subject_is_skipped()
    {
        var events = Output("Kenyan police, in a statement on social media, said they arrested dozens of Somali nationals.");
        Assert.False(events.Exists(e => e.Source.Code.Value == "SOM"), All(events));
    }

    [Fact]
    public void An_apposition_with_a_hyphenated_participle_is_skipped()
    {
        var events = Output("Hezbollah, an Iran-backed militia, fired rockets at Israel on Sunday.");
        Assert.True(Has(events, "LBN", EventType.Assault, "ISR"), All(events));
    }
}
