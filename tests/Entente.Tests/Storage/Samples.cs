using Entente.Language;
using Entente.Actors;
using Entente.Articles;
using Entente.Events;
using Entente.Pipeline;

namespace Entente.Tests.Storage;

/// <summary>Builds an <see cref="ArticleResult"/> from sentences joined by spaces, with events whose spans point into the text.</summary>
internal sealed class ArticleBuilder
{
    private readonly Article _article;
    private readonly List<TextSpan> _sentences = [];
    private readonly List<Event> _events = [];

    public ArticleBuilder(string id, DateOnly? published, params string[] sentences)
    {
        int at = 0;
        foreach (var s in sentences)
        {
            _sentences.Add(new TextSpan(at, s.Length));
            at += s.Length + 1;
        }
        _article = new Article(id, string.Join(" ", sentences))
        {
            Published = published,
            Source = "Test Wire",
            Url = $"https://news.example/{id}",
            Title = $"Title of {id}",
            Origin = "samples.jsonl",
        };
    }

    public ArticleBuilder Event(int sentence, Actor source, Actor? target, EventType type, string cameo, double goldstein, string trigger,
        EventMode mode = EventMode.Happened, PartialDate? date = null, Actor? claimant = null, int mentions = 1)
    {
        var span = _sentences[sentence];
        string text = span.Of(_article.Text).ToString();
        int t = text.IndexOf(trigger, StringComparison.Ordinal);
        if (t < 0) throw new ArgumentException($"Trigger '{trigger}' not in sentence {sentence}.");
        _events.Add(new Event
        {
            ArticleId = _article.Id,
            SentenceIndex = sentence,
            SentenceSpan = span,
            Sentence = text,
            Source = Place(source),
            Target = target is null ? null : Place(target),
            Type = type,
            Cameo = cameo,
            Goldstein = goldstein,
            Mode = mode,
            Claimant = claimant is null ? null : Place(claimant),
            Date = date,
            Trigger = new TextSpan(span.Start + t, trigger.Length),
            LexiconEntry = trigger + " _",
            Mentions = mentions,
        });
        return this;
    }

    public ArticleResult Build() => new(_article, _sentences.ToArray(), _events.ToArray());

    private Actor Place(Actor actor)
    {
        int at = _article.Text.IndexOf(actor.Name, StringComparison.Ordinal);
        return at < 0 ? actor : actor with { Span = new TextSpan(at, actor.Name.Length) };
    }
}

/// <summary>Made-up articles and events used by the storage and export tests.</summary>
internal static class Samples
{
    public static Actor Act(string code, string? sector, string name, string? person = null) =>
        new(new ActorCode(code), sector, name) { Person = person, Rule = $"dict:test:{name}" };

    /// <summary>art-001, published 2024-06-19: KOR–JPN agreement (dated), PRK accuses KOR (dated, with claimant).</summary>
    public static ArticleResult Pact(string secondSentence = "North Korea condemned the pact on Thursday, the state agency KCNA said.") =>
        new ArticleBuilder("art-001", new DateOnly(2024, 6, 19),
                "South Korea and Japan signed a defence pact in Seoul on Wednesday.",
                secondSentence)
            .Event(0, Act("KOR", "GOV", "South Korea"), Act("JPN", "GOV", "Japan"), EventType.Agree, "057", 8.0, "signed",
                date: new PartialDate(2024, 6, 19), mentions: 2)
            .Event(1, Act("PRK", "GOV", "North Korea"), Act("KOR", "GOV", "South Korea"), EventType.Accuse, "111", -2.0, "condemned",
                date: new PartialDate(2024, 6, 20), claimant: Act("PRK", "MED", "KCNA"))
            .Build();

    /// <summary>art-002, no publication date: RUS intends to mobilise (undated, no target), UKR rejects RUS (May 2024).</summary>
    public static ArticleResult Border() =>
        new ArticleBuilder("art-002", null,
                "Russia will send troops to the border, officials in Moscow said.",
                "\"We reject, firmly, any talks with Russia,\" Ukraine's foreign minister, Dmytro Kuleba, said.\nHe spoke in Kyiv.")
            .Event(0, Act("RUS", "MIL", "Russia"), null, EventType.Mobilize, "150", -7.2, "send troops", mode: EventMode.Intended)
            .Event(1, Act("UKR", "GOV", "Ukraine's foreign minister", "Dmytro Kuleba"), Act("RUS", null, "Russia"), EventType.Reject, "120", -4.0, "reject",
                date: new PartialDate(2024, 5))
            .Build();

    /// <summary>art-003, published 2023-12-01: CHN supports BRA (undated), BRA might cooperate with CHN (2024).</summary>
    public static ArticleResult Visit() =>
        new ArticleBuilder("art-003", new DateOnly(2023, 12, 1),
                "China praised Brazil’s president during a visit to Beijing.",
                "Brazil might join the Chinese-led bank next year, an aide said.")
            .Event(0, Act("CHN", "GOV", "China"), Act("BRA", "GOV", "Brazil’s president", "Luiz Inácio Lula da Silva"), EventType.Support, "051", 3.4, "praised")
            .Event(1, Act("BRA", "GOV", "Brazil"), Act("CHN", "GOV", "Chinese"), EventType.Cooperate, "060", 6.0, "join",
                mode: EventMode.Hypothetical, date: new PartialDate(2024))
            .Build();

    /// <summary>art-004, no dates at all: JPN gives aid to UKR.</summary>
    public static ArticleResult Aid() =>
        new ArticleBuilder("art-004", null, "Japan sent aid to Ukrainian refugees.")
            .Event(0, Act("JPN", "GOV", "Japan"), Act("UKR", "REF", "Ukrainian refugees"), EventType.Aid, "070", 7.0, "sent aid")
            .Build();

    public static ArticleResult[] All() => [Pact(), Border(), Visit(), Aid()];

    public static Event[] AllEvents() => All().SelectMany(r => r.Events).ToArray();
}
