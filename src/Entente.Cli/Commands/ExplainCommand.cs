using System.CommandLine;
using Entente.Articles;
using Entente.Events;
using Entente.Language;

namespace Entente.Cli.Commands;

/// <summary><c>entente explain "sentence"</c>: shows the whole reasoning from tokens to events.</summary>
public static class ExplainCommand
{
    // A sentence is never also the name of a file here, so an existing path is read as the article it holds.
    private static string TextOf(string argument, CliIO io) =>
        argument == "-" ? io.Stdin.ReadToEnd() : File.Exists(argument) ? File.ReadAllText(argument) : argument;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var text = new Argument<string>("text") { Description = "A sentence or short text, or the path of a plain-text file holding one article, or - for standard input." };
        var data = CommonOptions.Data();
        var command = new Command("explain", "Show how Entente reads a sentence: tokens, tags, actors, triggers and events with their mode.") { text, data };
        command.SetAction(parse =>
        {
            var pipeline = CommonOptions.BuildPipeline(parse.GetValue(data), null, null, allModes: true);
            // Cleaned as extract cleans an article, so the dateline is cut and kept as the story's place here too.
            var clean = ArticleCleaner.Clean(TextOf(parse.GetValue(text)!, io));
            var doc = pipeline.Read(new Article("text", clean.Text) { Dateline = clean.Dateline, Published = clean.Dateline?.Date });
            var o = io.Out;
            if (clean.Dateline is { } dateline) o.WriteLine($"dateline: {dateline.Text} (place {dateline.Place ?? "-"}, agency {dateline.Agency ?? "-"})");
            o.WriteLine("tokens (index, word, universal/Penn tag, lemma, head index and word, relation):");
            var syntax = doc.Syntax!;
            foreach (var sentence in doc.Sentences)
            {
                for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    int head = syntax.HeadOf(i);
                    var headText = head < 0 ? "ROOT" : $"{head - sentence.FirstToken + 1} {doc.TextOf(head)}";
                    o.WriteLine($"  {i - sentence.FirstToken + 1,3} {doc.TextOf(i).ToString(),-16} {syntax.Universal[i].Name()}/{syntax.Penn[i],-5} {syntax.LemmaOf(i),-14} → {headText,-20} {syntax.RelationOf(i).Label()}");
                }
                o.WriteLine();
            }
            o.WriteLine("actors:");
            foreach (var m in doc.Actors) o.WriteLine($"  {m.Actor.Name} → {m.Actor.Code.Value} {m.Actor.Sector} ({Provenance(m.Actor)})");
            o.WriteLine("events:");
            foreach (var e in pipeline.CodeAll(doc))
            {
                var kept = EventFilter.Default.Keeps(e) ? "" : " [not output by default]";
                o.WriteLine($"  {e.Source.Code.Value} {e.Type.ToPlover()} ({e.Cameo}, {e.Goldstein:+0.0;-0.0}) {e.Target?.Code.Value ?? "—"}  mode={e.Mode.ToText() ?? "happened"}{(e.Claimant is { } c ? $" claimed-by={c.Code.Value}" : "")}{kept}");
                o.WriteLine($"    trigger \"{doc.Slice(e.Trigger)}\" via lexicon {e.LexiconEntry}");
                if (e.Rules.Count > 0) o.WriteLine($"    rules {string.Join(", ", e.Rules)}");
                o.WriteLine($"    source \"{e.Source.Name}\" ({Provenance(e.Source)}); target \"{e.Target?.Name}\" ({(e.Target is null ? "" : Provenance(e.Target))})");
            }
            o.Flush();
            return 0;
        });
        return command;
    }

    // "rule pronoun:plural, from 'Japan' in sentence 3" for a reference; the dictionary entry or rule otherwise.
    private static string Provenance(Entente.Actors.Actor actor)
    {
        var text = actor.Antecedent is { } a ? $"{actor.Rule}; {a.Describe()}" : actor.Rule;
        return actor.OutOfOffice ? text + "; out of office" : text;
    }
}
