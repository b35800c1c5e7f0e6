using System.Buffers;
using System.Text.Unicode;

namespace Entente.Articles;

/// <summary>
/// Turns the bytes of an input into text, refusing what is not article text: empty, binary, not UTF-8, too large.
/// Every failure is an <see cref="InputException"/> with a one-line reason.
/// </summary>
internal static class InputDecoder
{
    /// <summary>Largest single-article file (plain text, HTML, feed) that is read: 64 MB.</summary>
    public const long MaxArticleFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Longest article text handed to the pipeline: 8 M characters (a news article is rarely 100 K). Memory grows linearly
    /// with an article's length, about 65 bytes a character; longer texts are refused with a clear error.
    /// </summary>
    public const int MaxArticleChars = 8 * 1024 * 1024;

    /// <summary>Throws "article text too long" when <paramref name="article"/>'s text is over <see cref="MaxArticleChars"/>.</summary>
    public static Article CheckLength(Article article, string input)
    {
        if (article.Text.Length > MaxArticleChars)
            throw new InputException(input, $"article text too long ({article.Text.Length / (1024 * 1024)} M characters; limit {MaxArticleChars / (1024 * 1024)} M): split it into articles");
        return article;
    }

    /// <summary>How many leading bytes (or characters) are inspected to tell text from binary.</summary>
    public const int SniffLength = 8 * 1024;

    /// <summary>
    /// Reads and decodes a whole file of at most <paramref name="maxBytes"/> bytes as strict UTF-8 (a BOM is skipped).
    /// </summary>
    public static string ReadFile(string path, long maxBytes = MaxArticleFileBytes)
    {
        long length;
        try { length = new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new InputException(path, "cannot read: " + OneLine(e.Message), e); }
        if (length > maxBytes)
            throw new InputException(path, $"file too large ({length / (1024 * 1024)} MB; limit {maxBytes / (1024 * 1024)} MB)");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new InputException(path, "cannot read: " + OneLine(e.Message), e); }
        return Decode(bytes, path);
    }

    /// <summary>Decodes <paramref name="bytes"/> as strict UTF-8 after the empty and binary checks.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string input)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new InputException(input, $"not valid UTF-8 (byte 0x{bytes[0]:X2} at offset 0): UTF-16 text, convert it to UTF-8");
        int start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (bytes.Length == start) throw new InputException(input, "file is empty");
        CheckNotBinary(bytes[start..], input);
        string text = DecodeUtf8(bytes[start..], input, start);
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(input, "file is empty");
        return text;
    }

    /// <summary>
    /// Strict UTF-8 decoding; an invalid sequence is reported as "not valid UTF-8 (byte 0xNN at offset N)",
    /// with the offset counted from the start of the file (<paramref name="baseOffset"/> is where <paramref name="bytes"/> starts).
    /// </summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, string input, long baseOffset = 0)
    {
        if (bytes.IsEmpty) return "";
        char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                int at = Math.Min(read, bytes.Length - 1);
                throw new InputException(input, $"not valid UTF-8 (byte 0x{bytes[at]:X2} at offset {baseOffset + at})");
            }
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads standard input (or any stream) as a file would be read: at most <paramref name="maxBytes"/> bytes, then the
    /// same empty, binary and strict UTF-8 checks as <see cref="Decode"/>.
    /// </summary>
    public static string ReadStream(Stream stream, string input, long maxBytes = MaxArticleFileBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int n;
        try
        {
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                    throw new InputException(input, $"input too large (over {maxBytes / (1024 * 1024)} MB); save it to a file (a JSONL dump is streamed)");
                buffer.Write(chunk, 0, n);
            }
        }
        catch (IOException e) { throw new InputException(input, "cannot read: " + OneLine(e.Message), e); }
        if (buffer.Length == 0) throw new InputException(input, input == "-" ? "standard input is empty" : "file is empty");
        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), input);
    }

    /// <summary>
    /// Throws "binary file, not text" when the first 8 KB hold a NUL byte or more than 10% control bytes, and says
    /// "UTF-16 text" instead when the NUL bytes are those of UTF-16 (a byte-order mark, or every other byte zero).
    /// </summary>
    public static void CheckNotBinary(ReadOnlySpan<byte> bytes, string input)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        if (LooksLikeUtf16(head))
            throw new InputException(input, "not valid UTF-8: UTF-16 text, convert it to UTF-8");
        int controls = 0;
        foreach (byte b in head)
        {
            if (b == 0) throw new InputException(input, "binary file, not text");
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) || b == 0x7F) controls++;
        }
        if (controls > 0 && controls * 10 > head.Length) throw new InputException(input, "binary file, not text");
    }

    // A UTF-16 byte-order mark, or mostly-ASCII text where every other byte is zero.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return true;
        if (head.Length < 8) return false;
        int even = 0, odd = 0, pairs = head.Length / 2;
        for (int i = 0; i + 1 < head.Length; i += 2)
        {
            if (head[i] == 0 && head[i + 1] != 0) even++;
            if (head[i + 1] == 0 && head[i] != 0) odd++;
        }
        return even * 10 >= pairs * 9 || odd * 10 >= pairs * 9;
    }

    /// <summary>The character-level form of <see cref="CheckNotBinary(ReadOnlySpan{byte}, string)"/>, for already-decoded input such as standard input.</summary>
    public static void CheckNotBinary(ReadOnlySpan<char> text, string input)
    {
        var head = text[..Math.Min(text.Length, SniffLength)];
        int controls = 0;
        foreach (char c in head)
        {
            if (c == '\0') throw new InputException(input, "binary file, not text");
            if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f')) || c == '\x7F') controls++;
        }
        if (controls > 0 && controls * 10 > head.Length) throw new InputException(input, "binary file, not text");
    }

    internal static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
