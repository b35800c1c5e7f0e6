using Entente.Actors;
using Entente.Articles;
using Entente.Language;
using Entente.Language.Syntax;
using Entente.Pipeline;

namespace Entente.Tests.Actors;

/// <summary>
/// A small actor dictionary written for the tests (states with adjectives and capitals, NATO, a few institutions,
/// a few people with offices) and a helper that reads a text through every language and actor stage.
/// </summary>
internal static class TestDictionaries
{
    public const string States = """
        # code	sector	kind	names — a dozen states, written for the tests
        KOR	-	state	South Korea|Republic of Korea|ROK
        KOR	-	adjective	South Korean|South Koreans
        KOR	GOV	capital	Seoul|Yongsan
        KOR	-	ambiguous	Korea
        PRK	-	state	North Korea|DPRK
        PRK	-	adjective	North Korean|North Koreans
        PRK	GOV	capital	Pyongyang
        CHN	-	state	China|People's Republic of China
        CHN	-	adjective	Chinese
        CHN	GOV	capital	Beijing|Zhongnanhai
        RUS	-	state	Russia|Russian Federation
        RUS	-	adjective	Russian|Russians
        RUS	GOV	capital	Moscow|the Kremlin
        USA	-	state	United States|US|U.S.|America
        USA	-	adjective	American|Americans
        USA	GOV	capital	Washington|the White House|the Pentagon
        JPN	-	state	Japan
        JPN	-	adjective	Japanese
        JPN	GOV	capital	Tokyo
        GBR	-	state	United Kingdom|Britain|UK
        GBR	-	adjective	British
        GBR	GOV	capital	London
        FRA	-	state	France
        FRA	-	adjective	French
        FRA	GOV	capital	Paris
        DEU	-	state	Germany
        DEU	-	adjective	German
        DEU	GOV	capital	Berlin
        UKR	-	state	Ukraine
        UKR	-	adjective	Ukrainian
        UKR	GOV	capital	Kyiv
        AUS	-	state	Australia
        AUS	-	adjective	Australian
        AUS	GOV	capital	Canberra
        TWN	-	state	Taiwan
        TWN	-	adjective	Taiwanese
        TWN	GOV	capital	Taipei
        CHN	-	place	Shanghai|Shandong
        """;

    public const string Organizations = """
        NATO	IGO	organization	NATO|North Atlantic Treaty Organization|the Atlantic alliance
        UN	IGO	organization	United Nations|UN|U.N.
        KOR	INT	institution	National Intelligence Service|NIS
        KOR	MIL	institution	Joint Chiefs of Staff|JCS
        KOR	EDU	institution	Korea Institute for Defense Analyses|KIDA
        CHN	MIL	institution	People's Liberation Army|PLA
        CHN	GOV	institution	Chinese Foreign Ministry
        RUS	GOV	institution	Russian Foreign Ministry
        """;

    public const string Geography = """
        -	-	ignore	South China Sea|East China Sea|Korean Peninsula|Korean War|Sea of Japan
        KOR+PRK	GOV	group	two Koreas
        """;

    public const string Offices = """
        # names	country	sector	office	start	end
        Yoon Suk-yeol|Yun Suk-yeol	KOR	GOV	president	2022-05-10	2025-04-04
        Lee Jae-myung	KOR	GOV	president	2025-06-04	-
        Shin Won-sik	KOR	GOV	defense minister	2023-10-07	2024-09-05
        Shin Won-sik	KOR	GOV	national security adviser	2024-09-06	2025-06-04
        Kim Jong-un	PRK	GOV	supreme leader	2011-12-17	-
        Wang Yi	CHN	GOV	foreign minister	2013-03-16	2022-12-30
        Qin Gang	CHN	GOV	foreign minister	2022-12-30	2023-07-25
        Wang Yi	CHN	GOV	foreign minister	2023-07-25	-
        Mark Rutte	NATO	IGO	secretary general	2024-10-01	-
        Jens Stoltenberg	NATO	IGO	secretary general	2014-10-01	2024-09-30
        """;

    private static readonly Lazy<ActorDictionary> Shared = new(() => Build(("actors/states.tsv", States), ("actors/organizations.tsv", Organizations),
        ("actors/geography.tsv", Geography), ("people/offices.tsv", Offices)));

    private static readonly Lazy<SyntaxAnnotator> SharedAnnotator = new(() => new SyntaxAnnotator(
        SharedModels.Get(Path.Combine(AppContext.BaseDirectory, "data", "models")), NameGazetteer.Of(Dictionary.NameWords, Dictionary.Demonyms)));

    /// <summary>The tests' dictionary, loaded once from files written to a temporary folder.</summary>
    public static ActorDictionary Dictionary => Shared.Value;

    /// <summary>The shipped tagger and parser, with the tests' dictionary as its gazetteer.</summary>
    public static SyntaxAnnotator Syntax => SharedAnnotator.Value;

    /// <summary>Writes <paramref name="files"/> (relative path, content) to a fresh folder and loads them as a dictionary.</summary>
    public static ActorDictionary Build(params (string Path, string Content)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-actors-" + Guid.NewGuid().ToString("N"));
        try
        {
            var roots = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (relative, content) in files)
            {
                var full = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, content.Replace("\r\n", "\n"));
                roots.Add(Path.Combine(folder, relative.Split('/')[0]));
            }
            return ActorDictionary.Load(roots.Where(r => Directory.Exists(r) || File.Exists(r)));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Tokens, sentences, tags and trees of <paramref name="text"/>, without actors.</summary>
    public static Document Language(string text, DateOnly? published = null)
    {
        var document = new Document(new Article("t.txt", text) { Published = published }) { Published = published ?? PublicationDate.Find(text) };
        var tokens = Tokenizer.Tokenize(text);
        document.SetTokens(tokens);
        document.SetSentences(SentenceSplitter.Split(text, tokens));
        Syntax.Process(document);
        return document;
    }

    /// <summary>Reads <paramref name="text"/> through every language and actor stage with the tests' dictionary.</summary>
    public static Document Read(string text, DateOnly? published = null, ActorDictionary? dictionary = null)
    {
        var document = Language(text, published);
        new ActorResolver(dictionary ?? Dictionary).Process(document);
        return document;
    }

    /// <summary>The actor mentions whose text is <paramref name="name"/>.</summary>
    public static List<ActorMention> MentionsOf(this Document document, string name) =>
        document.Actors.Where(m => m.Actor.Name == name).ToList();

    /// <summary>The single mention whose text is <paramref name="name"/>.</summary>
    public static ActorMention Mention(this Document document, string name)
    {
        var found = document.MentionsOf(name);
        Xunit.Assert.True(found.Count == 1, $"expected one mention '{name}', found {found.Count}: {Describe(document)}");
        return found[0];
    }

    /// <summary>The person whose fullest name or dictionary name is <paramref name="name"/>.</summary>
    public static PersonName Person(this Document document, string name)
    {
        var person = document.People.FirstOrDefault(p => p.Name == name || p.Known == name);
        Xunit.Assert.True(person is not null, $"no person '{name}' among: {string.Join(", ", document.People.Select(p => p.Name))}");
        return person!;
    }

    /// <summary>Every actor mention as "name=CODE/SECTOR", for failure messages.</summary>
    public static string Describe(Document document) =>
        string.Join("; ", document.Actors.Select(m => $"{m.Actor.Name}={m.Actor.Code}/{m.Actor.Sector ?? "-"}"));
}
