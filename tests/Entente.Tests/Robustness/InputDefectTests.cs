using System.Diagnostics;
using System.Text;
using Entente.Articles;
using Entente.Cli;
using Entente.Tests.Articles;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Robustness;

/// <summary>Issue 17: inputs a crawler meets, each built here (never article text), and what Entente must do with them.</summary>
public class InputDefectTests
{
    internal static CliRun RunWithBytes(byte[] stdin, params string[] args)
    {
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int code = Program.Run(args, new MemoryStream(stdin), stdout, stderr);
        return new CliRun(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private static long Count(string db, string table)
    {
        using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False;Mode=ReadOnly");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }

    // Ingests the inputs into db and checks the summary line, the exit code and the number of stored articles.
    private static void AssertIngest(string db, string summary, long articles, params string[] inputs)
    {
        var run = CliRunner.Run(["ingest", .. inputs, "--db", db]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains(summary, run.Stderr);
        Assert.Equal(articles, Count(db, "articles"));
    }

    [Fact]
    public void Two_files_with_the_same_name_in_different_folders_are_two_articles()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a/news.txt", "France accused Germany of espionage.");
        var b = temp.Write("b/news.txt", "Japan met China in Tokyo.");
        var db = Path.Combine(temp.Path, "x.db");
        AssertIngest(db, "2 articles added, 0 replaced, 0 unchanged", 2, a, b);
        // A true re-ingest, by files or by their folder, is idempotent.
        AssertIngest(db, "0 articles added, 0 replaced, 2 unchanged", 2, a, b);
        AssertIngest(db, "0 articles added, 0 replaced, 2 unchanged", 2, temp.Path);
        Assert.NotEqual(ArticleReader.SourceId(a), ArticleReader.SourceId(b));
    }

    [Fact]
    public void A_changed_file_is_replaced_and_counted_as_replaced()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a/news.txt", "France accused Germany of espionage.");
        var db = Path.Combine(temp.Path, "x.db");
        CliRunner.Run("ingest", a, "--db", db);
        File.WriteAllText(a, "France praised Germany.");
        Assert.Contains("0 articles added, 1 replaced, 0 unchanged", CliRunner.Run("ingest", a, "--db", db).Stderr);
        Assert.Equal(1, Count(db, "articles"));
    }

    [Fact]
    public void Duplicate_ids_in_a_dump_keep_both_texts_and_the_same_id_in_two_dumps_is_two_articles()
    {
        using var temp = new TempFolder();
        string Dump(string name) => temp.Write(name,
            "{\"id\":\"7\",\"text\":\"France accused Germany of espionage.\"}\n{\"id\":\"7\",\"text\":\"Japan met China in Tokyo.\"}\n{\"id\":\"7\",\"text\":\"France accused Germany of espionage.\"}\n");
        var one = Dump("one.jsonl");
        var two = Dump("sub/two.jsonl");
        var db = Path.Combine(temp.Path, "x.db");
        // Per dump: two different texts under id 7 (both kept), and a true repeat (unchanged).
        AssertIngest(db, "4 articles added, 0 replaced, 2 unchanged", 4, one, two);
        AssertIngest(db, "0 articles added, 0 replaced, 6 unchanged", 4, one, two);
        var keys = ArticleReader.Read(one).Select(a => a.Key).ToList();
        Assert.Equal(keys[0], keys[2]);
        Assert.NotEqual(keys[0], keys[1]);
        Assert.All(ArticleReader.Read(one), a => Assert.Equal("7", a.Id));
    }

    [Fact]
    public void Jsonl_skips_every_bad_line_with_its_number_stores_the_rest_and_exits_nonzero()
    {
        using var temp = new TempFolder();
        var lines = new List<string>();
        for (int i = 1; i <= 40; i++)
            lines.Add(i % 10 == 3 ? "{\"text\": broken" : i % 10 == 7 ? "{\"id\":\"e\",\"text\":\"   \"}" : $"{{\"id\":\"r{i}\",\"text\":\"France accused Germany of spying, report {i}.\"}}");
        var dump = temp.Write("d.jsonl", string.Join("\n", lines) + "\n");
        var db = Path.Combine(temp.Path, "x.db");
        var run = CliRunner.Run("ingest", dump, "--db", db);
        Assert.Equal(1, run.ExitCode);
        foreach (int n in new[] { 3, 13, 23, 33 }) Assert.Contains($"d.jsonl:{n}: malformed JSON line", run.Stderr);
        foreach (int n in new[] { 7, 17, 27, 37 }) Assert.Contains($"d.jsonl:{n}: record has no text", run.Stderr);
        Assert.Equal(32, Count(db, "articles"));
        Assert.DoesNotContain("LineNumber", run.Stderr);
    }

    [Fact]
    public void Jsonl_is_streamed_record_by_record()
    {
        // An endless dump: reading must hand out records as it goes, never holding the whole input.
        var articles = JsonlArticleReader.ReadStream(new EndlessDump(), "endless.jsonl", _ => { }).Take(20_000).ToList();
        Assert.Equal(20_000, articles.Count);
        Assert.Equal("r19999", articles[^1].Id);
    }

    [Fact]
    public void A_line_over_the_limit_is_skipped_without_being_held()
    {
        var skipped = new List<InputException>();
        var stream = new EndlessDump(longLineAt: 2, longLineBytes: JsonlArticleReader.MaxLineBytes + 10);
        var articles = JsonlArticleReader.ReadStream(stream, "long.jsonl", skipped.Add).Take(4).ToList();
        Assert.Equal(["r0", "r1", "r3", "r4"], articles.Select(a => a.Id));
        Assert.Equal("long.jsonl:3: line too long (over 64 MB)", Assert.Single(skipped).Message);
    }

    [Fact]
    public void Utf16_jsonl_is_called_utf16_not_binary()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("u.jsonl", Encoding.Unicode.GetBytes("{\"text\":\"France accused Germany.\"}\n"));
        var run = CliRunner.Run("extract", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("UTF-16", run.Stderr);
        Assert.DoesNotContain("binary", run.Stderr);
        var bom = temp.WriteBytes("b.jsonl", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{\"text\":\"x\"}")]);
        Assert.Contains("UTF-16", CliRunner.Run("extract", bom).Stderr);
    }

    [Fact]
    public void A_feed_with_a_dtd_says_dtds_are_refused()
    {
        using var temp = new TempFolder();
        var path = temp.Write("f.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x \"boom\">]><rss><channel><item><title>&x;</title><description>France accused Germany.</description></item></channel></rss>");
        var run = CliRunner.Run("extract", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DTDs are refused", run.Stderr);
        Assert.DoesNotContain("undeclared", run.Stderr);
    }

    [Fact]
    public void A_page_or_file_with_no_text_is_skipped_with_a_warning_not_stored_empty()
    {
        using var temp = new TempFolder();
        var page = temp.Write("empty.html", "<html><head><title></title><script>var x = 1;</script></head><body><nav>Home</nav></body></html>");
        var db = Path.Combine(temp.Path, "x.db");
        var run = CliRunner.Run("ingest", page, "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.html: page holds no article text", run.Stderr);
        Assert.Equal(0, Count(db, "articles"));
    }

    [Fact]
    public void Deeply_nested_html_is_refused_quickly_with_a_clear_error()
    {
        using var temp = new TempFolder();
        var deep = new StringBuilder("<html><body>");
        for (int i = 0; i < 300_000; i++) deep.Append("<div>");
        deep.Append("France accused Germany.");
        var path = temp.Write("deep.html", deep.ToString());
        var watch = Stopwatch.StartNew();
        var run = CliRunner.Run("extract", path);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("deep.html: HTML nested too deeply", run.Stderr);
        // Ordinary nesting is still read.
        var ok = temp.Write("ok.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200)) + "<p>France accused Germany of espionage.</p></body></html>");
        Assert.Equal(0, CliRunner.Run("extract", ok).ExitCode);
        // Inside a feed too.
        var feed = temp.Write("deep.rss", "<rss><channel><item><description>" + string.Concat(Enumerable.Repeat("&lt;div&gt;", 5_000)) + "x</description></item>" + string.Concat(Enumerable.Repeat("<a>", 5_000)) + "</channel></rss>");
        Assert.Equal(1, CliRunner.Run("extract", feed).ExitCode);
    }

    [Fact]
    public void Symlink_loops_end_and_each_file_is_read_once()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        temp.Write("root/a/story.txt", "France accused Germany of espionage.");
        temp.Write("root/b/other.txt", "Japan met China in Tokyo.");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "root", "a", "loop"), Path.Combine(temp.Path, "root"));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "root", "b", "again"), Path.Combine(temp.Path, "root", "a"));
        File.CreateSymbolicLink(Path.Combine(temp.Path, "root", "b", "same.txt"), Path.Combine(temp.Path, "root", "a", "story.txt"));
        var watch = Stopwatch.StartNew();
        var run = CliRunner.Run("extract", Path.Combine(temp.Path, "root"), "--events-only");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("article").GetString()).Distinct().Count());
        Assert.Contains("warning:", run.Stderr);
        Assert.Contains("skipped", run.Stderr);
    }

    [Fact]
    public void Standard_input_gets_the_same_checks_as_a_file()
    {
        var latin1 = RunWithBytes([.. "France accused Germany of espionage "u8.ToArray(), 0xE9, .. " today."u8.ToArray()], "extract", "-");
        Assert.Equal(1, latin1.ExitCode);
        Assert.Contains("-: not valid UTF-8 (byte 0xE9 at offset 36)", latin1.Stderr);
        Assert.Contains("binary", RunWithBytes([0x89, 0x50, 0, 0, 1, 2, 3], "extract", "-").Stderr);
        var ok = RunWithBytes("France accused Germany of espionage."u8.ToArray(), "extract", "-", "--events-only");
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("\"ACCUSE\"", ok.Stdout);
        var dump = RunWithBytes("{\"id\":\"1\",\"text\":\"France accused Germany of espionage.\"}\nbad\n"u8.ToArray(), "extract", "-", "--events-only");
        Assert.Equal(1, dump.ExitCode);
        Assert.Contains("-:2: malformed JSON line", dump.Stderr);
        Assert.Contains("\"ACCUSE\"", dump.Stdout);
    }

    [Fact]
    public void Standard_input_over_the_size_limit_is_refused_without_holding_it()
    {
        var huge = new EndlessText(InputDecoder.MaxArticleFileBytes + 1024);
        using var stdout = new MemoryStream();
        var stderr = new StringWriter();
        int code = Program.Run(["extract", "-"], huge, stdout, stderr);
        Assert.Equal(1, code);
        Assert.Contains("-: input too large", stderr.ToString());
    }

    [Fact]
    public void An_article_longer_than_the_limit_is_refused_with_a_clear_error()
    {
        using var temp = new TempFolder();
        var path = temp.Write("long.txt", Generated.RunOnLine(InputDecoder.MaxArticleChars + 1000));
        var e = Assert.Throws<InputException>(() => ArticleReader.Read(path).ToList());
        Assert.Contains("article text too long", e.Message);
        Assert.StartsWith(path, e.Message);
    }

    [Fact]
    public void Standard_input_articles_are_told_apart_by_their_text()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "x.db");
        Assert.Contains("1 articles added", RunWithBytes("France accused Germany."u8.ToArray(), "ingest", "-", "--db", db).Stderr);
        Assert.Contains("1 articles added", RunWithBytes("Japan met China."u8.ToArray(), "ingest", "-", "--db", db).Stderr);
        Assert.Contains("1 unchanged", RunWithBytes("Japan met China."u8.ToArray(), "ingest", "-", "--db", db).Stderr);
    }

    /// <summary>JSONL records without end, made on the fly; one line can be made longer than the line limit.</summary>
    private sealed class EndlessDump(int longLineAt = -1, long longLineBytes = 0) : GeneratedStream
    {
        private byte[] _line = [];
        private int _at;
        private long _longLeft;
        private int _n;
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_longLeft > 0)
            {
                int k = (int)Math.Min(count, _longLeft);
                buffer.AsSpan(offset, k).Fill((byte)'x');
                _longLeft -= k;
                if (_longLeft == 0) { buffer[offset + k - 1] = (byte)'\n'; }
                return k;
            }
            if (_at == _line.Length)
            {
                if (_n == longLineAt) { _n++; _longLeft = longLineBytes; return Read(buffer, offset, count); }
                _line = Encoding.UTF8.GetBytes($"{{\"id\":\"r{_n}\",\"text\":\"France accused Germany of espionage, report {_n}.\"}}\n");
                _n++;
                _at = 0;
            }
            int n = Math.Min(count, _line.Length - _at);
            Array.Copy(_line, _at, buffer, offset, n);
            _at += n;
            return n;
        }
    }

    /// <summary>Plain text of a given size, made on the fly.</summary>
    private sealed class EndlessText(long size) : GeneratedStream
    {
        private long _left = size;
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, _left);
            for (int i = 0; i < n; i++) buffer[offset + i] = (byte)(i % 64 == 63 ? '\n' : 'a');
            _left -= n;
            return n;
        }
    }

    /// <summary>A read-only stream whose bytes are made as they are read.</summary>
    private abstract class GeneratedStream : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
