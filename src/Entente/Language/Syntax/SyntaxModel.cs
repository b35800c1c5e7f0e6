using System.Diagnostics;

namespace Entente.Language.Syntax;

/// <summary>The trained tagger, parser and lemmatizer, loaded together from a models folder.</summary>
internal sealed class SyntaxModel
{
    /// <summary>File names inside a models folder.</summary>
    public const string TaggerFile = "tagger.bin", ParserFile = "parser.bin", LemmaFile = "lemmas.bin";

    public PosTagger Tagger { get; }
    public DependencyParser Parser { get; }
    public Lemmatizer Lemmatizer { get; }

    /// <summary>The relation of each parser label.</summary>
    public DependencyRelation[] Relations { get; }

    public SyntaxModel(PosTagger tagger, DependencyParser parser, Lemmatizer lemmatizer)
    {
        Tagger = tagger;
        Parser = parser;
        Lemmatizer = lemmatizer;
        Relations = parser.LabelNames.Select(DependencyRelations.Parse).ToArray();
    }

    /// <summary>
    /// Loads the three models from <paramref name="folder"/>; a missing or damaged file gets an error naming it. Reads the
    /// folder's <see cref="ModelImage"/> when there is one made from these files, else the files, then writes the image for
    /// the next run.
    /// </summary>
    public static SyntaxModel Load(string folder)
    {
        if (ModelImage.TryRead(folder) is { } cached) return cached;
        var model = LoadFiles(folder);
        ModelImage.TryWrite(folder, model);
        return model;
    }

    private static SyntaxModel LoadFiles(string folder)
    {
        // The parser, the largest, loads on another thread meanwhile: on more than one core start-up takes the parser's
        // time, not the sum (start-up is the part of a run that more cores cannot otherwise share out).
        var parser = Task.Run(() => ReadFile(Path.Combine(folder, ParserFile), DependencyParser.Read));
        var tagger = ReadFile(Path.Combine(folder, TaggerFile), PosTagger.Read);
        var lemmatizer = ReadFile(Path.Combine(folder, LemmaFile), Lemmatizer.Read);
        return new SyntaxModel(tagger, parser.GetAwaiter().GetResult(), lemmatizer);
    }

    internal static T ReadFile<T>(string path, Func<BinaryReader, T> read)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Model file {path} is missing (run 'entente train' to make it).", path);
        try
        {
            using var reader = LinearModel.OpenFile(path);
            return read(reader);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"Model file {path} is damaged: {e.Message}", e);
        }
    }

    /// <summary>Writes the three models into <paramref name="folder"/>.</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        using (var w = LinearModel.CreateFile(Path.Combine(folder, TaggerFile))) Tagger.Write(w);
        using (var w = LinearModel.CreateFile(Path.Combine(folder, ParserFile))) Parser.Write(w);
        using (var w = LinearModel.CreateFile(Path.Combine(folder, LemmaFile))) Lemmatizer.Write(w);
    }

    /// <summary>Tags and parses one sentence of words.</summary>
    public void Analyse(ReadOnlySpan<WordInfo> words, Span<int> tags, Span<int> heads, Span<int> labels)
    {
        Tagger.Tag(words, tags);
        Parser.Parse(words, tags, heads, labels);
    }
}

/// <summary>Training and evaluation of the syntax models on a Universal Dependencies treebank.</summary>
internal static class SyntaxTraining
{
    /// <summary>Settings of a training run.</summary>
    /// <remarks>Ten jackknife folds tag the parser's training sentences a little more like the final tagger does (dev UAS 84.6 -> 84.7 with four parser learners).</remarks>
    /// <param name="TaggerEpochs">Training passes of each tagger.</param>
    /// <param name="ParserEpochs">Training passes of the parser.</param>
    /// <param name="Folds">Jackknife folds tagging the parser's training sentences.</param>
    /// <param name="Seed">Seed of every shuffle and exploration: a run is deterministic for a given seed.</param>
    /// <param name="SecondPass">Whether the tagger reads each sentence a second time (see PosTagger.TrainSecondPass).</param>
    /// <param name="TaggerCache">
    /// A file holding the tagger stage's results (the final tagger and the jackknifed tags it gave the parser), for
    /// experiments that change only the parser: read when it was written by a run with the same training sentences and
    /// tagger settings, else computed and written. Null (the default) computes the tagger stage every time.
    /// </param>
    /// <param name="KeptTagger">
    /// A tagger to ship as it is (the parser alone is retrained, so tags, and all that reads them, stay as they were): no
    /// final tagger is trained, and the jackknife taggers read each sentence twice only when it does.
    /// </param>
    public sealed record Settings(int TaggerEpochs = 10, int ParserEpochs = 15, int Folds = 10, int Seed = 20261202, bool SecondPass = true,
        string? TaggerCache = null, PosTagger? KeptTagger = null);

