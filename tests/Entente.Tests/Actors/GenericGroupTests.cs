using Entente.Actors;
using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Actors;

/// <summary>Groups with no name of their own ("militants", "protesters") stand for the state where the story happens, or for no one when that is unclear.</summary>
public class GenericGroupTests
{
    private static Document Read(string text) => SharedPipeline.Instance.Read(new Article("generic.txt", text));

    private static List<Event> Events(string text) => SharedPipeline.AllEvents(text);

    [Theory]
    [InlineData("Malawi's main opposition party accused the government of rigging the count.", "MWI")]
    [InlineData("Zambia's opposition accused the government of jailing its candidates.", "ZMB")]
    public void A_states_opposition_accusing_the_government_is_one_side_of_that_state_against_the_other(string text, string state)
    {
        var accusation = Assert.Single(Events(text), e => e.Type == EventType.Accuse);
        Assert.Equal((state, "PTY"), (accusation.Source.Code.Value, accusation.Source.Sector));
        Assert.Equal((state, "GOV"), (accusation.Target?.Code.Value, accusation.Target?.Sector));
    }

    [Fact]
    public void A_states_possessive_before_another_organ_keeps_the_states_sector()
    {
        var mention = Assert.Single(Read("Zambia's foreign ministry summoned the envoy.").Actors, m => m.Actor.Code.Value == "ZMB");
        Assert.NotEqual("PTY", mention.Actor.Sector);
    }

    [Theory]
    [InlineData("The African Union urged the warring sides in Chad to return to talks.", "TCD")]
    [InlineData("Ghana called on the parties to the conflict in Mali to protect civilians.", "MLI")]
    public void The_warring_sides_of_a_place_are_its_states_armed_parties(string text, string state)
    {
        var group = Assert.Single(Read(text).Actors, m => m.Actor.Sector == "UAF");
        Assert.Equal(state, group.Actor.Code.Value);
        Assert.StartsWith(GenericGroups.SceneRule, group.Actor.Rule);
    }

    [Theory]
    [InlineData("Gang members stormed a police station in Port-au-Prince on Monday.", "HTI", "CRM")]
    [InlineData("Clan militias attacked an army base in Somalia on Friday.", "SOM", "REB")]
    public void Gangs_and_irregular_militias_are_of_the_state_they_act_in(string text, string state, string sector)
    {
        var attack = Assert.Single(Events(text), e => e.Type == EventType.Assault);
        Assert.Equal((state, sector), (attack.Source.Code.Value, attack.Source.Sector));
    }

    [Fact]
    public void A_government_named_by_a_kind_several_states_had_and_a_lone_militia_are_of_the_scene_state()
    {
        var clash = Assert.Single(Events("Forces loyal to the Government of National Unity clashed with a rival militia in Tripoli on Monday."),
            e => e.Type == EventType.Assault);
        Assert.Equal(("LBY", "LBY"), (clash.Source.Code.Value, clash.Target?.Code.Value));
    }

    [Fact]
    public void A_place_named_in_the_sentence_gives_the_group_its_state()
    {
        var events = Events("Nigerian troops killed twelve militants in Niger on Sunday.");
        var attack = Assert.Single(events, e => e.Type == EventType.Assault && e.Target is not null);
        Assert.Equal("NGA", attack.Source.Code.Value);
        Assert.Equal("NER", attack.Target!.Code.Value);
        Assert.Equal("REB", attack.Target.Sector);
        Assert.StartsWith(GenericGroups.SceneRule, attack.Target.Rule);
    }

    [Theory]
    [InlineData("Thousands of farmers blocked roads in Lima on Monday.")]
    [InlineData("Students in Lima clashed with riot police on Monday.")]
    public void Civilians_described_by_their_trade_are_civilians_of_the_scene_state(string text)
    {
        var group = Assert.Single(Read(text).Actors, m => m.Actor.Sector == "CVL");
        Assert.Equal("PER", group.Actor.Code.Value);
    }

