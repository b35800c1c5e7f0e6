namespace Entente.Actors.Discourse;

/// <summary>One kind of reference resolution: pronouns, bare titles, epithets, plural groups and so on.</summary>
internal interface IDiscourseRule
{
    /// <summary>
    /// Tries to read a reference starting at token <paramref name="i"/> (not covered by a name) and adds what it stands
    /// for to <paramref name="output"/>. Returns the number of tokens read, 0 when the rule does not apply.
    /// A reference the rule recognises but cannot resolve with confidence adds nothing (and may still return its length).
    /// </summary>
    int Resolve(DiscourseContext context, int i, List<ActorMention> output);

    /// <summary>
    /// The words (in any case) that every reference the rule reads starts with; null when it may start with any word.
    /// <see cref="DiscourseResolver"/> offers the rule only words of this list, so <see cref="Resolve"/> must return 0,
    /// having done nothing, for any other.
    /// </summary>
    IReadOnlyList<string>? OpeningWords { get; }
}
