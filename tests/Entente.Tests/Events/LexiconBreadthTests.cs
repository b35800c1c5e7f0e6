using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The breadth of the shipped event lexicon (issue 13): phrasings news uses for each CAMEO family, quantities inside
/// gaps, and readings of a head that are not events. Every sentence was written for these tests.
/// </summary>
public class LexiconBreadthTests
{
    [Theory]
    [InlineData("Russia launched at least three cruise missiles at Ukraine on Monday.", "RUS", "UKR")]
    [InlineData("Russian forces fired as many as 200 drones at Ukraine overnight.", "RUS", "UKR")]
    [InlineData("Israeli jets hit more than 40 sites in Gaza overnight.", "ISR", "PSE")]
    public void A_quantity_may_stand_in_a_gap(string text, string source, string target) => Has(text, EventType.Assault, source, target);

    [Theory]
    [InlineData("China's actions threaten peace and stability in the region, Japan said.")]
    [InlineData("North Korea's missile program threatens regional security, the minister said.")]
    [InlineData("The floods threaten the livelihoods of farmers in Pakistan.")]
    public void Threatening_peace_or_stability_is_no_ones_threat(string text) => HasNo(text, EventType.Threaten);

    [Fact]
    public void A_threat_to_act_is_still_a_threat()
    {
        Has("Russia threatened to cut gas supplies to Moldova.", EventType.Threaten, "RUS", "MDA");
        Has("Washington threatened Brussels with new duties on steel.", EventType.Threaten, "USA", "EU");
        Has("Tuareg rebels threatened to break the ceasefire with Mali.", EventType.Threaten, "MLI", "MLI");
    }

    [Theory]
    [InlineData("The Chilean president signed a condolence book at the Japanese embassy.")]
    [InlineData("The Kenyan president signed the bill into law on Friday.")]
    public void Signing_alone_is_not_an_agreement(string text) => HasNo(text, EventType.Agree);

    [Theory]
    [InlineData("Japan and Vietnam signed a memorandum on defense cooperation.", "JPN", "VNM")]
    [InlineData("Poland signed a ten-year partnership with Ukraine.", "POL", "UKR")]
    [InlineData("Indonesia signed with Turkey on Monday.", "IDN", "TUR")]
    public void Signing_a_pact_with_a_partner_is_an_agreement(string text, string source, string target) => Has(text, EventType.Agree, source, target);

    [Fact]
    public void Welcoming_a_visitor_is_a_meeting_and_welcoming_a_decision_is_support()
    {
        Has("President Xi welcomed the Brazilian president to Beijing on Tuesday.", EventType.Consult, "CHN", "BRA");
        HasNo("President Xi welcomed the Brazilian president to Beijing on Tuesday.", EventType.Support);
        Has("Germany welcomed China's decision to release the activist.", EventType.Support, "DEU", "CHN");
    }

    [Fact]
    public void Conferring_an_honour_is_support()
    {
        Has("Mauritius conferred its highest civilian honor on the Indian prime minister.", EventType.Support, "MUS", "IND");
    }

    [Theory]
    [InlineData("The G7 affirmed its support for Ukraine.", "G7", "UKR")]
    [InlineData("Spain reiterated its solidarity with Morocco.", "ESP", "MAR")]
    [InlineData("The United States has reset relations with Venezuela.", "USA", "VEN")]
    public void Affirmed_support_and_reset_ties_are_support(string text, string source, string target) => Has(text, EventType.Support, source, target);

    [Theory]
    [InlineData("The United States levied tariffs on Chinese steel.", "USA", "CHN")]
    [InlineData("The European Union retaliated with tariffs on American whiskey.", "EU", "USA")]
    [InlineData("China imposed restrictions on exports of rare earths to the United States.", "CHN", "USA")]
    [InlineData("Washington banned the supply of advanced chips to China.", "USA", "CHN")]
    [InlineData("Canada doubled its duties on American goods.", "CAN", "USA")]
    [InlineData("The US Senate passed legislation targeting Turkey.", "USA", "TUR")]
    [InlineData("The United States ceased intelligence sharing with Ukraine.", "USA", "UKR")]
    [InlineData("China cut off trade with Lithuania.", "CHN", "LTU")]
    public void Tariffs_and_trade_restrictions_are_sanctions(string text, string source, string target)
    {
        Has(text, EventType.Sanction, source, target);
        HasNo(text, EventType.Coerce);
        HasNo(text, EventType.Assault);
    }

    [Theory]
    [InlineData("Washington exempted Mexican cars from the tariffs.", "USA", "MEX")]
    [InlineData("Washington delayed the tariffs on Canada for four weeks.", "USA", "CAN")]
    [InlineData("The White House paused the duties on Brazil.", "USA", "BRA")]
    public void Exempting_or_delaying_tariffs_is_a_concession(string text, string source, string target) => Has(text, EventType.Concede, source, target);

    [Fact]
    public void A_trade_war_is_no_assault()
    {
        HasNo("Washington has waged a trade war with China for years.", EventType.Assault);
        Has("Washington escalated its trade war with China.", EventType.Sanction, "USA", "CHN");
    }

    [Fact]
    public void Resuming_aid_is_aid_and_resuming_cooperation_is_cooperation()
    {
        Has("The United States resumed military aid to Ukraine.", EventType.Aid, "USA", "UKR");
        Has("Japan resumed cooperation with South Korea.", EventType.Cooperate, "JPN", "KOR");
    }

