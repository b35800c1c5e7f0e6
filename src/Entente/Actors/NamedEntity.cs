namespace Entente.Actors;

/// <summary>The kind of a named entity.</summary>
internal enum EntityKind : byte
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: institution, international body, company, party, outlet.</summary>
    Organization,
    /// <summary>A place: state, capital, city, region.</summary>
    Place,
}

/// <summary>A named entity: its tokens, kind and, when known, the actor code it belongs to.</summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Kind">Person, organisation or place.</param>
/// <param name="Code">The state or organisation code, when known.</param>
internal readonly record struct NamedEntity(int FirstToken, int EndToken, EntityKind Kind, ActorCode? Code);
