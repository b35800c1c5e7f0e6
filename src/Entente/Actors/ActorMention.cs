namespace Entente.Actors;

/// <summary>How an actor mention was recognised.</summary>
public enum MentionKind : byte
{
    /// <summary>A dictionary name (state, capital, institution, organisation, adjective, place).</summary>
    Name,
    /// <summary>A named person.</summary>
    Person,
    /// <summary>A pronoun or a collective reference ("they", "the two countries") resolved to earlier actors.</summary>
    Reference,
}

/// <summary>An actor mentioned in the text: the tokens and the resolved actor, with the dictionary kind that matched.</summary>
/// <param name="FirstToken">First token of the mention.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Actor">The resolved actor (code, sector, person, rule).</param>
/// <param name="Kind">How it was recognised.</param>
/// <param name="EntryKind">For dictionary names, which kind of entry matched (a place is not an actor by itself).</param>
public sealed record ActorMention(int FirstToken, int EndToken, Actor Actor, MentionKind Kind, ActorEntryKind EntryKind);
