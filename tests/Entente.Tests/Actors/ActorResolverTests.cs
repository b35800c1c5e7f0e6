using Entente.Actors;
using Xunit;
using static Entente.Tests.Actors.TestDictionaries;

namespace Entente.Tests.Actors;

public class ActorResolverTests
{
    private static readonly DateOnly Mid2024 = new(2024, 7, 1);

    [Theory]
    [InlineData("Seoul protested after Pyongyang fired two missiles.", "Seoul", "KOR")]
    [InlineData("Seoul protested after Pyongyang fired two missiles.", "Pyongyang", "PRK")]
    [InlineData("The Kremlin said the talks had been useful.", "Kremlin", "RUS")]
    [InlineData("Officials in Beijing rejected the claim.", "Beijing", "CHN")]
    [InlineData("Washington and Tokyo signed the pact.", "Tokyo", "JPN")]
    public void Capitals_stand_for_their_governments(string text, string name, string code)
    {
        var mention = Read(text).Mention(name);
        Assert.Equal(code, mention.Actor.Code.Value);
        Assert.Equal("GOV", mention.Actor.Sector);
        Assert.Equal(ActorEntryKind.Capital, mention.EntryKind);
        Assert.Equal(MentionKind.Name, mention.Kind);
        Assert.StartsWith("dict:", mention.Actor.Rule);
    }

    [Theory]
    [InlineData("Chinese military aircraft entered the zone on Monday.", "Chinese", "CHN", "MIL")]
    [InlineData("Russian officials denied the report.", "Russian", "RUS", "GOV")]
    [InlineData("Japanese warships joined the drill.", "Japanese", "JPN", "MIL")]
    [InlineData("North Korean hackers stole the data.", "North Korean", "PRK", null)]
    [InlineData("South Korean researchers published the study.", "South Korean", "KOR", "EDU")]
    [InlineData("American lawmakers approved the aid.", "American", "USA", "LEG")]
    [InlineData("Russian farmers blocked the highway.", "Russian", "RUS", "CVL")]
    [InlineData("Japanese and Russian navies began a joint exercise.", "Japanese", "JPN", "MIL")]
    [InlineData("Japanese and Russian navies began a joint exercise.", "Russian", "RUS", "MIL")]
    public void Adjectives_take_the_sector_of_their_head_noun(string text, string name, string code, string? sector)
    {
        var mention = Read(text).Mention(name);
        Assert.Equal(code, mention.Actor.Code.Value);
        Assert.Equal(sector, mention.Actor.Sector);
        Assert.Equal(ActorEntryKind.Adjective, mention.EntryKind);
    }

    [Fact]
    public void A_paper_named_the_and_a_peoples_adjective_is_that_adjective_before_a_noun_of_its_phrase()
    {
        var dictionary = Build(("actors/states.tsv", "FIN\t-\tstate\tFinland\nFIN\t-\tadjective\tFinnish\n"),
            ("actors/institutions.tsv", "FIN\tMED\tinstitution\tThe Finnish\n"));
        var minister = Read("The Finnish foreign minister flew to Oslo.", dictionary: dictionary).Mention("Finnish");
        Assert.Equal(("FIN", "GOV"), (minister.Actor.Code.Value, minister.Actor.Sector));
        Assert.Equal("MED", Read("The Finnish reported the talks.", dictionary: dictionary).Mention("The Finnish").Actor.Sector);
        Assert.Equal("MED", Read("The Finnish newspaper reported the talks.", dictionary: dictionary).Mention("The Finnish").Actor.Sector);
    }

    [Fact]
    public void A_name_inside_a_persons_name_after_a_title_is_no_actor()
    {
        // A capital as a first name, and an armed group's name as a surname, after a title and among unknown names.
        var first = Read("Defence Minister Canberra Moss accused Jakarta of stalling.");
        Assert.DoesNotContain(first.Actors, m => m.Actor.Code.Value == "AUS");
        var last = Read("Foreign Minister Amelie Tandu Wagner visited Nairobi.");
        Assert.DoesNotContain(last.Actors, m => m.Actor.Code.Value == "RUS");
        // A known person keeps their state.
        var known = Entente.Tests.Cli.SharedPipeline.Instance.Read(new Entente.Articles.Article("katz.txt", "Defence Minister Israel Katz ordered the army to prepare.") { Published = new DateOnly(2025, 3, 1) });
        Assert.Contains(known.Actors, m => m.Actor.Code.Value == "ISR");
    }

