using Entente.Language;
using Entente.Language.Syntax;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Language.Syntax;

/// <summary>A fact skipped with a clear message when the shared UD English treebank is absent.</summary>
public sealed class TreebankFactAttribute : FactAttribute
{
    public TreebankFactAttribute()
    {
        if (Treebank.Folder is null) Skip = "../shared/treebanks/en_ewt not found beside the repository: treebank training and accuracy cannot be checked here";
    }
}

public static class Treebank
{
    public static string? Folder => SharedFolder.Path is { } shared && Directory.Exists(Path.Combine(shared, "treebanks", "en_ewt")) ? Path.Combine(shared, "treebanks", "en_ewt") : null;

    public static string File(string part) => Path.Combine(Folder!, $"en_ewt-ud-{part}.conllu");
}

public class SyntaxTrainingTests
{
    [TreebankFact]
    public void A_tiny_model_trained_on_a_few_hundred_sentences_parses_a_held_out_sentence_sensibly()
    {
        var sentences = Conllu.Read(Treebank.File("train")).Take(400).ToList();
        var model = SyntaxTraining.Train(sentences, new SyntaxTraining.Settings(TaggerEpochs: 4, ParserEpochs: 4, Folds: 2));
        var words = new[] { "The", "army", "fired", "two", "missiles", "at", "the", "base", "." };
        var infos = new WordInfo[words.Length];
        WordInfo.OfSentence(new StringWords(words), infos);
        var tags = new int[words.Length];
        var heads = new int[words.Length];
        var labels = new int[words.Length];
        model.Analyse(infos, tags, heads, labels);
        string Upos(int i) => model.Tagger.Universal[tags[i]].Name();
        Assert.Equal("DET", Upos(0));
        Assert.Equal("VERB", Upos(2));
        Assert.Equal("PUNCT", Upos(8));
        Assert.Equal(-1, heads[2]);
        Assert.Equal(2, heads[1]);
        Assert.Equal("nsubj", model.Parser.LabelNames[labels[1]]);
        Assert.Equal(2, heads[4]);
        Assert.Equal("obj", model.Parser.LabelNames[labels[4]]);
        Assert.Equal(1, heads[0]);
        // Exactly one root, and every head inside the sentence.
        Assert.Single(heads, h => h == -1);
        Assert.All(heads, h => Assert.InRange(h, -1, words.Length - 1));
    }

    [TreebankFact]
    public void A_kept_tagger_ships_unchanged_and_only_the_parser_is_trained_around_it()
    {
        // Retraining the parser alone keeps the tags, and everything read from them, as they were.
        var sentences = Conllu.Read(Treebank.File("train")).Take(300).ToList();
        var kept = PosTagger.Train(sentences, 3, 5);
        var model = SyntaxTraining.Train(sentences, new SyntaxTraining.Settings(TaggerEpochs: 3, ParserEpochs: 3, Folds: 2, KeptTagger: kept));
        Assert.Same(kept, model.Tagger);
        var infos = sentences[0].WordInfos();
        var heads = new int[infos.Length];
        model.Analyse(infos, new int[infos.Length], heads, new int[infos.Length]);
        Assert.Single(heads, h => h == -1);
    }

    [TreebankFact]
    public void A_tagger_trained_beside_a_gazetteer_still_learns_how_names_look()
    {
        // Every capitalised word of the training sentences is in the gazetteer: were the gazetteer to force rare ones to
        // proper nouns while training, the model would never learn names from their letters and context.
        var sentences = Conllu.Read(Treebank.File("train")).Take(400).ToList();
        var names = NameGazetteer.Of(sentences.SelectMany(s => s.Words).Where(w => char.IsUpper(w[0])).Distinct());
        var tagger = PosTagger.Train(sentences, 4, 7, gazetteer: names);
        var words = new[] { "Yesterday", "Brandrick", "met", "Olvanova", "and", "Pettigrue", "in", "Tullamore", "." };
        var infos = new WordInfo[words.Length];
        WordInfo.OfSentence(new StringWords(words), infos);
        var tags = new int[words.Length];
        tagger.Tag(infos, tags);
        foreach (int i in new[] { 1, 3, 5, 7 }) Assert.Equal(UniversalTag.Propn, tagger.Universal[tags[i]]);
    }

