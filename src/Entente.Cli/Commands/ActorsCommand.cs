using System.CommandLine;
using Entente.Articles;

namespace Entente.Cli.Commands;

/// <summary><c>entente actors "text"</c> or <c>entente actors --article FILE</c>: shows how each actor mention resolves.</summary>
public static class ActorsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var text = new Argument<string?>("text") { Description = "Text to resolve.", Arity = ArgumentArity.ZeroOrOne };
        var article = new Option<string?>("--article") { Description = "Resolve the actors of this article file instead." };
        var actors = CommonOptions.Actors();
        var data = CommonOptions.Data();
        var command = new Command("actors", "Show how actor mentions resolve to codes, and why (for debugging and extending dictionaries).") { text, article, actors, data };
        command.SetAction(parse =>
        {
            var pipeline = CommonOptions.BuildPipeline(parse.GetValue(data), parse.GetValue(actors), null, allModes: true);
            Article input;
            if (parse.GetValue(article) is { } file)
            {
                var inputs = new ArticleInputs(io);
                var read = inputs.ReadFile(file).Take(1).ToList();
                if (read.Count == 0) return 1;
                input = read[0];
            }
            else if (parse.GetValue(text) is { Length: > 0 } t) input = new Article("text", t);
            else throw new CliException("give a text to resolve or --article FILE", 2);
            var doc = pipeline.Read(input);
            var o = io.Out;
            o.WriteLine($"{"mention",-40} {"code",-6} {"sector",-6} {"person",-22} rule");
            foreach (var m in doc.Actors)
                o.WriteLine($"{Short(m.Actor.Name, 40),-40} {m.Actor.Code.Value,-6} {m.Actor.Sector ?? "-",-6} {Short(m.Actor.Person ?? "-", 22),-22} {m.Kind.ToString().ToLowerInvariant()}:{m.EntryKind.ToString().ToLowerInvariant()} {m.Actor.Rule}");
            if (doc.People.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("people:");
                foreach (var p in doc.People)
                    o.WriteLine($"  {p.Name} — {p.Code?.Value ?? "?"} {p.Sector ?? ""} ({p.Role ?? "no role"}; {p.Rule}; {p.Mentions.Count} mention(s))");
            }
            o.Flush();
            return 0;
        });
        return command;
    }

    private static string Short(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
