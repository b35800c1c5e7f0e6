using Entente.Actors;
using Entente.Language;
using Entente.Events;

namespace Entente.Events.Coding;

/// <summary>"South Korea, the United States and Japan will hold a three-way exercise", "… began their annual exercise": drilling
/// together is cooperating, and an exercise the parties own is aimed at no one else.</summary>
internal sealed class JointExerciseIsCooperation : ClauseRule
{
    /// <summary>The rule's name, which event coreference looks for.</summary>
    public const string RuleName = "type:joint-exercise";

    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Entry.Type != EventType.Mobilize || !Phrases.IsExercise(f.Document, f.Trigger, f.Match.End, f.Context.Words)) return false;
        // "Japan held drills with the United States": a partner named with "with" or "alongside" exercises with the actor.
        if (f.Target is { } partner && !partner.CodesWithin(f.Source!) && NamedAsPartner(f, partner))
        {
            f.Recode(EventType.Cooperate, "062");
            return true;
        }
        // "began their annual exercise": an object owned by the parties themselves restates them and aims the act at no one.
        if (f.Target is not null && !f.Target.CodesWithin(f.Source!) || f.Source!.Parts.Distinct().Count() <= 1) return false;
        f.Target = null;
        f.Recode(EventType.Cooperate, "062");
        return true;
    }

    private static bool NamedAsPartner(ClauseFrame f, ActorGroup partner)
    {
        int before = partner.First - 1;
        if (before > f.Trigger && f.Document.TextOf(before) is "the") before--;
        return before > f.Trigger && f.Document.TextOf(before) is "with" or "alongside";
    }
}

/// <summary>"Chinese and Russian bombers flew together over the Sea of Japan", "their warships sailed jointly through the
/// strait": forces of several parties moved or deployed together (an adverb of list 'joint' on the verb) act as one, each
/// cooperating with the other, not each mobilising alone.</summary>
internal sealed class MovingTogetherIsCooperation : ClauseRule
{
    public override string Name => "type:moving-together";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Entry.Type != EventType.Mobilize || f.IsNounHeaded || f.Source!.Parts.Distinct().Count() <= 1
            || f.Target is not null && !f.Target.CodesWithin(f.Source) || f.Document.Syntax is not { } tree) return false;
        bool together = false;
        foreach (int child in tree.ChildrenOf(f.Trigger))
            together |= tree.RelationOf(child) == DependencyRelation.Advmod && f.Context.Words.Joint.Contains(f.Document.TextOf(child));
        if (!together) return false;
        f.Target = null;
        f.Recode(EventType.Cooperate, "062");
        return true;
    }
}

/// <summary>"The allies kicked off their exercise … The allies mobilised destroyers and fighter jets for the drills": forces
/// sent for an exercise the story has told (a definite noun of list 'exercise' after "for", an exercise of the sender
/// coded before) tell how that exercise was done, not a second act. The rule marks the event; event coreference folds it
/// into the exercise.</summary>
internal sealed class ForcesForAToldExercise : ClauseRule
{
    /// <summary>The rule's name, which event coreference looks for.</summary>
    public const string RuleName = "retelling:forces-for-told-exercise";

    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Mobilize || f.Target is not null || f.IsNounHeaded || !f.Context.HasWordOf(f.Context.Words.Exercise)
            || !f.Context.Earlier.Any(e => e.Rules.Contains(JointExerciseIsCooperation.RuleName)) || f.Document.Syntax is not { } tree) return false;
        // The phrase hangs on the verb or, as often parsed, on the forces sent ("sent two frigates for the exercise").
        for (int noun = f.Match.End; noun < f.Sentence.EndToken; noun++)
        {
            if (!f.Context.Words.Exercise.Contains(f.Document.TextOf(noun))) continue;
            int marker = tree.ChildWith(noun, DependencyRelation.Case), determiner = tree.ChildWith(noun, DependencyRelation.Det);
            bool definite = determiner >= 0 && f.Document.TextOf(determiner) is "the" or "these" or "this" || tree.ChildWith(noun, DependencyRelation.NmodPoss) >= 0;
            if (marker < 0 || f.Document.TextOf(marker) is not "for" || !definite) continue;
            int k = noun;
            for (int steps = 0; steps < 4 && tree.HeadOf(k) is int head and >= 0; steps++, k = head)
                if (head == f.Trigger) return true;
        }
        return false;
    }
}

/// <summary>"China launched large-scale joint drills around Taiwan": exercises called joint or combined with one party and no
/// partner named are that party's services drilling together, a show of its own force (MOBILIZE 150), aimed where they are
/// held (rule target:location after it). A partner named with "with", "alongside" or "and" keeps them cooperation.</summary>
internal sealed class JointDrillOfOnePartyIsAShowOfForce : ClauseRule
{
    public const string RuleName = "type:joint-drill-of-one-party";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Cooperate || f.Cameo != "062" || f.Source is not { } source || source.Members.Count != 1
            || !Phrases.IsExercise(f.Document, f.Trigger, f.Match.End, f.Context.Words)) return false;
        if (f.Target is { } target && !target.CodesWithin(source) && target.First < f.Match.End) return false;
        // "… with the United States", "… alongside Russian ships": another actor named as a partner in the rest of the sentence.
        foreach (var g in f.Context.Groups)
        {
            if (g.First < f.Match.End || g.CodesWithin(source)) continue;
            int before = g.First - 1;
            if (before > f.Match.End && f.Document.TextOf(before) is "the") before--;
            if (f.Document.TextOf(before) is "with" or "alongside" or "and" or "between" && !AtABorder(f.Document, before)) return false;
        }
        // "the allies' joint drills", "their joint drills": an owner of several parties before the trigger.
        for (int i = f.Sentence.FirstToken; i < f.Trigger; i++)
            if (f.Document.TextOf(i) is "their" or "allies" or "partners" or "both" or "together") return false;
        f.Recode(EventType.Mobilize, "150");
        // A place the object reading found ("off the coast of Morocco") stays; else where the drills were held.
        f.Target = f.Target is { } place && !place.CodesWithin(source) ? place : WhereHeld(f, source);
        return true;
    }

    // "… around Taiwan", "… off the coast of Japan": the first other actor after a word of place (list 'location', or "off").
    private static ActorGroup? WhereHeld(ClauseFrame f, ActorGroup source)
    {
        foreach (var g in f.Context.Groups)
        {
            if (g.First < f.Match.End || g.CodesWithin(source)) continue;
            int before = g.First - 1;
            if (before > f.Match.End && f.Document.TextOf(before) is "the") before--;
            if (f.Context.Words.Location.Contains(f.Document.TextOf(before)) || f.Document.TextOf(before) is "off" || AtABorder(f.Document, before)) return g;
        }
        return null;
    }

    // "the border with Guyana": the state on a border's other side, not a partner.
    private static bool AtABorder(Document d, int with) => d.TextOf(with) is "with" && with > 0 && d.TextOf(with - 1) is "border" or "frontier" or "boundary";
}

/// <summary>Acting together makes an event between the actors: "agreed", "met", "launched a joint patrol" — not "joined the leaders".</summary>
internal sealed class JointActIsBetweenParties : ClauseRule
{
    /// <summary>The rule's name, which later rules look for.</summary>
    public const string RuleName = "pairs:joint-act";

    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        var source = f.Source!;
        bool severalParts = source.Parts.Distinct().Count() > 1;
        // "Washington and Tokyo agreed to upgrade the command of US forces": a target among the parties names no one else.
        // "Seoul and Washington agreed to respond sternly to Pyongyang's provocations", "discussed ways to deepen cooperation
        // with Tokyo": an actor inside what the parties agree or discuss, past another verb, is what the act is about.
        if (f.Target is not null && !(severalParts && (f.Target.CodesWithin(source) || InsideAnotherVerbsPhrase(f, f.Target))) || !EventCoder.Symmetric.Contains(f.Type)) return false;
        // "The two Koreas held a summit": the states of one name are parties apart.
        bool oneNameOfSeveralStates = !severalParts && source.Members.Count > 1 && source.Members.TrueForAll(m => m.Kind is ActorKind.State or ActorKind.Group);
        if (!severalParts && !oneNameOfSeveralStates) return false;
        if (f.Type == EventType.Cooperate && !Phrases.IsJoint(f.Document, f.Trigger, f.Match.End, f.Sentence, f.Context.Words)
            && Phrases.HasObject(f.Document, f.Match.End, f.Sentence)) return false;
        if (oneNameOfSeveralStates) for (int k = 0; k < source.Parts.Count; k++) source.Parts[k] = k;
        f.Target = null;
        f.Pairwise = true;
        return true;
    }

    // The target, after the matched words, hangs (through nouns) on a verb other than the trigger, which commits to nothing.
    private static bool InsideAnotherVerbsPhrase(ClauseFrame f, ActorGroup target)
    {
        // "The four leaders promised to deliver air defences to Kyiv": a commitment is aimed at whom it is for.
        if (target.First < f.Match.End || f.Document.Syntax is not { } tree || f.Context.Words.Commitment.Contains(f.Document.TextOf(f.Trigger))) return false;
        int k = target.First;
        for (int steps = 0; steps < 8 && tree.HeadOf(k) is int head and >= 0; steps++, k = head)
        {
            if (head == f.Trigger) return false;
            if (tree.Universal[head] == UniversalTag.Verb) return true;
        }
        return false;
    }
}

