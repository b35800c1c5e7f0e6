using Entente.Actors;
using Entente.Events;

namespace Entente.Storage;

/// <summary>Headline figures of an <see cref="EventStore"/>, for a demo or a status line.</summary>
/// <param name="Articles">Number of articles stored.</param>
/// <param name="Sentences">Number of sentences stored.</param>
/// <param name="Events">Number of events stored.</param>
/// <param name="EventsByType">Events per PLOVER type; types with no events are absent.</param>
/// <param name="Actors">The most frequent actors, counting each event once as source and once as target, most frequent first.</param>
/// <param name="Cooperative">Actor pairs with the highest positive sum of Goldstein weights, strongest first.</param>
/// <param name="Hostile">Actor pairs with the lowest negative sum of Goldstein weights, most hostile first.</param>
public sealed record StoreSummary(
    int Articles,
    int Sentences,
    int Events,
    IReadOnlyDictionary<EventType, int> EventsByType,
    IReadOnlyList<ActorCount> Actors,
    IReadOnlyList<ActorPair> Cooperative,
    IReadOnlyList<ActorPair> Hostile);

/// <summary>How many events an actor takes part in.</summary>
/// <param name="Code">The actor's code.</param>
/// <param name="Events">Events naming it as source plus events naming it as target.</param>
public sealed record ActorCount(ActorCode Code, int Events);

/// <summary>An unordered pair of actors and the events between them, in either direction.</summary>
/// <param name="First">The code that sorts first.</param>
/// <param name="Second">The code that sorts second.</param>
/// <param name="Goldstein">Sum of the Goldstein weights of the events between them.</param>
/// <param name="Events">Number of events between them.</param>
public sealed record ActorPair(ActorCode First, ActorCode Second, double Goldstein, int Events);
