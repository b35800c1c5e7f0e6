using Entente.Language.Syntax;
using Xunit;

namespace Entente.Tests.Language.Syntax;

public class WordClassTableTests
{
    private static TreebankSentence Sentence(params (string Word, string Upos)[] words) => new(
        words.Select(w => w.Word).ToArray(), words.Select(w => w.Word).ToArray(), words.Select(w => w.Upos).ToArray(),
        words.Select(_ => "_").ToArray(), words.Select(_ => 0).ToArray(), words.Select(_ => "dep").ToArray());

    private static WordClassTable TableOf(List<TreebankSentence> train) => WordClassTable.Of(train, train.Select(s => s.WordInfos()).ToArray());

    private static List<TreebankSentence> Train() =>
    [
        // "reports" is a noun and a verb; "talks" too; "cars" only a noun; "rare" is seen twice, too seldom for a class.
        Sentence(("reports", "NOUN"), ("talks", "VERB"), ("cars", "NOUN"), ("rare", "ADJ")),
        Sentence(("Reports", "VERB"), ("talks", "NOUN"), ("cars", "NOUN"), ("rare", "ADJ")),
        Sentence(("reports", "NOUN"), ("talks", "NOUN"), ("cars", "NOUN")),
    ];

    [Fact]
    public void Words_seen_with_the_same_tags_share_a_class_and_others_differ()
    {
        var table = TableOf(Train());
        ulong reports = table.ClassOf(WordInfo.Of("reports")), talks = table.ClassOf(WordInfo.Of("talks")), cars = table.ClassOf(WordInfo.Of("cars"));
        Assert.Equal(3, table.Count);
        Assert.Equal(reports, talks);
        Assert.NotEqual(reports, cars);
        // Looked up by lower case.
        Assert.Equal(reports, table.ClassOf(WordInfo.Of("REPORTS")));
    }

    [Fact]
    public void A_word_seen_too_seldom_or_never_has_its_shape()
    {
        var table = TableOf(Train());
        Assert.Equal(table.ClassOf(WordInfo.Of("rare")), table.ClassOf(WordInfo.Of("bold")));
        Assert.NotEqual(table.ClassOf(WordInfo.Of("rare")), table.ClassOf(WordInfo.Of("Bold")));
        Assert.NotEqual(table.ClassOf(WordInfo.Of("rare")), table.ClassOf(WordInfo.Of("cars")));
    }

    [Fact]
    public void A_written_table_reads_back_the_same_and_a_parser_file_without_one_reads_as_empty()
    {
        var table = TableOf(Train());
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) table.Write(writer);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = WordClassTable.Read(reader);
        Assert.Equal(table.Count, read.Count);
        foreach (var word in new[] { "reports", "talks", "cars", "rare", "unseen" })
            Assert.Equal(table.ClassOf(WordInfo.Of(word)), read.ClassOf(WordInfo.Of(word)));
        // Nothing left: a model written before word classes ends here.
        Assert.Equal(0, WordClassTable.Read(reader).Count);
    }
}