/// <summary>"Turkey and Egypt restored diplomatic ties", "Peru and Chile normalised relations", "India and Pakistan exchanged
/// fire", "accused each other", "each blamed the other": an act on the parties' own relation, an exchange, or one done to
/// "each other", by coordinated actors with no other target, is an act between them.</summary>
internal sealed class ReciprocalActIsBetweenParties : ClauseRule
{
    public override string Name => "pairs:reciprocal";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Pairwise) return false;
        // "A and B exchanged fire", "traded prisoners": a verb of exchange (list 'exchange') is done by each to the other, also
        // by the states of one name ("the two Koreas exchanged fire").
        bool reciprocal = IsAnExchange(f) || FightIsTheSubject(f);
        bool parts = f.Source!.Parts.Distinct().Count() > 1;
        if (!parts && !(reciprocal && f.Source.Members.Select(m => m.Code).Distinct().Count() > 1)) return false;
        for (int i = f.Trigger + 1; i <= f.Match.End && i < f.Sentence.EndToken && !reciprocal; i++) reciprocal = f.Context.Words.Reciprocal.Contains(f.Document.TextOf(i));
        // "the truce announced by Armenia and Azerbaijan": the noun a participle describes is its matched object.
        reciprocal |= ParticipleWithAgentIsPassive.DescribedNoun(f) is int described and >= 0 && (f.Context.Words.Reciprocal.Contains(f.Document.TextOf(described))
                      || f.Type != EventType.Request && f.Context.Words.Exchange.Contains(f.Document.TextOf(described)));
        // "accused each other", "blamed one another".
        int after = PatternMatcher.SkipAdverbs(f.Document, f.Trigger + 1, f.Sentence.EndToken);
        reciprocal |= after + 1 < f.Sentence.EndToken && f.Document.TextOf(after) is "each" or "one" && f.Document.TextOf(after + 1) is "other" or "another";
        // "Russia and Ukraine each blamed the other".
        // So does "each side blamed the other".
        reciprocal |= (f.Trigger - 1 >= f.Source.End && f.Document.TextOf(f.Trigger - 1) is "each" || f.Document.TextOf(f.Source.First) is "each" or "Each")
                      && after + 1 < f.Sentence.EndToken && f.Document.TextOf(after) is "the" && f.Document.TextOf(after + 1) is "other";
        if (!reciprocal) return false;
        // The states of one name are parties apart, each acting on the other.
        if (!parts) for (int k = 0; k < f.Source.Parts.Count; k++) f.Source.Parts[k] = k;
        f.Pairwise = true;
        return true;
    }

    /// <summary>A verb or noun of exchange (list 'exchange') in the matched words is done by the parties to each other, unless
    /// it is asked for: a call for a truce ("Washington and Riyadh called for a truce in Sudan") asks it of others.</summary>
    internal static bool IsAnExchange(ClauseFrame f) => f.Type != EventType.Request && f.MatchHolds(f.Context.Words.Exchange);

    // "An exchange of fire between A and B killed two soldiers": force whose subject is a fight (list 'fight-noun') between
    // the parties is done by each to the other.
    private static bool FightIsTheSubject(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Entry.Type != EventType.Assault || f.Document.Syntax is not { } tree) return false;
        int subject = tree.ChildWith(f.Trigger, DependencyRelation.Nsubj);
        return subject >= 0 && f.Context.Words.FightNoun.Contains(f.Document.TextOf(subject));
    }
}

/// <summary>"“The danger has not passed,” agreed the envoy", "Poland agreed that the talks had failed": one actor agreeing
/// with a view — the verb bringing a quote or a that-clause, with no one to agree with and nothing agreed to — voices an
/// opinion; it reaches no agreement. ("Poland and Czechia agreed that …" stays an agreement between them.)</summary>
internal sealed class AgreeingWithAViewIsNoAgreement : ClauseRule
{
    public override string Name => "drop:agreeing-with-a-view";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Agree || f.Target is not null && !InsideTheThatClause(f, f.Target) || f.Pairwise || f.IsNounHeaded || f.Match.End != f.Trigger + 1
            || f.Source!.Parts.Distinct().Count() > 1 || f.Document.Syntax is not { } tree) return false;
        bool clause = false, agreedTo = false;
        foreach (int child in tree.ChildrenOf(f.Trigger))
        {
            var relation = tree.RelationOf(child);
            if (relation == DependencyRelation.Ccomp && child > f.Trigger) clause = true;
            else if (relation is DependencyRelation.Obj or DependencyRelation.Xcomp or DependencyRelation.Obl) agreedTo = true;
        }
        // "agreed that cooperation … is important": the parse may take "that" for a determiner of an object; after "agree" it
        // opens a clause.
        if (f.Trigger + 1 < f.Sentence.EndToken && f.Document.TextOf(f.Trigger + 1) is "that") clause = true;
        bool quoteBefore = false;
        for (int i = f.Sentence.FirstToken; i < f.Trigger && !quoteBefore; i++) quoteBefore = f.Document.Tokens[i].Kind == TokenKind.Quote;
        if (!clause && !(quoteBefore && !agreedTo)) return false;
        // (A target read from inside the view itself, "agreed that cooperation among Japan, Korea and the US matters", is
        // what the view is about, so only a that-clause drops it.)
        if (f.Target is not null && !clause) return false;
        f.Dropped = true;
        return true;
    }

    // "agreed that cooperation among Japan and Korea …": the target stands after a "that" opening the clause right after the verb.
    private static bool InsideTheThatClause(ClauseFrame f, ActorGroup target) =>
        target.First > f.Trigger + 1 && f.Document.TextOf(f.Trigger + 1) is "that";
}

/// <summary>"The president attacked the newspaper for its coverage", "the minister attacked the senator": an attack by a
/// person or a government on the press or on a person, with no armed actor on either side, is words, not force.</summary>
internal sealed class VerbalAttackIsCriticism : ClauseRule
{
    public override string Name => "type:verbal-attack";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Assault || f.IsNounHeaded || f.Match.End != f.Trigger + 1 || f.Target is not { } target || f.Source is not { } source
            || f.Document.Syntax is not { } tree || tree.LemmaOf(f.Trigger) is not "attack") return false;
        if (!source.Members.TrueForAll(m => m.Sector is "GOV" or "LEG" or "PTY" or "JUD" || IsPerson(m) && m.Sector is not ("MIL" or "REB" or "COP"))) return false;
        if (!target.Members.TrueForAll(m => m.Sector is "MED" or "EDU" || IsPerson(m) && m.Sector is not ("MIL" or "REB" or "COP"))) return false;
        f.Recode(EventType.Accuse, "111");
        return true;
    }

    // A named person, or an office named by its title ("Brazilian President").
    private static bool IsPerson(Entente.Actors.Actor actor)
    {
        if (actor.Person is not null) return true;
        int space = actor.Name.LastIndexOf(' ');
        return space > 0 && Entente.Actors.RoleWords.IsTitle(actor.Name.AsSpan(space + 1));
    }
}

/// <summary>"EU ministers clash with Budapest over sanctions", "Chinese and Philippine envoys clashed at the UN": a clash of
/// governments, bodies and parties, with no armed force, police or crowd on either side, is a dispute in words.</summary>
internal sealed class ClashOfGovernmentsIsDispute : ClauseRule
{
    public override string Name => "type:clash-of-governments";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Assault || f.IsNounHeaded || f.Source is not { } source || f.Target is not { } target
            || f.Document.Syntax is not { } tree || tree.LemmaOf(f.Trigger) is not "clash") return false;
        if (!source.Members.TrueForAll(Unarmed) || !target.Members.TrueForAll(Unarmed)) return false;
        f.Recode(EventType.Accuse, "111");
        return true;
    }

    private static bool Unarmed(Entente.Actors.Actor actor) => actor.Sector is "GOV" or "IGO" or "LEG" or "PTY" or "JUD";
}

/// <summary>"G7 foreign ministers gathered in Quebec", "NATO leaders held talks": an organisation's members meeting among
/// themselves is a consultation with no outside party (a verb tells it happened; "the NATO summit" alone does not).</summary>
internal sealed class MultilateralMeetingNeedsNoTarget : ClauseRule
{
    public override string Name => "target:multilateral-meeting";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Target is not null || f.Pairwise || f.Type != EventType.Consult || !f.Source!.Members.TrueForAll(m => m.Kind == Entente.Actors.ActorKind.Organization)) return false;
        // An infinitive's actor is read from far away ("… to discuss"): too unsure to stand with no other party.
        // ("to discuss", "to further discuss").
        for (int before = f.Trigger - 1; before >= f.Sentence.FirstToken && before >= f.Trigger - 2; before--)
            if (f.Document.TextOf(before) is "to") return false;
        f.Multilateral = true;
        return true;
    }
}

