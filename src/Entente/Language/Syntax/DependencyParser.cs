using System.Runtime.Intrinsics;

namespace Entente.Language.Syntax;

/// <summary>
/// A greedy arc-hybrid dependency parser (Kuhlmann, Gómez-Rodríguez and Satta 2011) trained as an averaged
/// perceptron with a dynamic oracle and error exploration (Goldberg and Nivre 2013). Each arc is labelled when it is
/// made, by a second perceptron that sees the dependent's finished subtree. Linear in the sentence length; the
/// root sits at the end of the buffer so that exactly one word attaches to it. Read-only after loading: one instance
/// serves every thread, each parse working in a per-thread scratch state.
/// </summary>
internal sealed class DependencyParser
{
    internal const int Shift = 0, Left = 1, Right = 2;
    internal const int MaxFeatures = 112, MaxLabelFeatures = 56;
    // The keys ParseState.Features adds after the word-and-role features.
    private const int MoveFeatureCount = 49;
    // The keys PairLabelFeatures gives every arc, before the subtrees' relations.
    private const int FixedPairLabelFeatures = 22;
    private const ulong None = 0x4E4F4E45UL, RootWord = 0x524F4F54UL;
    private static readonly ulong Comma = WordInfo.Of(",").Lower, Semicolon = WordInfo.Of(";").Lower, Dash = WordInfo.Of("-").Lower;

    private readonly LinearModel _transitions;
    private readonly LinearModel _labeller;

    /// <summary>Relation labels, as in the treebank ("nsubj:pass").</summary>
    public string[] LabelNames { get; }

    [ThreadStatic] private static ParseState? _scratch;

    /// <summary>The transition model (for tests of its scoring).</summary>
    internal LinearModel Transitions => _transitions;

    /// <summary>The word classes (for tests that start a parse state of their own).</summary>
    internal WordClassTable WordClasses => _wordClasses;

    private readonly WordClassTable _wordClasses;

    internal DependencyParser(string[] labelNames, LinearModel transitions, LinearModel labeller, WordClassTable wordClasses)
    {
        _wordClasses = wordClasses;
        LabelNames = labelNames;
        _transitions = transitions;
        _labeller = labeller;
    }

    /// <summary>
    /// Parses one sentence: <paramref name="heads"/> gets each word's head (-1 for the root word), <paramref name="labels"/>
    /// its relation's index in <see cref="LabelNames"/>.
    /// </summary>
    public void Parse(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, Span<int> heads, Span<int> labels)
    {
        var state = _scratch ??= new ParseState();
        state.Start(words, tags, _wordClasses);
        state.ScoreRoles(_transitions);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<ulong> labelFeatures = stackalloc ulong[MaxLabelFeatures];
        Span<float> scores = stackalloc float[3];
        Span<float> labelScores = stackalloc float[LabelNames.Length];
        Span<int> labelSums = stackalloc int[_labeller.SumWidth];
        Span<int> headSums = stackalloc int[_labeller.SumWidth];
        while (!state.Done)
        {
            int move = state.OnlyValid();
            if (move < 0)
            {
                int count = state.Features(features, roles: false);
                scores.Clear();
                state.AddRoleScores(scores);
                _transitions.Score(features[..count], scores);
                move = state.BestValid(scores);
            }
            var (dependent, head) = state.ArcOf(move);
            int label = 0;
            if (dependent >= 0)
            {
                state.OwnLabelSums(_labeller, dependent, head, labelSums, headSums, labelFeatures);
                int lc = state.PairLabelFeatures(dependent, head, labelFeatures);
                labelScores.Clear();
                _labeller.Score(labelFeatures[..lc], labelScores, labelSums);
                label = LinearModel.ArgMax(labelScores);
            }
            state.Apply(move, label);
        }
        int n = words.Length;
        for (int i = 0; i < n; i++)
        {
            heads[i] = state.Heads[i] == n ? -1 : state.Heads[i];
            labels[i] = state.Labels[i];
        }
    }

    /// <summary>The parser's scratch state for one sentence: stack, buffer front, arcs, and the children each word has so far.</summary>
    internal sealed class ParseState
    {
        public int Length;
        public int[] Stack = new int[64];
        public int Depth;
        public int Front;
        public int[] Heads = new int[64], Labels = new int[64];
        private int[] _left1 = new int[64], _left2 = new int[64], _right1 = new int[64], _right2 = new int[64];
        private int[] _leftCount = new int[64], _rightCount = new int[64];
        private ulong[] _childLabels = new ulong[64];
        private ulong[] _word = new ulong[64], _tag = new ulong[64], _class = new ulong[64];
        // False for a model written before it had word classes: it has no weights for them, nor for the neighbour features
        // trained with them, so neither is looked up.
        private bool _hasClasses;
        // How many commas, semicolons and dashes come before each position: the count between two words is a subtraction.
        private int[] _commasBefore = new int[65];

        public bool Done => Front == Length && Depth == 0;

        public void Start(ReadOnlySpan<WordInfo> words, ReadOnlySpan<int> tags, WordClassTable wordClasses)
        {
            int n = words.Length;
            Length = n;
            _hasClasses = wordClasses.Count > 0;
            if (Heads.Length < n + 1)
            {
                int size = Math.Max(n + 1, Heads.Length * 2);
                Stack = new int[size]; Heads = new int[size]; Labels = new int[size];
                _left1 = new int[size]; _left2 = new int[size]; _right1 = new int[size]; _right2 = new int[size];
                _leftCount = new int[size]; _rightCount = new int[size]; _childLabels = new ulong[size];
                _word = new ulong[size]; _tag = new ulong[size]; _class = new ulong[size]; _commasBefore = new int[size + 1];
            }
            if (_roleScores.Length < (n + 2) * Roles * 3)
            {
                _roleScores = new float[(n + 2) * Roles * 2 * 3 + RowPadding];
                _roleKeys = new ulong[(n + 2) * 2 * KeysPerWord];
                _groupSizes = new byte[(n + 2) * 2 * GroupsPerWord];
                _groupSums = new int[(n + 2) * 2 * GroupsPerWord * 3];
                _ownSums = new int[(n + 2) * Roles * 2 * 3];
                _ownMissing = new bool[(n + 2) * 2];
            }
            if (_hasClasses)
                for (int i = 0; i < n; i++) wordClasses.Prefetch(words[i]);
            for (int i = 0; i <= n; i++)
            {
                Heads[i] = -1; Labels[i] = 0;
                _left1[i] = _left2[i] = _right1[i] = _right2[i] = -1;
                _leftCount[i] = _rightCount[i] = 0;
                _childLabels[i] = 0;
                _word[i] = i < n ? words[i].Lower : RootWord;
                _class[i] = _hasClasses && i < n ? wordClasses.ClassOf(words[i]) : RootWord;
                _tag[i] = i < n ? (ulong)tags[i] : RootWord;
                bool comma = i < n && (words[i].Lower == Comma || words[i].Lower == Semicolon || words[i].Lower == Dash);
                _commasBefore[i + 1] = _commasBefore[i] + (comma ? 1 : 0);
            }
            Depth = 0;
            Front = 0;
        }

