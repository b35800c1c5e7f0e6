namespace Entente.Storage;

/// <summary>What one call to <see cref="EventStore.Ingest"/> did.</summary>
/// <param name="ArticlesAdded">Articles not stored before.</param>
/// <param name="ArticlesReplaced">Articles stored before with a different text, whose sentences and events were replaced.</param>
/// <param name="ArticlesUnchanged">Articles already stored with the same text, skipped.</param>
/// <param name="EventsAdded">Events written, for added and replaced articles.</param>
public sealed record IngestResult(int ArticlesAdded, int ArticlesReplaced, int ArticlesUnchanged, int EventsAdded)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{ArticlesAdded} added, {ArticlesReplaced} replaced, {ArticlesUnchanged} unchanged, {EventsAdded} events";
}