    [Fact]
    public void A_one_word_body_opened_by_another_states_name_is_that_states()
    {
        var dictionary = Build(("actors/states.tsv", "CHL\t-\tstate\tChile\nCHL\t-\tadjective\tChilean\nUSA\t-\tstate\tUnited States\n"),
            ("actors/institutions.tsv", "USA\tLEG\tinstitution\tSenate\n"));
        var document = Read("The Chilean Senate approved the treaty.", dictionary: dictionary);
        Assert.Equal(["CHL"], document.Actors.Select(m => m.Actor.Code.Value));
        Assert.Equal("USA", Read("The Senate approved the treaty.", dictionary: dictionary).Mention("Senate").Actor.Code.Value);
    }

    [Fact]
    public void A_party_name_many_states_share_after_another_states_possessive_is_that_states_party()
    {
        var dictionary = Build(("actors/states.tsv", "CHL\t-\tstate\tChile\nUSA\t-\tstate\tUnited States\n"),
            ("actors/institutions.tsv", "USA\tPTY\tinstitution\tDemocrats\nUSA\tLEG\tinstitution\tSenate\n"));
        var party = Assert.Single(Read("Chile's Christian Democrats backed the treaty.", dictionary: dictionary).Actors);
        Assert.Equal(("CHL", "PTY"), (party.Actor.Code.Value, party.Actor.Sector));
        // Not other bodies with words between, and not a party with no possessive before it.
        Assert.Contains(Read("Chile's Upper Senate backed the treaty.", dictionary: dictionary).Actors, m => m.Actor.Code.Value == "USA");
        Assert.Equal("USA", Read("The Democrats backed the treaty.", dictionary: dictionary).Mention("Democrats").Actor.Code.Value);
    }

    [Fact]
    public void The_word_of_a_suspended_hyphen_names_its_actor()
    {
        var document = Read("Seoul banned Chinese- and Japanese-made drones on Monday.");
        Assert.Equal(["KOR", "CHN", "JPN"], document.Actors.Select(m => m.Actor.Code.Value));
        Assert.Equal("CHN", document.Mention("Chinese-").Actor.Code.Value);
    }

    [Theory]
    [InlineData("Coast guard ships gathered in the South China Sea on Monday.")]
    [InlineData("Tension on the Korean Peninsula rose again.")]
    [InlineData("Veterans of the Korean War met in a small town.")]
    public void Names_inside_non_actor_places_are_hidden(string text)
    {
        var document = Read(text);
        Assert.Empty(document.Actors);
    }

    [Fact]
    public void A_state_beside_a_hidden_name_still_counts()
    {
        var document = Read("China sent ships to the East China Sea.");
        var codes = document.Actors.Select(m => m.Actor.Code.Value).ToList();
        Assert.Equal(["CHN"], codes);
        Assert.Equal("China", document.Actors[0].Actor.Name);
    }

    [Theory]
    [InlineData("North Korea fired a missile.", "North Korea", "PRK")]
    [InlineData("South Korea and the United States held drills.", "South Korea", "KOR")]
    [InlineData("South Korea and the United States held drills.", "United States", "USA")]
    [InlineData("The Republic of Korea protested.", "Republic of Korea", "KOR")]
    [InlineData("The People's Liberation Army sent jets.", "People's Liberation Army", "CHN")]
    public void The_longest_name_wins(string text, string name, string code)
    {
        var document = Read(text);
        var mention = document.Mention(name);
        Assert.Equal(code, mention.Actor.Code.Value);
        Assert.DoesNotContain(document.Actors, m => m.Actor.Name is "Korea" or "China" or "Republic" or "States");
    }

