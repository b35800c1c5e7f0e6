namespace Entente.Actors;

/// <summary>A dictionary file that cannot be read: the message names the file and line.</summary>
public sealed class DictionaryFormatException(string location, string reason)
    : Exception($"{location}: {reason}")
{
    /// <summary>File and line, e.g. "states.tsv:12".</summary>
    public string Location { get; } = location;
}
