using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Forces of several parties moving together act as one (type:moving-together), and forces sent for an exercise the
/// story has told are how that exercise was done, not a second act (retelling:forces-for-told-exercise, folded by
/// coreference:forces-for-exercise). Every sentence was written for these tests.
/// </summary>
public class JointForcesTests
{
    [Fact]
    public void Forces_of_two_states_flying_together_cooperate_rather_than_each_mobilising()
    {
        var events = Output("Peruvian and Chilean warplanes flew together over the Pacific on Thursday.");
        Assert.Contains(events, e => e.Type == EventType.Cooperate && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
        Assert.DoesNotContain(events, e => e.Type == EventType.Mobilize);
        // Without a word of moving together each state's flight stays its own deployment.
        var apart = Output("Peruvian and Chilean warplanes flew over the Pacific on Thursday.");
        Assert.DoesNotContain(apart, e => e.Type == EventType.Cooperate);
        // One state's aircraft flying "together" are no partnership.
        Assert.DoesNotContain(Output("Two Peruvian warplanes flew together over the Pacific on Thursday."), e => e.Type == EventType.Cooperate);
    }

    [Fact]
    public void Forces_sent_for_an_exercise_already_told_fold_into_the_exercise()
    {
        const string text = "Uruguay and Paraguay opened river drills near Salto on Monday.\n\nUruguay sent three patrol boats and a helicopter for the drills.";
        var events = Output(text);
        var exercise = Assert.Single(events, e => e.Type == EventType.Cooperate);
        Assert.Contains(EventCoreference.ForcesForExerciseRule, exercise.Rules);
        Assert.Single(exercise.Retellings);
        Assert.DoesNotContain(events, e => e.Type == EventType.Mobilize);
        // Forces sent by a state that took no part in the exercise told stay its own act.
        var outsider = Output("Uruguay and Paraguay opened river drills near Salto on Monday.\n\nBolivia sent two frigates for the drills.");
        Assert.Contains(outsider, e => e.Type == EventType.Mobilize && e.Source.Code.Value == "BOL");
    }
}
