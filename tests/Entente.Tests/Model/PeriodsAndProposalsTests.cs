using Entente.Model;
using Xunit;

namespace Entente.Tests.Model;

public class PeriodsAndProposalsTests
{
    [Theory]
    [InlineData("2024-07-03", PeriodUnit.Month, "2024-07")]
    [InlineData("2024-07-03", PeriodUnit.Quarter, "2024-Q3")]
    [InlineData("2024-07-03", PeriodUnit.Week, "2024-W27")]
    [InlineData("2024-12-30", PeriodUnit.Week, "2025-W01")]
    [InlineData("2024-07-03", PeriodUnit.Year, "2024")]
    [InlineData("2024-07", PeriodUnit.Week, "2024-07")]
    [InlineData("2022", PeriodUnit.Month, "2022")]
    [InlineData(null, PeriodUnit.Month, "undated")]
    [InlineData(null, PeriodUnit.All, "all")]
    public void A_date_falls_in_its_period_never_more_precise_than_the_date(string? date, PeriodUnit unit, string period) =>
        Assert.Equal(period, Periods.Of(date, unit));

    [Fact]
    public void Tension_is_the_hostile_share_of_the_goldstein_mass()
    {
        Assert.Equal(0, Periods.Tension(0, 0));
        Assert.Equal(0, Periods.Tension(0, 10));
        Assert.Equal(1, Periods.Tension(4, 0));
        Assert.Equal(0.25, Periods.Tension(2, 6));
    }

    [Theory]
    [InlineData("admitted to NATO’s cyber defense center", "", ProposalAction.Admit, null)]
    [InlineData("joined", " the alliance", ProposalAction.Join, null)]
    [InlineData("signed a mutual defense pact", " in Pyongyang", ProposalAction.Sign, ObligationKind.Defence)]
    [InlineData("signed a non-aggression treaty", "", ProposalAction.Sign, ObligationKind.NonAggression)]
    [InlineData("ratified the accord", "", ProposalAction.Ratify, null)]
    [InlineData("entered", " into force on Wednesday", ProposalAction.EnterIntoForce, null)]
    [InlineData("suspended", " its obligations", ProposalAction.Suspend, null)]
    [InlineData("withdrew from", " the treaty", ProposalAction.Withdraw, null)]
    public void Trigger_words_that_change_a_membership_or_an_agreement_make_a_proposal(string trigger, string after, ProposalAction action, ObligationKind? obligation)
    {
        var read = ProposalReader.Read(trigger, after);
        Assert.NotNull(read);
        Assert.Equal(action, read.Value.Action);
        Assert.Equal(obligation, read.Value.Obligation);
    }

    [Theory]
    [InlineData("signed", " the guest book")]
    [InlineData("held talks with", "")]
    [InlineData("accused", " Pyongyang")]
    [InlineData("", "")]
    public void Other_words_make_none(string trigger, string after) => Assert.Null(ProposalReader.Read(trigger, after));
}
