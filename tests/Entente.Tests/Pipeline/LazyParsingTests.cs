using Entente.Articles;
using Entente.Export;
using Entente.Pipeline;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Pipeline;

/// <summary>
/// Sentences are parsed only when the event coder reads their trees, and the coder passes over sentences that cannot
/// carry an event: the events must be the same as when every sentence is parsed and coded.
/// </summary>
public class LazyParsingTests
{
    // Written for this test: two sentences without actors around one with an event.
    private const string Story =
        "The weather was mild on Monday, with light rain expected later in the week. " +
        "France and Germany signed a trade agreement in Berlin on Tuesday. " +
        "The harvest had been good, and prices fell in the markets of the region.";

    [Fact]
    public void Sentences_without_actors_are_not_parsed_yet_the_events_are_those_of_a_full_parse()
    {
        var pipeline = SharedPipeline.Instance;
        var lazy = pipeline.Read(new Article("lazy.txt", Story));
        var lazyEvents = pipeline.CodeAll(lazy);
        Assert.Equal(3, lazy.Sentences.Length);
        Assert.Equal(1, lazy.Syntax!.ParsedSentences);

        var full = pipeline.Read(new Article("lazy.txt", Story));
        _ = full.Syntax!.Heads; // parses every sentence before coding
        Assert.Equal(3, full.Syntax.ParsedSentences);
        var fullEvents = pipeline.CodeAll(full);

        Assert.Contains(lazyEvents, e => e.Source.Code.Value is "FRA" or "DEU" && e.Target?.Code.Value is "FRA" or "DEU");
        Assert.Equal(Jsonl(fullEvents, full), Jsonl(lazyEvents, lazy));
    }

    [Fact]
    public void A_sentence_with_actors_but_no_word_that_starts_an_event_is_not_parsed() =>
        // Actors in a comma list (which the actor grouping reads the tree for) and no trigger word.
        OnlyTheSecondSentenceIsParsedAndTheEventsAreThoseOfCodingEvery(
            "France, Germany and Italy were mentioned in a weather report. France and Germany signed a trade agreement on Tuesday.");

    [Fact]
    public void A_sentence_whose_event_word_lacks_the_other_words_of_its_patterns_is_not_parsed() =>
        // "paid" heads only "pay * visit to _": without "visit" no pattern of it can match, whatever the tree says.
        OnlyTheSecondSentenceIsParsedAndTheEventsAreThoseOfCodingEvery(
            "France and Germany paid tribute to the victims of the storm. France and Germany signed a trade agreement on Tuesday.");

    [Theory]
    // A word a sentence rule starts from, standing where that rule cannot code from it: not "has to" and an act ('obligation-verb').
    [InlineData("France and Germany have been partners for many years. France and Germany signed a trade agreement on Tuesday.")]
    // 'obligation' and 'time-to' words in the demand's shape, but told by no speaker: no one demands anything.
    [InlineData("France and Germany must plant more trees. France and Germany signed a trade agreement on Tuesday.")]
    [InlineData("It is time for France and Germany to plant more trees. France and Germany signed a trade agreement on Tuesday.")]
    // 'time-to' outside "it is time for/to"; 'relation-noun' with no "from" (relations moved from one party to another).
    [InlineData("France and Germany planted trees for the first time. France and Germany signed a trade agreement on Tuesday.")]
    [InlineData("Relations between France and Germany are warm. France and Germany signed a trade agreement on Tuesday.")]
    // 'manner-support' outside "in support of/with".
    [InlineData("France and Germany have wide support among farmers. France and Germany signed a trade agreement on Tuesday.")]
    public void A_sentence_whose_rule_word_cannot_start_its_rule_is_not_parsed(string text) =>
        OnlyTheSecondSentenceIsParsedAndTheEventsAreThoseOfCodingEvery(text);

    [Theory]
    // The same words where their rules can code: each sentence is parsed, and the events are those of coding every sentence.
    [InlineData("France said Germany has to withdraw its troops.")]
    [InlineData("France said it is time for Germany to withdraw its troops.")]
    [InlineData("France moved its relations from Germany to Italy.")]
    [InlineData("Students in France rallied in support of Germany.")]
    public void A_sentence_whose_rule_word_can_start_its_rule_is_parsed(string text)
    {
        var pipeline = SharedPipeline.Instance;
        var document = pipeline.Read(new Article("rule.txt", text));
        var events = pipeline.CodeAll(document);
        Assert.Equal(1, document.Syntax!.ParsedSentences);
        var everySentence = pipeline.CodingEverySentence();
        var all = everySentence.Read(new Article("rule.txt", text));
        Assert.Equal(Jsonl(everySentence.CodeAll(all), all), Jsonl(events, document));
    }

    private static void OnlyTheSecondSentenceIsParsedAndTheEventsAreThoseOfCodingEvery(string text)
    {
        var pipeline = SharedPipeline.Instance;
        var document = pipeline.Read(new Article("gate.txt", text));
        var events = pipeline.CodeAll(document);
        Assert.Equal(1, document.Syntax!.ParsedSentences);

        var everySentence = pipeline.CodingEverySentence();
        var all = everySentence.Read(new Article("gate.txt", text));
        Assert.Equal(Jsonl(everySentence.CodeAll(all), all), Jsonl(events, document));
    }

    [Fact]
    public void Passing_over_sentences_without_an_event_word_changes_no_event_of_the_sample_or_seed_articles()
    {
        var inputs = new List<string> { CliRunner.SampleFolder };
        if (SharedFolder.Path is { } shared && Directory.Exists(Path.Combine(shared, "corpus", "seeds"))) inputs.Add(Path.Combine(shared, "corpus", "seeds"));
        var pipeline = SharedPipeline.Instance;
        var everySentence = pipeline.CodingEverySentence();
        int articles = 0;
        foreach (var file in ArticleReader.ExpandInputs(inputs))
            foreach (var article in ArticleReader.Read(file))
            {
                var gated = pipeline.Read(article);
                var all = everySentence.Read(article);
                Assert.Equal(Jsonl(everySentence.CodeAll(all), all), Jsonl(pipeline.CodeAll(gated), gated));
                articles++;
            }
        Assert.True(articles >= 5);
    }

    [Fact]
    public void A_document_parsed_after_another_was_tagged_gets_the_same_trees()
    {
        // The words worked out for tagging are kept for the parse only until the thread tags another document.
        var pipeline = SharedPipeline.Instance;
        var first = pipeline.Read(new Article("a.txt", Story));
        var parsedAtOnce = first.Syntax!.Heads.ToArray();
        var relationsAtOnce = first.Syntax.Relations.ToArray();

        var late = pipeline.Read(new Article("a.txt", Story));
        _ = pipeline.Read(new Article("b.txt", "Japan and South Korea held talks in Seoul on Friday about trade and security."));
        Assert.Equal(parsedAtOnce, late.Syntax!.Heads.ToArray());
        Assert.Equal(relationsAtOnce, late.Syntax.Relations.ToArray());
    }

    private static string Jsonl(List<Entente.Events.Event> events, Document document)
    {
        using var buffer = new MemoryStream();
        using (var writer = new JsonlEventWriter(buffer, leaveOpen: true))
        {
            foreach (var e in events) writer.Write(e);
            writer.WriteMentions(document);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
