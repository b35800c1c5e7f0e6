using System.Collections.Frozen;

namespace Entente.Language;

/// <summary>
/// Groups tokens into sentences: a line break always ends one (headlines, bullets, paragraphs);
/// a full stop, question or exclamation mark ends one when what follows starts a new sentence.
/// Abbreviations never end a sentence because the tokenizer keeps their dots inside the word. A sub-heading flattened
/// into the text before a sentence ("… the border. Ports reopen After two weeks, the docks …") is a sentence of its own.
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
                Add(sentences, tokens, first, i, text);
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
                Add(sentences, tokens, first, end, text);
                first = end;
                i = end - 1;
            }
        }
        if (first < tokens.Length) Add(sentences, tokens, first, tokens.Length, text);
        return sentences.ToArray();
    }

    private static void Add(List<Sentence> sentences, ReadOnlySpan<Token> tokens, int first, int end, string text)
    {
        int heading = InlineHeadingEnd(text, tokens, first, end);
        if (heading > first)
        {
            AddSpan(sentences, tokens, first, heading);
            first = heading;
        }
        AddSpan(sentences, tokens, first, end);
    }

    private static void AddSpan(List<Sentence> sentences, ReadOnlySpan<Token> tokens, int first, int end)
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

    // Capitalised words that open a sentence and, in the middle of a sentence-case phrase, never continue it: a
    // sub-heading run into its section's first sentence ends before them ("Border dispute flares During the night …").
    // Articles are left out: they also open titles of works ("attacked The Daily Courier").
    private static readonly System.Collections.Frozen.FrozenSet<string> HeadingFollowers =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["According", "After", "Amid", "Although", "As", "At", "Before", "Beyond", "But", "By",
            "Despite", "During", "Earlier", "Following", "For", "He", "However", "In", "It", "Last", "Later", "Meanwhile", "On", "She", "Since",
            "They", "Though", "Under", "We", "When", "While", "With"], StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Followers = HeadingFollowers.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxHeadingWords = 6, MinSentenceAfterHeading = 4;

    /// <summary>
    /// Where a sub-heading run into the sentence ends, or -1: two to six plain words opening with a capital and holding a
    /// lower-case word (sentence case, so not a title-cased name like "Made In China"), then a capitalised word from
    /// <see cref="HeadingFollowers"/> right after a lower-case word, opening a clause of at least four tokens.
    /// </summary>
    private static int InlineHeadingEnd(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (end - first < 2 + MinSentenceAfterHeading || tokens[first].Kind != TokenKind.Word || !char.IsUpper(text[tokens[first].Start])) return -1;
        for (int k = first + 1; k <= first + MaxHeadingWords && k <= end - MinSentenceAfterHeading; k++)
        {
            var t = tokens[k];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) return -1;
            var previous = tokens[k - 1];
            if (previous.Kind == TokenKind.Word && char.IsLower(text[previous.Start]) && (t.Flags & TokenFlags.SpaceBefore) != 0
                && Followers.Contains(text.AsSpan(t.Start, t.Length)))
                return k;
        }
        return -1;
    }

    // An abbreviation keeps its full stop inside the word; it still ends the sentence when a sentence opener follows.
    private static bool IsAbbreviationEnd(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Word || t.Length < 2 || text[t.End - 1] != '.' || i + 1 >= tokens.Length) return false;
        var next = tokens[i + 1];
        if (next.Kind != TokenKind.Word || (next.Flags & TokenFlags.SpaceBefore) == 0) return false;
        return Openers.Contains(text.AsSpan(next.Start, next.Length)) || IsLetterAfterLowercaseWord(text, tokens, i) && char.IsUpper(text[next.Start]);
    }

    // Names headlines shorten with a compass letter ("N. Korea", "S. Korean", "S. Africa", "S. Sudan").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompassNamed =
        new[] { "Korea", "Korean", "Koreans", "Africa", "African", "Africans", "Sudan", "Sudanese" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A lone capital letter with its stop after a lower-case word ("posted on X.", "vitamin C.") is no initial of a name
    // ("George W. Bush" follows a capitalised word): a capitalised word after it opens a new sentence.
    private static bool IsLetterAfterLowercaseWord(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Length != 2 || !char.IsUpper(text[t.Start]) || i == 0) return false;
        // "sanctions N. Korean officials", "visits S. Africa": a compass letter shortening a country's name.
        if (text[t.Start] is 'N' or 'S' && i + 1 < tokens.Length && CompassNamed.Contains(text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length))) return false;
        var previous = tokens[i - 1];
        return previous.Kind == TokenKind.Word && char.IsLower(text[previous.Start]);
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
