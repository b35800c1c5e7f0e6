using Entente.Language;

namespace Entente.Actors;

/// <summary>
/// The actor stage: turns dictionary names, people and references ("the two countries", "they", "he") into
/// <see cref="ActorMention"/>s with codes, sectors and the rule that fired. Sets the document's people and actor layers.
/// </summary>
public sealed class ActorResolver(ActorDictionary dictionary)
{
    private readonly PersonFinder _people = new(dictionary);

    /// <summary>Resolves the actors of <paramref name="document"/>.</summary>
    public void Process(Document document)
    {
        var names = DictionaryMatcher.Match(document, dictionary);
        var people = _people.Find(document, names);
        var focusKorea = FocusKorea(names);
        var mentions = new List<ActorMention>(names.Count + people.Count * 2);
        foreach (var (first, end, entry) in names)
        {
            if (entry.Kind == ActorEntryKind.Ignore) continue;
            var code = entry.Code;
            string rule = $"dict:{entry.Origin}";
            if (entry.Kind == ActorEntryKind.Ambiguous && code.Value == "KOR" && focusKorea.HasValue)
            {
                code = focusKorea.Value;
                rule += "+context";
            }
            var sector = entry.Sector ?? SectorFromHead(document, end);
            var actor = new Actor(code, sector, document.SliceTokens(first, end)) { Span = Span(document, first, end), Rule = rule };
            mentions.Add(new ActorMention(first, end, actor, MentionKind.Name, entry.Kind));
        }
        foreach (var person in people)
        {
            if (person.Code is not { } code) continue;
            foreach (var (first, end) in person.Mentions)
            {
                var actor = new Actor(code, person.Sector, document.SliceTokens(first, end))
                {
                    Person = person.Known ?? person.Name,
                    Span = Span(document, first, end),
                    Rule = person.Rule,
                };
                mentions.Add(new ActorMention(first, end, actor, MentionKind.Person, ActorEntryKind.Person));
            }
        }
        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        var withReferences = ReferenceResolver.Resolve(document, mentions, people);
        document.SetPeople(people);
        document.SetQuotes(QuoteFinder.Find(document, people));
        document.SetActors(withReferences);
    }

    private static TextSpan Span(Document document, int first, int end) =>
        TextSpan.FromBounds(document.Tokens[first].Start, document.Tokens[end - 1].End);

    // "Korea" alone is South Korea unless the story is about the North: the Korea most named in the document wins.
    private static ActorCode? FocusKorea(List<(int First, int End, ActorEntry Entry)> names)
    {
        int south = 0, north = 0;
        foreach (var (_, _, e) in names)
        {
            if (e.Kind == ActorEntryKind.Ambiguous) continue;
            if (e.Code.Value == "KOR") south++;
            else if (e.Code.Value == "PRK") north++;
        }
        if (south == 0 && north == 0) return null;
        return new ActorCode(north > south ? "PRK" : "KOR");
    }

    // "Chinese military aircraft" → MIL; "Russian officials" → GOV: the sector of the first role word after an adjective.
    private static string? SectorFromHead(Document document, int end)
    {
        for (int i = end; i < Math.Min(end + 3, document.Tokens.Length); i++)
        {
            if (document.Tokens[i].Kind != TokenKind.Word) return null;
            var sector = RoleWords.SectorOf(document.TextOf(i));
            if (sector is not null) return sector;
        }
        return null;
    }
}
