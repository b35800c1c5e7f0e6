using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Entente.Export;
using Entente.Storage;
using Entente.Tests.Cli;
using Entente.Tests.Storage;
using NJsonSchema;
using Xunit;

namespace Entente.Tests.Export;

/// <summary>
/// Every export format is written through the real <c>entente export</c> command from a real store and read back by
/// a reader that shares no code with the writer: DuckDB for Parquet and CSV, a plain TSV split for GDELT, and a JSON
/// Schema validator (NJsonSchema) for PLOVER.
/// </summary>
public sealed class ExportFormatTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _db;

    public ExportFormatTests()
    {
        _db = _temp.File("events.db");
        using var store = EventStore.Open(_db);
        store.Ingest(Samples.All());
    }

    public void Dispose() => _temp.Dispose();

    private string Export(string format, params string[] extra)
    {
        string path = _temp.File("out." + format);
        var run = CliRunner.Run(["export", "--db", _db, "--format", format, "-o", path, .. extra]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("events written", run.Stderr);
        return path;
    }

    private static DuckDBConnection Duck()
    {
        var c = new DuckDBConnection("Data Source=:memory:");
        c.Open();
        return c;
    }

    private static List<object?[]> Rows(DuckDBConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (int i = 0; i < row.Length; i++) row[i] = r.IsDBNull(i) ? null : r.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public void Parquet_is_read_back_by_DuckDB_with_typed_columns_and_the_stored_values()
    {
        string path = Export("parquet");
        using var c = Duck();
        var types = Rows(c, $"DESCRIBE SELECT * FROM read_parquet('{path}')")
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("BIGINT", types["event_id"]);
        Assert.Equal("INTEGER", types["sentence_index"]);
        Assert.Equal("DOUBLE", types["goldstein"]);
        Assert.Equal("DATE", types["published"]);
        Assert.Equal("DATE", types["effective_date"]);
        Assert.Equal("INTEGER", types["quad_class"]);
        Assert.StartsWith("TIMESTAMP", types["ingested_at"]);
        Assert.Equal("VARCHAR", types["source_code"]);

        var count = Rows(c, $"SELECT COUNT(*), COUNT(DISTINCT article), SUM(goldstein) FROM read_parquet('{path}')")[0];
        Assert.Equal(7L, Convert.ToInt64(count[0], CultureInfo.InvariantCulture));
        Assert.Equal(4L, Convert.ToInt64(count[1], CultureInfo.InvariantCulture));
        Assert.Equal(Samples.AllEvents().Sum(e => e.Goldstein), Convert.ToDouble(count[2], CultureInfo.InvariantCulture), 6);

        var pact = Rows(c, $"""
            SELECT source_code, target_code, type, cameo, quad_class, goldstein, published, effective_date, mode, claimant_code, trigger_text, mentions, url
            FROM read_parquet('{path}') WHERE type = 'ACCUSE'
            """).Single();
        Assert.Equal("PRK", pact[0]);
        Assert.Equal("KOR", pact[1]);
        Assert.Equal("111", pact[3]);
        Assert.Equal(3, Convert.ToInt32(pact[4], CultureInfo.InvariantCulture));
        Assert.Equal(-2.0, Convert.ToDouble(pact[5], CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(2024, 6, 19), ToDate(pact[6]));
        Assert.Equal(new DateOnly(2024, 6, 20), ToDate(pact[7]));
        Assert.Null(pact[8]);
        Assert.Equal("PRK", pact[9]);
        Assert.Equal("condemned", pact[10]);
        Assert.Equal("https://news.example/art-001", pact[12]);

        // Absent values are nulls, not empty strings: the aid event's article has no date and the mobilisation has no target.
        var nulls = Rows(c, $"SELECT COUNT(*) FILTER (WHERE target_code IS NULL), COUNT(*) FILTER (WHERE published IS NULL) FROM read_parquet('{path}')")[0];
        Assert.Equal(1L, Convert.ToInt64(nulls[0], CultureInfo.InvariantCulture));
        Assert.Equal(3L, Convert.ToInt64(nulls[1], CultureInfo.InvariantCulture));
    }

    private static DateOnly ToDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => DateOnly.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    [Fact]
    public void Csv_is_read_back_by_DuckDB_with_the_header_and_quoted_sentences()
    {
        string path = Export("csv");
        using var c = Duck();
        var rows = Rows(c, $"SELECT article, source_code, target_code, type, goldstein, sentence FROM read_csv('{path}', header = true, auto_detect = true) ORDER BY article, sentence_index");
        Assert.Equal(7, rows.Count);
        var reject = rows.Single(r => (string)r[3]! == "REJECT");
        Assert.Equal("UKR", reject[1]);
        Assert.Equal(-4.0, Convert.ToDouble(reject[4], CultureInfo.InvariantCulture));
        // The sentence holds quotes, commas and a line break; CSV quoting must bring it back whole.
        Assert.Equal(Samples.Border().Events[1].Sentence, reject[5]);
        var types = Rows(c, $"DESCRIBE SELECT * FROM read_csv('{path}', header = true, auto_detect = true)").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        Assert.Equal("DOUBLE", types["goldstein"]);
        Assert.Equal(CsvEventWriter.Columns.ToArray(), types.Keys.ToArray());
    }

    // GDELT 2.0 event table columns, typed as GDELT's codebook gives them: I integer, F float, S string.
    private static readonly (string Name, char Type)[] GdeltColumns =
    [
        ("GLOBALEVENTID", 'I'), ("SQLDATE", 'I'), ("MonthYear", 'I'), ("Year", 'I'), ("FractionDate", 'F'),
        ("Actor1Code", 'S'), ("Actor1Name", 'S'), ("Actor1CountryCode", 'S'), ("Actor1KnownGroupCode", 'S'), ("Actor1EthnicCode", 'S'),
        ("Actor1Religion1Code", 'S'), ("Actor1Religion2Code", 'S'), ("Actor1Type1Code", 'S'), ("Actor1Type2Code", 'S'), ("Actor1Type3Code", 'S'),
        ("Actor2Code", 'S'), ("Actor2Name", 'S'), ("Actor2CountryCode", 'S'), ("Actor2KnownGroupCode", 'S'), ("Actor2EthnicCode", 'S'),
        ("Actor2Religion1Code", 'S'), ("Actor2Religion2Code", 'S'), ("Actor2Type1Code", 'S'), ("Actor2Type2Code", 'S'), ("Actor2Type3Code", 'S'),
        ("IsRootEvent", 'I'), ("EventCode", 'S'), ("EventBaseCode", 'S'), ("EventRootCode", 'S'), ("QuadClass", 'I'), ("GoldsteinScale", 'F'),
        ("NumMentions", 'I'), ("NumSources", 'I'), ("NumArticles", 'I'), ("AvgTone", 'F'),
        ("Actor1Geo_Type", 'I'), ("Actor1Geo_FullName", 'S'), ("Actor1Geo_CountryCode", 'S'), ("Actor1Geo_ADM1Code", 'S'), ("Actor1Geo_ADM2Code", 'S'),
        ("Actor1Geo_Lat", 'F'), ("Actor1Geo_Long", 'F'), ("Actor1Geo_FeatureID", 'S'),
        ("Actor2Geo_Type", 'I'), ("Actor2Geo_FullName", 'S'), ("Actor2Geo_CountryCode", 'S'), ("Actor2Geo_ADM1Code", 'S'), ("Actor2Geo_ADM2Code", 'S'),
        ("Actor2Geo_Lat", 'F'), ("Actor2Geo_Long", 'F'), ("Actor2Geo_FeatureID", 'S'),
        ("ActionGeo_Type", 'I'), ("ActionGeo_FullName", 'S'), ("ActionGeo_CountryCode", 'S'), ("ActionGeo_ADM1Code", 'S'), ("ActionGeo_ADM2Code", 'S'),
        ("ActionGeo_Lat", 'F'), ("ActionGeo_Long", 'F'), ("ActionGeo_FeatureID", 'S'),
        ("DATEADDED", 'I'), ("SOURCEURL", 'S'),
    ];

    [Fact]
    public void Gdelt_rows_have_61_tab_separated_columns_in_GDELT_order_with_GDELT_types()
    {
        Assert.Equal(61, GdeltColumns.Length);
        Assert.Equal(GdeltColumns.Select(c => c.Name), GdeltEventWriter.Columns);

        string path = Export("gdelt");
        var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
        Assert.Equal("", lines[^1]);
        var rows = lines[..^1].Select(l => l.Split('\t')).ToList();
        Assert.Equal(7, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal(61, row.Length);
            for (int i = 0; i < 61; i++)
            {
                string v = row[i];
                if (v.Length == 0) continue;
                switch (GdeltColumns[i].Type)
                {
                    case 'I': Assert.True(long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), $"{GdeltColumns[i].Name} '{v}' is not an integer"); break;
                    case 'F': Assert.True(double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _), $"{GdeltColumns[i].Name} '{v}' is not a number"); break;
                }
            }
            Assert.False(string.IsNullOrEmpty(row[0]));
            Assert.False(string.IsNullOrEmpty(row[5]));
            Assert.False(string.IsNullOrEmpty(row[26]));
            Assert.InRange(int.Parse(row[29], CultureInfo.InvariantCulture), 1, 4);
            Assert.Matches("^[0-9]{14}$", row[59]);
        }

        int Col(string name) => Array.FindIndex(GdeltColumns, c => c.Name == name);
        var accuse = rows.Single(r => r[Col("EventCode")] == "111");
        Assert.Equal("20240620", accuse[Col("SQLDATE")]);
        Assert.Equal("202406", accuse[Col("MonthYear")]);
        Assert.Equal("2024", accuse[Col("Year")]);
        Assert.Equal("PRKGOV", accuse[Col("Actor1Code")]);
        Assert.Equal("NORTH KOREA", accuse[Col("Actor1Name")]);
        Assert.Equal("PRK", accuse[Col("Actor1CountryCode")]);
        Assert.Equal("GOV", accuse[Col("Actor1Type1Code")]);
        Assert.Equal("KORGOV", accuse[Col("Actor2Code")]);
        Assert.Equal("KOR", accuse[Col("Actor2CountryCode")]);
        Assert.Equal("11", accuse[Col("EventRootCode")]);
        Assert.Equal("111", accuse[Col("EventBaseCode")]);
        Assert.Equal("3", accuse[Col("QuadClass")]);
        Assert.Equal(-2.0, double.Parse(accuse[Col("GoldsteinScale")], CultureInfo.InvariantCulture));
        Assert.Equal("0", accuse[Col("IsRootEvent")]);
        Assert.Equal("https://news.example/art-001", accuse[Col("SOURCEURL")]);

        var reject = rows.Single(r => r[Col("EventCode")] == "120");
        Assert.Equal("DMYTRO KULEBA", reject[Col("Actor1Name")]);
        Assert.Equal("RUSSIA", reject[Col("Actor2Name")]);
        Assert.Equal("", reject[Col("Actor2Type1Code")]);

        // An event with no target leaves Actor2 empty.
        var mobilise = rows.Single(r => r[Col("EventCode")] == "150");
        Assert.Equal("", mobilise[Col("Actor2Code")]);
        Assert.Equal("4", mobilise[Col("QuadClass")]);
        Assert.Equal("", mobilise[Col("SQLDATE")]);
    }

    [Fact]
    public async Task Plover_records_validate_against_the_JSON_schema_and_keep_the_spans()
    {
        string path = Export("plover");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "docs", "plover-record.schema.json"));
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        Assert.Equal(7, lines.Length);
        foreach (var line in lines)
        {
            var errors = schema.Validate(line);
            Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")) + " in " + line);
        }
        var accuse = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(r => r.GetProperty("event").GetString() == "ACCUSE");
        Assert.Equal("2024-06-20", accuse.GetProperty("date").GetString());
        Assert.Equal("PRK", accuse.GetProperty("source")[0].GetProperty("code").GetString());
        Assert.Equal("North Korea", accuse.GetProperty("source")[0].GetProperty("actorText").GetString());
        Assert.Equal("condemned", accuse.GetProperty("eventText").GetString());
        string text = accuse.GetProperty("text").GetString()!;
        foreach (var span in accuse.GetProperty("textInfo").GetProperty("spans").EnumerateArray())
        {
            int start = span.GetProperty("start").GetInt32(), end = span.GetProperty("end").GetInt32();
            Assert.Equal(span.GetProperty("text").GetString(), text[start..end]);
        }
        var intend = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(r => r.GetProperty("event").GetString() == "MOBILIZE");
        Assert.Equal("intend", intend.GetProperty("mode").GetString());
        Assert.Equal(0, intend.GetProperty("target").GetArrayLength());

        // A record that breaks the layout is caught by the same check (the schema is not vacuous).
        Assert.NotEmpty(schema.Validate("""{"id":"x","event":"HUG"}"""));
    }

    [Fact]
    public void Jsonl_export_is_the_extract_contract_and_filters_apply()
    {
        string path = Export("jsonl", "--actor", "KOR");
        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        foreach (var l in lines)
        {
            var o = JsonDocument.Parse(l).RootElement;
            Assert.Equal("event", o.GetProperty("kind").GetString());
            Assert.Contains("KOR", new[] { o.GetProperty("source").GetProperty("code").GetString(), o.GetProperty("target").GetProperty("code").GetString() });
        }
    }

    [Fact]
    public void Export_errors_are_one_line_with_usage_exit_codes()
    {
        var unknown = CliRunner.Run("export", "--db", _db, "--format", "xml", "-o", _temp.File("x"));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown export format 'xml'", unknown.Stderr);
        var parquetToStdout = CliRunner.Run("export", "--db", _db, "--format", "parquet");
        Assert.Equal(2, parquetToStdout.ExitCode);
        var missing = CliRunner.Run("export", "--db", _temp.File("none.db"), "--format", "csv");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such database", missing.Stderr);
    }

    [Fact]
    public void Export_of_the_sample_corpus_writes_every_stored_event_in_every_format()
    {
        string db = _temp.File("sample.db");
        Assert.Equal(0, CliRunner.Run("ingest", CliRunner.SampleFolder, "--db", db).ExitCode);
        int stored;
        using (var reader = StoreReader.Open(db)) stored = reader.CountEvents(new EventSearch());
        Assert.True(stored > 20, $"only {stored} events");
        using var c = Duck();
        foreach (var format in ExportFormats.Names)
        {
            string path = _temp.File("sample." + format);
            var run = CliRunner.Run("export", "--db", db, "--format", format, "-o", path);
            Assert.True(run.ExitCode == 0, run.Stderr);
            long count = format switch
            {
                "parquet" => Convert.ToInt64(Rows(c, $"SELECT COUNT(*) FROM read_parquet('{path}')")[0][0], CultureInfo.InvariantCulture),
                "csv" => Convert.ToInt64(Rows(c, $"SELECT COUNT(*) FROM read_csv('{path}', header = true)")[0][0], CultureInfo.InvariantCulture),
                _ => File.ReadAllLines(path).Length,
            };
            Assert.Equal(stored, count);
        }
    }
}
