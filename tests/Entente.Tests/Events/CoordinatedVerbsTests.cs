using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// A complaint or a coercion by one actor of one target told by two verbs joined by "and" is one act
/// (coreference:one-act-two-verbs); two sanctions of different measures, or acts of two actors, stay apart. Every sentence
/// was written for these tests.
/// </summary>
public class CoordinatedVerbsTests
{
    [Theory]
    [InlineData("The Peruvian navy arrested 12 Chilean fishermen and seized their boats.", EventType.Coerce)]
    [InlineData("Lima condemned the incursion by Chilean troops and lodged a protest with Santiago.", EventType.Accuse)]
    [InlineData("Peru condemned Chile and accused it of spying.", EventType.Accuse)]
    public void Two_verbs_of_one_complaint_or_coercion_make_one_event(string sentence, EventType type)
    {
        var one = Assert.Single(Output(sentence), e => e.Type == type);
        Assert.Contains(EventCoreference.OneActTwoVerbsRule, one.Rules);
    }

    [Fact]
    public void Damage_done_by_an_attack_named_as_the_subject_is_part_of_the_attack()
    {
        // drop:damage-of-the-attack: the attack, told as the subject's noun, set the fire.
        var events = Output("A Bolivian drone attack set fire to a fuel depot in the Chilean city of Arica overnight.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "BOL" && e.Target?.Code.Value == "CHL");
        Assert.DoesNotContain(events, e => e.Type == EventType.Coerce);
    }

    [Fact]
    public void Acts_of_two_actors_stay_two()
    {
        var events = Output("Peru condemned Chile on Monday and Bolivia accused Chile on Tuesday.");
        Assert.Equal(2, events.Count(e => e.Type == EventType.Accuse));
    }
}

/// <summary>
/// A headline with no date of its own carries the story's date, not the act's: in a dated story whose body tells the act
/// "on Thursday", the headline is still a retelling of it (coreference:headline). Sentences written for these tests.
/// </summary>
public class DatedStoryHeadlineTests
{
    [Fact]
    public void A_headline_folds_into_the_body_act_told_on_an_earlier_weekday()
    {
        var events = Output("Peru joins the OECD\n\nLIMA, May 6, 2022 — Peru joined the OECD on Thursday, the foreign ministry said.");
        var joined = Assert.Single(events, e => e.Type == EventType.Cooperate);
        Assert.Contains(EventCoreference.HeadlineRule, joined.Rules);
    }
}

/// <summary>
/// A headline's comma stands for "and" before the verb both names do ("S. Korea, Canada sign …"), however the parse hangs
/// the first name; headline abbreviations of states ("S. Africa", "N. Macedonia") name them. Sentences written for these tests.
/// </summary>
public class HeadlineListTests
{
    [Fact]
    public void Two_names_a_headline_lists_with_a_comma_act_together()
    {
        // The parse makes "S. Korea" the root and "Canada sign …" a clause describing it.
        Has("S. Korea, Canada sign defence industry pact amid tariff row", EventType.Agree, "KOR", "CAN");
    }

    [Fact]
    public void Names_completing_the_noun_that_opens_the_sentence_are_one_subject()
    {
        // The parse makes "the United States" a subject of its own; "Officials from …" would then have no verb.
        Has("Officials from Peru and the United States held talks in Lima on Monday.", EventType.Consult, "PER", "USA");
    }

    [Fact]
    public void Headline_abbreviations_name_their_states()
    {
        Has("S. Africa, Kenya sign visa waiver deal", EventType.Agree, "ZAF", "KEN");
    }
}

/// <summary>
/// Blame after a comma ("…, accusing X of …", list 'blame-participle') is the governing subject's next act, not part of an
/// infinitive complement before it that the parse hangs it on. Sentences written for these tests.
/// </summary>
public class BlameAfterComplementTests
{
    [Fact]
    public void Blame_after_an_ordered_departure_is_the_expellers_accusation()
    {
        Has("Peru recalled its ambassador from Bolivia and gave Bolivian diplomats two days to leave the country, accusing La Paz of arming smugglers.",
            EventType.Accuse, "PER", "BOL");
    }
}
