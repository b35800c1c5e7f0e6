namespace Entente.Language;

/// <summary>A coarse part of speech, enough for chunking and clause reading.</summary>
internal enum PartOfSpeech : byte
{
    /// <summary>Not yet known or none of the others.</summary>
    Other,
    /// <summary>Common noun.</summary>
    Noun,
    /// <summary>Capitalised name word.</summary>
    ProperNoun,
    /// <summary>Lexical verb.</summary>
    Verb,
    /// <summary>Auxiliary: be, have, do in their forms.</summary>
    Auxiliary,
    /// <summary>Modal: will, would, may, might, can, could, shall, should, must.</summary>
    Modal,
    /// <summary>Adjective.</summary>
    Adjective,
    /// <summary>Adverb.</summary>
    Adverb,
    /// <summary>Determiner or quantifier: the, a, this, some, all.</summary>
    Determiner,
    /// <summary>Preposition.</summary>
    Preposition,
    /// <summary>Pronoun.</summary>
    Pronoun,
    /// <summary>Coordinating conjunction: and, or, but.</summary>
    Conjunction,
    /// <summary>Subordinating conjunction or complementiser: that, if, because, while.</summary>
    Subordinator,
    /// <summary>Infinitive "to".</summary>
    To,
    /// <summary>Negation: not, n't, never, no.</summary>
    Negation,
    /// <summary>Number.</summary>
    Number,
    /// <summary>Punctuation.</summary>
    Punctuation,
    /// <summary>Quotation mark.</summary>
    Quote,
    /// <summary>Possessive marker 's.</summary>
    Possessive,
    /// <summary>Relative or question word: who, which, what, where.</summary>
    Wh,
}
