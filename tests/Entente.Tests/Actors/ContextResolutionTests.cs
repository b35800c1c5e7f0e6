using Entente.Actors;
using Entente.Articles;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Actors;

/// <summary>Resolution that needs the story's context: offices on a date, the story's own state, reported speech, entities.</summary>
public class ContextResolutionTests
{
    private static Document Read(string text, DateOnly? published = null) =>
        SharedPipeline.Instance.Read(new Article("r.txt", text) { Published = published });

    [Fact]
    public void The_president_is_the_holder_of_the_office_in_the_story_s_state_on_its_date()
    {
        var doc = Read("Seoul protested on Monday. The president told reporters that Seoul would respond.", new DateOnly(2023, 3, 1));
        var reference = Assert.Single(doc.Actors, m => m.Actor.Rule.StartsWith("ref:office", StringComparison.Ordinal));
        Assert.Equal("KOR", reference.Actor.Code.Value);
        Assert.Equal("Yoon Suk-yeol", reference.Actor.Person);
    }

    [Fact]
    public void A_named_office_holder_keeps_the_office_held_on_the_article_date()
    {
        var doc = Read("Moon Jae-in met the delegation in Seoul.", new DateOnly(2018, 6, 1));
        var moon = Assert.Single(doc.People);
        Assert.Equal("KOR", moon.Code?.Value);
        Assert.Equal("president", moon.Role);
    }

    [Fact]
    public void A_title_opened_by_another_peoples_adjective_names_a_namesake_not_the_office_holder()
    {
        var doc = Read("Peruvian Foreign Minister Pedro Sanchez met the delegation in Lima.", new DateOnly(2024, 6, 1));
        Assert.Equal("PER", Assert.Single(doc.People).Code?.Value);
        // The holder's own people's adjective keeps the office; so does a title that opens no adjective of its own.
        Assert.Equal("ESP", Assert.Single(Read("Spanish Prime Minister Pedro Sanchez met the delegation in Lima.", new DateOnly(2024, 6, 1)).People).Code?.Value);
        Assert.Equal("ESP", Assert.Single(Read("Talks with Peruvian officials as Prime Minister Pedro Sanchez arrived.", new DateOnly(2024, 6, 1)).People).Code?.Value);
    }

    [Fact]
    public void Reported_speech_is_recorded_as_indirect()
    {
        var doc = Read("Defence analyst Park Min-jun said that the drills would continue through the summer.");
        var speech = Assert.Single(doc.Quotes);
        Assert.False(speech.Direct);
        Assert.Equal("Park Min-jun", speech.Speaker);
        Assert.StartsWith("the drills would continue", speech.Text);
    }

    [Fact]
    public void Entities_are_people_organisations_and_places()
    {
        var doc = Read("Researcher Kim Ha-neul of the Asan Institute for Policy Studies spoke in Busan about NATO.");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Person);
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Organization && e.Code?.Value == "NATO");
        Assert.Contains(doc.Entities, e => e.Kind == EntityKind.Organization && doc.SliceTokens(e.FirstToken, e.EndToken).Contains("Institute"));
    }
}

public class CoreferenceTests
{
    [Fact]
    public void Every_mention_of_a_person_is_linked_full_name_surname_and_pronoun()
    {
        var doc = SharedPipeline.Instance.Read(new Article("c.txt",
            "Park Ji-hoon, a researcher at the Korea Institute for Defense Analyses, spoke on Monday. Park said the drills were routine. He added that more were planned."));
        var park = Assert.Single(doc.People);
        Assert.Equal(3, park.Mentions.Count);
        Assert.Equal(["Park Ji-hoon", "Park", "He"], park.Mentions.Select(m => doc.SliceTokens(m.First, m.End)).ToArray());
    }
}