    [TreebankFact]
    public void The_tagger_s_second_pass_is_written_and_read_and_a_one_pass_file_still_loads()
    {
        var sentences = Conllu.Read(Treebank.File("train")).Take(300).ToList();
        var first = PosTagger.Train(sentences, 3, 11);
        // The second pass learns from first-pass tags (here the first tagger's own, for brevity).
        var firstTags = sentences.Select(s =>
        {
            var infos = s.WordInfos();
            var tags = new int[infos.Length];
            first.Tag(infos, tags);
            return tags;
        }).ToList();
        var twoPass = first.TrainSecondPass(sentences, firstTags, 3, 11);
        Assert.False(first.HasSecondPass);
        Assert.True(twoPass.HasSecondPass);
        PosTagger RoundTrip(PosTagger tagger)
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) tagger.Write(writer);
            stream.Position = 0;
            using var reader = new BinaryReader(stream);
            return PosTagger.Read(reader);
        }
        var read = RoundTrip(twoPass);
        Assert.True(read.HasSecondPass);
        Assert.False(RoundTrip(first).HasSecondPass);
        var words = new[] { "Troops", "cut", "the", "supply", "lines", "near", "the", "border", "." };
        var held = new WordInfo[words.Length];
        WordInfo.OfSentence(new StringWords(words), held);
        int[] a = new int[words.Length], b = new int[words.Length];
        twoPass.Tag(held, a);
        read.Tag(held, b);
        Assert.Equal(a, b);
    }

    [TreebankFact]
    public void Training_is_deterministic()
    {
        var sentences = Conllu.Read(Treebank.File("train")).Take(150).ToList();
        var settings = new SyntaxTraining.Settings(TaggerEpochs: 2, ParserEpochs: 2, Folds: 2);
        string Save(SyntaxModel model)
        {
            var folder = Path.Combine(Path.GetTempPath(), "entente-model-" + Guid.NewGuid().ToString("N"));
            model.Save(folder);
            return folder;
        }
        var a = Save(SyntaxTraining.Train(sentences, settings));
        var b = Save(SyntaxTraining.Train(sentences, settings));
        try
        {
            foreach (var file in new[] { SyntaxModel.TaggerFile, SyntaxModel.ParserFile, SyntaxModel.LemmaFile })
                Assert.Equal(System.IO.File.ReadAllBytes(Path.Combine(a, file)), System.IO.File.ReadAllBytes(Path.Combine(b, file)));
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }

    [TreebankFact]
    public void A_cached_tagger_stage_trains_the_same_models_and_is_retrained_when_the_sentences_change()
    {
        var sentences = Conllu.Read(Treebank.File("train")).Take(150).ToList();
        var cache = Path.Combine(Path.GetTempPath(), "entente-tagger-stage-" + Guid.NewGuid().ToString("N"));
        var plain = new SyntaxTraining.Settings(TaggerEpochs: 2, ParserEpochs: 2, Folds: 2);
        var cached = plain with { TaggerCache = cache };
        static byte[][] Files(SyntaxModel model)
        {
            var folder = Path.Combine(Path.GetTempPath(), "entente-model-" + Guid.NewGuid().ToString("N"));
            model.Save(folder);
            try { return [.. new[] { SyntaxModel.TaggerFile, SyntaxModel.ParserFile, SyntaxModel.LemmaFile }.Select(f => System.IO.File.ReadAllBytes(Path.Combine(folder, f)))]; }
            finally { Directory.Delete(folder, true); }
        }
        try
        {
            var log = new List<string>();
            var reference = Files(SyntaxTraining.Train(sentences, plain));
            var writing = Files(SyntaxTraining.Train(sentences, cached, log.Add));
            Assert.True(System.IO.File.Exists(cache));
            Assert.DoesNotContain(log, line => line.StartsWith("tagger stage read", StringComparison.Ordinal));
            var reading = Files(SyntaxTraining.Train(sentences, cached, log.Add));
            Assert.Contains(log, line => line.StartsWith("tagger stage read", StringComparison.Ordinal));
            for (int f = 0; f < reference.Length; f++)
            {
                Assert.Equal(reference[f], writing[f]);
                Assert.Equal(reference[f], reading[f]);
            }
            // Other sentences, or other tagger settings, do not reuse the stage cached for these.
            log.Clear();
            SyntaxTraining.Train(sentences.Take(100).ToList(), cached, log.Add);
            Assert.DoesNotContain(log, line => line.StartsWith("tagger stage read", StringComparison.Ordinal));
            log.Clear();
            SyntaxTraining.Train(sentences.Take(100).ToList(), cached with { TaggerEpochs = 3 }, log.Add);
            Assert.DoesNotContain(log, line => line.StartsWith("tagger stage read", StringComparison.Ordinal));
        }
        finally
        {
            System.IO.File.Delete(cache);
        }
    }

    // The shipped model meets the language layer's targets on the test set (UPOS 95.0, UAS 86.0, LAS 82.0), and a regression
    // guard just below the accuracy it was measured at (see data/README.md) keeps it from slipping unnoticed.
    [TreebankFact]
    public void The_shipped_model_keeps_its_measured_accuracy_on_the_test_set()
    {
        var models = Path.Combine(AppContext.BaseDirectory, "data", "models");
        var scores = SyntaxModels.Evaluate(Treebank.File("test"), models, Entente.Actors.ActorDictionary.LoadDefault().NameWords);
        Console.WriteLine($"en_ewt test: UPOS {scores.Upos:F2} UAS {scores.Uas:F2} LAS {scores.Las:F2}");
        Assert.True(scores.Upos >= 95.4, $"UPOS {scores.Upos:F2} below 95.4");
        Assert.True(scores.Uas >= 86.0, $"UAS {scores.Uas:F2} below the target of 86.0");
        Assert.True(scores.Las >= 82.8, $"LAS {scores.Las:F2} below 82.8");
    }
}

