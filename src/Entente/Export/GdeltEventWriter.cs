using System.Globalization;
using Entente.Actors;
using Entente.Storage;

namespace Entente.Export;

/// <summary>
/// Writes events as rows of GDELT 2.0's event table: 61 tab-separated columns in GDELT's order, no header, lines
/// ending in LF. Entente fills what it knows: GLOBALEVENTID (the store's event id), SQLDATE, MonthYear, Year and
/// FractionDate (the event's date, else the article's publication date; a partial date stands for its first day),
/// the actors' codes (root code and sector, e.g. <c>KORGOV</c>), names (the person, else the dictionary's name for the
/// code, else the words of the mention, in upper case as GDELT writes them), country or known-group codes and type codes
/// (the sector), IsRootEvent (1 for the article's first sentence), the CAMEO event code, base and root codes, quad
/// class, Goldstein scale, NumMentions (retellings in the article), NumSources and NumArticles (1), DATEADDED (when
/// stored, YYYYMMDDHHMMSS) and SOURCEURL (the article's URL, else its id). Tone and geography are left empty.
/// </summary>
internal sealed class GdeltEventWriter : IStoredEventWriter
{
    /// <summary>The 61 column names of GDELT 2.0's event table, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    private readonly TextWriter _output;
    private readonly Func<string, bool> _isState;
    private readonly Func<string, string?> _nameOf;
    private readonly string?[] _row = new string?[Columns.Count];
    private bool _disposed;

    /// <summary>Creates the writer over <paramref name="output"/>, which it disposes.</summary>
    /// <param name="output">Where the rows go.</param>
    /// <param name="isState">Which root codes are states; by default a code of three letters.</param>
    /// <param name="nameOf">The name of the actor a root code stands for ("South Korea"), or null when unknown.</param>
    public GdeltEventWriter(TextWriter output, Func<string, bool>? isState = null, Func<string, string?>? nameOf = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _isState = isState ?? (code => code.Length == 3 && code.All(char.IsAsciiLetterUpper));
        _nameOf = nameOf ?? (_ => null);
    }

    /// <inheritdoc />
    public void Write(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var e = stored.Event;
        Array.Clear(_row);
        var inv = CultureInfo.InvariantCulture;
        _row[0] = stored.Id.ToString(inv);
        if (stored.EffectiveDate is { } d)
        {
            _row[1] = d.ToString("yyyyMMdd", inv);
            _row[2] = d.ToString("yyyyMM", inv);
            _row[3] = d.Year.ToString(inv);
            double fraction = d.Year + (d.DayOfYear - 1) / (double)(DateTime.IsLeapYear(d.Year) ? 366 : 365);
            _row[4] = fraction.ToString("0.0000", inv);
        }
        Actor(5, e.Source);
        if (e.Target is { } target) Actor(15, target);
        _row[25] = e.SentenceIndex == 0 ? "1" : "0";
        _row[26] = e.Cameo;
        _row[27] = e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo;
        _row[28] = e.Cameo.Length > 2 ? e.Cameo[..2] : e.Cameo;
        int quad = Cameo.QuadClass(e.Cameo);
        _row[29] = quad == 0 ? null : quad.ToString(inv);
        _row[30] = e.Goldstein.ToString("0.0##", inv);
        _row[31] = e.Mentions.ToString(inv);
        _row[32] = "1";
        _row[33] = "1";
        if (DateTime.TryParse(stored.Article.IngestedAt, inv, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var added))
            _row[59] = added.ToString("yyyyMMddHHmmss", inv);
        _row[60] = stored.Article.Url ?? stored.Article.Id;

        for (int i = 0; i < _row.Length; i++)
        {
            if (i > 0) _output.Write('\t');
            if (_row[i] is { } v) _output.Write(Clean(v));
        }
        _output.Write('\n');
    }

    private void Actor(int at, Actor actor)
    {
        string code = actor.Code.Value;
        bool state = _isState(code);
        _row[at] = code + (actor.Sector ?? "");
        _row[at + 1] = (actor.Person ?? _nameOf(code) ?? actor.Name).ToUpperInvariant();
        if (state) _row[at + 2] = code;
        else _row[at + 3] = code;
        _row[at + 7] = actor.Sector;
    }

    /// <summary>A field with tabs and line breaks turned into spaces, so the row stays one line of 61 fields.</summary>
    private static string Clean(string value) =>
        value.AsSpan().IndexOfAny("\t\r\n") < 0 ? value : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>Flushes and closes the output.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _output.Dispose();
    }
}
