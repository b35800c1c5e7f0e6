namespace Entente.Actors.Discourse;

/// <summary>
/// "the U.N. Security Council … the Council", "the European Commission … the Commission": "the" and a capitalised word
/// that ends the name of an organisation or institution named earlier in the story, or heads it before its "of" ("the
/// Council of the EU … the Council"), is that body again (the latest one whose name ends or is headed so). A capitalised
/// word alone ("Council") names nothing; "the council" in lower case is any council.
/// </summary>
internal sealed class ShortNameRule : IDiscourseRule
{
    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the") || i + 1 >= c.Sentence.EndToken) return 0;
        var word = c.Document.TextOf(i + 1);
        if (word.Length < 3 || !char.IsUpper(word[0]) || !char.IsLower(word[1])) return 0;
        // "the Council's decision" ends the phrase at the possessive; "the Council of Europe" is another name.
        if (i + 2 < c.Sentence.EndToken && c.Document.TextOf(i + 2) is [var next, ..] && char.IsUpper(next)) return 0;
        if (i + 2 < c.Sentence.EndToken && c.Document.TextOf(i + 2) is "of") return 0;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.EntryKind is not (ActorEntryKind.Organization or ActorEntryKind.Institution) || m.EndToken - m.FirstToken < 2 || !c.Reachable(m)) continue;
            if (!c.Document.TextOf(m.EndToken - 1).Equals(word, StringComparison.Ordinal) && !HeadBeforeOf(c, m, word)) continue;
            c.Emit(output, i + 1, 1, m, "short-name");
            return 2;
        }
        return 0;
    }

    // "the Council of the EU … the Council", "the Court of Justice … the Court": the word before the name's "of" heads it.
    private static bool HeadBeforeOf(DiscourseContext c, ActorMention m, ReadOnlySpan<char> word)
    {
        for (int k = m.FirstToken; k + 1 < m.EndToken; k++)
            if (c.Document.TextOf(k + 1) is "of") return c.Document.TextOf(k).Equals(word, StringComparison.Ordinal);
        return false;
    }
}