/// <summary>"a dispute joined by Chile and Peru", "the war was joined by …": a reading the lexicon vetoes for the verb's
/// object ("join the fight" is no cooperation) is vetoed as well when the noun comes before the verb's passive participle —
/// the noun it modifies or its passive subject.</summary>
internal sealed class VetoedObjectBeforePassive : ClauseRule
{
    public override string Name => "drop:vetoed-object-before-passive";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Entry.Exceptions.Length == 0 || f.Document.Syntax is not { } tree || tree.Penn[f.Trigger] != "VBN") return false;
        int noun = tree.RelationOf(f.Trigger) == DependencyRelation.Acl ? tree.HeadOf(f.Trigger) : tree.ChildWith(f.Trigger, DependencyRelation.NsubjPass);
        if (noun < 0) return false;
        string lemma = tree.LemmaOf(noun), word = f.Document.TextOf(noun).ToString().ToLowerInvariant();
        foreach (var exception in f.Entry.Exceptions)
        {
            // Only a veto that names the object itself, after any gap ("join * (fight|war)").
            if (exception.Length == 0 || exception[^1].Kind != PatternElementKind.Word || !Array.TrueForAll(exception[..^1], e => e.Kind == PatternElementKind.Gap)) continue;
            if (Array.IndexOf(exception[^1].Words, lemma) < 0 && Array.IndexOf(exception[^1].Words, word) < 0) continue;
            f.Dropped = true;
            return true;
        }
        return false;
    }
}

/// <summary>"Allies pledge air defence for Ukraine … The Netherlands said it had delivered the last of its F-16s": help
/// with no one named to receive it, in a story whose headline or an earlier sentence names the state helped ("aid for X",
/// "a package to X"; list 'aid-noun'), goes to that state; failing that, to the state its giver visited in this sentence
/// or the two before ("Poland's defence minister visited Vilnius. He said Poland had delivered 20 tanks").</summary>
internal sealed class AidGoesToTheStorysRecipient : ClauseRule
{
    public const string RuleName = "target:story-recipient";
    // How far after a word of help its "for"/"to" may stand ("aid worth $2 billion for …" is past it).
    private const int Reach = 3;

    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Pairwise || f.Multilateral || f.Type != EventType.Aid || f.Context.Index == 0) return false;
        if (Recipient(f.Context) is not { } recipient || f.Source!.Members.Exists(m => m.Code == recipient.Actor.Code))
        {
            if (StateVisited(f) is not { } visit) return false;
            ImplicitTargets.AimAt(f, visit.Target! with { Rule = $"{RuleName} <- the state visited in sentence {visit.SentenceIndex + 1}: {visit.Target!.Rule}" });
            return true;
        }
        var d = f.Document;
        ImplicitTargets.AimAt(f, recipient.Actor with
        {
            Rule = $"{RuleName} <- '{d.SliceTokens(recipient.FirstToken, recipient.EndToken)}' in sentence {d.SentenceOfToken(recipient.FirstToken) + 1}",
        });
        return true;
    }

    // "Germany's defence minister visited Kyiv on Monday. … Berlin would deliver two more Patriot systems": help whose giver
    // visited a state in this sentence or the two before (a visit, an arrival, a journey there) goes to the state visited.
    private static Event? StateVisited(ClauseFrame f)
    {
        var source = f.Source!;
        for (int k = f.Context.Earlier.Count - 1; k >= 0; k--)
        {
            var e = f.Context.Earlier[k];
            if (e.SentenceIndex < f.Context.Index - 2) break;
            if (e.Type != EventType.Consult || e.Target is not { IsState: true } host || e.Mode != EventMode.Happened || e.IsBackground
                || !source.Members.Exists(m => m.Code == e.Source.Code) || source.Members.Exists(m => m.Code == host.Code)) continue;
            if (e.LexiconEntry.StartsWith("visit", StringComparison.Ordinal) || e.LexiconEntry.StartsWith("arrive", StringComparison.Ordinal)
                || e.LexiconEntry.StartsWith("travel", StringComparison.Ordinal) || e.LexiconEntry.StartsWith("fly", StringComparison.Ordinal)) return e;
        }
        return null;
    }

    // The first state named, before this sentence, as whom help goes to; or null.
    private static ActorMention? Recipient(SentenceContext c)
    {
        var d = c.Document;
        int end = c.Sentence.FirstToken;
        var mentions = d.Actors;
        for (int k = 0; k < mentions.Count && mentions[k].FirstToken < end; k++)
        {
            var m = mentions[k];
            if (m.Kind == MentionKind.Person || !m.Actor.IsState || m.EntryKind is not (ActorEntryKind.State or ActorEntryKind.Capital)) continue;
            // "aid for Ukraine", "a weapons package to Kyiv", "air defence for Ukraine".
            int before = m.FirstToken - 1;
            if (before > 0 && d.TextOf(before) is "the") before--;
            if (before <= 0 || d.TextOf(before) is not ("for" or "to")) continue;
            for (int w = before - 1; w >= 0 && w >= before - Reach; w--)
                if (c.Words.AidNoun.Contains(d.TextOf(w))) return m;
        }
        return null;
    }
}

/// <summary>An act that needs a target ("accused", "sanctioned") and found none yields no event.</summary>
internal sealed class TargetRequired : ClauseRule
{
    public override string Name => "drop:no-target";
    public override bool Apply(ClauseFrame f)
    {
        // A refusal ("will not accept more refugees") becomes a rejection, which needs no one it is aimed at.
        if (f.Target is not null || f.Pairwise || f.Multilateral || EventCoder.TargetOptional.Contains(f.Entry.Type) || RefusalIsRejection.Refuses(f)) return false;
        // A drill recoded as one party's show of force needs no one it is aimed at, as the lexicon's own drills do not.
        if (f.Fired.Contains(JointDrillOfOnePartyIsAShowOfForce.RuleName)) return false;
        // "China imposed export controls on gallium", "tariffs on steel imports will take effect": a trade measure on goods
        // is a sanction though no state is named (list 'trade-measure').
        if (f.Entry.Type == EventType.Sanction && f.MatchHolds(f.Context.Words.TradeMeasure)) return false;
        // "Spain called for respect of the ceasefire", "urged restraint": an appeal for calm (CAMEO 0256) is made to whoever
        // fights, named or not.
        if (f.Cameo == "0256" && f.Entry.Type == EventType.Request) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>The mode of the trigger's own verb chain: done, intended, hypothetical or negated.</summary>
internal sealed class VerbChainMode : ClauseRule
{
    public override string Name => "mode:verb-chain";
    public override bool Apply(ClauseFrame f)
    {
        int verb = f.ModeVerb >= 0 ? f.ModeVerb : f.Trigger;
        var (first, end) = (f.Source!.First, f.Source.End);
        // "Lithuania will not be intimidated by Russia": the doer of a passive comes after the verb, so the auxiliaries and
        // negation to read lie between the subject before it and the verb.
        if (first > verb && f.Target is { } subject && subject.End <= verb) (first, end) = (subject.First, subject.End);
        f.Mode = f.Context.Reader.ModeOf(verb, first, end);
        return f.Mode != EventMode.Happened;
    }
}

/// <summary>"held no official talks", "has made no offer", "sent no troops": an act whose object is denied by "no" did not
/// happen.</summary>
internal sealed class NoObjectIsNegated : ClauseRule
{
    public override string Name => "mode:no-object";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode == EventMode.Negated || f.IsNounHeaded || f.Entry.SaysNo) return false;
        var d = f.Document;
        for (int i = f.Trigger + 1; i < f.Match.End; i++)
            if (d.TextOf(i) is "no" && d.Tags[i] == PartOfSpeech.Determiner && !(i + 1 < d.Tokens.Length && d.TextOf(i + 1) is "longer" or "less" or "more"))
            {
                f.Mode = EventMode.Negated;
                return true;
            }
        return false;
    }
}

/// <summary>"No meeting between Lula and Xi has been confirmed", "there were no direct talks between …": an act told as a
/// noun and denied by "no" did not happen.</summary>
internal sealed class DeniedNounIsNegated : ClauseRule
{
    public override string Name => "mode:no-noun";

    // Adjectives and nouns that may stand between "no" and the act's noun: "no direct peace talks".
    private const int MaxModifiers = 3;

    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode == EventMode.Negated || !f.IsNounHeaded) return false;
        var d = f.Document;
        int k = f.Trigger - 1;
        while (k >= f.Sentence.FirstToken && k >= f.Trigger - MaxModifiers && d.Tags[k] is PartOfSpeech.Adjective or PartOfSpeech.Noun) k--;
        if (k < f.Sentence.FirstToken || d.TextOf(k) is not ("no" or "No")) return false;
        f.Mode = EventMode.Negated;
        return true;
    }
}

