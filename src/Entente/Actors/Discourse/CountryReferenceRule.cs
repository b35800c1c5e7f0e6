namespace Entente.Actors.Discourse;

/// <summary>"the country", "the nation": the last state named, by its name where its sentence names one ("Chad ordered the
/// French troops stationed in the country to leave": Chad, not the troops' state, which a demonym only describes).</summary>
internal sealed class CountryReferenceRule : IDiscourseRule
{
    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the") || !(c.Is(i + 1, "country") || c.Is(i + 1, "nation"))) return 0;
        var named = LastStateNamedInSentence(c, i) ?? LastState(c);
        if (named is not null) c.Emit(output, i, 2, named, "country");
        return 2;
    }

    private static ActorMention? LastStateNamedInSentence(DiscourseContext c, int i)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken < c.Sentence.FirstToken) break;
            if (m.FirstToken < i && m.Kind == MentionKind.Name && m.EntryKind is ActorEntryKind.State or ActorEntryKind.Capital && m.Actor.IsState && c.Reachable(m)) return m;
        }
        return null;
    }

    private static ActorMention? LastState(DiscourseContext c)
    {
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.EntryKind is ActorEntryKind.Organization or ActorEntryKind.Group || !m.Actor.IsState || !c.Reachable(m)) continue;
            return m;
        }
        return null;
    }
}
