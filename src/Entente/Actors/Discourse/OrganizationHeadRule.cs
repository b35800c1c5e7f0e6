using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "Sri Lanka asked the International Monetary Fund for a loan. The fund agreed …", "the Security Council … the council
/// voted": "the" and the last word of an organisation's full name, standing alone, is that organisation when it was named
/// (by any of its names) up to three sentences back.
/// </summary>
internal sealed class OrganizationHeadRule : IDiscourseRule
{
    private const int SentencesBack = 3;

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!c.Is(i, "the") || i + 1 >= c.Sentence.EndToken || c.Dictionary is not { } dictionary) return 0;
        var d = c.Document;
        int head = i + 1;
        var word = d.TextOf(head);
        // One singular noun, the whole phrase: "the fund", not "the fund's director" nor "the funds".
        if (word.Length < 4 || d.Tags[head] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun) || word.EndsWith('s')) return 0;
        if (head + 1 < c.Sentence.EndToken && d.Tags[head + 1] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun) return 0;
        for (int k = c.Recent.Count - 1; k >= 0; k--)
        {
            var m = c.Recent[k];
            if (m.FirstToken >= i) continue;
            if (c.SentenceOf(m.FirstToken) < c.SentenceIndex - SentencesBack) break;
            if (m.EntryKind != ActorEntryKind.Organization || !c.Reachable(m)) continue;
            var full = dictionary.ByCode(m.Actor.Code.Value)?.Name ?? "";
            if (!EndsWithWord(full, word) && !EndsWithWord(m.Actor.Name, word)) continue;
            c.Emit(output, i, 2, m, "organization-head");
            return 2;
        }
        return 0;
    }

    private static bool EndsWithWord(string name, ReadOnlySpan<char> word)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && name.AsSpan(space + 1).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
