using System.CommandLine;
using Entente.Language.Syntax;

namespace Entente.Cli.Commands;

/// <summary><c>entente parse-eval FILE.conllu</c>: tags and parses gold-tokenised sentences and prints the accuracies.</summary>
public static class ParseEvalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var file = new Argument<string>("file") { Description = "A CoNLL-U file with gold tokenisation, tags and trees." };
        var models = new Option<string?>("--models") { Description = "Folder of the models (default: the shipped data/models)." };
        var write = new Option<string?>("--write") { Description = "Also write the predicted tags and trees to this CoNLL-U file, to compare with the gold one." };
        var command = new Command("parse-eval", "Score the tagger and parser on a CoNLL-U file: UPOS, UAS, LAS (punctuation included) and tokens per second on one thread.")
        { file, models, write };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new CliException($"{path}: no such file");
            var folder = parse.GetValue(models) ?? Path.Combine(AppContext.BaseDirectory, "data", "models");
            var output = parse.GetValue(write);
            SyntaxScores scores;
            StreamWriter? predictions = null;
            try
            {
                predictions = output is null ? null : new StreamWriter(output);
                scores = SyntaxModels.Evaluate(path, folder, Entente.Actors.ActorDictionary.LoadDefault().NameWords, predictions);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && output is not null && predictions is null)
            {
                throw new CliException($"{output}: cannot write ({e.Message})");
            }
            catch (FormatException e) { throw new CliException(e.Message); }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException) { throw new CliException(e.Message); }
            finally { predictions?.Dispose(); }
            io.Out.WriteLine($"{scores.Words} words; models loaded in {scores.LoadTime.TotalMilliseconds:F0} ms");
            io.Out.WriteLine(scores.ToString());
            io.Out.Flush();
            return 0;
        });
        return command;
    }
}
