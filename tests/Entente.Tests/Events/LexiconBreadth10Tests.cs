using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// The tenth breadth pass: views and guesses that are not reports, participles inside act nouns, sums of money in aid, circumstances and partners that are no target, acts told in reduced relative clauses, figurative fire, teams sent to talk, calls joined, wrongs done to a state's own people, envoys summoned by their host, joint acts of a coordinated subject, envoys titled with an acronym, force told in the present in a quotation, passive measures and blamed force, extraditions asked, history told as years ago or remembered, denied subjects, inverted conditions, games, places struck, speech verbs joined to a reported clause or an infinitive, heads of state, groups a state only backs, force of nature, bare years in stories told by weekdays, semicolons, targets inside the trigger's own clause, found missing by probing with sentences of our own.
/// Every sentence was written for these tests.
/// </summary>
public class LexiconBreadth10Tests
{
    [Fact]
    public void What_a_fear_or_speculation_says_happens_is_a_view_not_an_act()
    {
        HasNo("Observers voiced concern that Peru supplied rifles to Bolivia.", EventType.Aid);
        HasNo("There is speculation that Chile sent troops to Peru.", EventType.Aid);
        // Told plainly, the same acts are coded; a report is still read as one.
        Has("Peru supplied rifles to Bolivia.", EventType.Aid, "PER", "BOL");
        Has("Chile sent troops to Peru.", EventType.Aid, "CHL", "PER");
        Has("The talks follow reports that Peru has sent rifles to Bolivia.", EventType.Aid, "PER", "BOL");
    }

    [Fact]
    public void A_participle_before_an_act_noun_keeps_its_owner_and_is_no_speech() =>
        Has("Bolivia's repeated border incursions are a provocation, Peru said.", EventType.Accuse, "PER", "BOL");

    [Fact]
    public void A_sum_of_money_in_aid_is_the_aid_itself()
    {
        Has("Chile announced 300 million dollars in military aid for Peru.", EventType.Aid, "CHL", "PER");
        Has("Norway pledged $40 million in humanitarian assistance to Sudan.", EventType.Agree, "NOR", "SDN");
    }

