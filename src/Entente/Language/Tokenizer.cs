using System.Buffers;
using System.Collections.Frozen;

namespace Entente.Language;

/// <summary>
/// Splits text into tokens with a single forward scan. Keeps abbreviations ("U.S.", "Gen."), numbers ("10,000",
/// "$ 45.7", "2024/10/5"), romanised names ("Suk-yeol", "Jong-un") and lower-case compounds ("short-range") whole;
/// splits possessives ("'s"), punctuation and compounds of two capitalised words ("Korea-US", "Sino-Russian"). A
/// suspended hyphen stays on its word ("Mexican- and Canadian-made"): that is the one way a word token ends in '-'.
/// </summary>
internal static class Tokenizer
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig",
        "Gov", "Sen", "Rep", "Amb", "Pres", "Sec", "Gens", "Rev", "Hon", "St", "Jr", "Sr", "No", "Nos", "Vol", "vs", "etc",
        "Inc", "Corp", "Co", "Ltd", "Bros", "Dept", "Univ", "Assn", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "approx", "est", "fig", "cf", "al", "Mt", "Ft", "Ave", "Blvd", "Rd",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly SearchValues<char> QuoteChars = SearchValues.Create("\"“”„‟‘’‚‛«»「」『』");

    /// <summary>Tokenises <paramref name="text"/> into <paramref name="tokens"/> (cleared first).</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        tokens.Clear();
        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        int i = 0, n = text.Length;
        while (i < n)
        {
            // Whitespace and layout before the token.
            var flags = TokenFlags.None;
            int newlines = 0;
            while (i < n && char.IsWhiteSpace(text[i]))
            {
                if (text[i] == '\n') newlines++;
                flags |= TokenFlags.SpaceBefore;
                i++;
            }
            if (i >= n) break;
            if (newlines > 0) flags |= TokenFlags.LineBefore;
            if (newlines > 1) flags |= TokenFlags.ParagraphBefore;

            int start = i;
            char c = text[i];
            if (char.IsLetter(c) && !char.IsSurrogate(c))
            {
                i = ScanWord(text, i);
                // An abbreviation keeps its full stop: "Gen." "Lt." "U.S." (the dots of U.S. are scanned as part of the word).
                if (i < n && text[i] == '.' && (lookup.Contains(text.AsSpan(start, i - start)) || IsInitial(text, start, i)))
                    i++;
                tokens.Add(new Token(start, i - start, TokenKind.Word, flags));
            }
            else if (char.IsAsciiDigit(c) || (char.IsDigit(c) && !char.IsSurrogate(c)))
            {
                i = ScanNumber(text, i);
                tokens.Add(new Token(start, i - start, TokenKind.Number, flags));
            }
            else if (QuoteChars.Contains(c) || c == '\'')
            {
                // A possessive or clitic glued to the previous token ("Korea's", "we're", "I'm": ScanWord ends the word before
                // it) is a word of its own, as the treebank writes it.
                if ((c == '\'' || c == '’') && tokens.Count > 0 && (flags & TokenFlags.SpaceBefore) == 0 && CliticLength(text, i) is var clitic and > 0)
                {
                    tokens.Add(new Token(start, clitic, TokenKind.Word, flags));
                    i += clitic;
                }
                else
                {
                    tokens.Add(new Token(start, 1, TokenKind.Quote, flags));
                    i++;
                }
            }
            else if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.')
            {
                i += 3;
                tokens.Add(new Token(start, 3, TokenKind.Punct, flags));
            }
            else if (IsPunct(c))
            {
                i++;
                tokens.Add(new Token(start, 1, TokenKind.Punct, flags));
            }
            else
            {
                // Symbols, including surrogate pairs kept together when well formed.
                i += char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(start, i - start, TokenKind.Symbol, flags));
            }
        }
    }

    /// <summary>Tokenises <paramref name="text"/> into a new array.</summary>
    public static Token[] Tokenize(string text)
    {
        // The list is this thread's, kept between calls: only the array returned is new for each text.
        var list = _scratch ??= new List<Token>(1024);
        Tokenize(text, list);
        var tokens = list.ToArray();
        // A very long text's list is not kept.
        if (list.Capacity > MaxKeptTokens) _scratch = null;
        return tokens;
    }

    [ThreadStatic] private static List<Token>? _scratch;
    private const int MaxKeptTokens = 1 << 16;

    private static bool IsPunct(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '…' or '(' or ')' or '[' or ']'
        or '{' or '}' or '-' or '–' or '—' or '‐' or '‑' or '/' or '•' or '·' or '*';

    private static bool IsWordChar(char c) => (char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) || c == '\u00AD';

    // The length of the possessive or clitic that starts at the apostrophe at <paramref name="i"/> ("'s", "'m", "'d", "'re",
    // "'ve", "'ll"), ending the word; 0 when there is none.
    private static int CliticLength(string text, int i)
    {
        int end = i + 1;
        while (end < text.Length && end - i <= 3 && char.IsAsciiLetter(text[end])) end++;
        if (end < text.Length && char.IsLetter(text[end])) return 0;
        var letters = text.AsSpan(i + 1, end - i - 1);
        return letters.Equals("s", StringComparison.OrdinalIgnoreCase) || letters.Equals("m", StringComparison.OrdinalIgnoreCase)
            || letters.Equals("d", StringComparison.OrdinalIgnoreCase) || letters.Equals("re", StringComparison.OrdinalIgnoreCase)
            || letters.Equals("ve", StringComparison.OrdinalIgnoreCase) || letters.Equals("ll", StringComparison.OrdinalIgnoreCase)
            ? end - i : 0;
    }

    private static int ScanWord(string text, int i)
    {
        int end = ScanWholeWord(text, i);
        // "cannot" is "can" and "not", as the treebank writes it: its negation must be seen.
        return end - i == 6 && text.AsSpan(i, 6).Equals("cannot", StringComparison.OrdinalIgnoreCase) ? i + 3 : end;
    }

    private static int ScanWholeWord(string text, int i)
    {
        int n = text.Length;
        int start = i;
        int segmentStart = i;
        while (i < n)
        {
            char c = text[i];
            if (IsWordChar(c)) { i++; continue; }
            if (i + 1 >= n) break;
            char next = text[i + 1];
            // "Mexican- and Canadian-made", "short- or long-range": a suspended hyphen belongs to its word, which a
            // coordinator joins to a hyphenated compound further on.
            if (IsHyphen(c) && next == ' ' && StartsCoordinator(text, i + 2)) return i + 1;
            if (IsHyphen(c) && IsWordChar(next))
            {
                // Two capitalised parts are two names ("Korea-US", "Sino-Russian"); otherwise one word ("Suk-yeol", "short-range").
                if (char.IsUpper(text[segmentStart]) && char.IsUpper(next)) break;
                i++;
                segmentStart = i;
                continue;
            }
            if (c is '\'' or '’' && char.IsLetter(next))
            {
                // "'s" and the clitics "'m", "'re", "'ve", "'ll", "'d" are tokens of their own, and "n't" too ("do" "n't", "ca"
                // "n't", as the treebank splits them); other apostrophes stay inside ("Xi'an", "O'Brien").
                if (CliticLength(text, i) > 0) break;
                if (next is 't' or 'T' && i - 1 > start && text[i - 1] is 'n' or 'N' && (i + 2 >= n || !char.IsLetter(text[i + 2]))) return i - 1;
                i++;
                continue;
            }
            if (c == '.' && char.IsLetter(next))
            {
                // Dotted acronyms "U.S." and domains "opera.com" stay one token; "ended.The" has been repaired by cleaning.
                bool acronym = i - segmentStart == 1 && (i + 2 >= n || !char.IsLetter(text[i + 2]));
                bool domain = char.IsLower(next) && char.IsLower(text[i - 1]) && IsDomainTail(text, i + 1);
                if (!acronym && !domain) break;
                i++;
                segmentStart = i;
                continue;
            }
            break;
        }
        return i;
    }

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>True for a word token ending in a suspended hyphen ("Mexican-" in "Mexican- and Canadian-made").</summary>
    internal static bool EndsInSuspendedHyphen(ReadOnlySpan<char> word) => word.Length > 1 && IsHyphen(word[^1]);

    private static bool StartsCoordinator(string text, int i)
    {
        int end = i;
        while (end < text.Length && char.IsAsciiLetterLower(text[end])) end++;
        if (end >= text.Length || text[end] != ' ') return false;
        return text.AsSpan(i, end - i) is "and" or "or" or "nor" or "to";
    }

    private static bool IsDomainTail(string text, int i)
    {
        int n = text.Length, start = i;
        while (i < n && char.IsAsciiLetterLower(text[i])) i++;
        int len = i - start;
        return len is >= 2 and <= 6 && (i >= n || !char.IsLetter(text[i]));
    }

    // "J." in "John F. Kennedy", and the final dot of "U.S." / "a.m.".
    private static bool IsInitial(string text, int start, int end)
    {
        int len = end - start;
        if (len == 1) return char.IsUpper(text[start]) || (end + 2 < text.Length && text[end + 2] == '.');
        // Dotted acronym already scanned, e.g. "U.S" (len 3 with inner dots).
        return len >= 3 && text.AsSpan(start, len).Contains('.') && text[end - 2] == '.';
    }

    private static int ScanNumber(string text, int i)
    {
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsDigit(c) && !char.IsSurrogate(c)) { i++; continue; }
            if (c is ',' or '.' or '/' or ':' && i + 1 < n && char.IsAsciiDigit(text[i + 1])) { i++; continue; }
            // Ordinals and decades glued to the number: "5th", "1980s" (but "5thSouth" keeps "South" apart).
            if (char.IsAsciiLetterLower(c))
            {
                int j = i;
                while (j < n && char.IsAsciiLetterLower(text[j])) j++;
                var suffix = text.AsSpan(i, j - i);
                if (suffix is "st" or "nd" or "rd" or "th" or "s") i = j;
            }
            break;
        }
        return i;
    }
}
