using Entente.Articles;
using Entente.Events;
using Entente.Language;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>
/// PatternMatcher.WordFilter, asked before WordMatches in scans over many tokens, must pass every token WordMatches
/// accepts (else a scan would miss a match and the output change): checked for the shipped lexicon's every word list
/// against a text of plurals, case variants, non-ASCII and short words, and for lists made to reach its edges.
/// </summary>
public class WordFilterTests
{
    private const string Text =
        "Sanctions were imposed on Iran. The ministries ON Monday Ceasefires, ceasefire's talks; TALKS and Talkes. " +
        "Émigrés, émigré, Über-allies, allies, ally, Allies. ıt İt a I an s es ies y x. Agencies agency's policies 's — – \" “ ” ' 12 1990s. " +
        "Kiev's Kyiv-based forces accuse accused accuses accusing summons summon summonses bus buses status statuses";

    private static Document Tokens(string text)
    {
        var document = new Document(new Article("t.txt", text));
        document.SetTokens(Tokenizer.Tokenize(text));
        return document;
    }

    // Returns how many tokens the words match.
    private static int AssertPassesEveryMatch(Document document, string[] words)
    {
        var filter = new PatternMatcher.WordFilter(words);
        int matches = 0;
        for (int i = 0; i < document.Tokens.Length; i++)
            if (PatternMatcher.WordMatches(document, i, words))
            {
                Assert.True(filter.MayMatch(document.TextOf(i)), $"'{document.TextOf(i)}' matches [{string.Join(", ", words)}] but the filter turns it away");
                matches++;
            }
        return matches;
    }

    [Fact]
    public void Passes_every_token_the_shipped_lexicons_words_match()
    {
        var lexicon = EventLexicon.Load(Path.Combine(AppContext.BaseDirectory, "data", "events"));
        var document = Tokens(Text);
        int lists = 0, matches = 0;
        foreach (var entry in lexicon.Entries)
            foreach (var element in entry.Elements)
                if (element.Kind == PatternElementKind.Word)
                {
                    matches += AssertPassesEveryMatch(document, element.Words);
                    lists++;
                }
        Assert.True(lists > 100 && matches > 20, $"{lists} word lists read, {matches} matches");
    }

    [Theory]
    [InlineData("on")]
    [InlineData("ally", "agency", "policy")]
    [InlineData("sanction", "ceasefire")]
    [InlineData("émigré", "über-allies")]
    [InlineData("s", "es", "y", "x", "I")]
    [InlineData("it", "IT")]
    [InlineData("bus", "status", "summons")]
    [InlineData("'s", "—", "\"", "“", "12")]
    [InlineData("")]
    public void Passes_every_token_a_list_matches(params string[] words) => _ = AssertPassesEveryMatch(Tokens(Text), words);

    [Fact]
    public void The_lists_above_match_plurals_and_case_variants()
    {
        var document = Tokens(Text);
        // "Sanctions", "Ceasefires", "policies", "Agencies", "allies", "Allies", "buses", "statuses", "summonses", "IT"/"ıt"…
        Assert.True(AssertPassesEveryMatch(document, ["ally", "agency", "policy"]) >= 4);
        Assert.True(AssertPassesEveryMatch(document, ["sanction", "ceasefire"]) >= 3);
        Assert.True(AssertPassesEveryMatch(document, ["bus", "status", "summons"]) >= 5);
    }

    [Fact]
    public void Passes_everything_for_no_words_and_turns_away_other_lengths_and_initials()
    {
        Assert.True(new PatternMatcher.WordFilter([]).MayMatch("anything"));
        var on = new PatternMatcher.WordFilter(["on", "upon"]);
        Assert.True(on.MayMatch("On"));
        Assert.True(on.MayMatch("UPONS"));
        Assert.False(on.MayMatch("sanctions"));
        Assert.False(on.MayMatch("in"));
        Assert.False(on.MayMatch("a"));
    }
}
