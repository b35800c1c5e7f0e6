namespace Entente.Language;

/// <summary>A sentence: its span in the text and the range of tokens it holds.</summary>
/// <param name="Span">Characters of the sentence.</param>
/// <param name="FirstToken">Index of its first token in the document's token layer.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The index of the sentence in <paramref name="sentences"/> (in text order) that holds token <paramref name="token"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<Sentence> sentences, int token)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (sentences[mid].EndToken <= token) lo = mid + 1;
            else if (sentences[mid].FirstToken > token) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
