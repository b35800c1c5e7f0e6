using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of a ninth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthNinthPassTests
{
    [Theory]
    [InlineData("Turkish strikes on Kobani killed five people.", "TUR", "SYR")]
    [InlineData("Israeli strikes on Khan Younis killed 12 people, medics said.", "ISR", "PSE")]
    public void Force_told_by_a_verb_whose_subject_is_the_attack_is_aimed_where_the_attack_was(string sentence, string source, string target)
    {
        var attack = Assert.Single(Output(sentence), e => e.Type == EventType.Assault);
        Assert.Equal(source, attack.Source.Code.Value);
        Assert.Equal(target, attack.Target?.Code.Value);
        Assert.Contains("target:attack-subject", attack.Rules);
    }

    [Fact]
    public void An_attack_by_no_actor_is_no_event()
    {
        Assert.Empty(Output("The storm's attack on the coast killed ten people."));
    }

    [Theory]
    [InlineData("Maoist rebels attack police camp in Chhattisgarh, killing three officers\n\nMaoist rebels attacked a police camp in Sukma district of India's Chhattisgarh state on Sunday, killing three officers and wounding two, police said.")]
    [InlineData("Al-Shabaab fighters storm army base in Somalia, killing nine soldiers\n\nAl-Shabaab fighters stormed a Somali army base near Mogadishu on Friday, killing nine soldiers, the army said.")]
    public void An_attack_and_its_toll_told_in_the_headline_and_again_in_the_lead_are_one_event(string article)
    {
        var attack = Assert.Single(Output(article), e => e.Type == EventType.Assault);
        Assert.Equal(1, attack.SentenceIndex);
        Assert.Contains("coreference:headline", attack.Rules);
    }

    [Fact]
    public void An_act_described_as_a_condemning_thing_criticises_its_doer()
    {
        Has("Algeria described Morocco's move as a dangerous escalation.", EventType.Accuse, "DZA", "MAR");
        Has("Ghana said the incursion was a provocation by Togo.", EventType.Accuse, "GHA", "TGO");
    }

    [Fact]
    public void A_naming_made_a_habit_of_is_no_act()
    {
        Assert.Empty(Output("Caracas routinely describes the US Southern Command as a tool of aggression."));
    }

    [Fact]
    public void A_designation_is_one_act_not_also_a_criticism()
    {
        var events = Output("Chile designated the Bolivian gang as a terrorist organisation on Monday.");
        Assert.Single(events);
        Assert.Equal(EventType.Sanction, events[0].Type);
    }
}
