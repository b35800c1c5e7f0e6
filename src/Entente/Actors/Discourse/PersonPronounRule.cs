namespace Entente.Actors.Discourse;

/// <summary>
/// "he", "she", "his", "her": the last person named, not one named inside a quotation when the pronoun is outside it,
/// nor a possessor when another person is named.
/// "he" and "she" also become one more mention of that person ("Choi Woo-suk … Choi … he").
/// </summary>
internal sealed class PersonPronounRule : IDiscourseRule
{
    /// <inheritdoc />
    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var word = c.Document.TextOf(i);
        if (word is not ("he" or "He" or "she" or "She" or "his" or "His" or "her" or "Her")) return 0;
        // A possessor ("fears that Rutte's warning …, he said") is passed over for the last person named as such, unless
        // no one else is named.
        ActorMention? last = null, possessor = null;
        for (int k = c.Recent.Count - 1; k >= 0 && last is null; k--)
        {
            var m = c.Recent[k];
            if (m.Kind != MentionKind.Person || !c.Reachable(m)) continue;
            if (m.EndToken < c.Document.Tokens.Length && c.Document.TextOf(m.EndToken) is "'s" or "’s") possessor ??= m;
            else last = m;
        }
        last ??= possessor;
        if (last is null) return 1;
        // "Lai, a publisher …, stands accused. He rejects the charges": a person named since, whose country is unknown, is
        // who the pronoun means; it then stands for no actor rather than for someone named before.
        if (UncodedPersonSince(c, last.FirstToken, i)) return 1;
        c.Emit(output, i, 1, last, "pronoun:person");
        // ("his" and "her" modify another noun: "his deputy said" is the deputy speaking, not one more mention of him.)
        if (word is "he" or "He" or "she" or "She") AddMention(c, last.FirstToken, i);
        return 1;
    }

    private static bool UncodedPersonSince(DiscourseContext c, int after, int pronoun)
    {
        foreach (var p in c.People)
        {
            if (p.Code is not null) continue;
            foreach (var (first, end) in p.Mentions)
                if (first > after && first < pronoun && !(end < c.Document.Tokens.Length && c.Document.TextOf(end) is "'s" or "’s")) return true;
        }
        return false;
    }

    // The pronoun at i becomes one more mention of the person named at first. Apart from Resolve so that the predicate's
    // capture is allocated only here, not for every word Resolve is asked about.
    private static void AddMention(DiscourseContext c, int first, int i)
    {
        foreach (var p in c.People)
            if (p.Mentions.Exists(x => x.First == first)) { p.Mentions.Add((i, i + 1)); break; }
    }
}
