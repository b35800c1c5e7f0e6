using System.CommandLine;
using Entente.Language.Syntax;

namespace Entente.Cli.Commands;

/// <summary><c>entente train --treebank DIR -o data/models/</c>: retrains the tagger and parser from CoNLL-U files.</summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var treebank = new Option<string>("--treebank") { Description = "Folder holding the *-train.conllu (and *-dev.conllu) files of a UD treebank.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the models into.", DefaultValueFactory = _ => "data/models" };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Training passes of the tagger.", DefaultValueFactory = _ => 10 };
        var parserEpochs = new Option<int>("--parser-epochs") { Description = "Training passes of the parser.", DefaultValueFactory = _ => 15 };
        var keepTagger = new Option<string?>("--keep-tagger")
        { Description = "A tagger file (tagger.bin) to keep as it is: only the lemmatizer and parser are trained, the parser from jackknifed tags of the same kind (one or two passes)." };
        var folds = new Option<int>("--folds") { Description = "Jackknife folds tagging the parser's training sentences.", DefaultValueFactory = _ => 10 };
        var command = new Command("train", "Train the part-of-speech tagger, lemmatizer and dependency parser on a Universal Dependencies treebank.")
        { treebank, output, taggerEpochs, parserEpochs, keepTagger, folds };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(treebank)!;
            if (!Directory.Exists(folder)) throw new CliException($"{folder}: no such treebank folder");
            var train = Directory.GetFiles(folder, "*-train.conllu").SingleOrDefault()
                ?? throw new CliException($"{folder}: no single *-train.conllu file in it");
            var dev = Directory.GetFiles(folder, "*-dev.conllu").SingleOrDefault();
            if (parse.GetValue(taggerEpochs) < 1 || parse.GetValue(parserEpochs) < 1) throw new CliException("epochs must be at least 1", 2);
            if (parse.GetValue(folds) < 2) throw new CliException("folds must be at least 2", 2);
            if (parse.GetValue(keepTagger) is { } kept && !File.Exists(kept)) throw new CliException($"{kept}: no such tagger file");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var scores = SyntaxModels.Train(train, dev, parse.GetValue(output)!, line => { io.Stderr.WriteLine($"{clock.Elapsed:mm\\:ss} {line}"); },
                parse.GetValue(taggerEpochs), parse.GetValue(parserEpochs), nameWords: Entente.Actors.ActorDictionary.LoadDefault().NameWords,
                keptTaggerFile: parse.GetValue(keepTagger), folds: parse.GetValue(folds));
            io.Out.WriteLine($"models written to {parse.GetValue(output)} in {clock.Elapsed.TotalSeconds:F0} s");
            if (scores is not null) io.Out.WriteLine($"dev ({Path.GetFileName(dev)}): {scores}");
            io.Out.Flush();
            return 0;
        });
        return command;
    }
}