    [Fact]
    public void Institutions_carry_their_sector()
    {
        var document = Read("The National Intelligence Service said the People's Liberation Army had moved.");
        Assert.Equal(("KOR", "INT"), (document.Mention("National Intelligence Service").Actor.Code.Value, document.Mention("National Intelligence Service").Actor.Sector));
        Assert.Equal(("CHN", "MIL"), (document.Mention("People's Liberation Army").Actor.Code.Value, document.Mention("People's Liberation Army").Actor.Sector));
    }

    [Fact]
    public void Organizations_keep_their_own_code()
    {
        var mention = Read("NATO allies met in Brussels.").Mention("NATO");
        Assert.Equal("NATO", mention.Actor.Code.Value);
        Assert.Equal("IGO", mention.Actor.Sector);
        Assert.Equal(ActorEntryKind.Organization, mention.EntryKind);
    }

    [Fact]
    public void Dotted_and_bare_acronyms_match_alike()
    {
        var document = Read("U.S. and US officials met the UN envoy.");
        Assert.Equal("USA", document.Mention("U.S.").Actor.Code.Value);
        Assert.Equal("USA", document.Mention("US").Actor.Code.Value);
        Assert.Equal("UN", document.Mention("UN").Actor.Code.Value);
    }

    [Fact]
    public void Possessive_state_is_still_the_state()
    {
        var document = Read("Russia's navy and China’s coast guard sailed together.");
        Assert.Equal("RUS", document.Mention("Russia").Actor.Code.Value);
        Assert.Equal("CHN", document.Mention("China").Actor.Code.Value);
    }

    [Fact]
    public void Ambiguous_Korea_follows_the_Korea_the_story_is_about()
    {
        var north = Read("North Korea tested a rocket. North Korea said Korea would respond.");
        Assert.Equal("PRK", north.Mention("Korea").Actor.Code.Value);
        var south = Read("South Korea held talks. Korea hosted the summit.");
        Assert.Equal("KOR", south.Mention("Korea").Actor.Code.Value);
    }

    [Fact]
    public void Mentions_are_in_text_order_with_spans_of_their_names()
    {
        var document = Read("Beijing and Moscow warned Seoul. Tokyo said nothing.");
        var starts = document.Actors.Select(m => m.FirstToken).ToList();
        Assert.Equal(starts.Order(), starts);
        foreach (var m in document.Actors) Assert.Equal(m.Actor.Name, document.Slice(m.Actor.Span));
        Assert.Equal(["CHN", "RUS", "KOR", "JPN"], document.Actors.Select(m => m.Actor.Code.Value));
    }

    [Fact]
    public void Places_are_mentions_but_not_references()
    {
        var document = Read("China and Russia held drills near Shanghai. The two countries said more would follow.");
        Assert.Equal(ActorEntryKind.Place, document.Mention("Shanghai").EntryKind);
        var pair = document.MentionsOf("The two countries");
        Assert.Equal(["CHN", "RUS"], pair.Select(m => m.Actor.Code.Value).Order());
    }

    // People

    [Theory]
    [InlineData("Japanese Foreign Minister Haruto Mizuno, known as HM, flew to Seoul. HM met his counterpart there.")]
    [InlineData("Japanese Foreign Minister Haruto Mizuno (HM) flew to Seoul. HM met his counterpart there.")]
    [InlineData("Japanese Foreign Minister Haruto Mizuno, widely known by his initials HM, flew to Seoul. HM met his counterpart there.")]
    public void A_one_word_alias_a_person_is_introduced_by_is_a_later_mention(string text)
    {
        var document = Read(text, Mid2024);
        var person = document.Person("Haruto Mizuno");
        var later = document.Actors.Single(m => m.Actor.Name == "HM" && document.SentenceOfToken(m.FirstToken) == 1);
        Assert.Equal("JPN", later.Actor.Code.Value);
        Assert.Contains(person.Mentions, m => m.First == later.FirstToken);
    }

