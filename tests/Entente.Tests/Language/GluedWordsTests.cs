using System.Collections.Frozen;
using Entente.Articles;
using Entente.Language;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Language;

/// <summary>Words glued across a lost line break in scraped text are split (texts written for these tests).</summary>
public class GluedWordsTests
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Names =
        new[] { "Peru", "Chile" }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static string[] Words(string text) =>
        GluedWords.Split(text, Tokenizer.Tokenize(text), Names).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Fact]
    public void A_capitalised_word_glued_to_a_known_name_is_split_and_starts_a_line()
    {
        const string text = "Fishing rights for PeruUpdated on June 5 Chile said";
        var tokens = GluedWords.Split(text, Tokenizer.Tokenize(text), Names);
        Assert.Equal(["Fishing", "rights", "for", "Peru", "Updated", "on", "June", "5", "Chile", "said"], tokens.Select(t => text.Substring(t.Start, t.Length)));
        Assert.True(tokens[4].StartsLine);
        Assert.False(tokens[8].StartsLine);
    }

    [Theory]
    [InlineData("DeepSeek released a model.")]
    [InlineData("McCaul spoke in Lima.")]
    [InlineData("Chileans voted.")]
    public void Names_written_with_an_inner_capital_stay_whole(string text)
    {
        Assert.Equal(Tokenizer.Tokenize(text).Length, Words(text).Length);
    }

    [Fact]
    public void The_pipeline_splits_only_at_names_of_states_and_capitals()
    {
        var document = SharedPipeline.Instance.Read(new Article("m.txt", "The tanker reached Lima, according to the tracking website MarineTraffic and the TechMoat blog."));
        Assert.Equal(1, document.Sentences.Length);
    }

    [Fact]
    public void The_pipeline_ends_the_glued_heading_as_a_sentence()
    {
        var document = SharedPipeline.Instance.Read(new Article("g.txt", "Peru accused Chile of spying on PeruDate Chilean President Gabriel Boric visited Lima on Monday."));
        Assert.Equal(2, document.Sentences.Length);
        Assert.StartsWith("Date Chilean President", document.Slice(document.Sentences[1].Span));
    }
}
