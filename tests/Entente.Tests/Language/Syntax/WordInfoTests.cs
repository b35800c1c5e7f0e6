using Entente.Language.Syntax;
using Xunit;

namespace Entente.Tests.Language.Syntax;

public class WordInfoTests
{
    [Theory]
    [InlineData("Xi")]
    [InlineData("al-Sudani")]
    [InlineData("F-16s")]
    [InlineData("2024")]
    [InlineData("`Abd")]
    [InlineData("O’Brien")]
    [InlineData("Łukaszenka")]
    [InlineData("ÉRIC")]
    [InlineData("Rodríguez—")]
    [InlineData("")]
    public void The_exact_hash_alone_is_the_one_the_full_word_info_holds(string word) =>
        Assert.Equal(WordInfo.Of(word).Exact, WordInfo.ExactOf(word));

    [Fact]
    public void A_gazetteer_built_from_exact_hashes_flags_its_names_and_demonyms()
    {
        var names = NameGazetteer.Of(["Xi", "O’Brien"], ["Chilean", "Chileans"]);
        Assert.Equal(WordFlags.KnownName, names.FlagOf(WordInfo.Of("O'Brien")));
        Assert.Equal(WordFlags.KnownDemonym, names.FlagOf(WordInfo.Of("Chilean")));
        Assert.NotEqual(WordFlags.KnownDemonym, names.FlagOf(WordInfo.Of("Chileans")));
        Assert.True(names.Contains(WordInfo.Of("Xi")));
    }
}
