using System.Globalization;
using Entente.Events;
using Entente.Storage;
using Parquet;
using Parquet.Schema;

namespace Entente.Export;

/// <summary>
/// Writes events to an Apache Parquet file with typed columns (written by Parquet.Net): integers for ids, offsets,
/// quad class and mentions; a double for the Goldstein weight; dates as DATE; the storing time as a timestamp;
/// text as UTF-8 strings; absent values as nulls. Rows are buffered and written in row groups of
/// <see cref="RowGroupSize"/>. See <see cref="Schema"/> for the columns.
/// </summary>
internal sealed class ParquetEventWriter : IStoredEventWriter
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 50_000;

    private static readonly DataField<long> EventId = new("event_id");
    private static readonly DataField<string> ArticleF = new("article", nullable: false);
    private static readonly DataField<string> Url = new("url", nullable: true);
    private static readonly DataField<string> Title = new("title", nullable: true);
    private static readonly DataField<string> Outlet = new("publication", nullable: true);
    private static readonly DataField<DateOnly?> Published = new("published");
    private static readonly DataField<int> SentenceIndex = new("sentence_index");
    private static readonly DataField<string> Sentence = new("sentence", nullable: false);
    private static readonly DataField<int> SentenceStart = new("sentence_start");
    private static readonly DataField<int> SentenceEnd = new("sentence_end");
    private static readonly DataField<string> SourceCode = new("source_code", nullable: false);
    private static readonly DataField<string> SourceSector = new("source_sector", nullable: true);
    private static readonly DataField<string> SourceName = new("source_name", nullable: true);
    private static readonly DataField<string> SourcePerson = new("source_person", nullable: true);
    private static readonly DataField<string> TargetCode = new("target_code", nullable: true);
    private static readonly DataField<string> TargetSector = new("target_sector", nullable: true);
    private static readonly DataField<string> TargetName = new("target_name", nullable: true);
    private static readonly DataField<string> TargetPerson = new("target_person", nullable: true);
    private static readonly DataField<string> Type = new("type", nullable: false);
    private static readonly DataField<string> CameoF = new("cameo", nullable: false);
    private static readonly DataField<int> QuadClass = new("quad_class");
    private static readonly DataField<double> Goldstein = new("goldstein");
    private static readonly DataField<string> Mode = new("mode", nullable: true);
    private static readonly DataField<string> ClaimantCode = new("claimant_code", nullable: true);
    private static readonly DataField<string> DateText = new("date", nullable: true);
    private static readonly DataField<DateOnly?> EffectiveDate = new("effective_date");
    private static readonly DataField<int> TriggerStart = new("trigger_start");
    private static readonly DataField<int> TriggerEnd = new("trigger_end");
    private static readonly DataField<string> TriggerText = new("trigger_text", nullable: true);
    private static readonly DataField<string> Lexicon = new("lexicon", nullable: true);
    private static readonly DataField<int> Mentions = new("mentions");
    private static readonly DataField<DateTime?> IngestedAt = new("ingested_at");

    /// <summary>The file's schema: the columns in order.</summary>
    public static ParquetSchema Schema { get; } = new(
        EventId, ArticleF, Url, Title, Outlet, Published, SentenceIndex, Sentence, SentenceStart, SentenceEnd,
        SourceCode, SourceSector, SourceName, SourcePerson, TargetCode, TargetSector, TargetName, TargetPerson,
        Type, CameoF, QuadClass, Goldstein, Mode, ClaimantCode, DateText, EffectiveDate,
        TriggerStart, TriggerEnd, TriggerText, Lexicon, Mentions, IngestedAt);

    private readonly Stream _output;
    private readonly List<StoredEvent> _rows = new(1024);
    private ParquetWriter? _writer;
    private bool _disposed;

    /// <summary>Creates the writer over <paramref name="output"/> (seekable or not), which it disposes.</summary>
    public ParquetEventWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
    }

    /// <inheritdoc />
    public void Write(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _rows.Add(e);
        if (_rows.Count >= RowGroupSize) FlushRowGroup().GetAwaiter().GetResult();
    }

    private async Task FlushRowGroup()
    {
        _writer ??= await ParquetWriter.CreateAsync(Schema, _output).ConfigureAwait(false);
        if (_rows.Count == 0) return;
        using var group = _writer.CreateRowGroup();
        await Longs(group, EventId, r => r.Id).ConfigureAwait(false);
        await Strings(group, ArticleF, r => r.Article.Id).ConfigureAwait(false);
        await Strings(group, Url, r => r.Article.Url).ConfigureAwait(false);
        await Strings(group, Title, r => r.Article.Title).ConfigureAwait(false);
        await Strings(group, Outlet, r => r.Article.Source).ConfigureAwait(false);
        await Dates(group, Published, r => DateOnly.TryParseExact(r.Article.Published, "yyyy-MM-dd", out var d) ? d : null).ConfigureAwait(false);
        await Ints(group, SentenceIndex, r => r.Event.SentenceIndex).ConfigureAwait(false);
        await Strings(group, Sentence, r => r.Event.Sentence).ConfigureAwait(false);
        await Ints(group, SentenceStart, r => r.Event.SentenceSpan.Start).ConfigureAwait(false);
        await Ints(group, SentenceEnd, r => r.Event.SentenceSpan.End).ConfigureAwait(false);
        await Strings(group, SourceCode, r => r.Event.Source.Code.Value).ConfigureAwait(false);
        await Strings(group, SourceSector, r => r.Event.Source.Sector).ConfigureAwait(false);
        await Strings(group, SourceName, r => r.Event.Source.Name).ConfigureAwait(false);
        await Strings(group, SourcePerson, r => r.Event.Source.Person).ConfigureAwait(false);
        await Strings(group, TargetCode, r => r.Event.Target?.Code.Value).ConfigureAwait(false);
        await Strings(group, TargetSector, r => r.Event.Target?.Sector).ConfigureAwait(false);
        await Strings(group, TargetName, r => r.Event.Target?.Name).ConfigureAwait(false);
        await Strings(group, TargetPerson, r => r.Event.Target?.Person).ConfigureAwait(false);
        await Strings(group, Type, r => r.Event.Type.ToPlover()).ConfigureAwait(false);
        await Strings(group, CameoF, r => r.Event.Cameo).ConfigureAwait(false);
        await Ints(group, QuadClass, r => Cameo.QuadClass(r.Event.Cameo)).ConfigureAwait(false);
        await group.WriteAsync(Goldstein, (ReadOnlyMemory<double>)_rows.Select(r => r.Event.Goldstein).ToArray()).ConfigureAwait(false);
        await Strings(group, Mode, r => r.Event.Mode.ToText()).ConfigureAwait(false);
        await Strings(group, ClaimantCode, r => r.Event.Claimant?.Code.Value).ConfigureAwait(false);
        await Strings(group, DateText, r => r.Event.Date?.ToString()).ConfigureAwait(false);
        await Dates(group, EffectiveDate, r => r.EffectiveDate).ConfigureAwait(false);
        await Ints(group, TriggerStart, r => r.Event.Trigger.Start).ConfigureAwait(false);
        await Ints(group, TriggerEnd, r => r.Event.Trigger.End).ConfigureAwait(false);
        await Strings(group, TriggerText, r => Cameo.TriggerText(r.Event)).ConfigureAwait(false);
        await Strings(group, Lexicon, r => r.Event.LexiconEntry).ConfigureAwait(false);
        await Ints(group, Mentions, r => r.Event.Mentions).ConfigureAwait(false);
        var ingested = _rows.Select(r => DateTime.TryParse(r.Article.IngestedAt, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t) ? t : (DateTime?)null).ToArray();
        await group.WriteAsync(IngestedAt, (ReadOnlyMemory<DateTime?>)ingested).ConfigureAwait(false);
        group.CompleteValidate();
        _rows.Clear();
    }

    private Task Strings(ParquetRowGroupWriter g, DataField f, Func<StoredEvent, string?> get) =>
        g.WriteAsync(f, _rows.Select(get).ToArray()!);

    private Task Ints(ParquetRowGroupWriter g, DataField<int> f, Func<StoredEvent, int> get) =>
        g.WriteAsync(f, (ReadOnlyMemory<int>)_rows.Select(get).ToArray());

    private Task Longs(ParquetRowGroupWriter g, DataField<long> f, Func<StoredEvent, long> get) =>
        g.WriteAsync(f, (ReadOnlyMemory<long>)_rows.Select(get).ToArray());

    private Task Dates(ParquetRowGroupWriter g, DataField<DateOnly?> f, Func<StoredEvent, DateOnly?> get) =>
        g.WriteAsync(f, (ReadOnlyMemory<DateOnly?>)_rows.Select(get).ToArray());

    /// <summary>Writes the buffered rows and the file's footer, and closes the output.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            FlushRowGroup().GetAwaiter().GetResult();
            _writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            _output.Dispose();
        }
    }
}
