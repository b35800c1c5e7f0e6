namespace Entente.Language;

/// <summary>A sentence: its span in the text and the range of tokens it holds.</summary>
/// <param name="Span">Characters of the sentence.</param>
/// <param name="FirstToken">Index of its first token in the document's token layer.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
