using Entente.Tests.Language;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;
using static Entente.Tests.Actors.TestDictionaries;

namespace Entente.Tests.Actors;

public class ActorRobustnessTests
{
    /// <summary>Text made of news words, names, quotes and punctuation in random order, with stray characters.</summary>
    private static Arbitrary<string> NewsLikeText()
    {
        var piece = Gen.Elements("Seoul", "the Kremlin", "Chinese", "military", "aircraft", "North Korea", "South China Sea", "President", "Yoon",
            "Suk-yeol", "Shin Won-sik", "Gen.", "Marcus", "Holloway", ",", ".", "said", "he", "They", "the two countries", "“", "”", "\"", "'",
            "so-called", "according to", "a retired", "analyst", "at the", "Korea Institute for Defense Analyses", "Zhao", "Pengfei", "\n", "\n\n",
            "’s", "'s", "that", "told", "Rutte", "NATO", "U.S.", "both sides", "The country", "Choi", "Woo-suk", "\uD800", "…", ":", "(", ")");
        return Gen.ListOf(piece).Select(parts => string.Join(" ", parts)).ToArbitrary();
    }

    [Property(MaxTest = 200)]
    public Property Actor_stage_accepts_any_news_like_text()
    {
        return Prop.ForAll(NewsLikeText(), text =>
        {
            var document = Read(text, new DateOnly(2024, 7, 1));
            foreach (var m in document.Actors)
                if (m.FirstToken < 0 || m.EndToken > document.Tokens.Length || m.EndToken <= m.FirstToken) return false;
            foreach (var q in document.Quotes)
                if (q.Span.Start < 0 || q.Span.End > text.Length || q.Speaker is null) return false;
            return true;
        });
    }

    [Property(MaxTest = 150)]
    public Property Actor_stage_accepts_any_text()
    {
        return Prop.ForAll(TokenizerTests.AnyText(), text =>
        {
            var document = Read(text);
            return document.Tags.Length == document.Tokens.Length;
        });
    }

    [Fact]
    public void Very_long_word_after_a_title_does_not_exhaust_the_stack()
    {
        // A pasted blob (base64, a run of letters) after a name-like word must not be copied onto the stack.
        var text = "President Wang A" + new string('a', 12_000_000) + " said the talks went well.";
        var document = Read(text);
        Assert.NotEmpty(document.Tokens.ToArray());
        Assert.Null(Assert.Single(document.People).Code);
    }
}
