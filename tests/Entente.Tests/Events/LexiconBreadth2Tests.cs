using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The second breadth pass over the shipped event lexicon (issue 13): phrasings still missing after the first pass,
/// CAMEO codes that had no entry, and readings of a head that are not events. Every sentence was written for these
/// tests.
/// </summary>
public class LexiconBreadth2Tests
{
    private static void HasNone(string text)
    {
        var events = Output(text);
        Assert.True(events.Count == 0, $"expected no event in \"{text}\", got: {Describe(events)}");
    }

    [Theory]
    [InlineData("Lima is deeply unhappy about Santiago's decision to join the bloc.", "PER", "CHL")]
    [InlineData("Tokyo was angry at Seoul over the fishing dispute.", "JPN", "KOR")]
    [InlineData("Hanoi was alarmed by Beijing's new maritime law.", "VNM", "CHN")]
    [InlineData("Hanoi is openly critical of Beijing.", "VNM", "CHN")]
    public void Displeasure_with_another_actor_is_disapproval(string text, string source, string target) => Has(text, EventType.Accuse, source, target);

    [Theory]
    [InlineData("Ottawa exempted the duties on Chilean-made vehicles on Friday.", "CAN", "CHL")]
    [InlineData("Lima waived the levies on Bolivian-produced gas for a year.", "PER", "BOL")]
    public void Exempting_goods_made_by_a_state_from_duties_is_aimed_at_that_state(string text, string source, string target) => Has(text, EventType.Concede, source, target);

    [Theory]
    [InlineData("Malian soldiers backed by Chadian troops retook the town on Sunday.", "TCD", "MLI", EventType.Aid)]
    [InlineData("Mali was backed by Chad in the border dispute.", "TCD", "MLI", EventType.Support)]
    public void Being_backed_by_another_actor_is_its_support_or_with_troops_its_aid(string text, string source, string target, EventType type) => Has(text, type, source, target);

    [Theory]
    [InlineData("Bolivia and Paraguay held joint river patrols on Monday, drawing a protest from Argentina.", "ARG", "BOL")]
    [InlineData("Bolivia and Paraguay held joint river patrols on Monday, drawing a protest from Argentina.", "ARG", "PRY")]
    [InlineData("Peru faced sharp criticism from Chile over the new fishing law.", "CHL", "PER")]
    public void Drawing_or_facing_criticism_from_an_actor_is_that_actors_disapproval(string text, string source, string target) => Has(text, EventType.Accuse, source, target);

    [Theory]
    [InlineData("Chile's foreign minister joined his Peruvian counterpart for talks in Lima on Monday.", "CHL", "PER")]
    [InlineData("On Friday the Malian envoy will join a French general for the Bamako talks with Chadian officials.", "MLI", "TCD")]
    public void Joining_someone_for_talks_is_a_meeting(string text, string source, string target) => Has(text, EventType.Consult, source, target);

    [Fact]
    public void The_agent_of_a_participle_modifying_the_subject_is_not_the_subject()
    {
        // "backed by Chadian troops" describes the Malian soldiers, who are the ones who attacked.
        var events = Output("Malian soldiers backed by Chadian troops attacked the rebel base on Sunday.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "MLI");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "TCD");
    }

    [Fact]
    public void Europe_acting_is_the_European_Union_and_a_capital_opening_a_named_thing_is_no_actor()
    {
        Assert.Contains(Output("Europe quickly retaliated with tariffs on Chilean wine."),
            e => e.Source.Code.Value == "EU" && e.Type == EventType.Sanction && e.Target?.Code.Value == "CHL");
        // Europe is no state: a described group there ("protesters in Europe") is not its people.
        Assert.DoesNotContain(Output("Protesters in Europe blocked the road to the Chilean embassy."),
            e => e.Source.Code.Value == "EU" && e.Source.Rule.StartsWith("generic:", StringComparison.Ordinal));
        Assert.DoesNotContain(Output("Chilean farmers blocked the Lima Bridge for two days."), e => e.Target?.Code.Value == "PER");
    }

    [Theory]
    [InlineData("Chile demanded the withdrawal of Peruvian troops from Bolivia on Monday.", "CHL", "PER")]
    [InlineData("The European Community called for the pullout of Peruvian forces from the border.", "EU", "PER")]
    public void A_demanded_withdrawal_is_aimed_at_whoever_withdraws(string text, string source, string target) => Has(text, EventType.Request, source, target);

    [Fact]
    public void The_maker_of_goods_found_in_a_time_adjunct_is_not_the_target()
    {
        var events = Output("Chile reinforced its troops near the border following the discovery of Peruvian-made mines.");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "PER");
    }

