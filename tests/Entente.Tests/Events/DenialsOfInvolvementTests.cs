using Entente.Events;
using Xunit;
using static Entente.Tests.Events.LexiconAssert;

namespace Entente.Tests.Events;

/// <summary>
/// Denials of involvement said with "nothing" or "no" (lexicon: have nothing to do with, play no role in; a pattern that
/// says "no" itself is not negated by mode:no-object). Every sentence was written for these tests.
/// </summary>
public class DenialsOfInvolvementTests
{
    [Fact]
    public void Having_nothing_to_do_with_an_act_or_playing_no_role_in_it_is_a_denial()
    {
        Has("Tirana said it had nothing to do with the cyberattack on the ministry.", EventType.Reject, "ALB", null);
        Has("Minsk says Belarus played no role in the sabotage of the pipeline.", EventType.Reject, "BLR", null);
        Has("Chad said on Tuesday that it played no part in the raid.", EventType.Reject, "TCD", null);
    }

    [Fact]
    public void A_denial_of_involvement_answers_the_accusation_before_it()
    {
        Has("Ecuador accused Colombia of harbouring the smugglers. Bogota said it had nothing to do with the gang.", EventType.Reject, "COL", "ECU");
    }

    [Fact]
    public void Nothing_to_do_with_said_of_a_thing_or_a_no_in_an_ordinary_object_is_no_denial()
    {
        HasNo("The delay has nothing to do with Hungary, the minister said.", EventType.Reject);
        HasNo("Nepal sent no troops to the border, the army said.", EventType.Mobilize);
    }
}
