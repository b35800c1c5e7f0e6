using Entente.Language;
using Xunit;

namespace Entente.Tests.Language;

public class InflectorTests
{
    private readonly Inflector _inflector = new();

    [Theory]
    [InlineData("visit", "visits", "visited", "visited", "visiting")]
    [InlineData("deny", "denies", "denied", "denied", "denying")]
    [InlineData("agree", "agrees", "agreed", "agreed", "agreeing")]
    [InlineData("deploy", "deploys", "deployed", "deployed", "deploying")]
    [InlineData("accuse", "accuses", "accused", "accused", "accusing")]
    [InlineData("reach", "reaches", "reached", "reached", "reaching")]
    [InlineData("push", "pushes", "pushed", "pushed", "pushing")]
    [InlineData("fix", "fixes", "fixed", "fixed", "fixing")]
    [InlineData("echo", "echoes", "echoed", "echoed", "echoing")]
    [InlineData("tie", "ties", "tied", "tied", "tying")]
    [InlineData("dye", "dyes", "dyed", "dyed", "dyeing")]
    // A verb of one syllable ending in one consonant after one vowel doubles it.
    [InlineData("shrug", "shrugs", "shrugged", "shrugged", "shrugging")]
    [InlineData("snub", "snubs", "snubbed", "snubbed", "snubbing")]
    [InlineData("spot", "spots", "spotted", "spotted", "spotting")]
    [InlineData("ram", "rams", "rammed", "rammed", "ramming")]
    public void Regular_verbs_follow_spelling_rules(string lemma, string third, string past, string participle, string gerund)
    {
        Assert.Equal(new VerbForms(lemma, third, past, participle, gerund), _inflector.Inflect(lemma));
    }

    [Theory]
    [InlineData("seal", "sealed")]
    [InlineData("bomb", "bombed")]
    [InlineData("shell", "shelled")]
    [InlineData("fix", "fixed")]
    [InlineData("visit", "visited")]
    public void Other_verbs_keep_a_single_final_consonant(string lemma, string past)
    {
        Assert.Equal(past, _inflector.Inflect(lemma).Past);
    }

    [Theory]
    [InlineData("hold", "holds", "held", "held", "holding")]
    [InlineData("send", "sends", "sent", "sent", "sending")]
    [InlineData("meet", "meets", "met", "met", "meeting")]
    [InlineData("go", "goes", "went", "gone", "going")]
    [InlineData("fly", "flies", "flew", "flown", "flying")]
    [InlineData("withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing")]
    [InlineData("patrol", "patrols", "patrolled", "patrolled", "patrolling")]
    [InlineData("pay", "pays", "paid", "paid", "paying")]
    [InlineData("draw", "draws", "drew", "drawn", "drawing")]
    [InlineData("flee", "flees", "fled", "fled", "fleeing")]
    [InlineData("overthrow", "overthrows", "overthrew", "overthrown", "overthrowing")]
    public void Irregular_verbs_and_doubled_consonants_come_from_the_table(string lemma, string third, string past, string participle, string gerund)
    {
        Assert.Equal(new VerbForms(lemma, third, past, participle, gerund), _inflector.Inflect(lemma));
    }

    [Fact]
    public void All_lists_distinct_forms_lemma_first()
    {
        Assert.Equal(["hold", "holds", "held", "holding"], _inflector.Inflect("hold").All);
        Assert.Equal(["go", "goes", "went", "gone", "going"], _inflector.Inflect("go").All);
    }

    [Fact]
    public void Added_exception_replaces_the_regular_forms()
    {
        var inflector = new Inflector();
        Assert.Equal("rebuted", inflector.Inflect("rebute").Past);
        inflector.AddException(new VerbForms("outbid", "outbids", "outbid", "outbid", "outbidding"));
        Assert.Equal("outbid", inflector.Inflect("outbid").Past);
        Assert.Equal("outbidding", inflector.Inflect("outbid").Gerund);
    }

    [Fact]
    public void A_final_l_after_one_vowel_has_its_british_doubled_spelling_too()
    {
        var forms = new Inflector().Inflect("cancel").All.ToList();
        Assert.Contains("canceled", forms);
        Assert.Contains("cancelled", forms);
        Assert.Contains("cancelling", forms);
        // Two vowels before the "l" double nothing: "appealed", never "appealled".
        Assert.Empty(new Inflector().Inflect("appeal").Variants);
        Assert.Empty(new Inflector().Inflect("sail").Variants);
        // Unless they are two syllables: "initialled", "fuelled".
        Assert.Contains("initialled", new Inflector().Inflect("initial").All);
        Assert.Contains("fuelled", new Inflector().Inflect("fuel").All);
    }
}
