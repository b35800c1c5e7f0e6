using Entente.Actors;
using Xunit;

namespace Entente.Tests.Actors;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Yoon Suk-yeol", "Yun Suk-yeol")]
    [InlineData("Yoon Suk-yeol", "Yoon Seok-yul")]
    [InlineData("Yoon Suk-yeol", "Yoon Suk Yeol")]
    [InlineData("Yoon Suk-yeol", "YOON SUK-YEOL")]
    [InlineData("Kim Jong Un", "Kim Jong-un")]
    [InlineData("Kim Jong Un", "Kim Jong-eun")]
    [InlineData("Jeong Dong-young", "Chung Dong-young")]
    [InlineData("Ri Chol-ho", "Ri Chul-ho")]
    [InlineData("José Martí", "Jose Marti")]
    [InlineData("O'Brien", "OBrien")]
    public void Spellings_of_one_person_share_a_key(string a, string b)
    {
        Assert.Equal(NameNormalizer.Key(a), NameNormalizer.Key(b));
    }

    [Theory]
    [InlineData("Kim Jong-un", "Kim Yo-jong")]
    [InlineData("Kim Jong-un", "Kim Jong-il")]
    [InlineData("Yoon Suk-yeol", "Yoon Sang-hyun")]
    [InlineData("Lee Jae-myung", "Lee Jun-seok")]
    [InlineData("Wang Yi", "Wang Wenbin")]
    public void Different_people_have_different_keys(string a, string b)
    {
        Assert.NotEqual(NameNormalizer.Key(a), NameNormalizer.Key(b));
    }

    [Fact(Skip = "known gap: syllables are folded per hyphen/space-separated part, so a given name written as one word (Sukyeol) is not split into syllables")]
    public void Given_name_written_as_one_word_shares_the_key()
    {
        Assert.Equal(NameNormalizer.Key("Yoon Suk-yeol"), NameNormalizer.Key("Yoon Sukyeol"));
    }

    [Fact]
    public void Syllables_fold_only_as_whole_syllables()
    {
        // "yoon" folds to "yun" as a syllable, but not inside a longer word.
        Assert.Equal("yun", NameNormalizer.Key("Yoon"));
        Assert.Equal("moonyoon", NameNormalizer.Key("Moonyoon"));
    }

    [Fact]
    public void Empty_and_punctuation_only_names_give_an_empty_key()
    {
        Assert.Equal("", NameNormalizer.Key(""));
        Assert.Equal("", NameNormalizer.Key(" - ' "));
    }
}
