namespace Entente.Language;

/// <summary>
/// Bounds what a "sentence" can be. A run-on line (a crawler's page with no full stops, a list of thousands of names)
/// is cut into pieces of at most <see cref="MaxTokens"/> tokens, preferring to cut after a semicolon, colon or comma,
/// so that every later stage, whose work per sentence grows faster than its length, stays linear in the text.
/// </summary>
internal static class SentenceCap
{
    /// <summary>Most tokens in one sentence: far above any real news sentence (rarely over 80 tokens).</summary>
    public const int MaxTokens = 160;

    /// <summary>The sentences with every one longer than <paramref name="maxTokens"/> tokens cut into pieces.</summary>
    public static Sentence[] Apply(Sentence[] sentences, string text, ReadOnlySpan<Token> tokens, int maxTokens = MaxTokens)
    {
        if (Array.TrueForAll(sentences, s => s.TokenCount <= maxTokens)) return sentences;
        var result = new List<Sentence>(sentences.Length + 8);
        foreach (var s in sentences)
        {
            int first = s.FirstToken, end = s.EndToken;
            while (end - first > maxTokens)
            {
                // Cut after the last clause punctuation in the second half of the window, else at the window's end.
                int cut = first + maxTokens;
                for (int i = first + maxTokens - 1; i > first + maxTokens / 2; i--)
                    if (tokens[i].Kind == TokenKind.Punct && text[tokens[i].Start] is ';' or ':' or ',') { cut = i + 1; break; }
                result.Add(new Sentence(TextSpan.FromBounds(tokens[first].Start, tokens[cut - 1].End), first, cut - first));
                first = cut;
            }
            result.Add(first == s.FirstToken ? s : new Sentence(TextSpan.FromBounds(tokens[first].Start, tokens[end - 1].End), first, end - first));
        }
        return result.ToArray();
    }
}
