using Entente.Language.Syntax;
using Xunit;

namespace Entente.Tests.Language.Syntax;

/// <summary>
/// The memo of a word's own feature sums (<see cref="WordSums{TKey}"/>): the tagger and the parser score every word as they
/// would without it, whether its sums were just added up or remembered from another sentence.
/// </summary>
public class WordSumsTests
{
    private static readonly SyntaxModel Model = Entente.Pipeline.SharedModels.Get(Path.Combine(AppContext.BaseDirectory, "data", "models"));

    // Sentences written for these tests: the same words in other places, cases and contexts.
    private static readonly string[][] Sentences =
    [
        ["Fishing", "boats", "from", "the", "north", "crossed", "the", "line", "on", "Tuesday", "."],
        ["The", "north", "said", "the", "boats", "were", "fishing", "near", "the", "line", "."],
        ["Envoys", "of", "both", "sides", "met", "on", "Tuesday", "and", "agreed", "to", "talk", "again", "."],
        ["LINE", "CROSSED", ":", "north", "sends", "well-armed", "boats", "to", "the", "talks"],
        ["Talks", "Collapse", "As", "Envoys", "Walk", "Out"],
    ];

    private static WordInfo[] Infos(string[] words)
    {
        var infos = new WordInfo[words.Length];
        WordInfo.OfSentence(new StringWords(words), infos);
        return infos;
    }

    private static int[] Analyse(string[] words)
    {
        int[] tags = new int[words.Length], heads = new int[words.Length], labels = new int[words.Length];
        Model.Analyse(Infos(words), tags, heads, labels);
        return [.. tags, .. heads, .. labels];
    }

    [Fact]
    public void A_word_met_again_takes_its_sums_from_the_memo_and_a_word_in_its_slot_replaces_it()
    {
        var memo = new WordSums<ulong>(owner: this, width: 3, capacity: 4);
        Span<int> sums = stackalloc int[3];
        Assert.False(memo.TryGet(7UL, 1UL << 40, sums));
        memo.Set(7UL, 1UL << 40, [1, -2, 3]);
        Assert.True(memo.TryGet(7UL, 1UL << 40, sums));
        Assert.Equal([1, -2, 3], sums.ToArray());
        // Another word whose hash chooses the same slot: a key that differs is never taken for the word held.
        Assert.False(memo.TryGet(8UL, 1UL << 40, sums));
        memo.Set(8UL, 5UL << 40, [4, 5, 6]);
        Assert.False(memo.TryGet(7UL, 1UL << 40, sums));
        Assert.True(memo.TryGet(8UL, 5UL << 40, sums));
        Assert.Equal([4, 5, 6], sums.ToArray());
    }

    [Fact]
    public void Scores_of_a_feature_list_are_the_same_to_the_bit_when_part_of_it_is_summed_first()
    {
        var tagger = Model.Tagger.FirstPassModel;
        var words = Infos(Sentences[0]);
        Span<ulong> features = stackalloc ulong[PosTagger.MaxFeatures];
        var tags = new int[words.Length];
        Model.Tagger.LookUp(words, out var ambiguity, out var lookups);
        for (int i = 0; i < words.Length; i++)
        {
            int count = Model.Tagger.Features(words, i, tags, ambiguity, lookups[i], features);
            var whole = new float[tagger.ClassCount];
            tagger.Score(features[..count], whole);
            for (int split = 0; split <= count; split++)
            {
                var sums = new int[tagger.SumWidth];
                tagger.AddSums(features[..split], sums);
                var parts = new float[tagger.ClassCount];
                tagger.Score(features[split..count], parts, sums);
                Assert.Equal(whole, parts);
            }
        }
    }

    [Fact]
    public void The_tagger_s_own_and_context_features_are_its_features()
    {
        foreach (var sentence in Sentences)
        {
            var words = Infos(sentence);
            var tags = new int[words.Length];
            var ahead = Enumerable.Range(0, words.Length).Select(i => i % 7).ToArray();
            Model.Tagger.LookUp(words, out var ambiguity, out var lookups);
            var all = new ulong[PosTagger.MaxFeatures];
            var parts = new ulong[PosTagger.MaxFeatures];
            for (int i = 0; i < words.Length; i++)
                foreach (var second in new[] { false, true })
                {
                    var next = second ? ahead : default(ReadOnlySpan<int>);
                    int count = Model.Tagger.Features(words, i, tags, ambiguity, lookups[i], all, next);
                    int own = PosTagger.OwnFeatures(words[i], ambiguity[i], lookups[i], parts);
                    int context = Model.Tagger.ContextFeatures(words, i, tags, ambiguity, lookups[i], parts.AsSpan(own), next);
                    Assert.Equal(all[..count].Order(), parts[..(own + context)].Order());
                }
        }
    }

