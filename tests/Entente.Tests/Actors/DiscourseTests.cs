using System.Text;
using System.Text.Json;
using Entente.Actors;
using Entente.Actors.Discourse;
using Entente.Articles;
using Entente.Language;
using Entente.Events;
using Entente.Export;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Actors;

/// <summary>
/// The discourse layer: who a pronoun, a bare title, an epithet, a plural group or a short name stands for, with the
/// rule and the antecedent recorded. Sentences written for these tests.
/// </summary>
public class DiscourseTests
{
    private static Document Read(string text, DateOnly? published = null) =>
        SharedPipeline.Instance.Read(new Article("d.txt", text) { Published = published });

    private static List<ActorMention> At(Document d, string words) =>
        d.Actors.Where(m => m.Kind == MentionKind.Reference && d.SliceTokens(m.FirstToken, m.EndToken) == words).ToList();

    private static List<ActorMention> Named(Document d, string words) =>
        d.Actors.Where(m => m.Kind == MentionKind.Name && d.SliceTokens(m.FirstToken, m.EndToken) == words).ToList();

    [Fact]
    public void Their_after_they_in_one_sentence_is_whom_they_stands_for()
    {
        var d = Read("Chadian rebels turned down a Nigerien ceasefire proposal and said they would fight on until their leaders are freed.");
        var their = Assert.Single(At(d, "their"));
        Assert.Equal("TCD", their.Actor.Code.Value);
        // With no pronoun before it, "their" still takes the last actors named.
        var alone = Read("Ghana and Togo met on Monday. Their ministers signed a deal.");
        Assert.Equal(["GHA", "TGO"], At(alone, "Their").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void A_counterpart_is_the_government_of_the_one_other_state_named_before()
    {
        var d = Read("The Peruvian trade minister flew to Santiago on Monday. She asked her counterpart to cut tariffs on copper.");
        var counterpart = Assert.Single(At(d, "her counterpart"));
        Assert.Equal("CHL", counterpart.Actor.Code.Value);
        Assert.Equal("GOV", counterpart.Actor.Sector);
        Assert.Equal("counterpart", counterpart.Actor.Antecedent!.Rule);
        // Two other states named before: unsure, no one.
        var two = Read("Peru's minister toured Santiago and Quito this week. On Friday he urged his counterpart to reopen the border.");
        Assert.Empty(At(two, "his counterpart"));
        // Named right after: the name says who it is.
        var named = Read("Peru's minister flew to Santiago. He met his counterpart from Bolivia there.");
        Assert.Empty(At(named, "his counterpart"));
    }

    [Fact]
    public void A_word_in_capitals_spelling_the_initials_of_an_actor_named_before_is_that_actor()
    {
        var d = Read("Sudan's army clashed with the Rapid Support Forces near Omdurman. The RSF said it had repelled the attack.");
        var rsf = Assert.Single(At(d, "RSF"));
        Assert.Equal("SDN", rsf.Actor.Code.Value);
        Assert.Equal("REB", rsf.Actor.Sector);
        Assert.Equal("acronym", rsf.Actor.Antecedent!.Rule);
        // Capitals that spell no earlier actor's initials stand for no one.
        Assert.Empty(At(Read("Sudan's army clashed with the Rapid Support Forces. The UNHCR said thousands had fled."), "UNHCR"));
    }

    [Fact]
    public void The_country_is_the_state_its_sentence_names_not_one_a_demonym_describes()
    {
        var d = Read("Niger asked the German troops stationed in the country to leave.");
        var country = Assert.Single(At(d, "the country"));
        Assert.Equal("NER", country.Actor.Code.Value);
        // With no state named in its sentence, the last state named before.
        var before = Read("Ghana held elections on Saturday. Observers said the country voted calmly.");
        Assert.Equal("GHA", Assert.Single(At(before, "the country")).Actor.Code.Value);
    }

    // Unnamed speakers

    [Fact]
    public void His_after_an_unnamed_speaker_described_by_a_role_is_that_speakers()
    {
        var d = Read("Ghanaian President Mahama spoke on Friday. The Malian army chief said on Saturday his forces had retaken the town.");
        var his = Assert.Single(At(d, "his"));
        Assert.Equal("MLI", his.Actor.Code.Value);
        Assert.Equal("pronoun:described-speaker", his.Actor.Antecedent!.Rule);
        // A named speaker is the last person named, as before.
        var named = Read("Ghanaian President Mahama spoke on Friday. Army chief Assimi Diallo said on Saturday his forces had retaken the town.");
        Assert.DoesNotContain(At(named, "his"), m => m.Actor.Antecedent?.Rule == "pronoun:described-speaker");
    }

    [Fact]
    public void Its_land_entered_by_another_actor_in_what_a_state_says_is_the_speakers()
    {
        var d = Read("Finland said two Russian helicopters had violated its airspace near Porvoo.");
        var its = Assert.Single(At(d, "its"));
        Assert.Equal("FIN", its.Actor.Code.Value);
        Assert.Equal("pronoun:it-speakers-land", its.Actor.Antecedent!.Rule);
        // The actor's own troops are its own: "its" before a word that is no land is left alone.
        Assert.Empty(At(Read("Finland said Russia had moved its troops near the border."), "its"));
    }

    [Fact]
    public void Its_vessel_struck_by_another_actor_in_what_a_state_says_is_the_speakers()
    {
        var d = Read("Vietnam's coast guard said a Chinese ship fired flares at its vessel.");
        var its = Assert.Single(At(d, "its"));
        Assert.Equal("VNM", its.Actor.Code.Value);
        Assert.Equal("pronoun:it-speakers-land", its.Actor.Antecedent!.Rule);
        // Its own vessel told by the speaker with no other actor before it is left alone.
        Assert.Empty(At(Read("Vietnam said its vessel was rammed by a Chinese ship."), "its"));
    }

    [Fact]
    public void The_two_sides_after_a_meeting_are_who_met_not_the_state_it_was_held_in()
    {
        var d = Read("The Peruvian foreign minister met her Chilean counterpart in Ecuador on Monday. It was their third meeting this year. Both sides agreed to reopen the border.");
        Assert.Equal(["CHL", "PER"], At(d, "Both sides").Select(m => m.Actor.Code.Value).Order());
        // A state reached by a visit is a party when no other two are named lately.
        var visit = Read("The Peruvian president arrived in Quito on Monday. The two countries signed a trade pact.");
        Assert.Equal(["ECU", "PER"], At(visit, "The two countries").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void The_two_leaders_are_who_spoke_not_the_state_their_topic_is_about()
    {
        var d = Read("The Chilean president spoke by phone with the Peruvian president on Monday, and they discussed the Bolivian border dispute. The two leaders agreed to meet in May.");
        Assert.Equal(["CHL", "PER"], At(d, "The two leaders").Select(m => m.Actor.Code.Value).Order());
        // A people's adjective before a word for a person or a group still names a party.
        var side = Read("Chile hosted talks on Monday with the Bolivian side. The two sides agreed to meet again.");
        Assert.Equal(["BOL", "CHL"], At(side, "The two sides").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void The_group_charged_with_something_is_the_armed_group_named_before()
    {
        // "of" followed by a gerund tells the charge ("accusing the group of violating"), not the group's members.
        var d = Read("Somali troops shelled al-Shabaab positions near Baidoa, accusing the group of breaking the truce.");
        Assert.Equal("SOM", Assert.Single(At(d, "the group")).Actor.Code.Value);
        // Who backs a group describes it: "the Eritrea-backed group" is the group, not Eritrea.
        var backed = Read("Ethiopian troops shelled al-Shabaab positions, accusing the Eritrea-backed group of breaking the truce.");
        Assert.Equal("SOM", Assert.Single(At(backed, "the Eritrea-backed group")).Actor.Code.Value);
        // "the group of seven" names no one.
        Assert.Empty(At(Read("Somali troops shelled al-Shabaab positions. The group of seven donors met in Rome."), "The group"));
    }

    [Fact]
    public void Both_sides_are_the_parties_armed_groups_too_not_the_mediators_named_as_agents()
    {
        var d = Read("Israel and Hezbollah agreed to a truce brokered by France and the United States. Both sides later accused each other of breaking it.");
        Assert.Equal(["ISR", "LBN"], At(d, "Both sides").Select(m => m.Actor.Code.Value).Order());
        // With only the mediators named together, "both sides" is left unresolved rather than taken for them.
        Assert.Empty(At(Read("Serbia agreed to a truce brokered by France and Germany. Both sides later traded accusations."), "Both sides"));
        // "The two countries" still counts states only.
        var states = Read("Peru and the Shining Path fought on. Chile and Bolivia met in La Paz. The two countries signed a deal.");
        Assert.Equal(["BOL", "CHL"], At(states, "The two countries").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void She_after_a_state_title_speaking_is_that_states()
    {
        var d = Read("President Boric spoke on Monday. Peru's president said she had called the Chilean ambassador.");
        var she = Assert.Single(At(d, "she"));
        Assert.Equal("PER", she.Actor.Code.Value);
        Assert.Equal("pronoun:described-speaker", she.Actor.Antecedent!.Rule);
    }

    [Fact]
    public void She_after_an_unnamed_person_described_as_the_subject_before_is_that_persons_actor()
    {
        var d = Read("President Boric spoke on Monday. Peru's deputy foreign minister met reporters in Lima. She demanded that Santiago apologise.");
        var she = Assert.Single(At(d, "She"));
        Assert.Equal("PER", she.Actor.Code.Value);
        Assert.Equal("pronoun:described-person", she.Actor.Antecedent!.Rule);
        // A person named after the description is who the pronoun means.
        var named = Read("Peru's deputy foreign minister met reporters in Lima. Then President Boric spoke. She demanded that Lima apologise.");
        Assert.DoesNotContain(At(named, "She"), m => m.Actor.Antecedent?.Rule == "pronoun:described-person");
    }

    [Fact]
    public void An_object_pronoun_takes_the_person_a_role_describes_earlier_in_its_sentence()
    {
        var d = Read("President Boric spoke on Monday. Bolivia expelled Peru's ambassador on Tuesday, accusing him of spying.");
        var him = Assert.Single(At(d, "him"));
        Assert.Equal(("PER", Entente.Actors.Discourse.PersonPronounRule.DescribedObjectRule), (him.Actor.Code.Value, him.Actor.Antecedent!.Rule));
        // So is a speaker so described; the role word as the pronoun's own verb's subject is not who the pronoun means.
        var speaker = Read("President Boric spoke on Monday. Peru's ambassador said Bolivia had insulted him.");
        Assert.Equal("PER", Assert.Single(At(speaker, "him")).Actor.Code.Value);
        var subject = Read("President Boric spoke on Monday. Peru's ambassador praised him on Tuesday.");
        Assert.DoesNotContain(At(subject, "him"), m => m.Actor.Antecedent?.Rule == Entente.Actors.Discourse.PersonPronounRule.DescribedObjectRule && m.Actor.Code.Value == "PER");
    }

    [Fact]
    public void A_subject_pronoun_takes_the_person_a_role_describes_earlier_in_its_sentence()
    {
        var d = Read("Uruguay refused to detain the Bolivian president when he landed in Montevideo.");
        var he = Assert.Single(At(d, "he"));
        Assert.Equal(("BOL", Entente.Actors.Discourse.PersonPronounRule.DescribedInSentenceRule), (he.Actor.Code.Value, he.Actor.Antecedent!.Rule));
        // Nearer than a person named sentences before; a person named in the sentence itself comes first.
        var earlier = Read("President Boric spoke on Monday. Uruguay refused to detain the Bolivian president when he landed in Montevideo.");
        Assert.Equal("BOL", Assert.Single(At(earlier, "he")).Actor.Code.Value);
        var named = Read("Vladimir Putin met the Bolivian president when he landed in Moscow.");
        Assert.DoesNotContain(At(named, "he"), m => m.Actor.Antecedent?.Rule == Entente.Actors.Discourse.PersonPronounRule.DescribedInSentenceRule);
    }

    [Fact]
    public void The_two_alone_as_a_subject_takes_up_the_pair()
    {
        var d = Read("Kenya's president hosted the Tanzanian foreign minister in Nairobi. The two discussed border trade.");
        Assert.Equal(["KEN", "TZA"], At(d, "The two").Select(m => m.Actor.Code.Value).Order().ToArray());
    }

    [Fact]
    public void A_numbered_group_takes_up_a_group_of_states_named_at_once()
    {
        var d = Read("The Baltic states closed their borders on Monday. Moscow criticised all three countries.");
        Assert.Equal("EST+LVA+LTU", Assert.Single(At(d, "all three countries")).Actor.Code.Value);
    }

    [Fact]
    public void The_alliance_accused_of_failing_is_the_alliance_named_before()
    {
        var d = Read("Kazakhstan's president spoke about the CSTO on Monday. He accused the alliance of failing to act.");
        Assert.Equal("CSTO", Assert.Single(At(d, "the alliance")).Actor.Code.Value);
    }

    [Fact]
    public void An_object_pronoun_is_not_its_subjects_person_named_earlier_in_full()
    {
        var d = Read("Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima. Boluarte thanked him for the visit.");
        Assert.Equal("CHL", Assert.Single(At(d, "him")).Actor.Code.Value);
    }

    // People placed by what is said of them later

    [Fact]
    public void A_person_described_later_as_a_states_office_holder_takes_that_state()
    {
        var d = Read("Ilze Ostrova spoke in Riga on Monday. Ostrova, who is a Latvian opposition lawmaker, condemned Russia.");
        var person = Assert.Single(d.People, p => p.Name == "Ilze Ostrova");
        Assert.Equal(("LVA", "LEG", Entente.Actors.PersonFinder.DescriptionRule), (person.Code!.Value.Value, person.Sector, person.Rule));
        // A predicate that only ties the person to a state, or opens with none, places no one.
        foreach (var text in new[]
        {
            "Ilze Ostrova spoke in Riga on Monday. Ostrova is a critic of China, she said.",
            "Ilze Ostrova spoke on Monday. Ostrova has been Latvia's best-known voice on the matter, she said.",
        })
        {
            var other = Read(text);
            Assert.DoesNotContain(other.People, p => p.Name == "Ilze Ostrova" && p.Rule == Entente.Actors.PersonFinder.DescriptionRule);
        }
    }

    [Fact]
    public void A_person_said_to_have_served_as_a_states_office_holder_takes_that_state()
    {
        var d = Read("Prosecutors froze the assets of Marek Dvorak on Monday. The court said Dvorak \"took bribes\" during his term as interior minister of Slovakia.");
        var person = Assert.Single(d.People, p => p.Name == "Marek Dvorak");
        Assert.Equal(("SVK", Entente.Actors.PersonFinder.ServedAsRule), (person.Code!.Value.Value, person.Rule));
        // Serving in a place is no office of its state.
        var other = Read("Prosecutors froze the assets of Marek Dvorak on Monday. The court said Dvorak \"took bribes\" during his years as a banker in Slovakia.");
        Assert.DoesNotContain(other.People, p => p.Name == "Marek Dvorak" && p.Rule == Entente.Actors.PersonFinder.ServedAsRule);
    }

    [Fact]
    public void A_surname_that_confirms_no_one_leaves_the_full_name_for_a_later_mention()
    {
        // The first surname ("about Dvorak") is no subject; the second ("Dvorak had …") confirms the full name seen first.
        var d = Read("Police questioned Marek Dvorak on Monday. Reporters asked about Dvorak at the briefing. Officials said Dvorak had left the country.");
        Assert.Contains(d.People, p => p.Name == "Marek Dvorak");
    }

    // Definite descriptions of groups

    [Fact]
    public void The_militants_are_the_armed_group_named_just_before()
    {
        var d = Read("Hezbollah fired rockets at a town on Monday. The militants later attacked a border post in Lebanon.");
        var militants = Assert.Single(d.Actors, m => d.SliceTokens(m.FirstToken, m.EndToken) == "militants");
        Assert.Equal(("LBN", "REB"), (militants.Actor.Code.Value, militants.Actor.Sector));
        Assert.Equal(GenericGroups.NamedEarlierRule, militants.Actor.Antecedent!.Rule);
        Assert.Equal("Hezbollah", militants.Actor.Antecedent.Text);
        // A count of fighters is as definite.
        var counted = Read("Hezbollah fired rockets at a town on Monday. Israeli jets killed 12 militants near the border.");
        var twelve = Assert.Single(counted.Actors, m => counted.SliceTokens(m.FirstToken, m.EndToken) == "militants");
        Assert.Equal("Hezbollah", twelve.Actor.Antecedent?.Text);
        // Indefinite ones, a description of the same kind between, or the group named as a government take no antecedent.
        foreach (var text in new[]
        {
            "Hezbollah fired rockets at a town on Monday. Militants later attacked a border post in Syria.",
            "Hezbollah fired rockets on Monday. Gunmen linked with another faction stormed a bus. The gunmen fled into Syria.",
            "A Hezbollah government spokesman spoke on Monday. The militants later attacked a border post in Syria.",
        })
        {
            var other = Read(text);
            Assert.DoesNotContain(other.Actors, m => other.SliceTokens(m.FirstToken, m.EndToken) is "militants" or "Militants" or "gunmen" && m.Actor.Rule.StartsWith(GenericGroups.NamedEarlierRule));
        }
    }

    [Fact]
    public void A_bare_body_with_none_of_its_role_named_is_the_state_the_story_was_filed_from()
    {
        // The story names Moldova more often, but police and the presidential office of a Bucharest story are Romania's.
        const string text = "BUCHAREST, Nov. 4 (Reuters) - Police have detained two Moldovan men suspected of spying on a Romanian air base, " +
                            "officials said.\n\nMoldova said its citizens must be treated fairly. Moldova's embassy asked for consular access. " +
                            "Chisinau has not commented further.\n\nThe presidential office said the case was a matter for the courts.";
        var d = SharedPipeline.Instance.Read(PlainTextArticleReader.Read(text, "b.txt", "b.txt"));
        var police = Assert.Single(d.Actors, m => d.SliceTokens(m.FirstToken, m.EndToken) == "Police");
        Assert.Equal(("ROU", "COP"), (police.Actor.Code.Value, police.Actor.Sector));
        Assert.StartsWith(GenericGroups.StoryRule, police.Actor.Rule, StringComparison.Ordinal);
        var office = Assert.Single(At(d, "The presidential office"));
        Assert.Equal(("ROU", "role:presidential office"), (office.Actor.Code.Value, office.Actor.Antecedent?.Rule));
        Assert.EndsWith("(dateline)", office.Actor.Rule, StringComparison.Ordinal);
        // Without the dateline the story's main state stands for them.
        var unfiled = Read(text[(text.IndexOf(" - ", StringComparison.Ordinal) + 3)..]);
        Assert.Equal("MDA", Assert.Single(unfiled.Actors, m => unfiled.SliceTokens(m.FirstToken, m.EndToken) == "Police").Actor.Code.Value);
        Assert.Equal("MDA", Assert.Single(At(unfiled, "The presidential office")).Actor.Code.Value);
    }

    [Fact]
    public void They_after_a_sentence_naming_actors_together_and_then_one_alone_is_the_group()
    {
        // The group wins over a single state the sentence before names after it, as within one sentence.
        var d = Read("Minsk condemned Poland and Lithuania for holding drills near Belarus's border. It said they would regret any provocation.");
        Assert.Equal(["LTU", "POL"], At(d, "they").Select(m => m.Actor.Code.Value).Order());
        // With no actors named together, the last one named stands.
        var single = Read("Minsk condemned the drills near Belarus's border. It said they would regret any provocation.");
        Assert.Equal(["BLR"], At(single, "they").Select(m => m.Actor.Code.Value));
    }

    [Fact]
    public void A_titled_person_of_a_state_named_after_the_name_is_that_states()
    {
        // The story names Bolivia more often; "of Chile" after the name says whose minister she is.
        var d = Read("Bolivia closed its border on Monday. Bolivia blamed smugglers. Foreign Minister Ana Rojas of Chile criticised the closure.");
        var rojas = Assert.Single(d.People, p => p.Name == "Ana Rojas");
        Assert.Equal(("CHL", PersonFinder.OfStateRule), (rojas.Code?.Value, rojas.Rule));
        // "of" before something other than a state names no state.
        var party = Read("Bolivia closed its border on Monday. Bolivia blamed smugglers. Minister Ana Rojas of the ruling party criticised the closure.");
        var member = Assert.Single(party.People, p => p.Name == "Ana Rojas");
        Assert.NotEqual(PersonFinder.OfStateRule, member.Rule);
        Assert.NotEqual("CHL", member.Code?.Value);
    }

    [Fact]
    public void The_country_another_state_acts_against_in_a_report_is_the_reporters()
    {
        var d = Read("Estonia's navy said Russia had fired flares at the country overnight.");
        var country = Assert.Single(At(d, "the country"));
        Assert.Equal(("EST", "GOV", "country-of-reporter"), (country.Actor.Code.Value, country.Actor.Sector, country.Actor.Antecedent?.Rule));
        var airspace = Read("Latvian border guards said a Russian drone had entered the country's airspace on Sunday.");
        Assert.Equal("LVA", Assert.Single(At(airspace, "the country")).Actor.Code.Value);
        // Where the doer stands is its own country: "from the country" is no aim.
        var own = Read("Estonia's navy said Russia had moved its ships away from the country.");
        Assert.NotEqual("country-of-reporter", Assert.Single(At(own, "the country")).Actor.Antecedent?.Rule);
    }

    [Fact]
    public void The_government_a_states_opposition_accuses_is_that_states()
    {
        var d = Read("Zambia's opposition accused the government of blocking fuel deliveries to Malawi.");
        var government = Assert.Single(At(d, "the government"));
        Assert.Equal(("ZMB", "GOV", "role:government-of-opposition"), (government.Actor.Code.Value, government.Actor.Sector, government.Actor.Antecedent?.Rule));
    }

    [Theory]
    [InlineData("Kenya and Uganda held border talks. The Kremlin said on Monday that the president would travel to Hanoi next month.", "RUS")]
    [InlineData("Egypt hosted the talks. The Elysee said the president had spoken with the emir of Qatar.", "FRA")]
    public void An_office_holder_a_states_organ_speaks_of_is_that_states(string text, string state)
    {
        var d = Read(text);
        var president = Assert.Single(At(d, "the president"));
        Assert.Equal((state, "office-of-speaker"), (president.Actor.Code.Value, president.Actor.Antecedent?.Rule));
        Assert.NotNull(president.Actor.Person);
    }

    [Fact]
    public void We_in_a_quotation_the_statement_said_is_the_body_that_issued_it()
    {
        var d = Read("ASEAN foreign ministers issued a joint statement on Friday. \"We call on Myanmar to end the violence,\" the statement said.");
        var we = Assert.Single(At(d, "We"));
        Assert.Equal("ASEAN", we.Actor.Code.Value);
    }

    [Fact]
    public void It_after_a_speech_verb_is_the_speaker_not_what_a_relative_clause_names()
    {
        var d = Read("Indonesia, which chairs the Association of Southeast Asian Nations this year, said it was alarmed by the fighting.");
        var it = Assert.Single(At(d, "it"));
        Assert.Equal("IDN", it.Actor.Code.Value);
    }

    [Fact]
    public void The_generals_are_the_military_named_before()
    {
        var d = Read("Sudan's army has stepped up air strikes on Omdurman. Egypt's president urged the generals to halt the bombing.");
        var generals = Assert.Single(At(d, "the generals"));
        Assert.Equal(("SDN", "MIL"), (generals.Actor.Code.Value, generals.Actor.Sector));
    }

    [Fact]
    public void The_government_said_by_a_closing_attribution_is_the_speakers_own()
    {
        var d = Read("Bolivia closed its border on Monday. Bolivia blamed smugglers. In Santiago, Chilean Foreign Minister Ana Rojas spoke to reporters. " +
                     "The government sent a note of protest to La Paz, she said.");
        var government = Assert.Single(At(d, "The government"));
        Assert.Equal(("CHL", "role:government-of-speaker"), (government.Actor.Code.Value, government.Actor.Antecedent?.Rule));
    }

    [Fact]
    public void A_government_role_with_no_state_is_the_state_the_story_was_filed_from()
    {
        const string text = "Peru protests naval drill\n\nLIMA, Peru (AP) — Chilean warships held live-fire drills near the maritime border on Monday.\n\n" +
                            "\"This is an unfriendly act,\" foreign ministry spokeswoman Ana Quispe said, urging Chile to halt the drills.";
        var filed = SharedPipeline.Instance.Read(PlainTextArticleReader.Read(text, "lima.txt", "lima.txt"));
        var spokeswoman = Assert.Single(filed.People, p => p.Name == "Ana Quispe");
        Assert.Equal("PER", spokeswoman.Code?.Value);
        Assert.Equal(PersonFinder.DatelineStateRule, spokeswoman.Rule);
        // With no dateline the role's state stays unknown.
        var unfiled = Read("Chilean warships held live-fire drills near the maritime border on Monday. Foreign ministry spokeswoman Ana Quispe urged Chile to halt the drills.");
        Assert.Null(Assert.Single(unfiled.People, p => p.Name == "Ana Quispe").Code);
    }

    [Fact]
    public void It_after_a_trailing_speech_participle_is_the_subject()
    {
        var d = Read("Bolivia blocked the Chilean proposal, saying it would not accept new tolls.");
        var it = Assert.Single(At(d, "it"));
        Assert.Equal("BOL", it.Actor.Code.Value);
    }

    [Fact]
    public void It_after_a_speech_verb_joined_by_and_is_the_subject()
    {
        var d = Read("The Bolivian government denied that the plane had entered Chilean airspace and said it would summon the Chilean envoy.");
        var it = Assert.Single(At(d, "it"));
        Assert.Equal("BOL", it.Actor.Code.Value);
    }

    [Fact]
    public void A_regional_epithet_is_the_last_state_of_that_region_named()
    {
        var d = Read("Chad closed its border with Qatar on Monday. Officials accused the Gulf state of funding rebels.");
        var gulf = Assert.Single(d.Actors, m => m.Kind == MentionKind.Reference && d.SliceTokens(m.FirstToken, m.EndToken) == "the Gulf state");
        Assert.Equal("QAT", gulf.Actor.Code.Value);
        Assert.Contains("epithet:region", gulf.Actor.Rule);
    }

    [Fact]
    public void Its_neighbour_is_the_other_state_last_named()
    {
        var d = Read("Niger expelled two Beninese diplomats on Monday. Niamey accused its neighbour of hosting foreign troops.");
        var neighbour = Assert.Single(d.Actors, m => m.Kind == MentionKind.Reference && d.SliceTokens(m.FirstToken, m.EndToken) == "its neighbour");
        Assert.Equal("BEN", neighbour.Actor.Code.Value);
    }

    // Names several states use

    [Fact]
    public void Their_on_a_verbs_object_is_the_verbs_subject_not_a_name_the_subject_carries()
    {
        var d = Read("EU leaders meeting in the Greek capital on Friday reaffirmed their commitment to enlargement.");
        Assert.Equal("EU", Assert.Single(At(d, "their")).Actor.Code.Value);
        var both = Read("Chile and Peru have repeatedly made clear their opposition to the treaty.");
        Assert.Equal(["CHL", "PER"], At(both, "their").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void The_ministers_are_the_body_named_lately_with_that_head_word()
    {
        var d = Read("ASEAN foreign ministers on Friday approved a maritime code, officials said, after clashes between Chinese and "
                     + "Philippine vessels. The ministers, meeting in Jakarta, also agreed to set up a hotline.");
        var ministers = Assert.Single(At(d, "The ministers"));
        Assert.Equal(("ASEAN", "ref:group:same-head→ASEAN foreign ministers"), (ministers.Actor.Code.Value, ministers.Actor.Rule));
    }

    [Fact]
    public void A_body_no_one_was_named_for_goes_on_with_the_capital_whose_organ_opened_the_sentence_before()
    {
        var d = Read("Tokyo's foreign ministry summoned China's ambassador on Monday over the incursion. The defence ministry said it had "
                     + "scrambled jets to shadow two Chinese drones.");
        var ministry = Assert.Single(At(d, "The defence ministry"));
        Assert.Equal(("JPN", "role:defense ministry-previous-subject"), (ministry.Actor.Code.Value, ministry.Actor.Antecedent?.Rule));
    }

    [Fact]
    public void A_body_that_speaks_goes_on_with_the_state_that_was_the_subject_before()
    {
        var d = Read("Moldova said Russian troops had blocked a road near its checkpoints. \"We will not accept this,\" the foreign ministry said.");
        var ministry = Assert.Single(At(d, "the foreign ministry"));
        Assert.Equal(("MDA", "role:foreign ministry-previous-subject"), (ministry.Actor.Code.Value, ministry.Actor.Antecedent?.Rule));
        Assert.Equal("MDA", Assert.Single(At(d, "We")).Actor.Code.Value);
    }

    [Fact]
    public void A_body_met_is_not_the_previous_subjects()
    {
        var d = Read("Thailand said on Monday that it would reopen the border crossing. Its envoy met the junta chief in Naypyidaw.");
        Assert.DoesNotContain(At(d, "the junta"), m => m.Actor.Code.Value == "THA");
    }

    [Fact]
    public void A_peoples_adjective_and_its_states_body_are_one_side_not_two()
    {
        var d = Read("Laos and Vietnam agreed to a ceasefire on Friday. Lao gunners shelled Vietnamese positions, and Vietnam's defence "
                     + "ministry accused the Lao army of hitting a school. Commanders from both sides will meet on Saturday.");
        Assert.Equal(["LAO", "VNM"], At(d, "both sides").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void They_after_a_place_is_the_group_named_before_it_in_the_sentence()
    {
        var d = Read("Australia, Japan and India began naval drills on Monday. The drills involve the Australian frigate Arunta, the Japanese "
                     + "destroyer Kongo and the Indian destroyer Delhi. The exercise follows a meeting of the allies' defence chiefs in Canberra "
                     + "last month, where they agreed to hold the drills every year.");
        Assert.Equal(["AUS", "IND", "JPN"], At(d, "they").Select(m => m.Actor.Code.Value).Order());
        // Listed with their own head words ("the Japanese destroyer Kongo and the Indian …"), peoples' adjectives are one list.
        Assert.Equal(["AUS", "IND", "JPN"], At(d, "the allies").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void The_two_sides_are_the_two_states_the_story_names_most_not_a_state_named_in_passing()
    {
        var d = Read("Kenya's foreign minister met his Somali counterpart in Nairobi on Tuesday. Kenya asked Somalia to reopen the border "
                     + "crossing at Mandera. The minister also raised concerns about Somalia's ties with Eritrea, the official added. The two "
                     + "sides did not agree on the crossing. The two ministers later joined Ethiopia's foreign minister for talks, where the "
                     + "three agreed to hold a summit.");
        Assert.Equal(["KEN", "SOM"], At(d, "The two sides").Select(m => m.Actor.Code.Value).Order());
        // A speaker after a comma ("…, the official added") is not listed with the name before the comma.
        Assert.Equal(["ETH", "KEN", "SOM"], At(d, "the three").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void A_party_name_several_states_use_is_the_story_states_party()
    {
        var peru = Read("Peru's president met Peruvian lawmakers on Monday. The Democratic Party walked out of the session in Lima.");
        var party = Assert.Single(peru.Actors, m => peru.SliceTokens(m.FirstToken, m.EndToken) == "Democratic Party");
        Assert.Equal("PER", party.Actor.Code.Value);
        Assert.Equal("PTY", party.Actor.Sector);
        Assert.EndsWith("+story-state", party.Actor.Rule);
        // A state's possessive before it says whose party it is outright.
        var owned = Read("Peru's Democratic Party walked out of the session in Lima.");
        var ownedParty = Assert.Single(owned.Actors, m => owned.SliceTokens(m.FirstToken, m.EndToken) == "Peru's Democratic Party");
        Assert.Equal(("PER", "PTY"), (ownedParty.Actor.Code.Value, ownedParty.Actor.Sector));
        // Where South Korea is named, the dictionary's party stands; with no story state, none.
        var korea = Read("South Korea's ruling party met the Democratic Party on Monday.");
        Assert.Equal("KOR", Assert.Single(korea.Actors, m => korea.SliceTokens(m.FirstToken, m.EndToken) == "Democratic Party").Actor.Code.Value);
        var none = Read("The Democratic Party walked out of the session on Monday.");
        Assert.DoesNotContain(none.Actors, m => none.SliceTokens(m.FirstToken, m.EndToken) == "Democratic Party");
    }

    // Short names

    [Fact]
    public void The_last_word_of_a_body_named_before_after_the_is_that_body()
    {
        var d = Read("The European Commission fined two Chilean banks on Monday. Chile criticised the Commission on Tuesday.");
        var commission = Assert.Single(At(d, "Commission"));
        Assert.Equal("EU", commission.Actor.Code.Value);
        Assert.Equal("ref:short-name→European Commission", commission.Actor.Rule);
        Assert.Equal("European Commission", commission.Actor.Antecedent?.Text);
    }

    [Fact]
    public void A_short_name_needs_a_capital_the_and_no_longer_name_after_it()
    {
        var d = Read("The European Commission met on Monday. Chile criticised the commission, and the Commission of Inquiry replied.");
        Assert.Empty(At(d, "commission"));
        Assert.Empty(At(d, "Commission"));
    }

    // Pronouns

    [Fact]
    public void Their_prefers_actors_named_together_in_the_sentence_over_a_single_one_named_after_them()
    {
        var d = Read("Ghana and Togo criticised Benin's new tariffs and agreed to protect their markets.");
        var their = At(d, "their");
        Assert.Equal(["GHA", "TGO"], their.Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void Their_is_the_state_named_before_with_the_rule_and_the_antecedent()
    {
        var d = Read("Japan lodged a complaint on Monday. Their diplomats said the talks had failed.");
        var their = Assert.Single(At(d, "Their"));
        Assert.Equal("JPN", their.Actor.Code.Value);
        var a = Assert.IsType<Antecedent>(their.Actor.Antecedent);
        Assert.Equal("pronoun:plural", a.Rule);
        Assert.Equal("Japan", a.Text);
        Assert.Equal(0, a.Sentence);
        Assert.Equal("rule pronoun:plural, from 'Japan' in sentence 1", a.Describe());
    }

    [Fact]
    public void He_after_a_person_of_unknown_country_is_no_earlier_known_person()
    {
        var d = Read("Chilean President Gabriel Boric spoke in Santiago on Monday. Tomas Ulloa, a shopkeeper from the coast, stands accused of fraud. He rejects the charges.");
        Assert.Empty(At(d, "He"));
        var known = Read("Chilean President Gabriel Boric spoke in Santiago on Monday. He rejects the charges.");
        Assert.Equal("CHL", Assert.Single(At(known, "He")).Actor.Code.Value);
    }

    [Fact]
    public void They_does_not_stand_for_a_single_person()
    {
        var d = Read("Choi Min-ho, an analyst, spoke on Monday. They said the plan was late.");
        Assert.Empty(At(d, "They"));
    }

    [Fact]
    public void It_opening_a_sentence_with_a_speech_verb_is_the_previous_subject_and_its_follows()
    {
        var d = Read("Japan protested the launch on Monday. It said the missile fell inside its waters.");
        Assert.Equal("JPN", Assert.Single(At(d, "It")).Actor.Code.Value);
        Assert.Equal("pronoun:it", At(d, "its").Single().Actor.Antecedent?.Rule);
    }

    [Fact]
    public void It_as_an_object_is_the_nearest_singular_noun_before_it_that_is_not_its_verbs_subject()
    {
        var d = Read("Bolivia said it would reopen its consulates after Chile removed it from a list of hostile states.");
        var it = At(d, "it").Single(m => m.Actor.Antecedent?.Rule == "pronoun:it-object");
        Assert.Equal("BOL", it.Actor.Code.Value);
        // A thing nearer than any actor is what "it" stands for: no actor.
        var thing = Read("The council debated the proposal on Friday, but Ecuador rejected it.");
        Assert.DoesNotContain(At(thing, "it"), m => m.Actor.Antecedent?.Rule == "pronoun:it-object");
        // Never the verb's own subject: "Moscow condemned it" after sanctions on Russia takes the bloc that imposed them.
        var sanctions = Read("The EU imposed new sanctions on Russia on Monday. Moscow condemned it.");
        Assert.Equal("EU", At(sanctions, "it").Single().Actor.Code.Value);
        // "made it clear" speaks of a clause to come; "making it the first member" describes what "it" is.
        Assert.Empty(At(Read("Peru said the ruling made it clear that the islands are Peruvian."), "it"));
        Assert.DoesNotContain(At(Read("Peru joined the forum on Monday, the country's navy said, making it the first Andean member."), "it"),
            m => m.Actor.Antecedent?.Rule == "pronoun:it-object");
    }

    [Fact]
    public void A_definite_craft_stands_for_the_owner_of_the_last_craft_of_its_kind()
    {
        var d = Read("Bolivian jets intercepted a Peruvian aircraft on Monday. La Paz said it had escorted the plane out of its airspace.");
        var plane = Assert.Single(At(d, "the plane"));
        Assert.Equal(("PER", "craft:aircraft"), (plane.Actor.Code.Value, plane.Actor.Antecedent?.Rule));
        // A plane does not take up a ship, and a craft named with no owner leaves "the vessel" no one's.
        Assert.Empty(At(Read("A Peruvian ship docked in Arica. Chile said the plane had landed."), "the plane"));
        Assert.Empty(At(Read("A Peruvian navy ship rescued a fishing vessel. The vessel was towed to port."), "The vessel"));
    }

    [Fact]
    public void One_list_of_craft_words_gives_medium_use_and_number()
    {
        Assert.Equal(new CraftWord(CraftMedium.Sea, CraftUse.Military, CraftNumber.Plural), WordClasses.CraftOf("frigates"));
        Assert.Equal(new CraftWord(CraftMedium.Sea, CraftUse.Civil, CraftNumber.Singular), WordClasses.CraftOf("Ferry"));
        Assert.Equal(CraftNumber.Either, WordClasses.CraftOf("aircraft").Number);
        Assert.Equal(CraftWord.None, WordClasses.CraftOf("convoy"));
        // The craft rule reads the shared list: a helicopter takes up an aircraft, not a ship.
        var d = Read("Uruguayan drones tracked an Argentine helicopter on Monday. Montevideo said the helicopter had left its airspace.");
        Assert.Equal("ARG", Assert.Single(At(d, "the helicopter")).Actor.Code.Value);
    }

    [Fact]
    public void Whoever_speaks_to_both_sides_is_not_one_of_them()
    {
        // (A people's adjective before a place, "near the Venezuelan border", names no party: the troops on each side do.)
        var d = Read("Colombian troops exchanged fire with Venezuelan soldiers near the border on Monday. Brasilia urged both sides to show restraint.");
        var sides = At(d, "both sides");
        Assert.DoesNotContain(sides, m => m.Actor.Code.Value == "BRA");
        Assert.Equal(["COL", "VEN"], sides.Select(m => m.Actor.Code.Value).Order());
        // "both warring parties": an adjective may stand before the head, and armed groups are parties.
        var parties = At(Read("The Somali army and al-Shabab fighters clashed near Kismayo on Monday. The African Union called on both warring parties to stop."), "both warring parties");
        Assert.Equal(2, parties.Count);
    }

    [Fact]
    public void The_foreign_ministry_by_its_full_name_is_the_storys_state()
    {
        var d = Read("The Chilean navy said on Monday its patrol boats had been shadowed. Santiago lodged a formal complaint. The Ministry of Foreign Affairs summoned the ambassador.");
        var ministry = Assert.Single(At(d, "The Ministry of Foreign Affairs"));
        Assert.Equal(("CHL", "role:foreign ministry-previous-subject"), (ministry.Actor.Code.Value, ministry.Actor.Antecedent?.Rule));
    }

    [Fact]
    public void The_government_a_speaker_speaks_of_is_the_speakers_own()
    {
        // The story names Bolivia more often, but the minister speaks of Chile's government.
        var d = Read("Bolivia closed its border on Monday. Bolivia blamed smugglers. Chile's foreign minister criticised the closure. She said the government would seek talks with La Paz.");
        var government = Assert.Single(At(d, "the government"));
        Assert.Equal(("CHL", "role:government-of-speaker"), (government.Actor.Code.Value, government.Actor.Antecedent?.Rule));
    }

    [Fact]
    public void A_bare_role_in_a_story_naming_one_state_is_that_states()
    {
        var d = Read("Nepal held an emergency cabinet meeting on Monday. The government said it would impose a curfew in the capital.");
        Assert.Equal("NPL", Assert.Single(At(d, "The government")).Actor.Code.Value);
    }

    [Fact]
    public void The_junta_is_the_military_rulers_named_with_their_state()
    {
        var d = Read("Niger's junta has ruled since 2023. The junta on Tuesday accused Benin of hosting foreign troops.");
        Assert.Equal("NER", Assert.Single(At(d, "The junta")).Actor.Code.Value);
    }

    [Fact]
    public void Their_after_two_states_joined_by_and_the_is_both()
    {
        var d = Read("Ghana and the Gambia signed a fisheries pact on Monday. Their ministers pledged to patrol the coast together.");
        Assert.Equal(["GHA", "GMB"], At(d, "Their").Select(m => m.Actor.Code.Value).Order().ToArray());
    }

    [Fact]
    public void A_bare_role_is_not_the_state_it_acts_on_in_its_own_sentence()
    {
        // Benin is named most, but the government asks Benin: it is the other state named, Niger's.
        var d = Read("Nigerien traders were stranded at the border with Benin on Friday. The government asked Benin to reopen the crossing.");
        Assert.Equal("NER", Assert.Single(At(d, "The government")).Actor.Code.Value);
        // A state named later as a place is no object: the junta is still that state's.
        var junta = Read("Myanmar's junta faces new protests. The junta imposed martial law on three townships in Yangon, Myanmar's largest city.");
        Assert.Equal("MMR", Assert.Single(At(junta, "The junta")).Actor.Code.Value);
    }

    [Fact]
    public void The_army_is_the_forces_named_last()
    {
        var d = Read("Turkish forces raided a village near Duhok on Tuesday. The army said it had detained nine suspects.");
        var army = Assert.Single(At(d, "The army"));
        Assert.Equal(("TUR", "MIL"), (army.Actor.Code.Value, army.Actor.Sector));
    }

    [Fact]
    public void Civil_craft_in_the_plural_are_not_a_states_forces()
    {
        var forces = Read("Chile reported six Bolivian military helicopters near Arica. The helicopters turned back, Santiago said.");
        Assert.Equal(("BOL", "description:forces"), (Assert.Single(At(forces, "The helicopters")).Actor.Code.Value, Assert.Single(At(forces, "The helicopters")).Actor.Antecedent?.Rule));
        Assert.Empty(At(Read("Chile reported six Bolivian ferries near Arica. The ferries turned back, Santiago said."), "The ferries"));
    }

    [Fact]
    public void Its_land_entered_is_the_speaker_of_its_own_clause()
    {
        var d = Read("Quito protested on Monday, while Lima said the Ecuadorian patrol boat had entered its waters.");
        Assert.Equal("PER", Assert.Single(At(d, "its")).Actor.Code.Value);
    }

    [Fact]
    public void A_capital_that_seats_an_organisation_named_close_by_stands_for_it()
    {
        var d = Read("Brussels froze Moldova's EU accession process on Monday.");
        var seat = Assert.Single(Named(d, "Brussels"));
        Assert.Equal(("EU", "seat"), (seat.Actor.Code.Value, seat.Actor.Antecedent?.Rule));
        // Belgium named close by: the capital is its own; "met in Brussels": the city.
        Assert.Equal("BEL", Assert.Single(Named(Read("Belgium's prime minister said Brussels would send troops to the EU mission in Mali."), "Brussels")).Actor.Code.Value);
        Assert.DoesNotContain(Named(Read("EU ministers met in Brussels on Monday."), "Brussels"), m => m.Actor.Code.Value == "EU");
    }

    [Fact]
    public void A_capital_that_seats_organisations_alone_in_a_story_that_never_names_its_state_stands_for_the_first()
    {
        var d = Read("Brussels suspended budget payments to Bratislava on Thursday over a new media law.");
        var seat = Assert.Single(Named(d, "Brussels"));
        Assert.Equal("EU", seat.Actor.Code.Value);
        Assert.StartsWith(ActorResolver.LoneSeatRule, seat.Actor.Rule);
        // Belgium named anywhere in the story keeps the capital its own.
        Assert.Equal("BEL", Assert.Single(Named(Read("Brussels recalled its envoy to Kigali on Monday. Belgian troops left the country in 1994."), "Brussels")).Actor.Code.Value);
    }

    [Fact]
    public void The_host_is_who_hosted()
    {
        var d = Read("Kenya hosted regional leaders in Nairobi on Friday. Uganda thanked the host for the invitation.");
        Assert.Equal(("KEN", "host"), (Assert.Single(At(d, "the host")).Actor.Code.Value, At(d, "the host")[0].Actor.Antecedent?.Rule));
        var by = Read("The summit, hosted by Egypt, ended without a deal. Sudan criticised the hosts for excluding its army.");
        Assert.Equal("EGY", Assert.Single(At(by, "the hosts")).Actor.Code.Value);
    }

    [Fact]
    public void The_visiting_official_and_the_guest_are_who_visited()
    {
        var d = Read("Brazil's foreign minister Mauro Vieira arrived in Lima on Monday for talks. The visiting minister praised Peru's trade policy. Peru's president thanked his guest for the visit.");
        Assert.Equal(("BRA", "guest"), (Assert.Single(At(d, "The visiting minister")).Actor.Code.Value, At(d, "The visiting minister")[0].Actor.Antecedent?.Rule));
        Assert.Equal("BRA", Assert.Single(At(d, "his guest")).Actor.Code.Value);
        var hosted = Read("Kenya's president hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi. The guest urged Sudan's army to accept a truce.");
        Assert.Equal("ETH", Assert.Single(At(hosted, "The guest")).Actor.Code.Value);
    }

    [Fact]
    public void A_monarch_or_heir_by_title_alone_is_the_one_named_with_that_title()
    {
        var d = Read("Chile's president met Saudi Crown Prince Mohammed bin Salman in Riyadh. The crown prince praised the new copper deal.");
        Assert.Equal(("SAU", "role:crown prince"), (Assert.Single(At(d, "The crown prince")).Actor.Code.Value, At(d, "The crown prince")[0].Actor.Antecedent?.Rule));
    }

    [Fact]
    public void The_leaders_are_the_states_named_together_before()
    {
        var d = Read("The presidents of Chile, Peru and Bolivia met in Arica on Friday. The leaders also criticised Argentina's new tariffs.");
        Assert.Equal(["BOL", "CHL", "PER"], At(d, "The leaders").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void The_story_state_is_named_by_its_groups_and_places_too_not_only_by_its_name()
    {
        // Congo is named only by its rebels and a town, Qatar once by its adjective.
        var d = Read("M23 rebels seized two towns near Goma on Monday, a day after talks in the Qatari capital. The government vowed to retake the towns.");
        Assert.Equal("COD", Assert.Single(At(d, "The government")).Actor.Code.Value);
        // The state's own rebels acted on leave the army the state's, not the other state named before.
        var army = Read("Congo's government and M23 rebels signed a truce in the Qatari capital. M23 rebels then seized Goma. The army accused the rebels of breaking the truce.");
        Assert.Equal("COD", Assert.Single(At(army, "The army")).Actor.Code.Value);
    }

    [Fact]
    public void The_statement_is_whoever_issued_the_statement_told_before()
    {
        var d = Read("Chile's foreign ministry said in a statement on Monday that it regretted the vote. The statement urged Bolivia to return to talks.");
        Assert.Equal(("CHL", "statement-issuer"), (Assert.Single(At(d, "The statement")).Actor.Code.Value, At(d, "The statement")[0].Actor.Antecedent?.Rule));
        // "the statement by X" names its issuer itself.
        Assert.Empty(At(Read("Chile said in a statement that it regretted the vote. The statement by Peru urged calm."), "The statement"));
    }

    [Fact]
    public void The_latter_and_the_former_are_the_last_two_actors_named()
    {
        var d = Read("Argentina and Chile held talks on their border dispute. The latter rejected a proposal for joint patrols, while the former said it would try again.");
        Assert.Equal("CHL", Assert.Single(At(d, "The latter")).Actor.Code.Value);
        Assert.Equal("ARG", Assert.Single(At(d, "the former")).Actor.Code.Value);
        // "the former president" is a title, not a reference.
        Assert.Empty(At(Read("Argentina and Chile held talks. The former president of Chile attended."), "The former"));
    }

    [Fact]
    public void The_latter_and_the_former_are_a_pair_joined_by_and_before_any_later_name()
    {
        var d = Read("Argentina and Brazil have argued for months over the trade pact with the European Union. On Monday the latter said it would sign the pact.");
        Assert.Equal("BRA", Assert.Single(At(d, "the latter")).Actor.Code.Value);
        var people = Read("Peru's President Jose Rios and Bolivia's President Luis Vaca spoke at the summit of the Andean Community. The former said talks would go on.");
        Assert.Equal("PER", Assert.Single(At(people, "The former")).Actor.Code.Value);
    }

    [Fact]
    public void It_after_an_opening_phrase_doing_a_past_deed_is_the_previous_subject()
    {
        var d = Read("Estonia has long been one of Moscow's fiercest critics inside NATO. On Friday it expelled two Russian diplomats.");
        Assert.Equal("EST", Assert.Single(At(d, "it")).Actor.Code.Value);
        // What an event or a treaty does is no actor's deed.
        Assert.Empty(At(Read("Chile signed the treaty with Peru in 2019. Later it came under pressure in Congress."), "it"));
    }

    [Theory]
    [InlineData("The foreign ministry")]
    [InlineData("The Ministry of Foreign Affairs")]
    public void A_ministry_acting_on_a_state_is_the_other_state_when_no_state_leads_the_story(string ministry)
    {
        var d = Read($"Two Chinese coast guard ships entered Philippine waters on Monday, the Philippine navy said. {ministry} summoned China's ambassador.");
        Assert.Equal("PHL", Assert.Single(At(d, ministry)).Actor.Code.Value);
    }

    [Fact]
    public void An_emirate_or_a_sultanate_is_the_last_one_named()
    {
        var d = Read("Kuwait's emir received the Iraqi foreign minister. Baghdad thanked the emirate for its support.");
        Assert.Equal("KWT", Assert.Single(At(d, "the emirate")).Actor.Code.Value);
    }

    [Fact]
    public void A_known_surname_joined_to_another_is_that_person()
    {
        var d = Read("Kazakhstan's president hosted Putin and Xi in Astana.");
        Assert.Contains(d.Actors, m => m.Actor.Code.Value == "RUS" && d.SliceTokens(m.FirstToken, m.EndToken) == "Putin");
        Assert.Contains(d.Actors, m => m.Actor.Code.Value == "CHN" && d.SliceTokens(m.FirstToken, m.EndToken) == "Xi");
    }

    [Fact]
    public void A_surname_of_someone_in_office_is_that_person_as_an_object_unless_the_story_names_another_bearer()
    {
        // Undated: today's office holders. "Putin" as an object, with no title, speech or "and" beside it.
        var d = Read("Chile's president met Putin in Moscow.");
        Assert.Contains(d.Actors, m => m.Actor.Code.Value == "RUS" && d.SliceTokens(m.FirstToken, m.EndToken) == "Putin");
        // "Jimmy Lai" later in the story: the bare "Lai" may be him, so it is not Taiwan's president.
        var other = Read("Chile's envoy met Lai in Santiago. The businessman Jimmy Lai owns a newspaper there.");
        Assert.DoesNotContain(other.Actors, m => m.Actor.Code.Value == "TWN");
        Assert.Contains(Read("Chile's envoy met Lai in Santiago.").Actors, m => m.Actor.Code.Value == "TWN");
    }

    [Fact]
    public void A_sentence_opened_by_he_goes_on_about_the_subject_before_not_a_person_named_later_in_it()
    {
        var d = Read("Lula met Kenya's president, William Ruto, in Brasilia on Monday. He praised Kenya for its mediation in Haiti.");
        Assert.Equal("BRA", Assert.Single(At(d, "He")).Actor.Code.Value);
        // "His" is not the rule's: it keeps the last person named.
        var his = Read("Lula met Kenya's president, William Ruto, in Brasilia on Monday. His aides stayed behind.");
        Assert.Equal("KEN", Assert.Single(At(his, "His")).Actor.Code.Value);
    }

    [Fact]
    public void A_one_word_name_listed_for_someone_and_a_surname_without_its_accent_name_that_person_but_a_regnal_number_does_not()
    {
        Assert.Contains(Read("Lula praised Kenya.").Actors, m => m.Actor.Code.Value == "BRA");
        Assert.Contains(Read("Kenya's president met Sanchez in Madrid.").Actors, m => m.Actor.Code.Value == "ESP");
        // "Frederik X" reigns, and "X" is still a social network.
        Assert.DoesNotContain(Read("The minister said in a post on X that the talks would resume.").Actors, m => m.Actor.Code.Value == "DNK");
    }

    [Fact]
    public void The_three_countries_may_stand_a_few_sentences_after_their_list()
    {
        var d = Read("Peru, Chile and Bolivia held talks in Lima on Monday. The talks focused on water. Officials said the meeting was useful. "
                     + "Brazil tested a rocket on Tuesday. It fell into the sea. Separately, the envoys of the three countries spoke by phone on Thursday.");
        Assert.Equal(["BOL", "CHL", "PER"], At(d, "the three countries").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void The_two_are_the_two_actors_named_before_them_in_their_sentence_an_organisation_among_them()
    {
        var d = Read("Chile asked for help. The UN secretary-general met Peru's foreign minister in Geneva, and the two discussed the drought.");
        Assert.Equal(["PER", "UN"], At(d, "the two").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void Delegations_rivals_and_regional_leaders_are_the_states_named_together()
    {
        var delegations = Read("Chile hosted talks between Peru and Bolivia in Santiago. The minister praised both delegations for their patience.");
        Assert.Equal(["BOL", "PER"], At(delegations, "both delegations").Select(m => m.Actor.Code.Value).Order());
        var rivals = Read("Peru and Bolivia held talks in Quito. The two Andean rivals agreed to reopen their embassies.");
        Assert.Equal(["BOL", "PER"], At(rivals, "The two Andean rivals").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void The_last_word_of_an_organisations_name_stands_for_it()
    {
        var d = Read("Kenya asked the IMF for a new loan. The fund agreed to lend Nairobi $1 billion.");
        var fund = Assert.Single(At(d, "The fund"));
        Assert.Equal(("IMF", "organization-head"), (fund.Actor.Code.Value, fund.Actor.Antecedent?.Rule));
        // Nothing so named before: no one.
        Assert.Empty(At(Read("Kenya asked Uganda for help. The fund agreed to lend money."), "The fund"));
    }

    [Fact]
    public void An_acronym_two_bodies_share_is_the_story_states_when_its_own_state_goes_unnamed()
    {
        // "SDF" is Japan's forces in a story about Japan, and not Japan's in one that never names it.
        Assert.Contains(Named(Read("Japan's SDF held drills with U.S. Marines on Okinawa."), "SDF"), m => m.Actor.Code.Value == "JPN");
        Assert.DoesNotContain(Named(Read("Kurdish fighters of the SDF clashed with Turkish-backed militias in northern Syria."), "SDF"), m => m.Actor.Code.Value == "JPN");
    }

    [Fact]
    public void The_minister_is_the_minister_named_last()
    {
        var d = Read("Peru's foreign minister met Bolivian officials in La Paz. The minister urged Bolivia to reopen the border.");
        Assert.Equal("PER", Assert.Single(At(d, "The minister")).Actor.Code.Value);
    }

    [Fact]
    public void It_before_a_copula_is_not_an_actor()
    {
        var d = Read("Japan protested the launch on Monday. It is unclear whether the missile landed.");
        Assert.Empty(At(d, "It"));
    }

    [Fact]
    public void A_pronoun_outside_a_quotation_does_not_point_to_a_name_inside_it()
    {
        var d = Read("Choi Min-ho, an analyst, spoke on Monday. “Kim Jong Un will not stop,” he said.");
        var he = Assert.Single(At(d, "he"));
        Assert.Equal("KOR", he.Actor.Code.Value);
        Assert.Equal("Choi Min-ho", he.Actor.Antecedent?.Text);
    }

    [Fact]
    public void We_inside_a_quotation_is_the_speaker_s_state()
    {
        var d = Read("“We will not back down,” Japanese Defense Minister Taro Sato said after China sent ships.");
        var we = Assert.Single(At(d, "We"));
        Assert.Equal("JPN", we.Actor.Code.Value);
        Assert.Equal(QuotedFirstPersonRule.Name, we.Actor.Antecedent?.Rule);
        Assert.Equal("Taro Sato", we.Actor.Antecedent?.Text);
    }

    [Fact]
    public void We_inside_a_quotation_told_to_a_state_is_the_teller_not_the_one_told()
    {
        var d = Read("“We will defend every metre of our border,” the Bolivian defence minister told Paraguay.");
        var we = Assert.Single(At(d, "We"));
        Assert.Equal("BOL", we.Actor.Code.Value);
        // With the speaker after the verb, that speaker: “…,” said Bolivia's foreign ministry to Paraguay.
        var after = Read("“We will defend every metre of our border,” said Bolivia's foreign ministry.");
        Assert.Equal("BOL", Assert.Single(At(after, "We")).Actor.Code.Value);
    }

    [Fact]
    public void We_near_an_organisation_is_unsure_and_left_alone()
    {
        var d = Read("“We must act together,” Taro Sato said at a NATO meeting.");
        Assert.Empty(At(d, "We"));
    }

    // Bare titles and descriptions

    [Fact]
    public void The_spokesman_is_the_person_last_named_with_that_role()
    {
        var d = Read("Chinese Foreign Ministry spokesman Lin Jian spoke on Monday. The spokesman said Beijing opposed the sale.");
        var spokesman = Assert.Single(At(d, "The spokesman"));
        Assert.Equal("CHN", spokesman.Actor.Code.Value);
        Assert.Equal("role:spokesperson", spokesman.Actor.Antecedent?.Rule);
        Assert.Equal("Lin Jian", spokesman.Actor.Antecedent?.Text);
    }

    [Fact]
    public void A_bare_title_with_no_person_named_in_it_is_the_state_named_with_the_title()
    {
        var d = Read("Peru's president received Bolivia's trade minister in Lima on Monday. The president asked La Paz to reopen the road.");
        var president = Assert.Single(At(d, "The president"));
        Assert.Equal("PER", president.Actor.Code.Value);
        Assert.Equal("role:president", president.Actor.Antecedent?.Rule);
        Assert.Equal("Peru", president.Actor.Antecedent?.Text);
    }

    [Fact]
    public void The_army_and_the_navy_are_the_forces_last_named()
    {
        var d = Read("Ghana's army said it had closed two border posts on Sunday. The army blamed Togo for the smuggling.");
        var army = Assert.Single(At(d, "The army"));
        Assert.Equal("GHA", army.Actor.Code.Value);
        Assert.Equal("MIL", army.Actor.Sector);
        Assert.Equal("role:army", army.Actor.Antecedent?.Rule);
        var navy = Assert.Single(At(Read("The Chilean navy tracked a foreign trawler for days. The navy said the boat had turned its lights off."), "The navy"));
        Assert.Equal("CHL", navy.Actor.Code.Value);
    }

    [Fact]
    public void The_army_is_the_soldiers_last_named_not_the_state_last_named()
    {
        var d = Read("Chilean soldiers detained three Bolivians near the border on Monday. The army said the men had no papers.");
        var army = Assert.Single(At(d, "The army"));
        Assert.Equal(("CHL", "MIL"), (army.Actor.Code.Value, army.Actor.Sector));
    }

    [Fact]
    public void Him_is_the_last_person_named_other_than_its_own_verbs_subject()
    {
        var d = Read("Kim Jong-un toured a factory on Monday. Yoon Suk-yeol criticised him on Tuesday.", new DateOnly(2024, 7, 1));
        var him = Assert.Single(At(d, "him"));
        Assert.Equal("PRK", him.Actor.Code.Value);
        Assert.Equal("Kim Jong-un", him.Actor.Antecedent?.Text);
    }

    [Fact]
    public void The_official_is_the_body_last_named_with_an_unnamed_official()
    {
        var d = Read("A senior Chilean official told reporters the talks had stalled. The official added that Santiago would wait.");
        var official = Assert.Single(At(d, "The official"));
        Assert.Equal("CHL", official.Actor.Code.Value);
        Assert.Equal("role:official", official.Actor.Antecedent?.Rule);
        Assert.Equal("Chilean", official.Actor.Antecedent?.Text);
    }

    [Fact]
    public void An_acronym_is_the_name_it_abbreviates_earlier_in_the_article()
    {
        var d = Read("Sudan's army chief met leaders of the National Congress Party on Monday. He said the NCP would join the talks.");
        var acronym = Assert.Single(Named(d, "NCP"));
        Assert.Equal(("SDN", "PTY"), (acronym.Actor.Code.Value, acronym.Actor.Sector));
        Assert.StartsWith(Acronyms.Rule, acronym.Actor.Rule);
        Assert.Equal("National Congress Party", acronym.Actor.Antecedent?.Text);
        // Spelled out nowhere in the article, the letters keep the dictionary's reading.
        var alone = Read("Leaders of the NCP met in Mumbai on Monday.");
        Assert.Equal("IND", Assert.Single(Named(alone, "NCP")).Actor.Code.Value);
    }

    [Theory]
    [InlineData("Syrian Democratic Forces", "SDF", true)]
    [InlineData("Bank of England", "BE", true)]
    [InlineData("Syrian Democratic Forces", "SD", false)]
    [InlineData("National Congress Party", "NCPS", false)]
    public void Initials_spell_an_acronym_skipping_lower_case_words(string name, string acronym, bool spells)
    {
        var d = Read(name);
        Assert.Equal(spells, Acronyms.Spells(d, 0, d.Tokens.Length, acronym));
    }

    [Fact]
    public void A_crowd_is_the_scenes_people_whatever_flags_it_waves_and_whoever_owns_the_embassy()
    {
        var d = Read("Hundreds of people, many waving Armenian flags, protested in front of Azerbaijan's embassy in Paris on Sunday.");
        Assert.DoesNotContain(d.Actors, m => m.Actor.Code.Value == "ARM");
        var crowd = Assert.Single(d.Actors, m => d.SliceTokens(m.FirstToken, m.EndToken) == "Hundreds of people");
        Assert.Equal(("FRA", "CVL"), (crowd.Actor.Code.Value, crowd.Actor.Sector));
    }

    [Fact]
    public void A_people_named_as_living_in_another_state_are_its_civilians()
    {
        var d = Read("The Hungarians of southern Slovakia demanded language rights from the government.");
        var people = Assert.Single(d.Actors, m => d.SliceTokens(m.FirstToken, m.EndToken) == "Hungarians");
        Assert.Equal(("SVK", "CVL"), (people.Actor.Code.Value, people.Actor.Sector));
        Assert.StartsWith(Entente.Actors.ActorResolver.PeopleLivingInRule, people.Actor.Rule);
        // In their own state, or with no state named, they stay who they are.
        var home = Read("Hungarians in Hungary voted on Sunday.");
        Assert.Equal("HUN", Assert.Single(home.Actors, m => home.SliceTokens(m.FirstToken, m.EndToken) == "Hungarians").Actor.Code.Value);
    }

    [Fact]
    public void The_military_is_a_state_s_armed_forces_never_an_armed_group_named_an_army()
    {
        var d = Read("Myanmar's army clashed with the Arakan Army in Rakhine state. The military said 20 fighters were killed.");
        var military = Assert.Single(At(d, "The military"));
        Assert.Equal("MMR", military.Actor.Code.Value);
        Assert.Equal("MIL", military.Actor.Sector);
        // Named last, the armed group still tells whose forces are meant.
        d = Read("Fighters of the Arakan Army overran a base in Rakhine state. The military said 20 fighters were killed.");
        military = Assert.Single(At(d, "The military"));
        Assert.Equal("MMR", military.Actor.Code.Value);
        Assert.Equal("MIL", military.Actor.Sector);
    }

    [Fact]
    public void The_government_and_state_media_fall_back_to_the_story_s_main_state_with_the_role_s_sector()
    {
        var d = Read("North Korea tested a missile. North Korea called it a success. State media said the test was routine. The government said more would follow.");
        var media = Assert.Single(At(d, "State media"));
        Assert.Equal(("PRK", "MED"), (media.Actor.Code.Value, media.Actor.Sector));
        var government = Assert.Single(At(d, "The government"));
        Assert.Equal(("PRK", "GOV"), (government.Actor.Code.Value, government.Actor.Sector));
    }

    [Fact]
    public void A_bare_description_with_no_clear_main_state_resolves_to_nothing()
    {
        var d = Read("Chile and Peru held talks. Officials said the talks went well.");
        Assert.Empty(At(d, "Officials"));
    }

    // Epithets

    [Fact]
    public void The_North_is_North_Korea_only_when_a_Korea_is_in_the_story()
    {
        var korea = Read("North Korea fired a missile on Friday. South Korea said the North had violated the deal.");
        Assert.Equal("PRK", Assert.Single(At(korea, "the North")).Actor.Code.Value);
        var italy = Read("Italy held elections. The North voted for the league.");
        Assert.Empty(At(italy, "The North"));
    }

    [Fact]
    public void They_after_a_meeting_told_with_its_place_last_are_the_two_who_met()
    {
        var d = Read("The Chilean president received his Peruvian counterpart in Quito. They agreed to reopen the border.");
        Assert.Equal(["CHL", "PER"], At(d, "They").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void Them_as_an_object_is_not_the_subject_of_its_own_verb()
    {
        var d = Read("Chinese fishing boats entered the zone on Friday. Japan's coast guard warned them to leave.");
        Assert.Equal("CHN", Assert.Single(At(d, "them")).Actor.Code.Value);
        // A subject of another clause may be whom "them" means.
        var other = Read("China and Russia said Japan had warned them.");
        Assert.Equal(["CHN", "RUS"], At(other, "them").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void A_body_named_with_an_epithet_is_that_states_for_a_later_bare_role()
    {
        var d = Read("Chinese jets flew near Taiwan on Monday, the island's defence ministry said. The ministry said it had sent ships to watch them.");
        var ministry = Assert.Single(At(d, "The ministry"));
        Assert.Equal("TWN", ministry.Actor.Code.Value);
        Assert.Equal("the island", ministry.Actor.Antecedent!.Text);
    }

    [Fact]
    public void The_island_the_kingdom_and_the_alliance_are_the_last_such_actor_named()
    {
        var d = Read("Taiwan reported Chinese jets near its coast. The island said it would respond. Saudi Arabia hosted the talks. The kingdom said NATO must act. The alliance rejected the call.");
        Assert.Equal("TWN", Assert.Single(At(d, "The island")).Actor.Code.Value);
        Assert.Equal("SAU", Assert.Single(At(d, "The kingdom")).Actor.Code.Value);
        var alliance = Assert.Single(At(d, "The alliance"));
        Assert.Equal("NATO", alliance.Actor.Code.Value);
        Assert.Equal("epithet:alliance", alliance.Actor.Antecedent?.Rule);
    }

    [Fact]
    public void The_alliance_with_none_named_before_is_the_one_its_sentence_names_after()
    {
        var d = Read("The alliance will send more ships to the Baltic, NATO's deputy secretary general said on Friday.");
        var alliance = Assert.Single(At(d, "The alliance"));
        Assert.Equal("NATO", alliance.Actor.Code.Value);
        Assert.Equal("epithet:alliance-later", alliance.Actor.Antecedent?.Rule);
        // Two blocs named after it: unsure.
        Assert.Empty(At(Read("The bloc will meet on Monday, officials from ASEAN and the EU said."), "The bloc"));
    }

    [Fact]
    public void The_court_is_the_court_named_before_even_an_international_one()
    {
        var d = Read("Kosovo asked the International Court of Justice for an opinion. The court agreed to hear the case in May.");
        Assert.Equal("ICJ", Assert.Single(At(d, "The court")).Actor.Code.Value);
    }

    [Fact]
    public void It_after_a_speech_verb_and_a_time_phrase_is_the_speaker()
    {
        var d = Read("Ghana announced last week that it would close the border.");
        Assert.Equal(["GHA"], At(d, "it").Select(m => m.Actor.Code.Value));
    }

    [Fact]
    public void A_name_written_with_a_hyphen_is_still_an_antecedent()
    {
        // Only a compound that describes something by its maker or backer ("US-backed") is passed over, not a name.
        var d = Read("The Anti-balaka attacked a village on Monday. They burned homes.");
        Assert.Equal(["CAF"], At(d, "They").Select(m => m.Actor.Code.Value));
    }

    // Plural groups

    [Fact]
    public void A_regional_name_and_the_three_nations_are_the_states_named_together()
    {
        // (The dictionary knows the Baltic states by name; a regional name it does not know is read from the story.)
        var d = Read("Denmark, Norway and Sweden asked for more troops. The Scandinavian states said the three nations faced a growing threat.");
        Assert.Equal(["DNK", "NOR", "SWE"], At(d, "The Scandinavian states").Select(m => m.Actor.Code.Value).Order());
        Assert.Equal(["DNK", "NOR", "SWE"], At(d, "the three nations").Select(m => m.Actor.Code.Value).Order());
        Assert.All(At(d, "the three nations"), m => Assert.Equal("group:3", m.Actor.Antecedent?.Rule));
    }

    [Fact]
    public void A_counted_group_is_that_many_states_named_since_the_last_sentence_though_not_in_one_list()
    {
        var d = Read("Peru and Chile signed a trade deal with Bolivia. The three countries pledged to cut tariffs.");
        Assert.Equal(["BOL", "CHL", "PER"], At(d, "The three countries").Select(m => m.Actor.Code.Value).Order());
        // A count that does not agree with the states named resolves to none.
        var e = Read("Peru and Chile signed a trade deal with Bolivia. The four countries pledged to cut tariffs.");
        Assert.Empty(At(e, "The four countries"));
    }

    [Fact]
    public void Plural_office_holders_are_the_states_named_together()
    {
        var d = Read("Ghana and Togo agreed to open their border. The prime ministers signed four accords, and the two foreign ministers met later.");
        Assert.Equal(["GHA", "TGO"], At(d, "The prime ministers").Select(m => m.Actor.Code.Value).Order());
        Assert.Equal(["GHA", "TGO"], At(d, "the two foreign ministers").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void The_other_n_countries_are_the_set_less_the_state_named_in_the_sentence()
    {
        var d = Read("The pact links Ghana, Togo, Benin and Niger. In May, Togo hosted a summit with the other three countries.");
        Assert.Equal(["BEN", "GHA", "NER"], At(d, "the other three countries").Select(m => m.Actor.Code.Value).Order());
        Assert.Empty(At(Read("Ghana and Togo signed a pact. Togo then met the other three countries."), "the other three countries"));
    }

    [Fact]
    public void Plural_office_holders_without_states_named_together_resolve_to_nothing()
    {
        var d = Read("Ghana opened its border. The ministers signed four accords.");
        Assert.Empty(At(d, "The ministers"));
    }

    [Fact]
    public void A_number_that_does_not_agree_resolves_to_nothing()
    {
        var d = Read("Japan and South Korea signed a deal. The three nations will meet again.");
        Assert.Empty(At(d, "The three nations"));
    }

    // Names

    [Fact]
    public void A_surname_points_back_to_the_full_name()
    {
        var d = Read("Fumio Kishida visited Canberra on Tuesday. Kishida said Japan wanted closer ties.", new DateOnly(2023, 5, 1));
        var kishida = Assert.Single(d.Actors, m => m.Kind == MentionKind.Person && d.SliceTokens(m.FirstToken, m.EndToken) == "Kishida");
        Assert.Equal("JPN", kishida.Actor.Code.Value);
        Assert.Equal(("name:surname", "Fumio Kishida"), (kishida.Actor.Antecedent?.Rule, kishida.Actor.Antecedent?.Text));
    }

    [Fact]
    public void An_unknown_person_takes_state_and_role_from_the_title_and_their_surname_follows()
    {
        var d = Read("Ukrainian Foreign Minister Andrii Petrenko met officials in Warsaw. Petrenko said talks went well.");
        var person = Assert.Single(d.People);
        Assert.Equal(("UKR", "GOV"), (person.Code?.Value, person.Sector));
        var later = Assert.Single(d.Actors, m => m.Kind == MentionKind.Person && d.SliceTokens(m.FirstToken, m.EndToken) == "Petrenko");
        Assert.Equal("UKR", later.Actor.Code.Value);
        Assert.Equal("Andrii Petrenko", later.Actor.Antecedent?.Text);
    }

    [Fact]
    public void Former_and_then_office_holders_keep_their_state_but_are_out_of_office()
    {
        var d = Read("Former President Moon Jae-in criticised the plan on Sunday. Then-president Barack Obama had signed a similar deal.", new DateOnly(2024, 6, 1));
        var moon = Assert.Single(d.People, p => p.Known == "Moon Jae-in");
        Assert.Equal(("KOR", "ELI", true), (moon.Code?.Value, moon.Sector, moon.OutOfOffice));
        var obama = Assert.Single(d.People, p => p.Known == "Barack Obama");
        Assert.Equal(("USA", true), (obama.Code?.Value, obama.OutOfOffice));
        Assert.Equal("then-president", obama.Role);
        var unknown = Read("Former Croatian defence minister Ivan Horvat said the deal was weak.");
        var horvat = Assert.Single(unknown.People);
        Assert.Equal(("HRV", true), (horvat.Code?.Value, horvat.OutOfOffice));
    }

    // Provenance in the outputs

    [Fact]
    public void Json_events_and_explain_show_the_rule_and_the_antecedent()
    {
        var pipeline = SharedPipeline.Instance;
        var doc = pipeline.Read(new Article("p.txt", "Saudi Arabia hosted the talks. The kingdom said NATO must act."));
        var e = Assert.Single(pipeline.CodeAll(doc).Where(Entente.Tests.Cli.SharedPipeline.CodingView.Keeps), x => x.Source.Antecedent is not null);
        using var stream = new MemoryStream();
        using (var writer = new JsonlEventWriter(stream, leaveOpen: true)) writer.Write(e);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var source = json.RootElement.GetProperty("source");
        Assert.Equal("SAU", source.GetProperty("code").GetString());
        var antecedent = source.GetProperty("antecedent");
        Assert.Equal("epithet:kingdom", antecedent.GetProperty("rule").GetString());
        Assert.Equal("Saudi Arabia", antecedent.GetProperty("text").GetString());
        Assert.Equal(0, antecedent.GetProperty("sentence_index").GetInt32());
        Assert.Equal(0, antecedent.GetProperty("start").GetInt32());

        var explain = CliRunner.Run("explain", "Japan lodged a complaint on Monday. Their diplomats said the talks had failed.");
        Assert.True(explain.ExitCode == 0, explain.Stderr);
        Assert.Contains("Their → JPN", explain.Stdout);
        Assert.Contains("rule pronoun:plural, from 'Japan' in sentence 1", explain.Stdout);
    }
}
