using Entente.Language;
using Entente.Actors;

namespace Entente.Events;

/// <summary>
/// One coded event: who did what to whom, how the text presents it, who claims it, when,
/// and where it was read from (provenance).
/// </summary>
public sealed record Event
{
    /// <summary>The article's id.</summary>
    public required string ArticleId { get; init; }

    /// <summary>Index of the sentence within the article (0-based).</summary>
    public required int SentenceIndex { get; init; }

    /// <summary>The sentence's span in the article's cleaned text.</summary>
    public required TextSpan SentenceSpan { get; init; }

    /// <summary>The text of the sentence the event was read from.</summary>
    public required string Sentence { get; init; }

    /// <summary>Who acts.</summary>
    public required Actor Source { get; init; }

    /// <summary>Who is acted upon; null when the event has none.</summary>
    public Actor? Target { get; init; }

    /// <summary>PLOVER type.</summary>
    public required EventType Type { get; init; }

    /// <summary>CAMEO code, e.g. "112".</summary>
    public required string Cameo { get; init; }

    /// <summary>Goldstein conflict–cooperation weight, from -10 to +10.</summary>
    public required double Goldstein { get; init; }

    /// <summary>Done, intended, hypothetical or negated.</summary>
    public EventMode Mode { get; init; } = EventMode.Happened;

    /// <summary>Who claims the event happened, when the text reports it as someone's claim.</summary>
    public Actor? Claimant { get; init; }

    /// <summary>When the event happened, as precisely as the text tells.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The words that express the event (the trigger), in the article's cleaned text.</summary>
    public TextSpan Trigger { get; init; }

    /// <summary>The lexicon entry that matched, e.g. "accuse _ of".</summary>
    public string LexiconEntry { get; init; } = "";

    /// <summary>True when someone other than the actor claims the event (the claim itself is coded as an accusation).</summary>
    public bool IsThirdPartyClaim { get; init; }

    /// <summary>
    /// True for a mention that refers to an act rather than reporting it: a nominal reference inside a phrase
    /// ("the prospect of cooperation between …") or an act embedded in another event ("agreed to investigate").
    /// Not output by default; it still counts as a mention when it retells an output event.
    /// </summary>
    public bool IsBackground { get; init; }

    /// <summary>The names of the coding rules that shaped this event, in the order they fired ("source:subject", "target:location").</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>This event with <paramref name="rule"/> added to its rules.</summary>
    public Event WithRule(string rule) => this with { Rules = [.. Rules, rule] };

    /// <summary>How many times the article tells this same event (1 when told once).</summary>
    public int Mentions { get; init; } = 1;

    /// <summary>
    /// The other tellings of this same act in the article (headline, later paragraphs, a quotation restating it), in text
    /// order; the event's own sentence is its evidence and is not repeated here.
    /// </summary>
    public IReadOnlyList<EventMention> Retellings { get; init; } = [];

    /// <summary>
    /// This event also told in the sentences of <paramref name="others"/> (and their own retellings): they join
    /// <see cref="Retellings"/>, one per sentence, and <see cref="Mentions"/> counts them with theirs.
    /// </summary>
    public Event WithRetellings(IEnumerable<Event> others)
    {
        var list = new List<EventMention>(Retellings);
        var sentences = new HashSet<int>(list.Count + 4) { SentenceIndex };
        foreach (var m in list) sentences.Add(m.SentenceIndex);
        int mentions = Mentions;
        foreach (var other in others)
        {
            mentions += other.Mentions;
            if (sentences.Add(other.SentenceIndex)) list.Add(EventMention.Of(other));
            foreach (var m in other.Retellings)
                if (sentences.Add(m.SentenceIndex)) list.Add(m);
        }
        list.Sort((a, b) => a.SentenceIndex.CompareTo(b.SentenceIndex));
        return this with { Retellings = list, Mentions = Math.Max(mentions, list.Count + 1) };
    }

}

/// <summary>One telling of an event in a sentence other than its evidence.</summary>
/// <param name="SentenceIndex">Index of the sentence within the article (0-based).</param>
/// <param name="SentenceSpan">The sentence's span in the article's cleaned text.</param>
/// <param name="Sentence">The sentence's text.</param>
/// <param name="Trigger">The words that tell the act there.</param>
public sealed record EventMention(int SentenceIndex, TextSpan SentenceSpan, string Sentence, TextSpan Trigger)
{
    /// <summary>The telling that <paramref name="e"/> was read from.</summary>
    public static EventMention Of(Event e) => new(e.SentenceIndex, e.SentenceSpan, e.Sentence, e.Trigger);
}
