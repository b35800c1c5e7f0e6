namespace Entente.Actors.Discourse;

/// <summary>
/// "Bamako accused its neighbour of sponsoring terrorism": "its neighbour" (or "neighbor") is the state last named, up to
/// five sentences back, that is not the one the possessive stands for (the first state named in the sentence before it).
/// </summary>
internal sealed class NeighbourRule : IDiscourseRule
{
    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["its"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        if (!c.Is(i, "its") || i + 1 >= c.Sentence.EndToken || d.TextOf(i + 1) is not ("neighbour" or "neighbor")) return 0;
        ActorMention? owner = null;
        foreach (var m in c.Recent)
            if (m.FirstToken >= c.Sentence.FirstToken && m.FirstToken < i && m.Actor.IsState) { owner = m; break; }
        if (owner is null) return 0;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - 5) break;
            if (!c.Reachable(m) || !m.Actor.IsState || m.Actor.Code == owner.Actor.Code
                || m.EntryKind is not (ActorEntryKind.State or ActorEntryKind.Capital or ActorEntryKind.Adjective)) continue;
            c.Emit(output, i, 2, m, "neighbour", m.Actor with { Rule = $"ref:neighbour→{m.Actor.Name}" }, ActorEntryKind.State);
            return 2;
        }
        return 0;
    }
}
