using System.CommandLine;
using Entente.Model;

namespace Entente.Cli.Commands;

/// <summary><c>entente members NATO --on 2023-06-01</c>: an organisation's members and partners, with their dates.</summary>
public static class MembersCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var org = new Argument<string>("organization") { Description = "The organisation (NATO, IP4, CCDCOE, EU, ASEAN, SCO, CSTO, BRICS, QUAD, AUKUS, FVEY, UNC, G7)." };
        var on = ModelOptions.On("Only those belonging on this date (YYYY-MM-DD; default: every row, past and present).");
        var kind = new Option<string?>("--kind") { Description = "Only this kind: member, partner, sponsoring-nation, contributing-participant, observer, dialogue-partner, candidate, participant." };
        var db = ModelOptions.Db(required: false);
        var alliances = ModelOptions.Alliances();
        var format = ModelOptions.Format();
        var command = new Command("members", "An organisation's members (and partners, participants …) with their kind and dates.") { org, on, kind, db, alliances, format };
        command.SetAction(ModelOptions.Guard(parse =>
        {
            bool json = ModelOptions.ParseJson(parse.GetValue(format)!);
            var code = ModelOptions.ParseCode(parse.GetValue(org), "organization");
            var date = ModelOptions.ParseDate(parse.GetValue(on), "--on");
            MembershipKind? only = null;
            if (parse.GetValue(kind) is { } k)
            {
                if (!ModelText.TryParse(k, out MembershipKind mk)) throw new CliException($"--kind: unknown kind '{k}' (use {string.Join(", ", ModelText.MembershipNames)})", 2);
                only = mk;
            }
            var kb = ModelOptions.LoadKnowledge(parse.GetValue(alliances));
            if (!kb.IsOrganization(code))
                throw new CliException($"unknown organisation '{code}' (known: {string.Join(", ", kb.Organizations.Select(o => o.Value).Order(StringComparer.Ordinal))})", 2);
            var rows = kb.MembersOf(code, date, only);
            var records = rows.Select(m => new Record
            {
                { "member", m.Member.Value },
                { "kind", ModelText.Of(m.Kind) },
                { "since", m.Since.ToString() },
                { "until", m.Until?.ToString() },
                { "source", $"{m.Evidence} [{m.Origin}]" },
            }).ToList();
            RecordWriter.Write(io, records, json);
            if (date is { } d) ModelOptions.NoteCoverage(kb, kb.MembersOf(code).Select(m => m.Source), d, io);
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