/// <summary>"The meeting between Putin and Erdogan was postponed", "talks, which were called off", "the cancelled visit",
/// "the suspension of talks between …": an act told as a noun that was cancelled, put off or suspended (lists
/// 'calling-off', 'calling-off-particle') is not reported as happening.</summary>
internal sealed class CalledOffActIsNegated : ClauseRule
{
    public override string Name => "mode:called-off";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode == EventMode.Negated || !f.IsNounHeaded || f.Document.Syntax is not { } tree || !CalledOff(f, tree)) return false;
        f.Mode = EventMode.Negated;
        return true;
    }

    private static bool CalledOff(ClauseFrame f, SyntaxLayer tree)
    {
        int noun = f.Trigger;
        var relation = tree.RelationOf(noun);
        // "The meeting … was postponed", "Talks … were called off"
        if (relation == DependencyRelation.NsubjPass && tree.HeadOf(noun) is var verb and >= 0 && CallsOff(f, tree, verb)) return true;
        // "the postponement of talks between …"
        if (relation == DependencyRelation.Nmod && tree.HeadOf(noun) is var head and >= 0 && head < noun && f.Context.Words.CallingOff.Contains(tree.LemmaOf(head))) return true;
        foreach (int child in tree.ChildrenOf(noun))
        {
            // "the cancelled visit", "the talks, which were suspended in June" (not a reduced relative: "a summit, postponed
            // twice, opened on Monday" took place in the end)
            bool describes = tree.RelationOf(child) == DependencyRelation.Amod && child < noun && tree.Penn[child] is "VBN"
                             || tree.RelationOf(child) == DependencyRelation.AclRelcl && child > noun;
            if (describes && CallsOff(f, tree, child)) return true;
        }
        return false;
    }

    private static bool CallsOff(ClauseFrame f, SyntaxLayer tree, int verb)
    {
        int particle = tree.ChildWith(verb, DependencyRelation.CompoundPrt);
        if (particle < 0) return f.Context.Words.CallingOff.Contains(tree.LemmaOf(verb));
        return f.Document.TextOf(particle) is "off" or "back" && f.Context.Words.CallingOffWithParticle.Contains(tree.LemmaOf(verb));
    }
}

/// <summary>"A visit to Pyongyang by the Russian president is not on the agenda", "a meeting between the two is not planned":
/// an act told as a noun whose place on the calendar (list 'calendar') the sentence denies is not reported.</summary>
internal sealed class DeniedPlanIsNegated : ClauseRule
{
    public override string Name => "mode:denied-plan";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode == EventMode.Negated || !f.IsNounHeaded || f.Document.Syntax is not { } tree || ActNounSubject.HeadOf(f, tree) is not (int head and >= 0)
            || !f.Context.Words.Calendar.Contains(tree.LemmaOf(head)) || !ActNounSubject.HasChild(f, tree, head, DependencyRelation.Advmod, Negations)) return false;
        f.Mode = EventMode.Negated;
        return true;
    }

    private static readonly string[] Negations = ["not", "n't", "never"];
}

/// <summary>What the mode rules read of an act noun that is a clause's subject.</summary>
internal static class ActNounSubject
{
    /// <summary>The head of the clause the trigger's noun is the subject of (active or passive), or -1.</summary>
    public static int HeadOf(ClauseFrame f, SyntaxLayer tree) =>
        tree.RelationOf(f.Trigger) is DependencyRelation.Nsubj or DependencyRelation.NsubjPass ? tree.HeadOf(f.Trigger) : -1;

    /// <summary>True when <paramref name="head"/> has a child of <paramref name="relation"/> written as one of <paramref name="words"/>.</summary>
    public static bool HasChild(ClauseFrame f, SyntaxLayer tree, int head, DependencyRelation relation, string[] words)
    {
        foreach (int child in tree.ChildrenOf(head))
        {
            if (tree.RelationOf(child) != relation) continue;
            foreach (var word in words) if (f.Document.TextOf(child).SequenceEqual(word)) return true;
        }
        return false;
    }
}

/// <summary>"any nuclear attack by North Korea would be met with …", "warned against any strike on Iran": an act told as a noun
/// after "any" is one that might happen, not one reported.</summary>
internal sealed class AnyActIsHypothetical : ClauseRule
{
    public override string Name => "mode:any-act";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode is EventMode.Hypothetical or EventMode.Negated || !f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        if (tree.ChildWith(f.Trigger, DependencyRelation.Det) is not (int det and >= 0) || !f.Document.TextOf(det).Equals("any", StringComparison.OrdinalIgnoreCase)) return false;
        f.Mode = EventMode.Hypothetical;
        return true;
    }
}

/// <summary>"We will continue to respond calmly but resolutely", "NATO will continue to respond in the time and manner of its
/// choosing": a response with no object that an actor says it will go on giving (after "continue to") is its standing
/// posture, not a new threat; background. A response to a named act ("will respond to the expulsion") is not this.</summary>
internal sealed class ContinuedResponseIsAPosture : ClauseRule
{
    public override string Name => "mode:continued-response";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || f.IsNounHeaded || f.Entry.Type != EventType.Threaten || d.Syntax is not { } tree || tree.LemmaOf(f.Trigger) is not "respond"
            || f.Trigger - 2 <= f.Sentence.FirstToken || d.TextOf(f.Trigger - 1) is not "to" || d.TextOf(f.Trigger - 2) is not ("continue" or "continues" or "continued" or "continuing"))
            return false;
        f.Background = true;
        return true;
    }
}

/// <summary>"Under the agreement, the two countries will defend each other in the event of an attack", "Under a 1951 treaty, the
/// United States is obliged to help defend the Philippines": what a sentence opening with "Under" and an agreement's noun
/// (list 'agreement-noun') says the parties are bound to do (list 'obliged') or will do on a condition is a term of that
/// agreement, not an act; the agreement itself is coded where it is made. An act done under it ("Under the deal, Russia freed
/// 26 prisoners") is reported, and so is one it plans ("Under the pact, Tonga will send troops").</summary>
internal sealed class TermsOfAnAgreementAreNoActs : ClauseRule
{
    // How far past "Under" the agreement's noun may stand ("Under a 1951 mutual defence treaty").
    private const int NounReach = 6;

    public override string Name => "mode:terms-of-an-agreement";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        int first = f.Sentence.FirstToken;
        if (f.Background || f.Trigger <= first + 2 || !d.TextOf(first).Equals("Under", StringComparison.Ordinal)) return false;
        int comma = -1;
        for (int i = first + 1; i < f.Trigger && i <= first + NounReach + 1; i++)
            if (d.TextOf(i) is ",") { comma = i; break; }
        if (comma < 0 || !f.Context.Words.AgreementNoun.Contains(d.TextOf(comma - 1))) return false;
        bool bound = false;
        for (int i = comma + 1; i < f.Trigger && !bound; i++) bound = f.Context.Words.Obliged.Contains(d.TextOf(i));
        if (!bound && (f.Mode == EventMode.Happened || !ConditionAfter(f))) return false;
        f.Background = true;
        return true;
    }

    // "… if either is attacked", "… will defend each other in the event of an armed attack": a condition after the trigger.
    private static bool ConditionAfter(ClauseFrame f)
    {
        if (PromiseWords.ConditionAfter(f)) return true;
        var d = f.Document;
        for (int i = f.Match.End; i + 2 < f.Sentence.EndToken; i++)
            if (d.TextOf(i) is "in" && d.TextOf(i + 1) is "the" or "case" && d.TextOf(i + 2) is "event" or "of") return true;
        return false;
    }
}

/// <summary>"No American aircraft struck targets in Iraq", "None of the drones entered …", "Seoul has neither confirmed nor
/// denied it": an act whose subject is denied by "no" or is "none", or set in a "neither … nor", did not happen.</summary>
internal sealed class DeniedSubjectIsNegated : ClauseRule
{
    public override string Name => "mode:no-subject";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode == EventMode.Negated || f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        var d = f.Document;
        bool denied = false;
        int clauseVerb = ClauseReader.ClauseVerb(tree, f.Trigger);
        // "No agreement was reached": the passive's subject too.
        int subject = tree.ChildWith(clauseVerb, DependencyRelation.Nsubj) is int active and >= 0 ? active : tree.ChildWith(clauseVerb, DependencyRelation.NsubjPass);
        if (subject >= 0 && tree.ChildWith(subject, DependencyRelation.Det) is int det and >= 0 && d.TextOf(det) is "no" or "No") denied = true;
        // "None of the drones had entered …", "Neither of the ships was hit".
        if (subject >= 0 && d.TextOf(subject) is "none" or "None" or "neither" or "Neither") denied = true;
        // "Neither Riyadh nor Abu Dhabi has recognised …": back to the nearest verb, past names of several words.
        for (int i = f.Trigger - 1; !denied && i >= f.Sentence.FirstToken && i >= f.Trigger - 8 && d.Tags[i] != PartOfSpeech.Verb; i--)
            denied = d.TextOf(i) is "neither" or "nor" or "Neither";
        if (!denied) return false;
        f.Mode = EventMode.Negated;
        return true;
    }
}

