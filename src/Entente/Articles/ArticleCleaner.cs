using System.Net;

namespace Entente.Articles;

/// <summary>
/// Cleans raw article text for the later stages: normalises line endings and whitespace, strips stray HTML tags
/// and entities, drops boilerplate lines (see <see cref="BoilerplateRules"/>), re-joins hard-wrapped lines,
/// repairs a missing space after a full stop, removes repeated paragraphs, and separates paragraphs by one blank line.
/// Runs in linear time and records where every cleaned character came from.
/// </summary>
internal static class ArticleCleaner
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
        "section", "article", "header", "footer", "figure", "figcaption", "hr", "pre", "main", "aside", "dd", "dt",
    };

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "b", "i", "u", "s", "q", "em", "strong", "span", "font", "small", "sup", "sub", "img", "abbr", "cite",
        "time", "mark", "strike", "ins", "del", "label", "code", "big", "tt", "wbr", "picture", "source",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "and", "or", "but", "from", "that",
        "as", "its", "their", "his", "her", "is", "was", "were", "are", "has", "have", "had", "be", "will", "would",
        "into", "than", "this", "these", "those", "which", "who", "whose", "our", "your", "not", "said",
    };

    private enum LineKind : byte { Blank, Content, Drop }

    private struct Line
    {
        public int Start;
        public int End;
        public LineKind Kind;
        public int Length => End - Start;
    }

    /// <summary>
    /// Cleans <paramref name="raw"/>. Never throws; returns empty text for null or empty input.
    /// For every character of the result that was kept from the raw text, <c>Text[i] == raw[Offsets.ToOriginal(i)]</c>;
    /// inserted characters (paragraph breaks, joining spaces, decoded entities) map to a nearby raw offset.
    /// </summary>
    public static CleanResult Clean(string raw)
    {
        if (string.IsNullOrEmpty(raw)) return new CleanResult("", OffsetMap.Identity);

        // The working buffers are this thread's, kept between articles: only the result is new for each article.
        var src = _source ??= new MappedText(raw.Length);
        src.Reset(raw.Length);
        Normalize(raw, src);
        var lines = SplitLines(src);
        Classify(src, lines);
        var dateline = CutDateline(src, lines) ?? BylinePlace(src, lines);
        var dst = _target ??= new AnchoredText(src.Length + 16);
        dst.Reset(src.Length + 16);
        Assemble(src, lines, dst);
        var result = dst.ToResult() with { Dateline = dateline };
        // A very long text's buffers are not kept.
        if (src.Capacity > MaxKeptChars) _source = null;
        if (dst.Capacity > MaxKeptChars) _target = null;
        return result;
    }

    [ThreadStatic] private static MappedText? _source;
    [ThreadStatic] private static AnchoredText? _target;
    private const int MaxKeptChars = 1 << 18;

    // Space and printable ASCII but the two characters that open markup ('<' and '&').
    private static readonly System.Buffers.SearchValues<char> PlainAsciiOrSpace =
        System.Buffers.SearchValues.Create(" !\"#$%'()*+,-./0123456789:;=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    // Pass 1: line endings, whitespace runs, control and zero-width characters, stray tags and entities.
    private static void Normalize(string raw, MappedText buf)
    {
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            // Printable ASCII other than the two that open markup is most of any text: appended as AppendChar would, without
            // its tests of white space and control characters.
            if (c > ' ' && c < '\u007F' && c != '<' && c != '&')
            {
                // A run of them and of single spaces at once (a space after a character that is not one is copied as it
                // stands; AppendChar drops a second): one vectorised search for its end and one copy, not a call per character.
                int run = raw.AsSpan(i).IndexOfAnyExcept(PlainAsciiOrSpace);
                if (run < 0) run = raw.Length - i;
                int doubled = raw.AsSpan(i, run).IndexOf("  ", StringComparison.Ordinal);
                if (doubled >= 0) run = doubled + 1;
                buf.Append(raw.AsSpan(i, run), i);
                i += run - 1;
                continue;
            }
            switch (c)
            {
                case '\r':
                    if (i + 1 < raw.Length && raw[i + 1] == '\n') continue;
                    AppendBreak(buf, i);
                    continue;
                case '\n':
                case '\u2028':
                case '\u2029':
                    AppendBreak(buf, i);
                    continue;
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    continue;
                case '<':
                    if (TryTag(raw, i, out int tagEnd, out bool block))
                    {
                        if (block) AppendBreak(buf, i);
                        i = tagEnd - 1;
                        continue;
                    }
                    break;
                case '&':
                    if (TryEntity(raw, i, out int entityEnd, out string? decoded))
                    {
                        foreach (char d in decoded!) AppendChar(buf, d, i);
                        i = entityEnd - 1;
                        continue;
                    }
                    break;
            }
            AppendChar(buf, c, i);
        }
    }

    private static void AppendChar(MappedText buf, char c, int offset)
    {
        if (char.IsWhiteSpace(c))
        {
            if (c is '\n' or '\u2028' or '\u2029') { AppendBreak(buf, offset); return; }
            if (buf.Length > 0 && buf.Last is not ' ' and not '\n') buf.Append(' ', offset);
            return;
        }
        if (char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') return;
        buf.Append(c, offset);
    }

    private static void AppendBreak(MappedText buf, int offset)
    {
        if (buf.Length > 0 && buf.Last == ' ') buf.Truncate(buf.Length - 1);
        buf.Append('\n', offset);
    }

    private static bool TryTag(string raw, int start, out int end, out bool block)
    {
        end = start;
        block = false;
        int j = start + 1;
        if (j < raw.Length && raw[j] == '!')
        {
            // HTML comment: <!-- ... -->, searched within a bounded window to stay linear.
            if (j + 2 < raw.Length && raw[j + 1] == '-' && raw[j + 2] == '-')
            {
                int window = Math.Min(raw.Length - j, 4000);
                int close = raw.AsSpan(j, window).IndexOf("-->", StringComparison.Ordinal);
                if (close < 0) return false;
                end = j + close + 3;
                return true;
            }
            return false;
        }
        if (j < raw.Length && raw[j] == '/') j++;
        int nameStart = j;
        while (j < raw.Length && j - nameStart <= 10 && char.IsAsciiLetterOrDigit(raw[j])) j++;
        if (j == nameStart || !char.IsAsciiLetter(raw[nameStart]) || j >= raw.Length) return false;
        if (raw[j] is not ('>' or '/' or ' ' or '\t' or '\n' or '\r')) return false;
        var name = raw.AsSpan(nameStart, j - nameStart);
        var lookup = BlockTags.GetAlternateLookup<ReadOnlySpan<char>>();
        var inlineLookup = InlineTags.GetAlternateLookup<ReadOnlySpan<char>>();
        block = lookup.Contains(name);
        if (!block && !inlineLookup.Contains(name)) return false;
        int limit = Math.Min(raw.Length, j + 1000);
        for (int k = j; k < limit; k++)
        {
            if (raw[k] == '>') { end = k + 1; return true; }
            if (raw[k] == '<') return false;
        }
        return false;
    }

    private static bool TryEntity(string raw, int start, out int end, out string? decoded)
    {
        end = start;
        decoded = null;
        int limit = Math.Min(raw.Length, start + 12);
        int j = start + 1;
        if (j < limit && raw[j] == '#') j++;
        int bodyStart = j;
        while (j < limit && char.IsAsciiLetterOrDigit(raw[j])) j++;
        if (j == bodyStart || j >= limit || raw[j] != ';') return false;
        string entity = raw.Substring(start, j - start + 1);
        string result = WebUtility.HtmlDecode(entity);
        if (result == entity) return false;
        end = j + 1;
        decoded = result;
        return true;
    }

    // Pass 2: split into trimmed lines (whitespace runs are already single spaces).
    private static List<Line> SplitLines(MappedText buf)
    {
        var lines = new List<Line>();
        int start = 0;
        for (int i = 0; i <= buf.Length; i++)
        {
            if (i < buf.Length && buf[i] != '\n') continue;
            int s = start, e = i;
            while (s < e && buf[s] == ' ') s++;
            while (e > s && buf[e - 1] == ' ') e--;
            lines.Add(new Line { Start = s, End = e, Kind = s == e ? LineKind.Blank : LineKind.Content });
            start = i + 1;
        }
        return lines;
    }

    private static void Classify(MappedText buf, List<Line> lines)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines);
        bool inFurnitureBlock = false;
        for (int i = 0; i < span.Length; i++)
        {
            ref var line = ref span[i];
            if (line.Kind == LineKind.Blank) { inFurnitureBlock = false; continue; }
            var text = buf.Slice(line.Start, line.Length);
            if (BoilerplateRules.IsBoilerplate(text))
            {
                line.Kind = LineKind.Drop;
                inFurnitureBlock |= BoilerplateRules.IsBlockHeading(text);
            }
            else if (inFurnitureBlock && BoilerplateRules.IsTitleLike(text)) line.Kind = LineKind.Drop;
            else inFurnitureBlock = false;
        }
        // A short author biography is boilerplate only as the last remaining line.
        for (int i = span.Length - 1; i >= 0; i--)
        {
            ref var line = ref span[i];
            if (line.Kind != LineKind.Content) continue;
            if (BoilerplateRules.IsClosingBio(buf.Slice(line.Start, line.Length))) line.Kind = LineKind.Drop;
            break;
        }
    }

    // Lines searched for a dateline: the headline, a deck, a byline and the first paragraph fit in them.
    private const int DatelineSearchLines = 8;

    // The dateline opens the first paragraph ("SEOUL, South Korea (AP) — North Korea fired …") or stands on a line of
    // its own; it is cut from the text (the coder must not read "SEOUL" or "AP" as an actor) and returned. Title-like lines
    // before the first paragraph (headline, deck) are passed over, and only a whole-line dateline is taken from them.
    private static Dateline? CutDateline(MappedText buf, List<Line> lines)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines);
        int seen = 0;
        for (int i = 0; i < span.Length && seen < DatelineSearchLines; i++)
        {
            ref var line = ref span[i];
            if (line.Kind != LineKind.Content) continue;
            seen++;
            var text = buf.Slice(line.Start, line.Length);
            bool titleLike = BoilerplateRules.IsTitleLike(text);
            if (DatelineRules.TryMatch(text, wholeLineOnly: titleLike, out int length, out var dateline))
            {
                if (length >= line.Length) line.Kind = LineKind.Drop;
                else line.Start += length;
                return dateline;
            }
            if (!titleLike) return null;
        }
        return null;
    }

    // With no dateline, a byline among the first lines that names a place ("By Our Correspondent, Kinshasa") gives the
    // article's place; the byline itself is already dropped as furniture.
    private static Dateline? BylinePlace(MappedText buf, List<Line> lines)
    {
        for (int i = 0; i < lines.Count && i < DatelineSearchLines * 2; i++)
        {
            if (lines[i].Kind != LineKind.Drop) continue;
            var text = buf.Slice(lines[i].Start, lines[i].Length);
            if (DatelineRules.BylinePlace(text) is { } place) return new Dateline(text.Trim().ToString(), place, null);
        }
        return null;
    }

    // Pass 3: join wrapped lines, build paragraphs, drop repeats.
    private static void Assemble(MappedText src, List<Line> lines, AnchoredText dst)
    {
        var seen = new Dictionary<int, (int Start, int Length)>();
        int sepStart = 0, paraStart = 0;
        bool inParagraph = false, gap = false;
        Line prev = default;

        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Content)
            {
                gap = true;
                continue;
            }
            if (inParagraph && !gap && ShouldJoin(src, prev, line))
            {
                bool hyphen = src[prev.End - 1] == '-' && prev.Length >= 2 && char.IsLetter(src[prev.End - 2]);
                if (!hyphen) dst.Append(' ', prev.End < src.Length ? src.OffsetAt(prev.End) : src.OffsetAt(prev.End - 1));
            }
            else
            {
                if (inParagraph) FinishParagraph(dst, seen, sepStart, paraStart);
                sepStart = dst.Length;
                if (dst.Length > 0)
                {
                    int at = src.OffsetAt(line.Start);
                    dst.Append('\n', at);
                    dst.Append('\n', at);
                }
                paraStart = dst.Length;
                inParagraph = true;
            }
            EmitLine(src, line, dst);
            prev = line;
            gap = false;
        }
        if (inParagraph) FinishParagraph(dst, seen, sepStart, paraStart);
    }

    private static void FinishParagraph(AnchoredText dst, Dictionary<int, (int Start, int Length)> seen, int sepStart, int paraStart)
    {
        var para = dst.Slice(paraStart, dst.Length - paraStart);
        int hash = string.GetHashCode(para);
        if (seen.TryGetValue(hash, out var first))
        {
            if (first.Length == para.Length && dst.Slice(first.Start, first.Length).SequenceEqual(para))
                dst.Truncate(sepStart);
            return;
        }
        seen[hash] = (paraStart, para.Length);
    }

    private static void EmitLine(MappedText src, Line line, AnchoredText dst)
    {
        // Copied a run at a time up to each full stop, the only character that may need a space put after it.
        for (int k = line.Start; k < line.End;)
        {
            int stop = src.Slice(k, line.End - k).IndexOf('.');
            int end = stop < 0 ? line.End : k + stop + 1;
            dst.Append(src.Slice(k, end - k), src.OffsetSlice(k, end - k));
            if (stop >= 0 && MissingSpaceAfterStop(src, line, end - 1)) dst.Append(' ', src.OffsetAt(end));
            k = end;
        }
    }

    // "ended.The" but not "U.S.", "e.g.", "3.5", "news2source.com".
    private static bool MissingSpaceAfterStop(MappedText src, Line line, int k) =>
        k - 2 >= line.Start && k + 2 < line.End
        && char.IsLower(src[k - 1]) && char.IsLetter(src[k - 2])
        && char.IsUpper(src[k + 1]) && char.IsLower(src[k + 2]);

    private static bool ShouldJoin(MappedText src, Line prev, Line next)
    {
        var p = src.Slice(prev.Start, prev.Length);
        char first = src[next.Start];
        if (EndsSentence(p)) return false;
        if (char.IsLower(first)) return true;
        if (!char.IsLetterOrDigit(first) && first is not ('"' or '“' or '(')) return false;
        char last = p[^1];
        if (last == '-' && p.Length >= 2 && char.IsLetter(p[^2]) && char.IsLetter(first)) return true;
        if (last == ',' && p.Length <= 90) return true;
        int space = p.LastIndexOf(' ');
        var lastWord = space < 0 ? p : p[(space + 1)..];
        return space >= 0 && FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lastWord);
    }

    private static bool EndsSentence(ReadOnlySpan<char> s)
    {
        int i = s.Length - 1;
        while (i >= 0 && s[i] is '"' or '\'' or '”' or '’' or ')' or ']' or '»') i--;
        return i >= 0 && s[i] is '.' or '!' or '?' or ':' or ';' or '…';
    }
}
