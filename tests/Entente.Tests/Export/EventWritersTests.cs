using System.Text;
using Entente.Export;
using Xunit;
using static Entente.Tests.Storage.Samples;

namespace Entente.Tests.Export;

public sealed class EventWritersTests
{
    [Theory]
    [InlineData("jsonl", EventFormat.Jsonl)]
    [InlineData("CSV", EventFormat.Csv)]
    [InlineData(" table ", EventFormat.Table)]
    public void Parses_format_names(string text, EventFormat expected)
    {
        Assert.Equal(expected, EventFormats.Parse(text));
        Assert.True(EventFormats.TryParse(text, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_formats_get_a_clear_error(string? text)
    {
        Assert.False(EventFormats.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => EventFormats.Parse(text));
        Assert.Contains($"'{text}'", ex.Message);
        Assert.Contains("jsonl, csv, table", ex.Message);
    }

    [Fact]
    public void Names_round_trip()
    {
        Assert.Equal(["jsonl", "csv", "table"], EventFormats.Names);
        foreach (var f in Enum.GetValues<EventFormat>()) Assert.Equal(f, EventFormats.Parse(f.ToText()));
    }

    [Theory]
    [InlineData(EventFormat.Jsonl, typeof(JsonlEventWriter), "{\"kind\":\"event\",\"article\":\"art-004\"")]
    [InlineData(EventFormat.Csv, typeof(CsvEventWriter), "article,sentence_index,")]
    [InlineData(EventFormat.Table, typeof(TableEventWriter), "ARTICLE")]
    public void Create_gives_the_writer_for_the_format_writing_utf8_without_bom(EventFormat format, Type type, string start)
    {
        var stream = new MemoryStream();
        using (var writer = EventWriters.Create(format, stream, leaveOpen: true))
        {
            Assert.IsType(type, writer);
            writer.Write(Aid().Events[0]);
            writer.Write(Visit().Events[0]);
        }
        Assert.True(stream.CanWrite);
        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        string text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith(start, text);
        Assert.Contains("Brazil’s", text);
    }

    [Fact]
    public void Create_closes_the_stream_by_default()
    {
        foreach (var format in Enum.GetValues<EventFormat>())
        {
            var stream = new MemoryStream();
            EventWriters.Create(format, stream).Dispose();
            Assert.False(stream.CanWrite);
        }
    }
}