    [Fact]
    public void Known_for_a_trait_is_no_alias()
    {
        var document = Read("Japanese Foreign Minister Haruto Mizuno, known for his Tokyo roots, flew to Seoul. Tokyo welcomed it.", Mid2024);
        Assert.Single(document.Person("Haruto Mizuno").Mentions);
    }

    [Theory]
    [InlineData("President Yoon Suk-yeol visited the troops on Friday.", "Yoon Suk-yeol")]
    [InlineData("President Yun Suk-yeol visited the troops on Friday.", "Yun Suk-yeol")]
    [InlineData("President Yoon Seok-yul visited the troops on Friday.", "Yoon Seok-yul")]
    [InlineData("President Yoon Suk Yeol visited the troops on Friday.", "Yoon Suk Yeol")]
    [InlineData("Yoon Suk Yeol visited the troops on Friday.", "Yoon Suk Yeol")]
    public void Known_person_is_found_by_any_spelling_with_the_office_on_the_date(string text, string written)
    {
        var document = Read(text, Mid2024);
        var person = document.Person("Yoon Suk-yeol");
        Assert.Equal("Yoon Suk-yeol", person.Known);
        Assert.Equal("KOR", person.Code!.Value.Value);
        Assert.Equal("GOV", person.Sector);
        Assert.Equal("president", person.Role);
        Assert.StartsWith("dict:offices.tsv:", person.Rule);
        var mention = document.Mention(written);
        Assert.Equal(MentionKind.Person, mention.Kind);
        Assert.Equal("Yoon Suk-yeol", mention.Actor.Person);
        Assert.Equal("KOR", mention.Actor.Code.Value);
    }

    [Fact]
    public void Known_person_takes_the_office_held_on_the_article_date()
    {
        const string text = "Shin Won-sik met American officials in Washington.";
        Assert.Equal("defense minister", Read(text, new DateOnly(2024, 3, 1)).Person("Shin Won-sik").Role);
        Assert.Equal("national security adviser", Read(text, new DateOnly(2025, 1, 10)).Person("Shin Won-sik").Role);
    }

    [Fact]
    public void Article_date_found_in_the_dateline_chooses_the_office()
    {
        var document = Read("SEOUL, March 4, 2024 — Shin Won-sik inspected a frontline unit.");
        Assert.Equal(new DateOnly(2024, 3, 4), document.Published);
        Assert.Equal("defense minister", document.Person("Shin Won-sik").Role);
    }

    [Fact]
    public void Unknown_person_is_coded_from_the_title_before_the_name()
    {
        var document = Read("Chinese Foreign Ministry spokesman Guo Tiancheng said Beijing opposed the drills.", Mid2024);
        var person = document.Person("Guo Tiancheng");
        Assert.Null(person.Known);
        Assert.Equal("CHN", person.Code!.Value.Value);
        Assert.Equal("GOV", person.Sector);
        Assert.Equal("title", person.Rule);
        Assert.Equal("Chinese Foreign Ministry spokesman", person.Role);
        Assert.Equal("CHN", document.Mention("Guo Tiancheng").Actor.Code.Value);
    }

    [Fact]
    public void Unknown_officer_is_coded_from_a_military_title()
    {
        var person = Read("Russian Navy commander Pavel Orlov said the ships would stay.", Mid2024).Person("Pavel Orlov");
        Assert.Equal("RUS", person.Code!.Value.Value);
        Assert.Equal("MIL", person.Sector);
    }

    [Fact]
    public void A_role_phrase_set_before_a_name_between_commas_codes_the_person()
    {
        // The role comes first; what follows the name is the sentence's verb, whose object ("Russia's claims") is no role.
        var person = Read("The spokesman for the Japanese defence ministry, Kenji Sato, rejected Russia's claims.", Mid2024).Person("Kenji Sato");
        Assert.Equal("JPN", person.Code!.Value.Value);
        Assert.Equal("apposition", person.Rule);
    }

