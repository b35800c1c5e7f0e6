using Entente.Events;

namespace Entente.Export;

/// <summary>
/// Writes events, one at a time, to an output in some format. Disposing flushes and, unless the writer was
/// created to leave it open, closes the output.
/// </summary>
public interface IEventWriter : IDisposable
{
    /// <summary>Writes one event.</summary>
    void Write(Event e);

    /// <summary>Pushes everything written so far to the output.</summary>
    void Flush();
}
