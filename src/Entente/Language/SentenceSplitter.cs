namespace Entente.Language;

/// <summary>
/// Groups tokens into sentences: a line break always ends one (headlines, bullets, paragraphs);
/// a full stop, question or exclamation mark ends one when what follows starts a new sentence.
/// Abbreviations never end a sentence because the tokenizer keeps their dots inside the word.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Splits <paramref name="tokens"/> of <paramref name="text"/> into sentences.</summary>
    public static Sentence[] Split(string text, ReadOnlySpan<Token> tokens)
    {
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i > first && tokens[i].StartsLine)
            {
                Add(sentences, tokens, first, i);
                first = i;
            }
            if (!IsTerminal(text, tokens[i]) && !IsAbbreviationEnd(text, tokens, i)) continue;
            // Take closing quotes and brackets that follow the stop into this sentence.
            int end = i + 1;
            while (end < tokens.Length && !tokens[end].StartsLine && IsCloser(text, tokens[end])) end++;
            if (end >= tokens.Length) { i = end - 1; continue; }
            var next = tokens[end];
            if (next.StartsLine || StartsSentence(text, next))
            {
                Add(sentences, tokens, first, end);
                first = end;
                i = end - 1;
            }
        }
        if (first < tokens.Length) Add(sentences, tokens, first, tokens.Length);
        return sentences.ToArray();
    }

    private static void Add(List<Sentence> sentences, ReadOnlySpan<Token> tokens, int first, int end)
    {
        int start = tokens[first].Start;
        sentences.Add(new Sentence(TextSpan.FromBounds(start, tokens[end - 1].End), first, end - first));
    }

    private static bool IsTerminal(string text, Token t) =>
        t.Kind == TokenKind.Punct && text[t.Start] is '.' or '!' or '?' or '…';

    // Words that start a sentence but never follow a title or initial: "… with the U.S. The talks …", "… at 10 a.m. It …".
    private static readonly System.Collections.Frozen.FrozenSet<string> SentenceOpeners =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["The", "This", "These", "Those", "It", "Its", "He", "She", "They", "We", "But", "However", "Meanwhile"], StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    // An abbreviation keeps its full stop inside the word; it still ends the sentence when a sentence opener follows.
    private static bool IsAbbreviationEnd(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Word || t.Length < 2 || text[t.End - 1] != '.' || i + 1 >= tokens.Length) return false;
        var next = tokens[i + 1];
        return next.Kind == TokenKind.Word && (next.Flags & TokenFlags.SpaceBefore) != 0 && Openers.Contains(text.AsSpan(next.Start, next.Length));
    }

    private static bool IsCloser(string text, Token t)
    {
        char c = text[t.Start];
        // A straight quote after a space opens the next sentence's quotation ("… attended. "Nobody left," …); closers are glued.
        if (t.Kind == TokenKind.Quote) return c is '”' or '’' or '»' || (c is '"' or '\'' && (t.Flags & TokenFlags.SpaceBefore) == 0);
        return t.Kind == TokenKind.Punct && c is ')' or ']' or '.' or '!' or '?' or '…';
    }

    private static bool StartsSentence(string text, Token t)
    {
        char c = text[t.Start];
        if (t.Kind == TokenKind.Quote) return c is '"' or '“' or '‘' or '«' or '\'';
        return t.Kind == TokenKind.Number || (t.Kind == TokenKind.Word && char.IsUpper(c)) || c is '(' or '[' or '•';
    }
}
