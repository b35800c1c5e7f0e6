using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Entente.Articles;

/// <summary>
/// Reads articles from inputs: plain-text, HTML, RSS/Atom and JSONL files, folders (recursively) and "-" for standard input.
/// The format comes from the file extension, or from the content for "-" and unknown extensions.
/// </summary>
public static class ArticleReader
{
    /// <summary>
    /// Expands the user's inputs into the concrete files (or "-") to read, in a stable order, without duplicates.
    /// Folders are searched recursively; inside them hidden files and folders and files without an article extension
    /// (.txt .text .md .html .htm .xml .rss .atom .jsonl .ndjson) are skipped, while an explicitly named file is always kept.
    /// Links are followed to their real paths: a folder already visited (a symlink loop) and a file already listed are
    /// skipped and passed to <paramref name="skipped"/> when given.
    /// Throws <see cref="InputException"/> for a missing path or a folder with no article files.
    /// </summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs, Action<InputException>? skipped = null)
    {
        var files = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal); // real path → the path it was first listed as
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                if (seen.TryAdd(input, input)) files.Add(input);
                continue;
            }
            if (Directory.Exists(input))
            {
                var found = new List<string>();
                Collect(input, RealPath(input), found, new HashSet<string>(StringComparer.Ordinal), skipped);
                if (found.Count == 0) throw new InputException(input, "folder holds no article files");
                found.Sort(StringComparer.Ordinal);
                foreach (var f in found) Add(f);
            }
            else if (File.Exists(input)) Add(input);
            else throw new InputException(input, "no such file or folder");
        }
        return files;

        void Add(string file)
        {
            string real = RealPath(file);
            if (seen.TryAdd(real, file)) files.Add(file);
            else if (seen[real] != file && Path.GetFullPath(seen[real]) != Path.GetFullPath(file))
                skipped?.Invoke(new InputException(file, $"skipped: the same file as {seen[real]}"));
        }
    }

    /// <summary>
    /// The name an input's articles carry and their identity in a store: the file's path relative to the folder Entente
    /// runs in (the input root) when it lies inside it, else its full path, with '/' separators ("news/a/story.txt",
    /// "/data/corpus/story.txt"); "stdin" for "-". Two different files never share it, as the bare file name could.
    /// </summary>
    public static string SourceId(string path)
    {
        if (path == "-") return "stdin";
        string full = Path.GetFullPath(path);
        string id = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        if (id == ".." || id.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(id)) id = full;
        return Path.DirectorySeparatorChar == '/' ? id : id.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// Reads the articles of one file (or "-" for <paramref name="stdin"/>, defaulting to the console), detecting its format.
    /// Throws <see cref="InputException"/> when the input cannot be read: missing, empty, binary, not UTF-8, too large,
    /// malformed feed or JSONL line, no article text. Missing inputs fail at once; JSONL files are streamed and may fail
    /// while enumerating. Each article's <see cref="Article.Offsets"/> map into the text the reader cleaned: the decoded
    /// file for plain text, the extracted text for HTML and feed items, the "text" field for JSONL records.
    /// </summary>
    public static IEnumerable<Article> Read(string path, TextReader? stdin = null) => Read(path, stdin, null, null);

    /// <summary>
    /// Reads the articles of one file as <see cref="Read(string, TextReader?)"/> does. Standard input is read from
    /// <paramref name="stdinBytes"/> when given, with the same size, binary and strict UTF-8 checks as a file (a JSONL dump
    /// is streamed), else from <paramref name="stdin"/>. A JSONL line that cannot be read is passed to
    /// <paramref name="skipped"/> when given, and reading goes on; without it, it is thrown.
    /// </summary>
    public static IEnumerable<Article> Read(string path, TextReader? stdin, Stream? stdinBytes, Action<InputException>? skipped)
    {
        if (path == "-")
        {
            if (stdinBytes is null)
            {
                string text = (stdin ?? Console.In).ReadToEnd();
                if (text.Length > InputDecoder.MaxArticleFileBytes)
                    throw new InputException("-", $"input too large (over {InputDecoder.MaxArticleFileBytes / (1024 * 1024)} MB); save it to a file (a JSONL dump is streamed)");
                return ReadText(text, "-", skipped);
            }
            var buffered = stdinBytes as BufferedStream ?? new BufferedStream(stdinBytes, 64 * 1024);
            if (StartsWithJsonObject(buffered, out var head)) return JsonlArticleReader.ReadStream(new ConcatStream(head, buffered), "-", skipped);
            return ReadText(InputDecoder.ReadStream(new ConcatStream(head, buffered), "-"), "-", skipped);
        }
        if (Directory.Exists(path)) return ExpandInputs([path], skipped).SelectMany(f => Read(f, null, null, skipped));
        if (!File.Exists(path)) throw new InputException(path, "no such file or folder");

        if (FormatDetector.FromExtension(path) == InputFormat.Jsonl) return JsonlArticleReader.ReadFile(path, skipped);
        string decoded = InputDecoder.ReadFile(path);
        if (FormatDetector.Detect(path, decoded) == InputFormat.Jsonl) return JsonlArticleReader.Read(new StringReader(decoded), path, skipped);
        return Dispatch(FormatDetector.Detect(path, decoded), decoded, path);
    }

    /// <summary>
    /// Reads articles from already-decoded <paramref name="text"/> named <paramref name="origin"/> ("-" for standard input),
    /// sniffing the format from the content.
    /// </summary>
    public static IReadOnlyList<Article> ReadText(string text, string origin) => ReadText(text, origin, null).ToList();

    private static IEnumerable<Article> ReadText(string text, string origin, Action<InputException>? skipped)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InputException(origin, origin == "-" ? "standard input is empty" : "file is empty");
        InputDecoder.CheckNotBinary(text.AsSpan(), origin);
        if (text[0] == '\uFEFF') text = text[1..];
        var format = origin == "-" ? FormatDetector.Sniff(text) : FormatDetector.Detect(origin, text);
        if (format == InputFormat.Jsonl) return JsonlArticleReader.Read(new StringReader(text), origin, skipped);
        return Dispatch(format, text, origin);
    }

    private static IReadOnlyList<Article> Dispatch(InputFormat format, string text, string origin)
    {
        string id = SourceId(origin);
        // Cleaning never halves a text: one far over the article limit is refused before it is cleaned (memory).
        if (format == InputFormat.Text && text.Length > 2L * InputDecoder.MaxArticleChars)
            throw new InputException(origin, $"article text too long ({text.Length / (1024 * 1024)} M characters; limit {InputDecoder.MaxArticleChars / (1024 * 1024)} M): split it into articles");
        var articles = format switch
        {
            InputFormat.Html => [HtmlArticleReader.Read(text, id, origin)],
            InputFormat.Feed => FeedArticleReader.Read(text, origin),
            _ => [PlainTextArticleReader.Read(text, id, origin)],
        };
        foreach (var a in articles) InputDecoder.CheckLength(a, origin);
        if (format is InputFormat.Html or InputFormat.Text && string.IsNullOrWhiteSpace(articles[0].Text))
            throw new InputException(origin, format == InputFormat.Html ? "page holds no article text" : "file holds no article text");
        // Standard input has no path: its articles are told apart by their text.
        if (origin == "-" && format != InputFormat.Feed)
            return [.. articles.Select(a => a with { Key = "stdin@" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(a.Text)))[..16] })];
        return articles;
    }

    private static void Collect(string folder, string real, List<string> found, HashSet<string> visited, Action<InputException>? skipped)
    {
        if (!visited.Add(real))
        {
            skipped?.Invoke(new InputException(folder, $"skipped: a link back to {real} (a loop or a folder already read)"));
            return;
        }
        string[] files, folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(folder, "cannot read folder: " + InputDecoder.OneLine(e.Message), e);
        }
        foreach (var file in files)
        {
            if (!IsHidden(file) && FormatDetector.IsArticleExtension(file)) found.Add(file);
        }
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var sub in folders)
        {
            if (IsHidden(sub)) continue;
            bool link;
            try { link = new DirectoryInfo(sub).LinkTarget is not null; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { link = false; }
            Collect(sub, link ? RealPath(sub) : Path.Combine(real, Path.GetFileName(sub)), found, visited, skipped);
        }
    }

    /// <summary>The path with every link resolved (the file system's real path), or its full path when that fails.</summary>
    public static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return full;
        try
        {
            IntPtr resolved = realpath(full, IntPtr.Zero);
            if (resolved == IntPtr.Zero) return full;
            try { return Marshal.PtrToStringUTF8(resolved) ?? full; }
            finally { free(resolved); }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return full;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    private static bool IsHidden(string path)
    {
        if (Path.GetFileName(path).StartsWith('.')) return true;
        try { return (File.GetAttributes(path) & FileAttributes.Hidden) != 0; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    // Peeks at the first non-blank bytes of standard input: a JSONL dump starts with '{'.
    private static bool StartsWithJsonObject(Stream stream, out byte[] head)
    {
        var buffer = new byte[4096];
        int n = 0, r;
        while (n < buffer.Length && (r = stream.Read(buffer, n, buffer.Length - n)) > 0) n += r;
        head = buffer[..n];
        int i = n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        while (i < n && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i < n && head[i] == (byte)'{';
    }

    // The bytes already peeked, then the rest of the stream.
    private sealed class ConcatStream(byte[] head, Stream rest) : Stream
    {
        private int _at;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_at < head.Length)
            {
                int n = Math.Min(count, head.Length - _at);
                Array.Copy(head, _at, buffer, offset, n);
                _at += n;
                return n;
            }
            return rest.Read(buffer, offset, count);
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
