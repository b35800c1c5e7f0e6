using Entente.Articles;
using Entente.Events;
using Entente.Tests.Cli;
using Xunit;

namespace Entente.Tests.Events;

/// <summary>A reaction to "the launch", "the move", "the agreement" is aimed at the actor of the act it names.</summary>
public class ImplicitTargetsTests
{
    private static List<Event> Output(string text) => SharedPipeline.OutputEvents(text);

    [Fact]
    public void A_statement_rejected_and_a_decision_backed_point_back_to_their_makers()
    {
        Assert.Contains(Output("Chile warned Bolivia against arming smugglers. Bolivia's foreign ministry rejected the statement as interference."),
            e => e.Type == EventType.Reject && e.Source.Code.Value == "BOL" && e.Target?.Code.Value == "CHL");
        Assert.Contains(Output("Peru suspended Bolivia from the trade pact. Chile's president backed the decision."),
            e => e.Type == EventType.Support && e.Source.Code.Value == "CHL" && e.Target?.Code.Value == "PER");
    }

    [Fact]
    public void A_denial_of_the_allegations_answers_the_charge_made_against_the_denier_not_the_latest_one()
    {
        var events = Output("Peru accused Bolivia of arming smugglers. Chile criticised Peru for its tone. La Paz denied the allegations.");
        Assert.Contains(events, e => e.Type == EventType.Reject && e.Source.Code.Value == "BOL" && e.Target?.Code.Value == "PER");
        Assert.DoesNotContain(events, e => e.Type == EventType.Reject && e.Target?.Code.Value == "CHL");
    }

    [Fact]
    public void Condemning_the_launch_is_aimed_at_who_launched()
    {
        var events = Output("North Korea fired a ballistic missile into the sea on Sunday.\n\nJapan condemned the launch.");
        var accuse = Assert.Single(events, e => e.Type == EventType.Accuse);
        Assert.Equal("JPN", accuse.Source.Code.Value);
        Assert.Equal("PRK", accuse.Target?.Code.Value);
        Assert.Contains(ImplicitTargets.RuleName, accuse.Rules);
        Assert.StartsWith(ImplicitTargets.RuleName, accuse.Target!.Rule);
        Assert.Contains("act-nouns.tsv:", accuse.Target.Rule);
    }

    [Fact]
    public void A_reaction_to_an_act_named_by_its_days_possessive_is_aimed_at_the_doer()
    {
        var events = Output("Colombian forces struck a boat in the Pacific on Tuesday. Ecuador's government condemned Tuesday's strike.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "ECU" && e.Target?.Code.Value == "COL");
    }

    [Fact]
    public void The_speakers_own_people_named_further_on_give_way_to_the_doer_of_the_act_named()
    {
        var events = Output("Canada imposed new tariffs on Cuban nickel on Monday. Cuba condemned the move as economic aggression against the Cuban people.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CUB" && e.Target?.Code.Value == "CAN");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "CUB" && e.Target?.Code.Value == "CUB");
    }