/// <summary>"Should Turkey block Sweden's bid, the alliance would …", "Had Moscow attacked, …": a clause opened by an inverted
/// auxiliary is a condition, not a report, and what the sentence says would follow it is no report either.</summary>
internal sealed class InvertedConditionIsHypothetical : ClauseRule
{
    public override string Name => "mode:inverted-condition";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode is EventMode.Hypothetical or EventMode.Negated) return false;
        var d = f.Document;
        int first = f.Sentence.FirstToken;
        // "\"Had the bombers crossed into our airspace, …\"": a quotation may open the sentence.
        if (first < f.Trigger && d.Tokens[first].Kind == TokenKind.Quote) first++;
        if (d.TextOf(first) is not ("Should" or "Had" or "Were") || first + 1 >= f.Trigger || d.Tags[first + 1] is not (PartOfSpeech.ProperNoun or PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Pronoun)) return false;
        // The condition's own act, or the act of the clause it conditions ("Were any force to threaten the region, the two
        // countries would respond together"): what would follow is as hypothetical as the condition.
        f.Mode = EventMode.Hypothetical;
        return true;
    }
}

/// <summary>"Germany attacked relentlessly but could not break down Spain, and the match ended goalless": force in a sentence
/// about a game (list 'sport') is play, not war.</summary>
internal sealed class SportIsNoForce : ClauseRule
{
    public override string Name => "drop:sport";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type is not (EventType.Assault or EventType.Coerce or EventType.Mobilize or EventType.Threaten)) return false;
        var d = f.Document;
        for (int i = f.Sentence.FirstToken; i < f.Sentence.EndToken; i++)
            // Lower case only: "the Arab League" is no game.
            if (d.TextOf(i) is [var c, ..] && char.IsLower(c) && f.Context.Words.Sport.Contains(d.TextOf(i)))
            {
                f.Dropped = true;
                return true;
            }
        return false;
    }
}

/// <summary>"after an earthquake killed more than 2,000 people", "floods destroyed the bridge": force done by nature (list
/// 'natural-force', the noun right before the verb) is no actor's act, whatever the parse made its subject.</summary>
internal sealed class NaturalForceIsNoAct : ClauseRule
{
    public override string Name => "drop:natural-force";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Type is not (EventType.Assault or EventType.Coerce)) return false;
        var d = f.Document;
        for (int i = f.Trigger - 1; i >= f.Sentence.FirstToken && i >= f.Trigger - 3; i--)
        {
            if (d.Tags[i] is PartOfSpeech.Adverb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal) continue;
            if (d.Tags[i] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun) || !f.Context.Words.NaturalForce.Contains(d.TextOf(i))) return false;
            f.Dropped = true;
            return true;
        }
        return false;
    }
}

/// <summary>"Japan to send destroyer to Gulf": a headline's infinitive with its subject and no verb before it tells what is
/// planned, not what happened.</summary>
internal sealed class HeadlineInfinitiveIsIntent : ClauseRule
{
    public override string Name => "mode:headline-infinitive";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode != EventMode.Happened || f.IsNounHeaded || f.Document.Syntax is not { } tree || tree.RelationOf(f.Trigger) != DependencyRelation.Root) return false;
        int to = tree.ChildWith(f.Trigger, DependencyRelation.Mark);
        int subject = tree.ChildWith(f.Trigger, DependencyRelation.Nsubj);
        if (to < 0 || subject < 0 || subject > to || f.Document.TextOf(to) is not ("to" or "To")) return false;
        f.Mode = EventMode.Intended;
        return true;
    }
}

/// <summary>"is expecting Peru to launch a missile", "wants Chile to join": an infinitive whose subject is the object of
/// another verb tells what that verb's subject expects, wants or asks, not what happened — unless the verb brings the act
/// about ("forced Chile to withdraw", list 'realized-control'), except a permission given now or to come ("the pact allows
/// Chile to station troops", list 'permission').</summary>
internal sealed class ObjectInfinitiveIsHypothetical : ClauseRule
{
    public override string Name => "mode:object-infinitive";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        // (What a meeting held was for is done: rule complement:purpose-of-held-meeting.)
        if (f.Mode != EventMode.Happened || f.IsNounHeaded || f.Source is not { } source || f.Fired.Contains(PurposeOfAHeldMeetingIsDone.RuleName)) return false;
        // "expects Kabul to uphold its pledges and deny …": a verb coordinated with the infinitive shares its "to".
        int at = Phrases.EarlierConjunctVerb(f.Document, f.Trigger) is var first and >= 0 ? first : f.Trigger;
        // "called on Somalia to withdraw", "is looking to Washington to either veto …": a prepositional controller.
        bool prepositional = d.Syntax is { } syntax && ClauseReader.PrepositionalController(d, syntax, at) >= 0;
        if (at < 1 || d.TextOf(at - 1) is not "to" && !prepositional) return false;
        int verb;
        // The tree: the infinitive completes a verb that has an object ("expects the government to uphold").
        if (at != f.Trigger && d.Syntax is { } tree && tree.RelationOf(at) == DependencyRelation.Xcomp && tree.HeadOf(at) is var governor and >= 0
            && tree.ChildWith(governor, DependencyRelation.Obj) >= 0) verb = governor;
        // Or the parse hung the infinitive on that object ("expects the council | to approve").
        else if (d.Syntax is { } tree2 && tree2.RelationOf(at) == DependencyRelation.Acl && tree2.HeadOf(at) is var noun and >= 0
                 && tree2.RelationOf(noun) == DependencyRelation.Obj && noun < at && tree2.HeadOf(noun) is var governor2 and >= 0) verb = governor2;
        else if (prepositional) verb = d.Syntax!.HeadOf(at);
        else if (source.End != at - 1) return false;
        else
        {
            verb = PatternMatcher.SkipAdverbsBack(d, source.First - 1, f.Sentence.FirstToken);
            // "want the Chilean government to impose …": the object's determiner stands between.
            if (verb > f.Sentence.FirstToken && d.Tags[verb] == PartOfSpeech.Determiner) verb--;
        }
        if (verb < f.Sentence.FirstToken || d.Tags[verb] != PartOfSpeech.Verb) return false;
        if (f.Context.Words.RealizedControl.Contains(d.TextOf(verb)) && !(f.Context.Words.Permission.Contains(d.TextOf(verb)) && PresentOrToCome(d, verb, f.Sentence))) return false;
        f.Mode = EventMode.Hypothetical;
        return true;
    }

    // "allows", "will allow", "would enable": a permission in the present tense or after a modal.
    private static bool PresentOrToCome(Document d, int verb, Sentence sentence)
    {
        if (d.Syntax is { } tree && tree.Penn[verb] is "VBZ" or "VBP") return true;
        for (int i = verb - 1; i >= sentence.FirstToken && i >= verb - 3; i--)
        {
            if (d.Tags[i] == PartOfSpeech.Modal) return true;
            if (d.Tags[i] is not (PartOfSpeech.Adverb or PartOfSpeech.Auxiliary)) break;
        }
        return false;
    }
}

/// <summary>"Pyongyang appears to be preparing a launch", "Russia is expected to step up its attacks", "lawmakers are likely
/// to be angered": a hedged act is a possibility, not a report. A meeting or signing that "is expected" is on the calendar:
/// announced, as a plan is ("Suga is expected to visit India").</summary>
internal sealed class HedgedActIsHypothetical : ClauseRule
{
    public override string Name => "mode:hedged";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode is EventMode.Hypothetical or EventMode.Negated) return false;
        var d = f.Document;
        for (int i = f.Trigger - 1; i > f.Sentence.FirstToken && i >= f.Trigger - 5; i--)
        {
            if (d.TextOf(i) is "," or ";" || f.Context.Groups.Holding(i) is not null) return false;
            if (d.TextOf(i) is "to" && f.Context.Words.Hedge.Contains(d.TextOf(i - 1)))
            {
                // "is expected to visit Seoul next month", "are expected to sign the deal": a meeting or signing on the
                // calendar is announced, as a plan is; expected force or pressure is only foreseen.
                f.Mode = d.TextOf(i - 1) is "expected" && f.Type is EventType.Consult or EventType.Agree ? EventMode.Intended : EventMode.Hypothetical;
                return true;
            }
        }
        return false;
    }
}

