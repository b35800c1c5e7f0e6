using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "Rubio arrived in Manila for talks with Marcos. The visiting secretary criticised China … Marcos thanked his guest":
/// "the visiting secretary" (any words of office after "the visiting"), "the visitor", "the guest" and "his", "her" or
/// "their guest" are who visited in the story's last telling of a visit, up to eight sentences back: the actor before
/// "visited", "arrived" or "travelled", or the one right after "hosted", "welcomed" or "received".
/// </summary>
internal sealed class GuestReferenceRule : IDiscourseRule
{
    private const int SentencesBack = 8;
    private const int MaxOfficeWords = 3;

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the", "his", "her", "their"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        if (!(c.Is(i, "the") || c.Is(i, "his") || c.Is(i, "her") || c.Is(i, "their")) || i + 1 >= c.Sentence.EndToken) return 0;
        var d = c.Document;
        int length;
        var next = d.TextOf(i + 1);
        if (next is "guest" or "guests" or "visitor" or "visitors") length = 2;
        else if (next is "visiting" && c.Is(i, "the"))
        {
            // "the visiting secretary", "the visiting foreign minister": the words of office after "visiting".
            length = 2;
            while (length - 1 <= MaxOfficeWords && i + length < c.Sentence.EndToken && d.Tags[i + length] is PartOfSpeech.Noun or PartOfSpeech.Adjective
                   && char.IsLower(d.TextOf(i + length)[0])) length++;
            if (length == 2) return 0;
        }
        else return 0;
        // "the guest of honour", "the visitors' centre": not a reference to a visitor of the story.
        if (i + length < c.Sentence.EndToken && d.TextOf(i + length) is "of" or "'" or "'s" or "’s") return 0;
        if (Visitor(c, i) is not { } guest) return length;
        c.Emit(output, i, length, guest, "guest");
        return length;
    }

    // The actor that made the latest visit told before token i.
    private static ActorMention? Visitor(DiscourseContext c, int i)
    {
        var d = c.Document;
        int from = d.Sentences[Math.Max(0, c.SentenceIndex - SentencesBack)].FirstToken;
        for (int k = i - 1; k >= from; k--)
        {
            if (d.Tags[k] != PartOfSpeech.Verb) continue;
            var word = d.TextOf(k);
            if (word is "hosted" or "welcomed" or "received" or "hosts" or "welcomes" or "receives")
            {
                // The actor right after the verb, a determiner or title words aside ("hosted Japanese Prime Minister X").
                foreach (var m in c.Recent)
                    if (m.FirstToken > k && m.FirstToken <= k + 4 && d.SentenceOfToken(m.FirstToken) == d.SentenceOfToken(k)) return c.ReachableOrNull(m);
                continue;
            }
            if (word is not ("visited" or "visits" or "arrived" or "arrives" or "travelled" or "traveled" or "travels" or "flew")) continue;
            if (c.SubjectNamedBefore(k) is { } subject) return c.ReachableOrNull(subject);
        }
        return null;
    }
}
