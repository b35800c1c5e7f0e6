using System.Diagnostics;
using System.Text;
using Entente.Cli;
using Entente.Tests.Articles;
using Entente.Tests.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Entente.Tests.Robustness;

/// <summary>
/// Issue 17, as a property: random bytes, random HTML nesting, random JSONL and random option values given to every
/// command never end in an unhandled exception or a stack trace, finish in bounded time and memory, end with a result
/// (exit 0) or a clear one-line error (exit 1 or 2), and leave a database that was valid before unchanged or extended.
/// </summary>
[Collection(nameof(Timed))]
public sealed class AdversarialPropertyTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _db;
    private readonly Dictionary<string, (string Hash, long Events)> _baseline;
    private int _run;

    public AdversarialPropertyTests()
    {
        _db = Path.Combine(_temp.Path, "valid.db");
        var seed = _temp.Write("seed/base.txt", "France accused Germany of espionage on Monday.\n\nJapan and China held talks in Tokyo.");
        var run = CliRunner.Run("ingest", seed, "--db", _db);
        Assert.True(run.ExitCode == 0, run.Stderr);
        _baseline = Snapshot(_db);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>One adversarial input: its bytes and the file extension it is given.</summary>
    public sealed record Input(string Kind, byte[] Bytes, string Extension);

    /// <summary>A command line: the command, its options, and whether the input goes through standard input.</summary>
    public sealed record Case(string Command, string[] Options, Input Input, bool ViaStdin)
    {
        public override string ToString() =>
            $"{Command} [{string.Join(" ", Options.Select(o => $"'{o}'"))}] {Input.Kind}{Input.Extension} ({Input.Bytes.Length} B){(ViaStdin ? " via stdin" : "")}";
    }

    private static readonly string[] Words = ["France", "accused", "Germany", "met", "Japan", "China", "and", "the", "talks", ",", ".", "\n", "said", "“", "”", "Russia", "sanctioned", "President", "é", "\u0000", "\uFFFD", "&amp;", "<", ">", "{", "}", "\"", "\\"];

    private static Gen<string> Text() => Gen.ListOf(Gen.Elements(Words)).Select(ws => string.Join(" ", ws));

    private static Gen<Input> RandomBytes() =>
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).SelectMany(bytes => Gen.Elements(".txt", ".html", ".jsonl", ".xml", ".md", ".bin")
            .Select(ext => new Input("bytes", bytes, ext)));

    private static Gen<Input> RandomHtml() =>
        from depth in Gen.Frequency((3, Gen.Choose(0, 40)), (1, Gen.Choose(100, 700)))
        from tags in Gen.ArrayOf(Gen.Elements("div", "span", "p", "b", "table", "li", "section", "article", "font", "a"))
        from text in Text()
        from closed in Gen.Elements(true, false)
        let opened = Enumerable.Range(0, depth).Select(i => tags.Length == 0 ? "div" : tags[i % tags.Length]).ToList()
        let html = "<html><body>" + string.Concat(opened.Select(t => $"<{t}>")) + text + (closed ? string.Concat(opened.AsEnumerable().Reverse().Select(t => $"</{t}>")) : "")
        select new Input($"html(depth {depth})", Encoding.UTF8.GetBytes(html), ".html");

    private static Gen<string> JsonlLine() => Gen.OneOf(
        from id in Gen.Elements("1", "2", "1", "a/b", "", "  ")
        from text in Text()
        select $"{{\"id\":\"{id}\",\"text\":{System.Text.Json.JsonSerializer.Serialize(text)}}}",
        Text().Select(t => "{\"text\": " + t),
        Gen.Elements("", "[]", "null", "{}", "{\"text\":5}", "{\"text\":\"\"}", "{\"id\":{},\"text\":\"France met Japan.\"}", "{\"text\":\"ok\",\"published\":\"yesterday\"}"));

    private static Gen<Input> RandomJsonl() =>
        Gen.ListOf(JsonlLine()).Select(lines => new Input("jsonl", Encoding.UTF8.GetBytes(string.Join("\n", lines)), ".jsonl"));

    private static Gen<Input> RandomText() =>
        Text().SelectMany(t => Gen.Elements(".txt", ".md", "").Select(ext => new Input("text", Encoding.UTF8.GetBytes(t), ext)));

    private static Gen<Input> AnyInput() => Gen.Frequency((2, RandomBytes()), (2, RandomHtml()), (3, RandomJsonl()), (2, RandomText()));

    // Option values a careless or hostile user might give.
    private static Gen<string> Value() => Gen.Elements("", " ", "-1", "0", "1", "3", "99999999999", "abc", "-", "--", "/dev/full", "/dev/null",
        "/nonexistent/x/y", "jsonl", "csv", "table", "xml", "KOR", "ACCUSE", "NOPE", "2024-01-01", "2024-13-45", "\u00e9t\u00e9", "a\nb", "%s%n", "../../etc/passwd");

    private static Gen<string[]> Options(string command) => command switch
    {
        "extract" => OptionList(("--format", true), ("-o", true), ("--all-modes", false), ("--events-only", false), ("--actors", true), ("--lexicon", true), ("--data", true), ("--bogus", false)),
        "ingest" => OptionList(("--all-modes", false), ("--actors", true), ("--lexicon", true), ("--data", true), ("--bogus", false)),
        "events" => OptionList(("--actor", true), ("--type", true), ("--since", true), ("--until", true), ("--article", true), ("--limit", true), ("--format", true), ("-o", true)),
        "actors" => OptionList(("--data", true), ("--actors", true)),
        "explain" => OptionList(("--data", true)),
        _ => OptionList(("--mb", true), ("--threads", true)),
    };

    private static Gen<string[]> OptionList(params (string Name, bool TakesValue)[] options) => Gen.Frequency(
        (1, Gen.Constant(Array.Empty<string>())),
        (2, Gen.ListOf(Gen.Elements(options).SelectMany(o => o.TakesValue ? Value().Select(v => new[] { o.Name, v }) : Gen.Constant(new[] { o.Name })))
            .Select(list => list.Take(3).SelectMany(x => x).ToArray())));

    private static Arbitrary<Case> Cases() =>
        (from command in Gen.Frequency((4, Gen.Constant("extract")), (4, Gen.Constant("ingest")), (2, Gen.Constant("events")),
             (1, Gen.Constant("actors")), (1, Gen.Constant("explain")), (1, Gen.Constant("bench")))
         from options in Options(command)
         from input in AnyInput()
         from stdin in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
         select new Case(command, options, input, stdin)).ToArbitrary();

    [Property(MaxTest = 120, QuietOnSuccess = true)]
    public Property Any_input_and_any_options_end_in_a_result_or_a_one_line_error()
    {
        return Prop.ForAll(Cases(), c =>
        {
            int n = Interlocked.Increment(ref _run);
            string file = Path.Combine(_temp.Path, $"in{n}", "input" + c.Input.Extension);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, c.Input.Bytes);
            string source = c.ViaStdin ? "-" : file;
            string[] args = c.Command switch
            {
                "extract" => ["extract", source, .. c.Options],
                "ingest" => ["ingest", source, "--db", _db, .. c.Options],
                "events" => ["events", "--db", _db, .. c.Options],
                "actors" => ["actors", "--article", file, .. c.Options],
                "explain" => ["explain", Encoding.UTF8.GetString(c.Input.Bytes[..Math.Min(c.Input.Bytes.Length, 2000)]).Replace("\0", ""), .. c.Options],
                _ => ["bench", "--generate", Path.Combine(_temp.Path, $"bench{n}.jsonl"), .. c.Options.Where(o => o != "--mb").Append("--mb").Append("1")],
            };
            // Output to a file named by -o lands in the case's own folder, never in the working directory.
            for (int i = 0; i + 1 < args.Length; i++)
                if (args[i] == "-o" && !args[i + 1].StartsWith("/dev/", StringComparison.Ordinal)) args[i + 1] = Path.Combine(_temp.Path, $"in{n}", "out-" + args[i + 1].Replace("/", "_"));

            using var stdout = new MemoryStream();
            var stderr = new StringWriter();
            var watch = Stopwatch.StartNew();
            int code = Program.Run(args, new MemoryStream(c.Input.Bytes), stdout, stderr);
            watch.Stop();
            string errors = stderr.ToString();
            var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            bool noCrash = code is 0 or 1 or 2 && !errors.Contains("   at ", StringComparison.Ordinal) && !errors.Contains("Exception", StringComparison.Ordinal);
            bool clear = code == 0 || lines.Any(l => l.StartsWith("entente: ", StringComparison.Ordinal) || l.StartsWith("Run 'entente --help'", StringComparison.Ordinal));
            bool bounded = watch.Elapsed < TimeSpan.FromSeconds(30) && Process.GetCurrentProcess().WorkingSet64 < 3L * 1024 * 1024 * 1024;
            bool dbKept = StillValidAndExtended(_db, _baseline);
            return (noCrash && clear && bounded && dbKept)
                .Label($"exit {code} in {watch.Elapsed.TotalSeconds:F1} s; noCrash={noCrash} clear={clear} bounded={bounded} dbKept={dbKept}; stderr: {errors}");
        });
    }

    // The commands that read a store, with the arguments each takes before its options.
    private static readonly (string Command, string[] Arguments, (string, bool)[] Options)[] QueryCommands =
    [
        ("export", [], [("--format", true), ("-o", true), ("--actor", true), ("--type", true), ("--since", true), ("--until", true)]),
        ("network", [], [("--since", true), ("--until", true), ("--format", true)]),
        ("relations", ["RUS", "PRK"], [("--by", true), ("--acts", false), ("--period", true), ("--format", true)]),
        ("obligations", [], [("--attacked", true), ("--on", true), ("--format", true)]),
        ("members", ["NATO"], [("--kind", true), ("--on", true), ("--format", true)]),
        ("treaties", [], [("--party", true), ("--format", true)]),
        ("proposals", [], [("--actor", true), ("--format", true)]),
    ];

    private static Arbitrary<string[]> QueryCases() =>
        (from q in Gen.Elements(QueryCommands)
         from arguments in Gen.Frequency((3, Gen.Constant(q.Arguments)), (1, Gen.ArrayOf(Value()).Select(a => a.Take(q.Arguments.Length).ToArray())))
         from options in OptionList(q.Options)
         select new[] { q.Command }.Concat(arguments).Concat(options).ToArray()).ToArbitrary();

    [Property(MaxTest = 60, QuietOnSuccess = true)]
    public Property Every_query_command_with_any_options_ends_in_a_result_or_a_one_line_error()
    {
        return Prop.ForAll(QueryCases(), c =>
        {
            int n = Interlocked.Increment(ref _run);
            var args = c.Concat(new[] { "--db", _db }).ToArray();
            for (int i = 0; i + 1 < args.Length; i++)
                if (args[i] == "-o" && !args[i + 1].StartsWith("/dev/", StringComparison.Ordinal)) args[i + 1] = Path.Combine(_temp.Path, $"q{n}-" + args[i + 1].Replace("/", "_"));
            using var stdout = new MemoryStream();
            var stderr = new StringWriter();
            var watch = Stopwatch.StartNew();
            int code = Program.Run(args, new MemoryStream(), stdout, stderr);
            string errors = stderr.ToString();
            bool noCrash = code is 0 or 1 or 2 && !errors.Contains("   at ", StringComparison.Ordinal);
            bool clear = code == 0 || errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Any(l => l.StartsWith("entente: ", StringComparison.Ordinal) || l.StartsWith("Run 'entente --help'", StringComparison.Ordinal));
            bool dbKept = StillValidAndExtended(_db, _baseline);
            return (noCrash && clear && watch.Elapsed < TimeSpan.FromSeconds(30) && dbKept)
                .Label($"{string.Join(" ", args.Select(a => $"'{a}'"))}: exit {code} in {watch.Elapsed.TotalSeconds:F1} s; dbKept={dbKept}; stderr: {errors}");
        });
    }

    [Fact]
    public void Demo_with_odd_database_paths_ends_in_a_result_or_a_one_line_error()
    {
        var file = _temp.Write("plain.txt", "x");
        foreach (var db in new[] { "", Path.Combine(file, "x.db"), _temp.Path, file })
        {
            var run = CliRunner.Run("demo", "--db", db);
            Assert.True(run.ExitCode is 1 or 2, $"{db}: exit {run.ExitCode} {run.Stderr}");
            Assert.StartsWith("entente: ", run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
        }
        Assert.Equal("x", File.ReadAllText(file));
    }

    private static Dictionary<string, (string Hash, long Events)> Snapshot(string db)
    {
        var result = new Dictionary<string, (string, long)>(StringComparer.Ordinal);
        using var c = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT a.id, a.content_hash, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) FROM articles a";
        using var r = cmd.ExecuteReader();
        while (r.Read()) result[r.GetString(0)] = (r.GetString(1), r.GetInt64(2));
        return result;
    }

    // Valid (integrity and foreign keys), every article stored before still there with its text and events, and every
    // event belonging to a stored article.
    private static bool StillValidAndExtended(string db, Dictionary<string, (string Hash, long Events)> before)
    {
        using var c = new SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        c.Open();
        using (var check = c.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            if ((string?)check.ExecuteScalar() != "ok") return false;
            check.CommandText = "SELECT COUNT(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)";
            if ((long)check.ExecuteScalar()! != 0) return false;
            check.CommandText = "SELECT COUNT(*) FROM articles WHERE trim(text) = ''";
            if ((long)check.ExecuteScalar()! != 0) return false;
        }
        var now = Snapshot(db);
        return before.All(kv => now.TryGetValue(kv.Key, out var v) && v == kv.Value);
    }
}
