using Entente.Actors;
using Entente.Events;
using Entente.Export;
using Entente.Storage;

namespace Entente.Web.Api;

// The JSON shapes of the API (camelCase on the wire). Offsets are UTF-16 code units into the article's text, end exclusive.

internal sealed record SpanDto(int Start, int End)
{
    public static SpanDto Of(TextSpan s) => new(s.Start, s.End);
}

internal sealed record ActorDto(string Code, string? Sector, string Name, string? Person, string Rule, SpanDto? Span)
{
    public static ActorDto? Of(Actor? a) =>
        a is null ? null : new(a.Code.Value, a.Sector, a.Name, a.Person, a.Rule, a.Span.Length > 0 ? SpanDto.Of(a.Span) : null);
}

internal sealed record EventDto(
    long Id, string Article, string? Title, string? Url, string? Published,
    int SentenceIndex, string Sentence, SpanDto SentenceSpan,
    ActorDto Source, ActorDto? Target, string Type, string Cameo, int QuadClass, double Goldstein,
    string Mode, ActorDto? Claimant, string? Date, string? EffectiveDate,
    SpanDto Trigger, string TriggerText, string Lexicon, int Mentions)
{
    public static EventDto Of(StoredEvent s)
    {
        var e = s.Event;
        return new EventDto(s.Id, s.Article.Id, s.Article.Title, s.Article.Url, s.Article.Published,
            e.SentenceIndex, e.Sentence, SpanDto.Of(e.SentenceSpan),
            ActorDto.Of(e.Source)!, ActorDto.Of(e.Target), e.Type.ToPlover(), e.Cameo, Export.Cameo.QuadClass(e.Cameo), e.Goldstein,
            e.Mode.ToText() ?? "happened", ActorDto.Of(e.Claimant), e.Date?.ToString(), s.EffectiveDate?.ToString("yyyy-MM-dd"),
            SpanDto.Of(e.Trigger), Export.Cameo.TriggerText(e), e.LexiconEntry, e.Mentions);
    }
}

internal sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit, string? Next);

internal sealed record ArticleListItemDto(string Id, string? Title, string? Source, string? Url, string? Published, int Sentences, int Events);

internal sealed record SentenceDto(int Index, int Start, int End);

internal sealed record MentionDto(int Start, int End, string Code, string? Sector, string Name, string? Person, string Kind);

internal sealed record QuoteDto(int Start, int End, string Text, string? Speaker, bool Direct);

internal sealed record PersonDto(string Name, string? Known, string? Role, string? Country, string? Sector);

internal sealed record ArticleDto(
    string Id, string? Title, string? Source, string? Url, string? Published, string IngestedAt, string Text,
    IReadOnlyList<SentenceDto> Sentences, IReadOnlyList<EventDto> Events,
    IReadOnlyList<MentionDto> Actors, IReadOnlyList<QuoteDto> Quotes, IReadOnlyList<PersonDto> People);

internal sealed record ActorListItemDto(string Code, string? Name, string Kind, int Events, int AsSource, int AsTarget, double Goldstein, string? First, string? Last);

internal sealed record CountDto(string Value, int Count);

internal sealed record OfficeDto(string Title, string Code, string Sector, string? Start, string? End);

internal sealed record PersonSeenDto(string Name, string? Sector, int Events, IReadOnlyList<OfficeDto> Offices);

internal sealed record PartnerDto(string Code, string? Name, int Events, int Cooperative, int Hostile, double Goldstein);

internal sealed record ActorDetailDto(
    string Code, string? Name, string Kind, int Events, int AsSource, int AsTarget, double Goldstein, string? First, string? Last,
    IReadOnlyList<CountDto> Names, IReadOnlyList<CountDto> Sectors, IReadOnlyList<PersonSeenDto> People, IReadOnlyList<CountDto> Types,
    IReadOnlyList<PartnerDto> Partners, IReadOnlyList<PartnerDto> Adversaries, IReadOnlyList<EventDto> Recent,
    IReadOnlyList<Services.MembershipDto> Memberships, IReadOnlyList<Services.TreatyDto> Treaties, bool AllianceModel);

internal sealed record PeriodDto(string? Since, string? Until, int Events, int Cooperative, int Hostile, double Goldstein, double? MeanGoldstein);

/// <summary>A period against the one before it: differences and the percentage change of the event count.</summary>
internal sealed record ComparisonDto(PeriodDto Current, PeriodDto Previous, int EventsChange, double? EventsChangePercent,
    int HostileChange, double GoldsteinChange, double? MeanGoldsteinChange);

internal sealed record BucketDto(string Period, int Events, int Cooperative, int Hostile, double Goldstein, double MeanGoldstein,
    int EventsChange, double GoldsteinChange);

internal sealed record TimelineDto(string Interval, IReadOnlyList<BucketDto> Buckets, ComparisonDto? Comparison, PeriodDto Totals);

internal sealed record PairDto(string A, string B, string? AName, string? BName, int Events, int Cooperative, int Hostile, double Goldstein,
    ComparisonDto? Comparison);

internal sealed record RelationDto(string A, string B, string? AName, string? BName, string Interval, IReadOnlyList<BucketDto> Buckets,
    ComparisonDto? Comparison, IReadOnlyList<EventDto> Recent, IReadOnlyList<ActsPeriodDto>? Acts);

/// <summary>
/// One period of the alliance model's relation: the reports of one real-world act merged across articles, with the
/// tension (hostile share of the Goldstein mass, 0 to 1). Null for a daily interval (the model counts weeks and up).
/// </summary>
internal sealed record ActsPeriodDto(string Period, int Acts, int Cooperative, int Hostile, double Goldstein, double Tension, int Reports);

internal sealed record NodeDto(string Code, string? Name, string Kind, int Events, string Bloc, double Centrality);

internal sealed record EdgeDto(string A, string B, int Events, int Cooperative, int Hostile, double Goldstein, string Tone);

internal sealed record NetworkDto(IReadOnlyList<NodeDto> Nodes, IReadOnlyList<EdgeDto> Edges, IReadOnlyList<BlocDto> Blocs, string BlocSource);

internal sealed record BlocDto(string Id, IReadOnlyList<string> Members);

internal sealed record SearchHitDto(string Article, string? Title, int SentenceIndex, SpanDto Sentence, string Text, IReadOnlyList<SpanDto> Matches, int Events, double Rank);

internal sealed record HealthDto(string Status, int Articles, int Events, int Schema, string? FirstDate, string? LastDate, bool Ingestion, IReadOnlyList<CountDto> Types);

internal sealed record IngestedDto(int Added, int Replaced, int Unchanged, int Events, IReadOnlyList<string> Ids);

/// <summary>One article to ingest: the JSONL dump's fields.</summary>
internal sealed record ArticleInputDto(string? Id, string? Url, string? Title, string? Published, string? Source, string? Text);
