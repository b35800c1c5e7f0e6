using Entente.Articles;
using Entente.Language;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Language;

public class ChunkerTests
{
    private static List<(ChunkKind Kind, string Text)> Chunks(string text)
    {
        var doc = Chunked(text);
        var list = new List<(ChunkKind, string)>();
        foreach (var c in doc.Chunks) list.Add((c.Kind, doc.SliceTokens(c.FirstToken, c.EndToken)));
        return list;
    }

    // The chunk stage is not in the default pipeline (nothing downstream reads chunks): run it here.
    private static Document Chunked(string text)
    {
        var doc = SharedPipeline.Instance.ReadLanguage(new Article("c.txt", text));
        new Entente.Pipeline.ChunkStage().Process(doc);
        return doc;
    }

    [Fact]
    public void Noun_phrases_and_verb_groups()
    {
        var chunks = Chunks("The defence minister of the Republic of Korea will not sign the new agreement.");
        Assert.Contains((ChunkKind.NounPhrase, "The defence minister of the Republic of Korea"), chunks);
        Assert.Contains((ChunkKind.VerbGroup, "will not sign"), chunks);
        Assert.Contains((ChunkKind.NounPhrase, "the new agreement"), chunks);
    }

    [Fact]
    public void The_head_of_a_noun_phrase_is_its_last_noun()
    {
        var doc = Chunked("Chinese military aircraft entered the zone.");
        var np = doc.Chunks[0];
        Assert.Equal(ChunkKind.NounPhrase, np.Kind);
        Assert.Equal("aircraft", doc.TextOf(np.Head).ToString());
    }
}
