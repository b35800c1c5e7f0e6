using Entente.Language;
using Entente.Tests.Actors;
using Xunit;

namespace Entente.Tests.Language;

public class TaggerTests
{
    private static PartOfSpeech TagOf(string text, string word, int occurrence = 0)
    {
        var document = TestDictionaries.Language(text);
        int seen = 0;
        for (int i = 0; i < document.Tokens.Length; i++)
            if (document.TextOf(i).SequenceEqual(word) && seen++ == occurrence) return document.Tags[i];
        throw new Xunit.Sdk.XunitException($"'{word}' not in '{text}'");
    }

    [Fact]
    public void A_verb_form_after_a_state_adjective_is_a_noun()
    {
        Assert.Equal(PartOfSpeech.Noun, TagOf("Officials counted Chinese exports to Peru.", "exports"));
        Assert.Equal(PartOfSpeech.Noun, TagOf("Russian imports fell last year.", "imports"));
        Assert.Equal(PartOfSpeech.Verb, TagOf("Japan supplies copper to France.", "supplies"));
        Assert.Equal(PartOfSpeech.Noun, TagOf("Officials counted Russian supplies of copper.", "supplies"));
    }

    [Fact]
    public void A_base_form_after_a_singular_noun_opened_by_a_determiner_is_a_noun()
    {
        Assert.Equal(PartOfSpeech.Noun, TagOf("It came during a two-day visit by the envoy.", "visit"));
        Assert.Equal(PartOfSpeech.Noun, TagOf("The border patrol stopped a truck.", "patrol"));
        // A plural subject takes the base form: "the two leaders meet" keeps its verb.
        Assert.Equal(PartOfSpeech.Verb, TagOf("The two leaders meet in Seoul today.", "meet"));
    }

    [Fact]
    public void A_gerund_that_is_a_reported_clause_s_subject_is_a_noun()
    {
        Assert.Equal(PartOfSpeech.Noun, TagOf("The agency says shelling near the port killed ten people.", "shelling"));
        Assert.Equal(PartOfSpeech.Noun, TagOf("Officials said fighting in the north has forced thousands to flee.", "fighting"));
        // A participle that goes on to its object stays a verb.
        Assert.Equal(PartOfSpeech.Verb, TagOf("The army began shelling the town.", "shelling"));
    }

    [Fact]
    public void A_sentences_only_participle_right_after_its_subject_is_the_past_verb()
    {
        string PennOf(string text, string word)
        {
            var document = TestDictionaries.Language(text);
            for (int i = 0; i < document.Tokens.Length; i++)
                if (document.TextOf(i).SequenceEqual(word)) return document.Syntax!.Penn[i];
            throw new Xunit.Sdk.XunitException($"'{word}' not in '{text}'");
        }
        Assert.Equal("VBD", PennOf("Heavy fighting erupted between the army and the rebels north of the city.", "erupted"));
        // A headline keeps its passive participle; so does a participle before "by".
        Assert.NotEqual("VBD", PennOf("Five killed in market blast", "killed"));
        Assert.NotEqual("VBD", PennOf("Two soldiers wounded by a mine near the border.", "wounded"));
        // An adjective-looking word right after a possessive heads the subject: "Egypt's military deployed …".
        Assert.Equal(("NN", "VBD"), (PennOf("Egypt's military deployed tanks along the Libyan border.", "military"),
            PennOf("Egypt's military deployed tanks along the Libyan border.", "deployed")));
    }

    [Fact]
    public void A_french_word_after_d_apostrophe_is_no_verb()
    {
        Assert.NotEqual(PartOfSpeech.Verb, TagOf("Estonia summoned Russia's charge d'affaires to protest the violation.", "d'affaires"));
    }

    [Fact]
    public void A_rare_present_form_before_a_preposition_in_a_clause_with_no_verb_is_the_verb()
    {
        Assert.Equal(PartOfSpeech.Verb, TagOf("Chile condemns in the strongest terms the raid.", "condemns"));
        // A clause that has its verb keeps the plural noun.
        Assert.Equal(PartOfSpeech.Noun, TagOf("Thailand shut all border crossings with Cambodia on Tuesday.", "crossings"));
    }

