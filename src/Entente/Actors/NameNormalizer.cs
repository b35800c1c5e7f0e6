using System.Text;

namespace Entente.Actors;

/// <summary>
/// Folds the spellings of a personal name that news uses for the same person into one key: case, hyphens,
/// spaces and apostrophes go; common romanisation variants of Korean syllables fold together
/// (Yun/Yoon, Seok/Suk, Yul/Yeol, Jeong/Jung), so "Yoon Suk-yeol", "Yun Suk-yeol" and "Yoon Seok-yul" meet.
/// </summary>
internal static class NameNormalizer
{
    // Pairs of (variant, canonical) applied per syllable; a general table of romanisation variants, not a list of people.
    private static readonly (string From, string To)[] Syllables =
    [
        ("yoon", "yun"), ("seok", "suk"), ("sok", "suk"), ("yeol", "yul"), ("yol", "yul"), ("jeong", "jung"), ("chung", "jung"),
        ("young", "yeong"), ("yong", "yeong"), ("eun", "un"), ("woo", "u"), ("oo", "u"), ("hee", "hui"), ("jae", "jae"),
        ("myeong", "myung"), ("kyung", "gyeong"), ("gyung", "gyeong"), ("kyeong", "gyeong"), ("ho", "ho"), ("sung", "seong"),
        ("song", "seong"), ("chol", "cheol"), ("chul", "cheol"), ("hyuk", "hyeok"), ("hyok", "hyeok"),
    ];

    /// <summary>The folded key of <paramref name="name"/>.</summary>
    public static string Key(ReadOnlySpan<char> name)
    {
        var sb = new StringBuilder(name.Length);
        var syllable = new StringBuilder(8);
        void Flush()
        {
            if (syllable.Length == 0) return;
            var s = syllable.ToString();
            foreach (var (from, to) in Syllables)
                if (s == from) { s = to; break; }
            sb.Append(s);
            syllable.Clear();
        }
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c)) syllable.Append(char.ToLowerInvariant(RemoveAccent(c)));
            else Flush();
        }
        Flush();
        return sb.ToString();
    }

    private static char RemoveAccent(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' => 'a',
        'é' or 'è' or 'ê' or 'ë' or 'ē' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' or 'ō' => 'o',
        'ú' or 'ù' or 'û' or 'ü' or 'ū' => 'u',
        'ç' => 'c', 'ñ' => 'n', 'ş' => 's', 'ğ' => 'g', 'ı' => 'i',
        _ => c,
    };
}
