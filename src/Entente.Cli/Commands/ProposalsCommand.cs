using System.CommandLine;
using Entente.Actors;
using Entente.Model;

namespace Entente.Cli.Commands;

/// <summary><c>entente proposals --db FILE [--actor KOR]</c>: the changes events propose to the alliance facts, with their evidence.</summary>
public static class ProposalsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var actor = new Option<string?>("--actor") { Description = "Only proposals about this actor (as subject or object)." };
        var db = ModelOptions.Db(required: true);
        var alliances = ModelOptions.Alliances();
        var format = ModelOptions.Format();
        var command = new Command("proposals", "Changes to the alliance facts that stored events state (joining, admission, signature, ratification, entry into force, suspension, withdrawal), each with its sentence and how it compares with the curated facts. Never applied automatically.")
            { actor, db, alliances, format };
        command.SetAction(ModelOptions.Guard(parse =>
        {
            bool json = ModelOptions.ParseJson(parse.GetValue(format)!);
            ActorCode? code = parse.GetValue(actor) is { } a ? ModelOptions.ParseCode(a, "--actor") : null;
            var kb = ModelOptions.LoadKnowledge(parse.GetValue(alliances));
            using var model = ModelOptions.OpenModel(parse.GetValue(db)!);
            var records = model.Proposals(code).Select(p => ProposalReader.Review(p, kb)).Select(r => new Record
            {
                { "id", r.Proposal.Id },
                { "action", ProposalReader.Text(r.Proposal.Action) },
                { "subject", r.Proposal.Subject.Value },
                { "object", r.Proposal.Object.Value },
                { "obligation", r.Proposal.Obligation is { } o ? ModelText.Of(o) : null },
                { "date", r.Proposal.Date },
                { "fit", ProposalReader.Text(r.Fit) },
                { "curated", r.Curated },
                { "evidence", r.Proposal.Sentence },
                { "trigger", r.Proposal.Trigger },
                { "article", r.Proposal.ArticleId },
                { "event", r.Proposal.EventId },
            }).ToList();
            RecordWriter.Write(io, records, json);
            return 0;
        }));
        return command;
    }

    /// <summary>Notes on standard error how many proposals from events concern <paramref name="code"/>, and how many are new or conflict.</summary>
    public static void Note(ModelStore model, KnowledgeBase kb, ActorCode code, CliIO io)
    {
        var groups = model.ProposalGroups(code);
        if (groups.Count == 0) return;
        int total = groups.Sum(g => g.Count);
        int open = groups.Where(g => ProposalReader.Review(g.First, kb).Fit != ProposalFit.Agrees).Sum(g => g.Count);
        io.Stderr.WriteLine($"entente: note: {total} proposal(s) from events concern {code} ({open} new or conflicting): entente proposals --db {model.Path} --actor {code}");
    }
}
