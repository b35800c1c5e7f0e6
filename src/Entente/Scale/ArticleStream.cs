using Entente.Articles;

namespace Entente.Scale;

/// <summary>
/// Where an article sits in a list of inputs: the index of its file, and how many articles of that file have been taken
/// once it is. Reading from a position skips everything before it, so an interrupted run resumes after its last commit.
/// </summary>
/// <param name="File">Index of the file in the expanded input list.</param>
/// <param name="Taken">Articles taken from that file.</param>
internal readonly record struct InputPosition(int File, long Taken)
{
    /// <summary>The start of the first file.</summary>
    public static InputPosition Start => default;
}

/// <summary>One article read from the inputs, with the position just after it.</summary>
internal readonly record struct PositionedArticle(Article Article, InputPosition After);

/// <summary>
/// The articles of many inputs, one at a time, each with its position, over a streaming reader (a dump is never held
/// whole, so memory stays flat whatever the input's size). Resuming skips the articles before the position without running
/// anything on them: they are read again (cheap next to the pipeline) so that what the reader derives from earlier
/// records, such as the key of a dump's repeated id, is the same as in an uninterrupted run.
/// </summary>
/// <param name="files">The expanded input list.</param>
/// <param name="readFile">Streams the articles of one file, reporting what it cannot read (the CLI's <c>ArticleInputs.ReadFile</c>).</param>
internal sealed class ArticleStream(IReadOnlyList<string> files, Func<string, IEnumerable<Article>> readFile)
{
    /// <summary>Number of input files.</summary>
    public int Files => files.Count;

    /// <summary>The articles from <paramref name="from"/> on, each with the position after it.</summary>
    public IEnumerable<PositionedArticle> Read(InputPosition from)
    {
        for (int f = Math.Max(0, from.File); f < files.Count; f++)
        {
            long taken = 0, skip = f == from.File ? from.Taken : 0;
            foreach (var article in readFile(files[f]))
            {
                taken++;
                if (taken <= skip) continue;
                yield return new PositionedArticle(article, new InputPosition(f, taken));
            }
        }
    }
}
