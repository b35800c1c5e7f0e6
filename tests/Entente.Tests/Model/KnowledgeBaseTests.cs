using Entente.Language;
using Entente.Actors;
using Entente.Model;
using Xunit;

namespace Entente.Tests.Model;

public class KnowledgeBaseTests
{
    private static readonly Lazy<KnowledgeBase> Shipped = new(() => KnowledgeBase.Load());
    private static KnowledgeBase Kb => Shipped.Value;
    private static ActorCode C(string code) => new(code);
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static HashSet<string> Members(string org, string on, MembershipKind kind = MembershipKind.Member) =>
        Kb.MembersOf(C(org), D(on), kind).Select(m => m.Member.Value).ToHashSet();

    [Fact]
    public void Nato_has_32_members_with_sweden_from_march_2024_and_finland_from_april_2023()
    {
        Assert.Equal(32, Members("NATO", "2024-07-01").Count);
        Assert.Equal(31, Members("NATO", "2023-06-01").Count);
        Assert.Equal(30, Members("NATO", "2023-01-01").Count);
        Assert.Contains("SWE", Members("NATO", "2024-07-01"));
        Assert.DoesNotContain("SWE", Members("NATO", "2023-06-01"));
        Assert.Contains("SWE", Members("NATO", "2023-06-01", MembershipKind.Partner));
        Assert.DoesNotContain("SWE", Members("NATO", "2024-07-01", MembershipKind.Partner));
        Assert.Equal(12, Members("NATO", "1950-01-01").Count);
    }

    [Fact]
    public void The_indo_pacific_four_are_nato_partners_and_korea_is_in_the_cyber_centre_from_2022()
    {
        Assert.Superset(new HashSet<string> { "AUS", "JPN", "KOR", "NZL" }, Members("NATO", "2024-07-01", MembershipKind.Partner));
        Assert.Equal(new HashSet<string> { "AUS", "JPN", "KOR", "NZL" }, Members("IP4", "2024-07-01"));
        var kor = Kb.OrganizationsOf(C("KOR")).Single(m => m.Organization == C("CCDCOE"));
        Assert.Equal(MembershipKind.ContributingParticipant, kor.Kind);
        Assert.Equal(2022, kor.Since.Year);
        Assert.False(kor.HoldsOn(D("2021-12-31")));
        Assert.True(kor.HoldsOn(D("2024-07-01")));
    }

    [Fact]
    public void Every_organisation_the_issue_names_has_members()
    {
        foreach (var org in new[] { "NATO", "CCDCOE", "EU", "ASEAN", "SCO", "CSTO", "BRICS", "QUAD", "AUKUS", "FVEY", "UNC", "G7" })
            Assert.NotEmpty(Kb.MembersOf(C(org), D("2025-01-01")));
        Assert.Equal(27, Members("EU", "2025-01-01").Count);
        Assert.Contains("GBR", Members("EU", "2019-12-31"));
        Assert.DoesNotContain("GBR", Members("EU", "2020-02-01"));
    }

    [Fact]
    public void Every_fact_carries_a_known_source_and_its_evidence()
    {
        var ids = Kb.Sources.Select(s => s.Id).ToHashSet();
        Assert.All(Kb.Memberships, m => { Assert.Contains(m.Source, ids); Assert.False(string.IsNullOrWhiteSpace(m.Evidence)); });
        Assert.All(Kb.Treaties, t => { Assert.Contains(t.Source, ids); Assert.False(string.IsNullOrWhiteSpace(t.Evidence)); });
        Assert.All(Kb.Pledges, p => { Assert.Contains(p.Source, ids); Assert.Contains("art", p.Article); Assert.False(string.IsNullOrWhiteSpace(p.Evidence)); });
    }

    [Fact]
    public void Korea_attacked_in_2024_calls_on_the_united_states_under_the_1953_treaty()
    {
        var bound = Kb.ObligationsToward(C("KOR"), D("2024-07-01"));
        var defence = Assert.Single(bound, b => b.Pledge.Obligation == ObligationKind.Defence);
        Assert.Equal("USA", defence.Party.Value);
        Assert.Equal("USKOR", defence.Treaty.Id);
        Assert.Equal(1953, defence.Treaty.Signed.Year);
        Assert.True(defence.InForce);
        Assert.Equal("art. III", defence.Pledge.Article);
        Assert.Contains(defence.Pledge.Conditions, c => c.Kind == ConditionKind.IfAttacked);
        Assert.DoesNotContain(bound, b => b.Pledge.Obligation == ObligationKind.Access);
        // Between signature (1953-10-01) and entry into force (1954-11-17) the pledge is listed, not in force.
        Assert.All(Kb.ObligationsToward(C("KOR"), D("1954-01-01")), b => Assert.Equal(PledgeStatus.Signed, b.Status));
        Assert.Empty(Kb.ObligationsToward(C("KOR"), D("1953-01-01")));
    }

    [Fact]
    public void The_russia_dprk_treaty_is_signed_in_june_2024_and_in_force_from_december()
    {
        var july = Kb.ObligationsToward(C("PRK"), D("2024-07-01"));
        var russia = Assert.Single(july, b => b.Party.Value == "RUS" && b.Pledge.Obligation == ObligationKind.Defence);
        Assert.False(russia.InForce);
        Assert.Equal(PledgeStatus.Signed, russia.Status);
        Assert.Equal(new Entente.Language.PartialDate(2024, 6, 19), russia.Treaty.Signed);
        Assert.True(Assert.Single(july, b => b.Party.Value == "CHN" && b.Pledge.Obligation == ObligationKind.Defence).InForce);
        Assert.True(Assert.Single(Kb.ObligationsToward(C("RUS"), D("2024-12-04")), b => b.Party.Value == "PRK" && b.Pledge.Obligation == ObligationKind.Defence).InForce);
        Assert.DoesNotContain(Kb.ObligationsToward(C("PRK"), D("2024-06-18")), b => b.Party.Value == "RUS");
    }

