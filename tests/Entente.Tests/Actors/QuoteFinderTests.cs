using Entente.Actors;
using Xunit;
using static Entente.Tests.Actors.TestDictionaries;

namespace Entente.Tests.Actors;

public class QuoteFinderTests
{
    private static readonly DateOnly Mid2024 = new(2024, 7, 1);

    private static Quotation SingleQuote(Document document)
    {
        Assert.True(document.Quotes.Count == 1, $"expected one quotation, found {document.Quotes.Count}: {string.Join(" | ", document.Quotes.Select(q => $"{q.Speaker}: {q.Text}"))}");
        return document.Quotes[0];
    }

    [Fact]
    public void Words_quoted_in_a_persons_own_clause_are_theirs_without_a_speech_verb()
    {
        var document = Read("On Friday, Defense Minister Shin Won-sik called the drill a “clear provocation” by the North.", Mid2024);
        var quote = SingleQuote(document);
        Assert.Equal("Shin Won-sik", quote.Speaker);
        Assert.Equal("clear provocation", quote.Text);
    }

    [Fact]
    public void A_speech_verb_naming_someone_else_stops_the_clause_reading()
    {
        var document = Read("Defense Minister Shin Won-sik will carry a “firm message to Tokyo,” his deputy said.", Mid2024);
        Assert.DoesNotContain(document.Quotes, q => q.Speaker == "Shin Won-sik");
    }

    [Fact]
    public void A_quotation_inside_a_sentence_that_a_person_does_not_open_has_no_speaker_by_clause()
    {
        var document = Read("The drill, which Shin Won-sik watched, was a “clear provocation” for many.", Mid2024);
        Assert.Empty(document.Quotes);
    }

    [Fact]
    public void Quote_then_he_said_goes_to_the_last_person()
    {
        var document = Read("Defense Minister Shin Won-sik visited a base near the border on Monday. “We will answer any provocation firmly,” he said.", Mid2024);
        var quote = SingleQuote(document);
        Assert.Equal("Shin Won-sik", quote.Speaker);
        Assert.True(quote.Direct);
        Assert.StartsWith("We will answer any provocation firmly", quote.Text);
        Assert.Equal(quote.Text, document.Slice(quote.Span));
    }

    [Fact]
    public void He_said_picks_the_most_recent_of_several_people()
    {
        var document = Read("Mark Rutte met Shin Won-sik in Brussels. “The partnership is growing,” he said.", new DateOnly(2024, 11, 1));
        Assert.Equal("Shin Won-sik", SingleQuote(document).Speaker);
    }

    [Fact]
    public void Quote_then_name_said()
    {
        var document = Read("“The patrol was routine and lawful,” Colonel Zhao Pengfei said on Tuesday.", Mid2024);
        var quote = SingleQuote(document);
        Assert.Equal("Zhao Pengfei", quote.Speaker);
        Assert.StartsWith("The patrol was routine and lawful", quote.Text);
    }

    [Fact]
    public void A_vow_is_a_speech_verb()
    {
        var document = Read("“We will rebuild every village,” Governor Oleh Kuzmenko vowed on Sunday.", Mid2024);
        var quote = SingleQuote(document);
        Assert.Equal("Oleh Kuzmenko", quote.Speaker);
        Assert.StartsWith("We will rebuild every village", quote.Text);
    }

    [Fact]
    public void Quote_then_said_name()
    {
        var document = Read("“Our ships will keep sailing there,” said Admiral Hiroshi Tanabe.", Mid2024);
        Assert.Equal("Hiroshi Tanabe", SingleQuote(document).Speaker);
    }

    [Fact]
    public void Name_said_that_then_quote()
    {
        var document = Read("Zhao Pengfei, a retired Chinese army colonel, said that “the region needs calm, not more warships.”", Mid2024);
        var quote = SingleQuote(document);
        Assert.Equal("Zhao Pengfei", quote.Speaker);
        Assert.StartsWith("the region needs calm, not more warships", quote.Text);
    }

    [Fact]
    public void Name_said_then_quote_with_a_colon()
    {
        var document = Read("Gen. Marcus Holloway told reporters: “Deterrence works only if it is credible.”", Mid2024);
        Assert.Equal("Marcus Holloway", SingleQuote(document).Speaker);
    }

    [Fact]
    public void According_to_name_then_quote()
    {
        var document = Read("According to Zhao Pengfei, the exercise “sends a clear message to the region.”", Mid2024);
        var quote = SingleQuote(document);
        Assert.Equal("Zhao Pengfei", quote.Speaker);
        Assert.StartsWith("sends a clear message to the region", quote.Text);
    }

