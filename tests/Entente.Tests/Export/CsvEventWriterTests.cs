using System.Text;
using Entente.Events;
using Entente.Export;
using Xunit;
using static Entente.Tests.Storage.Samples;

namespace Entente.Tests.Export;

public sealed class CsvEventWriterTests
{
    private const string Header =
        "article,sentence_index,source_code,source_sector,source_name,target_code,target_sector,target_name,type,cameo,goldstein,mode,claimant,date,lexicon,sentence";

    private static string Write(IEnumerable<Event> events)
    {
        var text = new StringWriter();
        using (var writer = new CsvEventWriter(text))
            foreach (var e in events) writer.Write(e);
        return text.ToString();
    }

    /// <summary>A strict RFC 4180 reader, independent of the writer, for checking what a CSV consumer sees.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            char c = csv[i];
            if (c == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(csv[i++]);
                }
                continue;
            }
            if (c == ',') { row.Add(field.ToString()); field.Clear(); i++; continue; }
            if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add(row); row = [];
                i += 2;
                continue;
            }
            Assert.NotEqual('"', c); // a bare quote inside an unquoted field breaks RFC 4180
            field.Append(c);
            i++;
        }
        Assert.Empty(row); // every record ends with CRLF
        Assert.Equal(0, field.Length);
        return rows;
    }

    [Fact]
    public void Header_then_one_row_per_event_with_sixteen_fields()
    {
        var events = AllEvents();
        string csv = Write(events);
        Assert.StartsWith(Header + "\r\n", csv);
        var rows = Parse(csv);
        Assert.Equal(events.Length + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(16, r.Count));
        Assert.Equal(Header.Split(','), CsvEventWriter.Columns);
    }

    [Fact]
    public void Values_are_in_the_right_columns()
    {
        var rows = Parse(Write(AllEvents()));
        var accuse = rows.Single(r => r[8] == "ACCUSE");
        Assert.Equal(
            ["art-001", "1", "PRK", "GOV", "North Korea", "KOR", "GOV", "South Korea", "ACCUSE", "111", "-2", "", "PRK", "2024-06-20", "condemned _",
             "North Korea condemned the pact on Thursday, the state agency KCNA said."],
            accuse);
        var mobilize = rows.Single(r => r[8] == "MOBILIZE");
        Assert.Equal(["", "", ""], mobilize.Skip(5).Take(3));
        Assert.Equal("-7.2", mobilize[10]);
        Assert.Equal("intend", mobilize[11]);
        Assert.Equal("", mobilize[13]);
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted_and_survive_parsing()
    {
        var reject = Border().Events[1];
        string csv = Write([reject]);
        // The sentence holds quotes, commas and a newline; the source name an apostrophe only (no quoting needed).
        Assert.Contains(",\"\"\"We reject, firmly, any talks with Russia,\"\" Ukraine's foreign minister, Dmytro Kuleba, said.\nHe spoke in Kyiv.\"\r\n", csv);
        Assert.Contains(",Ukraine's foreign minister,", csv);
        var row = Parse(csv)[1];
        Assert.Equal(reject.Sentence, row[15]);
        Assert.Equal("2024-05", row[13]);

        var comma = Aid().Events[0] with { Source = Act("JPN", "GOV", "Japan, Inc.") };
        Assert.Equal("Japan, Inc.", Parse(Write([comma]))[1][4]);
        Assert.Contains(",\"Japan, Inc.\",", Write([comma]));
    }

    [Fact]
    public void An_empty_output_still_has_the_header()
    {
        Assert.Equal(Header + "\r\n", Write([]));
    }
}