    [Theory]
    [InlineData("Tokyo said it was pleased with Seoul's decision.", "JPN", "KOR")]
    [InlineData("Hanoi is happy with Manila's offer of talks.", "VNM", "PHL")]
    public void Satisfaction_with_another_actor_is_approval(string text, string source, string target) => Has(text, EventType.Support, source, target);

    [Fact]
    public void Displeasure_with_no_actor_named_is_no_event()
    {
        HasNone("Angry farmers in Peru were unhappy about the prices.");
        HasNone("Lima is ready for the summit but unhappy with the weather.");
    }

    [Theory]
    [InlineData("Britain is pushing hard for France to back its debt relief plan.", "GBR", "FRA")]
    [InlineData("Bolivian miners are demanding higher royalties from Chile.", "BOL", "CHL")]
    [InlineData("Kosovo is demanding full recognition from Serbia.", null, "SRB")]
    public void Demands_made_of_someone_name_whom_they_are_made_of(string text, string? source, string target) => Has(text, EventType.Request, source, target);

    [Theory]
    [InlineData("Peru ceased military aid to Bolivia.", "PER", "BOL")]
    [InlineData("Ghana paused funding for Togo's railway.", "GHA", "TGO")]
    [InlineData("Chile cut off arms deliveries to Peru on Friday.", "CHL", "PER")]
    public void Stopping_or_pausing_aid_is_a_sanction(string text, string source, string target) => Has(text, EventType.Sanction, source, target);

    [Theory]
    [InlineData("The Kenyan foreign minister flew to Ethiopia on Sunday.", "KEN", "ETH")]
    [InlineData("The Indian prime minister embarked on a three-day visit to France.", "IND", "FRA")]
    [InlineData("Egypt rolled out the red carpet for the Qatari emir.", "EGY", "QAT")]
    public void Travelling_to_or_hosting_a_leader_is_a_visit(string text, string source, string target) => Has(text, EventType.Consult, source, target);

    [Theory]
    [InlineData("Chile extended its condolences to Peru after the floods.", "CHL", "PER")]
    [InlineData("Spain opened an embassy in Mongolia.", "ESP", "MNG")]
    public void Condolences_and_a_new_embassy_are_support(string text, string source, string target) => Has(text, EventType.Support, source, target);

    [Theory]
    [InlineData("Estonia lobbied Germany for more air defence.", "EST", "DEU")]
    [InlineData("Ghana demanded the surrender of the Togolese gunmen.", "GHA", "TGO")]
    public void Lobbying_and_demands_for_surrender_are_requests(string text, string source, string target) => Has(text, EventType.Request, source, target);

    [Theory]
    [InlineData("Peru faulted Bolivia for the closure of the border.", "PER", "BOL")]
    [InlineData("Greece spoke out against Turkey over the drilling plans.", "GRC", "TUR")]
    [InlineData("Azerbaijan reiterated its accusations against Armenia.", "AZE", "ARM")]
    public void Faulting_and_speaking_out_against_are_disapproval(string text, string source, string target) => Has(text, EventType.Accuse, source, target);

    [Fact]
    public void Initialling_a_treaty_is_an_agreement() =>
        Has("Serbia and Croatia initialed a border treaty on Friday.", EventType.Agree, "SRB", "HRV");

    [Fact]
    public void Drills_that_end_were_held_together() =>
        Has("Indonesia and Australia wrapped up their joint naval drills.", EventType.Cooperate, "IDN", "AUS");