    /// <summary>
    /// Trains tagger, lemmatizer and parser on <paramref name="train"/>. The parser learns from tags predicted by
    /// taggers trained on the other folds (jackknifing), so it sees the tagger's real mistakes.
    /// </summary>
    public static SyntaxModel Train(IReadOnlyList<TreebankSentence> train, Settings settings, Action<string>? log = null, IReadOnlyList<TreebankSentence>? dev = null,
        NameGazetteer? names = null)
    {
        if (settings.KeptTagger is not null) settings = settings with { SecondPass = settings.KeptTagger.HasSecondPass };
        // The stamp reads every training word: only a run with a cache needs it.
        ulong stamp = settings.TaggerCache is null ? 0 : TaggerStageStamp(train, settings, names);
        if (settings.TaggerCache is null || ReadTaggerStage(settings.TaggerCache, stamp) is not var (final, predicted))
        {
            (final, predicted) = TrainTaggers(train, settings, log, dev, names);
            if (settings.TaggerCache is not null) WriteTaggerStage(settings.TaggerCache, stamp, final, predicted);
        }
        else log?.Invoke($"tagger stage read from {settings.TaggerCache}");
        if (settings.KeptTagger is not null) final = settings.KeptTagger;
        var lemmatizer = Lemmatizer.Train(train);
        Func<DependencyParser, (double, string)>? evaluate = dev is null ? null : p =>
        {
            var scores = Evaluate(new SyntaxModel(final, p, lemmatizer), dev, names, timed: false);
            return (scores.Uas + scores.Las, scores.ToString());
        };
        var parser = DependencyParser.Train(train, predicted, settings.ParserEpochs, settings.Seed, log, evaluate);
        return new SyntaxModel(final, parser, lemmatizer);
    }

    /// <summary>A hash of everything the tagger stage depends on: the training sentences' words and tags, the gazetteer and the tagger settings.</summary>
    private static ulong TaggerStageStamp(IReadOnlyList<TreebankSentence> train, Settings settings, NameGazetteer? names)
    {
        ulong hash = 14695981039346656037UL;
        void Add(ulong value) => hash = (hash ^ value) * 1099511628211UL;
        void AddText(string text) { foreach (char c in text) Add(c); Add(0xFFFF); }
        AddText($"{settings.TaggerEpochs} {settings.Folds} {settings.Seed} {settings.SecondPass} {train.Count} {settings.KeptTagger is not null}");
        Add(names?.Fingerprint() ?? 0);
        foreach (var sentence in train)
            for (int i = 0; i < sentence.Length; i++) { AddText(sentence.Words[i]); AddText(sentence.Upos[i]); AddText(sentence.Xpos[i]); }
        return hash;
    }

    private static (PosTagger, int[][])? ReadTaggerStage(string path, ulong stamp)
    {
        if (!File.Exists(path)) return null;
        using var reader = LinearModel.OpenFile(path);
        if (reader.ReadUInt64() != stamp) return null;
        var tagger = PosTagger.Read(reader);
        var tags = new int[reader.ReadInt32()][];
        for (int s = 0; s < tags.Length; s++)
        {
            tags[s] = new int[reader.ReadInt32()];
            for (int i = 0; i < tags[s].Length; i++) tags[s][i] = reader.ReadInt32();
        }
        return (tagger, tags);
    }