/// <summary>"A Chilean attack on Peru would trigger a regional war", "any Bolivian blockade could cripple trade": an act named
/// by an indefinite noun (list 'indefinite') that is the subject of a conditional ("would", "could", "might") is imagined,
/// not reported. A definite one exists ("Russia's new treaty could prolong the war").</summary>
internal sealed class ImaginedActNounIsHypothetical : ClauseRule
{
    public override string Name => "mode:imagined-act-noun";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Mode != EventMode.Happened || f.Document.Syntax is not { } tree || ActNounSubject.HeadOf(f, tree) is not (int verb and >= 0)) return false;
        if (tree.ChildWith(f.Trigger, DependencyRelation.Det) is not (int det and >= 0) || !f.Context.Words.Indefinite.Contains(f.Document.TextOf(det))) return false;
        if (!ActNounSubject.HasChild(f, tree, verb, DependencyRelation.Aux, Conditionals)) return false;
        f.Mode = EventMode.Hypothetical;
        return true;
    }

    private static readonly string[] Conditionals = ["would", "could", "might", "may"];
}

/// <summary>"It is unclear whether Peru will be satisfied", "analysts wonder whether Iran will strike": an act in a clause
/// that "whether" opens is a question, not a report or an announcement.</summary>
internal sealed class WhetherClauseIsHypothetical : ClauseRule
{
    public override string Name => "mode:whether-clause";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode is EventMode.Hypothetical or EventMode.Negated || f.Document.Syntax is not { } tree) return false;
        // The clause's own verb, or the verb the trigger completes ("whether Chile will agree to sign").
        for (int head = f.Trigger, steps = 0; head >= 0 && steps < 4; head = tree.HeadOf(head), steps++)
        {
            foreach (int child in tree.ChildrenOf(head))
                if (tree.RelationOf(child) == DependencyRelation.Mark && f.Document.TextOf(child).Equals("whether", StringComparison.OrdinalIgnoreCase))
                {
                    f.Mode = EventMode.Hypothetical;
                    return true;
                }
            // "whether another summit between the leaders is appropriate": a noun that is the clause's subject.
            // "whether Brussels will go further by suspending visa-free travel": a clause of means or manner without a tense of
            // its own is part of the clause it hangs on.
            if (tree.RelationOf(head) is not (DependencyRelation.Xcomp or DependencyRelation.Conj)
                && !(tree.RelationOf(head) is DependencyRelation.Advcl or DependencyRelation.Acl && tree.Penn[head] is "VBG" or "VB")
                && !(head != f.Trigger && tree.RelationOf(head) == DependencyRelation.Obl && tree.Universal[head] == UniversalTag.Noun)
                && !(f.IsNounHeaded && head == f.Trigger && tree.RelationOf(head) is DependencyRelation.Nsubj or DependencyRelation.NsubjPass)) break;
        }
        return false;
    }
}

/// <summary>"I'm hoping the administration will reach out to Moscow", "lawmakers hope Seoul will join": an act in a clause
/// that someone hopes or wishes for (list 'wishing') is a wish, not a report or an announcement of the actor's own.</summary>
internal sealed class HopedForActIsHypothetical : ClauseRule
{
    public override string Name => "mode:hoped-for";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode is EventMode.Hypothetical or EventMode.Negated || f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        // The clause's own verb, past the verbs it completes or is coordinated with ("will start reaching out").
        int clause = ClauseReader.ClauseVerb(tree, f.Trigger);
        if (tree.RelationOf(clause) != DependencyRelation.Ccomp || tree.HeadOf(clause) is not (var wisher and >= 0) || wisher > clause) return false;
        if (!f.Context.Words.Wishing.Contains(f.Document.TextOf(wisher))) return false;
        f.Mode = EventMode.Hypothetical;
        return true;
    }
}

/// <summary>"the centre's mission is to support its members", "the aim was to isolate Moscow": an act named as the
/// purpose of a mission, aim or task (list 'purpose') says what is meant to be done, not what was; so does one a thing is
/// "aimed at", "designed to" or "meant to" bring about (list 'purpose-verb': "a visit aimed at mending ties").</summary>
internal sealed class StatedPurposeIsHypothetical : ClauseRule
{
    public override string Name => "mode:stated-purpose";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode is EventMode.Hypothetical or EventMode.Negated) return false;
        var d = f.Document;
        // "aimed at establishing", "designed to deter"
        if (f.Trigger - 2 >= f.Sentence.FirstToken && d.TextOf(f.Trigger - 1) is "at" or "to" && f.Context.Words.PurposeVerb.Contains(d.TextOf(f.Trigger - 2))
            && (d.TextOf(f.Trigger - 1) is "to" || d.Syntax is { } tree && tree.Penn[f.Trigger] is "VBG"))
        {
            f.Mode = EventMode.Hypothetical;
            return true;
        }
        // PURPOSE-NOUN is/was (not) to TRIGGER
        int i = f.Trigger - 1;
        if (i - 2 < f.Sentence.FirstToken || d.TextOf(i) is not "to") return false;
        i--;
        if (d.TextOf(i) is "not" or "also" or "simply" or "only") i--;
        if (i - 1 < f.Sentence.FirstToken || d.TextOf(i) is not ("is" or "was" or "are" or "were" or "remains" or "remained")) return false;
        if (!f.Context.Words.Purpose.Contains(d.TextOf(i - 1))) return false;
        f.Mode = EventMode.Hypothetical;
        return true;
    }
}

/// <summary>"where they would run a real chance of being beaten or jailed", "at risk of being attacked": an act named as a risk,
/// chance or danger is a possibility, not a report (list 'risk').</summary>
internal sealed class RiskOfActIsHypothetical : ClauseRule
{
    public override string Name => "mode:risk-of";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode is EventMode.Hypothetical or EventMode.Negated || f.IsNounHeaded) return false;
        var d = f.Document;
        int k = f.Trigger - 1;
        // Back over "being", coordinated participles and adverbs ("being beaten or jailed").
        while (k > f.Sentence.FirstToken && f.Trigger - k < 6
               && (d.TextOf(k) is "being" or "or" or "and" || d.Tags[k] is PartOfSpeech.Adverb || d.Tags[k] == PartOfSpeech.Verb && d.TextOf(k).EndsWith("ed", StringComparison.Ordinal))) k--;
        if (k <= f.Sentence.FirstToken || d.TextOf(k) is not "of" || !f.Context.Words.Risk.Contains(d.TextOf(k - 1))) return false;
        f.Mode = EventMode.Hypothetical;
        return true;
    }
}

/// <summary>"will back a resolution that aims to widen the embargo", "a bill that would bar …", "vetoed a resolution
/// condemning …": what a draft says it does is proposed, not done — until the draft is adopted ("passed a bill that bars
/// …"; list 'draft', list 'adopting'); an adoption that failed or was not made leaves it undone.</summary>
internal sealed class DraftContentIsHypothetical : ClauseRule
{
    public override string Name => "mode:draft-content";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode is EventMode.Hypothetical or EventMode.Negated || f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        int v = ClauseReader.ClauseVerb(tree, f.Trigger);
        // "a bill that bars …", "a resolution condemning …" (not "a plan for supporting …", what is proposed is the plan)
        bool content = tree.RelationOf(v) == DependencyRelation.AclRelcl || tree.RelationOf(v) == DependencyRelation.Acl && tree.Penn[v] is "VBG"
                       && tree.ChildWith(v, DependencyRelation.Mark) < 0;
        if (!content || tree.HeadOf(v) is not (var draft and >= 0) || draft > v || !f.Context.Words.Draft.Contains(f.Document.TextOf(draft))) return false;
        if (tree.HeadOf(draft) is var governor and >= 0 && f.Context.Words.Adopting.Contains(tree.LemmaOf(governor)))
        {
            // "failed to adopt a resolution condemning …": a draft not adopted says nothing done.
            var adoption = f.Source is { } source && source.End <= governor ? f.Context.Reader.ModeOf(governor, source.First, source.End) : EventMode.Happened;
            if (adoption == EventMode.Happened) return false;
            f.Mode = adoption;
            return true;
        }
        f.Mode = EventMode.Hypothetical;
        return true;
    }
}

/// <summary>"Hungary came under fire from the European Commission", "drew fire from lawmakers": fire from an actor that bears
/// no arms (a body, a court, a parliament, the press, a company, civilians) is criticism, not force.</summary>
internal sealed class FigurativeFireIsCriticism : ClauseRule
{
    public override string Name => "type:figurative-fire";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Assault || f.Source is not { } source || !source.Members.TrueForAll(m => m.Sector is "IGO" or "JUD" or "LEG" or "MED" or "BUS" or "EDU" or "PTY" or "CVL")) return false;
        bool fire = false;
        for (int i = f.Trigger; i < f.Match.End && !fire; i++) fire = f.Document.TextOf(i) is "fire";
        if (!fire) return false;
        f.Recode(EventType.Accuse, "111");
        return true;
    }
}

