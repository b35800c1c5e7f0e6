using Entente.Events;
using Entente.Storage;
using Microsoft.Data.Sqlite;
using Xunit;
using static Entente.Tests.Storage.Samples;

namespace Entente.Tests.Storage;

/// <summary>The read queries behind the API and the exports, over the made-up sample articles.</summary>
public sealed class StoreReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _path;

    public StoreReaderTests()
    {
        _path = _temp.File("events.db");
        using var store = EventStore.Open(_path);
        store.Ingest(All());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    private static void Execute(string path, string sql)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    [Fact]
    public void Filters_combine_and_pages_count_every_match()
    {
        using var r = StoreReader.Open(_path);
        Assert.Equal(7, r.CountEvents(new EventSearch()));
        Assert.Equal(2, r.CountEvents(new EventSearch { Actor = "kor" }));
        Assert.Equal(2, r.CountEvents(new EventSearch { Pair = ("CHN", "BRA") }));
        Assert.Equal(1, r.CountEvents(new EventSearch { Pair = ("KOR", "PRK") }));
        Assert.Equal(1, r.CountEvents(new EventSearch { Mode = EventMode.Intended }));
        Assert.Equal(5, r.CountEvents(new EventSearch { Mode = EventMode.Happened }));
        Assert.Equal(1, r.CountEvents(new EventSearch { Type = EventType.Accuse }));
        Assert.Equal(1, r.CountEvents(new EventSearch { Text = "CONDEMNED" }));
        // June 2024: the pact and its condemnation, and BRA's "2024", a period that overlaps June.
        Assert.Equal(3, r.CountEvents(new EventSearch { Since = new DateOnly(2024, 6, 1), Until = new DateOnly(2024, 6, 30) }));

        var page = r.Events(new EventSearch { Offset = 2, Limit = 3 });
        Assert.Equal(7, page.Total);
        Assert.Equal(3, page.Items.Count);
        var all = r.StreamEvents(new EventSearch()).Select(e => e.Id).ToList();
        Assert.Equal(all.Skip(2).Take(3), page.Items.Select(e => e.Id));
        Assert.Equal(all, all.Distinct());

        var newest = r.StreamEvents(new EventSearch { NewestFirst = true }).Select(e => e.EffectiveDate).ToList();
        Assert.Equal(new DateOnly(2024, 6, 20), newest[0]);
        Assert.Null(newest[^1]);
    }

    [Fact]
    public void A_stored_event_keeps_its_id_and_its_article()
    {
        using var r = StoreReader.Open(_path);
        var accuse = r.StreamEvents(new EventSearch { Type = EventType.Accuse }).Single();
        Assert.Equal("https://news.example/art-001", accuse.Article.Url);
        Assert.Equal("2024-06-19", accuse.Article.Published);
        Assert.Equal(accuse, r.Event(accuse.Id));
        Assert.Null(r.Event(-1));
        Assert.Equal(new DateOnly(2024, 6, 20), accuse.EffectiveDate);
    }

    [Fact]
    public void Timelines_place_events_by_their_date_else_the_publication_and_leave_out_coarser_dates()
    {
        using var r = StoreReader.Open(_path);
        var months = r.Timeline(new EventSearch(), Interval.Month);
        // CHN praised BRA (undated, published 2023-12-01); UKR rejected RUS (2024-05); the pact and its condemnation (June 2024).
        // BRA might join (2024 only) has no month; RUS will send troops and JPN sent aid have no date at all.
        Assert.Equal(["2023-12", "2024-05", "2024-06"], months.Select(b => b.Period));
        Assert.Equal([1, 1, 2], months.Select(b => b.Events));
        var june = months[^1];
        Assert.Equal(1, june.Cooperative);
        Assert.Equal(1, june.Hostile);
        Assert.Equal(6.0, june.Goldstein, 6);
        var years = r.Timeline(new EventSearch(), Interval.Year);
        Assert.Equal(["2023", "2024"], years.Select(b => b.Period));
        Assert.Equal([1, 4], years.Select(b => b.Events));
        Assert.Equal(["2024-06-19", "2024-06-20"], r.Timeline(new EventSearch { Actor = "KOR" }, Interval.Day).Select(b => b.Period));
    }

    [Fact]
    public void Actor_profiles_give_partners_adversaries_people_and_recent_events()
    {
        using var r = StoreReader.Open(_path);
        var kor = r.Actor("kor")!;
        Assert.Equal(2, kor.Summary.Events);
        Assert.Equal(1, kor.Summary.AsSource);
        Assert.Equal(("JPN", "KOR"), (kor.Partners.Single().A, kor.Partners.Single().B));
        Assert.Equal(("KOR", "PRK"), (kor.Adversaries.Single().A, kor.Adversaries.Single().B));
        Assert.Contains(kor.Names, n => n.Value == "South Korea" && n.Count == 2);
        Assert.Equal(2, kor.Recent.Count);
        var ukr = r.Actor("UKR")!;
        Assert.Equal("Dmytro Kuleba", ukr.People.Single().Name);
        Assert.Null(r.Actor("ZZZ"));

        var actors = r.Actors(new EventSearch { Limit = 2 });
        Assert.Equal(2, actors.Items.Count);
        Assert.True(actors.Total >= 7);
        Assert.Equal(["BRA", "CHN"], r.Actors(new EventSearch(), "b").Items.Select(a => a.Code).Concat(r.Actors(new EventSearch(), "c").Items.Select(a => a.Code)));
        var pairs = r.Pairs(new EventSearch());
        Assert.Contains(pairs, p => p is { A: "BRA", B: "CHN", Events: 2, Cooperative: 2 });
        Assert.DoesNotContain(pairs, p => p.A == "RUS" && p.B == "RUS");
    }

    [Fact]
    public void Search_finds_sentences_in_any_case_and_marks_the_words()
    {
        using var r = StoreReader.Open(_path);
        var hits = r.Search("DEFENCE pact", 0, 10);
        var hit = Assert.Single(hits.Items);
        Assert.Equal("art-001", hit.ArticleId);
        Assert.Equal(0, hit.SentenceIndex);
        Assert.Contains("\u0002defence\u0003", hit.Snippet);
        Assert.Equal(1, hit.Events);
        // FTS5 operators are words here: "OR" must occur too, so this finds nothing (as an FTS5 query it would find Kyiv).
        Assert.Equal(0, r.Search("Kyiv OR Tokyo", 0, 10).Total);
        Assert.Equal(1, r.Search("Kyiv", 0, 10).Total);
        Assert.Equal(0, r.Search("\"(", 0, 10).Total);
        Assert.True(r.Search("Bra*", 0, 10).Total >= 1);
    }

    [Fact]
    public void Replacing_an_article_replaces_its_sentences_in_the_search_index()
    {
        using (var store = EventStore.Open(_path))
            store.Ingest([Pact("North Korea condemned the pact on Thursday in Pyongyang, the state agency KCNA said.")]);
        using var r = StoreReader.Open(_path);
        Assert.Equal(1, r.Search("condemned", 0, 10).Total);
        Assert.Equal(1, r.Search("condemned Pyongyang", 0, 10).Total);
        using var c = new SqliteConnection($"Data Source={_path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT (SELECT COUNT(*) FROM sentences), (SELECT COUNT(*) FROM sentence_rows), (SELECT COUNT(*) FROM sentences_fts)";
        using var row = cmd.ExecuteReader();
        row.Read();
        Assert.Equal(row.GetInt64(0), row.GetInt64(1));
        Assert.Equal(row.GetInt64(0), row.GetInt64(2));
    }

    [Fact]
    public void A_store_of_schema_1_is_brought_forward_with_its_sentences_indexed()
    {
        // Turn the store back into schema 1, as an older Entente left it.
        Execute(_path, """
            DROP TRIGGER sentences_fts_insert; DROP TRIGGER sentences_fts_delete;
            DROP TABLE sentences_fts; DROP TABLE sentence_rows;
            DELETE FROM schema_version WHERE version = 2;
            """);
        Assert.Throws<StoreException>(() => StoreReader.Open(_path));
        using (var store = EventStore.Open(_path)) Assert.Equal(2, store.SchemaVersion);
        using var r = StoreReader.Open(_path);
        Assert.Equal(1, r.Search("Kyiv", 0, 10).Total);
        Assert.Equal(1, r.Search("refugees", 0, 10).Total);
    }
}
