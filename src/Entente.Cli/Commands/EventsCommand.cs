using System.CommandLine;
using System.Globalization;
using Entente.Actors;
using Entente.Events;
using Entente.Export;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary><c>entente events --db FILE [--actor KOR] [--type ACCUSE] [--since 2024-01-01]</c>: queries stored events.</summary>
public static class EventsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var db = IngestCommand.Db(required: true);
        var actor = new Option<string?>("--actor") { Description = "Only events with this actor as source or target (KOR, NATO …)." };
        var type = new Option<string?>("--type") { Description = "Only events of this PLOVER type (ACCUSE, CONSULT …)." };
        var since = new Option<string?>("--since") { Description = "Only events on or after this date (YYYY-MM-DD)." };
        var until = new Option<string?>("--until") { Description = "Only events on or before this date (YYYY-MM-DD)." };
        var article = new Option<string?>("--article") { Description = "Only events of this article id." };
        var limit = new Option<int?>("--limit") { Description = "At most this many events." };
        var format = CommonOptions.Format("table");
        var output = CommonOptions.Output();
        var command = new Command("events", "Query the events stored in a database.") { db, actor, type, since, until, article, limit, format, output };
        command.SetAction(parse =>
        {
            var fmt = CommonOptions.ParseFormat(parse.GetValue(format)!);
            EventType? eventType = null;
            if (parse.GetValue(type) is { } t)
            {
                if (!EventTypes.TryParse(t, out var et)) throw new CliException($"unknown event type '{t}' (use one of {string.Join(", ", Enum.GetValues<EventType>().Select(x => x.ToPlover()))})", 2);
                eventType = et;
            }
            if (parse.GetValue(limit) is < 0) throw new CliException($"--limit: {parse.GetValue(limit)} is negative (give 0 or more)", 2);
            var query = new EventQuery
            {
                Actor = parse.GetValue(actor)?.ToUpperInvariant(),
                Type = eventType,
                Since = ParseDate(parse.GetValue(since), "--since"),
                Until = ParseDate(parse.GetValue(until), "--until"),
                ArticleId = parse.GetValue(article),
                Limit = parse.GetValue(limit),
            };
            var path = parse.GetValue(db)!;
            if (string.IsNullOrWhiteSpace(path)) throw new CliException("--db: no file name given", 2);
            if (!EventStores.IsPostgres(path) && !File.Exists(path)) throw new CliException($"{path}: no such database");
            using var store = IngestCommand.OpenStore(path);
            using var stream = CommonOptions.OpenOutput(parse.GetValue(output), io);
            using var writer = EventWriters.Create(fmt, stream);
            foreach (var e in store.QueryEvents(query)) writer.Write(e);
            return 0;
        });
        return command;
    }

    private static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new CliException($"{option}: '{text}' is not a date (use YYYY-MM-DD)", 2);
    }
}