    [Fact]
    public void Clauses_with_no_other_verb_keep_a_past_form_read_as_a_noun_as_their_verb()
    {
        Assert.Equal(PartOfSpeech.Verb, TagOf("Russia cut gas supplies to Moldova.", "cut"));
        Assert.Equal(PartOfSpeech.Noun, TagOf("A tax cut plan was approved.", "cut"));
    }

    [Fact]
    public void A_past_form_that_is_no_participle_is_the_clauses_verb_before_a_preposition()
    {
        Assert.Equal(PartOfSpeech.Verb, TagOf("The Chilean army withdrew from the border area.", "withdrew"));
        // A participle before "by" stays one: the reduced relative of a passive.
        Assert.NotEqual(PartOfSpeech.Noun, TagOf("A tanker seized by Peru has been moved to Callao.", "seized"));
    }

    [Theory]
    [InlineData("South Sudan fires rockets at border town, Khartoum says", "fires")]
    [InlineData("North Korea fires ballistic missile into sea, Seoul says", "fires")]
    public void A_headlines_present_verb_is_a_verb_before_a_closing_attribution(string headline, string verb) =>
        Assert.Equal(PartOfSpeech.Verb, TagOf(headline, verb));

    [Fact]
    public void A_headlines_present_verb_before_a_gerund_is_a_verb() =>
        Assert.Equal(PartOfSpeech.Verb, TagOf("Bolivia denies selling rifles to Paraguay", "denies"));

    [Fact]
    public void A_past_form_read_as_a_noun_keeps_its_verb_reading_across_a_phrasal_particle()
    {
        Assert.Equal(PartOfSpeech.Verb, TagOf("The rebels shot down a helicopter near the border.", "shot"));
        Assert.Equal(PartOfSpeech.Noun, TagOf("The shot down the range missed.", "shot"));
    }

    [Fact]
    public void A_noun_reading_right_after_a_modal_before_an_object_is_the_modals_verb()
    {
        Assert.Equal(PartOfSpeech.Verb, TagOf("Peru will station a battalion near the border.", "station"));
        Assert.Equal(PartOfSpeech.Verb, TagOf("Peru will soon station a battalion near the border.", "station"));
        Assert.Equal(PartOfSpeech.Noun, TagOf("Peru built a station near the border.", "station"));
    }

    [Fact]
    public void An_irregular_past_form_too_rare_in_training_is_the_verb_of_a_clause_without_one()
    {
        // Training saw "drew" once: the first reading took it for a noun, or after a name for a name.
        Assert.Equal(PartOfSpeech.Verb, TagOf("The plan drew criticism from Peru.", "drew"));
        Assert.Equal(PartOfSpeech.Verb, TagOf("The seizure by Chile drew condemnation.", "drew"));
        // A sentence with a verb of its own keeps the noun reading of the words it has.
        Assert.Equal(PartOfSpeech.Noun, TagOf("The miners said the lode they struck was rich.", "lode"));
    }

    [Fact]
    public void A_word_in_s_ending_a_past_verbs_object_is_a_plural_noun()
    {
        Assert.Equal(PartOfSpeech.Noun, TagOf("Laos shelled Thai border posts on Friday.", "posts"));
        // After a name alone it may be the verb of a reported clause.
        Assert.Equal(PartOfSpeech.Verb, TagOf("Officials said China objects to the plan.", "objects"));
    }

    [Fact]
    public void A_word_after_a_hyphenated_pair_of_names_is_a_noun()
    {
        Assert.Equal(PartOfSpeech.Noun, TagOf("The Seoul-Tokyo talks in Busan ended.", "talks"));
    }

