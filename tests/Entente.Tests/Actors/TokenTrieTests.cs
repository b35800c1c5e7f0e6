using Entente.Actors;
using Entente.Language;
using Xunit;

namespace Entente.Tests.Actors;

public class TokenTrieTests
{
    private static TokenTrie<string> Trie(params (string Name, string Value)[] names)
    {
        var trie = new TokenTrie<string>();
        foreach (var (name, value) in names) trie.Add(name, value);
        trie.Freeze();
        return trie;
    }

    private static (IReadOnlyList<string> Values, int Length)? Match(TokenTrie<string> trie, string text, int first = 0)
    {
        var tokens = Tokenizer.Tokenize(text);
        return trie.LongestMatch(text, tokens, first, tokens.Length);
    }

    [Fact]
    public void The_longest_name_wins_and_a_shorter_one_is_found_when_the_longer_breaks_off()
    {
        var trie = Trie(("South Korea", "KOR"), ("South", "-"), ("South Korean Navy", "KORMIL"));
        Assert.Equal((2, "KOR"), Match(trie, "South Korea said") is { } m ? (m.Length, m.Values[0]) : default);
        Assert.Equal((3, "KORMIL"), Match(trie, "South Korean Navy ships") is { } n ? (n.Length, n.Values[0]) : default);
        // "South Korean" ends no name: the longest name on the way is "South".
        Assert.Equal((1, "-"), Match(trie, "South Korean exports") is { } o ? (o.Length, o.Values[0]) : default);
        Assert.Null(Match(trie, "Korea said"));
    }

    [Fact]
    public void Values_of_one_name_keep_the_order_they_were_added_in()
    {
        var trie = Trie(("Korea", "KOR"), ("Korea", "PRK"));
        Assert.Equal(["KOR", "PRK"], trie.Word("Korea")!);
        Assert.Null(trie.Word("Kore"));
    }

    [Fact]
    public void A_word_is_looked_up_only_where_it_follows_in_a_name()
    {
        // "Republic" is a word of the trie, but starts no name and does not follow "Korea".
        var trie = Trie(("Republic of Korea", "KOR"), ("Korea", "KOR"));
        Assert.Null(trie.Word("Republic"));
        Assert.Equal(1, Match(trie, "Korea Republic")!.Value.Length);
        Assert.Equal(3, Match(trie, "Republic of Korea")!.Value.Length);
    }

    [Fact]
    public void Typographic_apostrophes_match_straight_ones_and_nothing_is_found_before_freezing()
    {
        var trie = Trie(("People’s Liberation Army", "CHNMIL"));
        Assert.Equal(4, Match(trie, "People's Liberation Army")!.Value.Length);
        Assert.Equal(4, Match(trie, "People’s Liberation Army")!.Value.Length);
        trie.Add("Kremlin", "RUS");
        Assert.Null(trie.Word("Kremlin"));
        trie.Freeze();
        Assert.Equal(["RUS"], trie.Word("Kremlin")!);
    }
}
