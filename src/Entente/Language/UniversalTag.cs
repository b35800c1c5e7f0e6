namespace Entente.Language;

/// <summary>The seventeen Universal Dependencies part-of-speech tags.</summary>
internal enum UniversalTag : byte
{
    /// <summary>Other (X): foreign words, typos, unanalysable.</summary>
    X,
    /// <summary>Adjective.</summary>
    Adj,
    /// <summary>Adposition.</summary>
    Adp,
    /// <summary>Adverb.</summary>
    Adv,
    /// <summary>Auxiliary.</summary>
    Aux,
    /// <summary>Coordinating conjunction.</summary>
    Cconj,
    /// <summary>Determiner.</summary>
    Det,
    /// <summary>Interjection.</summary>
    Intj,
    /// <summary>Noun.</summary>
    Noun,
    /// <summary>Numeral.</summary>
    Num,
    /// <summary>Particle.</summary>
    Part,
    /// <summary>Pronoun.</summary>
    Pron,
    /// <summary>Proper noun.</summary>
    Propn,
    /// <summary>Punctuation.</summary>
    Punct,
    /// <summary>Subordinating conjunction.</summary>
    Sconj,
    /// <summary>Symbol.</summary>
    Sym,
    /// <summary>Verb.</summary>
    Verb,
}

/// <summary>Conversions between <see cref="UniversalTag"/> and its CoNLL-U spelling.</summary>
internal static class UniversalTags
{
    private static readonly string[] Names = ["X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"];

    /// <summary>The CoNLL-U spelling: "PROPN".</summary>
    public static string Name(this UniversalTag tag) => Names[(int)tag];

    /// <summary>Parses a CoNLL-U tag; unknown spellings are <see cref="UniversalTag.X"/>.</summary>
    public static UniversalTag Parse(string name)
    {
        int i = Array.IndexOf(Names, name);
        return i < 0 ? UniversalTag.X : (UniversalTag)i;
    }
}
