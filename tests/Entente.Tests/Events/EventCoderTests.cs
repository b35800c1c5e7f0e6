using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>Each construction the coder must read, on sentences written for these tests.</summary>
public class EventCoderTests
{
    private static List<Event> All(string text) => SharedPipeline.AllEvents(text);

    private static List<Event> Output(string text) => All(text).Where(Entente.Tests.Cli.SharedPipeline.CodingView.Keeps).ToList();

    private static Event Single(IEnumerable<Event> events, EventType type, string source, string? target)
    {
        var found = events.Where(e => e.Type == type && e.Source.Code.Value == source && e.Target?.Code.Value == target).ToList();
        Assert.True(found.Count == 1, $"expected one {source} {type} {target}, got: {string.Join("; ", events.Select(Describe))}");
        return found[0];
    }

    private static string Describe(Event e) => $"{e.Source.Code} {e.Type.ToPlover()} {e.Target?.Code.Value ?? "-"} [{e.Mode}{(e.IsBackground ? ",bg" : "")}{(e.IsThirdPartyClaim ? ",claim" : "")}]";

    [Fact]
    public void Held_talks_with_is_a_consultation_with_the_object()
    {
        Single(Output("Vietnam's defence minister held talks with Indonesian officials in Jakarta on Monday."), EventType.Consult, "VNM", "IDN");
    }

    [Fact]
    public void Coordinated_subjects_signing_a_pact_give_one_event_between_them()
    {
        var events = Output("Vietnam and the Philippines signed a maritime cooperation pact on Tuesday.");
        var agree = Assert.Single(events, e => e.Type == EventType.Agree);
        Assert.Equal(["PHL", "VNM"], new[] { agree.Source.Code.Value, agree.Target!.Code.Value }.Order().ToArray());
    }

    [Fact]
    public void Accused_x_of_codes_the_accuser_and_the_accused()
    {
        Single(Output("Manila accused Beijing of harassing Filipino fishing boats near the shoal."), EventType.Accuse, "PHL", "CHN");
    }

    [Fact]
    public void Warned_x_against_is_a_threat()
    {
        Single(Output("Washington warned Pyongyang against conducting another nuclear test."), EventType.Threaten, "USA", "PRK");
    }

    [Fact]
    public void Imposed_sanctions_on()
    {
        Single(Output("The European Union imposed sanctions on Belarus over the crackdown."), EventType.Sanction, "EU", "BLR");
    }

    [Fact]
    public void Fired_water_cannon_at_a_vessel_of_another_state()
    {
        var events = Output("Chinese coast guard ships fired water cannon at a Philippine supply boat.");
        Assert.Contains(events, e => e.Source.Code.Value == "CHN" && e.Target?.Code.Value == "PHL" && e.Type is EventType.Coerce or EventType.Assault);
    }

    [Fact]
    public void Scrambled_fighter_jets_is_a_mobilisation()
    {
        Assert.Contains(Output("Japan scrambled fighter jets on Friday."), e => e.Source.Code.Value == "JPN" && e.Type == EventType.Mobilize);
    }

    [Fact]
    public void Urged_x_to_is_a_request_and_the_urged_act_is_not_an_event_of_its_own()
    {
        var events = Output("India urged Pakistan to release the detained fishermen.");
        Single(events, EventType.Request, "IND", "PAK");
        Assert.DoesNotContain(events, e => e.Type == EventType.Concede);
    }

    [Fact]
    public void Reaffirmed_commitment_to_is_support()
    {
        Single(Output("Australian officials reaffirmed their commitment to Papua New Guinea."), EventType.Support, "AUS", "PNG");
    }

    [Fact]
    public void Passive_admission_keeps_the_subject_as_the_joining_state()
    {
        var events = Output("Finland was admitted to NATO in April.");
        Assert.Contains(events, e => e.Type == EventType.Cooperate && new[] { e.Source.Code.Value, e.Target?.Code.Value }.Order().SequenceEqual(new[] { "FIN", "NATO" }));
    }

    [Fact]
    public void Passive_with_an_agent_swaps_source_and_target()
    {
        Assert.Contains(Output("Ukrainian positions were shelled by Russian artillery overnight."), e => e.Source.Code.Value == "RUS" && e.Target?.Code.Value == "UKR" && e.Type == EventType.Assault);
    }