public class ConlluTests
{
    [Fact]
    public void Multi_word_tokens_and_empty_nodes_are_skipped_and_sentences_split_on_blank_lines()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, """
            # text = We don't know.
            1	We	we	PRON	PRP	_	3	nsubj	_	_
            2-3	don't	_	_	_	_	_	_	_	_
            2	do	do	AUX	VBP	_	4	aux	_	_
            3	n't	not	PART	RB	_	4	advmod	_	_
            4	know	know	VERB	VB	_	0	root	_	_
            4.1	know	know	VERB	VB	_	_	_	_	_
            5	.	.	PUNCT	.	_	4	punct	_	_

            1	Yes	yes	INTJ	UH	_	0	root	_	_

            """.Replace("            ", ""));
        try
        {
            var sentences = Conllu.Read(path);
            Assert.Equal(2, sentences.Count);
            Assert.Equal(["We", "do", "n't", "know", "."], sentences[0].Words);
            Assert.Equal([3, 4, 4, 0, 4], sentences[0].Heads);
            Assert.Equal("root", sentences[1].Relations[0]);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "1\tWe\twe\tPRON\n");
        try
        {
            var error = Assert.Throws<FormatException>(() => Conllu.Read(path));
            Assert.Contains($"{path}:1", error.Message);
        }
        finally { File.Delete(path); }
    }
}