    [Fact]
    public void Releasing_a_report_is_not_a_release()
    {
        HasNo("China released a new development plan for its western provinces.", EventType.Concede);
        Has("China released two Japanese nationals.", EventType.Concede, "CHN", "JPN");
    }

    [Fact]
    public void Fighting_for_freedom_is_no_assault()
    {
        HasNo("Ukrainians are fighting for their freedom, the Polish president said.", EventType.Assault);
    }

    [Fact]
    public void Shared_concerns_are_disapproval()
    {
        Has("Canada and Australia shared concerns over China's military buildup.", EventType.Accuse, "CAN", "CHN");
    }

    [Fact]
    public void Activating_a_standby_force_is_a_mobilisation()
    {
        Has("The African Union activated a standby force.", EventType.Mobilize, "AU", null);
    }

    [Fact]
    public void Crowds_outside_an_embassy_and_stones_thrown_at_police_are_protests()
    {
        Has("Turkish protesters gathered outside the Israeli embassy in Ankara.", EventType.Protest, "TUR", "ISR");
        Has("Palestinian youths threw stones at Israeli police.", EventType.Protest, "PSE", "ISR");
    }

    [Fact]
    public void Blame_a_deadline_and_a_claim_of_credit()
    {
        Has("Kabul placed the blame on Pakistan.", EventType.Accuse, "AFG", "PAK");
        Has("Kenya gave the United Nations 14 days to close the camps.", EventType.Threaten, "KEN", "UN");
    }

    [Fact]
    public void Appeals_and_demands_by_what_they_concern()
    {
        Has("Sudan called for humanitarian aid from the European Union.", EventType.Request, "SDN", "EU");
        Has("The European Union urged Georgia to respect the rights of protesters.", EventType.Request, "EU", "GEO");
        Has("Britain held a meeting with Irish officials in London.", EventType.Consult, "GBR", "IRL");
    }

    [Theory]
    [InlineData("Canada announced counter-tariffs on US steel.", "CAN", "USA")]
    [InlineData("China hit back with tariffs on US farm products.", "CHN", "USA")]
    [InlineData("India retaliated against the US tariffs.", "IND", "USA")]
    public void Hitting_back_with_tariffs_is_a_sanction_not_an_assault(string text, string source, string target)
    {
        Has(text, EventType.Sanction, source, target);
        HasNo(text, EventType.Assault);
    }

    [Fact]
    public void Lifting_a_ban_on_a_states_goods_eases_a_sanction_on_that_state()
    {
        Has("China lifted its ban on Japanese seafood.", EventType.Concede, "CHN", "JPN");
    }

    [Fact]
    public void Warning_shots_are_coercion_not_an_assault()
    {
        Has("Japan's coast guard fired warning shots at a Chinese vessel.", EventType.Coerce, "JPN", "CHN");
        HasNo("Japan's coast guard fired warning shots at a Chinese vessel.", EventType.Assault);
    }

    [Fact]
    public void A_standing_commitment_to_peace_is_no_agreement()
    {
        HasNo("Beijing says it is committed to peace in the region.", EventType.Agree);
        Has("China and India agreed to disengage troops along the border.", EventType.Agree, "CHN", "IND");
    }

    [Theory]
    [InlineData("Washington kept the tariffs in place on Mexico.", EventType.Sanction, "USA", "MEX")]
    [InlineData("The European Union keeps its sanctions in place on Belarus.", EventType.Sanction, "EU", "BLR")]
    [InlineData("Kabul pinned the blame on Pakistan.", EventType.Accuse, "AFG", "PAK")]
    [InlineData("The Indian prime minister wrapped up his visit to Japan.", EventType.Consult, "IND", "JPN")]
    [InlineData("Japan is urging China to release the detained employee.", EventType.Request, "JPN", "CHN")]
    [InlineData("The European Union levies duties on Chinese steel.", EventType.Sanction, "EU", "CHN")]
    [InlineData("India test-launched a hypersonic missile.", EventType.Mobilize, "IND", null)]
    [InlineData("Ukraine downed a Russian jet overnight.", EventType.Assault, "UKR", "RUS")]
    public void Inflected_irregular_and_doubled_forms_match(string text, EventType type, string source, string? target) => Has(text, type, source, target);

    [Fact]
    public void Finalising_a_deal_requesting_consultations_and_rearming()
    {
        Has("Britain finalized a deal with Mauritius.", EventType.Agree, "GBR", "MUS");
        Has("Canada requested dispute consultations with the United States.", EventType.Request, "CAN", "USA");
        Has("Germany is rearming.", EventType.Mobilize, "DEU", null);
    }

    [Theory]
    [InlineData("Congress gave the green light to arms sales to Taiwan.", EventType.Support, "USA", "TWN")]
    [InlineData("Canada pulled its ambassador from India.", EventType.Sanction, "CAN", "IND")]
    [InlineData("Beijing hit back at Washington over the remarks.", EventType.Accuse, "CHN", "USA")]
    [InlineData("Russia rained missiles on Kyiv overnight.", EventType.Assault, "RUS", "UKR")]
    [InlineData("Ukraine took Russia to the International Court of Justice.", EventType.Accuse, "UKR", "RUS")]
    public void Phrasal_verbs_news_uses(string text, EventType type, string source, string target) => Has(text, type, source, target);
}