    [Fact]
    public void Scare_quotes_after_so_called_are_not_quotations()
    {
        var document = Read("Beijing condemned the so-called “freedom of navigation” patrols, spokesman Guo Tiancheng said.", Mid2024);
        Assert.DoesNotContain(document.Quotes, q => q.Text.Contains("freedom of navigation"));
    }

    [Fact]
    public void Quote_with_no_speaker_is_left_out()
    {
        var document = Read("The plan was described as “a step forward” in the report.", Mid2024);
        Assert.Empty(document.Quotes);
    }

    [Fact]
    public void Quotation_may_span_sentences()
    {
        var document = Read("“We are ready. We will not back down. Nobody should doubt it,” said Colonel Zhao Pengfei.", Mid2024);
        var quote = SingleQuote(document);
        Assert.Equal("Zhao Pengfei", quote.Speaker);
        Assert.StartsWith("We are ready. We will not back down. Nobody should doubt it", quote.Text);
        Assert.True(document.Sentences.Length >= 3);
    }

    [Fact]
    public void Straight_quotes_work_like_curly_ones()
    {
        var document = Read("\"The drills will go on,\" Colonel Zhao Pengfei said.", Mid2024);
        Assert.Equal("Zhao Pengfei", SingleQuote(document).Speaker);
    }

    [Fact]
    public void Two_quotes_by_two_speakers()
    {
        var document = Read(
            "“We seek dialogue,” said Chinese Foreign Ministry spokesman Guo Tiancheng. " +
            "“Words are not enough,” Gen. Marcus Holloway, a British army officer, said.", Mid2024);
        Assert.Equal(2, document.Quotes.Count);
        Assert.Equal("Guo Tiancheng", document.Quotes[0].Speaker);
        Assert.Equal("Marcus Holloway", document.Quotes[1].Speaker);
        Assert.True(document.Quotes[0].Span.End <= document.Quotes[1].Span.Start);
    }

    [Fact]
    public void Apposition_between_the_quote_and_the_verb_keeps_the_speaker()
    {
        var document = Read("“Deterrence works only if it is credible,” Gen. Marcus Holloway, a British army officer, said.", Mid2024);
        Assert.Equal("Marcus Holloway", SingleQuote(document).Speaker);
    }

    [Fact]
    public void Quote_across_a_paragraph_break_is_not_joined()
    {
        var document = Read("“This line opens a quote\n\nand this paragraph does not close it,” he said.", Mid2024);
        Assert.Empty(document.Quotes);
    }

    [Fact]
    public void Quote_text_never_includes_the_marks()
    {
        var document = Read("“The talks failed,” Colonel Zhao Pengfei said. ‘Nobody came,’ Colonel Zhao Pengfei added.", Mid2024);
        Assert.NotEmpty(document.Quotes);
        foreach (var q in document.Quotes)
        {
            Assert.DoesNotContain('“', q.Text);
            Assert.DoesNotContain('”', q.Text);
            Assert.DoesNotContain('‘', q.Text);
            Assert.DoesNotContain('’', q.Text);
        }
    }

    [Fact]
    public void He_after_a_quote_is_not_a_person_named_inside_the_quote()
    {
        var document = Read("Defense Minister Shin Won-sik spoke to reporters on Monday. “Choi Woo-suk is wrong about the drills,” he said.", Mid2024);
        Assert.Equal("Shin Won-sik", SingleQuote(document).Speaker);
    }

    [Fact]
    public void Inner_single_quotes_stay_inside_the_outer_quotation()
    {
        var document = Read("“They called it ‘a red line’ and then crossed it,” Colonel Zhao Pengfei said.", Mid2024);
        var quote = SingleQuote(document);
        Assert.Equal("Zhao Pengfei", quote.Speaker);
        Assert.Contains("‘a red line’", quote.Text);
    }

    [Fact]
    public void Quote_attributed_at_the_end_of_the_sentence()
    {
        var document = Read("Colonel Zhao Pengfei spoke next. The drills, “which we announced in advance,” were lawful, he said.", Mid2024);
        Assert.Equal("Zhao Pengfei", SingleQuote(document).Speaker);
    }

    [Fact]
    public void An_unattributed_quotation_right_after_an_attributed_one_continues_its_speaker()
    {
        var document = Read("“The exercise will go ahead as planned,” Colonel Zhao Pengfei said on Tuesday. “Our crews have trained for months.”", Mid2024);
        Assert.Equal(2, document.Quotes.Count);
        Assert.All(document.Quotes, q => Assert.Equal("Zhao Pengfei", q.Speaker));
        Assert.StartsWith("Our crews have trained", document.Quotes[1].Text);
    }

