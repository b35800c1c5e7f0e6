using System.Text.Json;

namespace Entente.Articles;

/// <summary>
/// Reads JSON Lines dumps, one record per line: {"id","url","title","published","source","text"}.
/// Files are streamed line by line. A line that is not a JSON object with a "text" string fails as "file:line".
/// A record without an id gets "&lt;file&gt;#&lt;line&gt;".
/// </summary>
public static class JsonlArticleReader
{
    /// <summary>Longest line accepted: 64 MB.</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    /// <summary>Streams the records of the file at <paramref name="path"/>, validating UTF-8 line by line.</summary>
    public static IEnumerable<Article> ReadFile(string path)
    {
        long length = new FileInfo(path).Length;
        if (length == 0) throw new InputException(path, "file is empty");
        return ReadFileLines(path);
    }

    /// <summary>Reads the records in already-decoded text (for example standard input); <paramref name="origin"/> names the input.</summary>
    public static IEnumerable<Article> Read(TextReader reader, string origin)
    {
        int lineNo = 0;
        bool any = false;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            any = true;
            yield return ParseRecord(line, origin, lineNo);
        }
        if (!any) throw new InputException(origin, "file is empty");
    }

    /// <summary>Parses one JSONL line (line number <paramref name="lineNo"/>, counted from 1) into an article.</summary>
    public static Article ParseRecord(string line, string origin, int lineNo)
    {
        string where = $"{origin}:{lineNo}";
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { throw new InputException(where, "malformed JSON line: " + InputDecoder.OneLine(e.Message), e); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InputException(where, "malformed JSON line: expected an object");
            if (!root.TryGetProperty("text", out var textProp) || textProp.ValueKind != JsonValueKind.String)
                throw new InputException(where, "record has no \"text\" string");
            string name = origin == "-" ? "stdin" : Path.GetFileName(origin);
            string id = Scalar(root, "id") ?? $"{name}#{lineNo}";
            DateOnly? published = root.TryGetProperty("published", out var p)
                ? p.ValueKind switch
                {
                    JsonValueKind.String => LenientDate.Parse(p.GetString()),
                    JsonValueKind.Number when p.TryGetInt64(out long n) => LenientDate.FromUnix(n),
                    _ => null,
                }
                : null;
            var clean = ArticleCleaner.Clean(textProp.GetString() ?? "");
            return new Article(id, clean.Text)
            {
                Url = Scalar(root, "url"), Title = Scalar(root, "title"), Source = Scalar(root, "source"),
                Published = published, Origin = origin, Offsets = clean.Offsets,
            };
        }
    }

    private static IEnumerable<Article> ReadFileLines(string path)
    {
        bool any = false;
        foreach (var (line, lineNo) in Lines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            any = true;
            yield return ParseRecord(line, path, lineNo);
        }
        if (!any) throw new InputException(path, "file is empty");
    }

    // Splits the file on '\n' at the byte level so that a UTF-8 error can be reported with its exact file offset.
    private static IEnumerable<(string Line, int LineNo)> Lines(string path)
    {
        using var stream = Open(path);
        var chunk = new byte[64 * 1024];
        var pending = new byte[4 * 1024];
        int pendingLength = 0, lineNo = 0;
        long lineStart = 0;
        bool first = true;
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            int s = 0;
            if (first)
            {
                InputDecoder.CheckNotBinary(chunk.AsSpan(0, n), path);
                if (n >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF) { s = 3; lineStart = 3; }
                first = false;
            }
            while (s < n)
            {
                int nl = chunk.AsSpan(s, n - s).IndexOf((byte)'\n');
                int take = nl < 0 ? n - s : nl;
                Append(ref pending, ref pendingLength, chunk.AsSpan(s, take), path, lineNo + 1);
                if (nl < 0) break;
                lineNo++;
                yield return (Decode(pending, pendingLength, path, lineStart), lineNo);
                lineStart += pendingLength + 1;
                pendingLength = 0;
                s += nl + 1;
            }
        }
        if (pendingLength > 0) yield return (Decode(pending, pendingLength, path, lineStart), lineNo + 1);
    }

    private static FileStream Open(string path)
    {
        try { return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new InputException(path, "cannot read: " + InputDecoder.OneLine(e.Message), e); }
    }

    private static void Append(ref byte[] pending, ref int length, ReadOnlySpan<byte> bytes, string path, int lineNo)
    {
        if (length + bytes.Length > MaxLineBytes) throw new InputException($"{path}:{lineNo}", "line too long");
        if (length + bytes.Length > pending.Length)
            Array.Resize(ref pending, Math.Max(pending.Length * 2, length + bytes.Length));
        bytes.CopyTo(pending.AsSpan(length));
        length += bytes.Length;
    }

    private static string Decode(byte[] bytes, int length, string path, long offset)
    {
        if (length > 0 && bytes[length - 1] == '\r') length--;
        return InputDecoder.DecodeUtf8(bytes.AsSpan(0, length), path, offset);
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
