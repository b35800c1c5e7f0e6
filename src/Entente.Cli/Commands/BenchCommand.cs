using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Entente.Articles;
using Entente.Export;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente bench</c>: measures throughput. Builds a corpus of the requested size from the sample articles (a JSONL
/// dump), then times the language layer (tokens, sentences, tags, names, quotes) on one core and the whole pipeline
/// (read → events written) on one core and on all cores, printing tokens per second and memory as the corpus streams.
/// </summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var mb = new Option<int>("--mb") { Description = "Corpus size in megabytes (default 50).", DefaultValueFactory = _ => 50 };
        var corpus = new Option<string?>("--corpus") { Description = "Use this JSONL corpus instead of generating one." };
        var generate = new Option<string?>("--generate") { Description = "Only write the generated corpus to FILE and stop." };
        var threads = new Option<int>("--threads") { Description = "Threads for the parallel run (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("bench", "Measure throughput of the language layer and of the whole pipeline.") { mb, corpus, generate, threads };
        command.SetAction(parse =>
        {
            var o = io.Out;
            string? path = parse.GetValue(corpus);
            bool temporary = false;
            if (parse.GetValue(mb) is < 1 or > 1_000_000) throw new CliException($"--mb: {parse.GetValue(mb)} is out of range (1 to 1000000)", 2);
            if (parse.GetValue(threads) is < 1 or > 512) throw new CliException($"--threads: {parse.GetValue(threads)} is out of range (1 to 512)", 2);
            if (path is not null && !File.Exists(path)) throw new CliException($"{path}: no such corpus file");
            if (parse.GetValue(generate) is { } target)
            {
                try { Generate(target, parse.GetValue(mb)); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
                { throw new CliException($"{target}: cannot write ({e.Message.ReplaceLineEndings(" ").TrimEnd('.')})"); }
                o.WriteLine($"wrote {new FileInfo(target).Length / 1e6:F1} MB corpus to {target}");
                o.Flush();
                return 0;
            }
            if (path is null)
            {
                path = Path.Combine(Path.GetTempPath(), $"entente-bench-{Guid.NewGuid():N}.jsonl");
                Generate(path, parse.GetValue(mb));
                temporary = true;
            }
            try
            {
                var pipeline = CommonOptions.BuildPipeline(null, null, null, allModes: false);
                double size = new FileInfo(path).Length / 1e6;
                o.WriteLine($"corpus: {size:F1} MB, {path}");
                o.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
                Warm(pipeline, path);
                var bare = LanguageLayer(pipeline, path, o, withNames: false);
                o.WriteLine($"tokens + sentences + tags + chunks + dates, 1 core: {bare.Tokens:N0} tokens in {bare.Seconds:F2} s = {bare.Tokens / bare.Seconds:N0} tokens/s");
                var language = LanguageLayer(pipeline, path, o, withNames: true);
                o.WriteLine($"language layer, 1 core: {language.Tokens:N0} tokens in {language.Seconds:F2} s = {language.Tokens / language.Seconds:N0} tokens/s ({size / language.Seconds:F1} MB/s), peak working set {language.PeakMb:F0} MB");
                o.WriteLine($"  (the language layer above also finds names, people, quotes and resolves actors: {100 * (language.Seconds - bare.Seconds) / bare.Seconds:F0}% on top of the bare layer)");
                var (matchSeconds, actorSeconds) = ActorStage(pipeline, path);
                o.WriteLine($"  actor stage alone: {actorSeconds:F2} s, of which dictionary lookups (trie over spans) {matchSeconds:F2} s = {100 * matchSeconds / bare.Seconds:F1}% of the bare layer's time, {100 * matchSeconds / language.Seconds:F1}% of the language layer's");
                var one = EndToEnd(pipeline, path, 1);
                o.WriteLine($"end to end, 1 core: {one.Tokens:N0} tokens, {one.Events:N0} events in {one.Seconds:F2} s = {one.Tokens / one.Seconds:N0} tokens/s ({size / one.Seconds:F1} MB/s)");
                o.WriteLine($"  sentences parsed (the others carry no event the coder reads a tree for): {one.ParsedSentences:N0} of {one.Sentences:N0} ({100.0 * one.ParsedSentences / Math.Max(1, one.Sentences):F0}%); {one.AllocatedMb:N0} MB allocated, {one.GcCount:N0} collections pausing {one.GcPauseSeconds:F2} s");
                int n = parse.GetValue(threads);
                var many = EndToEnd(pipeline, path, n);
                o.WriteLine($"end to end, {n} cores: {many.Tokens:N0} tokens, {many.Events:N0} events in {many.Seconds:F2} s = {many.Tokens / many.Seconds:N0} tokens/s ({size / many.Seconds:F1} MB/s), speed-up {one.Seconds / many.Seconds:F2}x");
                o.WriteLine($"  {many.GcCount:N0} collections pausing {many.GcPauseSeconds:F2} s (server GC: {System.Runtime.GCSettings.IsServerGC})");
                o.WriteLine($"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB");
                o.Flush();
                return 0;
            }
            finally
            {
                if (temporary) File.Delete(path);
            }
        });
        return command;
    }

    /// <summary>Writes a JSONL corpus of about <paramref name="megabytes"/> MB made of the sample articles, each record with its own id.</summary>
    public static void Generate(string path, int megabytes)
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "data", "sample");
        var texts = ArticleReader.ExpandInputs([sample])
            .SelectMany(f => ArticleReader.Read(f)).Select(a => a.Text).ToList();
        long limit = megabytes * 1_000_000L;
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        long n = 0;
        while (stream.Position < limit)
        {
            json.Reset(stream);
            json.WriteStartObject();
            json.WriteString("id", $"bench-{n}");
            json.WriteString("text", texts[(int)(n % texts.Count)]);
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            n++;
        }
    }

    private sealed record Run(long Tokens, long Events, double Seconds, double PeakMb)
    {
        public long Sentences { get; init; }
        public long ParsedSentences { get; init; }
        public double AllocatedMb { get; init; }
        public int GcCount { get; init; }
        public double GcPauseSeconds { get; init; }
    }

    private static void Warm(EntentePipeline pipeline, string path)
    {
        foreach (var a in ArticleReader.Read(path).Take(3000)) pipeline.Process(a);
    }

    private static Run LanguageLayer(EntentePipeline pipeline, string path, TextWriter o, bool withNames)
    {
        long tokens = 0, bytes = 0, nextReport = 10_000_000;
        double peak = 0;
        var watch = Stopwatch.StartNew();
        var memory = new StringBuilder("memory as the corpus streams (MB read → working set MB):");
        foreach (var article in ArticleReader.Read(path))
        {
            var document = withNames ? pipeline.Read(article) : pipeline.ReadLanguage(article);
            tokens += document.Tokens.Length;
            bytes += article.Text.Length;
            if (bytes >= nextReport)
            {
                double ws = Process.GetCurrentProcess().WorkingSet64 / 1e6;
                peak = Math.Max(peak, ws);
                memory.Append($" {bytes / 1e6:F0}→{ws:F0}");
                nextReport += 10_000_000;
            }
        }
        watch.Stop();
        if (withNames) o.WriteLine(memory.ToString());
        return new Run(tokens, 0, watch.Elapsed.TotalSeconds, peak);
    }

    // Times the actor stage on documents the language stages have read, and within it the dictionary lookups.
    private static (double Match, double Actors) ActorStage(EntentePipeline pipeline, string path)
    {
        var resolver = new Entente.Actors.ActorResolver(pipeline.Dictionary);
        var match = new Stopwatch();
        var actors = new Stopwatch();
        foreach (var article in ArticleReader.Read(path))
        {
            var document = pipeline.ReadLanguage(article);
            match.Start();
            Entente.Actors.DictionaryMatcher.Match(document, pipeline.Dictionary);
            match.Stop();
            actors.Start();
            resolver.Process(document);
            actors.Stop();
        }
        return (match.Elapsed.TotalSeconds, actors.Elapsed.TotalSeconds);
    }

    private static Run EndToEnd(EntentePipeline pipeline, string path, int threads)
    {
        long tokens = 0, events = 0, sentences = 0, parsed = 0;
        long allocated = GC.GetTotalAllocatedBytes();
        int collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        using (var writer = new JsonlEventWriter(Stream.Null))
        {
            var results = ArticleReader.Read(path)
                .AsParallel().AsOrdered().WithDegreeOfParallelism(threads)
                .Select(pipeline.Process);
            foreach (var r in results)
            {
                tokens += r.Document?.Tokens.Length ?? 0;
                sentences += r.Document?.Sentences.Length ?? 0;
                parsed += r.Document?.Syntax?.ParsedSentences ?? 0;
                foreach (var e in r.Events) { writer.Write(e); events++; }
            }
        }
        watch.Stop();
        return new Run(tokens, events, watch.Elapsed.TotalSeconds, 0)
        {
            Sentences = sentences, ParsedSentences = parsed, AllocatedMb = (GC.GetTotalAllocatedBytes() - allocated) / 1e6,
            GcCount = GC.CollectionCount(0) - collections, GcPauseSeconds = (GC.GetTotalPauseDuration() - paused).TotalSeconds,
        };
    }
}
