using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// A span of years followed by a clause of its own dates the act it hangs on ("from 1941 to 1942 that displaced …"), so old
/// wars stay background; and a news outlet named in a story is never one of "the two neighbours". Every sentence was
/// written for these tests.
/// </summary>
public class HistoryAndPairsTests
{
    [Fact]
    public void A_war_dated_by_a_span_of_years_before_a_relative_clause_is_background()
    {
        var events = Output("Peru and Ecuador fought a border war from 1941 to 1942 that displaced thousands. On Monday, Peru accused Ecuador of massing troops.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "ECU");
    }

    [Fact]
    public void A_pair_of_neighbours_skips_the_news_agency_named_last()
    {
        var events = Output("Peru accused Ecuador of moving troops to the border, according to a report seen by The Associated Press. The two neighbours agreed on Friday to hold talks.");
        Assert.Contains(events, e => e.Type == EventType.Agree && (e.Source.Code.Value, e.Target?.Code.Value) is ("PER", "ECU") or ("ECU", "PER"));
        Assert.DoesNotContain(events, e => e.Type == EventType.Agree && (e.Source.Code.Value == "USA" || e.Target?.Code.Value == "USA"));
    }
}
