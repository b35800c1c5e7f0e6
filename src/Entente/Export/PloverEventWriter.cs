using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Actors;
using Entente.Events;
using Entente.Storage;

namespace Entente.Export;

/// <summary>
/// Writes events as PLOVER records, one JSON object per line, with the PLOVER project's fields: <c>id</c>,
/// <c>date</c>, <c>source</c> and <c>target</c> (lists of <c>{"actorText","code","sector"}</c>; an empty list for
/// no target), <c>event</c> (the PLOVER type), <c>eventText</c> (the trigger words), <c>context</c> (an empty list:
/// Entente does not code contexts), <c>mode</c> ("" for what happened, else intend, hypothetical or negated),
/// <c>text</c> (the sentence), <c>textInfo</c> (where the record comes from and the spans of the event, its actors
/// and claimant, as offsets into <c>text</c>), <c>language</c>, <c>publication</c>, <c>coder</c>, <c>version</c>,
/// <c>dateCoded</c> and <c>comment</c> (CAMEO code, Goldstein weight, lexicon entry, claimant). The JSON Schema is
/// <c>docs/plover-record.schema.json</c>.
/// </summary>
internal sealed class PloverEventWriter : IStoredEventWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string Version =
        typeof(PloverEventWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;
    private bool _disposed;

    /// <summary>Creates the writer over <paramref name="output"/>, which it disposes.</summary>
    public PloverEventWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <inheritdoc />
    public void Write(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var e = stored.Event;
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteString("id", $"entente-{stored.Id.ToString(CultureInfo.InvariantCulture)}");
        _json.WriteString("date", e.Date?.ToString() ?? stored.Article.Published ?? "");
        _json.WriteStartArray("source");
        WriteActor(e.Source);
        _json.WriteEndArray();
        _json.WriteStartArray("target");
        if (e.Target is { } target) WriteActor(target);
        _json.WriteEndArray();
        _json.WriteString("event", e.Type.ToPlover());
        _json.WriteString("eventText", Cameo.TriggerText(e));
        _json.WriteStartArray("context");
        _json.WriteEndArray();
        _json.WriteString("mode", e.Mode.ToText() ?? "");
        _json.WriteString("text", e.Sentence);

        _json.WriteStartObject("textInfo");
        _json.WriteString("article", stored.Article.Id);
        _json.WriteString("url", stored.Article.Url);
        _json.WriteString("title", stored.Article.Title);
        _json.WriteNumber("sentenceIndex", e.SentenceIndex);
        _json.WriteNumber("sentenceStart", e.SentenceSpan.Start);
        _json.WriteStartArray("spans");
        Span("event", e.Trigger, e);
        Span("source", e.Source.Span, e);
        if (e.Target is { } t) Span("target", t.Span, e);
        if (e.Claimant is { } c) Span("claimant", c.Span, e);
        _json.WriteEndArray();
        _json.WriteEndObject();

        _json.WriteString("language", "en");
        _json.WriteString("publication", stored.Article.Source ?? "");
        _json.WriteString("coder", "Entente");
        _json.WriteString("version", Version);
        _json.WriteString("dateCoded", stored.Article.IngestedAt.Length >= 10 ? stored.Article.IngestedAt[..10] : stored.Article.IngestedAt);
        string comment = $"CAMEO {e.Cameo}; Goldstein {e.Goldstein.ToString("0.0##", CultureInfo.InvariantCulture)}; lexicon {e.LexiconEntry}";
        if (e.Claimant is { } claimant) comment += $"; claimed by {claimant.Code.Value} ({claimant.Name})";
        _json.WriteString("comment", comment);
        _json.WriteEndObject();
        _json.Flush();
        _output.Write(_buffer.WrittenSpan);
        _output.WriteByte((byte)'\n');
    }

    private void WriteActor(Actor actor)
    {
        _json.WriteStartObject();
        _json.WriteString("actorText", actor.Name);
        _json.WriteString("code", actor.Code.Value);
        _json.WriteString("sector", actor.Sector ?? "");
        _json.WriteEndObject();
    }

    /// <summary>A span relative to the sentence; left out when it lies outside it (an actor read from an earlier sentence).</summary>
    private void Span(string role, TextSpan span, Event e)
    {
        int start = span.Start - e.SentenceSpan.Start;
        if (span.Length <= 0 || start < 0 || start + span.Length > e.Sentence.Length) return;
        _json.WriteStartObject();
        _json.WriteString("role", role);
        _json.WriteNumber("start", start);
        _json.WriteNumber("end", start + span.Length);
        _json.WriteString("text", e.Sentence.AsSpan(start, span.Length));
        _json.WriteEndObject();
    }

    /// <summary>Flushes and closes the output.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _json.Dispose();
        _output.Dispose();
    }
}