    [Fact]
    public void Anzus_binds_australia_to_new_zealand_but_the_us_pledge_is_suspended_since_1986()
    {
        var bound = Kb.ObligationsToward(C("NZL"), D("2024-07-01")).Where(b => b.Pledge.Obligation == ObligationKind.Defence).ToList();
        Assert.Equal(PledgeStatus.InForce, bound.Single(b => b.Party.Value == "AUS").Status);
        Assert.Equal(PledgeStatus.Suspended, bound.Single(b => b.Party.Value == "USA").Status);
        Assert.Equal(PledgeStatus.InForce, Kb.ObligationsToward(C("NZL"), D("1980-01-01")).Single(b => b.Party.Value == "USA" && b.Pledge.Obligation == ObligationKind.Defence).Status);
    }

    [Fact]
    public void Article_5_binds_every_other_member_from_the_day_both_are_members()
    {
        var swe = Kb.ObligationsToward(C("SWE"), D("2024-07-01")).Where(b => b.Treaty.Id == "NAT" && b.Pledge.Obligation == ObligationKind.Defence).ToList();
        Assert.Equal(31, swe.Count);
        Assert.All(swe, b => Assert.True(b.InForce));
        Assert.Equal(new Entente.Language.PartialDate(2024, 3, 7), swe.Single(b => b.Party.Value == "USA").Since);
        Assert.DoesNotContain(Kb.ObligationsToward(C("SWE"), D("2023-06-01")), b => b.Treaty.Id == "NAT");
        Assert.Contains(Kb.ObligationsToward(C("FIN"), D("2024-07-01")), b => b.Party.Value == "SWE" && b.Treaty.Id == "NAT");
    }

    [Fact]
    public void Treaties_of_a_party_list_the_pledges_it_gives_or_receives()
    {
        var prk = Kb.TreatiesOf(C("PRK")).Select(t => t.Id).ToList();
        Assert.Equal(["CHNPRK", "RUSPRK"], prk);
        Assert.Contains(Kb.TreatiesOf(C("SWE")), t => t.Id == "NAT");
        Assert.DoesNotContain(Kb.TreatiesOf(C("SWE"), D("2023-06-01")), t => t.Id == "NAT");
        var rusprk = Kb.FindTreaty("rusprk")!;
        Assert.Equal(new Entente.Language.PartialDate(2024, 12, 4), rusprk.InForce);
        Assert.Contains(Kb.PledgesOf(rusprk, C("RUS")), p => p.From == C("RUS") && p.To == C("PRK") && p.Obligation == ObligationKind.Defence);
    }

    [Fact]
    public void Users_add_facts_with_their_own_files_and_bad_rows_name_file_and_line()
    {
        using var temp = new ModelTemp();
        var mine = temp.File("memberships-mine.tsv");
        File.WriteAllText(mine, "# my facts\nNATO\tUKR\tcandidate\t2030-01-01\t-\tnato-members\tinvented for a test\n");
        var kb = KnowledgeBase.Load(null, [mine]);
        Assert.Contains(kb.MembersOf(C("NATO"), D("2030-06-01")), m => m.Member.Value == "UKR" && m.Kind == MembershipKind.Candidate && m.Origin == "memberships-mine.tsv:2");

        var pledges = temp.File("pledges-x.tsv");
        File.WriteAllText(pledges, "NAT\t*\t*\tfriendship\tart. 2\t-\t-\t-\ttreaty-texts\tsomething\n");
        var e = Assert.Throws<DictionaryFormatException>(() => KnowledgeBase.Load(null, [pledges]));
        Assert.Equal("pledges-x.tsv:1: unknown obligation 'friendship' (use defence, offence, neutrality, non-aggression, consultation, access, cooperation)", e.Message);

        File.WriteAllText(mine, "NATO\tUKR\tmember\t2030-01-01\t-\tnato-members\t-\n");
        Assert.Contains("every fact needs its evidence", Assert.Throws<DictionaryFormatException>(() => KnowledgeBase.Load(null, [mine])).Message);
        File.WriteAllText(mine, "NATO\tUKR\tmember\t2030-13-01\t-\tnato-members\tx\n");
        Assert.Contains("since '2030-13-01' is not a date", Assert.Throws<DictionaryFormatException>(() => KnowledgeBase.Load(null, [mine])).Message);
        File.WriteAllText(mine, "NATO\tUKR\tmember\t2030-01-01\t-\tmy-source\tx\n");
        Assert.Contains("unknown source 'my-source'", Assert.Throws<DictionaryFormatException>(() => KnowledgeBase.Load(null, [mine])).Message);
        var other = temp.File("facts.tsv");
        File.WriteAllText(other, "x\n");
        Assert.Contains("its name must start with", Assert.Throws<DictionaryFormatException>(() => KnowledgeBase.Load(null, [other])).Message);
    }

    [Fact]
    public void Sources_past_their_coverage_are_reported_as_stale()
    {
        Assert.Single(Kb.StaleSources(["ccdcoe", "nato-members"], D("2024-07-01")), s => s.Id == "ccdcoe");
        Assert.Empty(Kb.StaleSources(["ccdcoe"], D("2022-01-01")));
    }
}
