using Entente.Articles;
using Entente.Events;
using Entente.Language;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>Subjects, objects, passives and agents read from the dependency tree, on sentences written for these tests.</summary>
public class TreeClauseTests
{
    private static List<Event> Output(string text) => SharedPipeline.OutputEvents(text, SharedPipeline.Instance);

    // The dependency layer the trained reading gives the text.
    private static SyntaxLayer TreeOf(string text) => SharedPipeline.Instance.Read(new Article("t", text)).Syntax!;

    private static void Has(string text, EventType type, string source, string? target)
    {
        var events = Output(text);
        Assert.True(events.Exists(e => e.Type == type && e.Source.Code.Value == source && e.Target?.Code.Value == target),
            $"expected {source} {type} {target ?? "-"} in \"{text}\", got: {string.Join("; ", events.Select(e => $"{e.Source.Code} {e.Type} {e.Target?.Code.Value ?? "-"}"))}");
    }

    private static void HasNo(string text, EventType type, string source)
    {
        var events = Output(text);
        Assert.False(events.Exists(e => e.Type == type && e.Source.Code.Value == source), $"unexpected {source} {type} in \"{text}\"");
    }

    [Fact]
    public void A_comma_between_an_opening_phrases_object_and_the_main_subject_joins_no_actors()
    {
        Has("Welcoming the visiting Chilean president, Peru's leader criticised Bolivia.", EventType.Accuse, "PER", "BOL");
        HasNo("Welcoming the visiting Chilean president, Peru's leader criticised Bolivia.", EventType.Accuse, "CHL");
        // An opening prepositional phrase ends at its first comma, however the tree hangs the names around it.
        Has("In a move that surprised Lima, Quito signed a trade pact with Bolivia.", EventType.Agree, "ECU", "BOL");
        HasNo("In a move that surprised Lima, Quito signed a trade pact with Bolivia.", EventType.Agree, "PER");
        Has("Unlike Hungary, Poland and Czechia criticised Russia.", EventType.Accuse, "CZE", "RUS");
        HasNo("Unlike Hungary, Poland and Czechia criticised Russia.", EventType.Accuse, "HUN");
        // "X and Y" stays one group.
        Has("Chile and Peru signed a trade pact with Bolivia.", EventType.Agree, "CHL", "BOL");
    }

    [Fact]
    public void A_bare_date_between_a_patterns_words_is_skipped_like_an_adverb()
    {
        var article = new Entente.Articles.Article("d.txt", "Chile called an emergency meeting Wednesday of the U.N. Security Council.") { Published = new DateOnly(2025, 3, 14) };
        var events = SharedPipeline.Instance.Process(article).Events;
        Assert.Contains(events, e => e.Type == EventType.Consult && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "UN");
    }

    [Fact]
    public void A_patterns_target_slot_does_not_reach_into_a_following_clause()
    {
        HasNo("Ghana sent troops to the border to stop Togolese smugglers.", EventType.Aid, "GHA");
        Has("Ghana sent troops to the border to stop Togolese smugglers.", EventType.Mobilize, "GHA", null);
        Has("Ghana sent peacekeeping troops to the troubled Togolese border region.", EventType.Aid, "GHA", "TGO");
    }

    [Fact]
    public void The_subject_is_read_across_a_long_prepositional_phrase()
    {
        Has("The foreign minister of Vietnam, after two days of talks in a northern city, met Indonesian officials on Friday.", EventType.Consult, "VNM", "IDN");
    }

    [Fact]
    public void Coordinated_verbs_share_their_subject()
    {
        Has("Mongolia hosted the delegation last week and signed a trade agreement with Kazakhstan.", EventType.Agree, "MNG", "KAZ");
    }

    [Fact]
    public void An_infinitive_takes_the_subject_of_the_verb_that_controls_it()
    {
        Has("Chile plans on Monday to hold talks with Peru.", EventType.Consult, "CHL", "PER");
    }

