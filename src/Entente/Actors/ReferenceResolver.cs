using Entente.Actors.Discourse;

namespace Entente.Actors;

/// <summary>
/// Resolves references to earlier actors (pronouns, bare titles, epithets, plural groups) with the discourse rules in
/// <see cref="Discourse"/>; kept as the entry point the actor stage and callers know.
/// </summary>
internal static class ReferenceResolver
{
    /// <summary>Returns <paramref name="mentions"/> with reference mentions added, in token order.</summary>
    public static List<ActorMention> Resolve(Document document, List<ActorMention> mentions, IReadOnlyList<PersonName> people, ActorDictionary? dictionary = null) =>
        DiscourseResolver.Resolve(document, mentions, people, dictionary);
}
