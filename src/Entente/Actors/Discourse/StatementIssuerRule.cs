using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "The State Department said in a statement that it was deeply disappointed. The statement threatened visa
/// restrictions": "the statement" ("the joint statement", "the communique", "the readout") is whoever issued the last
/// statement of that name told up to three sentences back: the subject named before the verb the earlier statement
/// hangs on ("said in a statement", "issued a statement").
/// </summary>
internal sealed class StatementIssuerRule : IDiscourseRule
{
    private const int SentencesBack = 3;

    private static bool IsDocumentNoun(ReadOnlySpan<char> word) => word is "statement" or "communique" or "communiqué" or "readout";

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the") || i + 1 >= c.Sentence.EndToken) return 0;
        var d = c.Document;
        int noun = c.Is(i + 1, "joint") ? i + 2 : i + 1;
        if (noun >= c.Sentence.EndToken || !IsDocumentNoun(d.TextOf(noun))) return 0;
        // "the statement by X", "the statement of the ministry": its issuer is named there.
        if (noun + 1 < c.Sentence.EndToken && (d.TextOf(noun + 1) is "by" or "of" or "from" or "'s" or "’s" || d.Tags[noun + 1] == PartOfSpeech.ProperNoun)) return 0;
        // Only as the subject of the verb right after it ("The statement threatened …", "the communique also called …"),
        // read from the words: parses often take "statement" for the root and its verb for a modifier.
        int next = noun + 1;
        while (next < c.Sentence.EndToken && d.Tags[next] == PartOfSpeech.Adverb) next++;
        if (d.Syntax is not { } tree || next >= c.Sentence.EndToken || d.Tags[next] != PartOfSpeech.Verb) return 0;
        if (Issuer(c, tree, i, d.TextOf(noun)) is not { } issuer) return noun + 1 - i;
        c.Emit(output, i, noun + 1 - i, issuer, "statement-issuer");
        return noun + 1 - i;
    }

    // The subject named before the verb on which the last earlier statement of that name hangs.
    private static ActorMention? Issuer(DiscourseContext c, SyntaxLayer tree, int i, ReadOnlySpan<char> name)
    {
        var d = c.Document;
        int from = d.Sentences[Math.Max(0, c.SentenceIndex - SentencesBack)].FirstToken;
        for (int k = i - 1; k >= from; k--)
        {
            if (!d.TextOf(k).Equals(name, StringComparison.OrdinalIgnoreCase) || tree.HeadOf(k) is not (int verb and >= 0)) continue;
            if (d.Tags[verb] != PartOfSpeech.Verb) return null;
            return c.ReachableOrNull(c.SubjectNamedBefore(verb));
        }
        return null;
    }
}
