namespace Entente.Pipeline;

/// <summary>
/// One stage of reading: it reads the layers earlier stages set on the document and adds its own, never changing
/// another's. The pipeline runs its stages as a list, in order; every stage is thread-safe.
/// </summary>
internal interface IDocumentStage
{
    /// <summary>A short name for reports and explanations ("tokens", "syntax", "actors").</summary>
    string Name { get; }

    /// <summary>Adds this stage's layer to <paramref name="document"/>.</summary>
    void Process(Document document);
}

/// <summary>
/// One stage after coding: it reads a document and its coded events and returns them revised (targets filled, retellings
/// merged). The pipeline runs these in order after the event coder; every stage is thread-safe.
/// </summary>
internal interface IEventStage
{
    /// <summary>A short name for reports and provenance ("coreference").</summary>
    string Name { get; }

    /// <summary>The events of <paramref name="document"/> after this stage.</summary>
    List<Entente.Events.Event> Process(Document document, List<Entente.Events.Event> events);
}
