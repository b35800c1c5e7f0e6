namespace Entente.Language;

/// <summary>What kind of characters a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner hyphens, apostrophes or abbreviation dots.</summary>
    Word,
    /// <summary>Digits with inner separators: "10,000", "45.7", "2024/10/5".</summary>
    Number,
    /// <summary>Sentence and clause punctuation: . , ; : ! ? … ( ) [ ] - – —</summary>
    Punct,
    /// <summary>A quotation mark, straight or curly.</summary>
    Quote,
    /// <summary>Anything else: currency, percent, symbols, emoji, stray characters.</summary>
    Symbol,
}

/// <summary>Layout facts about the whitespace before a token.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>Nothing before it (glued to the previous token).</summary>
    None = 0,
    /// <summary>Whitespace precedes the token.</summary>
    SpaceBefore = 1,
    /// <summary>A line break precedes the token.</summary>
    LineBefore = 2,
    /// <summary>A blank line (paragraph break) precedes the token.</summary>
    ParagraphBefore = 4,
}

/// <summary>A token: a span of the document text with its kind and layout. Sixteen bytes, no string copy.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What the token is made of.</param>
/// <param name="Flags">Whitespace before it.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The token's span.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>True when a line break precedes the token.</summary>
    public bool StartsLine => (Flags & (TokenFlags.LineBefore | TokenFlags.ParagraphBefore)) != 0;
}