    [Theory]
    [InlineData("Japan plans new sanctions on Russia.", "plans", PartOfSpeech.Verb)]
    [InlineData("Tokyo supplies copper to Seoul.", "supplies", PartOfSpeech.Verb)]
    // Not when the next word may be the verb, nor in a fragment with no object after the noun, nor with a verb before it.
    [InlineData("Russia missile tests alarm Japan.", "tests", PartOfSpeech.Noun)]
    [InlineData("China-Japan talks in Tokyo", "talks", PartOfSpeech.Noun)]
    [InlineData("Officials counted French supplies of copper.", "supplies", PartOfSpeech.Noun)]
    public void A_sentence_without_a_finite_verb_finds_its_present_tense_verb(string text, string word, Enum expected)
    {
        Assert.Equal(expected, TagOf(text, word));
    }

    [Fact]
    public void Every_token_gets_one_tag()
    {
        var document = TestDictionaries.Language("Seoul said it would respond.\nTalks ended.");
        Assert.Equal(document.Tokens.Length, document.Tags.Length);
    }

    [Theory]
    [InlineData("The minister flew to Tokyo with an aide.", "The", PartOfSpeech.Determiner)]
    [InlineData("The minister flew to Tokyo with an aide.", "an", PartOfSpeech.Determiner)]
    [InlineData("The minister flew to Tokyo with an aide.", "with", PartOfSpeech.Preposition)]
    [InlineData("The minister flew to Tokyo with an aide.", "to", PartOfSpeech.Preposition)]
    [InlineData("The minister flew to Tokyo with an aide.", "Tokyo", PartOfSpeech.ProperNoun)]
    [InlineData("Beijing will respond and Seoul may not.", "will", PartOfSpeech.Modal)]
    [InlineData("Beijing will respond and Seoul may not.", "may", PartOfSpeech.Modal)]
    [InlineData("Beijing will respond and Seoul may not.", "and", PartOfSpeech.Conjunction)]
    [InlineData("Beijing will respond and Seoul may not.", "not", PartOfSpeech.Negation)]
    [InlineData("Talks ended because the envoys left.", "because", PartOfSpeech.Subordinator)]
    [InlineData("The envoy who resigned has left.", "who", PartOfSpeech.Wh)]
    [InlineData("The envoy who resigned has left.", "has", PartOfSpeech.Auxiliary)]
    [InlineData("They said 300 ships sailed.", "They", PartOfSpeech.Pronoun)]
    [InlineData("They said 300 ships sailed.", "300", PartOfSpeech.Number)]
    [InlineData("They said 300 ships sailed.", ".", PartOfSpeech.Punctuation)]
    [InlineData("Korea's navy sailed.", "'s", PartOfSpeech.Possessive)]
    [InlineData("“Fine,” he said.", "“", PartOfSpeech.Quote)]
    public void Closed_class_words_get_their_class(string text, string word, Enum expected)
    {
        Assert.Equal(expected, TagOf(text, word));
    }

    [Theory]
    [InlineData("Talks with the US ended.")]
    [InlineData("US officials arrived.")]
    [InlineData("The US and its allies met.")]
    public void US_in_capitals_is_a_proper_noun_not_a_pronoun(string text)
    {
        Assert.Equal(PartOfSpeech.ProperNoun, TagOf(text, "US"));
    }

    [Fact]
    public void Lower_case_us_is_a_pronoun()
    {
        Assert.Equal(PartOfSpeech.Pronoun, TagOf("They told us nothing.", "us"));
    }

    [Fact]
    public void May_inside_a_sentence_with_a_capital_is_the_month()
    {
        Assert.Equal(PartOfSpeech.ProperNoun, TagOf("The drills began in May and ended in June.", "May"));
    }

    [Theory]
    [InlineData("The attack killed two soldiers.", "attack", PartOfSpeech.Noun)]
    [InlineData("Their attack failed.", "attack", PartOfSpeech.Noun)]
    [InlineData("After a visit to Seoul, he left.", "visit", PartOfSpeech.Noun)]
    [InlineData("Rebel troops attack the base at night.", "attack", PartOfSpeech.Verb)]
    [InlineData("The ministers visit Seoul every year.", "visit", PartOfSpeech.Verb)]
    [InlineData("Officials warned of a strike.", "warned", PartOfSpeech.Verb)]
    [InlineData("Officials warned of a strike.", "strike", PartOfSpeech.Noun)]
    public void Verb_or_noun_follows_the_context(string text, string word, Enum expected)
    {
        Assert.Equal(expected, TagOf(text, word));
    }

