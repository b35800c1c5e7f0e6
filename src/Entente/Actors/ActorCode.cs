namespace Entente.Actors;

/// <summary>
/// An actor's root code: ISO 3166-1 alpha-3 for a state ("KOR"), an acronym for an organisation ("NATO").
/// Always upper case.
/// </summary>
public readonly record struct ActorCode
{
    /// <summary>The code text, upper case.</summary>
    public string Value { get; }

    /// <summary>Creates a code; the value is upper-cased.</summary>
    public ActorCode(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Value = value.ToUpperInvariant();
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
