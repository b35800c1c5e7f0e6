using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Mechanisms of an eighth pass. Every sentence was written for these tests.
/// </summary>
public class BreadthEighthPassTests
{
    [Theory]
    [InlineData("Chile condemns in the strongest possible terms Bolivia's seizure of the trucks.", "CHL", "BOL")]
    [InlineData("Ghana condemns in the strongest terms the raid on its embassy by Togo.", "GHA", "TGO")]
    public void An_object_put_after_a_phrase_of_manner_is_the_verbs_object(string sentence, string source, string target)
    {
        Has(sentence, EventType.Accuse, source, target);
    }

    [Fact]
    public void A_body_described_by_a_role_of_another_sector_is_a_domestic_counterpart()
    {
        Has("Ghana's president criticised the court on Monday.", EventType.Accuse, "GHA", "GHA");
        Has("The Kenyan president praised the army on Friday.", EventType.Support, "KEN", "KEN");
    }

    [Fact]
    public void Insisting_on_a_fact_asserts_it_and_insisting_on_an_act_demands_it()
    {
        var asserted = Output("Peru insisted on Monday that Ecuador had attacked its border posts.");
        Assert.DoesNotContain(asserted, e => e.Type == EventType.Request);
        Has("Peru insisted on Monday that Ecuador had attacked its border posts.", EventType.Accuse, "PER", "ECU");
        Assert.Empty(Output("Peru's army chief insisted on Monday that the troops had never crossed into Ecuador."));
        Has("China insisted that Japan stop its patrols.", EventType.Request, "CHN", "JPN");
    }

    [Fact]
    public void A_demand_read_by_its_verb_and_by_must_is_one_event()
    {
        var events = Output("Peru insisted that Ecuador must release the fishermen.");
        var demand = Assert.Single(events, e => e.Type == EventType.Request);
        Assert.Equal("ECU", demand.Target?.Code.Value);
        Assert.Contains("coreference:read-twice", demand.Rules);
    }

    [Fact]
    public void A_refused_concession_is_not_aimed_at_home()
    {
        var refusal = Assert.Single(Output("\"We will not accept these conditions,\" the Bolivian president said on Monday."), e => e.Type == EventType.Reject);
        Assert.Equal("BOL", refusal.Source.Code.Value);
        Assert.Null(refusal.Target);
    }

    [Fact]
    public void A_subdivision_named_after_a_peoples_adjective_is_the_scene_of_an_unnamed_groups_act()
    {
        Has("Gunmen killed two Canadian tourists in the Mexican state of Sonora, Canada's foreign ministry said.", EventType.Assault, "MEX", "CAN");
    }

    [Theory]
    [InlineData("A suicide bomber killed nine people at a bus station in Maiduguri, Nigeria, on Friday.", EventType.Assault, "NGA")]
    [InlineData("Bandits kidnapped 20 villagers in Zamfara, Nigeria, on Tuesday.", EventType.Coerce, "NGA")]
    public void Unnamed_attackers_are_of_the_state_where_they_struck(string sentence, EventType type, string state)
    {
        Has(sentence, type, state, state);
    }

    [Fact]
    public void A_claim_of_the_attack_after_a_semicolon_is_the_attack_told_again()
    {
        var attack = Assert.Single(Output("A suicide bomber killed six soldiers at a checkpoint in Mogadishu; al-Shabaab claimed the attack."), e => e.Type == EventType.Assault);
        Assert.Contains("coreference:responsibility-claim", attack.Rules);
    }

    [Fact]
    public void A_combined_exercise_is_a_joint_one_but_a_combined_strike_is_one_states_attack()
    {
        Has("The Chilean and Peruvian navies wrapped up a combined exercise off Arica on Friday.", EventType.Cooperate, "CHL", "PER");
        HasNo("Russia launched a combined strike on Kharkiv with missiles and drones.", EventType.Cooperate);
    }

    [Fact]
    public void A_chargé_written_without_its_accent_is_still_the_envoy_summoned()
    {
        Has("Poland summoned Belarus's charge d'affaires over the border incident.", EventType.Accuse, "POL", "BLR");
    }

    [Fact]
    public void A_ministry_no_one_named_goes_on_with_the_state_whose_organ_opened_the_sentence_before()
    {
        const string story = "TALLINN (AP) - Estonia hosted a meeting of Baltic ministers on Monday. Separately, Latvia's defence ministry said two "
            + "Russian helicopters had crossed into Latvian airspace on Tuesday. The foreign ministry summoned Russia's ambassador over the incident.";
        Has(story, EventType.Accuse, "LVA", "RUS");
        Assert.DoesNotContain(Output(story), e => e.Type == EventType.Accuse && e.Source.Code.Value == "EST");
    }

    [Fact]
    public void What_slams_into_a_place_strikes_it()
    {
        Has("Armenian shells slammed into Azerbaijani positions near Lachin overnight.", EventType.Assault, "ARM", "AZE");
        Has("The Armenian minister slammed Azerbaijan's decision.", EventType.Accuse, "ARM", "AZE");
    }

    [Fact]
    public void A_ship_flying_a_flag_makes_no_flight()
    {
        HasNo("Argentina's coast guard detained a trawler flying the Spanish flag off Mar del Plata.", EventType.Mobilize);
        Has("Russian bombers flew over the Baltic Sea on Tuesday.", EventType.Mobilize, "RUS", null);
    }

    [Theory]
    [InlineData("Tanzania's opposition leader Tundu Lissu met President Samia Suluhu Hassan in Dar es Salaam on Friday.", EventType.Consult, "TZA")]
    [InlineData("Uganda's opposition leader Bobi Wine accused the army of abducting his supporters.", EventType.Accuse, "UGA")]
    public void An_opposition_leader_is_another_actor_of_the_same_state(string sentence, EventType type, string state)
    {
        Has(sentence, type, state, state);
    }

    [Fact]
    public void Sending_back_those_who_fled_is_a_deportation_and_returning_the_dead_a_concession()
    {
        Has("China forcibly repatriated 60 North Korean defectors on Friday.", EventType.Coerce, "CHN", "PRK");
        Has("Russia repatriated the bodies of 500 soldiers to Ukraine.", EventType.Concede, "RUS", "UKR");
    }

    [Fact]
    public void A_halt_declared_to_ones_own_strikes_is_a_truce_and_knocking_sites_offline_a_cyberattack()
    {
        Has("Armenia declared a 48-hour halt to shelling on Azerbaijani positions near the border.", EventType.Retreat, "ARM", "AZE");
        Has("Chinese hackers knocked Philippine government websites offline on Monday.", EventType.Coerce, "CHN", "PHL");
        Assert.Empty(Output("The storm knocked the power grid offline."));
    }
}
