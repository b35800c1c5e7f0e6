using System.Collections.Frozen;
using Entente.Actors;
using Entente.Events;
using Entente.Language;
using Entente.Language.Syntax;

namespace Entente.Pipeline;

/// <summary>
/// Tokens, sentences and the publication date found in the text when the article has none. A capitalised word glued to
/// one of <paramref name="nameWords"/> (one-word names of states and capitals: "RussiaDate") is split there (see
/// <see cref="GluedWords"/>).
/// </summary>
internal sealed class TokenStage(IEnumerable<string>? nameWords = null) : IDocumentStage
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _names =
        (nameWords ?? []).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "tokens";

    public void Process(Document document)
    {
        document.Published ??= PublicationDate.Find(document.Text);
        var tokens = GluedWords.Split(document.Text, Tokenizer.Tokenize(document.Text), _names);
        document.SetTokens(tokens);
        // A run-on line is cut into bounded sentences so every later stage stays linear.
        document.SetSentences(SentenceCap.Apply(SentenceSplitter.Split(document.Text, tokens), document.Text, tokens));
    }
}

/// <summary>Part-of-speech tags, lemmas and dependency trees from the trained models.</summary>
internal sealed class SyntaxStage(SyntaxAnnotator annotator) : IDocumentStage
{
    public string Name => "syntax";

    public void Process(Document document) => annotator.Process(document);
}

/// <summary>Date expressions and the dates they stand for.</summary>
internal sealed class DateStage : IDocumentStage
{
    public string Name => "dates";

    public void Process(Document document) => document.SetDates(DateFinder.Find(document));
}

/// <summary>Names, people, quotations and references resolved to actor codes.</summary>
internal sealed class ActorStage(ActorResolver resolver) : IDocumentStage
{
    public string Name => "actors";

    public void Process(Document document) => resolver.Process(document);
}

/// <summary>Noun-phrase and verb-group chunks (not in the default pipeline: nothing downstream needs them).</summary>
internal sealed class ChunkStage : IDocumentStage
{
    public string Name => "chunks";

    public void Process(Document document) => document.SetChunks(Chunker.Chunk(document));
}

/// <summary>One event per act however often the article tells it (<see cref="EventCoreference"/>).</summary>
internal sealed class CoreferenceStage : IEventStage
{
    public string Name => "coreference";

    public List<Event> Process(Document document, List<Event> events) => EventCoreference.Resolve(document, events);
}
