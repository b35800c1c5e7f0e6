using Entente.Actors;
using Xunit;

namespace Entente.Tests.Actors;

public class ActorDictionaryTests
{
    private static DictionaryFormatException LoadFails(string file, string content)
    {
        return Assert.Throws<DictionaryFormatException>(() => TestDictionaries.Build(("actors/" + file, content)));
    }

    [Fact]
    public void Line_with_the_wrong_number_of_fields_names_file_and_line()
    {
        var e = LoadFails("bad.tsv", "# comment\n\nKOR\tGOV\tSeoul\n");
        Assert.Equal("bad.tsv:3", e.Location);
        Assert.StartsWith("bad.tsv:3: ", e.Message);
        Assert.Contains("found 3", e.Message);
    }

    [Fact]
    public void Demonyms_come_from_adjectives_and_from_the_adjective_forms_of_ambiguous_names()
    {
        var d = TestDictionaries.Build(("actors/s.tsv", "XAA\t-\tadjective\tXandrian|Xandrians\nXAA\t-\tambiguous\tXandria|Xandrese|Xandrians\n"));
        Assert.Contains("Xandrian", d.Demonyms);
        Assert.Contains("Xandrese", d.Demonyms);
        Assert.DoesNotContain("Xandria", d.Demonyms);
        Assert.DoesNotContain("Xandrians", d.Demonyms);
    }

    [Fact]
    public void Seat_rows_name_the_capital_an_organisation_sits_in_without_making_it_a_name()
    {
        var d = TestDictionaries.Build(("actors/s.tsv", "XAA\tGOV\tcapital\tXandropol\nXBB\tIGO\torganization\tXandrian League\nXBB\tIGO\tseat\tXandropol\n"));
        Assert.Equal("XBB", Assert.Single(d.SeatedIn("Xandropol")).Code.Value);
        Assert.Empty(d.SeatedIn("Xandrian League"));
    }

    [Fact]
    public void Unknown_kind_is_reported()
    {
        var e = LoadFails("kinds.tsv", "KOR\t-\tstate\tSouth Korea\nKOR\t-\tcountry\tROK\n");
        Assert.Equal("kinds.tsv:2", e.Location);
        Assert.Contains("unknown kind 'country'", e.Message);
    }

    [Fact]
    public void Numeric_kind_is_not_a_kind()
    {
        var e = LoadFails("kinds.tsv", "KOR\t-\t3\tSeoul\n");
        Assert.Contains("unknown kind", e.Message);
    }

    [Fact]
    public void Empty_code_is_reported()
    {
        var e = LoadFails("codes.tsv", "\t-\tstate\tNowhere\n");
        Assert.Equal("codes.tsv:1", e.Location);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("10/07/2024")]
    [InlineData("soon")]
    public void Bad_office_date_is_reported(string date)
    {
        var e = Assert.Throws<DictionaryFormatException>(() =>
            TestDictionaries.Build(("people/offices.tsv", $"# header\nAda Park\tKOR\tGOV\tenvoy\t{date}\t-\n")));
        Assert.Equal("offices.tsv:2", e.Location);
        Assert.Contains($"bad date '{date}'", e.Message);
    }

