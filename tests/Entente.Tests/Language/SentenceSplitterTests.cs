using Entente.Language;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Entente.Tests.Language;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return SentenceSplitter.Split(text, tokens).Select(s => text.Substring(s.Span.Start, s.Span.Length)).ToArray();
    }

    [Fact]
    public void A_compass_letter_shortening_a_country_name_ends_no_sentence()
    {
        Assert.Equal(["Chile sanctions N. Korean firms over arms sales."], Sentences("Chile sanctions N. Korean firms over arms sales."));
        Assert.Equal(["Peru's envoy visits S. Africa on Monday."], Sentences("Peru's envoy visits S. Africa on Monday."));
        // Any other capital letter after a lower-case word still ends one.
        Assert.Equal(["The post went out on X.", "Korean officials replied."], Sentences("The post went out on X. Korean officials replied."));
    }

    [Fact]
    public void Splits_on_stop_question_and_exclamation_before_a_new_sentence()
    {
        Assert.Equal(
            ["Troops moved north.", "Talks resumed!", "Will they last?", "300 envoys attended.", "\"Nobody left,\" one said."],
            Sentences("Troops moved north. Talks resumed! Will they last? 300 envoys attended. \"Nobody left,\" one said."));
    }

    [Theory]
    [InlineData("The talks ended late. Border dispute flares During the night, troops moved closer to the river.", "Border dispute flares")]
    [InlineData("Ports reopened on Monday. Shipping resumes After two weeks of strikes, the docks were busy again.", "Shipping resumes")]
    [InlineData("Aid convoys crossed at dawn. Relief for the north According to the agency, 40 trucks arrived.", "Relief for the north")]
    [InlineData("Fighting went on. Rebels regroup They moved their camp twice in a month.", "Rebels regroup")]
    public void A_sub_heading_run_into_the_next_sentence_is_a_sentence_of_its_own(string text, string heading)
    {
        var sentences = Sentences(text);
        Assert.Equal(3, sentences.Length);
        Assert.Equal(heading, sentences[1]);
    }

    [Theory]
    [InlineData("The mayor also attacked The Daily Courier for its coverage of the strike.")]
    [InlineData("Volunteers joined the Made In Ohio fair on Sunday with their families.")]
    [InlineData("The minister said in June that talks would resume in the autumn.")]
    public void Title_case_names_and_ordinary_sentences_are_not_sub_headings(string text)
    {
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Does_not_split_before_a_lower_case_word()
    {
        Assert.Single(Sentences("The count was 4. or so, officials said."));
    }

    [Fact]
    public void Abbreviations_do_not_end_sentences()
    {
        Assert.Equal(["Gen. Kim met U.S. officials.", "They talked for an hour."],
            Sentences("Gen. Kim met U.S. officials. They talked for an hour."));
    }

    [Fact]
    public void A_lone_capital_after_a_lower_case_word_ends_a_sentence()
    {
        Assert.Equal(["The ministry replied on X.", "Rebels shelled the town on Friday."],
            Sentences("The ministry replied on X. Rebels shelled the town on Friday."));
        Assert.Single(Sentences("The envoy met Harry S. Truman's grandson in Paris."));
    }

    [Fact]
    public void Initials_and_titles_do_not_end_sentences()
    {
        Assert.Single(Sentences("Lt. Col. Jae H. Moon and Dr. Ortiz visited No. 3 base at 10 a.m. on Monday."));
    }

    [Theory]
    [InlineData("The drills involved the U.S. The talks came later.", "The drills involved the U.S.")]
    [InlineData("The deal was signed at 10 a.m. It took effect at once.", "The deal was signed at 10 a.m.")]
    [InlineData("Seoul spoke with the U.S. They agreed on a plan.", "Seoul spoke with the U.S.")]
    public void Abbreviation_before_a_capitalised_function_word_ends_the_sentence(string text, string first)
    {
        var sentences = Sentences(text);
        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Theory]
    [InlineData("Lt. Gen. Kim spoke.")]
    [InlineData("U.S. Forces Korea said so.")]
    [InlineData("Ms. May met Dr. Who fans.")]
    [InlineData("She met John F. Kennedy Jr. in Boston.")]
    public void Abbreviation_before_a_name_does_not_end_the_sentence(string text)
    {
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Line_breaks_end_headlines()
    {
        Assert.Equal(["Seoul warns Pyongyang over launches", "The government said it would respond."],
            Sentences("Seoul warns Pyongyang over launches\nThe government said it would respond."));
    }

    [Fact]
    public void Paragraph_breaks_end_sentences_even_mid_clause()
    {
        Assert.Equal(["NATO allies met in Brussels", "and agreed on funding."],
            Sentences("NATO allies met in Brussels\n\nand agreed on funding."));
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        Assert.Equal(["He said, “We are ready.”", "Then he left.", "(The talks resumed.)", "Nobody objected."],
            Sentences("He said, “We are ready.” Then he left. (The talks resumed.) Nobody objected."));
    }

    [Fact]
    public void Glued_full_stop_ends_a_sentence()
    {
        Assert.Equal(["The drill ended.", "The ships left."], Sentences("The drill ended.The ships left."));
    }

    [Fact]
    public void Bullet_lines_are_sentences()
    {
        Assert.Equal(["Key points:", "• Troops moved to the border", "• Ships left port", "• Talks were called off"],
            Sentences("Key points:\n• Troops moved to the border\n• Ships left port\n• Talks were called off"));
    }

    [Fact]
    public void Bullet_after_a_stop_on_the_same_line_starts_a_sentence()
    {
        Assert.Equal(["Summary.", "• Drills ended."], Sentences("Summary. • Drills ended."));
    }

    [Fact]
    public void Ellipsis_before_a_capital_ends_a_sentence()
    {
        Assert.Equal(["They waited...", "Nothing happened."], Sentences("They waited... Nothing happened."));
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split("", []));
    }

    [Property(MaxTest = 300)]
    public Property Sentences_cover_all_tokens_in_order_without_gaps()
    {
        return Prop.ForAll(TokenizerTests.AnyText(), text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var sentences = SentenceSplitter.Split(text, tokens);
            if (tokens.Length == 0) return sentences.Length == 0;
            int expected = 0;
            foreach (var s in sentences)
            {
                if (s.FirstToken != expected || s.TokenCount <= 0) return false;
                if (s.Span.Start != tokens[s.FirstToken].Start || s.Span.End != tokens[s.EndToken - 1].End) return false;
                expected = s.EndToken;
            }
            return expected == tokens.Length;
        });
    }

    [Property(MaxTest = 200)]
    public Property A_token_after_a_line_break_always_starts_a_sentence()
    {
        return Prop.ForAll(TokenizerTests.AnyText(), text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var firsts = SentenceSplitter.Split(text, tokens).Select(s => s.FirstToken).ToHashSet();
            for (int i = 0; i < tokens.Length; i++)
                if (tokens[i].StartsLine && !firsts.Contains(i)) return false;
            return true;
        });
    }
}