        public bool IsValid(int move) => move switch
        {
            Shift => Front < Length,
            Left => Depth > 0 && (Front < Length || Depth == 1),
            _ => Depth > 1,
        };

        /// <summary>The one valid move when there is just one (an empty stack must shift), else -1.</summary>
        public int OnlyValid()
        {
            if (Depth == 0) return Shift;
            if (Front == Length) return Depth == 1 ? Left : Right;
            return -1;
        }

        public int BestValid(ReadOnlySpan<float> scores)
        {
            int best = -1;
            for (int m = 0; m < 3; m++)
                if (IsValid(m) && (best < 0 || scores[m] > scores[best])) best = m;
            return best;
        }

        /// <summary>The arc a move makes as (dependent, head), or (-1, -1) for a shift.</summary>
        public (int Dependent, int Head) ArcOf(int move) => move switch
        {
            Left => (Stack[Depth - 1], Front),
            Right => (Stack[Depth - 1], Stack[Depth - 2]),
            _ => (-1, -1),
        };

        public void Apply(int move, int label)
        {
            if (move == Shift) { Stack[Depth++] = Front++; return; }
            var (dependent, head) = ArcOf(move);
            Depth--;
            Heads[dependent] = head;
            Labels[dependent] = label;
            _childLabels[head] |= 1UL << (label & 63);
            if (dependent < head)
            {
                _leftCount[head]++;
                if (_left1[head] < 0 || dependent < _left1[head]) { _left2[head] = _left1[head]; _left1[head] = dependent; }
                else if (_left2[head] < 0 || dependent < _left2[head]) _left2[head] = dependent;
            }
            else
            {
                _rightCount[head]++;
                if (dependent > _right1[head]) { _right2[head] = _right1[head]; _right1[head] = dependent; }
                else if (dependent > _right2[head]) _right2[head] = dependent;
            }
        }

        /// <summary>Costs of the three moves against a gold tree (heads with the root as <see cref="Length"/>): gold arcs each would make unreachable.</summary>
        public void Costs(ReadOnlySpan<int> gold, Span<int> costs)
        {
            costs[0] = costs[1] = costs[2] = int.MaxValue;
            if (IsValid(Shift))
            {
                int b = Front, c = 0;
                for (int k = 0; k < Depth; k++)
                {
                    int item = Stack[k];
                    if (gold[item] == b) c++;
                    if (k < Depth - 1 && gold[b] == item) c++;
                }
                costs[Shift] = c;
            }
            if (Depth > 0)
            {
                int s0 = Stack[Depth - 1], dependents = 0;
                for (int j = Front; j < Length; j++) if (gold[j] == s0) dependents++;
                if (IsValid(Left))
                    costs[Left] = dependents + (gold[s0] != Front && (gold[s0] > Front || (Depth > 1 && gold[s0] == Stack[Depth - 2])) ? 1 : 0);
                if (IsValid(Right))
                    costs[Right] = dependents + (gold[s0] >= Front ? 1 : 0);
            }
        }

        // Called a hundred times a move: inlined, each is a compare and a load.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private ulong W(int i) => i < 0 ? None : _word[i];
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private ulong T(int i) => i < 0 ? None : _tag[i];
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private ulong L(int i) => i < 0 ? None : (ulong)Labels[i];
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int LeftChild(int i) => i < 0 ? -1 : _left1[i];
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int LeftChild2(int i) => i < 0 ? -1 : _left2[i];
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int RightChild(int i) => i < 0 ? -1 : _right1[i];
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private int RightChild2(int i) => i < 0 ? -1 : _right2[i];

        /// <summary>How many commas, semicolons or dashes lie between two words (0, 1, 2 or more): clause and list boundaries.</summary>
        private ulong PunctuationBetween(int a, int b)
        {
            if (a < 0 || b < 0) return None;
            int from = Math.Min(a, b) + 1, to = Math.Max(a, b);
            return from >= to ? 0UL : (ulong)Math.Min(_commasBefore[to] - _commasBefore[from], 2);
        }

        private static ulong Distance(int a, int b)
        {
            if (a < 0 || b < 0) return None;
            int d = Math.Abs(b - a);
            return d <= 4 ? (ulong)d : d <= 6 ? 5UL : d <= 9 ? 6UL : 7UL;
        }

        /// <summary>The positions whose own word and tag are features, by role: s0, s1, s2, b0, b1, b2 and the outer children of s0, s1, b0.</summary>
        internal const int Roles = 10;

        private void RoleTokens(Span<int> r)
        {
            int s0 = Depth > 0 ? Stack[Depth - 1] : -1, s1 = Depth > 1 ? Stack[Depth - 2] : -1;
            r[0] = s0;
            r[1] = s1;
            r[2] = Depth > 2 ? Stack[Depth - 3] : -1;
            r[3] = Front;
            r[4] = Front + 1 <= Length ? Front + 1 : -1;
            r[5] = Front + 2 <= Length ? Front + 2 : -1;
            r[6] = LeftChild(s0);
            r[7] = RightChild(s0);
            r[8] = RightChild(s1);
            r[9] = LeftChild(Front);
        }