    [Fact]
    public void Missing_path_is_reported()
    {
        var missing = Path.Combine(Path.GetTempPath(), "entente-missing-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<DictionaryFormatException>(() => ActorDictionary.Load([missing]));
        Assert.Contains("no such dictionary", e.Message);
    }

    [Fact]
    public void Comments_blank_lines_and_crlf_are_accepted()
    {
        var d = TestDictionaries.Build(("actors/a.tsv", "# states\r\n\r\n   \r\nKOR\t-\tstate\tSouth Korea|ROK\r\n"));
        Assert.Equal(2, d.NameCount);
        Assert.Equal("KOR", d.ByCode("KOR")!.Code.Value);
    }

    [Fact]
    public void Ignore_entries_take_no_code()
    {
        var d = TestDictionaries.Build(("actors/a.tsv", "-\t-\tignore\tSouth China Sea\n"));
        Assert.Equal(1, d.NameCount);
    }

    [Fact]
    public void Holder_picks_who_held_the_office_on_the_date()
    {
        var d = TestDictionaries.Dictionary;
        var chn = new ActorCode("CHN");
        Assert.Equal("Wang Yi", d.Holder("foreign minister", chn, new DateOnly(2020, 1, 1))!.Person);
        Assert.Equal("Qin Gang", d.Holder("foreign minister", chn, new DateOnly(2023, 3, 1))!.Person);
        Assert.Equal("Wang Yi", d.Holder("foreign minister", chn, new DateOnly(2024, 3, 1))!.Person);
        Assert.Equal("Wang Yi", d.Holder("foreign minister", chn, null)!.Person);
        Assert.Equal("Yoon Suk-yeol", d.Holder("president", new ActorCode("KOR"), new DateOnly(2024, 7, 1))!.Person);
        Assert.Equal("Lee Jae-myung", d.Holder("president", new ActorCode("kor"), new DateOnly(2025, 7, 1))!.Person);
        Assert.Null(d.Holder("president", new ActorCode("KOR"), new DateOnly(2025, 5, 1))); // between the two
        Assert.Null(d.Holder("president", new ActorCode("JPN"), new DateOnly(2024, 7, 1)));
        Assert.Null(d.Holder("emperor", new ActorCode("KOR"), null));
    }

    [Fact]
    public void Office_on_a_date_follows_the_person_between_offices()
    {
        var d = TestDictionaries.Dictionary;
        Assert.Equal("defense minister", d.OfficeOn("Shin Won-sik", new DateOnly(2024, 3, 1))!.Title);
        Assert.Equal("national security adviser", d.OfficeOn("Shin Won-sik", new DateOnly(2025, 1, 10))!.Title);
        // Outside every tenure: the latest office.
        Assert.Equal("national security adviser", d.OfficeOn("Shin Won-sik", new DateOnly(2019, 1, 1))!.Title);
        Assert.Equal("national security adviser", d.OfficeOn("Shin Won-sik", null)!.Title);
        Assert.Equal(2, d.OfficesOf("Shin Won-sik").Count);
        Assert.Null(d.OfficeOn("Nobody Known", null));
    }

    [Fact]
    public void Office_bounds_are_inclusive()
    {
        var office = TestDictionaries.Dictionary.OfficesOf("Qin Gang")[0];
        Assert.True(office.HeldOn(new DateOnly(2022, 12, 30)));
        Assert.True(office.HeldOn(new DateOnly(2023, 7, 25)));
        Assert.False(office.HeldOn(new DateOnly(2023, 7, 26)));
        Assert.False(office.HeldOn(null));
        Assert.Equal("offices.tsv:8", office.Origin);
    }

    [Fact]
    public void Partial_dates_are_accepted()
    {
        var d = TestDictionaries.Build(("people/o.tsv", "Ada Park\tKOR\t-\tEnvoy\t2021-03\t2023\n"));
        var office = d.OfficesOf("Ada Park").Single();
        Assert.Equal(new DateOnly(2021, 3, 1), office.Start);
        Assert.Equal(new DateOnly(2023, 1, 1), office.End);
        Assert.Equal("GOV", office.Sector);
        Assert.Equal("envoy", office.Title);
    }

    [Theory]
    [InlineData("Yoon Suk-yeol")]
    [InlineData("Yun Suk-yeol")]
    [InlineData("Yoon Seok-yul")]
    [InlineData("Yoon Suk Yeol")]
    public void Person_is_found_by_any_spelling(string spelling)
    {
        Assert.Equal("Yoon Suk-yeol", TestDictionaries.Dictionary.FindPerson(spelling));
    }

    [Fact]
    public void Surnames_find_a_person_only_when_unique()
    {
        var d = TestDictionaries.Dictionary;
        Assert.Equal("Yoon Suk-yeol", d.FindPersonBySurname("Yoon")); // East Asian names lead with the family name
        Assert.Equal("Mark Rutte", d.FindPersonBySurname("Rutte"));
        Assert.Null(d.FindPersonBySurname("Mark"));
        var shared = TestDictionaries.Build(("people/o.tsv", "Kim Min-ji\tKOR\tGOV\tenvoy\t-\t-\nKim Tae-ho\tKOR\tGOV\tminister\t-\t-\n"));
        Assert.Null(shared.FindPersonBySurname("Kim"));
    }

    [Fact]
    public void Names_are_matched_over_tokens_with_the_article_dropped()
    {
        var document = TestDictionaries.Language("Officials at the Kremlin and in the People's Republic of China agreed.");
        var d = TestDictionaries.Dictionary;
        int kremlin = Enumerable.Range(0, document.Tokens.Length).First(i => document.TextOf(i).SequenceEqual("Kremlin"));
        var (values, length) = d.Names.LongestMatch(document.Text, document.Tokens, kremlin, document.Tokens.Length)!.Value;
        Assert.Equal(1, length);
        Assert.Equal("RUS", values[0].Code.Value);
        int peoples = Enumerable.Range(0, document.Tokens.Length).First(i => document.TextOf(i).SequenceEqual("People"));
        var match = d.Names.LongestMatch(document.Text, document.Tokens, peoples, document.Tokens.Length)!.Value;
        Assert.Equal(5, match.Length); // People 's Republic of China
    }
}