    [Fact]
    public void The_move_is_the_order_not_the_act_it_orders()
    {
        var events = Output("Bolivia on Tuesday ordered the Chilean aid agency to close its office in La Paz. The European Union deplored the move.");
        Assert.Contains(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "EU" && e.Target?.Code.Value == "BOL");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Source.Code.Value == "EU" && e.Target?.Code.Value == "CHL");
    }

    [Fact]
    public void A_demonstrative_called_a_condemning_word_accuses_the_doer_of_the_act_just_told()
    {
        // The speaker may be named after the quotation.
        var quoted = Output("Venezuelan troops seized a Guyanese fishing boat on Monday. \"This is a dangerous act,\" Guyana's foreign minister said.");
        Assert.Contains(quoted, e => e.Type == EventType.Accuse && e.Source.Code.Value == "GUY" && e.Target?.Code.Value == "VEN");
        var crime = Output("Ethiopian drones struck a school in Kassala overnight. \"It was a crime,\" Sudan's foreign ministry said.");
        Assert.Contains(crime, e => e.Type == EventType.Accuse && e.Source.Code.Value == "SDN" && e.Target?.Code.Value == "ETH");
        // No hostile act before: "this" names nothing.
        Assert.DoesNotContain(Output("\"This is a dangerous moment,\" Guyana's foreign minister said."), e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void Protesting_the_test_is_a_protest_against_the_tester_not_a_domestic_act()
    {
        var events = Output("North Korea fired a ballistic missile into the sea on Sunday.\n\nSouth Korea protested the test.");
        var protest = Assert.Single(events, e => e.Source.Code.Value == "KOR");
        Assert.Equal("PRK", protest.Target?.Code.Value);
    }

    [Fact]
    public void Welcoming_the_agreement_is_aimed_at_the_parties_to_it()
    {
        var events = Output("Iran and Iraq signed a border agreement on Monday.\n\nKuwait welcomed the agreement.");
        var welcomed = events.Where(e => e.Type == EventType.Support).Select(e => e.Target?.Code.Value).Order();
        Assert.Equal(["IRN", "IRQ"], welcomed);
    }

    [Fact]
    public void A_passive_reaction_coordinated_with_another_is_aimed_at_the_act_not_the_other_agent()
    {
        var events = Output("Ecuador and Colombia signed a fisheries accord in Quito on Monday.\n\nThe accord was praised by Peru and denounced by Venezuela.");
        var denounced = events.Where(e => e.Type == EventType.Accuse && e.Source.Code.Value == "VEN").Select(e => e.Target?.Code.Value).Order();
        Assert.Equal(["COL", "ECU"], denounced);
    }

    [Fact]
    public void Condemning_a_joint_act_is_aimed_at_every_party_that_did_it()
    {
        var events = Output("Chile, Peru and Ecuador began joint naval exercises off Lima on Monday. Bolivia condemned the exercises.");
        var condemned = events.Where(e => e.Type == EventType.Accuse && e.Source.Code.Value == "BOL").Select(e => e.Target!.Code.Value).Order().ToList();
        Assert.Equal(["CHL", "ECU", "PER"], condemned);
        // One doer: the act is its own, whoever it was read to be with.
        var alone = Output("Chile signed a fishing pact with Peru on Monday. Bolivia condemned the pact.");
        Assert.Equal(["CHL"], alone.Where(e => e.Type == EventType.Accuse && e.Source.Code.Value == "BOL").Select(e => e.Target!.Code.Value));
        // Two parties named together before the verb did it together, though the act is told once, from one to the other.
        var pair = Output("Chile and Peru began joint naval exercises off Lima on Monday. Bolivia condemned the exercises.");
        Assert.Equal(["CHL", "PER"], pair.Where(e => e.Type == EventType.Accuse && e.Source.Code.Value == "BOL").Select(e => e.Target!.Code.Value).Order());
    }

    [Fact]
    public void Suspending_the_tariffs_is_a_concession_to_every_state_they_hit()
    {
        var events = Output("Peru imposed new tariffs on Bolivian and Chilean wine in May. In June Peru suspended the tariffs for three months.");
        var concessions = events.Where(e => e.Type == EventType.Concede).ToList();
        Assert.Equal(["BOL", "CHL"], concessions.Select(e => e.Target?.Code.Value).Order());
        Assert.All(concessions, e => Assert.Equal("PER", e.Source.Code.Value));
        Assert.All(concessions, e => Assert.Contains(ImplicitTargets.UndoneActRuleName, e.Rules));
        Assert.All(concessions, e => Assert.Contains("act-nouns.tsv:", e.Target!.Rule));
    }

    [Fact]
    public void Only_the_actor_who_did_the_act_can_undo_it()
    {
        // Chile cannot lift Peru's tariffs: its suspension is read as at home, not as aimed at Bolivia.
        var events = Output("Peru imposed new tariffs on Bolivian wine in May. Chile suspended the tariffs on Monday.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Concede && e.Target?.Code.Value == "BOL");
    }

    [Fact]
    public void Criticising_the_move_takes_any_earlier_act()
    {
        var events = Output("Turkey deployed troops to the border on Monday. The United States criticized the move.");
        var accuse = Assert.Single(events, e => e.Type == EventType.Accuse);
        Assert.Equal("TUR", accuse.Target?.Code.Value);
    }

    [Fact]
    public void The_move_with_no_act_coded_before_it_is_what_the_previous_subject_did()
    {
        // Passing a budget is no event, but "the move" still names what Chile did.
        var events = Output("The Chilean senate passed a larger defence budget on Friday. Peru criticised the move.");
        var accuse = Assert.Single(events, e => e.Type == EventType.Accuse);
        Assert.Equal("CHL", accuse.Target?.Code.Value);
        Assert.Contains("subject of the previous sentence", accuse.Target!.Rule);
    }

    [Fact]
    public void A_specific_act_noun_does_not_fall_back_to_the_previous_subject()
    {
        // "the launch" names a kind of act; with none coded before, the previous sentence's subject is not its doer.
        var events = Output("The Chilean senate passed a larger defence budget on Friday. Peru condemned the launch.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Target is not null);
    }

    [Fact]
    public void The_move_of_the_reactions_own_actor_is_no_target()
    {
        var events = Output("Peru passed a larger defence budget on Friday. Peru defended the move.");
        Assert.DoesNotContain(events, e => e.Target?.Code.Value == "PER");
    }

    [Fact]
    public void A_protest_lodged_with_no_one_named_answers_the_last_hostile_act()
    {
        var events = Output("Venezuelan warplanes entered Guyanese airspace on Sunday. Georgetown filed a formal complaint.");
        var complaint = Assert.Single(events, e => e.Source.Code.Value == "GUY");
        Assert.Equal("VEN", complaint.Target?.Code.Value);
        Assert.Contains(ImplicitTargets.ProtestRuleName, complaint.Rules);
    }

    [Fact]
    public void A_protest_long_after_the_hostile_act_answers_nothing()
    {
        var events = Output("Venezuelan warplanes entered Guyanese airspace on Sunday. The talks were held in a hotel. Few attended. "
                            + "The weather was mild. Georgetown filed a formal complaint.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "GUY" && e.Target?.Code.Value == "VEN");
    }

    [Fact]
    public void Citizens_protesting_are_not_answering_a_foreign_act()
    {
        var events = Output("Venezuelan warplanes entered Guyanese airspace on Sunday. Students protested in Georgetown.");
        Assert.DoesNotContain(events, e => e.Type is EventType.Protest or EventType.Accuse && e.Target?.Code.Value == "VEN");
    }

    [Theory]
    [InlineData("Iceland condemned the seizure of a fishing boat by Norway.", "ISL", "NOR")]
    [InlineData("Lima protested the detention of three Peruvian sailors by Chile.", "PER", "CHL")]
    public void A_reaction_to_an_act_named_with_its_doer_is_aimed_at_the_doer(string text, string source, string doer)
    {
        var events = Output(text);
        var reaction = Assert.Single(events, e => e.Source.Code.Value == source);
        Assert.Equal(doer, reaction.Target?.Code.Value);
        // The doer is read with the act's noun (its "by" phrase), or found as the act's own actor.
        Assert.True(reaction.Rules.Contains(ImplicitTargets.RuleName) || reaction.Rules.Contains("target:victim-of-named-act"), string.Join(",", reaction.Rules));
    }

    [Theory]
    [InlineData("The African Union condemned the coup in Gabon on Thursday.", "AU", "GAB")]
    [InlineData("Sweden denounced the crackdown in Belarus.", "SWE", "BLR")]
    [InlineData("The European Parliament condemned the arrests in Azerbaijan of several opposition politicians.", "EU", "AZE")]
    public void A_reaction_to_an_act_done_at_home_is_aimed_at_the_state_it_happened_in(string text, string source, string state)
    {
        var reaction = Assert.Single(Output(text), e => e.Source.Code.Value == source);
        Assert.Equal(state, reaction.Target?.Code.Value);
        Assert.Contains(ImplicitTargets.RuleName, reaction.Rules);
    }

    [Theory]
    [InlineData("The detention of a Bolivian trucker in Chile provoked a protest from La Paz.", "BOL", "CHL")]
    [InlineData("The seizure of a fishing boat by Norway drew condemnation from Iceland.", "ISL", "NOR")]
    public void A_reaction_told_by_the_act_it_answers_is_aimed_at_that_acts_doer(string text, string source, string doer)
    {
        var reaction = Assert.Single(Output(text), e => e.Source.Code.Value == source);
        Assert.Equal(doer, reaction.Target?.Code.Value);
    }

    [Theory]
    [InlineData("Bolivia recalled its ambassador to Peru on Friday. Peru's foreign ministry said the decision was regrettable.")]
    [InlineData("Bolivia expelled two Peruvian diplomats on Monday. Lima said the expulsions were unjustified.")]
    public void An_earlier_act_called_by_a_condemning_word_is_criticism_of_its_doer(string text)
    {
        var criticism = Assert.Single(Output(text), e => e.Source.Code.Value == "PER");
        Assert.Equal((EventType.Accuse, "BOL"), (criticism.Type, criticism.Target?.Code.Value));
        Assert.Contains("sentence:pejorative-predicate", criticism.Rules);
    }

    [Fact]
    public void A_law_called_by_a_condemning_word_names_no_one_criticised() =>
        Assert.Empty(Output("Peru said the new law was unacceptable."));

    [Fact]
    public void A_reaction_to_an_attack_is_not_aimed_at_the_state_it_happened_in()
    {
        // Where a bombing struck is where its victims were, not who set it off.
        var events = Output("Canada condemned the bombing in Pakistan that killed dozens of worshippers.");
        Assert.DoesNotContain(events, e => e.Source.Code.Value == "CAN" && e.Target?.Code.Value == "PAK");
    }

    [Theory]
    [InlineData("Chile approved the sale of two frigates to Peru on Friday. Bolivia condemned the sale.", "CHL")]
    [InlineData("Venezuela annexed the disputed region by decree. Guyana protested the annexation.", "VEN")]
    public void Nouns_of_sales_and_annexations_refer_back_to_the_act(string text, string doer)
    {
        var reaction = Assert.Single(Output(text), e => e.Type is EventType.Accuse or EventType.Protest);
        Assert.Equal(doer, reaction.Target?.Code.Value);
    }

    [Fact]
    public void A_reaction_to_something_that_is_not_an_act_gets_no_target()
    {
        var events = Output("North Korea fired a ballistic missile into the sea on Sunday.\n\nJapan condemned the weather.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse);
    }

    [Fact]
    public void With_no_earlier_act_of_the_kind_there_is_no_target()
    {
        var events = Output("Japan condemned the launch.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Accuse && e.Target is not null);
    }

    [Fact]
    public void An_actor_reacting_to_its_own_act_is_not_its_own_target()
    {
        var events = Output("North Korea fired a missile on Friday. North Korea praised the launch.");
        Assert.DoesNotContain(events, e => e.Type == EventType.Support && e.Target?.Code.Value == "PRK");
    }

    [Fact]
    public void The_shipped_act_nouns_load_and_a_bad_type_names_its_line()
    {
        Assert.True(ImplicitTargets.Load().Count > 50);
        var folder = Path.Combine(Path.GetTempPath(), "entente-act-nouns-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, ImplicitTargets.FileName), "# nouns\nlaunch\tlaunches\tMOBILIZE\nraid\traids\tNOPE\n");
            var error = Assert.Throws<Entente.Actors.DictionaryFormatException>(() => ImplicitTargets.Load(folder));
            Assert.Contains("act-nouns.tsv:3", error.Message);
            // The fourth column may only mark a noun of an act done to someone.
            File.WriteAllText(Path.Combine(folder, ImplicitTargets.FileName), "raid\traids\tASSAULT\tdone-to-someone\nlaunch\tlaunches\tMOBILIZE\tsometimes\n");
            var mark = Assert.Throws<Entente.Actors.DictionaryFormatException>(() => ImplicitTargets.Load(folder));
            Assert.Contains("act-nouns.tsv:2", mark.Message);
            Assert.Contains("sometimes", mark.Message);
            // After "*" only exclusions; without it only plain types.
            File.WriteAllText(Path.Combine(folder, ImplicitTargets.FileName), "move\tmoves\t*-CONSULT\nplan\tplans\t*ASSAULT\n");
            var mixed = Assert.Throws<Entente.Actors.DictionaryFormatException>(() => ImplicitTargets.Load(folder));
            Assert.Contains("act-nouns.tsv:2", mixed.Message);
            File.WriteAllText(Path.Combine(folder, ImplicitTargets.FileName), "move\tmoves\t*-CONSULT\n");
            var loaded = ImplicitTargets.Load(folder);
            Assert.True(loaded.Names("move", EventType.Assault));
            Assert.False(loaded.Names("move", EventType.Consult));
        }
        finally { Directory.Delete(folder, true); }
    }
}
