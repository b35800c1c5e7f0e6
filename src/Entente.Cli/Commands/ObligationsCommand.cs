using System.CommandLine;
using Entente.Model;

namespace Entente.Cli.Commands;

/// <summary><c>entente obligations --attacked KOR --on 2024-07-01</c>: who is bound to act if an actor is attacked.</summary>
public static class ObligationsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var attacked = new Option<string>("--attacked") { Description = "The actor attacked (KOR, SWE …).", Required = true };
        var on = ModelOptions.On("The date (YYYY-MM-DD; default today).");
        var db = ModelOptions.Db(required: false);
        var alliances = ModelOptions.Alliances();
        var format = ModelOptions.Format();
        var command = new Command("obligations", "Who is bound to defend, consult or stay neutral if an actor is attacked on a date, under which treaty and article.")
            { attacked, on, db, alliances, format };
        command.SetAction(ModelOptions.Guard(parse =>
        {
            bool json = ModelOptions.ParseJson(parse.GetValue(format)!);
            var code = ModelOptions.ParseCode(parse.GetValue(attacked), "--attacked");
            var date = ModelOptions.ParseDate(parse.GetValue(on), "--on") ?? ModelOptions.Today;
            var kb = ModelOptions.LoadKnowledge(parse.GetValue(alliances));
            var bound = kb.ObligationsToward(code, date);
            var records = bound.Select(b => new Record
            {
                { "party", b.Party.Value },
                { "obligation", ModelText.Of(b.Pledge.Obligation) },
                { "treaty", b.Treaty.Name },
                { "article", b.Pledge.Article },
                { "in_force", b.InForce },
                { "conditions", b.Pledge.Conditions.Select(c => c.ToString()).ToList() },
                { "status", ModelText.Of(b.Status) },
                { "since", b.Since.ToString() },
                { "treaty_id", b.Treaty.Id },
                { "source", $"{b.Pledge.Evidence} [{b.Pledge.Origin}]" },
            }).ToList();
            RecordWriter.Write(io, records, json, $"(no obligations toward {code} recorded on {date:yyyy-MM-dd})");
            // The treaties' sources, and for a treaty whose parties are an organisation's members, the membership sources.
            var sources = bound.SelectMany(b => b.Treaty.Parties.Organization is { } org
                ? kb.MembersOf(org).Select(m => m.Source).Append(b.Pledge.Source).Append(b.Treaty.Source)
                : [b.Pledge.Source, b.Treaty.Source]);
            ModelOptions.NoteCoverage(kb, sources, date, io);
            if (parse.GetValue(db) is { } path)
            {
                using var model = ModelOptions.OpenModel(path);
                ProposalsCommand.Note(model, kb, code, io);
            }
            return 0;
        }));
        return command;
    }
}
