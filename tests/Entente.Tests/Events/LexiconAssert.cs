using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>The lexicon breadth tests' checks: a sentence read through the shipped pipeline does or does not code an event.</summary>
internal static class LexiconAssert
{
    /// <summary>The events the shipped pipeline codes and outputs for <paramref name="text"/>.</summary>
    public static List<Event> Output(string text) => SharedPipeline.OutputEvents(text);

    /// <summary>The events in one line, for failure messages.</summary>
    public static string Describe(IEnumerable<Event> events) =>
        string.Join("; ", events.Select(e => $"{e.Source.Code} {e.Type.ToPlover()}/{e.Cameo} {e.Target?.Code.Value ?? "-"}"));

    /// <summary>Asserts that <paramref name="text"/> codes <paramref name="source"/> <paramref name="type"/> <paramref name="target"/> (any source or target when null).</summary>
    public static void Has(string text, EventType type, string? source, string? target)
    {
        var events = Output(text);
        Assert.True(events.Exists(e => e.Type == type && (source is null || e.Source.Code.Value == source) && (target is null || e.Target?.Code.Value == target)),
            $"expected {source ?? "-"} {type} {target ?? "-"} in \"{text}\", got: {Describe(events)}");
    }

    /// <summary>Asserts that <paramref name="text"/> codes no event of <paramref name="type"/>.</summary>
    public static void HasNo(string text, EventType type)
    {
        var events = Output(text);
        Assert.False(events.Exists(e => e.Type == type), $"expected no {type} in \"{text}\", got: {Describe(events)}");
    }
}
