namespace Entente.Pipeline;

/// <summary>
/// One stage of reading: it reads the layers earlier stages set on the document and adds its own, never changing
/// another's. The pipeline runs its stages as a list, in order; every stage is thread-safe.
/// </summary>
public interface IDocumentStage
{
    /// <summary>A short name for reports and explanations ("tokens", "syntax", "actors").</summary>
    string Name { get; }

    /// <summary>Adds this stage's layer to <paramref name="document"/>.</summary>
    void Process(Document document);
}