    private static void WriteTaggerStage(string path, ulong stamp, PosTagger tagger, int[][] tags)
    {
        using var writer = LinearModel.CreateFile(path);
        writer.Write(stamp);
        tagger.Write(writer);
        writer.Write(tags.Length);
        foreach (var sentence in tags)
        {
            writer.Write(sentence.Length);
            foreach (int tag in sentence) writer.Write(tag);
        }
    }

    /// <summary>The tagger stage: the final tagger, and the tags the parser learns from (each fold tagged by taggers that never saw it).</summary>
    private static (PosTagger Final, int[][] Predicted) TrainTaggers(IReadOnlyList<TreebankSentence> train, Settings settings, Action<string>? log,
        IReadOnlyList<TreebankSentence>? dev, NameGazetteer? names)
    {
        var firstPass = new int[train.Count][];
        int folds = Math.Max(2, settings.Folds);
        var foldTaggers = new PosTagger[folds];
        PosTagger? final = null;
        var classes = PosTagger.ClassesOf(train);
        // The final tagger first: it takes longest, so the folds fill the other core around it.
        var jobs = Enumerable.Range(0, settings.KeptTagger is null ? folds + 1 : folds).Reverse().ToArray();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        List<TreebankSentence> Rest(int fold) => train.Where((_, i) => i % folds != fold).ToList();
        Parallel.ForEach(jobs, options, fold =>
        {
            if (fold == folds)
            {
                final = PosTagger.Train(train, settings.TaggerEpochs, settings.Seed, log, classes, names);
                return;
            }
            var tagger = foldTaggers[fold] = PosTagger.Train(Rest(fold), settings.TaggerEpochs, settings.Seed + fold, null, classes, names);
            for (int i = fold; i < train.Count; i += folds) firstPass[i] = TagGold(tagger, train[i], names);
            log?.Invoke($"jackknife fold {fold + 1}/{folds} tagged");
        });
        final ??= settings.KeptTagger;
        if (dev is not null) log?.Invoke($"tagger first pass: dev UPOS {TagAccuracy(final!, dev, names):F2}");
        var predicted = firstPass;
        if (settings.SecondPass)
        {
            // The second pass learns from the first pass's jackknifed tags; each fold's own two-pass tagger then tags that
            // fold for the parser, as the final tagger will tag news.
            predicted = new int[train.Count][];
            Parallel.ForEach(jobs, options, fold =>
            {
                if (fold == folds)
                {
                    final = final!.TrainSecondPass(train, firstPass, settings.TaggerEpochs, settings.Seed, names, log);
                    return;
                }
                var ahead = firstPass.Where((_, i) => i % folds != fold).ToList();
                var tagger = foldTaggers[fold].TrainSecondPass(Rest(fold), ahead, settings.TaggerEpochs, settings.Seed + fold, names);
                for (int i = fold; i < train.Count; i += folds) predicted[i] = TagGold(tagger, train[i], names);
                log?.Invoke($"jackknife fold {fold + 1}/{folds} tagged twice");
            });
            if (dev is not null) log?.Invoke($"tagger second pass: dev UPOS {TagAccuracy(final!, dev, names):F2}");
        }
        return (final!, predicted);
    }

    private static int[] TagGold(PosTagger tagger, TreebankSentence sentence, NameGazetteer? names)
    {
        var tags = new int[sentence.Length];
        tagger.Tag(sentence.WordInfos(names), tags);
        return tags;
    }

    /// <summary>The share of words of <paramref name="gold"/> whose universal tag <paramref name="tagger"/> gets right, in percent.</summary>
    private static double TagAccuracy(PosTagger tagger, IReadOnlyList<TreebankSentence> gold, NameGazetteer? names)
    {
        long right = 0, words = 0;
        foreach (var sentence in gold)
        {
            var tags = TagGold(tagger, sentence, names);
            for (int i = 0; i < tags.Length; i++, words++) if (tagger.Universal[tags[i]].Name() == sentence.Upos[i]) right++;
        }
        return words == 0 ? 0 : 100.0 * right / words;
    }

