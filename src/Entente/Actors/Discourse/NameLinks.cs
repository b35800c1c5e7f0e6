namespace Entente.Actors.Discourse;

/// <summary>
/// A later, shorter mention of a person ("Kishida" after "Fumio Kishida") points back to the fullest mention before it:
/// the antecedent a user sees. The linking itself is <see cref="PersonFinder"/>'s; this records why.
/// </summary>
internal static class NameLinks
{
    /// <summary>The antecedent of mention <paramref name="index"/> of <paramref name="person"/>, or null for the first or a full mention.</summary>
    public static Antecedent? For(Document document, PersonName person, int index)
    {
        if (index <= 0 || index >= person.Mentions.Count) return null;
        var (first, end) = person.Mentions[index];
        // The longest mention before this one.
        (int First, int End) full = person.Mentions[0];
        for (int k = 1; k < index; k++)
            if (person.Mentions[k].End - person.Mentions[k].First > full.End - full.First) full = person.Mentions[k];
        if (end - first >= full.End - full.First) return null;
        var text = document.SliceTokens(first, end);
        var fullText = document.SliceTokens(full.First, full.End);
        string rule = fullText.EndsWith(" " + text, StringComparison.Ordinal) ? "name:surname" : "name:partial";
        var tokens = document.Tokens;
        return new Antecedent(rule, fullText, full.First, full.End, TextSpan.FromBounds(tokens[full.First].Start, tokens[full.End - 1].End), document.SentenceOfToken(full.First));
    }
}
