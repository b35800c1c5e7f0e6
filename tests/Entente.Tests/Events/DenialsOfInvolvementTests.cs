using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Denials of involvement said with "nothing" or "no" (lexicon: have nothing to do with, play no role in; a pattern that
/// says "no" itself is not negated by mode:no-object). Every sentence was written for these tests.
/// </summary>
public class DenialsOfInvolvementTests
{
    [Fact]
    public void Having_nothing_to_do_with_an_act_or_playing_no_role_in_it_is_a_denial()
    {
        Has("Tirana said it had nothing to do with the cyberattack on the ministry.", EventType.Reject, "ALB", null);
        Has("Minsk says Belarus played no role in the sabotage of the pipeline.", EventType.Reject, "BLR", null);
        Has("Chad said on Tuesday that it played no part in the raid.", EventType.Reject, "TCD", null);
    }

    [Fact]
    public void A_denial_of_involvement_answers_the_accusation_before_it()
    {
        Has("Ecuador accused Colombia of harbouring the smugglers. Bogota said it had nothing to do with the gang.", EventType.Reject, "COL", "ECU");
    }

    [Fact]
    public void Nothing_to_do_with_said_of_a_thing_or_a_no_in_an_ordinary_object_is_no_denial()
    {
        HasNo("The delay has nothing to do with Hungary, the minister said.", EventType.Reject);
        HasNo("Nepal sent no troops to the border, the army said.", EventType.Mobilize);
    }
}

/// <summary>
/// A charge set beside a report or an accusation and denied (sentence:charge-denied-beside): a report of the denier's act is
/// the reporter's accusation and stays the reporter's claim; calling the charge a dismissive word denies it. Every sentence
/// was written for these tests.
/// </summary>
public class DisputedReportTests
{
    [Fact]
    public void A_reported_act_its_doer_denies_beside_it_is_the_reporters_accusation()
    {
        var events = Output("Guyana said Venezuelan soldiers had fired on its border post, a claim Caracas flatly rejected.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "GUY" && e.Target?.Code.Value == "VEN");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "VEN" && e.Target?.Code.Value == "GUY");
        // The firing is disputed: it is not told as done.
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
        // Undisputed, the report tells the act.
        Has("Guyana said Venezuelan soldiers had fired on its border post.", EventType.Assault, "VEN", null);
    }

    [Fact]
    public void Calling_the_charge_beside_an_accusation_a_dismissive_word_denies_it()
    {
        Has("Eritrea accused Djibouti of hiding the deserters, an allegation Djibouti called baseless.", EventType.Reject, "DJI", "ERI");
        Has("Eritrea accused Djibouti of hiding the deserters, a charge Djibouti branded \"absurd\".", EventType.Reject, "DJI", "ERI");
        // Calling it something else is no denial.
        HasNo("Eritrea accused Djibouti of hiding the deserters, a charge Djibouti called serious.", EventType.Reject);
    }
}

/// <summary>
/// Acts denied by "no": an act told as a noun after "no" (mode:no-noun), and the subject of a passive after "no"
/// (mode:no-subject), did not happen. Every sentence was written for these tests.
/// </summary>
public class DeniedActsTests
{
    [Fact]
    public void An_act_noun_after_no_did_not_happen()
    {
        HasNo("No meeting between Gabon and Cameroon has yet been confirmed.", EventType.Consult);
        HasNo("There were no peace talks between Sudan and South Sudan this year.", EventType.Consult);
        // Without "no", the same noun is the act.
        Has("Talks between Gabon and Cameroon ended on Friday.", EventType.Consult, "GAB", "CMR");
    }

    [Fact]
    public void A_passive_whose_subject_is_denied_by_no_did_not_happen()
    {
        HasNo("No agreement between Gabon and Cameroon was reached on the border.", EventType.Agree);
        HasNo("No deal was signed between Chad and Niger.", EventType.Agree);
    }
}

/// <summary>
/// A government's protest that names nothing answers the act told just before by other states, whatever its kind (rule
/// target:protest-answers-act, through <c>ImplicitTargets.FindLastStatesAct</c>), and is never aimed at home
/// (target:domestic). Sentences written for these tests.
/// </summary>
public class BareGovernmentProtestTests
{
    [Fact]
    public void A_bare_protest_answers_the_act_just_told_by_other_states()
    {
        var events = Output("Kenya and Ethiopia signed a deal to share the river's water. Egypt protested.");
        Assert.Contains(events, e => e.Type == EventType.Protest && e.Source.Code.Value == "EGY" && e.Target?.Code.Value == "KEN");
        Assert.Contains(events, e => e.Type == EventType.Protest && e.Source.Code.Value == "EGY" && e.Target?.Code.Value == "ETH");
    }

    [Fact]
    public void A_governments_protest_is_never_aimed_at_home()
    {
        var events = Output("Ghana held a referendum on Sunday. Togo protested on Monday.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "TGO" && e.Target?.Code.Value == "TGO");
        // Demonstrators' protests stay within their state.
        Has("Thousands of students marched in Accra on Sunday.", EventType.Protest, "GHA", "GHA");
    }
}