    [Fact]
    public void A_participle_after_a_place_phrase_tells_the_clauses_own_act()
    {
        // Whatever noun the tree hangs "taking" on, a province does not take hostages: the rebels do.
        var events = Output("Militants stopped a crowded passenger bus Tuesday in Mali's restive northern Gao region, taking many hostages.");
        var hostages = Assert.Single(events, e => e.Type == EventType.Coerce);
        Assert.Equal(("MLI", "REB"), (hostages.Source.Code.Value, hostages.Source.Sector));
    }

    [Fact]
    public void An_infinitive_after_a_prepositional_controller_is_that_actors_and_only_asked_for()
    {
        // "called on X to V", "looking to X to V": X would act, and has not.
        HasNo("Quito is looking to Lima to veto the sanctions bill.", EventType.Reject, "PER");
        HasNo("Quito is looking to Lima to veto the sanctions bill.", EventType.Reject, "ECU");
        // Other prepositions name places or recipients: the subject acts.
        Has("Kenya sent troops to Somalia to fight al-Shabab.", EventType.Aid, "KEN", "SOM");
    }

    [Fact]
    public void A_part_of_a_relative_pronouns_noun_acts_for_that_noun()
    {
        Has("Police fired tear gas at Kenyan protesters, some of whom threw stones at Ugandan troops.", EventType.Protest, "KEN", "UGA");
    }

    [Fact]
    public void An_object_the_tree_hangs_before_its_verb_is_no_target()
    {
        // The tree reads "nationalist" as the verb's object; the target is the soldiers after the verb.
        Has("Irish nationalist guerrillas ambushed three British soldiers near the border.", EventType.Assault, "IRL", "GBR");
    }

    [Fact]
    public void A_participle_clause_opened_by_along_with_shares_its_governors_subject()
    {
        Has("Peru's sanctions on Chile, along with doubling a duty on Bolivian goods, are meant to curb smuggling.", EventType.Sanction, "PER", "BOL");
    }

    [Fact]
    public void People_a_participle_describes_act_themselves_even_unnamed()
    {
        // The rebels fight, not the state accused of aiding them.
        HasNo("Lima was accused of aiding rebels fighting then-president, Evo Morales.", EventType.Assault, "PER");
    }

    [Fact]
    public void A_relative_clause_acts_through_the_noun_it_modifies()
    {
        Has("Analysts pointed to Ecuador, which criticised Colombia last month.", EventType.Accuse, "ECU", "COL");
    }

    [Fact]
    public void An_actor_in_a_clause_modifying_the_subject_does_not_stand_for_the_subjects_owner()
    {
        // "Peruvian diplomats" stands right before "drew" but inside "to expel …", which modifies Chile's decision.
        Has("Chile's decision to expel two Peruvian diplomats drew sharp criticism from Lima.", EventType.Accuse, "PER", "CHL");
        HasNo("Chile's decision to expel two Peruvian diplomats drew sharp criticism from Lima.", EventType.Accuse, "CHL");
        // So is an actor after the possessor's noun: the exercises are the navy's, not Argentina's.
        Has("The Chilean navy's exercises near Argentina sparked condemnation from Peru.", EventType.Accuse, "PER", "CHL");
        Has("Ecuador's vote at the Organization of American States earned a rebuke from Colombia.", EventType.Accuse, "COL", "ECU");
    }

    [Fact]
    public void A_thing_named_with_who_sent_it_stands_for_its_sender()
    {
        // The object of force: the aircraft are the Chilean air force's.
        Has("Peruvian jets intercepted two aircraft operated by the Chilean air force.", EventType.Coerce, "PER", "CHL");
        // The subject: what the rocket did, the rebels did.
        Has("A rocket fired by Colombian rebels hit a house in Venezuela.", EventType.Assault, "COL", "VEN");
    }