    [Fact]
    public void A_preposition_stranded_by_the_passive_keeps_the_subject_as_the_target()
    {
        Single(Output("Peru was called on by Chile to reopen the border crossing."), EventType.Request, "CHL", "PER");
        Single(Output("Malta was appealed to by Italy to take in the rescued migrants."), EventType.Request, "ITA", "MLT");
        // Not stranded: a noun phrase follows the preposition, so the passive is no call on anyone.
        Assert.DoesNotContain(Output("The plan was met with protests in Lima."), e => e.Type == EventType.Request);
    }

    [Fact]
    public void Two_coordinated_senders_give_two_aid_events()
    {
        var events = Output("Norway and Denmark are sending medical supplies to Ukraine.");
        Single(events, EventType.Aid, "NOR", "UKR");
        Single(events, EventType.Aid, "DNK", "UKR");
    }

    [Fact]
    public void A_possessive_nominal_event_is_coded()
    {
        Assert.Contains(Output("Modi's visit to Moscow angered Washington."), e => e.Source.Code.Value == "IND" && e.Target?.Code.Value == "RUS" && e.Type == EventType.Consult);
    }

    [Fact]
    public void Planned_meetings_are_intended()
    {
        var e = Assert.Single(Output("Thailand and Cambodia plan to meet with Malaysian mediators next week."), x => x.Source.Code.Value == "THA" && x.Type == EventType.Consult);
        Assert.Equal(EventMode.Intended, e.Mode);
    }

    [Fact]
    public void Possible_acts_are_hypothetical_and_not_output_by_default()
    {
        var all = All("Belarus might deploy troops to the border with Lithuania.");
        Assert.Contains(all, e => e.Source.Code.Value == "BLR" && e.Mode == EventMode.Hypothetical);
        Assert.DoesNotContain(Output("Belarus might deploy troops to the border with Lithuania."), e => e.Source.Code.Value == "BLR");
    }

    [Fact]
    public void Negated_acts_are_negated()
    {
        var all = All("Germany did not sign the agreement with Poland.");
        Assert.Contains(all, e => e.Type == EventType.Agree && e.Mode == EventMode.Negated);
        Assert.DoesNotContain(Output("Germany did not sign the agreement with Poland."), e => e.Type == EventType.Agree);
    }

    [Fact]
    public void A_denial_is_a_rejection_by_each_denier()
    {
        var events = Output("Tehran and Damascus deny any weapons transfers.");
        Assert.Single(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "IRN");
        Assert.Single(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "SYR");
    }

    [Fact]
    public void A_denial_answers_the_accusation_before_it()
    {
        var events = Output("Israel accused Iran of arming the militia. Tehran and Damascus deny any weapons transfers.");
        Single(events, EventType.Reject, "IRN", "ISR");
        Single(events, EventType.Reject, "SYR", "ISR");
    }

    [Fact]
    public void A_third_party_estimate_of_a_hostile_act_is_an_accusation_and_the_act_a_claim()
    {
        var all = All("Washington and Seoul estimate that Pyongyang has sent artillery shells to Russia.");
        Single(all, EventType.Accuse, "USA", "PRK");
        Single(all, EventType.Accuse, "KOR", "PRK");
        var aid = Single(all, EventType.Aid, "PRK", "RUS");
        Assert.True(aid.IsThirdPartyClaim);
        Assert.NotNull(aid.Claimant);
        Assert.DoesNotContain(Output("Washington and Seoul estimate that Pyongyang has sent artillery shells to Russia."), e => e.Type == EventType.Aid);
    }

    [Fact]
    public void The_same_act_told_twice_is_one_event_with_two_mentions()
    {
        var events = Output("China and Russia launched a joint air patrol over the Sea of Japan. The joint patrol was the ninth since 2019, and Chinese and Russian bombers carried out joint patrols again in December.");
        var patrol = Assert.Single(events, e => e.Type == EventType.Cooperate);
        Assert.True(patrol.Mentions >= 2);
    }

    [Fact]
    public void Every_event_keeps_its_provenance()
    {
        var text = "Kenya accused Somalia of violating its airspace.";
        var e = Single(Output(text), EventType.Accuse, "KEN", "SOM");
        Assert.Equal("test.txt", e.ArticleId);
        Assert.StartsWith("accused", text[e.Trigger.Start..e.Trigger.End]);
        Assert.Contains("lexicon.tsv:", e.LexiconEntry);
        Assert.Contains("dict:", e.Source.Rule);
        Assert.Equal(text, e.Sentence);
        Assert.Equal(-2.0, e.Goldstein);
        Assert.StartsWith("112", e.Cameo);
    }

    [Fact]
    public void A_question_asserts_nothing()
    {
        Assert.DoesNotContain(Output("Will Sweden join the alliance this year?"), e => e.Source.Code.Value == "SWE");
    }
}