    [Fact]
    public void Handing_over_air_defence_batteries_is_military_aid() =>
        Has("Germany delivered two air defence batteries to Lithuania.", EventType.Aid, "DEU", "LTU");

    [Theory]
    [InlineData("New Zealand scrapped its fishing deal with Fiji.")]
    [InlineData("Russia's withdrawal from the arms control treaty alarmed Norway.")]
    public void Scrapping_or_leaving_a_treaty_is_a_rejection(string text)
    {
        var events = Output(text);
        Assert.True(events.Exists(e => e.Type == EventType.Reject && e.Cameo == "127"), $"expected REJECT/127 in \"{text}\", got: {Describe(events)}");
        HasNo(text, EventType.Retreat);
    }

    [Fact]
    public void A_vow_to_keep_attacking_is_a_threat_not_an_agreement()
    {
        Has("Somali militants vowed to continue attacks on Kenyan troops.", EventType.Threaten, "SOM", null);
        HasNo("Somali militants vowed to continue attacks on Kenyan troops.", EventType.Agree);
    }

    [Theory]
    [InlineData("Washington put three Iranian shipping firms on its entity list.", "USA", "IRN")]
    [InlineData("The United States applied maximum pressure on Venezuela.", "USA", "VEN")]
    public void Blacklists_and_pressure_campaigns_are_sanctions(string text, string source, string target) => Has(text, EventType.Sanction, source, target);

    [Fact]
    public void A_states_blockade_of_ports_is_coercion_not_a_protest()
    {
        Has("Russia blockaded Ukraine's ports on the Black Sea.", EventType.Coerce, "RUS", "UKR");
        HasNo("Russia blockaded Ukraine's ports on the Black Sea.", EventType.Protest);
    }

    [Theory]
    [InlineData("Israeli troops stormed a hospital in Gaza on Monday.", "ISR", "PSE")]
    [InlineData("Nigerian soldiers claimed the killing of twelve Cameroonian rebels.", "NGA", "CMR")]
    [InlineData("Taliban fighters bombed a mosque in Pakistan.", "AFG", "PAK")]
    [InlineData("Armenian troops launched mortar fire against Azerbaijani positions.", "ARM", "AZE")]
    public void Storming_bombing_and_shelling_places_are_assaults(string text, string source, string target) => Has(text, EventType.Assault, source, target);

    [Fact]
    public void A_court_blocking_a_deportation_rejects_it()
    {
        // The deportee is whom the deportation befell, not whom the court rejects (rule target:victim-of-named-act).
        Has("A court in Kenya blocked the deportation of the Ugandan activist.", EventType.Reject, "KEN", null);
        Assert.DoesNotContain(Output("A court in Kenya blocked the deportation of the Ugandan activist."), e => e.Target?.Code.Value == "UGA");
        HasNo("A court in Kenya blocked the deportation of the Ugandan activist.", EventType.Protest);
    }

    [Theory]
    [InlineData("The Iranian ministry offered no evidence for its claim about Israel.")]
    [InlineData("The Syrian envoy refused to comment on the talks with Turkey.")]
    [InlineData("The World Health Organization declared the outbreak in Congo a public health emergency.")]
    [InlineData("The Thai and Chinese governments ignored requests for comment.")]
    [InlineData("The Kenyan plan met with fierce criticism in Somalia.")]
    [InlineData("The Ontario premier said he did not start this trade war with the United States.")]
    [InlineData("Chinese merchants in Texas occupied a gray area under the old laws.")]
    public void Offering_evidence_declining_comment_and_health_emergencies_are_not_events(string text) => HasNone(text);

    [Fact]
    public void Meeting_officials_of_the_opposition_is_still_a_meeting() =>
        Has("Ukrainian officials met with Polish opposition leaders in Warsaw.", EventType.Consult, "UKR", "POL");
    [Theory]
    [InlineData("Norway and Qatar co-chaired a conference on Afghanistan.", "NOR", "QAT")]
    [InlineData("The Polish president received a call from the Lithuanian president.", "POL", "LTU")]
    public void Chairing_together_and_taking_a_call_are_consultations(string text, string source, string target) => Has(text, EventType.Consult, source, target);

