using Entente.Articles;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>
/// Reads the articles of the user's inputs, reporting each unreadable input, and each skipped record of a dump, on one
/// line and going on with the rest. Files are streamed: a dump is never held whole.
/// </summary>
public sealed class ArticleInputs(CliIO io)
{
    private int _failures;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>Number of inputs, or records of a dump, that could not be read.</summary>
    public int Failures => _failures;

    /// <summary>
    /// The inputs expanded into files; a missing path or empty folder is reported and counted. A symlink loop, or a file
    /// reached twice (by a link or by naming it twice), is skipped with a warning.
    /// </summary>
    public IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var list = inputs.ToList();
        // The paths argument takes any word, so an option the parser does not know lands here: refuse it as one.
        foreach (var input in list)
            if (input.Length > 1 && input[0] == '-' && !File.Exists(input) && !Directory.Exists(input))
                throw new CliException($"unknown option '{input}' (run 'entente --help' for usage)", 2);
        foreach (var input in list)
        {
            try
            {
                foreach (var file in ArticleReader.ExpandInputs([input], Warn))
                    if (_seen.Add(file == "-" ? file : ArticleReader.RealPath(file))) files.Add(file);
                    else Warn(new InputException(file, "skipped: already read (named twice or reached through a link)"));
            }
            catch (InputException e)
            {
                Report(e);
            }
        }
        return files;
    }

    /// <summary>
    /// The articles of one file, streamed. A file that cannot be read is reported and yields nothing more; a bad line of a
    /// JSONL dump is reported and skipped, and the rest of the dump is read.
    /// </summary>
    public IEnumerable<Article> ReadFile(string file)
    {
        IEnumerator<Article>? articles = null;
        try
        {
            articles = ArticleReader.Read(file, io.Stdin, io.StdinBytes, Report).GetEnumerator();
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
        {
            Report(e as InputException ?? new InputException(file, "cannot read: " + OneLine(e.Message)));
        }
        if (articles is null) yield break;
        using (articles)
        {
            while (true)
            {
                Article? article = null;
                try
                {
                    if (articles.MoveNext()) article = articles.Current;
                }
                catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException)
                {
                    Report(e as InputException ?? new InputException(file, "cannot read: " + OneLine(e.Message)));
                }
                if (article is null) yield break;
                yield return article;
            }
        }
    }

    /// <summary>Every article of every file, in order, processed in parallel by <paramref name="pipeline"/> (order kept).</summary>
    public IEnumerable<ArticleResult> Process(IReadOnlyList<string> files, EntentePipeline pipeline) =>
        files.SelectMany(ReadFile)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(pipeline.Process);

    /// <summary>Reports an unreadable input or record on one line and counts it.</summary>
    public void Report(InputException e)
    {
        Interlocked.Increment(ref _failures);
        lock (io.Stderr) io.Stderr.WriteLine($"entente: {e.Message}");
    }

    private void Warn(InputException e)
    {
        lock (io.Stderr) io.Stderr.WriteLine($"entente: warning: {e.Message}");
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
}