    /// <summary>Accuracy of a model on gold-tokenised sentences, as the CoNLL 2018 shared task counts it (punctuation included, LAS on universal relations).</summary>
    public sealed record Scores(double Upos, double Uas, double Las, double TokensPerSecond, int Words)
    {
        public override string ToString() => $"UPOS {Upos:F2} UAS {Uas:F2} LAS {Las:F2}";
    }

    /// <summary>Tags and parses <paramref name="gold"/> with <paramref name="model"/> and scores it; speed is measured on one thread after a warm-up pass.</summary>
    public static Scores Evaluate(SyntaxModel model, IReadOnlyList<TreebankSentence> gold, NameGazetteer? names = null, bool timed = true,
        TextWriter? predictions = null)
    {
        var infos = gold.Select(s => s.WordInfos(names)).ToArray();
        int max = gold.Count == 0 ? 1 : gold.Max(s => s.Length);
        var tags = new int[max];
        var heads = new int[max];
        var labels = new int[max];
        long words = 0, upos = 0, uas = 0, las = 0;
        for (int s = 0; s < gold.Count; s++)
        {
            var sentence = gold[s];
            int n = sentence.Length;
            model.Analyse(infos[s], tags.AsSpan(0, n), heads.AsSpan(0, n), labels.AsSpan(0, n));
            for (int i = 0; i < n; i++)
            {
                words++;
                if (model.Tagger.Universal[tags[i]].Name() == sentence.Upos[i]) upos++;
                if (heads[i] + 1 == sentence.Heads[i])
                {
                    uas++;
                    if (Universal(model.Parser.LabelNames[labels[i]]).SequenceEqual(Universal(sentence.Relations[i]))) las++;
                }
            }
            if (predictions is not null) WritePredicted(predictions, model, sentence, tags, heads, labels);
        }
        // Speed: the same work again on this one thread (word hashing included, as a document's tokens need it), timed
        // after a second of warm-up in which the runtime finishes optimising the hot code.
        double perSecond = 0;
        if (timed)
        {
            TimedPasses(0.5);
            perSecond = TimedPasses(2.0);
        }
        double TimedPasses(double seconds)
        {
            long tokens = 0;
            var clock = Stopwatch.StartNew();
            do
            {
                for (int s = 0; s < gold.Count; s++)
                {
                    var sentence = gold[s];
                    int n = sentence.Length;
                    WordInfo.OfSentence(new StringWords(sentence.Words), infos[s], names);
                    model.Analyse(infos[s], tags.AsSpan(0, n), heads.AsSpan(0, n), labels.AsSpan(0, n));
                    tokens += n;
                }
            } while (clock.Elapsed.TotalSeconds < seconds);
            return tokens / clock.Elapsed.TotalSeconds;
        }
        double Percent(long x) => words == 0 ? 0 : 100.0 * x / words;
        return new Scores(Percent(upos), Percent(uas), Percent(las), perSecond, (int)words);
    }

    /// <summary>Writes one tagged and parsed sentence as CoNLL-U: the gold words and lemmas with the predicted tags, heads and relations.</summary>
    private static void WritePredicted(TextWriter writer, SyntaxModel model, TreebankSentence sentence, int[] tags, int[] heads, int[] labels)
    {
        for (int i = 0; i < sentence.Length; i++)
        {
            var tag = model.Tagger.Universal[tags[i]].Name();
            writer.Write($"{i + 1}\t{sentence.Words[i]}\t{sentence.Lemmas[i]}\t{tag}\t{model.Tagger.Penn[tags[i]]}\t_\t{heads[i] + 1}\t{model.Parser.LabelNames[labels[i]]}\t_\t_\n");
        }
        writer.Write('\n');
    }

    private static ReadOnlySpan<char> Universal(string label)
    {
        int colon = label.IndexOf(':');
        return colon < 0 ? label : label.AsSpan(0, colon);
    }
}

/// <summary>Accuracies of the syntax models on a gold-tokenised treebank file.</summary>
/// <param name="Upos">Universal tags right, percent of words.</param>
/// <param name="Uas">Heads right, percent of words (punctuation included).</param>
/// <param name="Las">Heads and universal relations right, percent of words.</param>
/// <param name="TokensPerSecond">Tagging and parsing speed on one thread after warm-up.</param>
/// <param name="Words">Words scored.</param>
public sealed record SyntaxScores(double Upos, double Uas, double Las, double TokensPerSecond, int Words)
{
    /// <summary>How long loading the three models took, when they were loaded for this evaluation.</summary>
    public TimeSpan LoadTime { get; init; }

