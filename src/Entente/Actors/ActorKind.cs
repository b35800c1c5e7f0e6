namespace Entente.Actors;

/// <summary>What an actor's root code stands for: a state, an international organisation, or a group of actors.</summary>
public enum ActorKind : byte
{
    /// <summary>Not known (an actor read back from storage, say). Never treated as a state.</summary>
    Unknown,
    /// <summary>A state or territory (ISO 3166-1 alpha-3 code): its government, institutions, people and officials.</summary>
    State,
    /// <summary>An international organisation or body ("IMF", "NATO", "GCC"), whatever the length of its code.</summary>
    Organization,
    /// <summary>Several actors named at once (codes joined by '+').</summary>
    Group,
}
