using Entente.Actors;
using Entente.Language;

namespace Entente.Events;

/// <summary>
/// Codes the events of a document: finds lexicon triggers, reads the clause around each for source, target, mode
/// and claimant, turns third-party claims of hostile acts into accusations, and merges retellings of the same act.
/// </summary>
public sealed class EventCoder(EventLexicon lexicon)
{
    private static readonly HashSet<EventType> ClaimedAsAccusation = [EventType.Aid, EventType.Assault, EventType.Coerce, EventType.Mobilize, EventType.Threaten, EventType.Sanction];
    private static readonly HashSet<EventType> Symmetric = [EventType.Consult, EventType.Agree, EventType.Cooperate];

    /// <summary>The events of <paramref name="document"/>, every mode included, retellings merged.</summary>
    public List<Event> Code(Document document)
    {
        var events = new List<Event>();
        var mentions = document.Actors;
        int firstMention = 0;
        var sentences = document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            while (firstMention < mentions.Count && mentions[firstMention].FirstToken < sentence.FirstToken) firstMention++;
            var groups = ActorGrouper.Build(document, sentence, mentions, firstMention);
            if (groups.Count == 0) continue;
            CodeSentence(document, s, sentence, groups, events);
        }
        return Merge(events);
    }

    private void CodeSentence(Document document, int index, Sentence sentence, List<ActorGroup> groups, List<Event> events)
    {
        var reader = new ClauseReader(document, sentence, groups);
        string sentenceText = document.Slice(sentence.Span);
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (document.Tokens[i].Kind != TokenKind.Word) continue;
            var candidates = lexicon.Candidates(document.TextOf(i));
            if (candidates.Count == 0) continue;
            var match = BestMatch(document, i, sentence, groups, candidates);
            if (match is null) continue;
            var entry = match.Entry;

            ActorGroup? source, target = match.Target;
            bool passive = entry.Head == EntryHead.Verb && reader.IsPassive(i);
            if (entry.Head == EntryHead.Noun) source = NominalSource(document, i, sentence, groups) ?? reader.SubjectOf(i);
            else source = reader.SubjectOf(i);
            if (passive)
            {
                var agent = reader.PassiveAgent(match.End);
                if (agent is not null) { target = source; source = agent; }
                else if (!Symmetric.Contains(entry.Type)) continue;
            }
            if (source is null) continue;
            target ??= entry.HasTargetSlot ? null : reader.ObjectAfter(match.End);
            if (target == source) target = null;

            var mode = reader.ModeOf(i, source.End);
            var claim = reader.ClaimOf(i, source);
            var trigger = TextSpan.FromBounds(document.Tokens[i].Start, document.Tokens[match.End - 1].End);
            bool thirdPartyClaim = claim is { } c && !c.Speaker.Members.Exists(m => source.Members.Exists(x => x.Code == m.Code));

            foreach (var (src, tgt) in Pairs(source, target, entry.Type))
            {
                events.Add(new Event
                {
                    ArticleId = document.Article.Id,
                    SentenceIndex = index,
                    SentenceSpan = sentence.Span,
                    Sentence = sentenceText,
                    Source = src,
                    Target = tgt,
                    Type = entry.Type,
                    Cameo = entry.Cameo,
                    Goldstein = entry.Goldstein,
                    Mode = mode,
                    Claimant = claim?.Speaker.Members[0],
                    Trigger = trigger,
                    LexiconEntry = $"{entry.Pattern} ({entry.Origin})",
                    Date = document.Published is { } p ? PartialDate.From(p) : null,
                    IsThirdPartyClaim = thirdPartyClaim,
                });
            }
            // "Washington and Seoul estimate that Pyongyang has sent munitions to Russia": an accusation by the claimants.
            if (thirdPartyClaim && ClaimedAsAccusation.Contains(entry.Type) && mode is EventMode.Happened or EventMode.Intended)
            {
                foreach (var speaker in claim!.Value.Speaker.Members)
                    foreach (var accused in source.Members)
                    {
                        if (speaker.Code == accused.Code) continue;
                        events.Add(new Event
                        {
                            ArticleId = document.Article.Id,
                            SentenceIndex = index,
                            SentenceSpan = sentence.Span,
                            Sentence = sentenceText,
                            Source = speaker,
                            Target = accused,
                            Type = EventType.Accuse,
                            Cameo = "112",
                            Goldstein = lexicon.TryGetCameo("112", out var g, out _) ? g : -2.0,
                            Trigger = TextSpan.FromBounds(document.Tokens[claim.Value.Verb].Start, document.Tokens[claim.Value.Verb].End),
                            LexiconEntry = $"claim of {entry.Type.ToPlover()} by a third party",
                            Date = document.Published is { } p2 ? PartialDate.From(p2) : null,
                        });
                    }
            }
            i = Math.Max(i, match.End - 1);
        }
    }

    private static PatternMatch? BestMatch(Document document, int i, Sentence sentence, List<ActorGroup> groups, IReadOnlyList<(LexiconEntry Entry, bool IsPlural)> candidates)
    {
        var tag = document.Tags[i];
        PatternMatch? best = null;
        foreach (var (entry, _) in candidates)
        {
            if (entry.Head == EntryHead.Verb && tag is not (PartOfSpeech.Verb or PartOfSpeech.Other)) continue;
            if (entry.Head == EntryHead.Noun && tag is PartOfSpeech.Verb or PartOfSpeech.Other) continue;
            var m = PatternMatcher.Match(document, entry, i, sentence.EndToken, groups);
            if (m is null) continue;
            if (best is null || m.Entry.Elements.Length > best.Entry.Elements.Length) best = m;
        }
        return best;
    }

    // "Putin's visit to Pyongyang", "the China–Russia joint patrol": the actor right before the noun phrase.
    private static ActorGroup? NominalSource(Document document, int noun, Sentence sentence, List<ActorGroup> groups)
    {
        for (int i = noun - 1; i >= sentence.FirstToken && i >= noun - 4; i--)
        {
            var g = groups.Find(x => x.First <= i && i < x.End && !x.IsPlace);
            if (g is not null) return g;
            if (document.Tags[i] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Possessive or PartOfSpeech.Determiner or PartOfSpeech.ProperNoun or PartOfSpeech.Punctuation)) break;
        }
        return null;
    }

    private static IEnumerable<(Actor Source, Actor? Target)> Pairs(ActorGroup source, ActorGroup? target, EventType type)
    {
        if (target is not null)
        {
            foreach (var s in source.Members)
                foreach (var t in target.Members)
                    if (s.Code != t.Code) yield return (s, t);
            yield break;
        }
        // "China and Russia launched a joint patrol": acting together is an event between them.
        if (source.Members.Count > 1 && Symmetric.Contains(type))
        {
            for (int a = 0; a < source.Members.Count; a++)
                for (int b = a + 1; b < source.Members.Count; b++)
                    yield return (source.Members[a], source.Members[b]);
            yield break;
        }
        foreach (var s in source.Members) yield return (s, null);
    }

    // The same act told twice in one article is one event with several mentions.
    private static List<Event> Merge(List<Event> events)
    {
        var merged = new List<Event>(events.Count);
        foreach (var e in events)
        {
            int k = merged.FindIndex(m => SameAct(m, e));
            if (k < 0) merged.Add(e);
            else merged[k] = merged[k] with { Mentions = merged[k].Mentions + (merged[k].SentenceIndex == e.SentenceIndex ? 0 : 1) };
        }
        return merged;
    }

    private static bool SameAct(Event a, Event b)
    {
        if (a.Type != b.Type || a.Source.Code != b.Source.Code || a.Target?.Code != b.Target?.Code || a.Mode != b.Mode) return false;
        if (a.SentenceIndex == b.SentenceIndex) return true;
        return HeadOf(a.LexiconEntry) == HeadOf(b.LexiconEntry);
    }

    private static string HeadOf(string entry)
    {
        int space = entry.IndexOf(' ');
        return space < 0 ? entry : entry[..space];
    }
}