        /// <summary>The keys of the features of one word in one role: they depend on nothing else, so a parse looks them up once per word and role.</summary>
        /// <remarks>
        /// Anything fixed by a word's place in the sentence costs nothing per move here, so besides the word and its tag the
        /// stack's top two and the buffer's first three carry their ambiguity class (see <see cref="WordClassTable"/>), and
        /// s0, s1 and b0 their neighbours' words and tags. Retrained with the same tagger stage and seed, development set
        /// UAS / LAS at the best epoch: without either 84.67 / 81.55; classes 85.00 / 81.87; classes and the neighbours'
        /// tags and b0's next words 85.04 / 81.87; all of it 85.18 / 81.95 (test 85.98 / 82.73 -> 86.12 / 82.86).
        /// </remarks>
        internal int RoleFeatures(int role, int token, Span<ulong> f, int n) =>
            ContextRoleFeatures(role, token, f, OwnRoleFeatures(role, token, f, n));

        /// <summary>The word <paramref name="k"/> places after <paramref name="token"/>, the root included, or -1 when there is none.</summary>
        private int After(int token, int k) => token < 0 || token + k > Length ? -1 : token + k;

        // The tags of a word's neighbours (the root after the last word); none for an absent word or beyond the root.
        private ulong NextTag(int token) => token < 0 || token >= Length ? None : _tag[token + 1];
        private ulong PreviousTag(int token) => token <= 0 || token > Length ? None : _tag[token - 1];

        // At most a word's keys in all its roles (29 of its own, 13 of its context) and its groups of keys summed apart (ten
        // roles of its own, three of context).
        private const int KeysPerWord = 42, GroupsPerWord = 13;
        // The role scores, with a vector's padding past the last row (see RoleRow).
        private const int RowPadding = 4;
        private float[] _roleScores = new float[64 * Roles * 3 + RowPadding];
        // The keys of a sentence's words in their roles, word after word: each word's own keys role by role when its sums are
        // not in the memo, then the context keys of roles 0, 1 and 3; the size of each group, and each group's three sums.
        private ulong[] _roleKeys = new ulong[64 * KeysPerWord];
        private byte[] _groupSizes = new byte[64 * GroupsPerWord];
        private int[] _groupSums = new int[64 * GroupsPerWord * 3];
        // Per word: the sums of its own features in every role (three per role), and whether they must still be added up.
        private int[] _ownSums = new int[64 * Roles * 3];
        private bool[] _ownMissing = new bool[64];

        [ThreadStatic] private static WordSums<RoleWord>? _memo;

        /// <summary>Empties this thread's memo of role sums (for tests: the next parse adds every sum up again).</summary>
        internal static void ForgetRoleSums() => _memo = null;

        /// <summary>The role scores <see cref="ScoreRoles"/> made: three per role, <see cref="Roles"/> per word, the word past the root last.</summary>
        internal ReadOnlySpan<float> RoleScores => _roleScores.AsSpan(0, (Length + 2) * Roles * 3);

        // Words held in the memo of role sums: enough for the words of many stories.
        private const int MemoWords = 4096;

        /// <summary>What a word's own role features are made of: its lower case, class and tag.</summary>
        private readonly record struct RoleWord(ulong Word, ulong Class, ulong Tag)
        {
            public ulong Hash => FeatureKey.Avalanche(Word ^ (Class * 0x9E3779B97F4A7C15UL) ^ (Tag * 0xD6E8FEB86659FD93UL));
        }

        private RoleWord RoleWordOf(int token) => new(W(token), token < 0 ? None : _class[token], T(token));

        /// <summary>
        /// The keys of the features of <paramref name="token"/> in <paramref name="role"/> that are made of the word alone
        /// (its lower case, class and tag): with <see cref="ContextRoleFeatures"/>, the keys of <see cref="RoleFeatures"/>.
        /// </summary>
        internal int OwnRoleFeatures(int role, int token, Span<ulong> f, int n)
        {
            ulong w = W(token), t = T(token);
            if (_hasClasses && role is 0 or 1 or 3 or 4 or 5) f[n++] = FeatureKey.Common(90 + role, token < 0 ? None : _class[token], t);
            switch (role)
            {
                case 0: f[n++] = FeatureKey.Word(1, w, t); f[n++] = FeatureKey.Word(2, w); f[n++] = FeatureKey.Common(3, t); break;
                case 1: f[n++] = FeatureKey.Word(4, w, t); f[n++] = FeatureKey.Word(5, w); f[n++] = FeatureKey.Common(6, t); break;
                case 2: f[n++] = FeatureKey.Common(15, t); f[n++] = FeatureKey.Word(16, w); break;
                case 3: f[n++] = FeatureKey.Word(7, w, t); f[n++] = FeatureKey.Word(8, w); f[n++] = FeatureKey.Common(9, t); break;
                case 4: f[n++] = FeatureKey.Word(10, w, t); f[n++] = FeatureKey.Word(11, w); f[n++] = FeatureKey.Common(12, t); break;
                case 5: f[n++] = FeatureKey.Word(13, w); f[n++] = FeatureKey.Common(14, t); break;
                case 6: f[n++] = FeatureKey.Word(52, w); f[n++] = FeatureKey.Common(53, t); break;
                case 7: f[n++] = FeatureKey.Word(55, w); f[n++] = FeatureKey.Common(56, t); break;
                case 8: f[n++] = FeatureKey.Word(58, w); f[n++] = FeatureKey.Common(59, t); break;
                default: f[n++] = FeatureKey.Word(61, w); f[n++] = FeatureKey.Common(62, t); break;
            }
            return n;
        }

        /// <summary>The keys of the features of <paramref name="token"/> in <paramref name="role"/> that read its neighbours (see <see cref="OwnRoleFeatures"/>).</summary>
        internal int ContextRoleFeatures(int role, int token, Span<ulong> f, int n)
        {
            ulong w = W(token), t = T(token);
            switch (role)
            {
                case 0:
                    if (_hasClasses)
                    {
                        f[n++] = FeatureKey.Common(140, t, NextTag(token));
                        f[n++] = FeatureKey.Common(143, PreviousTag(token), t);
                        f[n++] = FeatureKey.Word(146, w, W(After(token, 1)));
                    }
                    break;
                case 1:
                    if (_hasClasses)
                    {
                        f[n++] = FeatureKey.Common(142, t, NextTag(token));
                        f[n++] = FeatureKey.Word(147, w, W(After(token, 1)));
                    }
                    break;
                case 3:
                    int previous = token > 0 ? token - 1 : -1;
                    if (_hasClasses)
                    {
                        f[n++] = FeatureKey.Common(141, PreviousTag(token), t);
                        f[n++] = FeatureKey.Word(148, W(previous), w);
                        f[n++] = FeatureKey.Word(149, T(previous), w);
                    }
                    int b1 = After(token, 1), b2 = After(token, 2), b3 = After(token, 3);
                    f[n++] = FeatureKey.Common(24, t, T(b1));
                    f[n++] = FeatureKey.Common(25, t, T(b1), T(b2));
                    f[n++] = FeatureKey.Common(76, T(b1), T(b2), T(b3));
                    if (_hasClasses)
                    {
                        f[n++] = FeatureKey.Word(144, w, W(b1));
                        f[n++] = FeatureKey.Word(145, w, T(b1), W(b2));
                    }
                    break;
            }
            return n;
        }

