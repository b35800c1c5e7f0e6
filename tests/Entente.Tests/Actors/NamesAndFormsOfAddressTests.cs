using Entente.Actors;
using Entente.Actors.Discourse;
using Entente.Articles;
using Entente.Language;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Actors;

/// <summary>
/// Names written in house styles: forms of address, particles joined by a hyphen, a state's possessive before another
/// state's body name, title-case acronyms, a body's name several states use. Sentences written for these tests.
/// </summary>
public class NamesAndFormsOfAddressTests
{
    private static Document Read(string text) => SharedPipeline.Instance.Read(new Article("d.txt", text));

    private static ActorMention Mention(Document d, string words) =>
        Assert.Single(d.Actors, m => d.SliceTokens(m.FirstToken, m.EndToken) == words);

    [Fact]
    public void A_form_of_address_alone_is_the_person_first_addressed_so()
    {
        var d = Read("His Royal Highness Prince Faisal bin Farhan met Kenyan President William Ruto in Riyadh on Monday. "
                     + "At the meeting, His Royal Highness welcomed the Kenyan delegation.");
        var addressed = Mention(d, "His Royal Highness");
        Assert.Equal("SAU", addressed.Actor.Code.Value);
        Assert.Equal(PersonPronounRule.HonorificRule, addressed.Actor.Antecedent!.Rule);
    }

    [Fact]
    public void A_form_of_address_given_to_no_one_before_stands_for_no_one()
    {
        var d = Read("Kenyan President William Ruto arrived in Riyadh on Monday. His Excellency welcomed the delegation.");
        Assert.DoesNotContain(d.Actors, m => d.SliceTokens(m.FirstToken, m.EndToken) is "His Excellency" or "His");
    }

    [Fact]
    public void A_given_name_before_a_hyphenated_particle_is_no_known_persons_surname()
    {
        // "Ahmed" alone is the surname of a known Ethiopian leader; "Ahmed al-Mansouri" is someone else.
        var d = Read("Libyan envoy Ahmed al-Mansouri criticised Egypt on Monday.");
        var envoy = Mention(d, "Ahmed al-Mansouri");
        Assert.Equal("LBY", envoy.Actor.Code.Value);
    }

    [Fact]
    public void A_states_possessive_before_a_body_named_as_another_states_makes_it_that_states_body()
    {
        var d = Read("Poland's Ministry of National Defence accused Belarus of sending migrants across the border.");
        Assert.Equal("POL", Mention(d, "Poland's Ministry of National Defence").Actor.Code.Value);
        // The bare name, which several states' ministries share, is South Korea's in a story that names it, else the story's state's.
        var korean = Read("Seoul's defence chief spoke on Monday. The Ministry of National Defense said it had tracked the drones.");
        Assert.Equal("KOR", Mention(korean, "Ministry of National Defense").Actor.Code.Value);
        var taiwanese = Read("Taiwan said Chinese ships sailed near Taiwan on Monday. The Ministry of National Defense said it had tracked 34 aircraft.");
        Assert.Equal("TWN", Mention(taiwanese, "Ministry of National Defense").Actor.Code.Value);
    }

    [Theory]
    [InlineData("Nato accused Russia of sabotage on Tuesday.", "Nato", "NATO")]
    [InlineData("Ecowas suspended Guinea on Friday.", "Ecowas", "ECOWAS")]
    public void An_acronym_written_in_title_case_is_the_body(string sentence, string words, string code)
    {
        Assert.Equal(code, Mention(Read(sentence), words).Actor.Code.Value);
    }

    [Fact]
    public void A_member_of_a_body_several_states_name_alike_belongs_to_the_storys_state()
    {
        var d = Read("Syria's interim government and SDF commander Mazloum Abdi signed an agreement in Damascus on Monday.");
        Assert.Equal("SYR", Mention(d, "Mazloum Abdi").Actor.Code.Value);
    }
}