    [Fact]
    public void A_name_two_states_share_written_as_a_name_is_a_scene_too()
    {
        var attack = Assert.Single(Events("Gunmen killed twelve traders at a market in northern Congo."), e => e.Type == EventType.Assault);
        Assert.Equal("COD", attack.Source.Code.Value);
        Assert.Equal("REB", attack.Source.Sector);
        // As the people's adjective before a noun it names no scene: "in Congolese territory" is land, handled as before,
        // but "Congolese traders" are people of the state, not the place.
        Assert.DoesNotContain(Events("Gunmen killed twelve Congolese traders on Friday."), e => e.Source.Sector == "REB" && e.Source.Rule.StartsWith(GenericGroups.SceneRule, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Islamists attacked a police post in Mali on Sunday.")]
    [InlineData("A terror group attacked a police post in Mali on Sunday.")]
    [InlineData("Fundamentalists attacked a police post in Mali on Sunday.")]
    public void Described_armed_groups_are_rebels_of_the_scene_state(string text)
    {
        var attack = Assert.Single(Events(text), e => e.Type == EventType.Assault);
        Assert.Equal("MLI", attack.Source.Code.Value);
        Assert.Equal("REB", attack.Source.Sector);
    }

    [Fact]
    public void Forces_of_order_in_what_a_state_says_are_that_states()
    {
        var arrest = Assert.Single(Events("Chile said police had arrested two Bolivian citizens on Monday."), e => e.Type == EventType.Coerce);
        Assert.Equal(("CHL", "BOL"), (arrest.Source.Code.Value, arrest.Target?.Code.Value));
        Assert.StartsWith(GenericGroups.SpeakerRule, arrest.Source.Rule);
        // The scene named in the sentence comes first; armed groups are not the speaker's.
        Assert.Contains(Events("Chile said police in Peru had detained three Chilean truckers."), e => e.Type == EventType.Coerce && e.Source.Code.Value == "PER");
        Assert.DoesNotContain(Events("Chile said militants attacked a border post on Monday."), e => e.Source.Code.Value == "CHL");
    }

    [Fact]
    public void The_state_the_story_names_most_is_taken_when_the_sentence_names_none()
    {
        var doc = Read("Chad said on Monday its army had retaken two towns. Chad has fought the insurgency for years. Soldiers killed several insurgents overnight.");
        var group = Assert.Single(doc.Actors, m => m.EntryKind == ActorEntryKind.Generic);
        Assert.Equal("TCD", group.Actor.Code.Value);
        Assert.StartsWith(GenericGroups.StoryRule, group.Actor.Rule);
        Assert.True(group.Actor.IsState);
    }

    [Fact]
    public void A_description_after_a_named_actor_belongs_to_that_actor()
    {
        var doc = Read("Ukrainian protesters gathered outside the embassy in Warsaw.");
        Assert.DoesNotContain(doc.Actors, m => m.EntryKind == ActorEntryKind.Generic);
        Assert.Contains(doc.Actors, m => m.Actor.Code.Value == "UKR");
    }

    [Fact]
    public void No_state_when_the_story_gives_no_clear_one()
    {
        var doc = Read("Militants attacked a convoy on the highway. Peru and Chile both condemned the attack.");
        Assert.DoesNotContain(doc.Actors, m => m.EntryKind == ActorEntryKind.Generic);
    }

    [Theory]
    [InlineData("Police detained forty students in Minsk on Saturday.", "BLR", "COP")]
    [InlineData("Riot police dispersed the marchers in Yerevan.", "ARM", "COP")]
    [InlineData("Security forces raided a farm in Burkina Faso on Monday.", "BFA", "MIL")]
    public void Police_and_security_forces_are_the_scene_states(string text, string state, string sector)
    {
        var group = Assert.Single(Read(text).Actors, m => m.EntryKind == ActorEntryKind.Generic && m.Actor.Sector == sector);
        Assert.Equal(state, group.Actor.Code.Value);
    }
}

/// <summary>Lower-case particles inside personal names.</summary>
public class NameParticleTests
{
    [Theory]
    [InlineData("Crown Prince Faisal bin Tamim met the Omani envoy on Sunday.", "Faisal bin Tamim")]
    [InlineData("Foreign Minister Carla van der Berg said the talks would resume.", "Carla van der Berg")]
    public void A_particle_inside_a_name_joins_it(string text, string name)
    {
        var doc = SharedPipeline.Instance.Read(new Article("names.txt", text));
        Assert.Contains(doc.People, p => p.Name == name);
    }
}
