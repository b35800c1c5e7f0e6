using System.Globalization;

namespace Entente.Language;

/// <summary>
/// Finds dates in a document and resolves them: absolute ("July 9 to 11", "June 5th", "July 7, 2024", "2024/10/5",
/// "late 2021", "in 2022") and relative to the publication date ("last month", "on Tuesday", "earlier this year",
/// "yesterday", "two years later" after a year named before).
/// </summary>
internal static class DateFinder
{
    private static readonly string[] MonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] ShortMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>True for a weekday's name, capitalised or not.</summary>
    internal static bool IsWeekday(ReadOnlySpan<char> word)
    {
        foreach (var day in Weekdays) if (word.Equals(day, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    // The lower-cased words Relative starts a date at: the weekdays, the numbers and the words of its switch.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeStarts =
        new HashSet<string>([.. Weekdays, .. Numbers, "yesterday", "today", "tomorrow", "last", "past", "previous", "this", "earlier", "later", "next"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The lengths of those words (bit n for n letters): most words are turned away by their length before being
    // lower-cased and looked up.
    private static readonly ulong RelativeStartLengths = RelativeStarts.Set.Aggregate(0UL, (lengths, w) => lengths | 1UL << Math.Min(w.Length, 63));

    // For each length (up to 63), the initials those words have (bit 0 for 'a'): a word of ASCII letters is turned away by
    // its length and first letter together ("the" and "said" start no relative date of their length) before being
    // lower-cased and hashed.
    private static readonly uint[] RelativeStartInitials = RelativeStarts.Set.Aggregate(new uint[64], (initials, w) =>
    {
        initials[Math.Min(w.Length, 63)] |= 1u << (w[0] - 'a');
        return initials;
    });

    // False only when no word of the set can be <paramref name="word"/> lower-cased. An ASCII character lower-cases to
    // ASCII, and only letters change; a word opening with any other character is left to the lookup.
    private static bool MayStartRelative(ReadOnlySpan<char> word)
    {
        if ((RelativeStartLengths & 1UL << Math.Min(word.Length, 63)) == 0) return false;
        char c = word[0];
        if (c >= 128) return true;
        if (!char.IsAsciiLetter(c)) return false;
        return (RelativeStartInitials[Math.Min(word.Length, 63)] >> ((c | 0x20) - 'a') & 1) != 0;
    }

    /// <summary>The dates of <paramref name="document"/>, in text order.</summary>
    public static List<DateMention> Find(Document document)
    {
        var found = new List<DateMention>();
        var published = document.Published;
        int? lastYear = published?.Year;
        var tokens = document.Tokens;
        // Lower-cased into a buffer, not a new string per token; longer words name no date.
        Span<char> lowerBuffer = stackalloc char[LongestDateWord];
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = document.TextOf(i);
            DateMention? m = null;
            int month = Month(word);
            if (month > 0 && (month != 5 || char.IsUpper(word[0])))
            {
                // "July 9", "June 5th", "July 7, 2024", "May 2022", "May".
                int end = i + 1, day = 0, year = 0;
                if (end < tokens.Length && tokens[end].Kind == TokenKind.Number && TryDay(document.TextOf(end), out day)) end++;
                int y = end;
                if (y < tokens.Length && document.TextOf(y) is ",") y++;
                if (y < tokens.Length && tokens[y].Kind == TokenKind.Number && TryYear(document.TextOf(y), out year)) end = y + 1;
                if (month == 5 && day == 0 && year == 0 && !(i > 0 && document.TextOf(i - 1) is "in" or "the" or "since" or "until" or "of" or "early" or "late" or "mid")) continue;
                int resolvedYear = year > 0 ? year : Guess(published, month);
                if (resolvedYear > 0)
                    m = new DateMention(i, end, new PartialDate(resolvedYear, month, day > 0 ? day : null), year == 0);
            }
            else if (tokens[i].Kind == TokenKind.Number && TryNumericDate(word, out var numeric))
                m = new DateMention(i, i + 1, numeric, false);
            else if (tokens[i].Kind == TokenKind.Number && TryYear(word, out int y2) && (i > 0 && document.TextOf(i - 1) is "in" or "since" or "late" or "early" or "mid" or "until" or "by" or "of" || i + 1 < tokens.Length && document.TextOf(i + 1) is "," or "."
                     || OpensYearRange(document, i)))
                m = new DateMention(i > 0 && document.TextOf(i - 1) is "late" or "early" or "mid" ? i - 1 : i, i + 1, new PartialDate(y2), false);
            else if (published is { } p && MayStartRelative(word))
                m = Relative(document, i, Lower(word, lowerBuffer), p, lastYear);
            if (m is not { } mention) continue;
            found.Add(mention);
            lastYear = mention.Date.Year;
            i = mention.EndToken - 1;
        }
        return found;
    }

    private const int LongestDateWord = 12;

    // "between 1998 and 2000", "from 1950 to 1953": a span of years, not a count ("between 2000 and 2500 troops" counts).
    private static bool OpensYearRange(Document d, int i)
    {
        var tokens = d.Tokens;
        if (i == 0 || d.TextOf(i - 1) is not ("between" or "from") || i + 2 >= tokens.Length || d.TextOf(i + 1) is not ("and" or "to" or "-" or "–")
            || !TryYear(d.TextOf(i + 2), out _)) return false;
        // A lower-case word after the second number is what it counts, unless it opens a clause or phrase of its own ("from
        // 1998 to 2000 that killed …", "between 2014 and 2016 when …").
        return i + 3 >= tokens.Length || tokens[i + 3].Kind != TokenKind.Word || !char.IsLower(d.TextOf(i + 3)[0]) || OpensClause(d.TextOf(i + 3));
    }

    private static bool OpensClause(ReadOnlySpan<char> word) =>
        word is "that" or "which" or "when" or "and" or "in" or "as" or "after" or "before" or "but" or "with" or "during" or "while" or "under" or "until";

    // The word lower-cased (invariant) in buffer, or empty when it is longer than the buffer.
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length) return default;
        return buffer[..LowerInvariant(word, buffer)];
    }

    // ToLowerInvariant into buffer, through the vectorised ASCII path when the word is ASCII (for ASCII the two agree);
    // the general one ran per character and was most of the date finder's time. Returns the length written.
    private static int LowerInvariant(ReadOnlySpan<char> word, Span<char> buffer) =>
        System.Text.Ascii.ToLower(word, buffer, out int written) == System.Buffers.OperationStatus.Done ? written : word.ToLowerInvariant(buffer);

    private static int IndexOf(string[] words, ReadOnlySpan<char> word)
    {
        for (int k = 0; k < words.Length; k++) if (word.SequenceEqual(words[k])) return k;
        return -1;
    }

    private static DateMention? Relative(Document d, int i, ReadOnlySpan<char> lower, DateOnly p, int? lastYear)
    {
        // Every word not otherwise a date is asked about, and only the words below start a relative date.
        if (!RelativeStarts.Contains(lower)) return null;
        Span<char> nextBuffer = stackalloc char[LongestDateWord];
        var next = i + 1 < d.Tokens.Length ? Lower(d.TextOf(i + 1), nextBuffer) : default;
        int weekday = IndexOf(Weekdays, lower);
        if (weekday >= 0)
        {
            // The most recent such day on or before publication: news tells what happened.
            int back = ((int)p.DayOfWeek - weekday + 7) % 7;
            return new DateMention(i, i + 1, PartialDate.From(p.AddDays(-back)), true);
        }
        switch (lower)
        {
            case "yesterday": return new DateMention(i, i + 1, PartialDate.From(p.AddDays(-1)), true);
            case "today": return new DateMention(i, i + 1, PartialDate.From(p), true);
            case "tomorrow": return new DateMention(i, i + 1, PartialDate.From(p.AddDays(1)), true);
            case "last" or "past" or "previous":
                if (next is "month") { var m = p.AddMonths(-1); return new DateMention(i, i + 2, new PartialDate(m.Year, m.Month), true); }
                if (next is "year") return new DateMention(i, i + 2, new PartialDate(p.Year - 1), true);
                if (next is "week") return new DateMention(i, i + 2, PartialDate.From(p.AddDays(-7)) with { Day = null }, true);
                break;
            case "this" or "earlier" or "later":
                if (next is "week") return new DateMention(i, i + 2, new PartialDate(p.Year, p.Month), true);
                if (next is "month") return new DateMention(i, i + 2, new PartialDate(p.Year, p.Month), true);
                if (next is "year") return new DateMention(i, i + 2, new PartialDate(p.Year), true);
                if (next is "this" && i + 2 < d.Tokens.Length && d.TextOf(i + 2) is "year") return new DateMention(i, i + 3, new PartialDate(p.Year), true);
                break;
            case "next":
                if (next is "month") { var m = p.AddMonths(1); return new DateMention(i, i + 2, new PartialDate(m.Year, m.Month), true); }
                if (next is "year") return new DateMention(i, i + 2, new PartialDate(p.Year + 1), true);
                if (next is "week") return new DateMention(i, i + 2, PartialDate.From(p.AddDays(7)) with { Day = null }, true);
                break;
        }
        // "two years later", "three years ago" relative to the last year named (or publication).
        int n = IndexOf(Numbers, lower);
        if (n > 0 && next is "years" or "year" && i + 2 < d.Tokens.Length)
        {
            Span<char> afterBuffer = stackalloc char[LongestDateWord];
            var after = Lower(d.TextOf(i + 2), afterBuffer);
            if (after is "later" && lastYear is { } ly) return new DateMention(i, i + 3, new PartialDate(ly + n), true);
            if (after is "ago") return new DateMention(i, i + 3, new PartialDate(p.Year - n), true);
        }
        return null;
    }

    private static int Month(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsLetter(word[0])) return 0;
        // Asked of every word: no month's name, full or short, is longer than nine letters before its dots, and an ASCII
        // initial must be one a month's name has.
        if (word.TrimEnd('.').Length > 9 || word[0] < 128 && "jfmasondJFMASOND".IndexOf(word[0]) < 0) return 0;
        // Nor do an ASCII word's first two letters open one ("said", "and", "most", "for" go no further): c | 0x20 is an
        // ASCII character's lower case when it is a letter, and never a lower-case letter when it is not.
        if (word[0] < 128 && word[1] < 128 && !OpensMonth((char)(word[0] | 0x20), (char)(word[1] | 0x20))) return 0;
        Span<char> lower = stackalloc char[word.Length];
        LowerInvariant(word, lower);
        var w = lower.TrimEnd('.');
        for (int m = 0; m < 12; m++)
            if (w.SequenceEqual(MonthNames[m]) || (w.Length >= 3 && w.Length <= 4 && w.SequenceEqual(ShortMonths[m]) && word[^1] == '.') || w is "sept" && m == 8 && word[^1] == '.')
                return m + 1;
        return 0;
    }

    // The first two letters of the months' names, full and short: ja(nuary), fe(bruary), ma(rch, y), ap(ril), ju(ne, ly),
    // au(gust), se(ptember), oc(tober), no(vember), de(cember).
    private static bool OpensMonth(char first, char second) => (first, second) is ('j', 'a') or ('f', 'e') or ('m', 'a') or ('a', 'p')
        or ('j', 'u') or ('a', 'u') or ('s', 'e') or ('o', 'c') or ('n', 'o') or ('d', 'e');

    private static bool TryDay(ReadOnlySpan<char> text, out int day)
    {
        var digits = text.TrimEnd("stndrh");
        // A failed check leaves no number behind: "July 2022" has no day, not day 2022.
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31 && digits.Length <= 2) return true;
        day = 0;
        return false;
    }

    private static bool TryYear(ReadOnlySpan<char> text, out int year) =>
        int.TryParse(text.TrimEnd('s'), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2100 && text.TrimEnd('s').Length == 4;

    private static bool TryNumericDate(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        if (text.Length < 8 || (!text.Contains('/') && !text.Contains('-'))) return false;
        if (DateOnly.TryParseExact(text.ToString(), ["yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = PartialDate.From(d);
            return true;
        }
        return false;
    }

    // A month without a year: the latest such month not after publication.
    private static int Guess(DateOnly? published, int month) => published is { } p ? (month <= p.Month + 1 ? p.Year : p.Year - 1) : 0;
}
