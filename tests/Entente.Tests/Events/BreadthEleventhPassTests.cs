using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of an eleventh pass. Every sentence was written for these tests.
/// </summary>
public class BreadthEleventhPassTests
{
    [Fact]
    public void A_word_of_an_actors_own_name_is_no_act()
    {
        Assert.DoesNotContain(Output("The Defense Security Cooperation Agency notified Congress of a possible sale of radars to Poland."),
            e => e.Type == EventType.Cooperate);
        // A headline in title case capitalises verbs too; a verb is still read.
        Assert.Contains(Output("Chinese Coast Guard Ships Entered Japan's Waters Near the Senkakus"), e => e.Source.Code.Value == "CHN");
    }

    [Theory]
    [InlineData("Azerbaijan stopped supplying gas to Georgia on Monday.", "AZE", "GEO", "162")]
    [InlineData("Algeria ceased buying wheat from France in October.", "DZA", "FRA", "163")]
    public void Help_a_verb_of_stopping_cuts_off_is_a_sanction(string sentence, string source, string target, string cameo)
    {
        var events = Output(sentence);
        var sanction = Assert.Single(events);
        Assert.Equal((EventType.Sanction, source, target, cameo), (sanction.Type, sanction.Source.Code.Value, sanction.Target?.Code.Value, sanction.Cameo));
    }

    [Theory]
    [InlineData("The Chilean prime minister and the Peruvian prime minister held talks in Lima.", "CHL", "PER")]
    [InlineData("The Kenyan foreign minister and the Somali defence minister met in Nairobi on Monday.", "KEN", "SOM")]
    public void Two_titles_of_two_words_joined_by_and_are_one_group(string sentence, string source, string target)
    {
        var meeting = Assert.Single(Output(sentence), e => e.Type == EventType.Consult);
        Assert.Equal((source, target), (meeting.Source.Code.Value, meeting.Target?.Code.Value));
    }

    [Theory]
    [InlineData("Iran fires ballistic missile into Gulf; Riyadh, Doha condemn launch")]
    [InlineData("Pakistan fires cruise missile into Arabian Sea; New Delhi, Kabul condemn test")]
    public void Names_past_a_semicolon_are_not_the_object_of_the_clause_before_it(string headline)
    {
        var launch = Assert.Single(Output(headline), e => e.Type == EventType.Mobilize);
        Assert.Null(launch.Target);
    }

    [Fact]
    public void The_office_is_the_office_named_last()
    {
        var events = Output("Ethiopia tested a new rocket on Monday. Kenya's presidential office held an emergency meeting. "
                            + "The office condemned the test and urged Addis Ababa to show restraint.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "KEN" && e.Target?.Code.Value == "ETH");
        Assert.Contains(events, e => e.Type == EventType.Request && e.Source.Code.Value == "KEN" && e.Target?.Code.Value == "ETH");
    }

    [Fact]
    public void A_journey_to_discuss_something_with_a_body_is_a_visit_to_that_body()
    {
        var visit = Assert.Single(Output("Kenya's president flew to Addis Ababa on Monday to discuss the drought with African Union officials."));
        Assert.Equal((EventType.Consult, "KEN", "AU"), (visit.Type, visit.Source.Code.Value, visit.Target?.Code.Value));
        Assert.Contains("target:journey-counterpart", visit.Rules);
    }

    [Fact]
    public void Help_with_no_recipient_named_goes_to_the_state_the_story_says_is_helped()
    {
        const string Story = "Donors pledge food aid for Sudan at Paris conference\n\nDonor governments met in Paris on Monday to raise money for "
                             + "the relief effort. France will provide 40 tonnes of medicine, its foreign minister said. Egypt said it had delivered 200 tents.";
        var events = Output(Story);
        var delivery = Assert.Single(events, e => e.Type == EventType.Aid && e.Mode == EventMode.Happened);
        Assert.Equal(("EGY", "SDN"), (delivery.Source.Code.Value, delivery.Target?.Code.Value));
        Assert.Contains("target:story-recipient", delivery.Rules);
        Assert.Contains(events, e => e.Source.Code.Value == "FRA" && e.Target?.Code.Value == "SDN");
        // With no state named as helped, the help stays without a recipient and is not written down.
        Assert.DoesNotContain(Output("Donor governments met in Paris on Monday. Egypt said it had delivered 200 tents."), e => e.Type == EventType.Aid);
    }

    [Fact]
    public void A_states_partners_or_backers_are_not_that_state()
    {
        Assert.DoesNotContain(Output("Ukraine's partners pledged fresh aid on Friday."), e => e.Source.Code.Value == "UKR");
        // A capitalised word is part of a name: "Halden Partners" is a company, the possessive before it still its state's.
        Assert.Contains(Output("Chinese police raided the Shanghai office of U.S. consultancy Halden Partners on Monday."), e => e.Target?.Code.Value == "USA");
    }

    [Theory]
    [InlineData("ESTONIA last night expelled a Russian diplomat accused of spying.", "EST", "RUS")]
    [InlineData("Latvia booted out two Belarusian diplomats on Friday.", "LVA", "BLR")]
    public void An_expulsion_in_a_tabloids_words_and_capitals_is_an_expulsion(string sentence, string source, string target)
    {
        var expulsion = Assert.Single(Output(sentence));
        Assert.Equal((EventType.Sanction, source, target), (expulsion.Type, expulsion.Source.Code.Value, expulsion.Target?.Code.Value));
    }

    [Fact]
    public void A_short_word_in_capitals_stays_an_acronym()
    {
        // Four letters or fewer in capitals are left to the dictionary as written, as acronyms are: "OMAN" is not read as Oman.
        Assert.DoesNotContain(Output("OMAN Airlines said on Monday it would resume flights."), e => e.Source.Code.Value == "OMN");
    }

    [Fact]
    public void A_protest_right_after_another_states_condemnation_joins_it_against_the_one_condemned()
    {
        var events = Output("Ethiopia fired a ballistic missile into the Red Sea on Monday. Kenya's army raised its alert level along the border. "
                            + "Kenya's presidential office condemned the launch. Uganda lodged a protest, its foreign ministry said.");
        var protest = Assert.Single(events, e => e.Source.Code.Value == "UGA");
        Assert.Equal("ETH", protest.Target?.Code.Value);
        Assert.StartsWith("target:protest-answers-act <- condemned:", protest.Target!.Rule);
    }

    [Theory]
    [InlineData("Belarus launched about 300 balloons carrying contraband toward Lithuania overnight.", "BLR", "LTU")]
    [InlineData("Belarus sent dozens of balloons into Lithuania on Sunday.", "BLR", "LTU")]
    public void Balloons_sent_across_a_border_coerce_the_state_they_are_sent_into(string sentence, string source, string target)
    {
        var balloons = Assert.Single(Output(sentence));
        Assert.Equal((EventType.Coerce, source, target), (balloons.Type, balloons.Source.Code.Value, balloons.Target?.Code.Value));
    }

    [Theory]
    [InlineData("Chile did not attend the summit, accusing Peru of bad faith.", EventType.Accuse, "CHL", "PER")]
    [InlineData("Hungary said it would not take in migrants, rejecting an EU plan to share them.", EventType.Reject, "HUN", "EU")]
    public void A_participle_after_a_comma_is_not_governed_by_the_negation_before_it(string sentence, EventType type, string source, string target)
    {
        var act = Assert.Single(Output(sentence), e => e.Type == type);
        Assert.Equal((source, target, EventMode.Happened), (act.Source.Code.Value, act.Target?.Code.Value, act.Mode));
    }
}