    [Fact]
    public void Force_a_participle_after_a_comma_tells_shares_the_target_of_the_act_before_it()
    {
        var events = Output("Venezuelan shells hit a camp in Colombia, killing four farmers.");
        Assert.Contains(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "VEN" && e.Target?.Code.Value == "COL");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "VEN" && e.Target?.Code.Value == "VEN");
    }

    [Fact]
    public void Force_a_state_is_told_to_use_by_its_adjective_alone_is_not_domestic_in_a_story_of_two_states()
    {
        var events = Output("Chile and Peru held talks in Lima on Monday. Chilean shells killed two farmers on Tuesday.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "CHL");
    }

    [Fact]
    public void A_participle_of_force_after_a_prepositions_noun_is_a_reduced_passive()
    {
        // The citizen was detained (in Peru); Chile, who welcomes the release, detained no one.
        Has("Chile welcomed the release of its citizen detained in Peru.", EventType.Coerce, "PER", "CHL");
        HasNo("Bolivia protested the treatment of fishermen arrested off Peru.", EventType.Coerce, "BOL");
    }

    [Fact]
    public void An_agreement_after_a_meeting_is_with_the_partner_met_but_not_after_a_criticism()
    {
        Has("Peru's foreign minister met his Chilean counterpart and agreed to reopen the border.", EventType.Agree, "PER", "CHL");
        var events = Output("Peru criticised Chile and signed a trade pact.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Agree && e.Target?.Code.Value == "CHL");
    }

    [Fact]
    public void A_subject_phrase_acts_through_of_but_not_through_between_or_with()
    {
        Has("The president of Peru criticised Bolivia on Monday.", EventType.Accuse, "PER", "BOL");
        HasNo("The trade talks between Peru and Chile criticised the tariffs.", EventType.Accuse, "PER");
        HasNo("Cooperation with Ghana has helped farmers in the region.", EventType.Support, "GHA");
    }

    [Fact]
    public void A_passive_agent_is_the_source_and_the_subject_the_target()
    {
        Has("Uruguay was criticised by Paraguay on Tuesday.", EventType.Accuse, "PRY", "URY");
    }

    [Fact]
    public void An_object_is_found_inside_its_noun_phrase()
    {
        Has("Norway rejected the proposal of Denmark.", EventType.Reject, "NOR", "DNK");
    }

    [Fact]
    public void A_place_after_the_verb_is_not_the_object_of_a_meeting()
    {
        var events = Output("Kenya met Tanzanian envoys in Uganda.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Consult && e.Target?.Code.Value == "UGA");
    }

    [Fact]
    public void The_document_carries_one_tree_per_sentence()
    {
        var pipeline = SharedPipeline.Instance;
        var document = pipeline.Read(new Article("tree.txt", "Kenya met Tanzanian envoys. They signed a deal."));
        var syntax = document.Syntax!;
        foreach (var sentence in document.Sentences)
        {
            int roots = 0;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                int head = syntax.HeadOf(i);
                if (head < 0) roots++;
                else Assert.InRange(head, sentence.FirstToken, sentence.EndToken - 1);
            }
            Assert.Equal(1, roots);
        }
        Assert.Equal(DependencyRelation.Nsubj, syntax.RelationOf(0));
        Assert.Equal("meet", syntax.LemmaOf(1));
        Assert.Equal(UniversalTag.Verb, syntax.Universal[1]);
    }

    [Fact]
    public void A_long_object_after_a_phrase_of_manner_hangs_on_the_verb()
    {
        var document = SharedPipeline.Instance.Read(new Article("shift.txt", "Chile condemns in the strongest possible terms Bolivia's seizure of the trucks."));
        var syntax = document.Syntax!;
        int seizure = Enumerable.Range(0, document.Tokens.Length).First(i => document.TextOf(i).SequenceEqual("seizure"));
        Assert.Equal(DependencyRelation.Obj, syntax.RelationOf(seizure));
        Assert.Equal("condemns", document.TextOf(syntax.HeadOf(seizure)).ToString());
        // A time after a place is no object: "met in Lima last week" keeps "week" off the verb's object.
        var met = SharedPipeline.Instance.Read(new Article("time.txt", "The two ministers met in Lima last week."));
        int week = Enumerable.Range(0, met.Tokens.Length).First(i => met.TextOf(i).SequenceEqual("week"));
        Assert.NotEqual(DependencyRelation.Obj, met.Syntax!.RelationOf(week));
    }

    [Fact]
    public void A_phrasal_verbs_particle_matches_its_pattern_though_tagged_an_adverb()
    {
        Has("Ottawa hit back at Caracas over the remarks.", EventType.Accuse, "CAN", "VEN");
        Has("Norway spoke out against Iceland over the whaling plans.", EventType.Accuse, "NOR", "ISL");
    }

    [Fact]
    public void A_known_name_the_treebank_never_saw_is_a_proper_noun()
    {
        // Read letter by letter, a capital ending in -ing looks like a verb; the actor dictionary knows it as a name.
        Assert.Equal(UniversalTag.Propn, TreeOf("Beijing hit back at Ottawa over the remarks.").Universal[0]);
        Has("Beijing hit back at Ottawa over the remarks.", EventType.Accuse, "CHN", "CAN");
    }

    [Fact]
    public void What_is_advised_is_hypothetical_whether_clause_or_infinitive()
    {
        HasNo("Analysts recommend Ghana and Togo sign a border treaty soon.", EventType.Agree, "GHA");
    }

    [Fact]
    public void An_act_named_after_following_is_background_and_its_owner_no_target()
    {
        var events = Output("Following Peru's attack on Chile in May, the leaders of Bolivia and Paraguay attended a summit.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Assault);
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "PER");
    }

    [Fact]
    public void The_trigger_nouns_complement_is_the_target_before_the_verbs_other_obliques()
    {
        Has("NATO said it would tighten the blockade of Serbia with Albania's help.", EventType.Threaten, "NATO", "SRB");
    }

    [Fact]
    public void A_phrase_after_as_is_no_target()
    {
        const string text = "Ghanaian troops arrived in Mali on Tuesday, joining observers as the first element of a Ghanaian contingent.";
        // Both readings: the tree's oblique and the words after the verb.
        foreach (var events in new[] { Output(text), SharedPipeline.OutputEvents(text) })
            Assert.DoesNotContain(events, e => e.Target?.Code.Value == "GHA" && e.Source.Code.Value == "GHA");
    }

    [Theory]
    [InlineData("Chile and Peru plan to hold talks with Bolivia.", 3)]
    [InlineData("She also plans to visit Bolivia.", 2)]
    [InlineData("Ecuador, like most of its neighbours, plans to join the pact.", 8)]
    public void A_noun_that_can_be_the_clauses_only_verb_before_to_is_that_verb(string text, int plan)
    {
        Assert.Equal(UniversalTag.Verb, TreeOf(text).Universal[plan]);
    }

    [Theory]
    [InlineData("Uruguay eased travel restrictions on Monday.", 1)]
    [InlineData("Sudanese troops overran a rebel base near the border.", 2)]
    [InlineData("Farmers in Paraguay on Friday blocked roads into the capital.", 5)]
    public void A_past_form_between_a_subject_and_its_object_is_the_verb(string text, int verb)
    {
        var syntax = TreeOf(text);
        Assert.Equal(UniversalTag.Verb, syntax.Universal[verb]);
        Assert.Equal("VBD", syntax.Penn[verb]);
    }

    [Fact]
    public void An_attribution_after_the_clause_reports_it_however_the_parse_hung_it()
    {
        Has("Brazil is providing food and medicine to Bolivia, which faces floods, the newspaper said Tuesday.", EventType.Aid, "BRA", "BOL");
    }

    [Theory]
    [InlineData("The plans to build a wall were dropped.", 1)]
    [InlineData("Chile's plans to expand trade drew criticism.", 2)]
    public void A_noun_with_a_determiner_or_owner_stays_a_noun(string text, int plan)
    {
        Assert.Equal(UniversalTag.Noun, TreeOf(text).Universal[plan]);
    }

    [Fact]
    public void Whoever_makes_a_plan_does_what_the_plan_is_for()
    {
        Has("Ghana has proposed a new plan for rebuilding its army and supporting Togo.", EventType.Support, "GHA", "TGO");
    }

    [Fact]
    public void No_sign_that_an_act_happens_negates_it_in_both_readings()
    {
        foreach (var text in new[] { "Diplomats see no sign that Serbia is ready to talk to Kosovo.", "We see no signs that the Serbians are interested in talking to Kosovo." })
            foreach (var events in new[] { Output(text), SharedPipeline.OutputEvents(text) })
                Assert.DoesNotContain(events, e => e.Source.Code.Value == "SRB");
    }

    [Fact]
    public void An_interest_in_an_act_is_an_intention()
    {
        var consult = Assert.Single(SharedPipeline.AllEvents("Serbia is interested in talking to Kosovo.", SharedPipeline.Instance), e => e.Source.Code.Value == "SRB");
        Assert.Equal(EventMode.Intended, consult.Mode);
    }

    [Fact]
    public void A_warning_against_a_possible_act_stays_a_threat_in_both_readings()
    {
        const string text = "Lima warned La Paz against holding another border exercise.";
        foreach (var events in new[] { Output(text), SharedPipeline.OutputEvents(text) })
        {
            Assert.Contains(events, e => e.Type == EventType.Threaten && e.Source.Code.Value == "PER" && e.Target?.Code.Value == "BOL");
            Assert.DoesNotContain(events, e => e.Type == EventType.Accuse);
        }
    }

    [Fact]
    public void An_adjective_entry_is_felt_by_its_subject_not_the_by_phrase()
    {
        Has("Manila was alarmed by Beijing's new coast guard law.", EventType.Accuse, "PHL", "CHN");
    }

    [Fact]
    public void A_demonym_the_treebank_never_saw_is_an_adjective()
    {
        var syntax = TreeOf("Guatemalan imports from Mexico fell sharply last year.");
        Assert.Equal(UniversalTag.Adj, syntax.Universal[0]);
        Assert.DoesNotContain(Output("Guatemalan imports from Mexico fell sharply last year."), e => e.Source.Code.Value == "GTM");
    }

    [Fact]
    public void A_measure_made_by_an_actor_acts_through_its_maker()
    {
        Has("Latvia's parliament approved a law on Tuesday targeting Belarusian banks.", EventType.Sanction, "LVA", "BLR");
    }

    [Fact]
    public void An_object_before_an_infinitive_controls_it_however_the_parse_labelled_it()
    {
        var launch = Assert.Single(SharedPipeline.AllEvents("A senior Ecuadorian officer said he is expecting Colombia to launch a rocket soon.", SharedPipeline.Instance),
            e => e.Type == EventType.Mobilize);
        Assert.Equal("COL", launch.Source.Code.Value);
        Assert.Equal(EventMode.Hypothetical, launch.Mode);
    }

    [Fact]
    public void Of_two_subjects_the_parse_gives_a_verb_the_one_naming_an_actor_acts()
    {
        Has("The rebel Kurdistan Workers' Party issued a statement demanding that Ankara free its members.", EventType.Request, "TUR", "TUR");
    }

    [Fact]
    public void A_gerund_after_a_preposition_is_a_topic_whatever_tag_the_preposition_got()
    {
        Assert.DoesNotContain(Output("Ghana holds talks on rearming its army, boosting aid to Togo"), e => e.Type == EventType.Mobilize);
    }

    [Fact]
    public void An_unresolved_pronoun_in_what_a_speaker_says_is_the_speaker()
    {
        Has("Sultan Qaboos of Oman said he would host a meeting with Iran.", EventType.Consult, "OMN", "IRN");
    }

    [Fact]
    public void The_doer_of_a_clause_on_the_triggers_own_noun_is_no_target()
    {
        Has("Sudan and Chad agreed to a truce brokered by Kenya and Uganda.", EventType.Agree, "SDN", "TCD");
        HasNo("Sudan and Chad agreed to a truce brokered by Kenya and Uganda.", EventType.Agree, "KEN");
        Assert.DoesNotContain(Output("Sudan and Chad agreed to a truce brokered by Kenya and Uganda."), e => e.Type == EventType.Agree && e.Target?.Code.Value == "KEN");
        // A clause on a noun outside the trigger names whom the act answers.
        Has("Bolivia condemned the attack carried out by Peruvian rebels.", EventType.Accuse, "BOL", "PER");
    }

    [Fact]
    public void A_permission_given_now_or_to_come_tells_what_may_happen()
    {
        const string pact = "Peru and Chile signed a security pact on Friday. ";
        HasNo(pact + "The pact allows the two countries to deploy troops on each other's soil.", EventType.Mobilize, "CHL");
        HasNo(pact + "The pact will enable the two countries to deploy troops on each other's soil.", EventType.Mobilize, "CHL");
        Has(pact + "The pact allowed the two countries to deploy troops on each other's soil.", EventType.Mobilize, "CHL", null);
    }

    [Fact]
    public void A_gerund_a_denial_governs_was_denied_not_done()
    {
        // Serbia is inside what was denied, not the one the denial answers (as "Moscow and Pyongyang deny any arms
        // exchanges" answers no one named).
        Has("Belarus denied supplying rifles to Serbia.", EventType.Reject, "BLR", null);
        HasNo("Belarus denied supplying rifles to Serbia.", EventType.Aid, "BLR");
    }

    [Fact]
    public void A_participle_after_an_infinitive_tells_more_of_the_clause_it_completes()
    {
        Has("Ghana on Friday ordered three Togolese diplomats to leave within a day, accusing them of spying.", EventType.Accuse, "GHA", "TGO");
        Has("Ghana urged Togo to reopen the border, saying the closure hurt traders.", EventType.Request, "GHA", "TGO");
    }

    [Fact]
    public void Force_used_on_a_place_is_done_to_its_state()
    {
        Has("Israeli artillery shelled Nabatieh overnight.", EventType.Assault, "ISR", "LBN");
        Has("Israeli troops raided Rafah on Tuesday.", EventType.Assault, "ISR", "PSE");
        // A place of the actor's own state names no foreign target.
        Has("Syrian forces shelled Idlib.", EventType.Assault, "SYR", "SYR");
    }

    [Fact]
    public void A_patterns_object_may_stand_before_its_passive_participle()
    {
        Has("Sanctions were imposed on Nicaragua by the United States last year.", EventType.Sanction, "USA", "NIC");
        Has("New tariffs were imposed on Mexican tomatoes by Washington.", EventType.Sanction, "USA", "MEX");
        // The passive's agent is the source, not also the object; the aid goes to the place it is sent to.
        Has("Medical aid was sent to Gaza by Egypt.", EventType.Aid, "EGY", "PSE");
    }

    [Fact]
    public void A_passive_conjunct_with_no_subject_of_its_own_suffers_the_first_conjuncts_subject()
    {
        // "the drones" is the patient of "were shot down", not the state named inside the first conjunct.
        Has("Officials in Vilnius said the balloons had crossed Lithuanian airspace and were shot down by Polish jets.", EventType.Assault, "POL", null);
        // A passive subject that is an actor stays the target.
        Has("Lima was accused by Quito of meddling.", EventType.Accuse, "ECU", "PER");
    }

    [Fact]
    public void Parties_that_each_blame_the_other_accuse_each_other()
    {
        Has("Peru and Ecuador each blamed the other for the clash.", EventType.Accuse, "PER", "ECU");
        Has("Peru and Ecuador each blamed the other for the clash.", EventType.Accuse, "ECU", "PER");
    }
}

