using Entente.Language;
using Entente.Actors;
using Entente.Events;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Entente.Storage;

/// <summary>Maps an <see cref="Event"/> to a row of the events table and back. Binding and reading follow <see cref="Columns"/> in order.</summary>
internal static class EventRow
{
    /// <summary>The columns of the events table that hold the event, in binding and reading order.</summary>
    public static readonly string[] Columns =
    [
        "article_id", "sentence_idx", "sentence_start", "sentence_length", "sentence",
        "source_code", "source_sector", "source_name", "source_person", "source_rule", "source_start", "source_length",
        "target_code", "target_sector", "target_name", "target_person", "target_rule", "target_start", "target_length",
        "type", "cameo", "goldstein", "mode",
        "claimant_code", "claimant_sector", "claimant_name", "claimant_person", "claimant_rule", "claimant_start", "claimant_length",
        "date", "trigger_start", "trigger_length", "lexicon_entry", "mentions",
    ];

    /// <summary>The INSERT statement, with one parameter per column.</summary>
    public static readonly string InsertSql =
        $"INSERT INTO events ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "$" + c))})";

    /// <summary>Adds the parameters of <see cref="InsertSql"/> to <paramref name="command"/>.</summary>
    public static void AddParameters(SqliteCommand command)
    {
        foreach (var column in Columns) command.Parameters.Add(new SqliteParameter { ParameterName = "$" + column });
    }

    /// <summary>
    /// Sets the parameters added by <see cref="AddParameters"/> to the values of <paramref name="e"/>. A null where the
    /// type promises a value becomes SQL NULL, so the table's NOT NULL constraint names the column.
    /// </summary>
    public static void Bind(DbParameterCollection p, Event e, string articleId)
    {
        int i = 0;
        p[i++].Value = Db(articleId);
        p[i++].Value = e.SentenceIndex;
        p[i++].Value = e.SentenceSpan.Start;
        p[i++].Value = e.SentenceSpan.Length;
        p[i++].Value = Db(e.Sentence);
        BindActor(p, ref i, e.Source);
        BindActor(p, ref i, e.Target);
        p[i++].Value = e.Type.ToPlover();
        p[i++].Value = Db(e.Cameo);
        p[i++].Value = e.Goldstein;
        p[i++].Value = Db(e.Mode.ToText());
        BindActor(p, ref i, e.Claimant);
        p[i++].Value = Db(e.Date?.ToString());
        p[i++].Value = e.Trigger.Start;
        p[i++].Value = e.Trigger.Length;
        p[i++].Value = Db(e.LexiconEntry);
        p[i++].Value = e.Mentions;
    }

    private static void BindActor(DbParameterCollection p, ref int i, Actor? a)
    {
        p[i++].Value = Db(a?.Code.Value);
        p[i++].Value = Db(a?.Sector);
        p[i++].Value = Db(a?.Name);
        p[i++].Value = Db(a?.Person);
        p[i++].Value = Db(a?.Rule);
        p[i++].Value = a is null ? DBNull.Value : a.Span.Start;
        p[i++].Value = a is null ? DBNull.Value : a.Span.Length;
    }

    /// <summary>Rebuilds the event from a reader row whose first columns are <see cref="Columns"/> in order.</summary>
    /// <exception cref="InvalidDataException">The row holds an event type this version does not know.</exception>
    public static Event Read(DbDataReader r)
    {
        int i = 0;
        string articleId = r.GetString(i++);
        int sentenceIndex = r.GetInt32(i++);
        var sentenceSpan = new TextSpan(r.GetInt32(i++), r.GetInt32(i++));
        string sentence = r.GetString(i++);
        var source = ReadActor(r, ref i) ?? throw new InvalidDataException($"Event in article '{articleId}' has no source actor.");
        var target = ReadActor(r, ref i);
        string typeText = r.GetString(i++);
        if (!EventTypes.TryParse(typeText, out var type))
            throw new InvalidDataException($"Event in article '{articleId}' has unknown type '{typeText}'.");
        string cameo = r.GetString(i++);
        double goldstein = r.GetDouble(i++);
        var mode = EventModes.Parse(Text(r, i++));
        var claimant = ReadActor(r, ref i);
        PartialDate? date = PartialDate.TryParse(Text(r, i++), out var d) ? d : null;
        var trigger = new TextSpan(r.GetInt32(i++), r.GetInt32(i++));
        string lexicon = r.GetString(i++);
        int mentions = r.GetInt32(i++);
        return new Event
        {
            ArticleId = articleId,
            SentenceIndex = sentenceIndex,
            SentenceSpan = sentenceSpan,
            Sentence = sentence,
            Source = source,
            Target = target,
            Type = type,
            Cameo = cameo,
            Goldstein = goldstein,
            Mode = mode,
            Claimant = claimant,
            Date = date,
            Trigger = trigger,
            LexiconEntry = lexicon,
            Mentions = mentions,
        };
    }

    private static Actor? ReadActor(DbDataReader r, ref int i)
    {
        int first = i;
        i += 7;
        string? code = Text(r, first);
        if (code is null) return null;
        return new Actor(new ActorCode(code), Text(r, first + 1), Text(r, first + 2) ?? "")
        {
            Person = Text(r, first + 3),
            Rule = Text(r, first + 4) ?? "",
            Span = new TextSpan(r.IsDBNull(first + 5) ? 0 : r.GetInt32(first + 5), r.IsDBNull(first + 6) ? 0 : r.GetInt32(first + 6)),
        };
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static object Db(object? value) => value ?? DBNull.Value;
}