    [Fact]
    public void An_actor_named_in_a_circumstance_or_as_a_partner_is_no_target()
    {
        var agreed = Output("Chile and Peru agreed to deepen naval cooperation in the face of Bolivia's growing fleet.");
        Assert.Contains(agreed, e => e.Type == EventType.Agree && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        Assert.DoesNotContain(agreed, e => e.Target?.Code.Value == "BOL");
        var patrols = Output("Peru stepped up border patrols in close coordination with Chile.");
        Assert.Contains(patrols, e => e.Type == EventType.Mobilize && e.Source.Code.Value == "PER" && e.Target is null);
    }

    [Fact]
    public void A_dated_act_told_in_a_reduced_relative_clause_is_its_agents()
    {
        Has("A Peruvian trawler seized by Chile off Arica on Monday has been towed to Iquique.", EventType.Coerce, "CHL", "PER");
        Has("Tariffs imposed by Chile on Peru took effect on Monday.", EventType.Sanction, "CHL", "PER");
        // Undated, it only says which thing is meant; with no actor for an agent, no one is known to have done it.
        HasNo("The fishing pact signed by Chile and Peru covers anchovy stocks.", EventType.Agree);
        HasNo("Peruvian police broke up a rally staged by farmers in Lima on Monday.", EventType.Protest);
    }

    [Fact]
    public void Fire_from_an_actor_without_arms_is_criticism()
    {
        Has("Poland came under fire from the European Parliament over its judicial reforms.", EventType.Accuse, "EU", "POL");
        Has("The patrol came under fire from Malian soldiers near Gao.", EventType.Assault, "MLI", null);
    }

    [Fact]
    public void Teams_sent_to_talk_accusations_called_false_and_calls_joined()
    {
        Has("Egypt will send a mediation team to Khartoum next week.", EventType.Consult, "EGY", "SDN");
        Has("The Chilean embassy called the Peruvian allegations baseless.", EventType.Reject, "CHL", "PER");
        Has("Norway joined calls for Sudan to open the border crossings.", EventType.Request, "NOR", "SDN");
        HasNo("Norway joined calls for Sudan to open the border crossings.", EventType.Cooperate);
    }

    [Fact]
    public void A_leader_who_inspects_or_guides_a_drill_holds_it() =>
        Has("Kim Jong Un guided an artillery firing drill on Friday.", EventType.Mobilize, "PRK", null);

    [Fact]
    public void A_complaint_about_what_befell_a_states_own_people_is_aimed_at_the_doer()
    {
        Has("Chile denounced the jailing of a Chilean journalist by a court in Lima.", EventType.Accuse, "CHL", "PER");
        Has("Chile criticised the treatment of Chilean prisoners in Bolivian jails.", EventType.Accuse, "CHL", "BOL");
    }

    [Fact]
    public void A_hostile_acts_object_described_by_a_participle_is_its_agents_deed() =>
        Has("Chile condemned the sentence given to a Peruvian activist by a Bolivian court.", EventType.Accuse, "CHL", "BOL");

    [Fact]
    public void An_envoy_summoned_where_the_host_is_named_is_summoned_by_the_host() =>
        Has("The Bolivian ambassador was summoned to the foreign ministry in Santiago on Monday.", EventType.Accuse, "CHL", "BOL");

    [Fact]
    public void Facilities_hammered_and_boats_blasted_with_water_cannon()
    {
        Has("Chile hammered Peruvian fuel depots with artillery overnight.", EventType.Assault, "CHL", "PER");
        Has("Chilean patrol boats blasted Peruvian trawlers with water cannon.", EventType.Coerce, "CHL", "PER");
    }

    [Fact]
    public void A_coordinated_subject_acts_jointly_with_no_with_phrase()
    {
        Has("Chilean and Bolivian customs officers teamed up to seize the cargo.", EventType.Cooperate, "CHL", "BOL");
        Has("Estonia and Latvia pooled their coast guard resources.", EventType.Cooperate, "EST", "LVA");
        Has("Ghana and Togo signed off on a border accord.", EventType.Agree, "GHA", "TGO");
        // Alone, the same words name no partner and code nothing.
        HasNo("Chile teamed up to fight drug trafficking.", EventType.Cooperate);
    }

    [Fact]
    public void We_in_a_quotation_written_by_an_envoy_titled_with_an_acronym_is_their_state()
    {
        // "US" opening a title is the state, not the pronoun; "wrote" attributes the quotation; "our ally Peru" is Peru.
        Has("\"We stand with our ally Peru,\" US Ambassador Jane Doe wrote on Monday.", EventType.Support, "USA", "PER");
    }

    [Fact]
    public void South_Korea_written_in_lower_case_is_still_the_south() =>
        Has("The south Korean military staged drills with the United States on Monday.", EventType.Cooperate, "KOR", "USA");

    [Fact]
    public void Force_told_in_the_present_in_a_quotation_is_the_speakers_accusation()
    {
        var events = Output("\"Chile continues its aggression against our fishermen,\" Peru's foreign minister said.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "CHL");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
        // A report of one act in the past stays the act; the speaker's own act in the present stays the speaker's.
        Has("\"Chile shelled our border posts overnight,\" Peru's foreign minister said.", EventType.Assault, "CHL", "PER");
        Has("\"We reject the baseless allegations made by Chile,\" Peru's foreign minister said.", EventType.Reject, "PER", "CHL");
    }

    [Fact]
    public void A_passive_measure_is_its_announcers_and_passive_force_is_the_blamed_actors()
    {
        Has("Tariffs on Peruvian copper were raised on Monday, the Chilean finance ministry announced.", EventType.Sanction, "CHL", "PER");
        Has("A Chilean patrol plane was shot down near the border on Monday, officials in Santiago said, blaming a Bolivian fighter jet.", EventType.Assault, "BOL", "CHL");
        // Force told by whoever reports it is not the reporter's.
        HasNo("Two Peruvian fishing boats were shelled overnight, the Chilean navy said.", EventType.Assault);
    }

    [Fact]
    public void A_reduced_relative_on_the_subject_of_what_then_happened_is_news() =>
        Has("Relief supplies delivered by Chile reached Peru on Saturday.", EventType.Aid, "CHL", "PER");

    [Fact]
    public void Extradition_asked_of_a_state_and_an_imposition_of_curbs()
    {
        Has("Chile requested their extradition from Peru on Monday.", EventType.Request, "CHL", "PER");
        Has("Bolivia's imposition of export curbs on Chile has angered Chilean miners.", EventType.Sanction, "BOL", "CHL");
    }

    [Fact]
    public void Acts_set_years_ago_on_this_day_or_remembered_are_history()
    {
        HasNo("Forty years ago, Peruvian troops attacked Ecuador.", EventType.Assault);
        HasNo("On this day in 1879, Chilean troops invaded Peru.", EventType.Assault);
        HasNo("The museum recalls how Chile occupied Lima in 1881.", EventType.Assault);
        HasNo("Chile seized the nitrate provinces from Bolivia during the 19th century.", EventType.Assault);
        Has("Chile and Peru fought a war in the late 19th century, and on Monday their ministers met in Lima.", EventType.Consult, "PER", "CHL");
        // Recalling an envoy is an act; what happens when it is recalled is news.
        Has("Peru recalled its ambassador when Chile seized the trawlers.", EventType.Sanction, "PER", "CHL");
    }

    [Fact]
    public void Denied_subjects_inverted_conditions_and_games_are_no_acts()
    {
        HasNo("A Chilean spokesman said no Chilean aircraft had struck targets in Bolivia.", EventType.Assault);
        HasNo("Should Peru close the border with Chile, Chilean exporters would lose millions.", EventType.Sanction);
        HasNo("Chile attacked relentlessly but could not break down Peru, and the match ended goalless.", EventType.Assault);
        // The Arab League is no game.
        Has("The Arab League condemned the Israeli strikes on Gaza.", EventType.Accuse, "ARL", "ISR");
    }

    [Fact]
    public void Force_on_a_place_named_as_the_object_is_aimed_at_its_state() =>
        Has("Chile struck Arequipa on Monday.", EventType.Assault, "CHL", "PER");

    [Fact]
    public void A_speech_verb_joined_to_a_reported_clause_is_the_speakers_next_act()
    {
        Has("Chile said the decision was hasty and urged Peru to reopen the border.", EventType.Request, "CHL", "PER");
        // Not any verb: the reported act's own next verb stays in the report.
        HasNo("Chile said the shells landed near the border and killed two Peruvian farmers.", EventType.Assault);
    }

    [Fact]
    public void A_finite_verb_hung_on_an_infinitive_is_the_governing_subjects_next_act()
    {
        var events = Output("Chile urged Bolivia to pull its troops back from the border and threatened sanctions.");
        Assert.Contains(events, e => e.Type == EventType.Request && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "BOL");
        Assert.Contains(events, e => e.Type == EventType.Threaten && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "BOL");
    }

    [Fact]
    public void A_head_of_state_the_dictionary_knows_acts_for_their_state() =>
        Has("President Ilham Aliyev accused Armenia of violating the ceasefire.", EventType.Accuse, "AZE", "ARM");

    [Fact]
    public void A_group_backed_by_a_state_is_not_that_state()
    {
        var events = Output("Chilean jets struck more than 20 targets in Bolivia linked to Peru-backed militias.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "BOL");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "PER");
        // Whoever leads a coalition acts through it.
        Has("A Chilean-led coalition struck rebel positions in Bolivia on Monday.", EventType.Assault, "CHL", "BOL");
    }

    [Fact]
    public void Force_done_by_nature_is_no_actors_act()
    {
        HasNo("Peru flew in doctors after an earthquake killed 300 people in the country's south, Chilean officials said.", EventType.Assault);
        // Fire from guns is still force.
        Has("Chilean artillery fire killed two farmers in Tacna, Peruvian officials said.", EventType.Assault, "CHL", null);
    }

    [Fact]
    public void An_undated_story_told_by_weekdays_tells_by_a_bare_year_what_came_before()
    {
        const string story = "Chile ended a fishing agreement with Peru in 2019. On Monday, Peru's foreign minister met Chilean officials in Lima.";
        HasNo(story, EventType.Sanction);
        Has(story, EventType.Consult, "PER", "CHL");
        // Alone, with no day to set it against, the year is the story's own.
        Has("Chile ended a fishing agreement with Peru in 2019.", EventType.Sanction, "CHL", "PER");
    }

    [Fact]
    public void A_semicolon_ends_the_clause_a_target_is_sought_in()
    {
        var events = Output("Chile and Peru signed a fishing accord; Bolivia, which had been invited, did not attend the ceremony.");
        Assert.Contains(events, e => e.Type == EventType.Agree && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "BOL");
    }

    [Fact]
    public void A_target_inside_the_triggers_own_clause_is_found() =>
        Has("Peru retaliated by announcing tariffs on Chile's copper exports.", EventType.Sanction, "PER", "CHL");
}