    /// <summary>The one-line summary <c>parse-eval</c> ends with: "UPOS 95.1 UAS 86.3 LAS 82.7 tokens/s 412345".</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"UPOS {Upos:F1} UAS {Uas:F1} LAS {Las:F1} tokens/s {TokensPerSecond:F0}");
}

/// <summary>Trains the tagger and parser from Universal Dependencies CoNLL-U files and evaluates them.</summary>
public static class SyntaxModels
{
    /// <summary>
    /// Trains on <paramref name="trainFile"/>, writes the models into <paramref name="outputFolder"/>, and returns the scores
    /// on <paramref name="devFile"/> when given. Deterministic for a given seed.
    /// </summary>
    public static SyntaxScores? Train(string trainFile, string? devFile, string outputFolder, Action<string>? log = null,
        int taggerEpochs = 10, int parserEpochs = 15, int seed = 20261202, int maxSentences = int.MaxValue, IEnumerable<string>? nameWords = null,
        string? keptTaggerFile = null, int folds = 10)
    {
        var names = nameWords is null ? null : NameGazetteer.Of(nameWords);
        var train = Conllu.Read(trainFile);
        if (train.Count > maxSentences) train = train.Take(maxSentences).ToList();
        log?.Invoke($"read {train.Count} training sentences from {trainFile}");
        // For parser experiments only: a file caching the tagger stage, which such runs share (see Settings.TaggerCache).
        var taggerCache = Environment.GetEnvironmentVariable("ENTENTE_TAGGER_CACHE") is { Length: > 0 } cache ? cache : null;
        var keptTagger = keptTaggerFile is null ? null : SyntaxModel.ReadFile(keptTaggerFile, PosTagger.Read);
        var model = SyntaxTraining.Train(train, new SyntaxTraining.Settings(taggerEpochs, parserEpochs, folds, seed, TaggerCache: taggerCache, KeptTagger: keptTagger), log,
            devFile is null ? null : Conllu.Read(devFile), names);
        model.Save(outputFolder);
        // A kept tagger read back and written out holds the same weights in another byte order: ship the very file.
        if (keptTaggerFile is not null && Path.GetFullPath(keptTaggerFile) != Path.GetFullPath(Path.Combine(outputFolder, SyntaxModel.TaggerFile)))
            File.Copy(keptTaggerFile, Path.Combine(outputFolder, SyntaxModel.TaggerFile), overwrite: true);
        if (devFile is null) return null;
        var loaded = SyntaxModel.Load(outputFolder);
        var s = SyntaxTraining.Evaluate(loaded, Conllu.Read(devFile), names);
        return new SyntaxScores(s.Upos, s.Uas, s.Las, s.TokensPerSecond, s.Words);
    }

    /// <summary>Tags and parses the gold-tokenised sentences of <paramref name="conlluFile"/> with the models in <paramref name="modelFolder"/>.</summary>
    /// <param name="conlluFile">Gold-tokenised sentences with their gold tags and trees.</param>
    /// <param name="modelFolder">Folder of the three model files.</param>
    /// <param name="nameWords">Capitalised words of known names, read by the tagger as a gazetteer.</param>
    /// <param name="predictions">When given, receives the predicted tags and trees as CoNLL-U, for comparing with the gold file.</param>
    public static SyntaxScores Evaluate(string conlluFile, string modelFolder, IEnumerable<string>? nameWords = null, TextWriter? predictions = null)
    {
        var clock = Stopwatch.StartNew();
        var model = SyntaxModel.Load(modelFolder);
        var loadTime = clock.Elapsed;
        var s = SyntaxTraining.Evaluate(model, Conllu.Read(conlluFile), nameWords is null ? null : NameGazetteer.Of(nameWords), predictions: predictions);
        return new SyntaxScores(s.Upos, s.Uas, s.Las, s.TokensPerSecond, s.Words) { LoadTime = loadTime };
    }
}
