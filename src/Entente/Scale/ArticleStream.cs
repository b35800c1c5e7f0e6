using Entente.Articles;

namespace Entente.Scale;

/// <summary>
/// Where an article sits in a list of inputs: the index of its file, and how far into that file reading has gone once it
/// is taken (a byte offset for a streamed JSONL dump, else the number of articles taken from the file). Reading from a
/// position skips everything before it, so an interrupted run resumes where its last commit ended.
/// </summary>
/// <param name="File">Index of the file in the expanded input list.</param>
/// <param name="Offset">Bytes read (streamed dumps) or articles taken (other files) of that file.</param>
/// <param name="Line">Lines read of a streamed dump (for its records' fallback ids "file#line"); 0 otherwise.</param>
public readonly record struct InputPosition(int File, long Offset, int Line)
{
    /// <summary>The start of the first file.</summary>
    public static InputPosition Start => default;
}

/// <summary>One article read from the inputs, with the position just after it.</summary>
public readonly record struct PositionedArticle(Article Article, InputPosition After);

/// <summary>
/// Reads the articles of many inputs one at a time, with flat memory whatever their size. A JSONL dump larger than
/// <see cref="StreamThreshold"/> is streamed line by line (a bad line is reported and skipped, the rest is read); smaller
/// files are read whole, so a bad one yields nothing rather than part of itself. Unreadable inputs are reported to the
/// error callback and skipped.
/// </summary>
public sealed class ArticleStream(IReadOnlyList<string> files, Action<InputException> onError, TextReader? stdin = null)
{
    /// <summary>JSONL dumps larger than this are streamed; smaller inputs are read whole.</summary>
    public long StreamThreshold { get; init; } = 8L * 1024 * 1024;

    /// <summary>Bytes of all inputs (standard input counts 0), for progress.</summary>
    public long TotalBytes => files.Sum(f => f == "-" ? 0 : SafeLength(f));

    /// <summary>Bytes of the inputs before <paramref name="position"/>, for progress.</summary>
    public long BytesBefore(InputPosition position)
    {
        long sum = 0;
        for (int i = 0; i < position.File && i < files.Count; i++) sum += files[i] == "-" ? 0 : SafeLength(files[i]);
        if (position.File < files.Count && IsStreamed(files[position.File])) sum += position.Offset;
        return sum;
    }

    /// <summary>The articles from <paramref name="from"/> on, each with the position after it.</summary>
    public IEnumerable<PositionedArticle> Read(InputPosition from)
    {
        for (int f = from.File; f < files.Count; f++)
        {
            string file = files[f];
            var start = f == from.File ? from : new InputPosition(f, 0, 0);
            if (IsStreamed(file))
            {
                foreach (var a in Stream(file, f, start)) yield return a;
                continue;
            }
            IReadOnlyList<Article> articles;
            try
            {
                articles = ArticleReader.Read(file, stdin).ToList();
            }
            catch (InputException e) { onError(e); continue; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                onError(new InputException(file, $"cannot read ({InputDecoder.OneLine(e.Message)})", e));
                continue;
            }
            for (int i = (int)start.Offset; i < articles.Count; i++)
                yield return new PositionedArticle(articles[i], new InputPosition(f, i + 1, 0));
        }
    }

    private bool IsStreamed(string file) =>
        file != "-" && FormatDetector.FromExtension(file) == InputFormat.Jsonl && SafeLength(file) > StreamThreshold;

    private static long SafeLength(string file)
    {
        try { return new FileInfo(file).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return 0; }
    }

    private IEnumerable<PositionedArticle> Stream(string file, int index, InputPosition start)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            onError(new InputException(file, "cannot read: " + InputDecoder.OneLine(e.Message), e));
            yield break;
        }
        using (stream)
        {
            if (start.Offset > stream.Length) { onError(new InputException(file, "shorter than when it was last read; not resumed")); yield break; }
            stream.Position = start.Offset;
            var lines = new LineReader(stream, start.Offset);
            int lineNo = start.Line;
            while (true)
            {
                ReadOnlyMemory<byte> bytes;
                long lineStart, after;
                try
                {
                    if (!lines.Next(out bytes, out lineStart, out after)) break;
                }
                catch (IOException e)
                {
                    onError(new InputException(file, "cannot read: " + InputDecoder.OneLine(e.Message), e));
                    yield break;
                }
                lineNo++;
                var span = bytes.Span;
                if (lineStart == 0 && span.StartsWith("\uFEFF"u8)) span = span[3..];
                if (span.Length > 0 && span[^1] == '\r') span = span[..^1];
                if (span.IsEmpty || span.Trim(" \t"u8).IsEmpty) continue;
                Article? article = null;
                try
                {
                    if (span.Length > JsonlArticleReader.MaxLineBytes) throw new InputException($"{file}:{lineNo}", "line too long");
                    string text = InputDecoder.DecodeUtf8(span, file, lineStart);
                    article = JsonlArticleReader.ParseRecord(text, file, lineNo);
                }
                catch (InputException e) { onError(e); }
                if (article is not null) yield return new PositionedArticle(article, new InputPosition(index, after, lineNo));
            }
        }
    }

    /// <summary>Splits a stream on '\n', reusing one growing buffer; reports each line's byte offsets.</summary>
    private sealed class LineReader(Stream stream, long offset)
    {
        private byte[] _buffer = new byte[1 << 16];
        private int _start, _end;
        private long _offset = offset; // file offset of _buffer[_start]
        private bool _eof;

        public bool Next(out ReadOnlyMemory<byte> line, out long lineStart, out long after)
        {
            int searched = 0;
            while (true)
            {
                int nl = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
                if (nl >= 0)
                {
                    int length = searched + nl;
                    line = _buffer.AsMemory(_start, length);
                    lineStart = _offset;
                    after = _offset + length + 1;
                    _start += length + 1;
                    _offset = after;
                    return true;
                }
                searched = _end - _start;
                if (_eof)
                {
                    line = _buffer.AsMemory(_start, _end - _start);
                    lineStart = _offset;
                    after = _offset + line.Length;
                    _offset = after;
                    _start = _end;
                    return line.Length > 0;
                }
                // Make room: move the partial line to the front, grow when it fills the buffer.
                if (_start > 0)
                {
                    Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                    _end -= _start;
                    _start = 0;
                }
                if (_end == _buffer.Length)
                {
                    if (_buffer.Length > JsonlArticleReader.MaxLineBytes + 2) throw new IOException($"a line is longer than {JsonlArticleReader.MaxLineBytes} bytes");
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }
                int n = stream.Read(_buffer, _end, _buffer.Length - _end);
                if (n == 0) _eof = true;
                _end += n;
            }
        }
    }
}
