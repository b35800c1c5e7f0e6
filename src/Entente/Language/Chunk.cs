namespace Entente.Language;

/// <summary>What a chunk is.</summary>
internal enum ChunkKind : byte
{
    /// <summary>A noun phrase: "the Minister of Defense", "Chinese and Russian military aircraft".</summary>
    NounPhrase,
    /// <summary>A verb group: "will fully cooperate", "has been defending", "did not sign".</summary>
    VerbGroup,
}

/// <summary>A chunk: a run of tokens that form a noun phrase or a verb group.</summary>
/// <param name="Kind">Noun phrase or verb group.</param>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">One past the last token.</param>
/// <param name="Head">The head token: the last noun of a noun phrase, the main verb of a verb group.</param>
internal readonly record struct Chunk(ChunkKind Kind, int FirstToken, int EndToken, int Head);

/// <summary>
/// Groups tagged tokens into noun phrases (determiners, numbers, adjectives, nouns, names, possessives; "of" joins a
/// noun phrase to the name that follows it, "the Republic of Korea") and verb groups (auxiliaries, modals, negation,
/// adverbs, infinitive "to", verbs).
/// </summary>
internal static class Chunker
{
    /// <summary>The chunks of <paramref name="document"/>, in text order.</summary>
    public static Chunk[] Chunk(Document document)
    {
        var tags = document.Tags;
        var chunks = new List<Chunk>(document.Tokens.Length / 3 + 1);
        foreach (var sentence in document.Sentences)
        {
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                int start = i;
                if (IsNominal(tags[i]))
                {
                    int head = -1;
                    while (i < sentence.EndToken && (IsNominal(tags[i]) || (IsOfBeforeName(document, i, sentence) && head >= 0)))
                    {
                        if (tags[i] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Pronoun or PartOfSpeech.Number) head = i;
                        i++;
                    }
                    chunks.Add(new Chunk(ChunkKind.NounPhrase, start, i, head >= 0 ? head : i - 1));
                }
                else if (IsVerbal(tags[i]))
                {
                    int head = -1;
                    while (i < sentence.EndToken && IsVerbal(tags[i]))
                    {
                        if (tags[i] == PartOfSpeech.Verb) head = i;
                        i++;
                    }
                    // A group of adverbs alone is not a verb group.
                    if (head >= 0 || tags[start] is PartOfSpeech.Auxiliary or PartOfSpeech.Modal)
                        chunks.Add(new Chunk(ChunkKind.VerbGroup, start, i, head >= 0 ? head : i - 1));
                }
                else i++;
            }
        }
        return chunks.ToArray();
    }

    private static bool IsNominal(PartOfSpeech tag) => tag is PartOfSpeech.Determiner or PartOfSpeech.Number or PartOfSpeech.Adjective
        or PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Possessive or PartOfSpeech.Pronoun;

    private static bool IsVerbal(PartOfSpeech tag) => tag is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal
        or PartOfSpeech.Negation or PartOfSpeech.To or PartOfSpeech.Adverb;

    private static bool IsOfBeforeName(Document d, int i, Sentence sentence) =>
        d.TextOf(i) is "of" && i + 1 < sentence.EndToken && d.Tags[i + 1] is PartOfSpeech.ProperNoun or PartOfSpeech.Determiner;
}
