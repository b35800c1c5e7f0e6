using System.Text;
using System.Text.Json;
using Entente.Events;
using Entente.Export;
using Xunit;
using static Entente.Tests.Storage.Samples;

namespace Entente.Tests.Export;

public sealed class JsonlEventWriterTests
{
    private static string Write(IEnumerable<Event> events)
    {
        var stream = new MemoryStream();
        using (var writer = new JsonlEventWriter(stream, leaveOpen: true))
            foreach (var e in events) writer.Write(e);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string[] Lines(string text)
    {
        Assert.EndsWith("\n", text);
        return text[..^1].Split('\n');
    }

    [Fact]
    public void Writes_one_object_per_line_with_exactly_the_contract_fields()
    {
        var events = AllEvents();
        var lines = Lines(Write(events));
        Assert.Equal(events.Length, lines.Length);
        string[] expected =
        [
            "kind", "article", "sentence", "sentence_index", "start", "end", "source", "target", "type", "cameo",
            "goldstein", "mode", "claimant", "date", "trigger", "lexicon", "mentions", "mention_count", "rules",
        ];
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.Equal(expected, doc.RootElement.EnumerateObject().Select(p => p.Name));
        }
    }

    [Fact]
    public void Fields_round_trip_for_a_full_event()
    {
        var e = Pact().Events[1]; // PRK accuses KOR, with claimant and date
        using var doc = JsonDocument.Parse(Lines(Write([e])).Single());
        var root = doc.RootElement;
        Assert.Equal("event", root.GetProperty("kind").GetString());
        Assert.Equal("art-001", root.GetProperty("article").GetString());
        Assert.Equal(e.Sentence, root.GetProperty("sentence").GetString());
        Assert.Equal(1, root.GetProperty("sentence_index").GetInt32());
        Assert.Equal(e.SentenceSpan.Start, root.GetProperty("start").GetInt32());
        Assert.Equal(e.SentenceSpan.End, root.GetProperty("end").GetInt32());

        var source = root.GetProperty("source");
        Assert.Equal(["code", "sector", "name", "person", "rule"], source.EnumerateObject().Select(p => p.Name));
        Assert.Equal("PRK", source.GetProperty("code").GetString());
        Assert.Equal("GOV", source.GetProperty("sector").GetString());
        Assert.Equal("North Korea", source.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("person").ValueKind);
        Assert.Equal("dict:test:North Korea", source.GetProperty("rule").GetString());
        Assert.Equal("KOR", root.GetProperty("target").GetProperty("code").GetString());

        Assert.Equal("ACCUSE", root.GetProperty("type").GetString());
        Assert.Equal("111", root.GetProperty("cameo").GetString());
        Assert.Equal(-2.0, root.GetProperty("goldstein").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("mode").ValueKind);
        var claimant = root.GetProperty("claimant");
        Assert.Equal(["code", "name"], claimant.EnumerateObject().Select(p => p.Name));
        Assert.Equal("PRK", claimant.GetProperty("code").GetString());
        Assert.Equal("KCNA", claimant.GetProperty("name").GetString());
        Assert.Equal("2024-06-20", root.GetProperty("date").GetString());
        var trigger = root.GetProperty("trigger");
        Assert.Equal(e.Trigger.Start, trigger.GetProperty("start").GetInt32());
        Assert.Equal(e.Trigger.End, trigger.GetProperty("end").GetInt32());
        Assert.Equal("condemned _", root.GetProperty("lexicon").GetString());
        Assert.Equal(1, root.GetProperty("mention_count").GetInt32());
        Assert.Equal(0, root.GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public void Absent_target_claimant_and_date_are_null_and_modes_are_named()
    {
        var lines = Lines(Write(AllEvents())).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var mobilize = lines.Single(l => l.GetProperty("type").GetString() == "MOBILIZE");
        Assert.Equal(JsonValueKind.Null, mobilize.GetProperty("target").ValueKind);
        Assert.Equal(JsonValueKind.Null, mobilize.GetProperty("claimant").ValueKind);
        Assert.Equal(JsonValueKind.Null, mobilize.GetProperty("date").ValueKind);
        Assert.Equal("intend", mobilize.GetProperty("mode").GetString());
        Assert.Equal(-7.2, mobilize.GetProperty("goldstein").GetDouble());
        var cooperate = lines.Single(l => l.GetProperty("type").GetString() == "COOPERATE");
        Assert.Equal("hypothetical", cooperate.GetProperty("mode").GetString());
        Assert.Equal("2024", cooperate.GetProperty("date").GetString());
        var reject = lines.Single(l => l.GetProperty("type").GetString() == "REJECT");
        Assert.Equal("2024-05", reject.GetProperty("date").GetString());
        Assert.Equal("Dmytro Kuleba", reject.GetProperty("source").GetProperty("person").GetString());
        Assert.Equal(JsonValueKind.Null, reject.GetProperty("target").GetProperty("sector").ValueKind);
        var agree = lines.Single(l => l.GetProperty("type").GetString() == "AGREE");
        Assert.Equal(2, agree.GetProperty("mention_count").GetInt32());
    }

    [Fact]
    public void Every_line_satisfies_the_scorer_contract()
    {
        var plover = Enum.GetValues<EventType>().Select(t => t.ToPlover()).ToHashSet();
        foreach (var line in Lines(Write(AllEvents())))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.False(string.IsNullOrEmpty(root.GetProperty("article").GetString()));
            Assert.False(string.IsNullOrEmpty(root.GetProperty("sentence").GetString()));
            Assert.False(string.IsNullOrEmpty(root.GetProperty("source").GetProperty("code").GetString()));
            var target = root.GetProperty("target");
            Assert.True(target.ValueKind == JsonValueKind.Null
                || (target.ValueKind == JsonValueKind.Object && !string.IsNullOrEmpty(target.GetProperty("code").GetString())));
            Assert.Contains(root.GetProperty("type").GetString() ?? "", plover);
        }
    }

    [Fact]
    public void Non_ascii_is_written_as_is_and_line_breaks_are_escaped()
    {
        string text = Write(AllEvents());
        Assert.Contains("Brazil’s president", text);
        Assert.Contains("Luiz Inácio Lula da Silva", text);
        Assert.DoesNotContain("\\u2019", text);
        Assert.Contains("said.\\nHe spoke in Kyiv.", text);
        Assert.Contains("\\\"We reject, firmly", text);
    }

    [Fact]
    public void Dispose_closes_the_stream_unless_left_open()
    {
        var kept = new MemoryStream();
        using (var w = new JsonlEventWriter(kept, leaveOpen: true)) w.Write(Aid().Events[0]);
        Assert.True(kept.CanWrite);

        var closed = new MemoryStream();
        using (var w = new JsonlEventWriter(closed)) w.Write(Aid().Events[0]);
        Assert.False(closed.CanWrite);

        var w2 = new JsonlEventWriter(new MemoryStream());
        w2.Dispose();
        Assert.Throws<ObjectDisposedException>(() => w2.Write(Aid().Events[0]));
    }
}