        /// <summary>
        /// Scores every word of the sentence in every role (<see cref="RoleFeatures"/>) before parsing, the word past the root
        /// standing for absent positions. Scored one at a time as the parse reached them, each word and role cost a few
        /// cache misses waited for in turn; scored together, the misses overlap. Most of a word's role features are made of
        /// the word alone (<see cref="OwnRoleFeatures"/>): their sums come from a per-thread memo when the word, with the same
        /// class and tag, was parsed before, so only the features that read its neighbours are looked up. Every key of the
        /// sentence is listed first and summed in one call, group by group (a call per word and role cost more than its few lookups).
        /// </summary>
        public void ScoreRoles(LinearModel model)
        {
            var memo = _memo is { } held && held.Owner == model ? held : _memo = new WordSums<RoleWord>(model, Roles * 3, MemoWords);
            int words = Length + 2;
            var keys = _roleKeys.AsSpan();
            var sizes = _groupSizes.AsSpan();
            int keyCount = 0, groups = 0;
            // Every word's memo slot is asked for before the first is read (see CacheLine).
            for (int t = 0; t < words; t++) memo.Prefetch(RoleWordOf(t == Length + 1 ? -1 : t).Hash);
            for (int t = 0; t < words; t++)
            {
                int token = t == Length + 1 ? -1 : t;
                var word = RoleWordOf(token);
                bool missing = !memo.TryGet(word, word.Hash, _ownSums.AsSpan(t * Roles * 3, Roles * 3));
                _ownMissing[t] = missing;
                if (missing)
                    for (int role = 0; role < Roles; role++)
                    {
                        int start = keyCount;
                        keyCount = OwnRoleFeatures(role, token, keys, keyCount);
                        sizes[groups++] = (byte)(keyCount - start);
                    }
                // Only the stack's top two and the buffer's front have features that read the neighbours.
                foreach (int role in (ReadOnlySpan<int>)[0, 1, 3])
                {
                    int start = keyCount;
                    keyCount = ContextRoleFeatures(role, token, keys, keyCount);
                    sizes[groups++] = (byte)(keyCount - start);
                }
            }
            var sums = _groupSums.AsSpan(0, groups * 3);
            model.SetSmallGroupSums(keys[..keyCount], sizes[..groups], sums);
            float unit = model.Unit;
            int g = 0;
            for (int t = 0; t < words; t++)
            {
                var own = _ownSums.AsSpan(t * Roles * 3, Roles * 3);
                if (_ownMissing[t])
                {
                    sums.Slice(g * 3, Roles * 3).CopyTo(own);
                    g += Roles;
                    var word = RoleWordOf(t == Length + 1 ? -1 : t);
                    memo.Set(word, word.Hash, own);
                }
                var rows = _roleScores.AsSpan(t * Roles * 3, Roles * 3);
                // A score is its sum in units times the unit, as the model scales it (never -0: the unit is positive).
                for (int k = 0; k < Roles * 3; k++) rows[k] = own[k] * unit;
                foreach (int role in (ReadOnlySpan<int>)[0, 1, 3])
                {
                    for (int c = 0; c < 3; c++) rows[role * 3 + c] = (own[role * 3 + c] + sums[g * 3 + c]) * unit;
                    g++;
                }
            }
        }

        /// <summary>Adds the scores of the words in their current roles (see <see cref="ScoreRoles"/>) to <paramref name="scores"/>.</summary>
        public void AddRoleScores(Span<float> scores)
        {
            int s0 = Depth > 0 ? Stack[Depth - 1] : -1, s1 = Depth > 1 ? Stack[Depth - 2] : -1;
            ref float rows = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_roleScores);
            // A role's three scores as one vector (its fourth lane, the next role's first score or the padding, is not used):
            // the lanes add up role by role as three separate sums would, so the scores are the same to the bit.
            var m = Vector128<float>.Zero + RoleRow(ref rows, s0, 0);
            m += RoleRow(ref rows, s1, 1);
            m += RoleRow(ref rows, Depth > 2 ? Stack[Depth - 3] : -1, 2);
            m += RoleRow(ref rows, Front, 3);
            m += RoleRow(ref rows, Front + 1 <= Length ? Front + 1 : -1, 4);
            m += RoleRow(ref rows, Front + 2 <= Length ? Front + 2 : -1, 5);
            m += RoleRow(ref rows, LeftChild(s0), 6);
            m += RoleRow(ref rows, RightChild(s0), 7);
            m += RoleRow(ref rows, RightChild(s1), 8);
            m += RoleRow(ref rows, LeftChild(Front), 9);
            scores[0] += m[0];
            scores[1] += m[1];
            scores[2] += m[2];
        }

        // The scores of token in role (the word past the root for an absent token), read without bounds checks: the index is
        // at most the last row's, and the array has a vector's padding past it.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private Vector128<float> RoleRow(ref float rows, int token, int role) =>
            Vector128.LoadUnsafe(ref rows, (nuint)(((token < 0 ? Length + 1 : token) * Roles + role) * 3));

