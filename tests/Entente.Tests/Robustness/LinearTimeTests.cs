using System.Diagnostics;
using Entente.Articles;
using Entente.Events;
using Entente.Language;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Robustness;

/// <summary>Timing tests run alone, not beside the rest of the suite, so that what they measure is their own work.</summary>
[CollectionDefinition(nameof(Timed), DisableParallelization = true)]
public sealed class Timed;

/// <summary>Issue 17: long sentences took time cubic in their length; coordinated actors made N² events.</summary>
[Collection(nameof(Timed))]
public class LinearTimeTests
{
    [Fact]
    public void A_one_megabyte_single_line_finishes_within_a_few_seconds()
    {
        var pipeline = SharedPipeline.Instance;
        pipeline.Process(new Article("warm", Generated.RunOnLine(2_000)));
        var text = Generated.RunOnLine(1_000_000);
        var watch = Stopwatch.StartNew();
        var result = pipeline.Process(new Article("line", text));
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"1 MB line took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.All(result.Sentences, s => Assert.True(s.Length < 10_000));
        Assert.True(result.Events.Count <= result.Sentences.Count * EventCoder.MaxEventsPerSentence);
    }

    [Fact]
    public void Time_grows_about_linearly_with_the_length_of_a_line()
    {
        var pipeline = SharedPipeline.Instance;
        pipeline.Process(new Article("warm", Generated.RunOnLine(2_000)));
        double Time(int chars)
        {
            var text = Generated.RunOnLine(chars, seed: 7);
            var watch = Stopwatch.StartNew();
            pipeline.Process(new Article("t", text));
            return watch.Elapsed.TotalSeconds;
        }
        double small = Math.Max(Time(40_000), 0.01), large = Time(320_000);
        // Eight times the text: linear is 8x; the cubic defect was about 500x. Allow for a noisy shared machine.
        Assert.True(large / small < 40, $"40 KB {small:F2} s, 320 KB {large:F2} s");
    }

    [Fact]
    public void A_page_of_many_misnested_elements_is_read_in_bounded_time()
    {
        // 120,000 misnested formatting elements, 0.9 MB: SmartReader's time grew with the square of the element count.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<b><i>x</b></i> ", 60_000)) + "<p>France accused Germany of espionage.</p></body></html>";
        Assert.True(HtmlArticleReader.CheckBounds(html, "m.html").Elements > HtmlArticleReader.MaxReadabilityElements);
        var watch = Stopwatch.StartNew();
        var article = HtmlArticleReader.Read(html, "m.html", "m.html");
        var result = SharedPipeline.Instance.Process(article);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Contains(result.Events, e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void A_sentence_never_exceeds_the_token_cap_and_cuts_after_clause_punctuation()
    {
        var text = Generated.RunOnLine(20_000);
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceCap.Apply(SentenceSplitter.Split(text, tokens), text, tokens);
        Assert.All(sentences, s => Assert.InRange(s.TokenCount, 1, SentenceCap.MaxTokens));
        Assert.Equal(tokens.Length, sentences.Sum(s => s.TokenCount));
        for (int i = 1; i < sentences.Length; i++) Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
        Assert.All(sentences[..^1], s => Assert.Contains(text[s.Span.End - 1], ",;:"));
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 6)]
    public void A_few_coordinated_states_meeting_still_make_one_event_per_pair(int states, int pairs)
    {
        var events = SharedPipeline.Instance.Process(new Article("m", Generated.CoordinatedMeeting(states))).Events;
        Assert.Equal(pairs, events.Count(e => e.Type == EventType.Consult && e.Target is not null));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    [InlineData(200)]
    public void Many_coordinated_states_make_a_bounded_number_of_events(int states)
    {
        var result = SharedPipeline.Instance.Process(new Article("m", Generated.CoordinatedMeeting(states)));
        // Was states·(states−1)/2: 19,900 events for 200 states.
        Assert.InRange(result.Events.Count, 1, result.Sentences.Count * EventCoder.MaxEventsPerSentence);
    }

    [Fact]
    public void Merging_thousands_of_retellings_is_fast_and_keeps_one_event_per_act()
    {
        // 3,000 sentences telling the same act: merging compared every event with every kept one.
        var text = string.Concat(Enumerable.Repeat("France accused Germany of espionage.\n", 3_000));
        var watch = Stopwatch.StartNew();
        var events = SharedPipeline.Instance.Process(new Article("r", text)).Events;
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed.TotalSeconds:F1} s");
        var accuse = Assert.Single(events, e => e.Type == EventType.Accuse);
        Assert.Equal(3_000, accuse.Mentions);
    }
}
