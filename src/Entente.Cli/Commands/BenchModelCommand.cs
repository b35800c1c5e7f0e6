using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Entente.Actors;
using Entente.Model;
using Entente.Storage;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench-model [--events 1000000]</c>: generates an event database of the requested size (events written
/// straight to the store, without reading articles), builds the model's tables, and times obligation and relation
/// queries: the library calls alone and the whole commands run in-process.
/// </summary>
public static class BenchModelCommand
{
    // Actors with a skewed frequency, as in news: a few appear in most events.
    private static readonly string[] Actors =
    [
        "USA", "CHN", "RUS", "KOR", "PRK", "JPN", "NATO", "UKR", "GBR", "FRA", "DEU", "IND", "AUS", "TWN", "IRN", "ISR",
        "EU", "UN", "PHL", "VNM", "NZL", "CAN", "ITA", "POL", "TUR", "SAU", "PAK", "BLR", "SWE", "FIN", "ASEAN", "SCO",
        "CSTO", "BRICS", "QUAD", "AUKUS", "IDN", "MYS", "THA", "SGP", "MNG", "KAZ", "EGY", "BRA", "ZAF", "MEX", "ESP", "NLD",
    ];

    private static readonly (string Type, string Cameo, double Goldstein, string Words)[] Kinds =
    [
        ("CONSULT", "042", 1.9, "visited"), ("CONSULT", "043", 2.8, "held talks with"), ("AGREE", "057", 8, "signed a mutual defence treaty with"),
        ("COOPERATE", "062", 7.4, "held joint drills with"), ("SUPPORT", "051", 3.4, "backed"), ("AID", "070", 7, "sent aid to"),
        ("ACCUSE", "112", -2, "accused"), ("REJECT", "120", -4, "rejected"), ("THREATEN", "138", -7, "threatened"),
        ("PROTEST", "141", -6.5, "protested to"), ("SANCTION", "163", -8, "sanctioned"), ("MOBILIZE", "150", -7.2, "deployed forces near"),
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var events = new Option<int>("--events") { Description = "Events to generate (default 1,000,000).", DefaultValueFactory = _ => 1_000_000 };
        var db = new Option<string?>("--db") { Description = "Write the database here and keep it (default: a temporary file, deleted after); an existing file is used as it is." };
        var runs = new Option<int>("--runs") { Description = "Timed runs per query (default 30).", DefaultValueFactory = _ => 30 };
        var command = new Command("bench-model", "Generate an event database and time the obligation and relation queries on it.") { events, db, runs };
        command.SetAction(parse =>
        {
            int n = parse.GetValue(events);
            if (n < 1000) throw new CliException($"--events: {n} is too few (at least 1000)", 2);
            int repeat = Math.Max(3, parse.GetValue(runs));
            string path = parse.GetValue(db) ?? Path.Combine(Path.GetTempPath(), $"entente-bench-model-{Guid.NewGuid():N}.db");
            bool temporary = parse.GetValue(db) is null;
            var o = io.Out;
            try
            {
                var watch = Stopwatch.StartNew();
                if (File.Exists(path))
                    o.WriteLine($"using the existing database {path} ({new FileInfo(path).Length / 1e6:F0} MB); --events ignored");
                else
                {
                    Generate(path, n);
                    o.WriteLine($"generated {n:N0} events in {n / 5:N0} articles in {watch.Elapsed.TotalSeconds:F1} s: {path} ({new FileInfo(path).Length / 1e6:F0} MB)");
                }
                o.Flush();

                watch.Restart();
                RefreshResult built;
                using (var model = ModelStore.Open(path)) built = model.Refresh();
                o.WriteLine($"model tables built in {watch.Elapsed.TotalSeconds:F1} s: {built.Acts:N0} acts, {built.Proposals:N0} proposals from {built.EventsRead:N0} events");
                o.Flush();

                var kb = KnowledgeBase.Load();
                using (var model = ModelStore.Open(path))
                {
                    var kor = new ActorCode("KOR");
                    var on = new DateOnly(2024, 7, 1);
                    Report(o, "obligations --attacked KOR (knowledge base only)", repeat, () => kb.ObligationsToward(kor, on).Count);
                    Report(o, "proposals about KOR, grouped (the note obligations prints)", repeat, () => model.ProposalGroups(kor).Count);
                    Report(o, "obligations --attacked KOR (knowledge base + proposals lookup)", repeat, () =>
                    {
                        var bound = kb.ObligationsToward(kor, on);
                        var groups = model.ProposalGroups(kor).Count(g => ProposalReader.Review(g.First, kb).Fit != ProposalFit.Agrees);
                        return bound.Count + groups;
                    });
                    foreach (var (a, b) in new[] { ("KOR", "CHN"), ("PRK", "RUS"), ("USA", "CHN") })
                    {
                        var x = new ActorCode(a);
                        var y = new ActorCode(b);
                        int acts = model.Relations(x, y, PeriodUnit.All).Sum(p => p.Acts);
                        Report(o, $"relations {a} {b} --by month ({acts:N0} acts)", repeat, () => model.Relations(x, y, PeriodUnit.Month).Count);
                        Report(o, $"relations {a} {b} --by month --since 2024-01-01", repeat, () => model.Relations(x, y, PeriodUnit.Month, new DateOnly(2024, 1, 1)).Count);
                    }
                }
                Report(o, "loading the knowledge base (data/alliances)", repeat, () => KnowledgeBase.Load().Pledges.Count);
                Report(o, "opening the model beside the store (and checking it is up to date)", repeat, () =>
                {
                    using var model = ModelStore.Open(path);
                    return model.Refresh().EventsRead;
                });
                Report(o, "whole command in-process: obligations --attacked KOR --on 2024-07-01 --db FILE --format json", repeat,
                    () => Program.Run(["obligations", "--attacked", "KOR", "--on", "2024-07-01", "--db", path, "--format", "json"], TextReader.Null, Stream.Null, TextWriter.Null));
                Report(o, "whole command in-process: relations KOR CHN --by month --db FILE --format json", repeat,
                    () => Program.Run(["relations", "KOR", "CHN", "--by", "month", "--db", path, "--format", "json"], TextReader.Null, Stream.Null, TextWriter.Null));
                o.Flush();
                return 0;
            }
            finally
            {
                if (temporary) foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
            }
        });
        return command;
    }

    // Wall time, and the CPU time of the thread running the query (on a machine shared with other work, wall time
    // includes waiting for a core; CPU time is what the query itself costs).
    private static void Report(TextWriter o, string what, int runs, Func<int> query)
    {
        query(); // warm-up
        var wall = new List<double>();
        var cpu = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var thread = ThreadCpu();
            var w = Stopwatch.StartNew();
            query();
            wall.Add(w.Elapsed.TotalMilliseconds);
            cpu.Add((ThreadCpu() - thread).TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        static double P95(List<double> x) => x[Math.Min(x.Count - 1, (int)Math.Ceiling(x.Count * 0.95) - 1)];
        o.WriteLine($"  {what}: wall median {wall[wall.Count / 2]:F2} ms, p95 {P95(wall):F2} ms; cpu median {cpu[cpu.Count / 2]:F2} ms, p95 {P95(cpu):F2} ms ({runs} runs)");
        o.Flush();
    }

    private static TimeSpan ThreadCpu()
    {
        // The process's CPU time: queries are single-threaded, and the benchmark runs nothing else meanwhile.
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Writes <paramref name="count"/> synthetic events (five per article) into a new event store at <paramref name="path"/>.</summary>
    public static void Generate(string path, int count, int seed = 14)
    {
        using (EventStore.Open(path)) { }
        using var connection = new SqliteConnection($"Data Source={Path.GetFullPath(path)};Pooling=False");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA journal_mode = WAL;";
            pragma.ExecuteNonQuery();
        }
        var random = new Random(seed);
        // Zipf-like weights: the k-th actor is drawn with weight 1/(k+1).
        var cumulative = new double[Actors.Length];
        double total = 0;
        for (int k = 0; k < Actors.Length; k++) cumulative[k] = total += 1.0 / (k + 1);
        string Pick()
        {
            double u = random.NextDouble() * total;
            int i = Array.BinarySearch(cumulative, u);
            return Actors[i < 0 ? ~i : i];
        }
        var start = new DateOnly(2015, 1, 1);
        int days = new DateOnly(2025, 12, 31).DayNumber - start.DayNumber;
        using var tx = connection.BeginTransaction();
        using var article = connection.CreateCommand();
        article.Transaction = tx;
        article.CommandText = "INSERT INTO articles (id, origin, source, published, text, content_hash, ingested_at) VALUES ($id, 'bench', $source, $published, $text, $id, '2026-01-01')";
        var aId = article.Parameters.Add("$id", SqliteType.Text);
        var aSource = article.Parameters.Add("$source", SqliteType.Text);
        var aPublished = article.Parameters.Add("$published", SqliteType.Text);
        var aText = article.Parameters.Add("$text", SqliteType.Text);
        using var ev = connection.CreateCommand();
        ev.Transaction = tx;
        ev.CommandText = """
            INSERT INTO events (article_id, sentence_idx, sentence_start, sentence_length, sentence, source_code, source_name, source_rule,
                source_start, source_length, target_code, target_name, target_rule, target_start, target_length, type, cameo, goldstein, mode,
                date, trigger_start, trigger_length, lexicon_entry, mentions)
            VALUES ($article, $idx, $sstart, $slength, $sentence, $src, $src, 'bench', $sstart, $srclen, $tgt, $tgt, 'bench', $tstart, $tgtlen,
                $type, $cameo, $g, $mode, $date, $trstart, $trlen, 'bench', 1)
            """;
        var p = new Dictionary<string, SqliteParameter>();
        foreach (var name in new[] { "$article", "$idx", "$sstart", "$slength", "$sentence", "$src", "$srclen", "$tgt", "$tstart", "$tgtlen", "$type", "$cameo", "$g", "$mode", "$date", "$trstart", "$trlen" })
            p[name] = ev.Parameters.Add(new SqliteParameter { ParameterName = name });
        for (int i = 0; i < count; i++)
        {
            int articleIndex = i / 5, idx = i % 5;
            string articleId = $"bench/{articleIndex:D7}";
            string published = start.AddDays(random.Next(days + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (idx == 0)
            {
                aId.Value = articleId;
                aSource.Value = $"source-{random.Next(40)}";
                aPublished.Value = published;
                aText.Value = "generated";
                article.ExecuteNonQuery();
            }
            string src = Pick(), tgt = Pick();
            while (tgt == src) tgt = Pick();
            var kind = Kinds[random.Next(Kinds.Length)];
            string sentence = $"{src} {kind.Words} {tgt}.";
            int sentenceStart = idx * 100;
            p["$article"].Value = articleId;
            p["$idx"].Value = idx;
            p["$sstart"].Value = sentenceStart;
            p["$slength"].Value = sentence.Length;
            p["$sentence"].Value = sentence;
            p["$src"].Value = src;
            p["$srclen"].Value = src.Length;
            p["$tgt"].Value = tgt;
            p["$tstart"].Value = sentenceStart + src.Length + kind.Words.Length + 2;
            p["$tgtlen"].Value = tgt.Length;
            p["$type"].Value = kind.Type;
            p["$cameo"].Value = kind.Cameo;
            p["$g"].Value = kind.Goldstein;
            double m = random.NextDouble();
            p["$mode"].Value = m < 0.85 ? DBNull.Value : m < 0.95 ? "intend" : "hypothetical";
            // A third of events carry their own date (often another article's day: the same act reported twice).
            p["$date"].Value = random.NextDouble() < 0.33 ? start.AddDays(random.Next(days + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            p["$trstart"].Value = sentenceStart + src.Length + 1;
            p["$trlen"].Value = kind.Words.Length;
            ev.ExecuteNonQuery();
        }
        tx.Commit();
    }
}
