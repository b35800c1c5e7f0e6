using System.Collections.Frozen;
using Entente.Language;

namespace Entente.Actors.Discourse;

/// <summary>
/// Reads an article in order, remembering the actors named, and asks each <see cref="IDiscourseRule"/> in turn what an
/// unnamed word or phrase refers to. The first rule that recognises it decides; a rule that is unsure adds nothing.
/// </summary>
internal static class DiscourseResolver
{
    // Order matters only where two rules could read the same words: phrases before single pronouns, the speaker's "it"
    // and "they" before the general ones.
    private static readonly IDiscourseRule[] Rules =
    [
        new GroupReferenceRule(),
        new CountryReferenceRule(),
        new ShortNameRule(),
        new EpithetRule(),
        new NeighbourRule(),
        new CraftReferenceRule(),
        new HostReferenceRule(),
        new GuestReferenceRule(),
        new StatementIssuerRule(),
        new AlliesRule(),
        new CommuniqueWeRule(),
        new LatterFormerRule(),
        new OrganizationHeadRule(),
        new RoleDescriptionRule(),
        new ForcesReferenceRule(),
        new CounterpartRule(),
        new AcronymRule(),
        new PersonPronounRule(),
        new SpeakerPronounRule(),
        new ItPronounRule(),
        new PluralPronounRule(),
    ];

    // Each word offered only the rules that can start a reference at it, in the order above: most words (all but "the",
    // the pronouns and a few more) open no reference of any rule but the acronyms', and asking all nineteen rules of every
    // word was about a third of the resolver's own time.
    private static readonly IDiscourseRule[] AnyWord = [.. Rules.Where(r => r.OpeningWords is null)];

    private static readonly FrozenDictionary<string, IDiscourseRule[]>.AlternateLookup<ReadOnlySpan<char>> ByOpeningWord =
        Rules.SelectMany(r => r.OpeningWords ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(word => word, word => Rules.Where(r => r.OpeningWords is null || r.OpeningWords.Contains(word, StringComparer.OrdinalIgnoreCase)).ToArray(),
                StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns <paramref name="mentions"/> (in token order) with the references the rules resolve added, in token order.</summary>
    public static List<ActorMention> Resolve(Document document, List<ActorMention> mentions, IReadOnlyList<PersonName> people, ActorDictionary? dictionary = null)
    {
        var context = new DiscourseContext(document, dictionary, people, mentions);
        var result = new List<ActorMention>(mentions.Count + 8);
        var tokens = document.Tokens;
        var text = document.Text;
        int next = 0;
        var sentences = document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            context.Sentence = sentence;
            context.SentenceIndex = s;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (tokens[i].Kind == TokenKind.Quote && text[tokens[i].Start] is '"' or '“' or '”')
                    context.InQuote = text[tokens[i].Start] switch { '“' => true, '”' => false, _ => !context.InQuote };
                // Names and people that start here are kept and remembered.
                bool covered = false;
                while (next < mentions.Count && mentions[next].FirstToken == i)
                {
                    var m = mentions[next++];
                    result.Add(m);
                    context.Remember(m);
                    covered = true;
                }
                if (covered || tokens[i].Kind != TokenKind.Word) continue;
                int nextName = next < mentions.Count ? mentions[next].FirstToken : int.MaxValue;
                if (!ByOpeningWord.TryGetValue(document.TextOf(i), out var offered)) offered = AnyWord;
                foreach (var rule in offered)
                {
                    int before = result.Count, remembered = context.Recent.Count;
                    int length = rule.Resolve(context, i, result);
                    if (length <= 0) continue;
                    // A phrase that runs over a name ("the United States" is no "the X states") is not a reference.
                    if (i + length > nextName)
                    {
                        result.RemoveRange(before, result.Count - before);
                        context.Recent.RemoveRange(remembered, context.Recent.Count - remembered);
                        continue;
                    }
                    i += length - 1;
                    break;
                }
            }
        }
        while (next < mentions.Count) result.Add(mentions[next++]);
        return result;
    }
}