    [Fact]
    public void A_quotation_after_other_text_does_not_continue_an_earlier_speaker()
    {
        var document = Read("“The exercise will go ahead,” Colonel Zhao Pengfei said. The drills began at dawn near the coast. “Nobody was told in advance.”", Mid2024);
        Assert.Equal("Zhao Pengfei", SingleQuote(document).Speaker);
    }

    [Fact]
    public void A_state_that_speaks_is_the_speaker_when_no_person_is()
    {
        var document = Read("Earlier this week, North Korea said, “The drills will be answered in kind.”", Mid2024);
        Assert.Equal("North Korea", SingleQuote(document).Speaker);
    }

    [Fact]
    public void An_unnamed_official_of_an_organisation_speaks_for_it()
    {
        var document = Read("“The door to talks remains open,” a senior NATO official told reporters.", Mid2024);
        Assert.Equal("NATO", SingleQuote(document).Speaker);
    }

    [Fact]
    public void A_state_inside_the_quoted_clause_or_after_a_preposition_is_not_the_speaker()
    {
        var document = Read("Finland upgraded the threat to a “serious concern” and said Norway was “acting alone.”", Mid2024);
        Assert.DoesNotContain(document.Quotes, q => q.Speaker is "Norway");
        var told = Read("“We will not back down,” an envoy told the United Nations.", Mid2024);
        Assert.Empty(told.Quotes);
    }

    [Fact]
    public void A_quotation_ending_in_a_full_stop_takes_no_speaker_from_the_next_sentence()
    {
        var document = Read("“The programme has no peaceful purpose.” The United States said Iran was to blame.", Mid2024);
        Assert.DoesNotContain(document.Quotes, q => q.Direct);
    }

    [Fact]
    public void According_to_after_a_quotation_names_its_speaker()
    {
        var document = Read("“The port deal has changed the balance in the region,” according to Hiroshi Tanabe, a researcher in Tokyo.", Mid2024);
        Assert.Equal("Hiroshi Tanabe", SingleQuote(document).Speaker);
    }

    [Fact]
    public void An_attribution_closing_the_sentence_may_carry_its_time()
    {
        var document = Read("“A new chapter can begin” in relations with its neighbours, Colonel Zhao Pengfei said earlier this month.", Mid2024);
        Assert.Equal("Zhao Pengfei", SingleQuote(document).Speaker);
    }

    [Fact]
    public void Words_quoted_inside_a_reported_clause_do_not_run_on_into_the_next_quotation()
    {
        var document = Read("NATO warned on Monday that it would keep up “steady pressure” on Moscow. “The drills are a provocation.”", Mid2024);
        Assert.DoesNotContain(document.Quotes, q => q.Text.StartsWith("The drills", StringComparison.Ordinal) && q.Speaker is not null);
    }

    [Fact]
    public void A_speech_verb_that_opens_its_own_quotation_does_not_attribute_the_one_before()
    {
        var document = Read("“Will they fire again?” Earlier this month, North Korea said, “Our answer is up to Washington.”", Mid2024);
        var quote = Assert.Single(document.Quotes, q => q.Text.StartsWith("Our answer", StringComparison.Ordinal));
        Assert.Equal("North Korea", quote.Speaker);
        Assert.DoesNotContain(document.Quotes, q => q.Text.StartsWith("Will they", StringComparison.Ordinal));
    }

    [Fact]
    public void An_organisation_closing_the_sentence_after_a_long_name_speaks()
    {
        var document = Read("“The launch breaks every resolution,” the North Atlantic Treaty Organization said in a statement.", Mid2024);
        Assert.Equal("North Atlantic Treaty Organization", SingleQuote(document).Speaker);
    }

    [Fact]
    public void He_said_passes_over_a_possessor_to_the_last_person_named_as_such()
    {
        var document = Read("Colonel Zhao Pengfei dismissed fears that Mark Rutte's warning would change the plan. “The drills go on,” he said.", Mid2024);
        Assert.Equal("Zhao Pengfei", SingleQuote(document).Speaker);
    }

    [Fact]
    public void A_quotation_running_on_past_its_paragraph_ends_there_and_the_next_paragraph_continues_it()
    {
        var document = Read("“The exercise will go ahead,” Colonel Zhao Pengfei said. “Our crews have trained for months.\n\n“Nobody should doubt our resolve,” he added.", Mid2024);
        Assert.Equal(3, document.Quotes.Count(q => q.Direct));
        Assert.All(document.Quotes.Where(q => q.Direct), q => Assert.Equal("Zhao Pengfei", q.Speaker));
        Assert.Contains(document.Quotes, q => q.Text == "Our crews have trained for months.");
    }
}
