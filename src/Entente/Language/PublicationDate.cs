using System.Globalization;

namespace Entente.Language;

/// <summary>
/// Finds a publication date that a text carries near its top: a dateline ("SEOUL, July 10, 2024 —"), a source line
/// ("opera.com 2024/10/5", "Updated 2024.10.05") or an ISO date on a line of its own.
/// </summary>
internal static class PublicationDate
{
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The first date in the first lines of <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string text)
    {
        int limit = Math.Min(text.Length, 600);
        var head = text.AsSpan(0, limit);
        int lines = 0;
        while (head.Length > 0 && lines < 6)
        {
            int nl = head.IndexOf('\n');
            var line = nl < 0 ? head : head[..nl];
            if (line.Length <= 120 && TryLine(line, out var date)) return date;
            if (nl < 0) break;
            head = head[(nl + 1)..];
            lines++;
        }
        return null;
    }

    private static bool TryLine(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        // Numeric: 2024/10/5, 2024-10-05.
        for (int i = 0; i + 8 <= line.Length; i++)
        {
            if (!char.IsAsciiDigit(line[i]) || (i > 0 && char.IsAsciiDigit(line[i - 1]))) continue;
            int j = i;
            while (j < line.Length && (char.IsAsciiDigit(line[j]) || line[j] is '/' or '-' or '.')) j++;
            var token = line[i..j].TrimEnd("/-.").ToString();
            if (DateOnly.TryParseExact(token, ["yyyy/M/d", "yyyy-M-d", "yyyy.M.d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
            i = j;
        }
        // Worded: "July 10, 2024", "10 July 2024".
        var lower = line.ToString().ToLowerInvariant();
        for (int m = 0; m < 12; m++)
        {
            int at = FindMonth(lower, m, out int length);
            if (at < 0) continue;
            if (!OpensADateline(line[..DayFirstStart(lower, at)])) continue;
            var rest = lower[(at + length)..].TrimStart(' ', '.');
            var digits = new string(rest.TakeWhile(char.IsAsciiDigit).ToArray());
            if (digits.Length is 1 or 2)
            {
                var afterDay = rest[digits.Length..].TrimStart(',', ' ');
                if (afterDay.Length >= 4 && int.TryParse(afterDay[..4], out int year) && year is > 1900 and < 2200)
                {
                    date = new DateOnly(year, m + 1, Math.Min(int.Parse(digits), DateTime.DaysInMonth(year, m + 1)));
                    return true;
                }
            }
            var before = lower[..at].TrimEnd(' ');
            int k = before.Length;
            while (k > 0 && char.IsAsciiDigit(before[k - 1])) k--;
            var day = before[k..];
            var yearText = rest.TrimStart(',', ' ');
            if (day.Length is 1 or 2 && yearText.Length >= 4 && int.TryParse(yearText[..4], out int y2) && y2 is > 1900 and < 2200)
            {
                date = new DateOnly(y2, m + 1, Math.Min(int.Parse(day), DateTime.DaysInMonth(y2, m + 1)));
                return true;
            }
        }
        return false;
    }

    // Where a date written day first ("10 July 2024") starts, given where its month stands.
    private static int DayFirstStart(string lower, int month)
    {
        int k = month;
        while (k > 0 && lower[k - 1] == ' ') k--;
        int digits = k;
        while (digits > 0 && char.IsAsciiDigit(lower[digits - 1])) digits--;
        return k - digits is 1 or 2 ? digits : month;
    }

    // What may stand before a dateline's date on its line: a place in capitals ("SEOUL, "), nothing, or one word such as
    // "Published" or "Updated". "On July 5, 2019, Japan restricted …" is a sentence that dates an act, not the story.
    private static bool OpensADateline(ReadOnlySpan<char> before)
    {
        bool lowerCase = false;
        foreach (char c in before) if (char.IsLower(c)) { lowerCase = true; break; }
        if (!lowerCase) return true;
        var word = before.Trim().TrimEnd(':');
        return word.IndexOf(' ') < 0 && !WordClasses.IsDatePreposition(word);
    }

    // The month's full name, or its abbreviation with a full stop as news style writes it ("Dec. 3", "Sept. 9").
    private static int FindMonth(string lower, int m, out int length)
    {
        int at = lower.IndexOf(Months[m], StringComparison.Ordinal);
        if (at >= 0)
        {
            length = Months[m].Length;
            return at;
        }
        foreach (var abbreviation in m == 8 ? ["sept.", "sep."] : new[] { Months[m][..3] + "." })
            for (int from = 0; (at = lower.IndexOf(abbreviation, from, StringComparison.Ordinal)) >= 0; from = at + 1)
                if (at == 0 || !char.IsLetter(lower[at - 1]))
                {
                    length = abbreviation.Length;
                    return at;
                }
        length = 0;
        return -1;
    }
}
