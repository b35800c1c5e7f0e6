namespace Entente.Actors.Discourse;

/// <summary>
/// "We, the G7 Foreign Ministers, condemn …", "We, the leaders of the Quad, reaffirm …": the "we" that opens a communiqué
/// names itself in the apposition right after it; it is the body or state named there (the first name within five words
/// after the comma, before the apposition's closing comma).
/// </summary>
internal sealed class CommuniqueWeRule : IDiscourseRule
{
    private const int Reach = 5;

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["we"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var d = c.Document;
        if (!c.Is(i, "we") || i + 2 >= c.Sentence.EndToken || d.TextOf(i + 1) is not ",") return 0;
        foreach (var m in c.Names)
        {
            if (m.FirstToken <= i + 1) continue;
            if (m.FirstToken > i + 1 + Reach || m.FirstToken >= c.Sentence.EndToken) break;
            // The apposition closes before the name: it names something else.
            for (int k = i + 2; k < m.FirstToken; k++) if (d.TextOf(k) is "," or ";") return 0;
            if (m.Actor.Person is not null) return 0;
            c.Emit(output, i, 1, m, "communique-we", m.Actor with { Rule = $"ref:communique-we→{m.Actor.Name}" }, m.EntryKind);
            return 1;
        }
        return 0;
    }
}