/// <summary>"passed legislation targeting Turkey", "tariffs hitting Canadian steel", "hit Canada with a new levy", "trade
/// wars with Mexico", "adopted sanctions, targeting 200 vessels": a verb of force whose instrument is a law, a sanction or
/// a tariff, or a war of trade, describes a sanction, not an attack.</summary>
internal sealed class MeasureIsNotForce : ClauseRule
{
    public override string Name => "type:measure-not-force";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Assault) return false;
        var (d, words) = (f.Document, f.Context.Words);
        // "trade wars with Canada", "a tariff war": a war of trade is fought with tariffs.
        if (f.IsNounHeaded)
        {
            if (f.Trigger <= f.Sentence.FirstToken || !words.EconomicConflict.Contains(d.TextOf(f.Trigger - 1))) return false;
            f.Recode(EventType.Sanction, "163");
            return true;
        }
        for (int i = f.Trigger - 1; i >= f.Sentence.FirstToken && i >= f.Trigger - 3; i--)
            if (words.Measure.Contains(d.TextOf(i)))
            {
                f.Recode(EventType.Sanction, "160");
                return true;
            }
        // "adopted a new sanctions package, targeting 200 vessels": a participle telling more of a measure told before it.
        if (d.Syntax is { } tree && tree.RelationOf(f.Trigger) is DependencyRelation.Advcl or DependencyRelation.Acl && tree.Penn[f.Trigger] == "VBG"
            && tree.HeadOf(f.Trigger) is int told and >= 0 && told < f.Trigger)
            // A parse that hangs the participle on the comma before it leaves the clause it tells more of unknown: read from the
            // sentence's start.
            for (int i = d.Tokens[told].Kind == TokenKind.Punct ? f.Sentence.FirstToken : told; i < f.Trigger; i++)
                if (words.Measure.Contains(d.TextOf(i)))
                {
                    f.Recode(EventType.Sanction, "163");
                    return true;
                }
        // "which he hit last week with a new levy": the measure the blow is dealt with.
        for (int i = f.Trigger + 1; i < f.Sentence.EndToken && i <= f.Trigger + 6; i++)
        {
            if (d.TextOf(i) is "," or ";") break;
            if (d.TextOf(i) is not "with") continue;
            // "with a new levy": the measure is what "with" names; "clash with Budapest over sanctions" names a party and
            // then the matter, so a name or another preposition ends the search.
            for (int k = i + 1; k < f.Sentence.EndToken && k <= i + 5; k++)
            {
                if (f.Context.Groups.Holding(k) is not null || d.Tags[k] is PartOfSpeech.Preposition) break;
                if (words.Measure.Contains(d.TextOf(k)))
                {
                    f.Recode(EventType.Sanction, "163");
                    return true;
                }
            }
            break;
        }
        return false;
    }
}

/// <summary>"will not accept more refugees", "won't sign the deal": refusing to cooperate is a rejection.</summary>
internal sealed class RefusalIsRejection : ClauseRule
{
    public override string Name => "type:refusal-is-rejection";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode != EventMode.Negated || !Refuses(f)) return false;
        f.Recode(EventType.Reject, "120");
        f.Mode = EventMode.Happened;
        return true;
    }

    /// <summary>True when the clause says its subject will not do a cooperative act ("will not accept", "won't sign").</summary>
    internal static bool Refuses(ClauseFrame f) =>
        f.Type is EventType.Agree or EventType.Support or EventType.Cooperate or EventType.Consult or EventType.Aid or EventType.Concede or EventType.Retreat
        && Phrases.WillNotBefore(f.Document, f.Trigger, f.Sentence);
}

/// <summary>"Beijing will never allow Taiwan independence", "will not tolerate Chile's provocations": refusing to put up with
/// something (list 'tolerance') warns the actor it names; putting up with it, or a refusal naming no one, is no event.</summary>
internal sealed class RefusalToTolerateIsWarning : ClauseRule
{
    public override string Name => "type:refusal-to-tolerate";

    /// <summary>True when the frame's trigger is a verb of putting up with something (list 'tolerance') not refused.</summary>
    internal static bool Allows(ClauseFrame f) => IsToleranceVerb(f) && !Phrases.WillNotBefore(f.Document, f.Trigger, f.Sentence);

    /// <summary>A verb of putting up with something (list 'tolerance'), or an act let pass unanswered (list 'unanswered': "will
    /// not go unanswered").</summary>
    internal static bool IsToleranceVerb(ClauseFrame f) =>
        f.Entry.Elements.Length == 0 && f.Context.Words.Tolerance.Contains(f.Document.TextOf(f.Trigger)) || f.MatchHolds(f.Context.Words.Unanswered);

    public override bool Apply(ClauseFrame f)
    {
        if (!IsToleranceVerb(f)) return false;
        // Putting up with it is no event; nor is a refusal naming no one warned: "any violation of our sovereignty", what the
        // speaker's own side would suffer, or "violent disturbances", no one's act, leave whom it warns to the reader.
        // ("cannot be allowed to go unanswered" reads as a modal, not a plain negation; and with its speaker after the clause
        // the mode is read from no words at all.)
        bool refused = (f.Mode is EventMode.Negated or EventMode.Hypothetical || f.Fired.Contains(SpeakerOfARefusalWarns.RuleName))
            && Phrases.WillNotBefore(f.Document, f.Trigger, f.Sentence);
        if (!refused || f.Target is not { } target || target.CodesWithin(f.Source!))
        {
            f.Dropped = true;
            return true;
        }
        f.Recode(EventType.Threaten, "130");
        f.Mode = EventMode.Happened;
        return true;
    }
}

/// <summary>"Beijing is not happy about Seoul's move": approval denied is disapproval.</summary>
internal sealed class DeniedApprovalIsDisapproval : ClauseRule
{
    public override string Name => "type:denied-approval";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode != EventMode.Negated || f.Type != EventType.Support || f.Entry.Head != EntryHead.Adjective) return false;
        f.Recode(EventType.Accuse, "110");
        f.Mode = EventMode.Happened;
        return true;
    }
}

/// <summary>"will withdraw its force unless …": an announced act with a condition on another is an ultimatum.</summary>
internal sealed class ConditionalAnnouncementIsUltimatum : ClauseRule
{
    public override string Name => "type:ultimatum";
    public override bool Apply(ClauseFrame f)
    {
        // "Unless Russia agrees …, Europe will impose sanctions": the clause may come first, and a parse that makes it the
        // head leaves the announced act read as conditional.
        bool fronted = f.Document.Syntax is { } tree && f.Context.HasWordOf(f.Context.Words.Unless) && Phrases.UnlessClauseOf(f.Document, tree, f.Trigger) >= 0;
        // A condition no one is asked to meet ("unless the drought ends") threatens no one.
        bool announced = f.Mode == EventMode.Intended || fronted && f.Mode == EventMode.Hypothetical && f.Target is not null && WillDo(f);
        if (!announced || !Phrases.UnlessAfter(f.Document, f.Match.End, f.Sentence) && !fronted) return false;
        f.Recode(EventType.Threaten, "130");
        f.Mode = EventMode.Happened;
        return true;
    }

    // The verb is announced with "will" or "would" ("will impose", "would seize").
    private static bool WillDo(ClauseFrame f)
    {
        if (f.Document.Syntax is not { } tree) return false;
        foreach (int child in tree.ChildrenOf(f.Trigger))
            if (tree.RelationOf(child) == DependencyRelation.Aux && f.Document.TextOf(child) is "will" or "would" or "shall" or "'ll") return true;
        return false;
    }
}

/// <summary>"Mali announced its withdrawal from ECOWAS", "Nicaragua withdrew from the OAS": leaving an organisation (a
/// withdrawal whose "from" names one) reduces relations with it, as the verb entries for alliances and blocs code it; it
/// is no pull-back of forces.</summary>
internal sealed class LeavingABodyReducesRelations : ClauseRule
{
    public override string Name => "type:leaving-a-body";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Retreat || f.Target is not { } target || !target.Members.TrueForAll(m => m.Kind == ActorKind.Organization)) return false;
        int before = target.First - 1;
        while (before > f.Trigger && f.Document.Tags[before] is PartOfSpeech.Determiner or PartOfSpeech.Adjective) before--;
        // "left ECOWAS", "quit the alliance": the verb itself names the leaving.
        if (!Departure.IsLeaving(f) && (before <= f.Trigger || f.Document.TextOf(before) is not "from")) return false;
        f.Recode(EventType.Sanction, "160");
        return true;
    }
}

/// <summary>"The last French soldiers left Niger": leaving a state is a withdrawal only when forces leave; a leader or an
/// envoy who leaves a capital after a visit has withdrawn nothing.</summary>
internal sealed class DepartureWithoutForcesIsNoWithdrawal : ClauseRule
{
    public override string Name => "drop:departure-without-forces";
    public override bool Apply(ClauseFrame f)
    {
        if (!Departure.IsLeaving(f) || f.Source is not { } source || source.Members.TrueForAll(m => m.Sector == "MIL")
            || f.Target is { } body && body.Members.TrueForAll(m => m.Kind == ActorKind.Organization)) return false;
        f.Dropped = true;
        return true;
    }
}

file static class Departure
{
    // The act is told by "leave" or "quit" with the place or body right after it.
    public static bool IsLeaving(ClauseFrame f) => f.Entry.Lemma is "leave" or "quit" && f.Entry.Elements.Length == 1;
}

