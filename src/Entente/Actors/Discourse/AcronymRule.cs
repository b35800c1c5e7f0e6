namespace Entente.Actors.Discourse;

/// <summary>
/// "… the paramilitary Rapid Support Forces … The RSF denied it": a word in capitals that no dictionary knows, whose
/// letters are the initials of the capitalised words of an actor named earlier in the article ("of", "and", "the" and
/// "for" aside), stands for that actor.
/// </summary>
internal sealed class AcronymRule : IDiscourseRule
{
    private const int MinLetters = 2, MaxLetters = 6;

    /// <inheritdoc />
    /// <remarks>Any word: an acronym is known by its letters, not listed.</remarks>
    public IReadOnlyList<string>? OpeningWords => null;

    /// <inheritdoc />
    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        var word = c.Document.TextOf(i);
        if (word.Length < MinLetters || word.Length > MaxLetters) return 0;
        foreach (char ch in word) if (ch is < 'A' or > 'Z') return 0;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.Kind != MentionKind.Name || m.EndToken - m.FirstToken < 2 || !InitialsSpell(c, m, word)) continue;
            c.Emit(output, i, 1, m, "acronym");
            return 1;
        }
        return 0;
    }

    private static bool InitialsSpell(DiscourseContext c, ActorMention m, ReadOnlySpan<char> acronym)
    {
        int letter = 0;
        for (int t = m.FirstToken; t < m.EndToken; t++)
        {
            var w = c.Document.TextOf(t);
            if (w.Length == 0 || !char.IsUpper(w[0]) || w is "The" or "Of" or "And" or "For") continue;
            if (letter >= acronym.Length || w[0] != acronym[letter]) return false;
            letter++;
        }
        return letter == acronym.Length;
    }
}
