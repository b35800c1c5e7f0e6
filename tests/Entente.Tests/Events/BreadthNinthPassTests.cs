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
        OneAssault(sentence, source, target, "target:attack-subject");
    }

    // The sentence's one attack, by <source> on <target>, shaped by <rule>.
    private static void OneAssault(string sentence, string source, string target, string rule)
    {
        var attack = Assert.Single(Output(sentence), e => e.Type == EventType.Assault);
        Assert.Equal(source, attack.Source.Code.Value);
        Assert.Equal(target, attack.Target?.Code.Value);
        Assert.Contains(rule, attack.Rules);
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

    [Theory]
    [InlineData("Ethiopia massed troops near the Eritrean border.", "ETH", "ERI")]
    [InlineData("Russia moved troops to the Finnish border on Monday.", "RUS", "FIN")]
    public void Force_sent_to_a_border_named_by_another_peoples_adjective_faces_that_state(string sentence, string source, string target)
    {
        var mobilised = Assert.Single(Output(sentence), e => e.Type == EventType.Mobilize);
        Assert.Equal(source, mobilised.Source.Code.Value);
        Assert.Equal(target, mobilised.Target?.Code.Value);
    }

    [Fact]
    public void Force_sent_to_its_own_border_faces_no_one()
    {
        var mobilised = Assert.Single(Output("Poland sent soldiers to its eastern border."), e => e.Type == EventType.Mobilize);
        Assert.Null(mobilised.Target);
    }

    [Fact]
    public void They_after_an_organisations_members_met_somewhere_is_the_organisation_not_the_host()
    {
        Has("Foreign ministers of the Arab League met in Cairo on Sunday. They condemned Israeli strikes in Lebanon.", EventType.Accuse, "ARL", "ISR");
        // An organisation named only after the verb, as the occasion, is not whom "they" means.
        Assert.DoesNotContain(Output("Peru's and Chile's ministers met on the sidelines of the OAS assembly in Lima, where they criticised Bolivia."),
            e => e.Type == EventType.Accuse && e.Source.Code.Value == "OAS");
    }

    [Fact]
    public void A_news_agency_reporting_a_launch_tells_the_launch()
    {
        var launch = Assert.Single(Output("Kyodo news agency reported that North Korea fired a ballistic missile into the sea on Monday."));
        Assert.Equal(EventType.Mobilize, launch.Type);
        Assert.Equal("PRK", launch.Source.Code.Value);
        // A movement it reports rests on others' intelligence and stays its account.
        Assert.Empty(Output("Kyodo news agency reported that North Korea had moved missile launchers to its east coast."));
    }

    [Fact]
    public void A_named_monitoring_group_reporting_force_tells_the_act_and_victims_counted_are_not_its_members()
    {
        Has("Human Rights Watch said Ethiopian troops killed dozens of villagers in Tigray in March.", EventType.Assault, "ETH", null);
        var strike = Assert.Single(Output("The monitoring group Airwars said at least nine civilians were killed in Turkish strikes on the Iraqi town of Sinjar."));
        Assert.Equal("TUR", strike.Source.Code.Value);
        Assert.Equal("IRQ", strike.Target?.Code.Value);
    }

    [Fact]
    public void Witnesses_telling_what_befell_them_are_not_a_monitors_report()
    {
        Assert.Empty(Output("Filipino fishermen said Chinese coast guard vessels rammed their boat near Scarborough Shoal."));
    }

    [Theory]
    [InlineData("Armenian forces repelled an Azerbaijani attack near Sotk on Tuesday.", "AZE", "ARM")]
    [InlineData("Israel said its forces fended off a Hezbollah raid on Monday.", "LBN", "ISR")]
    public void An_attack_repelled_is_the_attackers_act(string sentence, string source, string target)
    {
        OneAssault(sentence, source, target, "target:intercepted-projectiles");
    }

    [Fact]
    public void A_toll_told_in_the_lead_that_retells_the_headline_is_no_second_attack()
    {
        var attack = Assert.Single(Output("Russians drop glide bombs on Kherson: 2 killed\n\nRussian forces attacked Kherson with glide bombs on Monday afternoon, "
                                          + "killing two people and injuring five."), e => e.Type == EventType.Assault);
        Assert.Equal("UKR", attack.Target?.Code.Value);
        Assert.Equal(1, attack.SentenceIndex);
    }

    [Fact]
    public void The_city_struck_is_the_settlement_named_before()
    {
        var events = Output("Russian troops shelled Kherson on Monday. Russian drones struck the city again on Tuesday, the governor said.");
        var again = Assert.Single(events, e => e.SentenceIndex == 1);
        Assert.Equal("UKR", again.Target?.Code.Value);
        Assert.Equal(Entente.Events.Coding.PlaceIsTarget.SettlementBeforeRule, again.Target!.Antecedent!.Rule);
        // A city the parse names in the same phrase is that one, not the one before.
        var named = Output("Russian troops shelled Kherson on Monday. Belarusian drones struck the city of Vilnius on Tuesday.");
        Assert.Contains(named, e => e.SentenceIndex == 1 && e.Target?.Code.Value == "LTU");
    }

    [Fact]
    public void An_act_marked_as_earlier_is_background()
    {
        Assert.Empty(Output("Ghana previously hosted talks between Togo and Benin."));
        Assert.Empty(Output("Egypt once sent troops to Yemen."));
        Has("Ghana hosted talks between Togo and Benin on Monday.", EventType.Consult, "GHA", "TGO");
    }

    [Fact]
    public void The_parties_of_talks_or_a_deal_a_mediator_brought_about_meet_or_agree_with_each_other()
    {
        Has("Ghana hosted talks between Togo and Benin in Accra on Monday.", EventType.Consult, "TGO", "BEN");
        Has("Qatar brokered a deal between Rwanda and Congo on Monday.", EventType.Agree, "RWA", "COD");
        // Talks only offered are no meeting of the parties.
        Assert.DoesNotContain(Output("Turkey offered to host talks between Russia and Ukraine."), e => e.Source.Code.Value == "RUS");
    }
}