        /// <summary>The feature keys of the current configuration; without the word-and-role features when <paramref name="roles"/> is false (see <see cref="AddRoleScores"/>).</summary>
        public int Features(Span<ulong> f, bool roles = true)
        {
            int s0 = Depth > 0 ? Stack[Depth - 1] : -1, s1 = Depth > 1 ? Stack[Depth - 2] : -1, s2 = Depth > 2 ? Stack[Depth - 3] : -1;
            int b0 = Front, b1 = Front + 1 <= Length ? Front + 1 : -1, b2 = Front + 2 <= Length ? Front + 2 : -1;
            // Positions past the root (Length) do not exist.
            if (b1 > Length) b1 = -1;
            if (b2 > Length) b2 = -1;
            ulong s0w = W(s0), s0t = T(s0), s1w = W(s1), s1t = T(s1), b0w = W(b0), b0t = T(b0), b1w = W(b1), b1t = T(b1);
            int s0l = LeftChild(s0), s0r = RightChild(s0), s1r = RightChild(s1), s1l = LeftChild(s1), b0l = LeftChild(b0);
            int s0l2 = LeftChild2(s0), s0r2 = RightChild2(s0), b0l2 = LeftChild2(b0);
            ulong s0lt = T(s0l), s0rt = T(s0r), b0lt = T(b0l), s1rt = T(s1r);
            ulong s0vl = s0 < 0 ? None : (ulong)_leftCount[s0], s0vr = s0 < 0 ? None : (ulong)_rightCount[s0];
            int n = 0;
            if (roles)
            {
                Span<int> tokens = stackalloc int[Roles];
                RoleTokens(tokens);
                for (int role = 0; role < Roles; role++) n = RoleFeatures(role, tokens[role], f, n);
            }
            // At constant places in a slice of their own length, the keys are stored with no bounds check each.
            var g = f.Slice(n, MoveFeatureCount);
            g[0] = FeatureKey.Word(17, s0w, s0t, b0w, b0t);
            g[1] = FeatureKey.Word(18, s0w, s0t, b0w);
            g[2] = FeatureKey.Word(19, s0w, b0w, b0t);
            g[3] = FeatureKey.Word(20, s0w, s0t, b0t);
            g[4] = FeatureKey.Word(21, s0t, b0w, b0t);
            g[5] = FeatureKey.Word(22, s0w, b0w);
            g[6] = FeatureKey.Common(23, s0t, b0t);
            g[7] = FeatureKey.Common(26, s0t, b0t, b1t);
            g[8] = FeatureKey.Common(27, s1t, s0t, b0t);
            g[9] = FeatureKey.Common(28, s1t, s0t);
            g[10] = FeatureKey.Word(29, s1w, s0w);
            g[11] = FeatureKey.Word(30, s1t, s0w);
            g[12] = FeatureKey.Word(31, s1w, s0t);
            g[13] = FeatureKey.Common(32, s0t, s0lt, b0t);
            g[14] = FeatureKey.Common(33, s0t, s0rt, b0t);
            g[15] = FeatureKey.Common(34, s1t, s0t, s0lt);
            g[16] = FeatureKey.Common(35, s1t, s0t, s0rt);
            g[17] = FeatureKey.Common(36, s1t, s1rt, s0t);
            g[18] = FeatureKey.Common(37, s0t, b0t, b0lt);
            g[19] = FeatureKey.Common(38, s0t, b0lt, T(b0l2));
            // Templates 39-44 (the distance from s0 to b0 and from s1 to s0, alone and with their words and tags) are gone:
            // without them the development set parses as well (UAS 84.12, LAS 80.90 against 84.11, 80.84) with six fewer
            // lookups a move; the children and punctuation-between features already tell near from far.
            g[20] = FeatureKey.Word(45, s0w, s0vr);
            g[21] = FeatureKey.Common(46, s0t, s0vr);
            g[22] = FeatureKey.Word(47, s0w, s0vl);
            g[23] = FeatureKey.Common(48, s0t, s0vl);
            g[24] = FeatureKey.Common(49, s1t, s1 < 0 ? None : (ulong)_rightCount[s1]);
            g[25] = FeatureKey.Common(50, b0t, (ulong)_leftCount[b0]);
            g[26] = FeatureKey.Word(51, b0w, (ulong)_leftCount[b0]);
            g[27] = FeatureKey.Common(54, L(s0l));
            g[28] = FeatureKey.Common(57, L(s0r));
            g[29] = FeatureKey.Common(60, L(s1r));
            g[30] = FeatureKey.Common(63, L(b0l));
            g[31] = FeatureKey.Common(64, T(s0l2), L(s0l2));
            g[32] = FeatureKey.Common(65, T(s0r2), L(s0r2));
            g[33] = FeatureKey.Common(66, T(b0l2), L(b0l2));
            g[34] = FeatureKey.Common(67, s0t, s0lt, T(s0l2));
            g[35] = FeatureKey.Common(68, s0t, s0rt, T(s0r2));
            g[36] = FeatureKey.Common(69, b0t, b0lt, T(b0l2));
            g[37] = FeatureKey.Common(70, T(s2), s1t, s0t);
            g[38] = FeatureKey.Common(71, s1t, T(s1l), s0t);
            g[39] = FeatureKey.Word(72, s0w, s0t, L(s0l), L(s0r));
            g[40] = FeatureKey.Word(73, b0w, b0t, L(b0l));
            g[41] = FeatureKey.Common(74, s0t, L(s0r), b0t);
            g[42] = FeatureKey.Common(75, s1t, L(s1r), s0t);
            g[43] = FeatureKey.Common(77, s1t, s0t, b0t, b1t);
            g[44] = FeatureKey.Common(78, s0t, b0t, PunctuationBetween(s0, b0));
            g[45] = FeatureKey.Common(79, s1t, s0t, PunctuationBetween(s1, s0));
            // The relations each of s0, s1 and b0 already governs (Zhang and Nivre's label sets).
            g[46] = FeatureKey.Common(80, s0t, s0 < 0 ? None : _childLabels[s0]);
            g[47] = FeatureKey.Common(81, s1t, s1 < 0 ? None : _childLabels[s1]);
            g[48] = FeatureKey.Common(82, b0t, _childLabels[b0]);
            return n + MoveFeatureCount;
        }

        /// <summary>The feature keys for labelling the arc from <paramref name="head"/> to <paramref name="dependent"/>.</summary>
        public int LabelFeatures(int dependent, int head, Span<ulong> f)
        {
            int n = DependentLabelFeatures(dependent, head, f);
            n += HeadLabelFeatures(head, f[n..]);
            return n + PairLabelFeatures(dependent, head, f[n..]);
        }