    [Fact]
    public void The_parser_s_own_and_context_role_features_are_its_role_features()
    {
        var state = new DependencyParser.ParseState();
        foreach (var sentence in Sentences)
        {
            var words = Infos(sentence);
            var tags = new int[words.Length];
            Model.Tagger.Tag(words, tags);
            state.Start(words, tags, Model.Parser.WordClasses);
            var all = new ulong[16];
            var parts = new ulong[16];
            for (int token = -1; token <= words.Length; token++)
                for (int role = 0; role < DependencyParser.ParseState.Roles; role++)
                {
                    int count = state.RoleFeatures(role, token, all, 0);
                    int own = state.OwnRoleFeatures(role, token, parts, 0);
                    int both = state.ContextRoleFeatures(role, token, parts, own);
                    Assert.Equal(all[..count].Order(), parts[..both].Order());
                }
        }
    }

    [Fact]
    public void The_labeller_s_own_and_pair_features_are_its_label_features()
    {
        var state = new DependencyParser.ParseState();
        var all = new ulong[DependencyParser.MaxLabelFeatures];
        var parts = new ulong[DependencyParser.MaxLabelFeatures];
        foreach (var sentence in Sentences)
        {
            var words = Infos(sentence);
            var tags = new int[words.Length];
            Model.Tagger.Tag(words, tags);
            state.Start(words, tags, Model.Parser.WordClasses);
            // Every arc of a made-up parse that moves in turn, so that heads gather children and relations on both sides.
            while (!state.Done)
            {
                int move = state.OnlyValid() is >= 0 and var only ? only
                    : state.Front % 3 == 0 && state.Depth > 1 ? DependencyParser.Right
                    : state.Front % 3 == 1 ? DependencyParser.Left : DependencyParser.Shift;
                var (dependent, head) = state.ArcOf(move);
                if (dependent >= 0)
                {
                    int count = state.LabelFeatures(dependent, head, all);
                    int own = state.DependentLabelFeatures(dependent, head, parts);
                    own += state.HeadLabelFeatures(head, parts.AsSpan(own));
                    int both = own + state.PairLabelFeatures(dependent, head, parts.AsSpan(own));
                    Assert.Equal(all[..count].Order(), parts[..both].Order());
                }
                state.Apply(move, (dependent + 3 * head) % 40);
            }
        }
    }

    [Fact]
    public void Role_scores_from_the_memo_are_the_scores_of_the_role_features()
    {
        var state = new DependencyParser.ParseState();
        var model = Model.Parser.Transitions;
        DependencyParser.ParseState.ForgetRoleSums();
        foreach (var sentence in Sentences.Concat(Sentences))
        {
            var words = Infos(sentence);
            var tags = new int[words.Length];
            Model.Tagger.Tag(words, tags);
            state.Start(words, tags, Model.Parser.WordClasses);
            state.ScoreRoles(model);
            var scores = state.RoleScores.ToArray();
            var keys = new ulong[16];
            for (int t = 0; t < words.Length + 2; t++)
                for (int role = 0; role < DependencyParser.ParseState.Roles; role++)
                {
                    var expected = new float[3];
                    model.Score(keys.AsSpan(0, state.RoleFeatures(role, t == words.Length + 1 ? -1 : t, keys, 0)), expected);
                    Assert.Equal(expected, scores.AsSpan((t * DependencyParser.ParseState.Roles + role) * 3, 3).ToArray());
                }
        }
    }

    [Fact]
    public void Tags_and_trees_are_the_same_with_an_empty_memo_a_warm_one_and_one_filled_by_other_sentences()
    {
        var cold = new List<int[]>();
        foreach (var sentence in Sentences)
        {
            PosTagger.ForgetWordSums();
            DependencyParser.ParseState.ForgetRoleSums();
            DependencyParser.ParseState.ForgetLabelSums();
            cold.Add(Analyse(sentence));
        }
        // Each sentence again, its words now remembered from itself and from the others, in another order.
        for (int s = Sentences.Length - 1; s >= 0; s--) Assert.Equal(cold[s], Analyse(Sentences[s]));
        for (int s = 0; s < Sentences.Length; s++) Assert.Equal(cold[s], Analyse(Sentences[s]));
    }
}
