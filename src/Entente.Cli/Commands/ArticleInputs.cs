using Entente.Articles;
using Entente.Pipeline;

namespace Entente.Cli.Commands;

/// <summary>Reads the articles of the user's inputs, reporting each unreadable input on one line and going on with the rest.</summary>
public sealed class ArticleInputs(CliIO io)
{
    /// <summary>Standard input, for "-".</summary>
    public TextReader Stdin => io.Stdin;

    /// <summary>Number of inputs that could not be read.</summary>
    public int Failures { get; private set; }

    /// <summary>The inputs expanded into files; a missing path or empty folder is reported and counted.</summary>
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
                files.AddRange(ArticleReader.ExpandInputs([input]));
            }
            catch (InputException e)
            {
                Report(e);
            }
        }
        return files;
    }

    /// <summary>All articles of one file, read eagerly so a bad file yields nothing rather than part of itself.</summary>
    public IReadOnlyList<Article> ReadFile(string file)
    {
        try
        {
            return ArticleReader.Read(file, io.Stdin).ToList();
        }
        catch (InputException e)
        {
            Report(e);
            return [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(new InputException(file, $"cannot read ({e.Message})"));
            return [];
        }
    }

    /// <summary>Every article of every file, in order, processed in parallel by <paramref name="pipeline"/> (order kept).</summary>
    public IEnumerable<ArticleResult> Process(IReadOnlyList<string> files, EntentePipeline pipeline) =>
        files.SelectMany(ReadFile)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(pipeline.Process);

    /// <summary>Reports an unreadable input on one line and counts it.</summary>
    public void Report(InputException e)
    {
        Failures++;
        io.Stderr.WriteLine($"entente: {e.Message}");
    }
}