    [Fact]
    public void Earmarking_a_sum_for_a_state_is_aid() =>
        Has("Sweden earmarked $50 million for Moldova.", EventType.Aid, "SWE", "MDA");

    [Theory]
    [InlineData("Turkey raised the prospect of military action against Syria.", "TUR", "SYR")]
    [InlineData("Brussels raised the prospect of fresh sanctions on Belarus.", "EU", "BLR")]
    public void Raising_the_prospect_of_force_or_sanctions_is_a_threat(string text, string source, string target) => Has(text, EventType.Threaten, source, target);

    [Fact]
    public void Cracking_down_on_a_group_with_no_state_named_is_coercion() =>
        Has("Belarus cracked down on opposition activists.", EventType.Coerce, "BLR", null);

    [Theory]
    [InlineData("The Turkish foreign minister attacked Sweden's policy on asylum.", "TUR", "SWE")]
    [InlineData("The Iranian envoy launched a scathing attack on Canada.", "IRN", "CAN")]
    public void Attacking_with_words_is_disapproval_not_assault(string text, string source, string target)
    {
        Has(text, EventType.Accuse, source, target);
        HasNo(text, EventType.Assault);
    }

    [Fact]
    public void Launching_a_product_is_no_launch_but_a_satellite_still_is()
    {
        HasNone("China launched a satellite navigation app for Laos.");
        Has("North Korea launched a spy satellite over Japan.", EventType.Mobilize, "PRK", null);
    }

    [Fact]
    public void Warning_of_a_disaster_is_no_threat_but_warning_of_retaliation_is()
    {
        HasNo("The United Nations warned of a humanitarian catastrophe in Yemen.", EventType.Threaten);
        Has("Russia warned of retaliation against Finland.", EventType.Threaten, "RUS", "FIN");
    }
    [Theory]
    [InlineData("Serbia ordered the arrest of the Kosovar activist.", "SRB", "XKX")]
    [InlineData("Uganda revoked the bail of the Kenyan opposition figure.", "UGA", "KEN")]
    [InlineData("A Moldovan court banned the Russian businessman from politics.", "MDA", "RUS")]
    public void Ordered_arrests_revoked_bail_and_bans_from_politics_are_coercion(string text, string source, string target) => Has(text, EventType.Coerce, source, target);

    [Fact]
    public void Taking_over_a_town_is_an_assault_but_taking_over_a_chair_is_not()
    {
        Has("Rebels in Congo took over the town of Bukavu.", EventType.Assault, "COD", null);
        HasNone("Hungary took over the presidency of the European Union.");
    }

    [Fact]
    public void Giving_a_state_a_deadline_is_an_ultimatum() =>
        Has("Turkey gave Sweden a deadline to extradite the suspects.", EventType.Threaten, "TUR", "SWE");

    [Theory]
    [InlineData("Kenyan forces launched artillery, mortar, and rocket fire against Somali militant camps.", EventType.Assault, "KEN", "SOM")]
    [InlineData("Moroccan police fired tear gas, rubber bullets, and stun grenades at Algerian protesters.", EventType.Coerce, "MAR", "DZA")]
    [InlineData("Bolivian troops fired mortars and shells at Paraguayan positions.", EventType.Assault, "BOL", "PRY")]
    public void A_gap_spans_a_list_of_weapons(string text, EventType type, string source, string target) => Has(text, type, source, target);

    [Fact]
    public void Rocket_fire_is_an_attack_not_a_missile_launch()
    {
        Has("Syrian forces launched rocket fire near the Lebanese border.", EventType.Assault, "SYR", null);
    }

    [Fact]
    public void A_gap_holds_an_up_to_quantity() =>
        Has("Ghana is ready to contribute up to 800 troops to a peacekeeping force in Mali.", EventType.Agree, "GHA", "MLI");
}
