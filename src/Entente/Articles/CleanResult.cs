namespace Entente.Articles;

/// <summary>The output of <see cref="ArticleCleaner.Clean"/>: cleaned text and the map from it back to the raw text.</summary>
/// <param name="Text">The cleaned text: paragraphs separated by one blank line ("\n\n"), no leading or trailing whitespace.</param>
/// <param name="Offsets">Maps each offset in <paramref name="Text"/> to the offset of the same character in the raw text.</param>
internal sealed record CleanResult(string Text, OffsetMap Offsets)
{
    /// <summary>The dateline cut from the top of the text, when it had one.</summary>
    public Dateline? Dateline { get; init; }
}
