using System.Text.Json;

namespace Entente.Articles;

/// <summary>
/// Reads JSON Lines dumps, one record per line: {"id","url","title","published","source","text"}.
/// Dumps are streamed line by line, never held whole. A line that cannot be read (malformed JSON, no "text" string, empty
/// text, invalid UTF-8, longer than <see cref="MaxLineBytes"/>) fails as "file:line": with a <c>skipped</c> callback it is
/// reported there and reading goes on with the next line; without one it is thrown.
/// A record's <see cref="Article.Id"/> is its "id" (else "&lt;file&gt;#&lt;line&gt;"); its <see cref="Article.Key"/> scopes that id
/// by the dump, and a repeated id with another text gets "@" and a hash of the text, so both records are kept.
/// </summary>
internal static class JsonlArticleReader
{
    /// <summary>Longest line accepted: 64 MB.</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    /// <summary>Streams the records of the file at <paramref name="path"/>, validating UTF-8 line by line.</summary>
    public static IEnumerable<Article> ReadFile(string path, Action<InputException>? skipped = null)
    {
        long length;
        try { length = new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new InputException(path, "cannot read: " + InputDecoder.OneLine(e.Message), e); }
        if (length == 0) throw new InputException(path, "file is empty");
        return Records(ByteLines(() => Open(path), path, dispose: true), path, skipped);
    }

    /// <summary>Streams the records of <paramref name="stream"/> (for example standard input's bytes) named <paramref name="origin"/>.</summary>
    public static IEnumerable<Article> ReadStream(Stream stream, string origin, Action<InputException>? skipped = null) =>
        Records(ByteLines(() => stream, origin, dispose: false), origin, skipped);

    /// <summary>Reads the records in already-decoded text; <paramref name="origin"/> names the input.</summary>
    public static IEnumerable<Article> Read(TextReader reader, string origin, Action<InputException>? skipped = null) =>
        Records(TextLines(reader), origin, skipped);

    /// <summary>Parses one JSONL line (line number <paramref name="lineNo"/>, counted from 1) into an article.</summary>
    public static Article ParseRecord(string line, string origin, int lineNo)
    {
        string where = $"{origin}:{lineNo}";
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e)
        {
            // System.Text.Json ends its messages with " LineNumber: 0 | BytePositionInLine: N.": say "at byte N" instead.
            string message = InputDecoder.OneLine(e.Message);
            int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (at > 0) message = message[..at].TrimEnd('.', ' ') + $" (at byte {e.BytePositionInLine ?? 0})";
            throw new InputException(where, "malformed JSON line: " + message, e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InputException(where, "malformed JSON line: expected an object");
            if (!root.TryGetProperty("text", out var textProp) || textProp.ValueKind != JsonValueKind.String)
                throw new InputException(where, "record has no \"text\" string");
            var clean = ArticleCleaner.Clean(textProp.GetString() ?? "");
            if (string.IsNullOrWhiteSpace(clean.Text)) throw new InputException(where, "record has no text (skipped)");
            string name = origin == "-" ? "stdin" : Path.GetFileName(origin);
            string? recordId = Scalar(root, "id");
            DateOnly? published = root.TryGetProperty("published", out var p)
                ? p.ValueKind switch
                {
                    JsonValueKind.String => LenientDate.Parse(p.GetString()),
                    JsonValueKind.Number when p.TryGetInt64(out long n) => LenientDate.FromUnix(n),
                    _ => null,
                }
                : null;
            return InputDecoder.CheckLength(new Article(recordId ?? $"{name}#{lineNo}", clean.Text)
            {
                Key = $"{ArticleReader.SourceId(origin)}#{recordId ?? lineNo.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                Url = Scalar(root, "url"), Title = Scalar(root, "title"), Source = Scalar(root, "source"),
                Published = published ?? clean.Dateline?.Date, Origin = origin, Offsets = clean.Offsets, Dateline = clean.Dateline,
            }, where);
        }
    }

    private readonly record struct Line(string? Text, int Number, InputException? Error);

