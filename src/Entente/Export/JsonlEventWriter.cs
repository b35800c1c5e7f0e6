using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Actors;
using Entente.Events;

namespace Entente.Export;

/// <summary>
/// Writes events as JSON Lines: one object per line, tagged <c>"kind":"event"</c> so other record kinds can share
/// the stream. Fields: kind, article, sentence, sentence_index, start, end, source, target, type, cameo, goldstein,
/// mode, claimant, date, trigger, lexicon, mentions (the other tellings of the act: sentence, sentence_index, start,
/// end), mention_count (how often the article tells it), rules (the rules that fired, in coding and after). An actor
/// that is a reference also carries <c>antecedent</c> (rule, text, start, end, sentence_index of the earlier mention it
/// stands for), and one named by an office no longer held carries <c>out_of_office</c>. Non-ASCII text is written as is.
/// </summary>
internal sealed class JsonlEventWriter : IEventWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly ArrayBufferWriter<byte> _buffer = new(2048);
    private readonly Utf8JsonWriter _json;
    private bool _disposed;

    /// <summary>Creates the writer over <paramref name="output"/>, which it disposes unless <paramref name="leaveOpen"/>.</summary>
    public JsonlEventWriter(Stream output, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <inheritdoc />
    public void Write(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);

        _json.WriteStartObject();
        _json.WriteString("kind", "event");
        _json.WriteString("article", e.ArticleId);
        _json.WriteString("sentence", e.Sentence);
        _json.WriteNumber("sentence_index", e.SentenceIndex);
        _json.WriteNumber("start", e.SentenceSpan.Start);
        _json.WriteNumber("end", e.SentenceSpan.End);
        WriteActor("source", e.Source);
        WriteActor("target", e.Target);
        _json.WriteString("type", e.Type.ToPlover());
        _json.WriteString("cameo", e.Cameo);
        _json.WriteNumber("goldstein", e.Goldstein);
        _json.WriteString("mode", e.Mode.ToText());
        if (e.Claimant is { } claimant)
        {
            _json.WriteStartObject("claimant");
            _json.WriteString("code", claimant.Code.Value);
            _json.WriteString("name", claimant.Name);
            _json.WriteEndObject();
        }
        else _json.WriteNull("claimant");
        _json.WriteString("date", e.Date?.ToString());
        _json.WriteStartObject("trigger");
        _json.WriteNumber("start", e.Trigger.Start);
        _json.WriteNumber("end", e.Trigger.End);
        _json.WriteEndObject();
        _json.WriteString("lexicon", e.LexiconEntry);
        _json.WriteStartArray("mentions");
        foreach (var m in e.Retellings)
        {
            _json.WriteStartObject();
            _json.WriteString("sentence", m.Sentence);
            _json.WriteNumber("sentence_index", m.SentenceIndex);
            _json.WriteNumber("start", m.SentenceSpan.Start);
            _json.WriteNumber("end", m.SentenceSpan.End);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteNumber("mention_count", e.Mentions);
        _json.WriteStartArray("rules");
        foreach (var rule in e.Rules) _json.WriteStringValue(rule);
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();

        _output.Write(_buffer.WrittenSpan);
        _output.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes the people and quotations of a document as <c>"kind":"person"</c> and <c>"kind":"quote"</c> records
    /// (the shape <c>score_mentions.py</c> reads), after its events; first, when the article had a dateline, a
    /// <c>"kind":"article"</c> record with its location, agency and dateline.
    /// </summary>
    public void WriteMentions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (document.Article.Dateline is { } dateline)
        {
            Begin("article", document.Article.Id);
            _json.WriteString("location", dateline.Place);
            _json.WriteString("agency", dateline.Agency);
            _json.WriteString("dateline", dateline.Text);
            _json.WriteString("published", document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            End();
        }
        foreach (var person in document.People)
        {
            Begin("person", document.Article.Id);
            _json.WriteString("name", person.Name);
            _json.WriteString("known", person.Known);
            _json.WriteString("role", person.Role);
            _json.WriteString("country", person.Code?.Value);
            _json.WriteString("sector", person.Sector);
            _json.WriteString("rule", person.Rule);
            if (person.OutOfOffice) _json.WriteBoolean("out_of_office", true);
            _json.WriteNumber("mentions", person.Mentions.Count);
            End();
        }
        foreach (var quote in document.Quotes)
        {
            // Direct quotations are "quote" records; reported speech ("X said that …") is "speech".
            Begin(quote.Direct ? "quote" : "speech", document.Article.Id);
            _json.WriteString("speaker", quote.Speaker);
            _json.WriteString("text", quote.Text);
            _json.WriteBoolean("direct", quote.Direct);
            _json.WriteNumber("start", quote.Span.Start);
            _json.WriteNumber("end", quote.Span.End);
            End();
        }
    }

    private void Begin(string kind, string article)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        _json.WriteString("kind", kind);
        _json.WriteString("article", article);
    }

    private void End()
    {
        _json.WriteEndObject();
        _json.Flush();
        _output.Write(_buffer.WrittenSpan);
        _output.WriteByte((byte)'\n');
    }

    private void WriteActor(string property, Actor? actor)
    {
        if (actor is null)
        {
            _json.WriteNull(property);
            return;
        }
        _json.WriteStartObject(property);
        _json.WriteString("code", actor.Code.Value);
        _json.WriteString("sector", actor.Sector);
        _json.WriteString("name", actor.Name);
        _json.WriteString("person", actor.Person);
        _json.WriteString("rule", actor.Rule);
        if (actor.OutOfOffice) _json.WriteBoolean("out_of_office", true);
        // A reference ("their", "the ministry", "Kishida"): the discourse rule and the earlier mention it stands for.
        if (actor.Antecedent is { } a)
        {
            _json.WriteStartObject("antecedent");
            _json.WriteString("rule", a.Rule);
            _json.WriteString("text", a.Text);
            _json.WriteNumber("start", a.Span.Start);
            _json.WriteNumber("end", a.Span.End);
            _json.WriteNumber("sentence_index", a.Sentence);
            _json.WriteEndObject();
        }
        _json.WriteEndObject();
    }

    /// <inheritdoc />
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _output.Flush();
    }

    /// <summary>Flushes, and closes the output unless the writer was created to leave it open.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _json.Dispose();
        if (_leaveOpen) _output.Flush();
        else _output.Dispose();
    }
}
