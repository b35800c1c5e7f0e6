using Entente.Language;

namespace Entente.Articles;

/// <summary>
/// The dateline that opened an article's first paragraph ("SEOUL, South Korea (AP) —", "Moscow/Seoul:", "(Reuters) -"):
/// where the story was filed, when, and by which agency. The cleaner strips it from the text the coder reads, so that
/// neither the place nor the agency is read as an actor, and keeps it here.
/// </summary>
/// <param name="Text">The dateline as written, without its closing dash or colon.</param>
/// <param name="Place">The place of filing as written ("SEOUL, South Korea", "Moscow/Seoul"), or null when only an agency is named.</param>
/// <param name="Agency">The news agency named in parentheses ("AP", "Reuters"), or null.</param>
public sealed record Dateline(string Text, string? Place, string? Agency)
{
    /// <summary>The date the dateline carries, read as <see cref="PublicationDate"/> reads a dateline; null without a full date.</summary>
    public DateOnly? Date { get; } = PublicationDate.Find(Text);
}

/// <summary>
/// Recognises a dateline at the start of a line: a place (capitals, or capitalised words with a date, an agency, a slash
/// list or a dash), an optional region and date after commas, an optional agency in parentheses, then a dash or colon.
/// Only the opening lines of an article are tried (see <see cref="ArticleCleaner"/>); a headline is never cut.
/// </summary>
internal static class DatelineRules
{
    private const int MaxHeaderLength = 80;
    private const int MaxPlaceWords = 4;

    // Agencies that sign datelines: "(AP)", "(Reuters)", "SEOUL, July 10 (Yonhap) --".
    private static readonly HashSet<string> Agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "AP", "Reuters", "AFP", "Xinhua", "Yonhap", "UPI", "Bloomberg", "dpa", "Kyodo", "ANI", "IANS", "PTI", "TASS",
        "RIA Novosti", "Interfax", "Anadolu", "AA", "EFE", "ANSA", "KCNA", "VOA", "CNN", "BBC", "IRNA", "WAM", "SPA", "APA",
        "Sputnik", "Bernama", "Antara", "PNA", "CNA", "Jiji", "Jiji Press", "KUNA", "MENA", "Ukrinform", "BelTA", "Trend",
        "Associated Press", "Agence France-Presse", "Yonhap News Agency", "Xinhua News Agency", "NHK", "Al Jazeera", "AP Photo",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgencyLookup = Agencies.GetAlternateLookup<ReadOnlySpan<char>>();

