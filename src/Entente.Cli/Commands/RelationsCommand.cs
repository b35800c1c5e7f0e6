using System.CommandLine;
using Entente.Model;

namespace Entente.Cli.Commands;

/// <summary><c>entente relations KOR CHN --by month</c>: a pair's relation over time, and the acts behind it.</summary>
public static class RelationsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var first = new Argument<string>("actor") { Description = "One actor (KOR)." };
        var second = new Argument<string>("other") { Description = "The other actor (CHN)." };
        var by = new Option<string>("--by") { Description = "Period: week, month, quarter, year or all.", DefaultValueFactory = _ => "month" };
        var since = ModelOptions.Since();
        var until = ModelOptions.Until();
        var acts = new Option<bool>("--acts") { Description = "List the acts (reports merged across articles) behind the figures instead of the periods." };
        var period = new Option<string?>("--period") { Description = "With --acts: only the acts of this period (as printed: 2024-07, 2024-Q3, 2024-W27, undated)." };
        var db = ModelOptions.Db(required: true);
        var format = ModelOptions.Format();
        var command = new Command("relations", "Cooperative and hostile acts between two actors per period: counts, Goldstein sum, tension, and the events behind them.")
            { first, second, by, since, until, acts, period, db, format };
        command.SetAction(ModelOptions.Guard(parse =>
        {
            bool json = ModelOptions.ParseJson(parse.GetValue(format)!);
            var a = ModelOptions.ParseCode(parse.GetValue(first), "actor");
            var b = ModelOptions.ParseCode(parse.GetValue(second), "other");
            if (a == b) throw new CliException($"relations: give two different actors (got {a} twice)", 2);
            string byText = parse.GetValue(by)!;
            if (!ModelText.TryParse(byText, out PeriodUnit unit)) throw new CliException($"--by: unknown period '{byText}' (use {string.Join(", ", ModelText.UnitNames)})", 2);
            var from = ModelOptions.ParseDate(parse.GetValue(since), "--since");
            var to = ModelOptions.ParseDate(parse.GetValue(until), "--until", end: true);
            string? only = parse.GetValue(period);
            if (only is not null && !parse.GetValue(acts)) throw new CliException("--period: only with --acts", 2);
            using var model = ModelOptions.OpenModel(parse.GetValue(db)!);
            List<Record> records;
            if (parse.GetValue(acts))
                records = model.Acts(a, b, from, to, only, unit).Select(x => new Record
                {
                    { "act", x.Id }, { "period", Periods.Of(x.Date, unit) }, { "date", x.Date }, { "source", x.Source }, { "target", x.Target },
                    { "type", x.Type }, { "cameo", x.Cameo }, { "goldstein", x.Goldstein }, { "reports", x.Reports },
                    { "articles", x.Articles }, { "sources", x.Sources }, { "events", x.EventIds }, { "sentence", x.Sentence },
                }).ToList();
            else
                records = model.Relations(a, b, unit, from, to).Select(p => new Record
                {
                    { "period", p.Period }, { "acts", p.Acts }, { "cooperative", p.Cooperative }, { "hostile", p.Hostile },
                    { "goldstein", p.Goldstein }, { "tension", p.Tension }, { "stance", p.Stance }, { "reports", p.Reports }, { "events", p.EventIds },
                }).ToList();
            RecordWriter.Write(io, records, json, $"(no acts between {a} and {b})");
            return 0;
        }));
        return command;
    }
}
