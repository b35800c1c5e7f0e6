using Xunit;
using Entente.Articles;

namespace Entente.Tests.Articles;

public class InputValidationTests
{
    private static InputException Fails(Func<object?> action)
    {
        var e = Assert.Throws<InputException>(() => action());
        Assert.DoesNotContain('\n', e.Message);
        return e;
    }

    private static InputException FailsReading(string path) => Fails(() => ArticleReader.Read(path).ToList());

    [Fact]
    public void Missing_path_is_reported_by_expand_and_read()
    {
        using var tmp = new TempFolder();
        string missing = Path.Combine(tmp.Path, "nope.txt");
        var e = Fails(() => ArticleReader.ExpandInputs([missing]));
        Assert.Equal($"{missing}: no such file or folder", e.Message);
        Assert.Equal(missing, e.Input);
        Assert.Equal($"{missing}: no such file or folder", Fails(() => ArticleReader.Read(missing)).Message);
    }

    [Fact]
    public void Empty_folder_and_folder_of_non_articles_are_reported()
    {
        using var tmp = new TempFolder();
        string empty = tmp.Folder("empty");
        Assert.Equal($"{empty}: folder holds no article files", Fails(() => ArticleReader.ExpandInputs([empty])).Message);
        tmp.WriteBytes("junk/pic.png", [1, 2, 3]);
        tmp.Write("junk/.hidden.txt", "Hidden text.");
        Assert.StartsWith(Path.Combine(tmp.Path, "junk"), Fails(() => ArticleReader.ExpandInputs([Path.Combine(tmp.Path, "junk")])).Message);
    }

