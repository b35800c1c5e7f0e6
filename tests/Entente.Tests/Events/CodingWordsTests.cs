using Entente.Actors;
using Entente.Events.Coding;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>The coding rules' word lists load from data, and a broken file is named in a one-line error.</summary>
public class CodingWordsTests
{
    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "data", "events", CodingWords.FileName);

    [Fact]
    public void The_shipped_lists_load_and_look_words_up_by_span()
    {
        var words = CodingWords.Load(Shipped);
        Assert.True(words.Reporting.Contains("said".AsSpan()));
        Assert.True(words.Cognition.Contains("Estimated".AsSpan()));
        Assert.False(words.Reporting.Contains("estimated".AsSpan()));
        Assert.All(CodingWords.RequiredLists, name => Assert.True(words[name].Count > 0, name));
    }

    [Fact]
    public void A_file_missing_a_list_is_an_error_naming_the_file_and_the_list()
    {
        var file = Path.Combine(Path.GetTempPath(), $"coding-words-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, "reporting\tsay said\n");
        try
        {
            var e = Assert.Throws<DictionaryFormatException>(() => CodingWords.Load(file));
            Assert.Contains(Path.GetFileName(file), e.Message);
            Assert.Contains("cognition", e.Message);
            Assert.DoesNotContain('\n', e.Message);
        }
        finally { File.Delete(file); }
    }
}
