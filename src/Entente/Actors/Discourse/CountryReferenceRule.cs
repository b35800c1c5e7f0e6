namespace Entente.Actors.Discourse;

/// <summary>"the country", "the nation": the last state named.</summary>
internal sealed class CountryReferenceRule : IDiscourseRule
{
    /// <inheritdoc />
    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the") || !(c.Is(i + 1, "country") || c.Is(i + 1, "nation"))) return 0;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.EntryKind is ActorEntryKind.Organization or ActorEntryKind.Group || !m.Actor.IsState || !c.Reachable(m)) continue;
            c.Emit(output, i, 2, m, "country");
            break;
        }
        return 2;
    }
}
