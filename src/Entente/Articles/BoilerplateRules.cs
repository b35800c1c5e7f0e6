namespace Entente.Articles;

/// <summary>
/// General rules (not per-site) that recognise a single trimmed line as page furniture rather than article text:
/// related-link and read-more lines, subscription and newsletter prompts, share buttons, breadcrumbs,
/// photo captions and credits, bylines and contributor credits, copyright lines and lines of bare punctuation.
/// </summary>
internal static class BoilerplateRules
{
    private const int MaxFurnitureLength = 250;

    // Whole line (case-insensitive, ignoring trailing ":.!…»>›|-" and spaces).
    private static readonly HashSet<string> ExactLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "Advertisement", "Advertisements", "Advertising", "Sponsored", "Sponsored content",
        "Story continues below advertisement", "Story continues below", "Article continues below",
        "Continue reading", "Continue reading below", "Read more", "Read next", "Read also", "Also read", "See also",
        "Recommended", "Recommended for you", "Recommended stories", "Recommended articles", "Recommended reading",
        "People are also reading", "You may also like", "You might also like", "More from", "More stories",
        "Most read", "Most popular", "Trending", "Trending now", "Top stories", "Latest news", "Latest",
        "Share", "Share this", "Share this article", "Share this story", "Share this post", "Like this", "Loading",
        "Comments", "Comment", "Newsletter", "Sign up", "Subscribe", "Subscribe now", "Follow us", "Print", "Email",
        "Skip to content", "Skip to main content", "Back to top", "Home", "Back", "Menu", "Search", "Close",
        "Related", "Related articles", "Related stories", "Related posts", "Related news", "Related content",
        "Related coverage", "Related topics", "Related reading", "Tags", "Topics", "Photo", "Photos", "Video",
        "Watch", "Listen", "Listen to this article", "Getty Images", "Image", "Gallery",
    };

    // Line starts with the phrase, then a non-letter or the end (case-insensitive); only for short lines.
    private static readonly string[] Prefixes =
    [
        "Subscribe to", "Subscribe for", "Subscribe now", "Sign up for", "Sign up to", "Sign up now",
        "Discover more from", "Read more", "Read also", "Also read", "Also see", "See also:", "Read next",
        "Recommended:", "Recommended for you", "Share this", "Share on", "Share via", "Share:", "Follow us on",
        "Click here", "Photo:", "Photo by", "Photos:", "Photo credit", "Photograph:", "Photograph by",
        "Image:", "Image credit", "Image source", "Image by", "Credit:", "Picture:", "AP Photo", "File photo:",
        "Reporting by", "Additional reporting by", "Editing by", "Writing by", "Compiled by",
        "©", "Copyright ©", "Copyright (c)", "(c) 1", "(c) 2", "All rights reserved",
        "Get the latest", "Enter your email", "By signing up", "Thanks for subscribing", "Thank you for subscribing",
        "Tags:", "Topics:", "Filed under", "Watch:", "Listen:", "Advertisement", "Sponsored:", "Related:",
        "People are also reading", "You may also like", "You might also like", "Most read", "More from",
    ];

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "mail", "print", "reddit", "pinterest",
        "telegram", "share", "tweet", "copy", "link", "messenger", "pocket", "tumblr", "flipboard", "sms", "threads",
        "bluesky", "on", "via", "this", "article", "copied",
    };

    private static readonly HashSet<string> Networks = new(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest", "telegram", "tumblr", "flipboard",
        "messenger", "bluesky",
    };

    private static readonly string[] CreditMarkers =
    [
        "Provided by", "Photo by", "Photo:", "Photo credit", "Photograph by", "Photographer", "Courtesy of", "Courtesy",
        "Image:", "Image by", "Image credit", "Credit:", "Getty Images", "AP Photo", "AFP", "File photo", "Illustration by",
        "Photo/", "Reuters/", "Screenshot", "Screengrab",
    ];

    private static readonly string[] JobWords =
        ["writer", "reporter", "correspondent", "journalist", "editor", "contributor", "columnist", "author"];

    private static readonly string[] CreditEndWords =
        ["report", "article", "document", "story", "reporting", "piece", "dispatch", "post"];

    /// <summary>True when the trimmed <paramref name="line"/> is page furniture that should not reach later stages.</summary>
    public static bool IsBoilerplate(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty) return false;
        if (!HasLetterOrDigit(line)) return true;
        if (line.Length > 400) return false;

        if (ExactLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(TrimTrailingMarks(line))) return true;
        if (IsCaptionWithCredit(line) || IsCaptionOfAPhoto(line)) return true;
        if (IsContributorCredit(line)) return true;
        if (line.Length > MaxFurnitureLength) return false;
        if (DatelineRules.IsByline(line)) return true;

        foreach (var prefix in Prefixes)
            if (StartsWithPhrase(line, prefix)) return true;

        return IsRelatedHeadline(line) || IsShareButtons(line) || IsBreadcrumb(line) || IsPhotoLabel(line)
            || IsNewsletterPrompt(line);
    }

    // Headings of link lists and subscription blocks: the short title-like lines that follow them in the same block go too.
    private static readonly HashSet<string> BlockHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "Related", "Related articles", "Related stories", "Related posts", "Related news", "Related content",
        "Related coverage", "Related topics", "Related reading", "Read more", "Read also", "Also read", "See also",
        "Read next", "Recommended", "Recommended for you", "Recommended stories", "Recommended articles",
        "Recommended reading", "People are also reading", "You may also like", "You might also like", "More stories",
        "Most read", "Most popular", "Trending", "Trending now", "Top stories", "Latest news", "Latest",
        "Newsletter", "Sign up", "Subscribe", "Subscribe now", "Tags", "Topics", "Share", "Share this", "Share this article",
    };

    /// <summary>
    /// True when <paramref name="line"/> heads a block of furniture (a "Related" or "Read more" list, a newsletter box),
    /// so that the short title-like lines directly under it, without a blank line between, are furniture too.
    /// </summary>
    public static bool IsBlockHeading(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty) return false;
        return BlockHeadings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(TrimTrailingMarks(line))
            || StartsWithPhrase(line, "More from") || StartsWithPhrase(line, "Discover more from")
            || StartsWithPhrase(line, "Sign up for") || StartsWithPhrase(line, "Subscribe to") || IsNewsletterPrompt(line);
    }

    /// <summary>True for a short line that reads like a headline or a link label rather than a sentence.</summary>
    public static bool IsTitleLike(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return !line.IsEmpty && line.Length <= 150 && line[^1] is not ('.' or '!' or '?' or ',' or ';' or ':' or '"' or '”');
    }

    /// <summary>True for a short author biography ("X is a reporter for Y ..."), which is furniture when it closes the article.</summary>
    public static bool IsClosingBio(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length > 300 || line.IndexOfAny('"', '“') >= 0) return false;
        int isA = line.IndexOf(" is a", StringComparison.Ordinal);
        if (isA < 0) isA = line.IndexOf(" is the", StringComparison.Ordinal);
        if (isA <= 0 || isA > 60) return false;
        var rest = line[isA..];
        foreach (var job in JobWords)
            if (rest.Contains(job, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "Related  Some headline", "Related: ..." (not "Related to this, ... .").
    private static bool IsRelatedHeadline(ReadOnlySpan<char> line)
    {
        if (!StartsWithPhrase(line, "Related")) return false;
        var rest = line["Related".Length..].TrimStart();
        if (rest.IsEmpty || rest[0] == ':') return true;
        return (char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || rest[0] is '"' or '“' or '‘' or '\'')
            && !rest.EndsWith('.');
    }

    // "Facebook Twitter Email", "Share on Facebook | Share on X".
    private static bool IsShareButtons(ReadOnlySpan<char> line)
    {
        int words = 0;
        bool network = false;
        foreach (var range in line.SplitAny(" |•·,/"))
        {
            var word = line[range];
            if (word.IsEmpty) continue;
            if (!ShareWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
            network |= Networks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            words++;
        }
        return words >= 2 && network;
    }

    // "Home Back", "Home > World > Asia", "News › Politics › Europe".
    private static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        if (line.Length > 150 || EndsWithStop(line)) return false;
        bool home = StartsWithPhrase(line, "Home");
        if (home)
        {
            var rest = line[4..].Trim();
            if (rest.Equals("Back", StringComparison.OrdinalIgnoreCase) || rest.Equals("Page", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        int separators = line.Count('>') + line.Count('›') + line.Count('»') + line.Count('|');
        if (separators == 0 || (!home && separators < 2)) return false;
        foreach (var range in line.SplitAny(">›»|"))
        {
            var segment = line[range].Trim();
            if (segment.Count(' ') > 4) return false;
        }
        return true;
    }

    // "Epoch Times Photo", "AFP Photo", "Getty Images", "(Photo by ...)".
    private static bool IsPhotoLabel(ReadOnlySpan<char> line)
    {
        if (EndsWithStop(line) || line.Count(' ') > 7) return false;
        var trimmed = TrimTrailingMarks(line);
        return EndsWithWord(trimmed, "Photo") || EndsWithWord(trimmed, "Photos") || EndsWithWord(trimmed, "PHOTO")
            || EndsWithWord(trimmed, "Photograph") || trimmed.EndsWith("Getty Images", StringComparison.OrdinalIgnoreCase)
            || trimmed.EndsWith("via Reuters", StringComparison.Ordinal);
    }

    private static readonly string[] PictureWords =
        ["photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "handout", "screenshot", "screengrab", "grab"];

    // A caption that says what its picture shows: "A bomber flies over the sea, in this photo provided by the ministry."
    // or "This file photo, released by the agency, shows …": "this" at the line's start or after "in", then a picture word
    // within the next three words ("this undated handout photo").
    private static bool IsCaptionOfAPhoto(ReadOnlySpan<char> line)
    {
        if (line.Length > 300) return false;
        int at = 0;
        while (at < line.Length)
        {
            int found = line[at..].IndexOf("this ", StringComparison.OrdinalIgnoreCase);
            if (found < 0) return false;
            int start = at + found;
            at = start + 5;
            bool opens = start == 0 || start >= 3 && line.Slice(start - 3, 3).Equals("in ", StringComparison.OrdinalIgnoreCase);
            if (!opens || start > 0 && char.IsLetter(line[start - 1])) continue;
            var rest = line[at..];
            for (int word = 0; word < 3 && !rest.IsEmpty; word++)
            {
                int space = rest.IndexOfAny(' ', ',');
                var w = space < 0 ? rest : rest[..space];
                foreach (var picture in PictureWords)
                    if (w.Equals(picture, StringComparison.OrdinalIgnoreCase)) return true;
                if (space < 0) break;
                rest = rest[(space + 1)..].TrimStart();
            }
        }
        return false;
    }

    // A caption line that ends in a parenthesised credit: "Launch of the missile. (Provided by the agency)".
    private static bool IsCaptionWithCredit(ReadOnlySpan<char> line)
    {
        if (line[^1] != ')') return false;
        int open = line.LastIndexOf('(');
        if (open < 0) return false;
        var inner = line[(open + 1)..^1].Trim();
        if (inner.Length > 120) return false;
        foreach (var marker in CreditMarkers)
            if (inner.StartsWith(marker, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "Jane Doe in Beijing contributed to this report."
    private static bool IsContributorCredit(ReadOnlySpan<char> line)
    {
        if (line.Length > 300 || !line.EndsWith('.')) return false;
        int at = line.IndexOf("contributed", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var tail = line[..^1].TrimEnd();
        int space = tail.LastIndexOf(' ');
        var lastWord = space < 0 ? tail : tail[(space + 1)..];
        foreach (var word in CreditEndWords)
            if (lastWord.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsNewsletterPrompt(ReadOnlySpan<char> line) =>
        line.Contains("sent to your email", StringComparison.OrdinalIgnoreCase)
        || line.Contains("to your inbox", StringComparison.OrdinalIgnoreCase)
        || line.Contains("in your inbox", StringComparison.OrdinalIgnoreCase)
        || (line.Contains("newsletter", StringComparison.OrdinalIgnoreCase)
            && (line.Contains("sign up", StringComparison.OrdinalIgnoreCase)
                || line.Contains("subscribe", StringComparison.OrdinalIgnoreCase)
                || line.Contains("email", StringComparison.OrdinalIgnoreCase)));

    private static bool StartsWithPhrase(ReadOnlySpan<char> line, string phrase)
    {
        if (!line.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) return false;
        return line.Length == phrase.Length || !char.IsLetter(phrase[^1]) || !char.IsLetter(line[phrase.Length]);
    }

    private static bool EndsWithWord(ReadOnlySpan<char> line, string word) =>
        line.EndsWith(word, StringComparison.Ordinal)
        && (line.Length == word.Length || !char.IsLetter(line[line.Length - word.Length - 1]));

    private static bool EndsWithStop(ReadOnlySpan<char> line) => line[^1] is '.' or '!' or '?';

    private static ReadOnlySpan<char> TrimTrailingMarks(ReadOnlySpan<char> line) =>
        line.TrimEnd(" :.!…»>›|-–—".AsSpan());

    private static bool HasLetterOrDigit(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }
}
