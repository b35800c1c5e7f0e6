using Entente.Actors;
using Entente.Actors.Discourse;
using Entente.Articles;
using Entente.Language;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Actors;

/// <summary>
/// "He" and "she" agree with the person they stand for: a title or role word at the name, else a given name the
/// dictionary knows for one sex. Sentences written for these tests.
/// </summary>
public class GenderTests
{
    private static Document Read(string text, DateOnly? published = null) =>
        SharedPipeline.Instance.Read(new Article("d.txt", text) { Published = published });

    private static ActorMention Only(Document d, string word) =>
        Assert.Single(d.Actors, m => m.Kind == MentionKind.Reference && d.SliceTokens(m.FirstToken, m.EndToken) == word);

    [Fact]
    public void She_passes_over_a_man_named_after_the_woman_she_stands_for()
    {
        var d = Read("Swedish Foreign Minister Maria Stenberg hosted her Finnish counterpart Peter Virtanen in Stockholm. After the talks, she accused Russia of jamming GPS signals.");
        Assert.Equal("SWE", Only(d, "she").Actor.Code.Value);
        // The same sentence with a man as host: the last person named.
        var he = Read("Swedish Foreign Minister Peter Stenberg hosted his Finnish counterpart Mikael Virtanen in Stockholm. After the talks, he accused Russia of jamming GPS signals.");
        Assert.Equal("FIN", Only(he, "he").Actor.Code.Value);
    }

    [Fact]
    public void A_title_or_role_word_at_the_name_says_the_sex_when_the_given_name_does_not()
    {
        var d = Read("Peru's envoy Lucho Quispe left after Chilean spokeswoman Ximena Ortuzar spoke. Later he urged Chile to release the fishermen.");
        Assert.Equal("PER", Only(d, "he").Actor.Code.Value);
        var mister = Read("Chilean Foreign Minister Ximena Ortuzar received Peru's ambassador, Mr. Lucho Quispe, on Monday. Afterwards, she asked Peru to reopen the border.");
        Assert.Equal("CHL", Only(mister, "she").Actor.Code.Value);
    }

    [Fact]
    public void Him_never_stands_for_a_woman()
    {
        var d = Read("Peru's envoy Carlos Quispe was summoned by Chilean Foreign Minister Ana Ortuzar, who handed him a note of protest.");
        Assert.Equal("PER", Only(d, "him").Actor.Code.Value);
    }

    [Fact]
    public void Given_names_load_from_the_people_dictionary_and_bad_genders_are_refused()
    {
        var dictionary = ActorDictionary.LoadDefault();
        Assert.Equal(Gender.Female, dictionary.GenderOfGivenName("Annalena"));
        Assert.Equal(Gender.Male, dictionary.GenderOfGivenName("Olaf"));
        Assert.Equal(Gender.Unknown, dictionary.GenderOfGivenName("Kim"));
        var file = Path.Combine(Path.GetTempPath(), $"entente-genders-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, "neuter\tAlex|Sam\n");
        try
        {
            var error = Assert.Throws<DictionaryFormatException>(() => ActorDictionary.Load([file]));
            Assert.Contains("unknown gender 'neuter'", error.Message);
            Assert.Contains(Path.GetFileName(file), error.Message);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void A_state_named_with_a_known_person_places_them_when_the_dictionary_has_them_elsewhere_on_the_date()
    {
        // On this date the dictionary has her presiding over the UN General Assembly; the story names her as Germany's.
        var date = new DateOnly(2026, 3, 1);
        var possessive = Read("Germany's Baerbock urged Israel to open more crossings into Gaza.", date);
        Assert.Contains(possessive.People, p => p.Known == "Annalena Baerbock" && p.Code?.Value == "DEU");
        var titledLater = Read("Baerbock urges Israel to open crossings\n\nGerman Foreign Minister Annalena Baerbock called on Israel to open more crossings into Gaza.", date);
        Assert.Contains(titledLater.People, p => p.Known == "Annalena Baerbock" && p.Code?.Value == "DEU");
        // Untitled, the dictionary's office on the date stands.
        var untitled = Read("Annalena Baerbock urged Israel to open more crossings into Gaza.", date);
        Assert.Contains(untitled.People, p => p.Known == "Annalena Baerbock" && p.Code?.Value == "UN");
    }

    [Fact]
    public void Only_the_title_right_before_a_name_says_the_sex()
    {
        // "Queen" two words before "Boris Lind" titles no one of his; he is a man by his given name.
        var d = Read("The Queen met Boris Lind, Sweden's ambassador, in Copenhagen. Later he urged Norway to join the talks.");
        Assert.Equal("SWE", Only(d, "he").Actor.Code.Value);
    }
}