/// <summary>"We are ready to respond to any provocation", "prepared to retaliate": readiness to answer another's act with
/// one's own (list 'retaliation' right after the readiness) is a threat, not an offer.</summary>
internal sealed class ReadinessToRetaliateIsThreat : ClauseRule
{
    public override string Name => "type:readiness-to-retaliate";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Agree || !Phrases.IsReadiness(f.Entry.Pattern) || f.Match.End >= f.Sentence.EndToken
            || !f.Context.Words.Retaliation.Contains(f.Document.TextOf(f.Match.End))) return false;
        f.Recode(EventType.Threaten, "130");
        return true;
    }
}

/// <summary>"Moscow would respond", "Tehran will retaliate": a bare answer (a verb of list 'retaliation' taking nothing) is
/// a threat only as announced; told as done ("Iran responded on Sunday") it names no act of its own.</summary>
internal sealed class BareResponseToldAsDoneIsNoAct : ClauseRule
{
    public override string Name => "drop:bare-response-done";
    public override bool Apply(ClauseFrame f)
    {
        var elements = f.Entry.Elements;
        if (f.Mode != EventMode.Happened || f.IsNounHeaded || elements.Length != 1 || elements[0].Kind != PatternElementKind.NoObject
            || !f.Context.Words.Retaliation.Contains(f.Entry.Lemma)) return false;
        // "If X fires again, we will retaliate": a promised answer made a threat on its condition is no answer told as done.
        if (PromiseWords.Before(f)) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"Moscow would take retaliatory measures" is a threat; told as done ("China took retaliatory measures against
/// Canada") the measures were imposed (CAMEO 163), as countermeasures taken are.</summary>
internal sealed class CountermeasuresTakenAreSanctions : ClauseRule
{
    public override string Name => "type:countermeasures-taken";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode != EventMode.Happened || f.Type != EventType.Threaten || f.IsNounHeaded || f.Entry.Lemma != "take" || PromiseWords.Before(f)) return false;
        f.Recode(EventType.Sanction, "163");
        return true;
    }
}

/// <summary>"Tokyo protested the launch", "Hanoi protested the ramming": a government that protests an act lodges a
/// complaint (CAMEO 114), it does not take to the streets; demonstrators' protests stay protests.</summary>
internal sealed class GovernmentProtestIsComplaint : ClauseRule
{
    public override string Name => "type:government-protest";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Protest || f.IsNounHeaded || f.Entry.Lemma != "protest" || f.Source is not { } source
            || !source.Members.TrueForAll(m => m.Sector == "GOV") || f.Document.Syntax is not { } tree || tree.ChildWith(f.Trigger, DependencyRelation.Obj) < 0) return false;
        f.Recode(EventType.Accuse, "114");
        return true;
    }
}

/// <summary>"Chile said it could impose sanctions if Lima deployed the missiles": a hostile act of one's own made to hang on
/// another actor's conduct is a threat against that actor, not a possibility. Third parties' claims stay what they are.</summary>
internal sealed class ConditionalHostileActIsThreat : ClauseRule
{
    public override string Name => "type:conditional-threat";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode is not (EventMode.Hypothetical or EventMode.Intended) || f.ThirdParty || f.Background || f.IsNounHeaded) return false;
        // "said it would retaliate if Finland …": a threat of one's own on a condition is made as said.
        var threat = f.Entry.Type == EventType.Threaten ? (EventType.Threaten, f.Cameo) : Phrases.AnnouncedAs(f.Entry.Type, conditional: true);
        if (threat is not { Item1: EventType.Threaten }) return false;
        // "… if Finland joins", or a condition opening the sentence: "If Bolivia moves troops to the border, Chile will …".
        var conditioned = Phrases.ConditionSubject(f.Document, f.Match.End, f.Sentence, f.Context.Groups, f.Source!)
                          ?? (OpensWithCondition(f) ? Phrases.ConditionSubject(f.Document, f.Sentence.FirstToken, f.Sentence, f.Context.Groups, f.Source!) : null);
        // "would launch an operation against Syria if the militants strike again": a condition naming no actor still hangs a
        // promised act over its target; only a "will" or "would" promises it ("could" only weighs it).
        if (conditioned is null && (f.Target is null || f.Target.SharesCodeWith(f.Source!) || !PromiseWords.Before(f) || !PromiseWords.ConditionAfter(f))) return false;
        f.Recode(EventType.Threaten, threat.Value.Item2);
        f.Mode = EventMode.Happened;
        f.Target ??= conditioned;
        return true;
    }

    // The sentence (or a quotation opening it) starts with "If" or "Unless", the trigger comes after the condition's comma
    // with "will" or "would" as its own auxiliary, the condition is no mere supposition ("If Iran were to …"), and a speaker
    // who is not a commentator says it ("If Bolivia fires again, we will strike its bases," the minister said).
    private static bool OpensWithCondition(ClauseFrame f)
    {
        var d = f.Document;
        if (d.Syntax is not { } tree) return false;
        int first = f.Sentence.FirstToken;
        if (first < f.Trigger && d.Tokens[first].Kind == TokenKind.Quote) first++;
        if (first >= f.Trigger || d.TextOf(first) is not ("If" or "Unless")) return false;
        int comma = -1;
        for (int i = first + 1; i < f.Trigger && comma < 0; i++)
        {
            if (d.TextOf(i) is "were") return false;
            if (d.TextOf(i) is ",") comma = i;
        }
        if (comma < 0) return false;
        bool promised = false;
        foreach (int child in tree.ChildrenOf(f.Trigger))
            promised |= child > comma && tree.RelationOf(child) == DependencyRelation.Aux && d.TextOf(child) is "will" or "would" or "'ll" or "’ll";
        return promised && Attribution.SaidByAnActor(f.Context, f.Trigger, f.Source) is not null;
    }
}

// "will" or "would" in the trigger's own clause, between its subject and the trigger.
file static class PromiseWords
{
    public static bool Before(ClauseFrame f)
    {
        for (int i = Math.Max(f.Source!.End, f.Sentence.FirstToken); i < f.Trigger; i++)
            if (f.Document.TextOf(i) is "will" or "would" or "'ll" or "’ll") return true;
        return false;
    }

    // An "if" or "unless" after the trigger's match, in its sentence.
    public static bool ConditionAfter(ClauseFrame f)
    {
        for (int i = f.Match.End; i < f.Sentence.EndToken; i++)
            if (f.Document.TextOf(i) is "if" or "unless") return true;
        return false;
    }
}

/// <summary>"Seoul said it would send food aid to the North if Pyongyang accepted", "could lift the curfew if the protests
/// end": aid, a concession or a withdrawal of one's own made to hang on another actor's conduct is an offer (CAMEO's intent
/// to cooperate, as for announced acts), made as said. Third parties' claims stay what they are.</summary>
internal sealed class ConditionalOfferIsPledge : ClauseRule
{
    public override string Name => "type:conditional-offer";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode != EventMode.Hypothetical || f.ThirdParty || f.Background || f.IsNounHeaded
            || Phrases.OfferedAs(f.Entry.Type) is not { } pledge) return false;
        if (Phrases.ConditionSubject(f.Document, f.Match.End, f.Sentence, f.Context.Groups, f.Source!) is not { } conditioned) return false;
        f.Recode(pledge.Item1, pledge.Item2);
        f.Mode = EventMode.Happened;
        f.Target ??= conditioned;
        return true;
    }
}

/// <summary>CAMEO's reading of announced acts: a hostile act announced is a threat, and a threat announced is made; a concession
/// announced is an intent to cooperate ("will lift the curfew"). An announced sanction stays a sanction in the intended mode
/// ("will impose tariffs on …"), as PLOVER codes it, and so do aid and a withdrawal ("will provide food aid").</summary>
internal sealed class AnnouncedActIsThreatOrPledge : ClauseRule
{
    // A verb of vowing or warning (list 'vow') governs the trigger, directly or through one clause.
    private static bool IsVowed(ClauseFrame f)
    {
        if (f.Document.Syntax is not { } tree) return false;
        for (int node = f.Trigger, steps = 0; steps < 2 && tree.RelationOf(node) is DependencyRelation.Xcomp or DependencyRelation.Ccomp; steps++)
        {
            node = tree.HeadOf(node);
            if (node < 0) return false;
            if (f.Context.Words.Vow.Contains(tree.LemmaOf(node))) return true;
        }
        return false;
    }

    public override string Name => "type:announced-act";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Mode != EventMode.Intended) return false;
        // "said it would retaliate": announcing a threat is making it.
        if (f.Entry.Type == EventType.Threaten)
        {
            f.Mode = EventMode.Happened;
            return true;
        }
        // "vowed that China would take countermeasures", "threatened to impose sanctions": a measure vowed is a threat.
        if (Phrases.AnnouncedAs(f.Entry.Type, conditional: f.Entry.Type == EventType.Sanction && IsVowed(f)) is not { } announced) return false;
        f.Recode(announced.Item1, announced.Item2);
        f.Mode = EventMode.Happened;
        return true;
    }
}
