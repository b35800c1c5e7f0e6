using System.CommandLine;
using Entente.Model;

namespace Entente.Cli.Commands;

/// <summary><c>entente treaties --party PRK</c>: treaties with their pledges and dates.</summary>
public static class TreatiesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var party = new Option<string?>("--party") { Description = "Only treaties this actor is (or was) a party of, and only the pledges it gives or receives." };
        var on = ModelOptions.On("Only treaties signed by this date, with the party a party on it (YYYY-MM-DD).");
        var db = ModelOptions.Db(required: false);
        var alliances = ModelOptions.Alliances();
        var format = ModelOptions.Format();
        var command = new Command("treaties", "Treaties as directed pledges: obligation, article, conditions, and the dates of signature, entry into force, suspension and end.")
            { party, on, db, alliances, format };
        command.SetAction(ModelOptions.Guard(parse =>
        {
            bool json = ModelOptions.ParseJson(parse.GetValue(format)!);
            var code = parse.GetValue(party) is { } p ? ModelOptions.ParseCode(p, "--party") : (Entente.Actors.ActorCode?)null;
            var date = ModelOptions.ParseDate(parse.GetValue(on), "--on");
            var kb = ModelOptions.LoadKnowledge(parse.GetValue(alliances));
            var treaties = code is { } c ? kb.TreatiesOf(c, date)
                : kb.Treaties.Where(t => date is not { } d || FactDates.Start(t.Signed) <= d).OrderBy(t => FactDates.Start(t.Signed)).ToList();
            var records = new List<Record>();
            foreach (var t in treaties)
            {
                var pledges = kb.PledgesOf(t, code).Select(x => new Record
                {
                    { "from", x.FromText },
                    { "to", x.ToText },
                    { "obligation", ModelText.Of(x.Obligation) },
                    { "article", x.Article },
                    { "conditions", x.Conditions.Select(k => k.ToString()).ToList() },
                    { "suspended", x.Suspended?.ToString() },
                    { "until", x.Until?.ToString() },
                    { "source", $"{x.Evidence} [{x.Origin}]" },
                }).ToList();
                if (json)
                    records.Add(new Record
                    {
                        { "treaty", t.Name }, { "id", t.Id }, { "parties", t.Parties.ToString() },
                        { "signed", t.Signed.ToString() }, { "in_force", t.InForce?.ToString() }, { "ended", t.Ended?.ToString() },
                        { "pledges", pledges }, { "source", $"{t.Evidence} [{t.Origin}]" },
                    });
                else
                    foreach (var x in pledges)
                        records.Add(new Record
                        {
                            { "id", t.Id }, { "signed", t.Signed.ToString() }, { "in_force", t.InForce?.ToString() }, { "ended", t.Ended?.ToString() },
                            { "from", x[0].Value }, { "to", x[1].Value }, { "obligation", x[2].Value }, { "article", x[3].Value },
                            { "conditions", x[4].Value }, { "suspended", x[5].Value },
                        });
            }
            RecordWriter.Write(io, records, json);
            if (code is { } who && parse.GetValue(db) is { } path)
            {
                using var model = ModelOptions.OpenModel(path);
                ProposalsCommand.Note(model, kb, who, io);
            }
            return 0;
        }));
        return command;
    }
}
