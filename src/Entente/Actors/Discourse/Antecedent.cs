namespace Entente.Actors.Discourse;

/// <summary>
/// Why a reference stands for an actor: the discourse rule that resolved it and the earlier mention it points to,
/// so a user can see "their → Japan (rule pronoun:plural, from 'Japan' in sentence 3)".
/// </summary>
/// <param name="Rule">The rule's name: "pronoun:plural", "group:2", "role:spokesperson", "epithet:north", "name:surname" …</param>
/// <param name="Text">The antecedent as written ("Japan", "Fumio Kishida").</param>
/// <param name="FirstToken">First token of the antecedent mention.</param>
/// <param name="EndToken">One past its last token.</param>
/// <param name="Span">Where the antecedent lies in the document text.</param>
/// <param name="Sentence">Zero-based index of the antecedent's sentence.</param>
public sealed record Antecedent(string Rule, string Text, int FirstToken, int EndToken, TextSpan Span, int Sentence)
{
    /// <summary>The antecedent <paramref name="mention"/> of <paramref name="document"/>, as <paramref name="rule"/> found it.</summary>
    internal static Antecedent Of(Document document, ActorMention mention, string rule) =>
        new(rule, mention.Actor.Name, mention.FirstToken, mention.EndToken, mention.Actor.Span, document.SentenceOfToken(mention.FirstToken));

    /// <summary>"rule pronoun:plural, from 'Japan' in sentence 3" (sentences counted from 1, as a reader counts them).</summary>
    public string Describe() => $"rule {Rule}, from '{Text}' in sentence {Sentence + 1}";
}
