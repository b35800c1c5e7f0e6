using Entente.Language;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Entente.Tests.Language;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    private static Token Single(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text).Where(t => text.Substring(t.Start, t.Length) == word).ToArray();
        Assert.True(tokens.Length == 1, $"expected one token '{word}' in [{string.Join(" | ", Words(text))}]");
        return tokens[0];
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("Gen.")]
    [InlineData("Maj.")]
    [InlineData("Lt.")]
    [InlineData("No.")]
    [InlineData("a.m.")]
    public void Abbreviations_keep_their_full_stop(string abbreviation)
    {
        var text = $"At 9 a.m. on Friday, Lt. Park and Maj. Cho briefed Gen. Kim on the No. 2 unit before the U.S. delegation arrived.";
        Assert.Contains(abbreviation, Words(text));
        Assert.Equal(TokenKind.Word, Single(text, abbreviation).Kind);
    }

    [Fact]
    public void A_suspended_hyphen_stays_on_its_word()
    {
        Assert.Equal(["Ghana", "banned", "Chinese-", "and", "Indian-made", "motorcycles", "."], Words("Ghana banned Chinese- and Indian-made motorcycles."));
        Assert.Equal(["short-", "or", "long-range"], Words("short- or long-range"));
        // A dash between words, spaced or not followed by a coordinator, is punctuation as before.
        Assert.Equal(["talks", "-", "and", "more"], Words("talks - and more"));
        Assert.Equal(["Seoul", "-", "the", "capital"], Words("Seoul- the capital"));
    }

    [Fact]
    public void Ordinary_word_before_a_full_stop_does_not_take_it()
    {
        Assert.Equal(["The", "envoy", "left", ".", "Talks", "ended", "."], Words("The envoy left. Talks ended."));
    }

    [Fact]
    public void Lower_case_no_at_the_end_of_a_sentence_is_not_the_abbreviation()
    {
        Assert.Equal(["Seoul", "said", "no", "."], Words("Seoul said no."));
    }

    [Fact]
    public void Initials_keep_their_full_stop()
    {
        Assert.Equal(["John", "F.", "Kennedy", "visited", "Berlin", "."], Words("John F. Kennedy visited Berlin."));
    }

    [Theory]
    [InlineData("10,000")]
    [InlineData("45.7")]
    [InlineData("2024/10/5")]
    [InlineData("5th")]
    [InlineData("1980s")]
    public void Numbers_stay_whole(string number)
    {
        var text = $"In the 1980s the 5th fleet had 10,000 sailors; on 2024/10/5 it asked for $ 45.7 billion.";
        Assert.Equal(TokenKind.Number, Single(text, number).Kind);
    }

    [Fact]
    public void Currency_amount_splits_into_symbol_number_and_word()
    {
        var text = "The budget is $ 45.7 billion.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["The", "budget", "is", "$", "45.7", "billion", "."], Words(text));
        Assert.Equal(TokenKind.Symbol, tokens[3].Kind);
        Assert.Equal(TokenKind.Number, tokens[4].Kind);
    }

    [Fact]
    public void Number_at_the_end_of_a_sentence_leaves_the_full_stop()
    {
        Assert.Equal(["Troops", "numbered", "10,000", "."], Words("Troops numbered 10,000."));
    }

    [Theory]
    [InlineData("President Yoon Suk-yeol spoke.", new[] { "President", "Yoon", "Suk-yeol", "spoke", "." })]
    [InlineData("Kim Jong-un watched the launch.", new[] { "Kim", "Jong-un", "watched", "the", "launch", "." })]
    [InlineData("Korea-US drills began.", new[] { "Korea", "-", "US", "drills", "began", "." })]
    [InlineData("It fired a short-range missile.", new[] { "It", "fired", "a", "short-range", "missile", "." })]
    [InlineData("U.S.-China talks resumed.", new[] { "U.S.", "-", "China", "talks", "resumed", "." })]
    [InlineData("Korea-U.S. drills began.", new[] { "Korea", "-", "U.S.", "drills", "began", "." })]
    [InlineData("The U.S.-led coalition grew.", new[] { "The", "U.S.", "-", "led", "coalition", "grew", "." })]
    [InlineData("The Sino-Russian pact held.", new[] { "The", "Sino", "-", "Russian", "pact", "held", "." })]
    public void Hyphens_join_name_syllables_and_compounds_but_split_two_names(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Theory]
    [InlineData("Korea's navy sailed.", "'s")]
    [InlineData("Korea’s navy sailed.", "’s")]
    public void Possessive_is_its_own_token(string text, string marker)
    {
        Assert.Equal(["Korea", marker, "navy", "sailed", "."], Words(text));
        Assert.Equal(TokenKind.Word, Tokenizer.Tokenize(text)[1].Kind);
    }

    [Fact]
    public void Apostrophes_inside_names_stay()
    {
        Assert.Equal(["They", "do", "n't", "trust", "O'Brien", "in", "Xi'an", "."], Words("They don't trust O'Brien in Xi'an."));
    }

    [Fact]
    public void Clitics_are_split_as_the_treebank_splits_them()
    {
        Assert.Equal(["We", "'re", "ready", ",", "but", "I", "'m", "not", "."], Words("We're ready, but I'm not."));
        Assert.Equal(["They", "wo", "n’t", "go", ";", "we", "ca", "n't", "and", "we", "'ll", "stay", "."], Words("They won’t go; we can't and we'll stay."));
        Assert.Equal(["She", "'d", "have", "agreed", "if", "they", "'ve", "asked", "."], Words("She'd have agreed if they've asked."));
        Assert.Equal(["Peru", "can", "not", "wait", "."], Words("Peru cannot wait."));
        // Letters after the clitic make it part of a word: no split in "Ma'ruf" or "d'Ivoire".
        Assert.Equal(["Ma'ruf", "met", "Côte", "d'Ivoire", "'s", "envoy", "."], Words("Ma'ruf met Côte d'Ivoire's envoy."));
    }

    [Fact]
    public void A_contracted_negation_negates()
    {
        var events = Entente.Tests.Cli.SharedPipeline.AllEvents("Chile didn't condemn Peru.");
        Assert.Equal(Entente.Events.EventMode.Negated, Assert.Single(events).Mode);
        // A refusal is a rejection, done.
        events = Entente.Tests.Cli.SharedPipeline.AllEvents("Bolivia won't recognize Kosovo.");
        Assert.Equal(Entente.Events.EventType.Reject, Assert.Single(events).Type);
    }

    [Fact]
    public void Quotation_marks_are_separate_tokens()
    {
        var text = "“We are ready,” he said. \"Fine\" was the reply.";
        var tokens = Tokenizer.Tokenize(text);
        var words = Words(text);
        Assert.Equal(["“", "We", "are", "ready", ",", "”", "he", "said", ".", "\"", "Fine", "\"", "was", "the", "reply", "."], words);
        foreach (var i in new[] { 0, 5, 9, 11 }) Assert.Equal(TokenKind.Quote, tokens[i].Kind);
    }

    [Fact]
    public void Full_stop_glued_to_the_next_sentence_is_split()
    {
        Assert.Equal(["The", "drill", "ended", ".", "The", "ships", "left", "."], Words("The drill ended.The ships left."));
    }

    [Fact]
    public void Domain_names_stay_whole()
    {
        Assert.Contains("example.com", Words("Source: example.com reported it."));
    }

    [Fact]
    public void Ellipsis_is_one_punctuation_token()
    {
        var text = "He paused... then spoke… again.";
        Assert.Equal(["He", "paused", "...", "then", "spoke", "…", "again", "."], Words(text));
        Assert.Equal(TokenKind.Punct, Single(text, "...").Kind);
        Assert.Equal(TokenKind.Punct, Single(text, "…").Kind);
    }

    [Fact]
    public void Layout_flags_mark_spaces_lines_and_paragraphs()
    {
        var text = "Seoul warns\nTroops move.\r\n\r\nTalks  end.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(TokenFlags.None, tokens[0].Flags);
        Assert.Equal(TokenFlags.SpaceBefore, tokens[1].Flags);
        Assert.True(tokens[2].StartsLine);
        Assert.Equal(TokenFlags.SpaceBefore | TokenFlags.LineBefore, tokens[2].Flags);
        Assert.Equal(TokenFlags.None, tokens[4].Flags); // the full stop is glued
        Assert.True(tokens[5].Flags.HasFlag(TokenFlags.ParagraphBefore));
        Assert.True(tokens[5].StartsLine);
        Assert.False(tokens[6].StartsLine);
    }

    [Fact]
    public void Empty_and_blank_text_have_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize(" \n\t\r\n "));
    }

    [Fact]
    public void Emoji_surrogate_pair_is_one_symbol()
    {
        var text = "Peace 🕊 now";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(3, tokens.Length);
        Assert.Equal(TokenKind.Symbol, tokens[1].Kind);
        Assert.Equal(2, tokens[1].Length);
    }

    [Fact]
    public void List_overload_clears_before_filling()
    {
        var list = new List<Token> { new(0, 1, TokenKind.Word, TokenFlags.None) };
        Tokenizer.Tokenize("two words", list);
        Assert.Equal(2, list.Count);
    }

    /// <summary>Strings mixing news-like fragments with control characters, lone surrogates and rare punctuation.</summary>
    public static Arbitrary<string> AnyText()
    {
        var special = Gen.Elements('\uD800', '\uDC00', '\uDBFF', '\uDFFF', '\0', '\u0001', '\u001F', '\u007F', '\u00AD', '\u200B', '\u2028', '\uFEFF',
            '\n', '\r', '\t', ' ', '\u00A0', '.', ',', '\'', '’', '“', '”', '"', '-', '‐', '‑', '$', '%', '/', ':', '…', '٣', '５', 'ß', 'İ');
        var fragment = Gen.Elements("U.S.", "Gen.", "a.m.", "Korea's", "Suk-yeol", "10,000", "2024/10/5", "5th", "ended.The", "...", "opera.com", " J. ", "x.y", "'s", "’s ", "-", "A.");
        var anyChar = Gen.Choose(0, 0xFFFF).Select(i => (char)i);
        var piece = Gen.Frequency(
            (4, anyChar.Select(c => c.ToString())),
            (3, special.Select(c => c.ToString())),
            (3, Gen.Elements('a', 'B', 'z', 'Q', '7').Select(c => c.ToString())),
            (2, fragment));
        return Gen.ListOf(piece).Select(parts => string.Concat(parts)).ToArbitrary();
    }

    [Property(MaxTest = 300)]
    public Property Tokens_are_ordered_non_empty_spans_within_any_text()
    {
        return Prop.ForAll(AnyText(), text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            int previousEnd = 0;
            foreach (var t in tokens)
            {
                if (t.Length <= 0 || t.Start < previousEnd || t.End > text.Length) return false;
                if (char.IsWhiteSpace(text[t.Start])) return false;
                previousEnd = t.End;
            }
            return true;
        });
    }

    [Property(MaxTest = 200)]
    public bool Tokens_of_any_generated_string_are_well_formed(string? text)
    {
        text ??= "";
        var tokens = Tokenizer.Tokenize(text);
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            if (t.Length <= 0 || t.Start < previousEnd || t.End > text.Length || char.IsWhiteSpace(text[t.Start])) return false;
            previousEnd = t.End;
        }
        return true;
    }

    [Fact]
    public void Only_whitespace_lies_between_tokens()
    {
        var text = "“Kim Jong-un’s 2024/10/5 visit,” said Lt. Gen. O'Neil... ended.The U.S.-led drill cost $ 4.5 billion!";
        var tokens = Tokenizer.Tokenize(text);
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..t.Start]), $"gap '{text[previousEnd..t.Start]}' before '{text.Substring(t.Start, t.Length)}'");
            previousEnd = t.End;
        }
        Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..]));
    }
}