    [Fact]
    public void Unknown_person_is_coded_from_an_apposition()
    {
        var document = Read("Zhao Pengfei, a retired Chinese army colonel, said the drills sent a message.", Mid2024);
        var person = document.Person("Zhao Pengfei");
        Assert.Equal("CHN", person.Code!.Value.Value);
        Assert.Equal("MIL", person.Sector);
        Assert.Equal("apposition", person.Rule);
        Assert.Equal("a retired Chinese army colonel", person.Role);
    }

    [Fact]
    public void Analysts_speak_for_their_institution_not_the_government()
    {
        var document = Read("Liu Wenbo, an analyst at a university in Beijing, said the talks would fail.", Mid2024);
        var person = document.Person("Liu Wenbo");
        Assert.Equal("CHN", person.Code!.Value.Value);
        Assert.Equal("EDU", person.Sector);
    }

    [Fact]
    public void A_director_takes_the_sector_of_what_they_direct()
    {
        // "director" is a role (it opens an apposition) with no sector of its own: a government council's director is no analyst.
        var official = Read("Choi Jin-ho, director of the White House trade council, said the tariffs would stay.", Mid2024).Person("Choi Jin-ho");
        Assert.Equal("USA", official.Code!.Value.Value);
        Assert.NotEqual("EDU", official.Sector);
        // Words after the institute's name are more of its name, not the person's role ("Military" is no rank here).
        var scholar = Read("Han Seo-yeon, director of the Korea Institute for Defense Analyses' Center for Political-Military Studies, said talks would fail.", Mid2024)
            .Person("Han Seo-yeon");
        Assert.Equal(("KOR", "EDU"), (scholar.Code!.Value.Value, scholar.Sector));
    }

    [Fact]
    public void Analyst_at_a_named_institute_takes_the_institute_country()
    {
        var document = Read("Park Min-jae, a senior analyst at the Korea Institute for Defense Analyses, said Pyongyang would test again.", Mid2024);
        var person = document.Person("Park Min-jae");
        Assert.Equal("KOR", person.Code!.Value.Value);
        Assert.Equal("EDU", person.Sector);
    }

    [Fact]
    public void Analyst_with_a_national_adjective_is_not_government()
    {
        var person = Read("American analyst Dana Whitfield said the summit changed little.", Mid2024).Person("Dana Whitfield");
        Assert.Equal("USA", person.Code!.Value.Value);
        Assert.Equal("EDU", person.Sector);
    }

    [Fact]
    public void Later_surname_mention_links_to_the_same_person()
    {
        var document = Read("Gen. Marcus Holloway, a British army officer, visited Seoul. Holloway said the alliance was strong.", Mid2024);
        var person = document.Person("Marcus Holloway");
        Assert.Equal(2, person.Mentions.Count);
        var later = document.Mention("Holloway");
        Assert.Equal("GBR", later.Actor.Code.Value);
        Assert.Equal("MIL", later.Actor.Sector);
        Assert.Equal("Marcus Holloway", later.Actor.Person);
    }

    [Fact]
    public void Later_family_name_of_a_known_east_asian_person_links_to_them()
    {
        var document = Read("President Yoon Suk-yeol spoke in Seoul. Yoon said talks were possible.", Mid2024);
        var person = document.Person("Yoon Suk-yeol");
        Assert.Equal(2, person.Mentions.Count);
        Assert.Equal("Yoon Suk-yeol", document.Mention("Yoon").Actor.Person);
    }

    [Fact]
    public void Known_person_by_surname_alone_when_it_speaks()
    {
        var document = Read("Rutte said the allies would stand together.", new DateOnly(2025, 2, 1));
        var mention = document.Mention("Rutte");
        Assert.Equal("NATO", mention.Actor.Code.Value);
        Assert.Equal("Mark Rutte", mention.Actor.Person);
    }

    [Fact]
    public void Korean_name_shape_gives_south_korea_when_nothing_else_does()
    {
        var person = Read("Choi Woo-suk said the plan was sound.", Mid2024).Person("Choi Woo-suk");
        Assert.Equal("KOR", person.Code!.Value.Value);
        Assert.Equal("name-shape", person.Rule);
    }

