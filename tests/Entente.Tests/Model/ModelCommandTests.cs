using System.Text.Json;
using Entente.Tests.Articles;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Model;

/// <summary>The seed corpus ingested once into a real SQLite file, for the command tests that read it.</summary>
public sealed class SeedDatabase : IDisposable
{
    private readonly ModelTemp _temp = new();

    public SeedDatabase()
    {
        if (SeedCorpus.Folder() is not { } seeds) return;
        Path = _temp.File("seeds.db");
        var run = CliRunner.Run("ingest", seeds, "--db", Path);
        if (run.ExitCode != 0) throw new InvalidOperationException(run.Stderr);
    }

    /// <summary>The database, or null when the seeds are absent.</summary>
    public string? Path { get; }

    public void Dispose() => _temp.Dispose();
}

/// <summary>The model commands run in-process over the real seed articles, as an analyst would.</summary>
public class ModelCommandTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private static List<JsonElement> Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Stderr);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(JsonValueKind.Array, root.ValueKind);
        return root.EnumerateArray().ToList();
    }

    private CliRun Run(params string[] args) => CliRunner.Run([.. args, "--db", seeds.Path!, "--format", "json"]);

    private static string S(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    [SeedFact]
    public void Korea_is_a_ccdcoe_member_from_2022_and_the_seed_event_proposes_the_same()
    {
        var kor = Assert.Single(Json(Run("members", "CCDCOE")), m => S(m, "member") == "KOR");
        Assert.StartsWith("2022", S(kor, "since"));
        Assert.Equal(JsonValueKind.Null, kor.GetProperty("until").ValueKind);
        Assert.DoesNotContain(Json(Run("members", "CCDCOE", "--on", "2021-06-01")), m => S(m, "member") == "KOR");

        var proposal = Assert.Single(Json(Run("proposals", "--actor", "CCDCOE")));
        Assert.Equal(("admit", "KOR", "agrees"), (S(proposal, "action"), S(proposal, "subject"), S(proposal, "fit")));
        Assert.Contains("admitted to NATO’s cyber defense center", S(proposal, "evidence"));
    }

    [SeedFact]
    public void North_korea_and_russia_are_cooperative_and_bound_by_a_mutual_defence_pledge_signed_in_2024()
    {
        var relation = Assert.Single(Json(Run("relations", "PRK", "RUS", "--by", "all")));
        Assert.Equal("cooperative", S(relation, "stance"));
        Assert.True(relation.GetProperty("cooperative").GetInt32() > relation.GetProperty("hostile").GetInt32());
        Assert.True(relation.GetProperty("goldstein").GetDouble() > 0);
        Assert.NotEmpty(relation.GetProperty("events").EnumerateArray());

        var treaty = Assert.Single(Json(Run("treaties", "--party", "PRK")), t => S(t, "id") == "RUSPRK");
        Assert.StartsWith("2024", S(treaty, "signed"));
        var pledges = treaty.GetProperty("pledges").EnumerateArray().ToList();
        Assert.Contains(pledges, p => S(p, "from") == "RUS" && S(p, "to") == "PRK" && S(p, "obligation") == "defence");
        Assert.Contains(pledges, p => S(p, "from") == "PRK" && S(p, "to") == "RUS" && S(p, "obligation") == "defence");

        var before = Assert.Single(Json(Run("obligations", "--attacked", "PRK", "--on", "2024-07-01")), o => S(o, "party") == "RUS" && S(o, "obligation") == "defence");
        Assert.False(before.GetProperty("in_force").GetBoolean());
        var after = Assert.Single(Json(Run("obligations", "--attacked", "PRK", "--on", "2025-01-01")), o => S(o, "party") == "RUS" && S(o, "obligation") == "defence");
        Assert.True(after.GetProperty("in_force").GetBoolean());

        Assert.Contains(Json(Run("proposals", "--actor", "PRK")), p => S(p, "action") == "sign" && S(p, "subject") == "RUS" && S(p, "obligation") == "defence");
        // "They are joined by Britain and Australia": Britain is a member, Australia only a partner, so that reading conflicts.
        var nato = Json(Run("proposals", "--actor", "NATO"));
        Assert.Contains(nato, p => S(p, "subject") == "GBR" && S(p, "fit") == "agrees");
        Assert.Contains(nato, p => S(p, "subject") == "AUS" && S(p, "fit") == "conflicts" && S(p, "curated").Contains("partner"));
    }

    [SeedFact]
    public void China_and_nato_are_hostile()
    {
        var relation = Assert.Single(Json(Run("relations", "CHN", "NATO", "--by", "all")));
        Assert.Equal("hostile", S(relation, "stance"));
        Assert.Equal(0, relation.GetProperty("cooperative").GetInt32());
        Assert.True(relation.GetProperty("tension").GetDouble() > 0.5);
        var acts = Json(Run("relations", "CHN", "NATO", "--acts"));
        Assert.All(acts, a => Assert.True(a.GetProperty("goldstein").GetDouble() < 0));
        Assert.Contains(acts, a => S(a, "sentence").Contains("accused NATO"));
    }

    [SeedFact]
    public void Korea_and_the_united_states_are_allied_by_the_1953_treaty()
    {
        var obligations = Json(Run("obligations", "--attacked", "KOR", "--on", "2024-07-01"));
        var first = obligations[0];
        Assert.Equal(["party", "obligation", "treaty", "article", "in_force", "conditions"], first.EnumerateObject().Select(p => p.Name).Take(6));
        var usa = Assert.Single(obligations, o => S(o, "party") == "USA" && S(o, "obligation") == "defence");
        Assert.Contains("Republic of Korea", S(usa, "treaty"));
        Assert.Equal("art. III", S(usa, "article"));
        Assert.True(usa.GetProperty("in_force").GetBoolean());
        Assert.Contains("if-attacked", usa.GetProperty("conditions").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("1953", S(usa, "since"));
        Assert.Equal("cooperative", S(Assert.Single(Json(Run("relations", "KOR", "USA", "--by", "all"))), "stance"));
    }

    [SeedFact]
    public void The_indo_pacific_four_are_nato_partners_and_sweden_a_member_only_from_2024()
    {
        var july2024 = Json(Run("members", "NATO", "--on", "2024-07-01"));
        Assert.Equal(["member", "kind", "since", "until"], july2024[0].EnumerateObject().Select(p => p.Name).Take(4));
        foreach (var code in new[] { "AUS", "JPN", "KOR", "NZL" })
            Assert.Equal("partner", S(Assert.Single(july2024, m => S(m, "member") == code), "kind"));
        Assert.Equal("member", S(Assert.Single(july2024, m => S(m, "member") == "SWE"), "kind"));
        Assert.Equal(32, july2024.Count(m => S(m, "kind") == "member"));

        var june2023 = Json(Run("members", "NATO", "--on", "2023-06-01", "--kind", "member"));
        Assert.Equal(31, june2023.Count);
        Assert.DoesNotContain(june2023, m => S(m, "member") == "SWE");
    }

    [SeedFact]
    public void The_network_has_signed_edges_blocs_and_centrality()
    {
        var items = Json(Run("network", "--since", "2020-01-01"));
        var all = Json(Run("network"));
        var nodes = all.Where(x => S(x, "kind") == "node").ToList();
        var edges = all.Where(x => S(x, "kind") == "edge").ToList();
        int Bloc(string a) => nodes.Single(n => S(n, "actor") == a).GetProperty("bloc").GetInt32();
        Assert.Equal(Bloc("PRK"), Bloc("RUS"));
        Assert.NotEqual(Bloc("PRK"), Bloc("KOR"));
        Assert.Contains(edges, e => S(e, "a") == "CHN" && S(e, "b") == "NATO" && S(e, "sign") == "-");
        Assert.Equal(1.0, nodes.Sum(n => n.GetProperty("centrality").GetDouble()), 2);
        Assert.True(items.Count < all.Count);
    }

    [SeedFact]
    public void Table_output_is_aligned_with_a_header()
    {
        var run = CliRunner.Run("relations", "KOR", "CHN", "--by", "month", "--db", seeds.Path!);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("PERIOD", run.Lines[0]);
        Assert.Contains("hostile", run.Stdout);
    }
}

/// <summary>Bad input to the model commands: a one-line error naming it and a non-zero exit.</summary>
public class ModelCommandErrorTests
{
    [Theory]
    [InlineData(2, "--format: xml", "obligations", "--attacked", "KOR", "--format", "xml")]
    [InlineData(2, "--on: '2024-13-01' is not a date", "obligations", "--attacked", "KOR", "--on", "2024-13-01")]
    [InlineData(2, "--attacked: 'K O R' is not an actor code", "obligations", "--attacked", "K O R")]
    [InlineData(2, "unknown organisation 'WARSAW'", "members", "WARSAW")]
    [InlineData(2, "--kind: unknown kind 'ally'", "members", "NATO", "--kind", "ally")]
    [InlineData(2, "--party: '' is not an actor code", "treaties", "--party", "")]
    [InlineData(1, "no such database", "relations", "KOR", "CHN", "--db", "/nonexistent/x.db")]
    [InlineData(1, "no such database", "network", "--db", "/nonexistent/x.db")]
    [InlineData(1, "no such database", "proposals", "--db", "/nonexistent/x.db")]
    [InlineData(2, "no such alliances file or folder", "members", "NATO", "--alliances", "/nonexistent/memberships.tsv")]
    public void Bad_input_gets_one_line_naming_it(int exit, string message, params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.Equal(exit, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message.Replace("--format: xml", "unknown format 'xml'"), line);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void A_bad_period_unit_and_the_same_actor_twice_are_refused()
    {
        using var temp = new ModelTemp();
        string db = temp.File("e.db");
        Assert.Equal(0, CliRunner.RunWithInput("South Korea held talks with China.", "ingest", "-", "--db", db).ExitCode);
        var run = CliRunner.Run("relations", "KOR", "CHN", "--by", "fortnight", "--db", db);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--by: unknown period 'fortnight' (use week, month, quarter, year, all)", run.Stderr);
        Assert.Equal(2, CliRunner.Run("relations", "KOR", "kor", "--db", db).ExitCode);
        Assert.Equal(2, CliRunner.Run("relations", "KOR", "CHN", "--period", "2024-07", "--db", db).ExitCode);
        var ok = CliRunner.Run("relations", "KOR", "CHN", "--by", "week", "--db", db, "--format", "json");
        Assert.True(ok.ExitCode == 0, ok.Stderr);
    }

    [Fact]
    public void A_damaged_model_table_is_a_one_line_error_naming_the_database()
    {
        using var temp = new ModelTemp();
        string db = temp.File("e.db");
        Assert.Equal(0, CliRunner.RunWithInput("South Korea held talks with China.", "ingest", "-", "--db", db).ExitCode);
        Assert.Equal(0, CliRunner.Run("relations", "KOR", "CHN", "--db", db).ExitCode);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE model_pair_months";
            cmd.ExecuteNonQuery();
        }
        var run = CliRunner.Run("relations", "KOR", "CHN", "--db", db);
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("e.db: SQLite error 1: 'no such table: model_pair_months'", line);
    }

    [Fact]
    public void A_broken_alliances_file_names_its_line_and_a_good_one_extends_the_facts()
    {
        using var temp = new ModelTemp();
        var bad = temp.Write("memberships-bad.tsv", "QUAD\tKOR\tfriend\t2030\t-\tquad\tinvented\n");
        var run = CliRunner.Run("members", "QUAD", "--alliances", bad);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("memberships-bad.tsv:1: unknown membership kind 'friend'", run.Stderr);

        var good = temp.Write("memberships-good.tsv", "QUAD\tKOR\tobserver\t2030\t-\tquad\tinvented for a test\n");
        var ok = CliRunner.Run("members", "QUAD", "--on", "2030-06-01", "--alliances", good, "--format", "json");
        Assert.True(ok.ExitCode == 0, ok.Stderr);
        Assert.Contains("\"member\":\"KOR\",\"kind\":\"observer\"", ok.Stdout);
        Assert.Contains("note: source 'quad' is checked only up to", ok.Stderr);
    }

    [Fact]
    public void Json_is_a_list_even_when_empty()
    {
        var run = CliRunner.Run("obligations", "--attacked", "ATA", "--on", "2024-01-01", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[]", run.Stdout.Trim());
    }
}

/// <summary>The benchmark command and the coverage notes, on small inputs.</summary>
public class ModelBenchAndNotesTests
{
    [Fact]
    public void Bench_model_generates_a_database_and_times_both_queries()
    {
        using var temp = new ModelTemp();
        string db = temp.File("bench.db");
        var run = CliRunner.Run("bench-model", "--events", "3000", "--db", db, "--runs", "3");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("generated 3,000 events in 600 articles", run.Stdout);
        Assert.Contains("model tables built in", run.Stdout);
        Assert.Contains("obligations --attacked KOR (knowledge base + proposals lookup): wall median", run.Stdout);
        Assert.Contains("relations KOR CHN --by month", run.Stdout);
        Assert.True(File.Exists(db));

        // The generated events feed every command: relations per quarter, grouped proposal notes, the network.
        var relations = CliRunner.Run("relations", "USA", "CHN", "--by", "quarter", "--db", db, "--format", "json");
        Assert.True(relations.ExitCode == 0, relations.Stderr);
        Assert.Contains("\"period\":\"2015-Q1\"", relations.Stdout);
        var obligations = CliRunner.Run("obligations", "--attacked", "KOR", "--on", "2024-07-01", "--db", db);
        Assert.Contains("proposal(s) from events concern KOR", obligations.Stderr);
        using var model = Entente.Model.ModelStore.Open(db);
        var groups = model.ProposalGroups(new Entente.Actors.ActorCode("KOR"));
        Assert.Equal(model.Proposals(new Entente.Actors.ActorCode("KOR")).Count, groups.Sum(g => g.Count));
        Assert.True(groups.Count < groups.Sum(g => g.Count));
    }

    [Fact]
    public void A_date_past_a_sources_coverage_gets_a_note_so_no_data_never_reads_as_no_alliance()
    {
        var run = CliRunner.Run("obligations", "--attacked", "SWE", "--on", "2030-01-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("note: source 'nato-members' is checked only up to 2025-10-31", run.Stderr);
        var early = CliRunner.Run("obligations", "--attacked", "SWE", "--on", "2024-07-01");
        Assert.Equal("", early.Stderr);
    }
}
