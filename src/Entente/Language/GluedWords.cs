using System.Collections.Frozen;

namespace Entente.Language;

/// <summary>
/// Scraped pages lose line breaks between a heading and the text after it: "… ammunition supply to RussiaDate Russian
/// President …". Where a capitalised word is glued to a known name (the pipeline gives the one-word names of states and
/// capitals) inside one word token, the token becomes two and the second starts a line, so the sentence splitter ends the
/// heading there. Names written with an inner capital ("DeepSeek", "McCaul", "MarineTraffic") are left alone: their
/// first part is no such name (a brand that begins with one, "PeruRail", is split too: rare beside the glued headings
/// of scraped pages).
/// </summary>
internal static class GluedWords
{
    /// <summary>The tokens of <paramref name="text"/> with glued words split; the same array when there is none.</summary>
    public static Token[] Split(string text, Token[] tokens, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        List<Token>? split = null;
        for (int t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            int at = token.Kind == TokenKind.Word ? GlueAt(text.AsSpan(token.Start, token.Length), names) : -1;
            if (at < 0)
            {
                split?.Add(token);
                continue;
            }
            split ??= NewList(tokens, t);
            split.Add(token with { Length = at });
            split.Add(new Token(token.Start + at, token.Length - at, TokenKind.Word, TokenFlags.LineBefore));
        }
        return split is null ? tokens : split.ToArray();
    }

    private static List<Token> NewList(Token[] tokens, int upTo)
    {
        var list = new List<Token>(tokens.Length + 4);
        for (int k = 0; k < upTo; k++) list.Add(tokens[k]);
        return list;
    }

    // The offset of the capital that starts a glued word, or -1: the part before is a known name ("Russia"), the part after
    // a capital and at least two lower-case letters. (A date glued to the next word, "June 5thSouth Korea", is a lost
    // space or comma inside one sentence, not a lost line: the tokenizer already parts the ordinal from the word.)
    private static int GlueAt(ReadOnlySpan<char> word, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> names)
    {
        for (int i = 2; i + 2 < word.Length; i++)
        {
            if (!char.IsUpper(word[i]) || !char.IsLower(word[i - 1]) && !char.IsDigit(word[i - 1])) continue;
            if (!char.IsLower(word[i + 1]) || !char.IsLower(word[i + 2])) continue;
            var before = word[..i];
            if (char.IsUpper(before[0]) && names.Contains(before)) return i;
        }
        return -1;
    }
}