    [Fact]
    public void Empty_file_is_reported()
    {
        using var tmp = new TempFolder();
        Assert.Equal($"{tmp.Write("e.txt", "")}: file is empty", FailsReading(Path.Combine(tmp.Path, "e.txt")).Message);
        Assert.EndsWith(": file is empty", FailsReading(tmp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF])).Message);
        Assert.EndsWith(": file is empty", FailsReading(tmp.Write("ws.html", " \n\t\n")).Message);
        Assert.EndsWith(": file is empty", FailsReading(tmp.Write("e.jsonl", "")).Message);
        Assert.EndsWith(": file is empty", FailsReading(tmp.Write("blank.jsonl", "\n\n  \n")).Message);
        Assert.Equal("-: standard input is empty", Fails(() => ArticleReader.Read("-", new StringReader("  \n")).ToList()).Message);
    }

    [Fact]
    public void Binary_file_is_reported()
    {
        using var tmp = new TempFolder();
        byte[] nul = [.. "Some text"u8.ToArray(), 0, .. "more"u8.ToArray()];
        Assert.EndsWith(": binary file, not text", FailsReading(tmp.WriteBytes("a.txt", nul)).Message);
        byte[] controls = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        Assert.EndsWith(": binary file, not text", FailsReading(tmp.WriteBytes("b.bin", controls)).Message);
        Assert.EndsWith(": binary file, not text", FailsReading(tmp.WriteBytes("c.jsonl", nul)).Message);
        Assert.EndsWith(": binary file, not text", Fails(() => ArticleReader.Read("-", new StringReader("ab\0cd")).ToList()).Message);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_and_offset()
    {
        using var tmp = new TempFolder();
        string path = tmp.WriteBytes("latin1.txt", [.. "Caf"u8.ToArray(), 0xE9, .. " noir"u8.ToArray()]);
        Assert.Equal($"{path}: not valid UTF-8 (byte 0xE9 at offset 3)", FailsReading(path).Message);
        string bom = tmp.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF]);
        Assert.Equal($"{bom}: not valid UTF-8 (byte 0xFF at offset 4)", FailsReading(bom).Message);
        string utf16 = tmp.WriteBytes("u16.txt", [0xFF, 0xFE, (byte)'a', 0]);
        Assert.StartsWith($"{utf16}: not valid UTF-8 (byte 0xFF at offset 0)", FailsReading(utf16).Message);
        string jsonl = tmp.WriteBytes("d.jsonl", [.. "{\"text\":\"ok\"}\n{\"text\":\"b"u8.ToArray(), 0xC3, (byte)'"', (byte)'}']);
        Assert.Equal($"{jsonl}:2: not valid UTF-8 (byte 0xC3 at offset 24)", FailsReading(jsonl).Message);
    }

    [Fact]
    public void Malformed_feed_is_reported()
    {
        using var tmp = new TempFolder();
        Assert.StartsWith($"{tmp.Write("bad.xml", "<rss><channel><item><title>x</channel></rss>")}: malformed RSS/Atom: ",
            FailsReading(Path.Combine(tmp.Path, "bad.xml")).Message);
        Assert.Contains("malformed RSS/Atom: root element <catalog>", FailsReading(tmp.Write("other.xml", "<catalog><book/></catalog>")).Message);
        Assert.EndsWith(": feed has no items", FailsReading(tmp.Write("none.rss", "<rss><channel><title>t</title></channel></rss>")).Message);
    }

    [Fact]
    public void Malformed_jsonl_line_names_file_and_line()
    {
        using var tmp = new TempFolder();
        string path = tmp.Write("bad.jsonl", "{\"text\":\"fine.\"}\n{\"text\": oops}\n");
        var e = FailsReading(path);
        Assert.StartsWith($"{path}:2: malformed JSON line", e.Message);
        Assert.Equal($"{path}:2", e.Input);
        string array = tmp.Write("arr.jsonl", "[1,2]");
        Assert.Equal($"{array}:1: malformed JSON line: expected an object", FailsReading(array).Message);
        Assert.Equal($"{Path.Combine(tmp.Path, "nt.jsonl")}:1: record has no \"text\" string", FailsReading(tmp.Write("nt.jsonl", "{\"id\":\"x\"}")).Message);
    }

    [Fact]
    public void Jsonl_records_before_a_bad_line_are_still_produced()
    {
        using var tmp = new TempFolder();
        string path = tmp.Write("half.jsonl", "{\"text\":\"fine.\"}\nnot json\n");
        using var e = ArticleReader.Read(path).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.Equal("fine.", e.Current.Text);
        Assert.Throws<InputException>(() => e.MoveNext());
    }

    [Fact]
    public void Too_large_file_is_refused_before_reading()
    {
        using var tmp = new TempFolder();
        string path = Path.Combine(tmp.Path, "huge.txt");
        using (var fs = File.Create(path)) fs.SetLength(InputDecoder.MaxArticleFileBytes + 1);
        Assert.Equal($"{path}: file too large (64 MB; limit 64 MB)", FailsReading(path).Message);
    }

    [Fact]
    public void Expand_skips_hidden_and_non_article_files_in_folders_but_keeps_named_files()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/b.txt", "B.");
        tmp.Write("in/a.html", "<p>A.</p>");
        tmp.Write("in/sub/c.jsonl", "{\"text\":\"C.\"}");
        tmp.Write("in/sub/d.rss", "<rss/>");
        tmp.Write("in/.hidden.txt", "Hidden.");
        tmp.Write("in/.git/e.txt", "Hidden folder.");
        tmp.WriteBytes("in/f.png", [1]);
        tmp.WriteBytes("in/g.db", [1]);
        tmp.WriteBytes("in/h.zip", [1]);
        tmp.Write("in/i.json", "{}");
        string named = tmp.Write("other/named.gz", "x");
        string input = Path.Combine(tmp.Path, "in");

        var files = ArticleReader.ExpandInputs([input, named, "-", Path.Combine(input, "b.txt")]);
        Assert.Equal(
            [Path.Combine(input, "a.html"), Path.Combine(input, "b.txt"), Path.Combine(input, "sub", "c.jsonl"), Path.Combine(input, "sub", "d.rss"), named, "-"],
            files);
    }

    [Fact]
    public void Reading_a_folder_reads_its_article_files()
    {
        using var tmp = new TempFolder();
        tmp.Write("in/a.txt", "Alpha story.");
        tmp.Write("in/b.txt", "Beta story.");
        Assert.Equal(["in/a.txt", "in/b.txt"], ArticleReader.Read(Path.Combine(tmp.Path, "in")).Select(a => a.Id[^8..]));
    }
}
