using System.Collections.Frozen;
using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>The sex news writes a person with ("he" or "she"), when the story or the name says it.</summary>
internal enum Gender
{
    /// <summary>Nothing says it.</summary>
    Unknown,

    /// <summary>"he", "his", "him".</summary>
    Male,

    /// <summary>"she", "her".</summary>
    Female,
}

/// <summary>
/// How a story shows a person's sex: a title or role word at the name ("Ms. Kallas", "spokeswoman Mao Ning", "Mr. Lai"),
/// else a given name the dictionary knows for one sex ("Annalena Baerbock"). "She" then never means a man named just before.
/// </summary>
internal static class Genders
{
    private static readonly FrozenDictionary<string, Gender> Cues = BuildCues();

    private static FrozenDictionary<string, Gender> BuildCues()
    {
        var d = new Dictionary<string, Gender>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in "Mrs Mrs. Ms Ms. Miss Madam Madame Mme Mme. Dame Lady Queen Princess Baroness Duchess Empress spokeswoman chairwoman congresswoman businesswoman councilwoman stateswoman policewoman servicewoman assemblywoman anchorwoman".Split(' '))
            d[w] = Gender.Female;
        foreach (var w in "Mr Mr. Sir Lord King Prince Duke Emperor spokesman chairman congressman businessman councilman policeman serviceman assemblyman".Split(' '))
            d[w] = Gender.Male;
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sex a word says: a gendered title or role word ("spokeswoman", "Mr."), else <see cref="Gender.Unknown"/>.</summary>
    public static Gender OfWord(ReadOnlySpan<char> word) => CueLookup.TryGetValue(word, out var g) ? g : Gender.Unknown;

    /// <summary>The sex a personal pronoun stands for: "he", "his", "him" male; "she", "her" female.</summary>
    public static Gender OfPronoun(ReadOnlySpan<char> word) => word switch
    {
        "he" or "He" or "his" or "His" or "him" or "himself" => Gender.Male,
        "she" or "She" or "her" or "Her" or "hers" or "herself" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>True when both are known and differ: "she" for a man.</summary>
    public static bool Disagree(Gender a, Gender b) => a != Gender.Unknown && b != Gender.Unknown && a != b;

    /// <summary>
    /// The sex of <paramref name="person"/>: a cue word in the role the text gives them or right before one of their names,
    /// else their given name in <paramref name="dictionary"/>.
    /// </summary>
    public static Gender Of(PersonName person, Document document, ActorDictionary? dictionary)
    {
        if (person.Role is { } role)
            foreach (var range in role.AsSpan().Split(' '))
                if (OfWord(role.AsSpan()[range]) is var g and not Gender.Unknown) return g;
        foreach (var (first, end) in person.Mentions)
        {
            // A pronoun's mention says nothing by itself; the word right before a name does ("Ms. Kallas", "Queen Rania"),
            // not one further back ("the Queen received Boris Johnson").
            if (end - first == 1 && OfPronoun(document.TextOf(first)) != Gender.Unknown) continue;
            if (first > 0 && OfWord(document.TextOf(first - 1)) is var g and not Gender.Unknown) return g;
        }
        return OfName(person.Known ?? person.Name, dictionary) is var byKnown and not Gender.Unknown ? byKnown : OfName(person.Name, dictionary);
    }

    /// <summary>The sex the first of several words of <paramref name="name"/> says as a given name; a lone word may be a surname.</summary>
    public static Gender OfName(string? name, ActorDictionary? dictionary)
    {
        if (dictionary is null || name is null) return Gender.Unknown;
        int space = name.IndexOf(' ');
        return space <= 0 ? Gender.Unknown : dictionary.GenderOfGivenName(name[..space]);
    }
}