    // Labels that open headlines and teasers the way a place opens a dateline: "Exclusive:", "Analysis —".
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Exclusive", "Update", "Updated", "Analysis", "Opinion", "Breaking", "Breaking News", "Note", "Editor's note", "Editor’s note",
        "Watch", "Correction", "Live", "Explainer", "Factbox", "Fact box", "Commentary", "Interview", "Review", "Report",
        "Experts", "Analysts", "Summary", "Background", "Context", "Photos", "Video", "Q&A", "Read", "Listen", "Comment",
        "Editorial", "Feature", "Profile", "Timeline", "Quote", "Quotes", "Warning", "Disclaimer", "Source", "Sources",
    };

    // One to three words of letters opening with a capital, as an agency's name is.
    private static bool IsShortName(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 30 || !char.IsUpper(s[0])) return false;
        int words = 1;
        foreach (char c in s)
        {
            if (c == ' ') words++;
            else if (!char.IsLetter(c) && c is not '-' and not '.' and not '&') return false;
        }
        return words <= 3;
    }

    // A place written in capitals ("ASMARA", "NEW DELHI,"), at least three letters.
    private static bool IsCapitalsPlace(ReadOnlySpan<char> s)
    {
        int letters = 0;
        foreach (char c in s.Trim().TrimEnd(','))
        {
            if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
            else if (c is not ' ' and not '.' and not '-' and not '\'') return false;
        }
        return letters >= 3;
    }

    private static readonly string[] Months =
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

    /// <summary>
    /// True when <paramref name="line"/> opens with a dateline; <paramref name="length"/> is how many characters to cut
    /// (the dateline, its dash or colon and the spaces after). <paramref name="wholeLineOnly"/> accepts only a dateline
    /// that is the whole line (for title-like lines, where "US: Iran rejects talks" is a headline, not a dateline).
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> line, bool wholeLineOnly, out int length, out Dateline? dateline)
    {
        length = 0;
        dateline = null;
        if (line.IsEmpty) return false;
        int sep = FindSeparator(line, out int sepEnd, out bool colon);
        if (sep < 0) return false;
        var rest = line[sepEnd..].TrimStart();
        if (wholeLineOnly ? !rest.IsEmpty : rest.IsEmpty && colon) return false;
        // What follows must open a sentence: "— North Korea fired …", "— \"We will …\"".
        if (!rest.IsEmpty && !(char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || rest[0] is '"' or '“' or '‘' or '\'')) return false;

        var header = line[..sep].Trim();
        if (header.IsEmpty || header.Length > MaxHeaderLength) return false;
        string? agency = null;
        if (header[^1] == ')')
        {
            int open = header.LastIndexOf('(');
            if (open < 0) return false;
            var inner = header[(open + 1)..^1].Trim();
            // An agency we do not list signs a dateline too when the place before it is written in capitals ("ASMARA (Erina) -").
            if (!AgencyLookup.Contains(inner) && !(IsShortName(inner) && IsCapitalsPlace(header[..open]))) return false;
            agency = inner.ToString();
            header = header[..open].TrimEnd().TrimEnd(',').TrimEnd();
        }

        string? place = null;
        bool dated = false;
        if (!header.IsEmpty)
        {
            int comma = header.IndexOf(',');
            var head = comma < 0 ? header : header[..comma].Trim();
            var tail = comma < 0 ? [] : header[(comma + 1)..];
            // Each part after the place is a region ("South Korea") or a date ("July 10, 2024").
            while (!tail.IsEmpty)
            {
                int next = tail.IndexOf(',');
                var part = (next < 0 ? tail : tail[..next]).Trim();
                tail = next < 0 ? [] : tail[(next + 1)..];
                if (IsDate(part)) dated = true;
                // "Taipei, CNA --", "Kyiv, Ukrinform -": a listed agency as the last part, without parentheses, signs it.
                else if (next < 0 && agency is null && AgencyLookup.Contains(part))
                {
                    agency = part.ToString();
                    header = header[..header.LastIndexOf(',')].TrimEnd();
                }
                else if (dated || !IsCapitalisedWords(part, MaxPlaceWords, out _)) return false;
            }
            if (Labels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head)) return false;
            bool slashList = head.Contains('/');
            if (!IsCapitalisedWords(head, MaxPlaceWords, out bool allCaps)) return false;
            // Capitals are a dateline's own style ("WASHINGTON —"); capitalised words before a dash could be a person
            // ("Kim Jong Un — …"), so a mixed-case place needs a colon ("New Delhi:"), a slash list, a date or an agency.
            bool strong = (allCaps && LetterCount(head) >= 3) || slashList || dated || agency is not null || colon
                || IsOneWordPlaceBeforeDash(header, line, sep, rest);
            if (!strong) return false;
            place = header.ToString();
            int dateAt = DateStart(header);
            if (dateAt > 0) place = header[..dateAt].TrimEnd().TrimEnd(',').ToString();
        }
        else if (agency is null) return false;

        length = line.Length - rest.Length;
        dateline = new Dateline(line[..sep].Trim().ToString(), place, agency);
        return true;
    }

    /// <summary>
    /// True for a byline or staff credit line: "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press",
    /// "Staff reporter", "Jane Doe, Staff Writer". Sentences ("By Tuesday, the troops had left.") are not bylines.
    /// </summary>
    public static bool IsByline(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line.Length > 100 || line[^1] is '.' or '!' or '?' or ':' or ';') return false;
        if (StartsWithWord(line, "Staff") || StartsWithWord(line, "Our correspondent") || StartsWithWord(line, "Special correspondent")
            || StartsWithWord(line, "News desk") || StartsWithWord(line, "Web desk"))
            return WordCount(line) <= 6;
        if (line.StartsWith("By ", StringComparison.OrdinalIgnoreCase))
        {
            // A name: at least two capitalised words before any "and", comma, bar or "in".
            var name = line[3..].TrimStart();
            int words = 0;
            foreach (var range in name.SplitAny(" ,|"))
            {
                var word = name[range];
                if (word.IsEmpty) continue;
                if (words < 2 && !char.IsUpper(word[0])) return false;
                words++;
            }
            return words is >= 2 and <= 14;
        }
        // "Jane Doe, Staff Reporter", "Jane Doe | Reuters".
        int cut = line.LastIndexOfAny(',', '|');
        if (cut <= 0) return false;
        var role = line[(cut + 1)..].Trim();
        return WordCount(line) <= 8 && IsCapitalisedWords(line[..cut].Trim(), 4, out _)
            && (role.StartsWith("Staff", StringComparison.OrdinalIgnoreCase) || role.EndsWith("correspondent", StringComparison.OrdinalIgnoreCase)
                || role.EndsWith("reporter", StringComparison.OrdinalIgnoreCase) || AgencyLookup.Contains(role));
    }

    /// <summary>
    /// The place a byline names after its last comma or "in" ("By Our Correspondent, Kinshasa", "By Jane Doe in Seoul"):
    /// one to three capitalised words that are no agency and no staff role; null for any other line.
    /// </summary>
    public static string? BylinePlace(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (!IsByline(line)) return null;
        int comma = line.LastIndexOf(',');
        int inWord = line.LastIndexOf(" in ", StringComparison.Ordinal);
        int cut = Math.Max(comma < 0 ? -1 : comma + 1, inWord < 0 ? -1 : inWord + 4);
        if (cut <= 0) return null;
        var place = line[cut..].Trim();
        if (!IsCapitalisedWords(place, 3, out _) || AgencyLookup.Contains(place)) return null;
        foreach (var range in place.Split(' '))
        {
            var word = place[range];
            if (word.Length == 0 || !char.IsLetter(word[^1]) || StaffWords.Contains(word.ToString())) return null;
        }
        return place.ToString();
    }

    // Words of a staff role or a desk, never a place: "Staff Writer", "Defence Correspondent", "Foreign Desk".
    private static readonly HashSet<string> StaffWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Staff", "Writer", "Reporter", "Correspondent", "Editor", "Desk", "Bureau", "Contributor", "Columnist", "Agencies", "Agency", "Wire", "Wires", "Report",
        "Press", "News", "Service", "Media", "Times", "Post", "Herald", "Daily",
    };

    // The first dash or colon that can close a dateline: " — ", "—", " – ", " -- ", " - ", ": ".
    private static int FindSeparator(ReadOnlySpan<char> line, out int end, out bool colon)
    {
        end = -1;
        colon = false;
        int limit = Math.Min(line.Length, MaxHeaderLength + 4);
        for (int i = 1; i < limit; i++)
        {
            char c = line[i];
            if (c is '—' or '–')
            {
                end = i + 1;
                return i;
            }
            if (c == '-' && i + 1 < line.Length && (line[i + 1] == '-' || (line[i - 1] == ' ' && line[i + 1] == ' ')))
            {
                end = line[i + 1] == '-' ? i + 2 : i + 1;
                return i;
            }
            if (c == ':' && (i + 1 == line.Length || line[i + 1] == ' '))
            {
                colon = true;
                end = i + 1;
                return i;
            }
            if (c is '!' or '?' or '"' or '“') return -1; // a sentence or a quotation, not a header
        }
        return -1;
    }

    // Words that are all capitalised (or joined by "/", "-", "of", "de", "al"), at most maxWords of them.
    private static bool IsCapitalisedWords(ReadOnlySpan<char> text, int maxWords, out bool allCaps)
    {
        allCaps = true;
        int words = 0;
        bool any = false;
        foreach (var range in text.SplitAny(" /"))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            words++;
            if (words > maxWords) return false;
            if (word is "of" or "de" or "al" or "el" or "la" or "upon" or "on") continue;
            if (!char.IsUpper(word[0])) return false;
            foreach (char c in word)
            {
                if (char.IsLetter(c)) { any = true; if (char.IsLower(c)) allCaps = false; }
                else if (c is not ('.' or '-' or '\'' or '’')) return false;
            }
        }
        return any;
    }

    // "Brussels — NATO allies agreed …": one capitalised word before a long dash opens a story the way a place does. A
    // person named by one word before a dash is rarer, and is then set off by a second dash ("Putin — Russia's leader —
    // said"), which keeps the line whole.
    private static bool IsOneWordPlaceBeforeDash(ReadOnlySpan<char> header, ReadOnlySpan<char> line, int sep, ReadOnlySpan<char> rest)
    {
        if (line[sep] is not ('—' or '–') || header.Contains(' ') || LetterCount(header) < 4) return false;
        var opening = rest[..Math.Min(rest.Length, MaxHeaderLength)];
        return opening.IndexOfAny('—', '–') < 0;
    }

    private static int LetterCount(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text) if (char.IsLetter(c)) n++;
        return n;
    }

    // "July 10", "10 July 2024", "Dec. 3", "2024-07-10", "Tuesday" is not a date here (datelines name days rarely).
    private static bool IsDate(ReadOnlySpan<char> part)
    {
        if (part.IsEmpty || part.Length > 30) return false;
        bool digit = false;
        foreach (char c in part) digit |= char.IsAsciiDigit(c);
        if (!digit) return false;
        foreach (var month in Months)
            if (part.Contains(month, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (char c in part) if (!char.IsAsciiDigit(c) && c is not ('-' or '/' or '.' or ' ')) return false;
        return true;
    }

    // Where the date parts of a header begin (after the place and region), or -1.
    private static int DateStart(ReadOnlySpan<char> header)
    {
        int from = 0;
        while (true)
        {
            int comma = header[from..].IndexOf(',');
            if (comma < 0) return -1;
            int at = from + comma + 1;
            int next = header[at..].IndexOf(',');
            var part = (next < 0 ? header[at..] : header.Slice(at, next)).Trim();
            if (IsDate(part)) return at - 1;
            from = at;
        }
    }

    private static bool StartsWithWord(ReadOnlySpan<char> line, string phrase) =>
        line.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (line.Length == phrase.Length || !char.IsLetter(line[phrase.Length]));

    private static int WordCount(ReadOnlySpan<char> line)
    {
        int n = 0;
        foreach (var range in line.Split(' ')) if (!line[range].IsEmpty) n++;
        return n;
    }
}
