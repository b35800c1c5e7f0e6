using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// An acronym means, within one article, the name it abbreviates there: after "the Syrian Democratic Forces", "the SDF" is
/// that group, whatever other body the dictionary gives those letters. Acronyms are short and reused across states;
/// the article that spells the name out first says which one it means.
/// </summary>
internal static class Acronyms
{
    /// <summary>The rule name of an acronym read as the name it abbreviates earlier in the article.</summary>
    public const string Rule = "acronym-of-earlier-name";

    private const int MinLetters = 2, MaxLetters = 6;

    /// <summary>
    /// The earlier name whose initials <paramref name="names"/>[<paramref name="index"/>] spells, when that name is a
    /// different actor than the one the dictionary gives the acronym; null otherwise.
    /// </summary>
    public static (int First, int End, ActorEntry Entry)? EarlierNameSpelled(Document document, List<(int First, int End, ActorEntry Entry)> names, int index)
    {
        var (first, end, entry) = names[index];
        if (end != first + 1 || !IsAcronym(document.TextOf(first))) return null;
        var acronym = document.TextOf(first);
        for (int j = index - 1; j >= 0; j--)
        {
            var earlier = names[j];
            if (earlier.End - earlier.First < MinLetters || earlier.Entry.Kind is ActorEntryKind.Ignore or ActorEntryKind.Generic) continue;
            if (!Spells(document, earlier.First, earlier.End, acronym)) continue;
            return earlier.Entry.Code == entry.Code && earlier.Entry.Sector == entry.Sector ? null : earlier;
        }
        return null;
    }

    /// <summary>Two to six capital letters ("NCP", "SDF"), nothing else.</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLetters || word.Length > MaxLetters) return false;
        foreach (char c in word) if (!char.IsAsciiLetterUpper(c)) return false;
        return true;
    }

    /// <summary>
    /// Whether the initials of the capitalised words of tokens [<paramref name="first"/>, <paramref name="end"/>) spell
    /// <paramref name="acronym"/> ("Syrian Democratic Forces" spells "SDF"; "of", "and", "the" are skipped).
    /// </summary>
    internal static bool Spells(Document document, int first, int end, ReadOnlySpan<char> acronym)
    {
        int letter = 0;
        for (int i = first; i < end; i++)
        {
            var word = document.TextOf(i);
            if (word.Length == 0 || !char.IsUpper(word[0])) continue;
            if (letter == acronym.Length || char.ToUpperInvariant(word[0]) != acronym[letter]) return false;
            letter++;
        }
        return letter == acronym.Length;
    }
}
