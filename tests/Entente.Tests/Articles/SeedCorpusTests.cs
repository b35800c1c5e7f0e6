using Xunit;
using Xunit.Abstractions;
using Entente.Articles;

namespace Entente.Tests.Articles;

public class SeedCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] Furniture =
        ["Related\u00A0", "Related ", "Discover more from", "Subscribe to", "People are also reading", "Home Back", "Epoch Times Photo",
         "contributed to this", "contributed to the article", "(Provided by"];

    [SeedFact]
    public void Seed_files_lose_their_boilerplate_and_keep_their_sentences()
    {
        var files = ArticleReader.ExpandInputs([SeedCorpus.Folder()!]);
        Assert.Equal(5, files.Count);
        foreach (var file in files)
        {
            var article = Assert.Single(ArticleReader.Read(file));
            Assert.Equal(ArticleReader.SourceId(file), article.Id);
            output.WriteLine($"==== {article.Id}\n{article.Text}\n");

            foreach (var paragraph in article.Text.Split("\n\n"))
                foreach (var marker in Furniture)
                    Assert.False(paragraph.StartsWith(marker, StringComparison.Ordinal) || paragraph.Contains(marker, StringComparison.Ordinal),
                        $"{article.Id}: boilerplate '{marker}' left in: {paragraph}");
            Assert.DoesNotContain("\n,\n", article.Text);

            // Every long raw line that is a sentence (ends with a full stop and is not furniture) survives cleaning.
            string raw = File.ReadAllText(file);
            int kept = 0;
            foreach (var line in raw.Split('\n'))
            {
                var t = line.Trim();
                if (t.Length < 80 || !t.EndsWith('.') || BoilerplateRules.IsBoilerplate(t) || BoilerplateRules.IsClosingBio(t)) continue;
                string collapsed = string.Join(' ', t.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
                Assert.Contains(collapsed[..60], article.Text);
                kept++;
            }
            Assert.True(kept > 0, $"{article.Id}: no sentence lines checked");
        }
    }

    [SeedFact]
    public void Seed_headlines_stay_separate_paragraphs()
    {
        foreach (var file in ArticleReader.ExpandInputs([SeedCorpus.Folder()!]))
        {
            var article = ArticleReader.Read(file).Single();
            var firstRawLine = File.ReadLines(file).Select(l => l.Trim()).First(l => l.Length > 0 && !BoilerplateRules.IsBoilerplate(l));
            if (firstRawLine.Length > 150) continue; // starts straight with body text
            Assert.StartsWith(firstRawLine + "\n\n", article.Text);
        }
    }
}
