namespace Entente.Actors.Discourse;

/// <summary>
/// "NATO foreign ministers met in Brussels on Thursday. Allies condemned Russia's sabotage …": "Allies", capitalised and
/// bare (no article, not "Allies of …"), is the alliance's own word for its members acting together: the alliance last
/// named, up to five sentences back. Lower-case "the allies" is a set of states named before (the group rule's).
/// </summary>
internal sealed class AlliesRule : IDiscourseRule
{
    private const int SentencesBack = 5;

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["Allies"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        if (!d.TextOf(i).SequenceEqual("Allies") || i + 1 < c.Sentence.EndToken && d.TextOf(i + 1) is "of"
            || i > c.Sentence.FirstToken && d.TextOf(i - 1) is "the" or "The" or "its" or "their" or "our") return 0;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - SentencesBack) break;
            if (!c.Reachable(m) || m.Kind == MentionKind.Reference || m.EntryKind != ActorEntryKind.Organization
                || !EpithetRule.Alliances.Contains(m.Actor.Code.Value)) continue;
            c.Emit(output, i, 1, m, "allies", m.Actor with { Rule = $"ref:allies→{m.Actor.Name}" }, ActorEntryKind.Organization);
            return 1;
        }
        return 0;
    }
}