        /// <summary>
        /// The keys of the label features of <paramref name="dependent"/> made of its word, tag and side of its head alone
        /// (the constant feature with them): with <see cref="HeadLabelFeatures"/> and <see cref="PairLabelFeatures"/>, the keys
        /// of <see cref="LabelFeatures"/>.
        /// </summary>
        internal int DependentLabelFeatures(int dependent, int head, Span<ulong> f)
        {
            ulong dw = _word[dependent], dt = _tag[dependent], direction = dependent < head ? 1UL : 2UL;
            f[0] = FeatureKey.Common(101, 0);
            f[1] = FeatureKey.Word(102, dw);
            f[2] = FeatureKey.Common(103, dt);
            f[3] = FeatureKey.Word(104, dw, dt);
            f[4] = FeatureKey.Word(114, dw, direction);
            f[5] = FeatureKey.Word(115, dw, dt, direction);
            return 6;
        }

        /// <summary>The keys of the label features of <paramref name="head"/> made of its word and tag alone (see <see cref="DependentLabelFeatures"/>).</summary>
        internal int HeadLabelFeatures(int head, Span<ulong> f)
        {
            ulong hw = _word[head], ht = _tag[head];
            f[0] = FeatureKey.Word(105, hw);
            f[1] = FeatureKey.Common(106, ht);
            f[2] = FeatureKey.Word(107, hw, ht);
            return 3;
        }

        /// <summary>The keys of the label features that read both words, their places or their subtrees (see <see cref="DependentLabelFeatures"/>).</summary>
        internal int PairLabelFeatures(int dependent, int head, Span<ulong> f)
        {
            ulong dw = _word[dependent], dt = _tag[dependent], hw = _word[head], ht = _tag[head];
            ulong direction = dependent < head ? 1UL : 2UL, dist = Distance(dependent, head);
            int dl = _left1[dependent], dl2 = _left2[dependent], dr = _right1[dependent];
            // At constant places in a slice of their own length, the fixed keys are stored with no bounds check each.
            var g = f[..FixedPairLabelFeatures];
            g[0] = FeatureKey.Common(108, dt, ht);
            g[1] = FeatureKey.Word(109, dw, ht);
            g[2] = FeatureKey.Word(110, dt, hw);
            g[3] = FeatureKey.Word(111, dw, hw);
            g[4] = FeatureKey.Common(112, dt, ht, direction);
            g[5] = FeatureKey.Common(113, dt, ht, direction, dist);
            g[6] = FeatureKey.Word(116, W(dl), dt);
            g[7] = FeatureKey.Common(117, T(dl), dt);
            g[8] = FeatureKey.Common(118, L(dl), dt);
            g[9] = FeatureKey.Word(119, W(dl2), dt);
            g[10] = FeatureKey.Common(120, T(dr), dt);
            g[11] = FeatureKey.Common(121, L(dr), dt);
            g[12] = FeatureKey.Word(122, W(dr), dt);
            g[13] = FeatureKey.Common(123, L(_left1[head]), dt, direction);
            g[14] = FeatureKey.Common(124, L(_right1[head]), dt, direction);
            g[15] = FeatureKey.Common(125, dependent > 0 ? _tag[dependent - 1] : None, dt);
            g[16] = FeatureKey.Common(126, dependent + 1 < Length ? _tag[dependent + 1] : None, dt);
            g[17] = FeatureKey.Word(127, dt, ht, W(dl));
            g[18] = FeatureKey.Word(128, dt, ht, W(dl), direction);
            g[19] = FeatureKey.Common(129, dt, (ulong)Math.Min(_leftCount[dependent], 3), (ulong)Math.Min(_rightCount[dependent], 3));
            g[20] = FeatureKey.Word(130, hw, dt, direction);
            g[21] = FeatureKey.Common(131, ht, L(_left1[head]), dt, direction);
            int n = FixedPairLabelFeatures;
            // As many subtree relations as fit beside the nine features of the words alone, which LabelFeatures lists first.
            const int OwnCount = 9;
            for (ulong mask = _childLabels[dependent]; mask != 0 && n + OwnCount < MaxLabelFeatures - 8; mask &= mask - 1)
                f[n++] = FeatureKey.Common(132, dt, (ulong)System.Numerics.BitOperations.TrailingZeroCount(mask), direction);
            for (ulong mask = _childLabels[head]; mask != 0 && n + OwnCount < MaxLabelFeatures; mask &= mask - 1)
                f[n++] = FeatureKey.Common(133, dt, (ulong)System.Numerics.BitOperations.TrailingZeroCount(mask), direction);
            return n;
        }

        /// <summary>What a word's own label features are made of: its lower case and tag, and for a dependent the side of its head (0 for a head).</summary>
        private readonly record struct LabelWord(ulong Word, ulong Tag, ulong Side)
        {
            public ulong Hash => FeatureKey.Avalanche(Word ^ (Tag * 0x9E3779B97F4A7C15UL) ^ (Side * 0xD6E8FEB86659FD93UL));
        }

        [ThreadStatic] private static WordSums<LabelWord>? _labelMemo;

        /// <summary>Empties this thread's memo of label sums (for tests: the next parse adds every sum up again).</summary>
        internal static void ForgetLabelSums() => _labelMemo = null;

