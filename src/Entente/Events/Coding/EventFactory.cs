using Entente.Actors;
using Entente.Language;

namespace Entente.Events.Coding;

/// <summary>Makes events with their provenance: the sentence, the trigger, the date nearest it, and the rules that fired.</summary>
internal sealed class EventFactory(EventLexicon lexicon)
{
    /// <summary>An event read from a lexicon match.</summary>
    public Event New(SentenceContext context, Actor source, Actor? target, EventType type, string cameo, double goldstein, int at, TextSpan trigger, string entry, IReadOnlyList<string> rules) => new()
    {
        ArticleId = context.Document.Article.Id,
        SentenceIndex = context.Index,
        SentenceSpan = context.Sentence.Span,
        Sentence = context.SentenceText,
        Source = source,
        Target = target,
        Type = type,
        Cameo = cameo,
        Goldstein = goldstein,
        Trigger = trigger,
        LexiconEntry = entry,
        Date = Phrases.EventDate(context.Document, context.Sentence, at),
        Rules = rules,
    };

    /// <summary>The Goldstein score of <paramref name="cameo"/>, or <paramref name="fallback"/> when the code is unknown.</summary>
    public double GoldsteinOf(string cameo, double fallback) => lexicon.TryGetCameo(cameo, out var goldstein, out _) ? goldstein : fallback;

    /// <summary>An event the coder derives from another construction (an allegation, a demand) rather than from a lexicon entry.</summary>
    public Event Derived(SentenceContext context, Actor source, Actor? target, EventType type, string cameo, int at, TextSpan trigger, string description, string rule) =>
        New(context, source, target, type, cameo, GoldsteinOf(cameo, 0), at, trigger, description, [rule]);
}
