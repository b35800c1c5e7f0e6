using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// An act told as a noun names its doer in a "by" phrase after the noun's own "of" phrase (source:noun-by-agent, through
/// <c>Phrases.ByAfterOfPhrase</c>); the doer so read is not also what the act is done to; and a reaction to such an act is
/// aimed at that doer even when the parse hangs the "by" phrase on the reaction's verb (target:victim-of-named-act).
/// Every sentence was written for these tests.
/// </summary>
public class NounActDoerTests
{
    [Fact]
    public void The_by_phrase_after_the_nouns_of_phrase_names_the_doer()
    {
        // Boats belong to someone the sentence does not name: the seizure is aimed at no one, not at home.
        var seizure = Output("The seizure of two fishing boats by Indonesian authorities was reported on Monday.");
        Assert.Contains(seizure, e => e.Type == EventType.Coerce && e.Source.Code.Value == "IDN" && e.Target is null);
        // The doer is not what the act is done to: the arrest stays within the state, as the verb's would.
        Has("The arrest of three reporters by Kenyan police on Friday drew criticism.", EventType.Coerce, "KEN", "KEN");
        Has("The arrest of three reporters by Kenyan police on Friday drew criticism from the United States.", EventType.Accuse, "USA", "KEN");
    }

    [Fact]
    public void A_reaction_to_an_act_named_with_its_doer_is_aimed_at_the_doer()
    {
        Has("Bangkok voiced concern over the shelling of a Thai border post by Cambodian army units.", EventType.Accuse, "THA", "KHM");
        Has("Athens condemned the harassment of a Greek survey ship by Turkish naval vessels.", EventType.Accuse, "GRC", "TUR");
    }

    [Fact]
    public void A_by_phrase_beyond_a_clause_or_a_comma_is_not_the_nouns()
    {
        // "by" after a verb of the of-phrase's own clause, or after a comma, belongs to something else.
        HasNo("The seizure of the ship that was boarded by pirates worried Oman.", EventType.Coerce);
    }
}