    [Theory]
    [InlineData("Russia plans to send more troops.", "send")]
    [InlineData("Seoul agreed to hold talks.", "hold")]
    [InlineData("The allies hope to strengthen their ties.", "strengthen")]
    public void To_before_a_base_verb_is_the_infinitive_marker(string text, string verb)
    {
        Assert.Equal(PartOfSpeech.To, TagOf(text, "to"));
        Assert.Equal(PartOfSpeech.Verb, TagOf(text, verb));
    }

    [Fact]
    public void To_before_a_noun_phrase_stays_a_preposition()
    {
        Assert.Equal(PartOfSpeech.Preposition, TagOf("The envoy went to the border.", "to"));
    }

    [Fact]
    public void Capitalised_word_in_the_middle_is_a_proper_noun_and_at_the_start_depends_on_the_word()
    {
        Assert.Equal(PartOfSpeech.ProperNoun, TagOf("Officials met Zelensky in Kyiv.", "Zelensky"));
        Assert.Equal(PartOfSpeech.Verb, TagOf("Say nothing, the envoy was told.", "Say"));
        Assert.Equal(PartOfSpeech.ProperNoun, TagOf("Pyongyang fired again.", "Pyongyang"));
    }

    [Theory]
    [InlineData("The ministry, citing its own sources, said al-Khaza\u2019i was arrested Tuesday at a checkpoint.", "al-Khaza\u2019i")]
    [InlineData("Rebels, in a video message, said al-Bura\u2019i was captured Sunday near the river.", "al-Bura\u2019i")]
    public void A_capitalised_word_never_seen_in_training_is_no_closed_class_word(string text, string name)
    {
        // Pronouns, determiners and the like are all in the treebank: a new transliterated name is none of them.
        var tag = TagOf(text, name);
        Assert.True(tag is PartOfSpeech.ProperNoun or PartOfSpeech.Noun, $"{name} tagged {tag}");
    }

    [Fact]
    public void A_headline_in_Title_Case_is_read_as_sentence_case()
    {
        // Read with the shipped dictionaries, whose names and demonyms keep their capitals.
        static PartOfSpeech HeadlineTag(string text, string word)
        {
            var document = Entente.Tests.Cli.SharedPipeline.Instance.Read(new Entente.Articles.Article("h.txt", text));
            for (int i = 0; i < document.Tokens.Length; i++) if (document.TextOf(i).SequenceEqual(word)) return document.Tags[i];
            throw new Xunit.Sdk.XunitException($"'{word}' not in '{text}'");
        }
        const string Sale = "Peru Condemns Chilean Arms Sale to Bolivia\n\nPeru condemned the sale on Monday.";
        // The treebank holds few Title Case headlines: the capitals alone made "Condemns" and "Protests" proper nouns.
        Assert.Equal(PartOfSpeech.Verb, HeadlineTag(Sale, "Condemns"));
        Assert.Equal(PartOfSpeech.Verb, HeadlineTag("Ghana Protests Arrest of Togolese Ex-Minister\n\nGhana protested on Friday.", "Protests"));
        Assert.Equal(PartOfSpeech.Noun, HeadlineTag("Ghana Protests Arrest of Togolese Ex-Minister\n\nGhana protested on Friday.", "Arrest"));
        // Names keep their capitals: a place the dictionaries know, and a word the treebank shows as a name.
        Assert.Equal(PartOfSpeech.ProperNoun, HeadlineTag(Sale, "Bolivia"));
        Assert.Equal(PartOfSpeech.ProperNoun, HeadlineTag("Chile and Peru Sign Defense Pact on Monday\n\nThe pact was signed in Lima.", "Monday"));
        // A sentence of names with a full stop is no headline: its capitals are kept.
        Assert.Equal(PartOfSpeech.ProperNoun, TagOf("Officials met Zelensky in Kyiv.", "Zelensky"));
    }
}
