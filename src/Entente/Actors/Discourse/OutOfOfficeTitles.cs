using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// "former minister X", "ex-president X", "then-president X": a person named by an office they no longer hold. They
/// keep the state of that office but do not act for its government today.
/// </summary>
internal static class OutOfOfficeTitles
{
    /// <summary>How the title marks the office as past.</summary>
    public enum Marker : byte
    {
        /// <summary>Not marked: the office may be held today.</summary>
        None,
        /// <summary>"former", "ex-": held once, no longer (CAMEO's elites, sector ELI).</summary>
        Former,
        /// <summary>"then-": held at the time told of, not today.</summary>
        Then,
    }

    /// <summary>The marker in the title phrase just before the name at <paramref name="nameStart"/>, if any.</summary>
    public static Marker Find(Document document, int nameStart, int sentenceFirst)
    {
        for (int i = nameStart - 1; i >= sentenceFirst && i >= nameStart - 6; i--)
        {
            var w = document.TextOf(i);
            if (w.Equals("former", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)) return Marker.Former;
            if (w.StartsWith("then-", StringComparison.OrdinalIgnoreCase)) return Marker.Then;
            if (w is "-" && i > sentenceFirst && document.TextOf(i - 1).Equals("then", StringComparison.OrdinalIgnoreCase)) return Marker.Then;
            if (w is "-" or "–") continue;
            if (document.Tokens[i].Kind != TokenKind.Word) return Marker.None;
            var tag = document.Tags.Length > i ? document.Tags[i] : PartOfSpeech.Other;
            if (tag is PartOfSpeech.Verb or PartOfSpeech.Determiner or PartOfSpeech.Auxiliary or PartOfSpeech.Conjunction or PartOfSpeech.Pronoun) return Marker.None;
        }
        return Marker.None;
    }

    /// <summary>The sector of someone out of office: a former official is one of the elites (ELI); a then-official acted for
    /// the government at the time told of and keeps the office's sector.</summary>
    public static string? SectorFor(Marker marker, string? officeSector) => marker == Marker.Former ? "ELI" : officeSector;

    /// <summary>The office among <paramref name="offices"/> whose title the phrase before the name uses ("former foreign minister" → the foreign minister tenure), latest first.</summary>
    public static Office? Matching(IReadOnlyList<Office> offices, string phrase)
    {
        var lower = phrase.ToLowerInvariant().Replace("defence", "defense", StringComparison.Ordinal);
        Office? best = null;
        foreach (var o in offices)
            if (lower.Contains(o.Title, StringComparison.Ordinal) && (best is null || (o.Start ?? DateOnly.MinValue) > (best.Start ?? DateOnly.MinValue))) best = o;
        return best;
    }
}
