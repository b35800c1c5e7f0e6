using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "Kazakhstan's president hosted Putin and Xi in Astana. Both leaders praised the host": "the host" ("his host", and "the hosts",
/// "the host country", "the host nation", "the host government") is who hosted in the story's last telling of it, up to
/// eight sentences back (a host stays the host through the story): the actor before "hosted", or the one after "hosted by".
/// </summary>
internal sealed class HostReferenceRule : IDiscourseRule
{
    private const int SentencesBack = 8;

    /// <inheritdoc />
    public IReadOnlyList<string>? OpeningWords { get; } = ["the", "his", "her", "their"];

    public int Resolve(DiscourseContext c, int i, List<ActorMention> output)
    {
        // "The chancellor praised his host": a possessive before "host" points to the same host as "the".
        if (!(c.Is(i, "the") || c.Is(i, "his") || c.Is(i, "her") || c.Is(i, "their")) || i + 1 >= c.Sentence.EndToken) return 0;
        var d = c.Document;
        if (d.TextOf(i + 1) is not ("host" or "hosts")) return 0;
        int length = 2;
        if (i + 2 < c.Sentence.EndToken && d.TextOf(i + 2) is "country" or "nation" or "government" or "state") length = 3;
        // "the host of the summit": its owner follows.
        else if (i + 2 < c.Sentence.EndToken && d.TextOf(i + 2) is "of") return 0;
        if (Host(c, i) is not { } host) return length;
        c.Emit(output, i, length, host, "host");
        return length;
    }

    // The actor that did the latest hosting told before token i.
    private static ActorMention? Host(DiscourseContext c, int i)
    {
        var d = c.Document;
        int from = d.Sentences[Math.Max(0, c.SentenceIndex - SentencesBack)].FirstToken;
        for (int k = i - 1; k >= from; k--)
        {
            if (d.TextOf(k) is not ("hosted" or "hosts" or "hosting") || d.Tags[k] != PartOfSpeech.Verb) continue;
            // "… hosted by Kazakhstan": the agent after "by".
            if (k + 1 < d.Tokens.Length && d.TextOf(k + 1) is "by")
            {
                foreach (var m in c.Recent)
                    if (m.FirstToken == k + 2 || m.FirstToken == k + 3 && d.Tags[k + 2] == PartOfSpeech.Determiner) return c.ReachableOrNull(m);
                return null;
            }
            return c.ReachableOrNull(c.SubjectNamedBefore(k));
        }
        return null;
    }
}