public class LinearModelTests
{
    [Fact]
    public void Weights_survive_a_write_and_read_and_score_only_known_features()
    {
        var model = LinearModel.Build(3, [(10UL, [1f, 0f, -2f]), (20UL, [0f, 0.5f, 0f])], 1e-3f);
        var path = Path.GetTempFileName();
        try
        {
            using (var w = LinearModel.CreateFile(path)) model.Write(w);
            LinearModel loaded;
            using (var r = LinearModel.OpenFile(path)) loaded = LinearModel.Read(r);
            Span<float> scores = stackalloc float[3];
            loaded.Score([10UL, 20UL, 30UL], scores);
            // A model of three classes keeps its weights in 16-bit units of its largest weight.
            Assert.Equal(1.0, scores[0], 3);
            Assert.Equal(0.5, scores[1], 3);
            Assert.Equal(-2.0, scores[2], 3);
            Assert.Equal(2, loaded.FeatureCount);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData(51)]
    [InlineData(64)]
    [InlineData(88)]
    [InlineData(96)]
    [InlineData(100)]
    public void Dense_rows_and_runs_add_up_to_each_feature_s_weights_whatever_the_class_count(int classes)
    {
        // Models of 49-64 and 81-96 classes add their dense rows in registers (512-bit vectors, or 256-bit ones with AVX2
        // alone); others in memory: all must give the sums.
        var random = new Random(classes);
        var rows = new List<(ulong Key, float[] Weights)>();
        for (int k = 0; k < 300; k++)
        {
            var weights = new float[classes];
            // Some features weigh every class (dense rows), others a few (runs).
            if (k % 3 == 0) for (int c = 0; c < classes; c++) weights[c] = random.Next(-8, 9);
            else for (int e = 0; e < 3; e++) weights[random.Next(classes)] = random.Next(-8, 9);
            rows.Add((k % 2 == 0 ? FeatureKey.Word(1, (ulong)k) : FeatureKey.Common(2, (ulong)k), weights));
        }
        rows.Add((FeatureKey.Word(1, 1000), Enumerable.Repeat(8f, classes).ToArray()));
        var model = LinearModel.Build(classes, rows.OrderBy(r => r.Key), 1e-3f);
        var weightOf = rows.ToDictionary(r => r.Key | 1UL, r => r.Weights);
        for (int round = 0; round < 20; round++)
        {
            var features = Enumerable.Range(0, 30).Select(_ => rows[random.Next(rows.Count)].Key | 1UL).Append(FeatureKey.Word(3, (ulong)round)).ToArray();
            var scores = new float[classes];
            model.Score(features, scores);
            for (int c = 0; c < classes; c++)
            {
                float expected = features.Sum(f => weightOf.TryGetValue(f, out var w) ? w[c] : 0f);
                // Weights are kept in 16-bit units of the largest (8): each off by at most half a unit.
                Assert.InRange(scores[c], expected - 0.01f, expected + 0.01f);
            }
        }
    }

    [Fact]
    public void The_averaged_perceptron_learns_a_separable_problem()
    {
        var trainer = new PerceptronTrainer(2);
        for (int epoch = 0; epoch < 5; epoch++)
            foreach (var (feature, label) in new[] { (10UL, 1), (20UL, 0), (30UL, 1), (40UL, 0) })
            {
                var s = new float[2];
                trainer.Score([feature], s);
                trainer.Tick();
                trainer.Update([feature], label, LinearModel.ArgMax(s));
            }
        var model = trainer.Average();
        // Only the examples first guessed wrong (class 1, as ties go to class 0) needed weights.
        Assert.Equal(2, model.FeatureCount);
        foreach (var (feature, label) in new[] { (10UL, 1), (20UL, 0), (30UL, 1), (40UL, 0) })
        {
            var s = new float[2];
            model.Score([feature], s);
            Assert.Equal(label, LinearModel.ArgMax(s));
        }
    }
}

public class ParseEvalCommandTests
{
    [Fact]
    public void Parse_eval_scores_a_file_and_writes_the_predicted_trees_beside_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-parse-eval-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var gold = Path.Combine(folder, "gold.conllu");
        var predicted = Path.Combine(folder, "predicted.conllu");
        File.WriteAllText(gold, """
            1	Chile	Chile	PROPN	NNP	_	2	nsubj	_	_
            2	sent	send	VERB	VBD	_	0	root	_	_
            3	ships	ship	NOUN	NNS	_	2	obj	_	_
            4	.	.	PUNCT	.	_	2	punct	_	_

            1	They	they	PRON	PRP	_	2	nsubj	_	_
            2	resumed	resume	VERB	VBD	_	0	root	_	_
            3	talks	talk	NOUN	NNS	_	2	obj	_	_
            4	in	in	ADP	IN	_	5	case	_	_
            5	Lima	Lima	PROPN	NNP	_	2	obl	_	_
            6	.	.	PUNCT	.	_	2	punct	_	_

            """.Replace("            ", ""));
        try
        {
            var run = CliRunner.Run("parse-eval", gold, "--write", predicted);
            Assert.Equal(0, run.ExitCode);
            Assert.Matches(@"^UPOS \d+\.\d UAS \d+\.\d LAS \d+\.\d tokens/s \d+$", run.Lines[^1]);
            // The written file reads back as the same sentences and words, each with one root and heads inside the sentence.
            var written = Conllu.Read(predicted);
            var expected = Conllu.Read(gold);
            Assert.Equal(expected.Select(s => s.Words), written.Select(s => s.Words));
            Assert.All(written, s => Assert.Single(s.Heads, h => h == 0));
            Assert.All(written, s => Assert.All(s.Heads, h => Assert.InRange(h, 0, s.Length)));
            Assert.Equal("VERB", written[0].Upos[1]);
            Assert.Equal("root", written[1].Relations[1]);
        }
        finally { Directory.Delete(folder, true); }
    }

    [Fact]
    public void Parse_eval_names_an_output_it_cannot_write()
    {
        var gold = Path.GetTempFileName();
        File.WriteAllText(gold, "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n\n");
        var output = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "out.conllu");
        try
        {
            var run = CliRunner.Run("parse-eval", gold, "--write", output);
            Assert.NotEqual(0, run.ExitCode);
            Assert.Contains(output, run.Stderr);
            Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally { File.Delete(gold); }
    }
}

public class LemmatizerTests
{
    private static TreebankSentence Word(string word, string lemma, string upos) => new([word], [lemma], [upos], ["_"], [0], ["root"]);

    [Fact]
    public void An_unseen_word_takes_the_longest_ending_whose_edit_gives_a_known_lemma()
    {
        // "-aded" and "-ded" most often drop "ed" ("loaded", "added"); only "-d" alone teaches dropping "d" ("decided").
        var lemmatizer = Lemmatizer.Train(new[]
        {
            Word("loaded", "load", "VERB"), Word("loaded", "load", "VERB"), Word("added", "add", "VERB"),
            Word("decided", "decide", "VERB"), Word("decided", "decide", "VERB"), Word("trade", "trade", "NOUN"),
        });
        // "trad" is no lemma the treebank has; "trade" is.
        Assert.Equal("trade", lemmatizer.Lemma("traded", UniversalTag.Verb));
        // With no known lemma among the edits, the longest ending's edit stands.
        Assert.Equal("plod", lemmatizer.Lemma("ploded", UniversalTag.Verb));
        Assert.Equal("load", lemmatizer.Lemma("loaded", UniversalTag.Verb));
    }
}