        /// <summary>
        /// Sets <paramref name="sums"/> (<see cref="LinearModel.SumWidth"/> of <paramref name="labeller"/>) to the sums of the
        /// label features of the dependent alone and of the head alone (<see cref="DependentLabelFeatures"/>,
        /// <see cref="HeadLabelFeatures"/>): a third of an arc's features, the same wherever the words stand, so they come from
        /// a per-thread memo when the words were labelled before. <paramref name="scratch"/> is as wide; <paramref name="f"/> holds the keys.
        /// </summary>
        public unsafe void OwnLabelSums(LinearModel labeller, int dependent, int head, Span<int> sums, Span<int> scratch, Span<ulong> f)
        {
            var memo = _labelMemo is { } held && held.Owner == labeller ? held : _labelMemo = new WordSums<LabelWord>(labeller, labeller.SumWidth, MemoWords);
            var word = new LabelWord(_word[dependent], _tag[dependent], dependent < head ? 1UL : 2UL);
            var headWord = new LabelWord(_word[head], _tag[head], 0);
            // Both words met before (most arcs): their sums are added where the memo holds them, without first copying
            // each out. The same whole numbers are added, so the sums are the same to the bit.
            int* dependentSums = memo.Find(word, word.Hash), headSums = dependentSums is null ? null : memo.Find(headWord, headWord.Hash);
            if (headSums is not null && sums.Length == memo.Width)
            {
                int c = 0;
                fixed (int* target = sums)
                {
                    for (; c + Vector256<int>.Count <= sums.Length; c += Vector256<int>.Count)
                        Vector256.Store(Vector256.Load(dependentSums + c) + Vector256.Load(headSums + c), target + c);
                    for (; c < sums.Length; c++) target[c] = dependentSums[c] + headSums[c];
                }
                return;
            }
            if (!memo.TryGet(word, word.Hash, sums))
            {
                sums.Clear();
                labeller.AddSums(f[..DependentLabelFeatures(dependent, head, f)], sums);
                memo.Set(word, word.Hash, sums);
            }
            word = headWord;
            if (!memo.TryGet(word, word.Hash, scratch))
            {
                scratch.Clear();
                labeller.AddSums(f[..HeadLabelFeatures(head, f)], scratch);
                memo.Set(word, word.Hash, scratch);
            }
            int k = 0;
            for (; k + Vector256<int>.Count <= sums.Length; k += Vector256<int>.Count)
                (Vector256.Create(sums[k..]) + Vector256.Create(scratch[k..])).CopyTo(sums[k..]);
            for (; k < sums.Length; k++) sums[k] += scratch[k];
        }
    }

    /// <summary>
    /// Trains transitions and labels on <paramref name="train"/> whose tags are <paramref name="tags"/> (predicted, so the
    /// parser learns the tagger's errors), with error exploration from the second epoch. <see cref="Learners"/> perceptron
    /// pairs learn side by side, each from its own shuffles and explorations, and the parser is the mean of their averaged
    /// weights: a linear model's mean scores as the pair would together, so this ensemble costs nothing at parse time.
    /// </summary>
    public static DependencyParser Train(IReadOnlyList<TreebankSentence> train, IReadOnlyList<int[]> tags, int epochs, int seed, Action<string>? log = null,
        Func<DependencyParser, (double Score, string Report)>? evaluate = null)
    {
        DependencyParser? bestParser = null;
        double bestScore = double.MinValue;
        var labelNames = train.SelectMany(s => s.Relations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (labelNames.Length > 64) throw new InvalidOperationException("The treebank has more than 64 relation labels.");
        var labelIndex = labelNames.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var infos = train.Select(s => s.WordInfos()).ToArray();
        var wordClasses = WordClassTable.Of(train, infos);
        var learners = Enumerable.Range(0, Learners).Select(k => new Learner(train.Count, labelNames.Length, seed + 7919 * k, wordClasses)).ToArray();
        DependencyParser Snapshot() => new(labelNames,
            PerceptronTrainer.AverageOf(learners.Select(l => l.Transitions).ToArray(), PruneBelow),
            PerceptronTrainer.AverageOf(learners.Select(l => l.Labeller).ToArray(), LabelPruneBelow), wordClasses);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            int e = epoch;
            Parallel.ForEach(learners, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, l => l.Epoch(train, infos, tags, labelIndex, e));
            var report = "";
            if (evaluate is not null && epoch >= epochs / 2)
            {
                // Tuning on the development set: keep the epoch whose averaged weights parse it best.
                var snapshot = Snapshot();
                var (score, text) = evaluate(snapshot);
                report = "; dev " + text;
                if (score > bestScore) { bestScore = score; bestParser = snapshot; }
            }
            var first = learners[0];
            log?.Invoke($"parser epoch {epoch + 1}/{epochs}: training UAS {100.0 * first.CorrectArcs / first.Words:F2}, labels right on correct arcs {100.0 * first.CorrectLabels / Math.Max(1, first.CorrectArcs):F2}{report}");
        }
        return bestParser ?? Snapshot();
    }

    // Development set, epoch 12: one learner UAS 83.96 LAS 80.75, two 84.18 80.99, four 84.24 81.05. The mean of two
    // drops more weights below the pruning threshold than one learner's average, so the tables even shrink. Retrained on
    // 3 Dec (best epoch of 15): two learners dev 84.54 / 81.43, four 84.6 / 81.5, four with ten jackknife folds 84.7 / 81.5
    // (test 85.6 / 82.4); training takes about twice as long (some 10 minutes on two cores).
    private const int Learners = 4;

    /// <summary>One perceptron pair learning from its own shuffles and explorations.</summary>
    private sealed class Learner(int sentences, int labels, int seed, WordClassTable wordClasses)
    {
        public readonly PerceptronTrainer Transitions = new(3), Labeller = new(labels);
        private readonly ParseState _state = new();
        private readonly Random _random = new(seed);
        private readonly int[] _order = Enumerable.Range(0, sentences).ToArray();
        private readonly ulong[] _features = new ulong[MaxFeatures], _labelFeatures = new ulong[MaxLabelFeatures];
        private readonly float[] _scores = new float[3], _labelScores = new float[labels];
        private readonly int[] _costs = new int[3];
        public long CorrectArcs, CorrectLabels, Words;

        public void Epoch(IReadOnlyList<TreebankSentence> train, WordInfo[][] infos, IReadOnlyList<int[]> tags, Dictionary<string, int> labelIndex, int epoch)
        {
            var state = _state; var random = _random; var transitions = Transitions; var labeller = Labeller;
            var features = _features; var labelFeatures = _labelFeatures; var scores = _scores; var labelScores = _labelScores; var costs = _costs;
            random.Shuffle(_order);
            CorrectArcs = CorrectLabels = Words = 0;
            foreach (int s in _order)
            {
                var sentence = train[s];
                int n = sentence.Length;
                var gold = new int[n];
                for (int i = 0; i < n; i++) gold[i] = sentence.Heads[i] == 0 ? n : sentence.Heads[i] - 1;
                state.Start(infos[s], tags[s], wordClasses);
                while (!state.Done)
                {
                    int count = state.Features(features);
                    Array.Clear(scores);
                    transitions.Score(features.AsSpan(0, count), scores);
                    int guess = state.BestValid(scores);
                    state.Costs(gold, costs);
                    int least = Math.Min(costs[0], Math.Min(costs[1], costs[2]));
                    int best = -1;
                    for (int m = 0; m < 3; m++)
                        if (costs[m] == least && state.IsValid(m) && (best < 0 || scores[m] > scores[best])) best = m;
                    transitions.Tick();
                    if (costs[guess] > least) transitions.Update(features.AsSpan(0, count), best, guess);
                    int move = epoch > 0 && random.NextDouble() < 0.9 ? guess : best;
                    var (dependent, head) = state.ArcOf(move);
                    int label = 0;
                    if (dependent >= 0)
                    {
                        int lc = state.LabelFeatures(dependent, head, labelFeatures);
                        Array.Clear(labelScores);
                        labeller.Score(labelFeatures.AsSpan(0, lc), labelScores);
                        label = LinearModel.ArgMax(labelScores);
                        if (gold[dependent] == head)
                        {
                            int truth = labelIndex[sentence.Relations[dependent]];
                            labeller.Tick();
                            labeller.Update(labelFeatures.AsSpan(0, lc), truth, label);
                            CorrectArcs++;
                            if (label == truth) CorrectLabels++;
                            label = truth;
                        }
                    }
                    state.Apply(move, label);
                }
                Words += n;
            }
        }
    }

    // Averaged weights this small change no decision on the development set; dropping them halves the tables.
    private const float PruneBelow = 0.5f;

    // The labeller's averaged weights below 1 barely matter (development LAS 80.84 without them, 80.90 with), and dropping
    // them keeps a third of its weights and a fifth of its dense rows, so labelling misses the cache far less.
    private const float LabelPruneBelow = 1f;

    /// <summary>Writes the parser: label names, transition weights, label weights, word classes.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(LabelNames.Length);
        foreach (var name in LabelNames) writer.Write(name);
        _transitions.Write(writer);
        _labeller.Write(writer);
        _wordClasses.Write(writer);
    }

    /// <summary>Reads a parser written by <see cref="Write"/>.</summary>
    public static DependencyParser Read(BinaryReader reader)
    {
        var names = new string[reader.ReadInt32()];
        for (int i = 0; i < names.Length; i++) names[i] = reader.ReadString();
        var transitions = LinearModel.Read(reader);
        var labeller = LinearModel.Read(reader);
        return new DependencyParser(names, transitions, labeller, WordClassTable.Read(reader));
    }
}