    [Fact]
    public void Capitalised_words_that_are_not_people_are_not_people()
    {
        var document = Read("On Monday the Joint Chiefs of Staff said Defense Ministry staff met in July.", Mid2024);
        Assert.Empty(document.People);
    }

    [Fact]
    public void The_speaker_after_an_inverted_attribution_is_a_person()
    {
        var document = Read("“The talks will fail,” said Tomas Varga of the Danube Policy Institute.", Mid2024);
        Assert.Contains(document.People, p => p.Name == "Tomas Varga");
        Assert.DoesNotContain(document.People, p => p.Name.Contains("Institute", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_set_off_after_a_role_or_kin_word_is_a_person()
    {
        var document = Read("The minister's spokesman, Tomas Varga, and his wife, Ilona Varga, left Budapest.", Mid2024);
        Assert.Contains(document.People, p => p.Name == "Tomas Varga");
        Assert.Contains(document.People, p => p.Name == "Ilona Varga");
    }

    [Fact]
    public void A_capitalised_name_ending_in_an_organisation_word_is_no_person()
    {
        var document = Read("Tomas Varga, owner of Vienna-based Varga Consulting, told reporters the talks would fail.", Mid2024);
        Assert.DoesNotContain(document.People, p => p.Name.Contains("Consulting", StringComparison.Ordinal));
    }

    // References

    [Fact]
    public void The_two_countries_are_the_two_states_named_before()
    {
        var document = Read("China and Russia held joint naval drills. The two countries said the drills were routine.", Mid2024);
        var pair = document.MentionsOf("The two countries");
        Assert.Equal(2, pair.Count);
        Assert.All(pair, m => Assert.Equal(MentionKind.Reference, m.Kind));
        Assert.Equal(["CHN", "RUS"], pair.Select(m => m.Actor.Code.Value).Order());
        Assert.All(pair, m => Assert.StartsWith("ref:pair", m.Actor.Rule));
    }

    [Fact]
    public void Both_sides_skip_organizations()
    {
        var document = Read("Japan and Australia briefed NATO. Both sides agreed to meet again.", Mid2024);
        Assert.Equal(["AUS", "JPN"], document.MentionsOf("Both sides").Select(m => m.Actor.Code.Value).Order());
    }

    [Fact]
    public void They_are_the_actors_named_together_before()
    {
        var document = Read("Russia and China sent bombers over the sea on Tuesday. They said the flight was routine.", Mid2024);
        var they = document.MentionsOf("They");
        Assert.Equal(["CHN", "RUS"], they.Select(m => m.Actor.Code.Value).Order());
        Assert.All(they, m => Assert.Equal(MentionKind.Reference, m.Kind));
    }

    [Fact]
    public void They_after_a_single_actor_is_that_actor()
    {
        var document = Read("Japanese officials met in Tokyo. They agreed on a budget.", Mid2024);
        Assert.Equal(["JPN"], document.MentionsOf("They").Select(m => m.Actor.Code.Value));
    }

    [Fact]
    public void He_is_the_last_person_named_unless_it_opens_a_sentence_after_a_named_subject()
    {
        // Mid-sentence, the last person named.
        var document = Read("Mark Rutte met Shin Won-sik in Brussels, where he said the talks were useful.", new DateOnly(2024, 11, 1));
        var he = document.Mention("he");
        Assert.Equal(("Shin Won-sik", "KOR"), (he.Actor.Person, he.Actor.Code.Value));
        // Opening the next sentence, the one the sentence before was about: its subject.
        var next = Read("Mark Rutte met Shin Won-sik in Brussels. He said the talks were useful.", new DateOnly(2024, 11, 1));
        Assert.Equal(("Mark Rutte", "NATO"), (next.Mention("He").Actor.Person, next.Mention("He").Actor.Code.Value));
    }

    [Fact]
    public void The_country_is_the_last_state()
    {
        var document = Read("Ukraine asked for more air defence. The country has lost many power plants.", Mid2024);
        Assert.Equal("UKR", document.Mention("The country").Actor.Code.Value);
    }

    [Fact]
    public void Reference_with_nothing_before_resolves_to_nothing()
    {
        var document = Read("They said the two countries would talk. He left.", Mid2024);
        Assert.Empty(document.Actors);
    }

    [Fact]
    public void Known_person_in_a_spelling_the_dictionary_does_not_list()
    {
        var document = Read("Kim Jong Un watched the launch from a hill.", Mid2024);
        var mention = document.Mention("Kim Jong Un");
        Assert.Equal("PRK", mention.Actor.Code.Value);
        Assert.Equal("Kim Jong-un", mention.Actor.Person);
    }

    [Fact]
    public void Dictionary_names_that_start_in_lower_case_are_matched()
    {
        var document = Read("Talks between the two Koreas stalled again.", Mid2024);
        var mention = document.Mention("two Koreas");
        Assert.Equal("KOR+PRK", mention.Actor.Code.Value);
        Assert.Equal(ActorEntryKind.Group, mention.EntryKind);
    }

    [Fact]
    public void Lower_case_us_is_not_the_United_States()
    {
        var document = Read("They told us that America would help.", Mid2024);
        Assert.Equal(["America"], document.Actors.Select(m => m.Actor.Name));
    }
}

/// <summary>A known person's surname alone is that person when it is the subject of a verb, even past a time phrase.</summary>
public class SurnameSubjectTests
{
    [Theory]
    [InlineData("Rutte on Tuesday praised the new members.")]
    [InlineData("Rutte last week praised the new members.")]
    [InlineData("Rutte later praised the new members.")]
    [InlineData("Rutte at first praised the new members.")]
    public void A_surname_before_a_time_phrase_and_a_verb_is_the_person(string text)
    {
        var document = Read(text, new DateOnly(2025, 3, 5));
        Assert.Contains(document.People, p => p.Known == "Mark Rutte");
    }

    [Fact]
    public void A_surname_that_is_not_a_subject_is_not_taken_for_the_person()
    {
        var document = Read("Rutte Street on Tuesday was closed to traffic.", new DateOnly(2025, 3, 5));
        Assert.DoesNotContain(document.People, p => p.Known == "Mark Rutte");
    }
}

/// <summary>Unknown names become people only with a sign that they are people.</summary>
public class PersonContextTests
{
    [Fact]
    public void A_name_followed_by_who_is_a_person()
    {
        var document = Read("Officials in Seoul met Jorin Valdak, who leads the opposition.", new DateOnly(2025, 3, 5));
        Assert.Contains(document.People, p => p.Name == "Jorin Valdak");
    }

    [Fact]
    public void A_full_name_without_a_sign_is_confirmed_by_a_later_surname_that_speaks()
    {
        var document = Read("The sanctions on Jorin Valdak drew protests. Valdak said the charges were false.", new DateOnly(2025, 3, 5));
        var person = Assert.Single(document.People, p => p.Name == "Jorin Valdak");
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_name_followed_by_which_is_not_taken_for_a_person()
    {
        var document = Read("Officials in Seoul visited Jorin Valdak, which lies near the coast.", new DateOnly(2025, 3, 5));
        Assert.DoesNotContain(document.People, p => p.Name == "Jorin Valdak");
    }
}

/// <summary>Dictionary names written with their article ("the West").</summary>
public class ArticleNameTests
{
    [Theory]
    [InlineData("Moscow blamed the West for the war.", true)]
    [InlineData("The West answered with sanctions.", true)]
    [InlineData("Floods hit West Java on Monday.", false)]
    [InlineData("The singer Marlo West toured Seoul.", false)]
    [InlineData("Tourists crowded the West Coast.", false)]
    public void A_name_written_with_its_article_is_the_actor_only_after_the(string text, bool found)
    {
        var dictionary = Build(("actors/states.tsv", States), ("actors/organizations.tsv", Organizations + "\nWST\tIGO\torganization\tthe West|Western powers\n"));
        var document = Read(text, dictionary: dictionary);
        Assert.Equal(found, document.Actors.Any(m => m.Actor.Code.Value == "WST"));
    }
}