    private static IEnumerable<Article> Records(IEnumerable<Line> lines, string origin, Action<InputException>? skipped)
    {
        bool any = false;
        var seen = new FirstTextTable(); // key → hash of the first text read under it, 16 bytes a slot
        byte[] keyDigest = new byte[32], textDigest = new byte[32]; // spans cannot live across the iterator's yields
        foreach (var line in lines)
        {
            if (line.Error is null && string.IsNullOrWhiteSpace(line.Text)) continue;
            any = true;
            Article? article = null;
            var error = line.Error;
            if (error is null)
            {
                try { article = ParseRecord(line.Text!, origin, line.Number); }
                catch (InputException e) { error = e; }
            }
            if (error is not null)
            {
                if (skipped is null) throw error;
                skipped(error);
                continue;
            }
            ulong textHash = FirstTextTable.Hash(article!.Text, textDigest);
            if (!seen.TryAdd(FirstTextTable.Hash(article.Key, keyDigest), textHash, out ulong first) && first != textHash)
                article = article with { Key = $"{article.Key}@{Convert.ToHexStringLower(textDigest, 0, 6)}" };
            yield return article;
        }
        if (!any) throw new InputException(origin, origin == "-" ? "standard input is empty" : "file is empty");
    }

    private static IEnumerable<Line> TextLines(TextReader reader)
    {
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            yield return new Line(line, lineNo, null);
        }
    }

    // Splits the bytes on '\n' so that a UTF-8 error is reported with its exact offset and a bad line spoils only itself.
    // A line longer than MaxLineBytes is skipped without being held.
    private static IEnumerable<Line> ByteLines(Func<Stream> open, string origin, bool dispose)
    {
        var stream = open();
        try
        {
            var chunk = new byte[64 * 1024];
            var pending = new byte[4 * 1024];
            int pendingLength = 0, lineNo = 0;
            long lineStart = 0, lineBytes = 0;
            bool first = true, tooLong = false;
            int n;
            while ((n = ReadChunk(stream, chunk, origin)) > 0)
            {
                int s = 0;
                if (first)
                {
                    InputDecoder.CheckNotBinary(chunk.AsSpan(0, n), origin);
                    if (n >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF) { s = 3; lineStart = 3; }
                    first = false;
                }
                while (s < n)
                {
                    int nl = chunk.AsSpan(s, n - s).IndexOf((byte)'\n');
                    int take = nl < 0 ? n - s : nl;
                    lineBytes += take;
                    if (!tooLong && pendingLength + take > MaxLineBytes) { tooLong = true; pending = new byte[4 * 1024]; pendingLength = 0; }
                    if (!tooLong) Append(ref pending, ref pendingLength, chunk.AsSpan(s, take));
                    if (nl < 0) break;
                    lineNo++;
                    yield return tooLong ? TooLong(origin, lineNo) : Decode(pending, pendingLength, origin, lineNo, lineStart);
                    lineStart += lineBytes + 1;
                    lineBytes = 0;
                    pendingLength = 0;
                    tooLong = false;
                    s += nl + 1;
                }
            }
            if (tooLong) yield return TooLong(origin, lineNo + 1);
            else if (pendingLength > 0) yield return Decode(pending, pendingLength, origin, lineNo + 1, lineStart);
        }
        finally
        {
            if (dispose) stream.Dispose();
        }
    }

    private static Line TooLong(string origin, int lineNo) =>
        new(null, lineNo, new InputException($"{origin}:{lineNo}", $"line too long (over {MaxLineBytes / (1024 * 1024)} MB)"));

    private static int ReadChunk(Stream stream, byte[] chunk, string origin)
    {
        try { return stream.Read(chunk, 0, chunk.Length); }
        catch (IOException e) { throw new InputException(origin, "cannot read: " + InputDecoder.OneLine(e.Message), e); }
    }

    private static FileStream Open(string path)
    {
        try { return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new InputException(path, "cannot read: " + InputDecoder.OneLine(e.Message), e); }
    }

    private static void Append(ref byte[] pending, ref int length, ReadOnlySpan<byte> bytes)
    {
        if (length + bytes.Length > pending.Length)
            Array.Resize(ref pending, Math.Max(pending.Length * 2, length + bytes.Length));
        bytes.CopyTo(pending.AsSpan(length));
        length += bytes.Length;
    }

    private static Line Decode(byte[] bytes, int length, string origin, int lineNo, long offset)
    {
        if (length > 0 && bytes[length - 1] == '\r') length--;
        try { return new Line(InputDecoder.DecodeUtf8(bytes.AsSpan(0, length), origin, offset), lineNo, null); }
        catch (InputException e) { return new Line(null, lineNo, new InputException($"{origin}:{lineNo}", e.Message[(origin.Length + 2)..], e)); }
    }

    private static string? Scalar(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            }
            : null;
}