/// <summary>
/// Each frequent word's ambiguity class: the universal tags the treebank gave it (each on at least a twentieth of its
/// uses, for words seen three times or more) as one hash. Beside the predicted tag it lets the parser weigh a tag the
/// tagger may have got wrong ("reports" read as a noun is also a verb). A word the table lacks has its shape instead.
/// </summary>
/// <remarks>
/// Every word of every parsed sentence is looked up, so the classes sit in one open-addressing array at most half full,
/// key beside value: a lookup reads one cache line.
/// </remarks>
internal sealed class WordClassTable
{
    private struct Entry
    {
        public ulong Word, Class;
    }

    private readonly Entry[] _entries;
    private readonly int _mask;

    // Shapes and classes are both avalanched hashes; the offset keeps an unknown word's shape apart from any class.
    private const ulong ShapeOffset = 7;

    private WordClassTable(Dictionary<ulong, ulong> classes)
    {
        int capacity = 16;
        while (capacity < classes.Count * 2) capacity <<= 1;
        _entries = new Entry[capacity];
        _mask = capacity - 1;
        foreach (var (word, cls) in classes)
        {
            if (word == 0) continue;
            int i = (int)(word >> 32) & _mask;
            while (_entries[i].Word != 0) i = (i + 1) & _mask;
            _entries[i] = new Entry { Word = word, Class = cls };
            Count++;
        }
    }

    /// <summary>Number of words with a class.</summary>
    public int Count { get; }

    /// <summary>Asks for the slot <see cref="ClassOf"/> reads first for <paramref name="word"/> (see <see cref="CacheLine"/>).</summary>
    public void Prefetch(in WordInfo word) => CacheLine.Prefetch(in _entries[(int)(word.Lower >> 32) & _mask]);

    /// <summary>The class of <paramref name="word"/> (by its lower case), or its shape when the table lacks it.</summary>
    public ulong ClassOf(in WordInfo word)
    {
        // Hashes are avalanched: zero, the empty slot, stands for no word in practice.
        ulong key = word.Lower;
        for (int i = (int)(key >> 32) & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var entry = ref _entries[i];
            if (entry.Word == key && key != 0) return entry.Class;
            if (entry.Word == 0) return word.Shape + ShapeOffset;
        }
    }

    /// <summary>The classes of the words of <paramref name="train"/> (<paramref name="infos"/> are their hashes), from their gold tags.</summary>
    public static WordClassTable Of(IReadOnlyList<TreebankSentence> train, WordInfo[][] infos)
    {
        var counts = new Dictionary<ulong, Dictionary<string, int>>();
        for (int s = 0; s < train.Count; s++)
            for (int i = 0; i < train[s].Length; i++)
            {
                if (!counts.TryGetValue(infos[s][i].Lower, out var c)) counts[infos[s][i].Lower] = c = new(StringComparer.Ordinal);
                c[train[s].Upos[i]] = c.GetValueOrDefault(train[s].Upos[i]) + 1;
            }
        var classes = new Dictionary<ulong, ulong>();
        foreach (var (word, c) in counts)
        {
            int total = c.Values.Sum();
            if (total < 3) continue;
            ulong key = 0x51A55UL;
            foreach (var tag in c.Where(p => p.Value * 20 >= total).Select(p => p.Key).Order(StringComparer.Ordinal))
                foreach (char ch in tag) key = FeatureKey.Avalanche(key ^ ch);
            classes[word] = key;
        }
        return new WordClassTable(classes);
    }

    /// <summary>Writes the table: count, then (word, class) pairs in word order.</summary>
    public void Write(BinaryWriter writer)
    {
        var entries = _entries.Where(e => e.Word != 0).OrderBy(e => e.Word).ToArray();
        writer.Write(entries.Length);
        foreach (var entry in entries) { writer.Write(entry.Word); writer.Write(entry.Class); }
    }

    /// <summary>Reads a table written by <see cref="Write"/>; a parser file that ends before it (written before word classes) has none.</summary>
    public static WordClassTable Read(BinaryReader reader)
    {
        int count;
        try { count = reader.ReadInt32(); }
        catch (EndOfStreamException) { return new WordClassTable([]); }
        if (count < 0) throw new InvalidDataException("Negative word class count.");
        var classes = new Dictionary<ulong, ulong>(count);
        for (int i = 0; i < count; i++) classes[reader.ReadUInt64()] = reader.ReadUInt64();
        return new WordClassTable(classes);
    }
}
