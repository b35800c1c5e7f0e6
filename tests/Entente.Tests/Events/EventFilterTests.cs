using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>What the default output keeps of the events the coder codes. Every sentence was written for these tests.</summary>
public class EventFilterTests
{
    [Theory]
    [InlineData("Ecuador agreed to scrap a fuel price rise on Sunday.", EventType.Agree)]
    [InlineData("Syrian air defences shot down a drone over Latakia on Friday.", EventType.Assault)]
    [InlineData("Peru rejected the proposal on Monday.", EventType.Reject)]
    public void An_act_that_needs_a_counterpart_and_names_none_is_coded_but_not_output(string sentence, EventType type)
    {
        var coded = SharedPipeline.AllEvents(sentence);
        Assert.Contains(coded, e => e.Type == type && e.Target is null && SharedPipeline.CodingView.Keeps(e));
        Assert.DoesNotContain(coded, e => e.Type == type && e.Target is null && EventFilter.Default.Keeps(e));
        Assert.Contains(coded, e => e.Type == type && e.Target is null && EventFilter.All.Keeps(e));
    }

    [Theory]
    [InlineData("North Korea fired a ballistic missile into the sea on Tuesday.", EventType.Mobilize)]
    [InlineData("Russia threatened to retaliate on Monday.", EventType.Threaten)]
    public void A_show_of_force_or_a_threat_needs_no_counterpart(string sentence, EventType type)
    {
        Assert.Contains(SharedPipeline.AllEvents(sentence), e => e.Type == type && e.Target is null && EventFilter.Default.Keeps(e));
    }

    [Fact]
    public void An_act_with_its_counterpart_is_output()
    {
        Assert.Contains(SharedPipeline.AllEvents("Peru rejected Chile's proposal on Monday."),
            e => e.Type == EventType.Reject && e.Target?.Code.Value == "CHL" && EventFilter.Default.Keeps(e));
    }
}
