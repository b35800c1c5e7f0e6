using System.Buffers;
using System.Text.Unicode;

namespace Entente.Articles;

/// <summary>
/// Turns the bytes of an input into text, refusing what is not article text: empty, binary, not UTF-8, too large.
/// Every failure is an <see cref="InputException"/> with a one-line reason.
/// </summary>
public static class InputDecoder
{
    /// <summary>Largest single-article file (plain text, HTML, feed) that is read: 64 MB.</summary>
    public const long MaxArticleFileBytes = 64L * 1024 * 1024;

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

    /// <summary>Throws "binary file, not text" when the first 8 KB hold a NUL byte or more than 10% control bytes.</summary>
    public static void CheckNotBinary(ReadOnlySpan<byte> bytes, string input)
    {
        var head = bytes[..Math.Min(bytes.Length, SniffLength)];
        int controls = 0;
        foreach (byte b in head)
        {
            if (b == 0) throw new InputException(input, "binary file, not text");
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) || b == 0x7F) controls++;
        }
        if (controls > 0 && controls * 10 > head.Length) throw new InputException(input, "binary file, not text");
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
