using Entente.Actors;
using Entente.Events;
using Entente.Language;

namespace Entente.Events.Coding;

// Who is acted upon: the pattern's slot first (set when the frame is made), then these rules in order.

/// <summary>The verb's object, or an actor inside the matched phrase ("held talks with Seoul").</summary>
internal sealed class ObjectIsTarget : ClauseRule
{
    public override string Name => "target:object";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.HasTargetSlot) return false;
        var inside = Phrases.GroupInside(f.Context.Groups, f.Trigger + 1, f.Match.End, f.Source!);
        // "recalled Brazil's ambassador to Israel", "dispatched a Royal Navy ship to …": the source's own state or forces inside
        // the phrase own what the act moves; whom it is aimed at is named after it. A person of that state ("detained Prime
        // Minister X") or another side of it ("arrested opposition leaders") is the target still.
        if (inside is not null && inside.CodesWithin(f.Source!) && !inside.Members.Exists(m => m.Person is not null || f.Source!.Members.Exists(s => Sides.Differ(s.Sector, m.Sector))))
            inside = null;
        var target = inside ?? f.Context.Reader.ObjectOf(f.Trigger, f.Match.End, EventCoder.Hostile.Contains(f.Entry.Type));
        // "Kenya deployed another 200 police officers to Haiti", "dispatched 180 rescue workers to Morocco": forces or people
        // of the source's own state that a show of force or an aid sends are what is sent, whatever side their sector names;
        // where they go is read after (target:location).
        if (target is not null && f.Entry.Type is EventType.Mobilize or EventType.Aid && target.CodesWithin(f.Source!)
            && target.Members.TrueForAll(m => m.Person is null && (m.Sector is "MIL" or "COP" or "CG" || GenericGroups.IsGenericGroup(m))))
        {
            target = f.Context.Groups.OpeningAfter(f.Document, target.End, actorOnly: true) is { } after && f.Document.TextOf(target.End) is "to"
                && !after.CodesWithin(f.Source!) ? after : null;
            if (target is null) return false;
        }
        // "aid was sent to Gaza by Jordan": the passive's agent, read as the source, is not also the object.
        if (f.AgentRead && target == f.Source) return false;
        // "freed 3,000 prisoners under an amnesty marking the country's independence day": "the country" said back of the
        // source itself, found in the words after the act, is no target; whom the act is aimed at is read by later rules.
        if (target is not null && inside is null && target.CodesWithin(f.Source!) && target.Members.TrueForAll(m => m.Antecedent?.Rule == "country")) return false;
        f.Target = target;
        return f.Target is not null;
    }
}

/// <summary>"Egypt praised the deal reached by Sudan and South Sudan": approval of a thing another's participle describes
/// ("reached by", "announced by") is aimed at whoever did it; not at a broker or host (list 'brokering').</summary>
internal sealed class ApprovedDeedIsTheDoers : ClauseRule
{
    public override string Name => "target:approved-deed";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Type != EventType.Support || f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        int thing = tree.ChildWith(f.Trigger, DependencyRelation.Obj);
        if (thing < 0 || f.Context.Groups.Holding(thing) is not null || f.Context.Reader.AgentOfDescribingParticiple(tree, thing) is not { } doer
            || doer.CodesWithin(f.Source!)) return false;
        f.Target = doer;
        return true;
    }
}

/// <summary>"She warned that the North would take overwhelming measures if the drills continued": a threat aimed at no one,
/// made on the condition that an act named by its noun goes on, is aimed at whoever does that act. (An actor the condition
/// names is read by target:condition-subject, before.)</summary>
internal sealed class ThreatOnConditionOfAnAct : ClauseRule
{
    // How far after the trigger the condition may open.
    private const int Reach = 14;

    public override string Name => "target:condition-act";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Type != EventType.Threaten || f.IsNounHeaded || f.Source is not { Members.Count: > 0 } source) return false;
        var d = f.Document;
        int end = Math.Min(f.Sentence.EndToken, f.Match.End + Reach);
        int i = Phrases.ConditionOpening(d, f.Match.End, end);
        if (i < 0) return false;
        for (int k = f.Match.End; k < i; k++) if (d.TextOf(k) is ";") return false;
        // "if the drills continued": the doer of the act the noun names.
        int noun = i + 1;
        while (noun < end && d.Tags[noun] is PartOfSpeech.Determiner or PartOfSpeech.Adjective) noun++;
        if (noun >= end) return false;
        while (noun + 1 < end && d.Tags[noun + 1] == PartOfSpeech.Noun) noun++;
        if (d.Tags[noun] != PartOfSpeech.Noun || f.Context.ImplicitTargets is not { } acts
            || acts.Find(d, f.Sentence, i, noun + 1, EventType.Accuse, source.Members[0].Code, f.Context.Earlier, phraseEndsAtEnd: true) is not { } doer) return false;
        var parties = ImplicitTargets.PartiesOf(doer, f.Context.Earlier, source.Members[0].Code).Where(p => !source.Members.Exists(m => m.Code == p.Code)).ToList();
        return ImplicitTargets.AimAt(f, parties);
    }
}

/// <summary>"Thailand extradited a Russian national wanted for hacking to the United States": people handed over to another
/// state (an extradition, a transfer or a return; list 'handover') are handed to the state named after "to", not to the
/// state their nationality names; handed to an organisation that carries them home (the Red Cross), they are their own
/// state's.</summary>
internal sealed class HandedToTheReceivingState : ClauseRule
{
    // How far after the people handed over the receiving state may be named.
    private const int Reach = 12;

    public override string Name => "target:receiving-state";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type is not (EventType.Cooperate or EventType.Concede) || f.Target is not { } handed || f.IsNounHeaded
            || f.Document.Syntax is not { } tree || !f.Context.Words.Handover.Contains(tree.LemmaOf(f.Trigger))) return false;
        foreach (var g in f.Context.Groups)
        {
            if (g.First <= handed.End || g.First > handed.End + Reach || g.IsPlace || g.CodesWithin(f.Source!) || g.CodesWithin(handed)) continue;
            // "handed over four Israeli hostages to the Red Cross": an organisation that only carries them home is no
            // receiving state; the people's own state is whom the release is made to.
            if (g.Members.TrueForAll(m => m.Kind == ActorKind.Organization)) return false;
            int before = g.First - 1;
            if (f.Document.TextOf(before) is "the") before--;
            for (int i = handed.End; i < before; i++) if (f.Document.TextOf(i) is "," or ";") return false;
            if (f.Document.TextOf(before) is not "to") continue;
            f.Target = g;
            return true;
        }
        return false;
    }
}

/// <summary>"The Turkish foreign minister arrived in Doha for talks with a Hamas delegation": a journey made for a meeting
/// with someone other than the place's state is that meeting; the place is its venue, not the counterpart.</summary>
internal sealed class JourneyForTalksIsWithTheCounterpart : ClauseRule
{
    public override string Name => "target:journey-counterpart";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Type != EventType.Consult || f.IsNounHeaded || d.Syntax is not { } tree || !f.Context.Words.Travel.Contains(tree.LemmaOf(f.Trigger))) return false;
        foreach (int errand in tree.ChildrenOf(f.Trigger))
        {
            if (tree.RelationOf(errand) != DependencyRelation.Obl || !f.Context.Words.Meeting.Contains(d.TextOf(errand))
                || tree.ChildWith(errand, DependencyRelation.Case) is not (int marker and >= 0) || d.TextOf(marker) is not "for") continue;
            foreach (int partner in tree.ChildrenOf(errand))
            {
                if (tree.RelationOf(partner) != DependencyRelation.Nmod || tree.ChildWith(partner, DependencyRelation.Case) is not (int with and >= 0)
                    || d.TextOf(with) is not "with" || f.Context.Reader.ActorOfNominal(partner) is not { IsPlace: false } counterpart) continue;
                if (counterpart == f.Source || f.Target is { } venue && venue.SharesCodeWith(counterpart)) return false;
                f.Target = counterpart;
                return true;
            }
        }
        // "travelled to Brussels to discuss the crisis with EU leaders": an errand told by its verb (list 'errand-verb'),
        // whose "with" phrase names the counterpart wherever the parse hangs it.
        foreach (int errand in tree.ChildrenOf(f.Trigger))
        {
            if (tree.RelationOf(errand) is not (DependencyRelation.Advcl or DependencyRelation.Xcomp) || errand < f.Trigger
                || !f.Context.Words.ErrandVerb.Contains(tree.LemmaOf(errand))
                // An errand is what the journey is for ("to discuss"), not what came before it ("after meeting with …").
                || tree.ChildWith(errand, DependencyRelation.Mark) is not (int mark and >= 0) || d.TextOf(mark) is not "to") continue;
            for (int t = errand + 1; t < f.Context.Sentence.EndToken && tree.Dominates(errand, t); t++)
            {
                if (d.TextOf(t) is not "with" || tree.RelationOf(t) != DependencyRelation.Case) continue;
                if (f.Context.Reader.ActorOfNominal(tree.HeadOf(t)) is not { IsPlace: false } counterpart || counterpart == f.Source) return false;
                if (f.Target is { } venue && venue.SharesCodeWith(counterpart)) return false;
                f.Target = counterpart;
                return true;
            }
        }
        return false;
    }
}

/// <summary>"met on the sidelines of the SCO summit", "met at the ASEAN forum": a body named as the owner of the meeting where
/// a meeting happens (list 'meeting' right after it, "of" or "at" before it) is its venue, not the one met.</summary>
internal sealed class MeetingVenueIsNoTarget : ClauseRule
{
    public override string Name => "target:meeting-venue";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not { } target || f.Type != EventType.Consult || f.Entry.HasTargetSlot) return false;
        var d = f.Document;
        if (NamedPlaceOfMeeting(f, target)) { f.Target = null; return true; }
        bool names = NamesAMeeting(f, target);
        int before = target.First - 1;
        while (before > f.Trigger && d.Tags[before] is PartOfSpeech.Determiner or PartOfSpeech.Adjective) before--;
        if (!names || before <= f.Trigger || d.TextOf(before) is not ("of" or "at")) return false;
        f.Target = null;
        return true;
    }

    // The group's last word is a meeting noun (list 'meeting'), or one follows it past the words of the meeting's name ("the
    // UN General Assembly", "the G20 leaders' summit").
    private static bool NamesAMeeting(ClauseFrame f, ActorGroup target)
    {
        var d = f.Document;
        var words = f.Context.Words;
        bool isMeetingWord(int k) => words.Meeting.Contains(d.TextOf(k)) || words.MeetingName.Contains(d.TextOf(k));
        if (isMeetingWord(target.End - 1)) return true;
        for (int k = target.End; k < f.Sentence.EndToken && k <= target.End + 3; k++)
        {
            if (isMeetingWord(k)) return true;
            if (d.Tags[k] is not (PartOfSpeech.ProperNoun or PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Possessive) && d.TextOf(k) is not "'") return false;
        }
        return false;
    }

    // "met on the Caribbean island of St. Vincent", "met in the port city of Aden": an actor named as the place a noun of
    // places (list 'venue-noun') opens after "in", "on" or "at" is where they met.
    private static bool NamedPlaceOfMeeting(ClauseFrame f, ActorGroup target)
    {
        var d = f.Document;
        int of = target.First - 1;
        if (of <= f.Trigger || d.TextOf(of) is not "of" || !f.Context.Words.VenueNoun.Contains(d.TextOf(of - 1))) return false;
        int before = of - 2;
        while (before > f.Trigger && d.Tags[before] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.ProperNoun or PartOfSpeech.Noun
               && f.Context.Groups.Holding(before) is null) before--;
        return before > f.Trigger && d.TextOf(before) is "in" or "on" or "at";
    }
}

/// <summary>"launched hundreds of Iranian-made drones at its cities": the state that made or supplied the weapons (list
/// 'maker') is not whom force is aimed at, however near the weapon stands to the verb.</summary>
internal sealed class WeaponMakerIsNoTarget : ClauseRule
{
    public override string Name => "target:weapon-maker-dropped";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not { } target || f.Entry.Type is not (EventType.Assault or EventType.Mobilize or EventType.Coerce or EventType.Threaten)) return false;
        if (target.Members.Count != 1 || !MakerCompound(f, target.First)) return false;
        f.Target = null;
        return true;
    }

    private static bool MakerCompound(ClauseFrame f, int token)
    {
        var word = f.Document.TextOf(token);
        int dash = word.LastIndexOf('-');
        return dash > 0 && f.Context.Words.Maker.Contains(word[(dash + 1)..]);
    }
}

/// <summary>"Tehran rejected its offer of talks": a refusal of what "its" or "their" proposal, demand or accusation (list
/// 'proposal') is aimed at whoever made it — the nearest other actor named before, in this sentence or the one before.</summary>
internal sealed class RejectedProposalsOwnerIsTarget : ClauseRule
{
    public override string Name => "target:proposal-owner";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Type != EventType.Reject || f.Source is not { } source) return false;
        var d = f.Document;
        int at = PatternMatcher.SkipAdverbs(d, f.Trigger + 1, f.Sentence.EndToken);
        if (at + 1 >= f.Sentence.EndToken || d.TextOf(at) is not ("its" or "their")) return false;
        if (!f.Context.Words.Proposal.Contains(d.TextOf(at + 1)) && !(at + 2 < f.Sentence.EndToken && f.Context.Words.Proposal.Contains(d.TextOf(at + 2)))) return false;
        int from = f.Context.Index > 0 ? d.Sentences[f.Context.Index - 1].FirstToken : f.Sentence.FirstToken;
        ActorMention? owner = null;
        foreach (var m in Phrases.MentionsIn(d, from, source.First))
            if (!source.Members.Exists(x => x.Code == m.Actor.Code) && m.EntryKind != ActorEntryKind.Place) owner = m;
        if (owner is null) return false;
        var group = new ActorGroup { First = owner.FirstToken, End = owner.EndToken };
        group.Add(owner.Actor);
        f.Target = group;
        return true;
    }
}

/// <summary>"Bolivia dismissed accusations it is buying drones from Iran": an actor inside what a rejected claim or
/// report says takes part in the claimed act; the rejection answers whoever made the claim (named earlier, rule
/// article:rejection-answers-proposal), not them.</summary>
internal sealed class ContentOfRejectedClaimIsNoTarget : ClauseRule
{
    // The target lies in the participle's own "by" phrase.
    private static bool AgentOf(SyntaxLayer tree, Document d, int participle, ActorGroup target)
    {
        foreach (int agent in tree.ChildrenOf(participle))
            if (tree.RelationOf(agent) is DependencyRelation.OblAgent or DependencyRelation.Obl && tree.ChildWith(agent, DependencyRelation.Case) is int by and >= 0
                && d.TextOf(by) is "by" && tree.Dominates(agent, target.First)) return true;
        return false;
    }

    public override string Name => "target:content-of-rejected-claim";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type != EventType.Reject || f.Target is not { } target || f.Document.Syntax is not { } tree) return false;
        // "denied that its forces had targeted civilians", "denied sending troops into Ethiopia": the denied clause or
        // gerund itself holds what is denied, not whom.
        foreach (int clause in tree.ChildrenOf(f.Trigger))
            if (clause > f.Trigger && (tree.RelationOf(clause) == DependencyRelation.Ccomp || tree.Penn[clause] == "VBG" && tree.RelationOf(clause) is DependencyRelation.Xcomp or DependencyRelation.Obj)
                && tree.Dominates(clause, target.First))
            {
                f.Target = null;
                return true;
            }
        // "Iran denies supplying drones to Russia": a gerund right after the verb opens what is denied, however the parse
        // hung it (a headline's is often read as the modifier of a noun).
        if (!f.IsNounHeaded && f.Trigger + 1 < f.Sentence.EndToken && tree.Penn[f.Trigger + 1] == "VBG" && target.First > f.Trigger + 1)
        {
            f.Target = null;
            return true;
        }
        var words = f.Context.Words;
        // "denied reports that its troops had crossed", "denied that Chinese hackers had …": the that-clause right after the
        // claim the trigger's phrase ends with, or after the verb itself, is what is denied, however the parse hung it.
        if (f.Match.End < f.Sentence.EndToken && f.Document.TextOf(f.Match.End) is "that" && target.First > f.Match.End
            && (words.Claim.Contains(f.Document.TextOf(f.Match.End - 1)) || f.Match.End - 1 == f.Trigger))
        {
            f.Target = null;
            return true;
        }
        foreach (int noun in tree.ChildrenOf(f.Trigger))
        {
            // "rejected a resolution condemning Moscow": nor are the actors inside what a rejected draft says.
            if (noun < f.Trigger || tree.RelationOf(noun) != DependencyRelation.Obj || !(words.Claim.Contains(f.Document.TextOf(noun)) || words.Draft.Contains(f.Document.TextOf(noun)))) continue;
            foreach (int clause in tree.ChildrenOf(noun))
            {
                if (tree.RelationOf(clause) is not (DependencyRelation.AclRelcl or DependencyRelation.Acl or DependencyRelation.Ccomp) || !tree.Dominates(clause, target.First)) continue;
                // "a resolution drafted by the United States": the draft's author is whom the rejection answers.
                if (tree.Penn[clause] == "VBN" && AgentOf(tree, f.Document, clause, target)) continue;
                f.Target = null;
                return true;
            }
        }
        return false;
    }
}

/// <summary>"demanded on Friday that the United States …": a speech act is aimed at the subject of its that-clause.</summary>
internal sealed class ThatClauseSubjectIsTarget : ClauseRule
{
    public override string Name => "target:that-clause-subject";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || !EventCoder.SpeechActs.Contains(f.Entry.Type)) return false;
        f.Target = Phrases.ComplementSubject(f.Document, f.Match.End, f.Sentence, f.Context.Groups);
        return f.Target is not null;
    }
}

/// <summary>"warned that it will keep up pressure on Bolivia": a speaker's threat about its own next act is aimed at whom
/// that act is aimed at, the first other actor in the that-clause.</summary>
internal sealed class OwnAnnouncedActIsAimedAtItsObject : ClauseRule
{
    public const string RuleName = "target:own-announced-act";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        var source = f.Source!;
        // Unaimed so far, or aimed only at the speaker itself (its own "it" as the that-clause subject).
        if (f.Entry.Type != EventType.Threaten || f.Target is not null && !f.Target.CodesWithin(source)) return false;
        var subject = Phrases.ComplementSubject(f.Document, f.Match.End, f.Sentence, f.Context.Groups);
        if (subject is null || !subject.CodesWithin(source)) return false;
        int end = Phrases.ClauseEnd(f.Document, subject.End, f.Sentence, f.Context.Words);
        var aimed = f.Context.Groups.Find(g => g.First >= subject.End && g.First < end && !g.IsPlace && !g.CodesWithin(source));
        if (aimed is null) return false;
        f.Target = aimed;
        return true;
    }
}

/// <summary>"complained to the United Nations over Israeli air raids": a complaint to a body is aimed at whom it is about.</summary>
internal sealed class ComplaintIsAboutWhom : ClauseRule
{
    public override string Name => "target:complaint-about";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is null || f.Entry.Type is not (EventType.Accuse or EventType.Protest) || !f.Target.Members.TrueForAll(m => m.Sector == "IGO")) return false;
        if (Phrases.AboutWhom(f.Document, f.Target.End, f.Sentence, f.Context.Groups, f.Source!, f.Context.Words) is not { } about) return false;
        f.Target = about;
        return true;
    }
}

/// <summary>"The Security Council failed to adopt the resolution after Russia vetoed it": a veto aimed at no one named is cast
/// in the body the sentence names (an organisation), and is aimed at it.</summary>
internal sealed class VetoIsCastInTheBody : ClauseRule
{
    public override string Name => "target:vetoed-in-body";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Lemma != "veto" || f.Source is not { } source) return false;
        var body = f.Context.Groups.Find(g => !g.IsPlace && g != source && g.Members.TrueForAll(m => m.Kind == ActorKind.Organization));
        if (body is null) return false;
        f.Target = body;
        return true;
    }
}

/// <summary>"ordered an investigation into the drone attack on a U.S. base": whom an attack struck, named in the attack's
/// "on" or "against" phrase, is not who is investigated.</summary>
internal sealed class VictimOfAnInvestigatedAttackIsNoTarget : ClauseRule
{
    public override string Name => "target:victim-of-investigated-attack";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not { } target || !f.Cameo.StartsWith("09", StringComparison.Ordinal) || f.Context.ImplicitTargets is not { } acts) return false;
        var d = f.Document;
        int at = WordBeforePhrase(f, target);
        if (at - 1 <= f.Trigger || d.TextOf(at) is not ("on" or "against") || !acts.Names(d.TextOf(at - 1).ToString().ToLowerInvariant(), EventType.Assault)) return false;
        f.Target = null;
        return true;
    }

    /// <summary>The word right before the target's phrase (its preposition), past its determiners, modifiers and counts,
    /// but not back to the trigger.</summary>
    internal static int WordBeforePhrase(ClauseFrame f, ActorGroup target)
    {
        int at = target.First - 1;
        while (at > f.Trigger && f.Document.Tags[at] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Number) at--;
        return at;
    }
}

/// <summary>"Jordan condemned the killing of three Palestinians", "rejected any forced displacement of Palestinians": whom an act
/// of force or coercion (a noun of act-nouns.tsv) befell, named in its "of" phrase, is not whom a reaction to it is aimed at;
/// its doer is ("Israel's killing of …", "the jailing of X by a court in Beijing"), else the reaction is left for the rules
/// that find the act told earlier.</summary>
internal sealed class VictimOfANamedActIsNoTarget : ClauseRule
{
    public override string Name => "target:victim-of-named-act";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not { } target || f.Type is not (EventType.Accuse or EventType.Reject or EventType.Protest) || f.Context.ImplicitTargets is not { } acts
            || f.Document.Syntax is not { } tree) return false;
        var d = f.Document;
        // "denied any role in the abduction of a Ugandan opposition leader": a denial answers those who laid the act at the
        // denier's door, most often the victim's side; it is not a reaction to the act.
        if (tree.LemmaOf(f.Trigger) is "deny") return false;
        int of = VictimOfAnInvestigatedAttackIsNoTarget.WordBeforePhrase(f, target);
        if (of - 1 < f.Trigger || d.TextOf(of) is not "of" || !acts.NamesForce(d.TextOf(of - 1))) return false;
        int act = of - 1;
        // The doer named with the act: its possessor or its "by" phrase.
        ActorGroup? doer = null;
        foreach (int child in tree.ChildrenOf(act))
        {
            var relation = tree.RelationOf(child);
            if (relation == DependencyRelation.NmodPoss
                || relation == DependencyRelation.Nmod && tree.ChildWith(child, DependencyRelation.Case) is int by and >= 0 && d.TextOf(by) is "by")
                doer ??= f.Context.Reader.ActorOfNominal(child);
        }
        // The parse may hang the "by" phrase on the reaction's verb instead.
        if (doer is null && Phrases.ByAfterOfPhrase(d, act, f.Sentence) is int byAfter and >= 0) doer = f.Context.Reader.ObjectAfter(byAfter + 1, 5);
        f.Target = doer is not null && !doer.IsPlace && !doer.SharesCodeWith(f.Source!) ? doer : null;
        f.ReactsToNamedAct = true;
        return true;
    }
}

/// <summary>"North Korea sent balloons over the border, prompting Seoul to suspend a military pact": a hostile act that
/// another actor's deed prompted (list 'prompting', the verb the act's infinitive completes) and that names no one else is
/// aimed at the prompter, the subject of that verb or, after a comma, of the sentence's main verb.</summary>
internal sealed class PromptedActAnswersThePrompter : ClauseRule
{
    public override string Name => "target:prompted-response";
    public override bool Apply(ClauseFrame f)
    {
        // A show of force prompted ("prompting Tokyo to scramble jets") answers the prompter as hostile acts do.
        if (f.Target is not null || f.IsNounHeaded || !(EventCoder.Hostile.Contains(f.Entry.Type) || f.Entry.Type == EventType.Mobilize) || f.Source is not { } source
            || f.Document.Syntax is not { } tree) return false;
        int prompting = tree.HeadOf(f.Trigger);
        // The infinitive completes the verb; a parse may hang it as a purpose clause ("to close" with "to" its marker).
        bool infinitive = tree.RelationOf(f.Trigger) == DependencyRelation.Xcomp
            || tree.RelationOf(f.Trigger) == DependencyRelation.Advcl && tree.ChildWith(f.Trigger, DependencyRelation.Mark) is int to and >= 0 && f.Document.TextOf(to) is "to";
        if (prompting < 0 || !infinitive || !f.Context.Words.Prompting.Contains(tree.LemmaOf(prompting))) return false;
        var prompter = f.Context.Reader.SubjectOf(prompting);
        // "two Russian bombers flew over the sea, prompting Tokyo to scramble jets": the verb the participle follows did it.
        if (prompter is null && prompting > 0 && f.Document.TextOf(prompting - 1) is "," && tree.HeadOf(prompting) is int done and >= 0 && done < prompting
            && tree.Universal[done] == UniversalTag.Verb)
            prompter = f.Context.Reader.SubjectOf(done);
        if (prompter is null && prompting > 0 && f.Document.TextOf(prompting - 1) is ",")
        {
            int root = prompting;
            while (tree.HeadOf(root) >= 0) root = tree.HeadOf(root);
            if (root < prompting) prompter = f.Context.Reader.SubjectOf(root);
        }
        if (prompter is null || prompter.IsPlace || prompter.CodesWithin(source) || source.CodesWithin(prompter)) return false;
        f.Target = prompter;
        return true;
    }
}

/// <summary>"Kenya recalled its ambassador after Somalia expelled two Kenyan diplomats": a hostile act that names no one,
/// followed by an "after" clause (list 'response') whose verb can tell a provocation (a verb of the lexicon read as force,
/// coercion, a show of force, a threat or a sanction) and whose subject is another actor, answers that actor. Runs after
/// target:protested-act-after, which reads a protest's clause close by.</summary>
internal sealed class AfterClauseProvokerIsTarget : ClauseRule
{
    private static readonly HashSet<EventType> Provocations = [EventType.Assault, EventType.Coerce, EventType.Mobilize, EventType.Threaten, EventType.Sanction];

    // How far past the trigger's pattern the "after" may stand ("recalled its ambassador on Monday after …").
    private const int Reach = 12;

    public override string Name => "target:after-provocation";
    public override bool Apply(ClauseFrame f)
    {
        // (So does an alert or a mobilisation, CAMEO 151-154: "put its forces on alert after Chinese warships sailed near the
        // island"; not a show of force or a launch, 150, which is aimed at no one.)
        if (f.Target is not null || f.IsNounHeaded || !EventCoder.Hostile.Contains(f.Entry.Type) && !(f.Entry.Type == EventType.Mobilize && f.Entry.Cameo is "151" or "152" or "153" or "154")
            || f.Source is not { } source || !f.Context.HasWordOf(f.Context.Words.Response)) return false;
        var d = f.Document;
        // Read from the words: the parse often hangs "after Somalia" on a date before it and leaves the clause's verb loose.
        for (int i = f.Match.End; i < f.Sentence.EndToken && i <= f.Match.End + Reach; i++)
        {
            if (!f.Context.Words.Response.Contains(d.TextOf(i))) continue;
            int first = i + 1 < f.Sentence.EndToken && d.Tags[i + 1] is PartOfSpeech.Determiner ? i + 2 : i + 1;
            // "after dozens of Chinese vessels massed", "after two Russian jets entered": a count before the doers.
            if (first + 1 < f.Sentence.EndToken && d.Tags[first] == PartOfSpeech.Number) first++;
            else if (first + 2 < f.Sentence.EndToken && WordClasses.IsCountNoun(d.TextOf(first)) && d.TextOf(first + 1) is "of") first += 2;
            if (f.Context.Groups.StartingAt(first, actorOnly: true) is not { } provoker) return false;
            // "after Chilean jets entered": up to two words of the doer's noun phrase, then adverbs and auxiliaries.
            int verb = provoker.End;
            for (int nouns = 0; nouns < 2 && verb < f.Sentence.EndToken && d.Tags[verb] is PartOfSpeech.Noun or PartOfSpeech.Adjective; nouns++) verb++;
            while (verb < f.Sentence.EndToken && d.Tags[verb] is PartOfSpeech.Adverb or PartOfSpeech.Auxiliary) verb++;
            if (verb >= f.Sentence.EndToken || d.Tags[verb] != PartOfSpeech.Verb || !f.Context.CanBeVerbOf(verb, Provocations)
                || provoker.IsPlace || provoker.CodesWithin(source) || source.CodesWithin(provoker)) return false;
            f.Target = provoker;
            return true;
        }
        return false;
    }
}

/// <summary>"Unless Russia agrees to a ceasefire, Europe will impose new sanctions": a penalty or force that names no one, with
/// an "unless" clause hung on its verb, is aimed at the clause's subject, whom the condition asks to act (before the verb
/// too, where the words after it name no one).</summary>
internal sealed class UnlessClauseSubjectIsTarget : ClauseRule
{
    public override string Name => "target:unless-subject";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.IsNounHeaded || f.Entry.Type is not (EventType.Sanction or EventType.Coerce or EventType.Assault or EventType.Mobilize)
            || !f.Context.HasWordOf(f.Context.Words.Unless) || f.Document.Syntax is not { } tree) return false;
        int clause = Phrases.UnlessClauseOf(f.Document, tree, f.Trigger);
        if (clause < 0 || f.Context.Reader.SubjectOf(clause) is not { } asked || asked.IsPlace || asked.SharesCodeWith(f.Source!)) return false;
        f.Target = asked;
        return true;
    }
}

/// <summary>"threatened to halt the talks if the United States deploys …": a threat is aimed at whoever the condition names.</summary>
internal sealed class ConditionSubjectIsTarget : ClauseRule
{
    public override string Name => "target:condition-subject";
    public override bool Apply(ClauseFrame f)
    {
        // "Tehran will quit the Non-Proliferation Treaty if Britain reimposes sanctions": a treaty or body the threat would
        // leave (a sanction on condition, made a threat by rule type:conditional-threat) is what it is about; whom it warns is
        // the condition's doer.
        bool bodyLeft = f.Target is { } taken && taken.Members.TrueForAll(m => m.Kind == ActorKind.Organization);
        if (!(f.Entry.Type == EventType.Threaten && (f.Target is null || bodyLeft) || f.Entry.Type == EventType.Sanction && bodyLeft)) return false;
        if (Phrases.ConditionSubject(f.Document, f.Match.End, f.Sentence, f.Context.Groups, f.Source!) is not { } warned || warned == f.Target
            || f.Target is { } left && left.SharesCodeWith(warned)) return false;
        f.Target = warned;
        return true;
    }
}

/// <summary>"Peru criticized Chile and demanded compensation": a demand, accusation, threat or rejection with no one named,
/// coordinated with an earlier verb of the same subject, is aimed at that verb's object.</summary>
internal sealed class CoordinatedVerbSharesItsTarget : ClauseRule
{
    public override string Name => "target:coordinated-verb";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.IsNounHeaded || !EventCoder.SpeechActs.Contains(f.Entry.Type)) return false;
        // A subject of its own would make it another clause ("Peru criticized Chile and Bolivia demanded …").
        int first = Phrases.EarlierConjunctVerb(f.Document, f.Trigger);
        // "The deal was welcomed by A and criticized by B": a passive verb's object is its subject, which the conjunct
        // shares as its own; the other's agent is no one's target.
        if (first < 0 || f.Context.Reader.IsPassive(first)) return false;
        var aimed = f.Context.Reader.ObjectOf(first, first + 1, hostile: true);
        if (aimed is null || aimed.IsPlace || aimed.CodesWithin(f.Source!)) return false;
        f.Target = aimed;
        return true;
    }
}

/// <summary>"Iran retaliated against Israel by firing missiles": the act told by a "by" clause of a verb of answering (list
/// 'retaliation') that names whom it answers ("against Israel") is aimed at them when it names no one itself; a launch so
/// aimed is an attack.</summary>
internal sealed class RetaliationByActIsAimedAtWhomItAnswers : ClauseRule
{
    public override string Name => "target:retaliation-by";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        // Read from the words: a parse may hang "by firing" on the noun after it.
        if (f.Target is not null || f.IsNounHeaded || f.Trigger - 1 <= f.Sentence.FirstToken || d.TextOf(f.Trigger - 1) is not "by") return false;
        for (int k = f.Trigger - 2; k > f.Sentence.FirstToken; k--)
        {
            if (d.Tags[k] is not (PartOfSpeech.Verb or PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Preposition)) return false;
            if (d.Tags[k] != PartOfSpeech.Verb) continue;
            if (!f.Context.Words.Retaliation.Contains(d.TextOf(k)) || d.TextOf(k + 1) is not "against") return false;
            if (f.Context.Groups.OpeningAfter(d, k + 1, actorOnly: true) is not { IsPlace: false } answered || answered.First >= f.Trigger || answered.CodesWithin(f.Source!)) return false;
            f.Target = answered;
            // A launch in answer to someone is force used against them ("fired missiles", as "fired missiles at Israel").
            if (f.Type == EventType.Mobilize) f.Recode(EventType.Assault, "190");
            return true;
        }
        return false;
    }
}

/// <summary>"Russia will take retaliatory measures in response to NATO's drills in the Baltic": an act done in answer to
/// another's act (list 'answer-noun' between "in" and "to"/"for", hung on the trigger) is aimed at whoever did that act,
/// named as its owner ("NATO's", "the Estonian move") or its agent ("the decision by Tallinn"), not at a victim named in it.</summary>
internal sealed class AnsweredActNamesTheTarget : ClauseRule
{
    // How far after "to"/"for" the doer of the answered act may be named.
    private const int Reach = 6;

    public override string Name => "target:answered-act";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Target is not null || d.Syntax is not { } tree) return false;
        int end = f.IsNounHeaded ? f.Trigger + 1 : f.Match.End;
        for (int k = f.Sentence.FirstToken + 1; k + 2 < f.Sentence.EndToken; k++)
        {
            if (!f.Context.Words.AnswerNoun.Contains(d.TextOf(k)) || d.TextOf(k - 1) is not ("in" or "In") || d.TextOf(k + 1) is not ("to" or "for")) continue;
            if (tree.HeadOf(k) is var head && (head < f.Trigger || head >= end)) continue;
            var doer = DoerOfAnsweredAct(f, k + 2);
            if (doer is null || doer.CodesWithin(f.Source!)) return false;
            f.Target = doer;
            return true;
        }
        return false;
    }

    // The first actor after "to"/"for" ("NATO's drills", "the Estonian move", "Poland"), or after "by" ("the decision by
    // Tallinn"); one after another preposition ("the attack on Israel", "the strike in Kyiv") is the act's victim or place,
    // and ends the search, as do a comma and a verb.
    private static ActorGroup? DoerOfAnsweredAct(ClauseFrame f, int from)
    {
        var d = f.Document;
        for (int k = from; k < f.Sentence.EndToken && k < from + Reach; k++)
        {
            if (d.TextOf(k) is "," or ";" || d.Tags[k] == PartOfSpeech.Verb) return null;
            if (k > from && d.Tags[k] == PartOfSpeech.Preposition && d.TextOf(k) is not "by") return null;
            if (f.Context.Groups.StartingAt(k, actorOnly: true) is { } g) return g;
        }
        return null;
    }
}

/// <summary>"North Korea fired missiles. Seoul responded by suspending the military pact": an act told by a "by" clause of a
/// verb of answering (list 'retaliation') that names no one answers the latest hostile act by another actor told just
/// before (<see cref="ImplicitTargets.FindProvocation"/>).</summary>
internal sealed class ResponseByActAnswersTheLastHostileAct : ClauseRule
{
    public override string Name => "target:response-by";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Target is not null || f.IsNounHeaded || f.Source is not { Members.Count: 1 } source || f.Trigger - 2 < f.Sentence.FirstToken
            || d.TextOf(f.Trigger - 1) is not "by" || !f.Context.Words.Retaliation.Contains(d.TextOf(f.Trigger - 2))) return false;
        if (ImplicitTargets.FindProvocation(d, f.Trigger, source.Members[0].Code, f.Context.Earlier) is not { } doer) return false;
        f.Target = new ActorGroup { First = f.Trigger, End = f.Trigger + 1 }.With(doer);
        return true;
    }
}

/// <summary>"claimed responsibility for the ambush that killed six Pakistani soldiers", "claimed the attack, which wounded
/// two Kenyan officers": an act of force named by its noun (act-nouns.tsv) whose relative clause tells what the act itself
/// did to an actor is aimed at that actor. Not when the clause has a subject of its own ("the attack that Russia denied").</summary>
internal sealed class ActNounClauseNamesTheVictim : ClauseRule
{
    // How far past the matched words the act's noun may stand ("claimed responsibility for the deadly ambush").
    private const int Reach = 4;

    public override string Name => "target:act-noun-victim";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Type is not (EventType.Assault or EventType.Coerce) || f.Document.Syntax is not { } tree || f.Context.ImplicitTargets is not { } acts) return false;
        var d = f.Document;
        int end = Math.Min(f.Sentence.EndToken, f.Match.End + Reach);
        for (int noun = f.Trigger + 1; noun < end; noun++)
        {
            if (tree.Universal[noun] != UniversalTag.Noun || !acts.NamesForce(d.TextOf(noun))) continue;
            foreach (int clause in tree.ChildrenOf(noun))
            {
                if (clause < noun || tree.RelationOf(clause) != DependencyRelation.AclRelcl) continue;
                if (tree.ChildWith(clause, DependencyRelation.Nsubj) is not (int subject and >= 0) || d.TextOf(subject) is not ("that" or "which")) continue;
                if (f.Context.Reader.ObjectOf(clause, clause + 1, hostile: true) is not { IsPlace: false } struck || struck.CodesWithin(f.Source!)) continue;
                f.Target = struck;
                return true;
            }
            return false;
        }
        return false;
    }
}

/// <summary>"Russian strikes on Odesa killed three people", "An Israeli raid on the camp in Jenin wounded nine": force told by a
/// verb whose subject is the act itself, named by its noun (act-nouns.tsv), is aimed at whom or where that noun's phrase
/// says the act was aimed ("on", "against": list 'force-destination').</summary>
internal sealed class AttackNounSubjectNamesTheTarget : ClauseRule
{
    public override string Name => "target:attack-subject";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.IsNounHeaded || f.Type is not (EventType.Assault or EventType.Coerce) || f.Document.Syntax is not { } tree
            || f.Context.ImplicitTargets is not { } acts) return false;
        var d = f.Document;
        if (tree.ChildWith(f.Trigger, DependencyRelation.Nsubj) is not (int subject and >= 0) || subject > f.Trigger || !acts.NamesForce(d.TextOf(subject))) return false;
        foreach (int aimed in tree.ChildrenOf(subject))
        {
            if (aimed < subject || tree.RelationOf(aimed) != DependencyRelation.Nmod || tree.ChildWith(aimed, DependencyRelation.Case) is not (int marker and >= 0)
                || !f.Context.Words.ForceDestination.Contains(d.TextOf(marker))) continue;
            if ((f.Context.Groups.Find(g => g.First > marker && g.First <= aimed && g.End > aimed) ?? f.Context.Groups.Holding(aimed)) is not { } struck
                || struck == f.Source || struck.CodesWithin(f.Source!)) return false;
            f.Target = struck;
            return true;
        }
        return false;
    }
}

/// <summary>"Pakistani troops shelled Indian posts. 'Such provocations will not go unanswered,' the army said": a refusal to let
/// unnamed acts pass warns whoever did the latest hostile act against the speaker.</summary>
internal sealed class RefusalWarnsTheLastProvoker : ClauseRule
{
    public override string Name => "target:refused-act-doer";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || !f.Fired.Contains(SpeakerOfARefusalWarns.RuleName) || f.Source is not { Members.Count: 1 } source
            || ImplicitTargets.FindProvocation(f.Document, f.Trigger, source.Members[0].Code, f.Context.Earlier) is not { } doer) return false;
        f.Target = new ActorGroup { First = f.Trigger, End = f.Trigger + 1 }.With(doer);
        return true;
    }
}

/// <summary>"met Sudan's army chief to press for a ceasefire": what was said at a meeting and names no one of its own is said
/// to whom the meeting was with.</summary>
internal sealed class PurposeOfAMeetingIsAimedAtTheCounterpart : ClauseRule
{
    public override string Name => "target:meeting-counterpart";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || !f.Fired.Contains(PurposeOfAHeldMeetingIsDone.RuleName) || f.HeldMeeting is not { Counterpart: { } counterpart }
            || counterpart.CodesWithin(f.Source!)) return false;
        f.Target = counterpart;
        return true;
    }
}

/// <summary>"deployed two carriers to the region to deter Iran", "blocked roads to protest EU trade policy": a show of
/// force or a protest naming no one, whose purpose clause (list 'deterrence': deter, counter, warn, protest, oppose …)
/// names another actor, is aimed at that actor.</summary>
internal sealed class PurposeClauseNamesTheTarget : ClauseRule
{
    public override string Name => "target:deterred";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Type is not (EventType.Mobilize or EventType.Protest) || f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        // The purpose clause hangs on the verb, or, in many parses, on what was sent ("sent frigates … to deter Peru").
        if (Deterred(f, tree, f.Trigger, DependencyRelation.Advcl) is { } deterred || tree.ChildWith(f.Trigger, DependencyRelation.Obj) is int sent and >= 0
            && (deterred = Deterred(f, tree, sent, DependencyRelation.Acl)) is not null)
        {
            f.Target = deterred;
            return true;
        }
        return false;
    }

    private static ActorGroup? Deterred(ClauseFrame f, SyntaxLayer tree, int owner, DependencyRelation relation)
    {
        foreach (int purpose in tree.ChildrenOf(owner))
        {
            if (purpose < owner || tree.RelationOf(purpose) != relation || !f.Context.Words.Deterrence.Contains(tree.LemmaOf(purpose))) continue;
            if (tree.ChildWith(purpose, DependencyRelation.Mark) is not (int to and >= 0) || f.Document.TextOf(to) is not "to") continue;
            if (f.Context.Reader.ObjectOf(purpose, purpose + 1, hostile: true) is { IsPlace: false } deterred && !deterred.CodesWithin(f.Source!)) return deterred;
        }
        return null;
    }
}

/// <summary>"Airstrikes hit a school in Gaza, killing 20 people": force told by a participle after a comma, naming no one, is
/// what the act it follows did (told by that clause's verb or by its subject, an act noun), to the same target; a trailing
/// attribution (", officials said") the parse hung the participle on is passed over.</summary>
internal sealed class ResultParticipleSharesTheTarget : ClauseRule
{
    public override string Name => "target:result-participle";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Target is not null || f.IsNounHeaded || f.Entry.Type is not (EventType.Assault or EventType.Coerce) || d.Syntax is not { } tree
            || tree.Penn[f.Trigger] != "VBG" || f.Trigger == 0 || d.TextOf(f.Trigger - 1) is not ",") return false;
        int governing = f.Context.Reader.ParticipleGovernor(f.Trigger);
        if (governing < 0 || governing > f.Trigger) return false;
        // "Israeli airstrikes hit a school …, killing nine": the act may be told by the governing verb's subject.
        int subject = tree.ChildWith(governing, DependencyRelation.Nsubj);
        if ((EarlierAct.At(f, governing) ?? (subject >= 0 ? EarlierAct.At(f, subject) : null)) is not { Target: { } target }) return false;
        ImplicitTargets.AimAt(f, target);
        return true;
    }
}

/// <summary>"Two Peruvian soldiers were killed when Chilean troops opened fire across the border": force told in a "when" or
/// "as" clause of a passive of harm (the main clause tells who was killed or wounded) is aimed at the state of those harmed.</summary>
internal sealed class HarmedInTheMainClauseAreTheTarget : ClauseRule
{
    public override string Name => "target:harmed-in-main-clause";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.IsNounHeaded || f.Type is not (EventType.Assault or EventType.Coerce) || f.Source is not { } source) return false;
        // Read from the words: parses of such sentences often hang the clause on the wrong word.
        var d = f.Document;
        int when = source.First - 1;
        if (when <= f.Sentence.FirstToken + 2 || d.TextOf(when) is not ("when" or "as")) return false;
        for (int harm = when - 1; harm > f.Sentence.FirstToken && harm >= when - 6; harm--)
        {
            if (!f.Context.Words.HarmVerb.Contains(d.TextOf(harm))) continue;
            int aux = harm - 1;
            if (d.TextOf(aux) is not ("was" or "were" or "been")) return false;
            var harmed = f.Context.Groups.FindLast(g => g.End <= aux && g.First >= f.Sentence.FirstToken);
            if (harmed is null || harmed.IsPlace || harmed.SharesCodeWith(source) || !harmed.Members.TrueForAll(m => m.IsState)) return false;
            f.Target = harmed;
            return true;
        }
        return false;
    }
}

/// <summary>"Russian strikes killed five people overnight, Ukrainian officials said", "Gaza health officials said Israeli
/// strikes killed 31 people": an attack aimed at no one named that killed or wounded people (list 'harm-verb'), told by
/// officials of another state, harmed that state's people; the officials speak for the victims' side.</summary>
internal sealed class VictimsAreTheReportingOfficialsPeople : ClauseRule
{
    public override string Name => "target:victims-officials";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Type != EventType.Assault || f.Source is not { } source
            || (f.Context.Reader.ClaimOf(f.Trigger, source)?.Speaker ?? TrailingSpeaker(f)) is not { } speaker) return false;
        if (speaker.IsPlace || EventCoder.IsCommentator(speaker) || speaker.SharesCodeWith(source) || speaker.Members.Exists(m => m.Code != speaker.Members[0].Code)) return false;
        var d = f.Document;
        for (int k = f.Trigger; k < f.Sentence.EndToken; k++)
            if (f.Context.Words.HarmVerb.Contains(d.TextOf(k)))
            {
                f.Target = speaker;
                return true;
            }
        return false;
    }

    // ", Ukrainian officials said.": the actor set off by a comma after the trigger and followed by a verb of speech.
    private static ActorGroup? TrailingSpeaker(ClauseFrame f)
    {
        var d = f.Document;
        for (int k = f.Match.End; k + 2 < f.Sentence.EndToken; k++)
        {
            if (d.TextOf(k) is not ",") continue;
            if (f.Context.Groups.OpeningAfter(d, k, actorOnly: true) is not { } group) continue;
            // Past the rest of the speaker's phrase ("Ukraine's interior ministry").
            int verb = group.End;
            while (verb < f.Sentence.EndToken && verb < group.End + 3 && (d.Tags[verb] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective or PartOfSpeech.Possessive || d.TextOf(verb) is "'s")) verb++;
            if (verb < f.Sentence.EndToken && PersonFinder.IsSpeechVerb(d.TextOf(verb))) return group;
        }
        return null;
    }
}

/// <summary>"Drones struck Kyiv, killing nine people and damaging dozens of buildings", "Militants attacked a train, taking
/// many hostages", "A drone attack set fire to a refinery": damage to property or hostages taken, told by a participle that
/// follows an attack (after a comma, or joined to another such participle) or by a verb whose subject is the attack, is what
/// the attack did, not a second act.</summary>
internal sealed class DamageDoneByTheAttackIsPartOfIt : ClauseRule
{
    public override string Name => "drop:damage-of-the-attack";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Entry.Type != EventType.Coerce || !(f.Entry.Cameo.StartsWith("171", StringComparison.Ordinal) || f.Entry.Cameo.StartsWith("181", StringComparison.Ordinal))
            || f.IsNounHeaded || d.Syntax is not { } tree || f.Trigger == 0) return false;
        // "A drone attack set fire to a refinery": damage whose subject is the attack itself, told just before as an act noun.
        if (tree.ChildWith(f.Trigger, DependencyRelation.Nsubj) is int subject and >= 0 && subject < f.Trigger
            && EarlierAct.Before(f, f.Trigger) is { Type: EventType.Assault } attack && d.TokenAt(attack.Trigger.Start) is int attackToken and >= 0
            && attackToken <= subject && (attackToken == subject || tree.Dominates(subject, attackToken)))
        {
            f.Dropped = true;
            return true;
        }
        if (tree.Penn[f.Trigger] != "VBG") return false;
        int participle = f.Trigger;
        // "killing nine and damaging dozens": the second participle hangs on the first.
        if (tree.RelationOf(participle) == DependencyRelation.Conj && tree.HeadOf(participle) is int first and >= 0 && tree.Penn[first] == "VBG") participle = first;
        if (participle == 0 || d.TextOf(participle - 1) is not ",") return false;
        if (EarlierAct.Before(f, participle) is not { Type: EventType.Assault }) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"Xi met Lula in Beijing and signed 15 agreements": an agreement or cooperation naming no partner, coordinated
/// with a meeting of the same subject told just before, is with whom it met.</summary>
internal sealed class AgreementAtAMeetingIsWithThePartner : ClauseRule
{
    public override string Name => "target:meeting-partner";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.IsNounHeaded || f.Entry.Type is not (EventType.Agree or EventType.Cooperate)) return false;
        int first = Phrases.EarlierConjunctVerb(f.Document, f.Trigger);
        if (first < 0 || EarlierAct.At(f, first) is not { Type: EventType.Consult, Target: { } partner }) return false;
        ImplicitTargets.AimAt(f, partner);
        return true;
    }
}

/// <summary>Acts already coded in the frame's sentence, latest first.</summary>
internal static class EarlierAct
{
    /// <summary>The act whose trigger starts at <paramref name="token"/>, by the frame's own source unless
    /// <paramref name="anySource"/>.</summary>
    public static Event? At(ClauseFrame f, int token, bool anySource = false)
    {
        ActorCode? source = anySource ? null : f.Source!.Members[0].Code;
        int start = f.Document.Tokens[token].Start;
        return Latest(f, e => e.Trigger.Start == start && (source is null || e.Source.Code == source));
    }

    /// <summary>The last act of the frame's source with its trigger before <paramref name="token"/>.</summary>
    public static Event? Before(ClauseFrame f, int token)
    {
        var source = f.Source!.Members[0].Code;
        int start = f.Document.Tokens[token].Start;
        return Latest(f, e => e.Trigger.Start < start && e.Source.Code == source);
    }

    /// <summary>The last act of the frame's sentence coded so far that <paramref name="fits"/>.</summary>
    public static Event? Latest(ClauseFrame f, Func<Event, bool> fits)
    {
        for (int k = f.Context.Earlier.Count - 1; k >= 0; k--)
        {
            var e = f.Context.Earlier[k];
            if (e.SentenceIndex != f.Context.Index) break;
            if (fits(e)) return e;
        }
        return null;
    }
}

/// <summary>"The U.N. envoy for Syria called for an end to the violence": an act an envoy does with no one else named is
/// aimed at the state the envoy is sent to (list 'envoy').</summary>
internal sealed class EnvoyActsTowardTheirCounterpart : ClauseRule
{
    public override string Name => "target:envoy-counterpart";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null) return false;
        var (d, source, words) = (f.Document, f.Source!, f.Context.Words);
        // The envoy word ends the source's name ("U.N. envoy") or follows it after a modifier or two ("U.N. special envoy").
        int envoy = -1;
        for (int i = source.End - 1; i < source.End + 3 && i < f.Trigger; i++)
        {
            if (i >= source.End && d.Tags[i] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Possessive)) break;
            if (words.Envoy.Contains(d.TextOf(i))) { envoy = i; break; }
        }
        if (envoy < 0 || envoy + 2 >= f.Trigger || d.TextOf(envoy + 1) is not ("for" or "to" or "in")) return false;
        int at = d.TextOf(envoy + 2) is "the" ? envoy + 3 : envoy + 2;
        var counterpart = f.Context.Groups.Find(g => g.First == at && g.End <= f.Trigger);
        if (counterpart is null || counterpart.CodesWithin(source) || !counterpart.Members.TrueForAll(m => m.IsState)) return false;
        f.Target = counterpart;
        return true;
    }
}

/// <summary>"Thousands rallied in Seoul against the planned release of treated water from Japan's Fukushima plant", "staged a
/// strike against the president's austerity measures": a demonstration against or over a deed is aimed at the first actor
/// its phrase names, the deed's owner (not a place the phrase puts it in).</summary>
internal sealed class DemonstrationAgainstADeedsOwner : ClauseRule
{
    // How many words of the "against" phrase are read.
    private const int Reach = 10;

    public override string Name => "target:protested-deed-owner";
    public override bool Apply(ClauseFrame f)
    {
        // (A place of its own the object reader took, "rallied in central Seoul", gives way.)
        if (f.Entry.Type != EventType.Protest || f.Source is not { } source || f.Target is { } taken && !(taken.IsPlace && taken.CodesWithin(source))) return false;
        var d = f.Document;
        for (int i = f.Match.End; i < f.Sentence.EndToken && i < f.Match.End + Reach; i++)
        {
            if (d.TextOf(i) is "," or ";" || d.Tags[i] is PartOfSpeech.Subordinator or PartOfSpeech.Wh) return false;
            if (d.TextOf(i) is not ("against" or "over")) continue;
            // ("in protest against …" is read by rule sentence:in-support-or-protest.)
            if (d.TextOf(i - 1) is "protest") return false;
            for (int k = i + 1; k < f.Sentence.EndToken && k <= i + Reach; k++)
            {
                // (A participle inside the phrase, "the planned release", does not end it; a finite verb does.)
                if (d.TextOf(k) is "," or ";" || d.Tags[k] is PartOfSpeech.Subordinator or PartOfSpeech.Wh
                    || d.Tags[k] == PartOfSpeech.Verb && d.Syntax is { } tree && tree.Penn[k] is "VBD" or "VBZ" or "VBP") return false;
                if (f.Context.Groups.StartingAt(k) is not { } named) continue;
                // "… against the election result in Tbilisi": a place the deed happened in is not its owner.
                if (named.IsPlace && f.Context.Words.Location.Contains(d.TextOf(k - 1))) { k = named.End - 1; continue; }
                if (named == source) return false;
                f.Target = named;
                return true;
            }
            return false;
        }
        return false;
    }
}

/// <summary>"Japan pledged $20 million in emergency relief for flood victims in Myanmar", "pledged aid for Sudan": aid pledged
/// for people of a place, or for a state, is pledged to that state (not to where the pledge was made).</summary>
internal sealed class PledgedAidGoesToWhomItIsFor : ClauseRule
{
    public override string Name => "target:pledged-aid-for";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Type != EventType.Agree || !f.Entry.Cameo.StartsWith("033", StringComparison.Ordinal)) return false;
        var d = f.Document;
        for (int k = f.Match.End; k < f.Sentence.EndToken && k <= f.Match.End + 6; k++)
        {
            if (d.TextOf(k) is "," or ";" || d.Tags[k] is PartOfSpeech.Subordinator or PartOfSpeech.Wh) return false;
            if (d.TextOf(k) is not "for") continue;
            f.Target = f.Context.Groups.StartingAt(k + 1, actorOnly: true) is { } named && named != f.Source ? named
                : Phrases.Location(d, k + 1, f.Sentence, f.Context.Groups, f.Source, f.Context.Words);
            return f.Target is not null;
        }
        return false;
    }
}

/// <summary>"lifted a curfew in Montenegro", "shelled positions near Gaza", "sent aid to Gaza", "shelled Kharkiv": an act
/// done somewhere (aid sent somewhere, force used on a place) is done to that place's state.</summary>
internal sealed class PlaceIsTarget : ClauseRule
{
    public override string Name => "target:location";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || !EventCoder.LocatedActs.Contains(f.Entry.Type) || f.ReactsToNamedAct) return false;
        // "Russia and the United States exchanged prisoners in Ankara": an exchange between the parties (list 'exchange')
        // is done by each to the other, wherever it takes place.
        if (f.Source!.Parts.Distinct().Count() > 1 && ReciprocalActIsBetweenParties.IsAnExchange(f)) return false;
        // A call for a ceasefire in X is aimed at X; a request for talks in X names their venue, and a bare request no act.
        if (f.Entry.Type == EventType.Request && (f.Entry.Cameo is "020" || f.Entry.Cameo.StartsWith("026", StringComparison.Ordinal))) return false;
        f.Target = Phrases.Location(f.Document, f.Match.End, f.Sentence, f.Context.Groups, f.Source!, f.Context.Words);
        if (f.Target is not null && !NamesWhereActIsDone(f, f.Target)) f.Target = null;
        // "flew near Japan's airspace", "sailed through Philippine waters": the matched phrase ends in the place's preposition.
        int last = f.Match.End - 1;
        if (f.Target is null && last > f.Trigger && f.Document.Tags[last] is PartOfSpeech.Preposition or PartOfSpeech.Subordinator)
            f.Target = Phrases.Location(f.Document, last, f.Sentence, f.Context.Groups, f.Source!, f.Context.Words, openedByPreposition: true);
        // "sent aid to Gaza": aid goes to the people of the place it is sent to (list 'aid-destination').
        if (f.Target is null && f.Entry.Type == EventType.Aid)
            f.Target = Phrases.Location(f.Document, f.Match.End, f.Sentence, f.Context.Groups, f.Source!, f.Context.Words, f.Context.Words.AidDestination);
        // "demanded unhindered access to Darfur", "granted aid agencies access to Gaza": access is asked of, given or refused
        // by the state of the place it leads to.
        if (f.Target is null && f.Document.TextOf(f.Match.End - 1) is "access")
            f.Target = Phrases.Location(f.Document, f.Match.End, f.Sentence, f.Context.Groups, f.Source!, f.Context.Words, f.Context.Words.AidDestination);
        // "launched a missile strike on the city of Kharkiv": force aimed at a place (list 'force-destination') is done to its state.
        if (f.Target is null && f.Entry.Type is EventType.Assault)
            f.Target = Phrases.Location(f.Document, f.Match.End, f.Sentence, f.Context.Groups, f.Source!, f.Context.Words, f.Context.Words.ForceDestination);
        // "reopened the Rafah crossing": a place named inside the matched phrase.
        if (f.Target is null && f.Entry.Type is EventType.Concede or EventType.Sanction or EventType.Coerce or EventType.Assault)
            f.Target = f.Context.Groups.Find(g => g.IsPlace && g.First > f.Trigger && g.End <= f.Match.End && g != f.Source);
        // "In Kherson region, Russian forces shelled 30 villages": force used in a place named by a phrase opening the
        // sentence is used on the place's state.
        if (f.Target is null && f.Entry.Type is EventType.Assault or EventType.Coerce && !f.IsNounHeaded && f.Document.Syntax is { } opened)
            f.Target = OpeningPlace(f, opened);
        // "shelled Kharkiv", "annexed Crimea", "raided Jenin": force whose object is a place is done to the place's state.
        if (f.Target is null && f.Entry.Type is EventType.Assault or EventType.Coerce && !f.IsNounHeaded && f.Document.Syntax is { } tree
            && tree.ChildWith(f.Trigger, DependencyRelation.Obj) is int obj and >= 0
            && (f.Context.Groups.Holding(obj) ?? NamedSettlement(f, tree, obj) ?? SettlementNamedBefore(f, tree, obj)) is { IsPlace: true } place && place != f.Source)
            f.Target = place;
        return f.Target is not null;
    }

    /// <summary>The rule name of "the city" standing for the settlement named last in the sentences before.</summary>
    public const string SettlementBeforeRule = "place:settlement-named-before";

    // How many sentences back "the city" looks for the place it names again.
    private const int SettlementReach = 3;

    // "Russian missiles hit Kharkiv. … Russian drones struck the city again": a settlement noun (list 'settlement') with
    // "the" and nothing of its own naming it is the city, town or capital named last in the sentences before.
    private static ActorGroup? SettlementNamedBefore(ClauseFrame f, SyntaxLayer tree, int noun)
    {
        var d = f.Document;
        if (!f.Context.Words.Settlement.Contains(d.TextOf(noun)) || tree.ChildWith(noun, DependencyRelation.Det) is not (int article and >= 0)
            || d.TextOf(article) is not ("the" or "The")) return null;
        // Not "the city of Kharkiv", "the port city", "the southern town" (a modifier may name or place it): only the bare noun,
        // whatever phrase the parse hangs on it ("struck the city with four bombs").
        foreach (int child in tree.ChildrenOf(noun))
            if (tree.RelationOf(child) is DependencyRelation.Appos or DependencyRelation.Flat or DependencyRelation.Compound or DependencyRelation.Amod
                || tree.RelationOf(child) == DependencyRelation.Nmod && tree.ChildWith(child, DependencyRelation.Case) is int marker and >= 0 && d.TextOf(marker) is "of")
                return null;
        int from = d.Sentences[Math.Max(0, f.Context.Index - SettlementReach)].FirstToken;
        var actors = d.Actors;
        for (int k = actors.Count - 1; k >= 0; k--)
        {
            var m = actors[k];
            if (m.FirstToken >= f.Sentence.FirstToken) continue;
            if (m.FirstToken < from) break;
            if (m.EntryKind is not (ActorEntryKind.Place or ActorEntryKind.Capital)) continue;
            var named = m.Actor with { Antecedent = Actors.Discourse.Antecedent.Of(d, m, SettlementBeforeRule) };
            return new ActorGroup { First = noun, End = noun + 1, IsPlace = true }.With(named);
        }
        return null;
    }

    // The place an "in" phrase before the subject names ("In Kherson region, …"), when it is another state's than the source's.
    private static ActorGroup? OpeningPlace(ClauseFrame f, SyntaxLayer tree)
    {
        foreach (int child in tree.ChildrenOf(f.Trigger))
        {
            if (child > f.Trigger || tree.RelationOf(child) != DependencyRelation.Obl || tree.ChildWith(child, DependencyRelation.Case) is not (int marker and >= 0)
                || f.Document.TextOf(marker) is not ("in" or "In") || marker != f.Sentence.FirstToken) continue;
            var place = f.Context.Groups.Find(g => g.IsPlace && g.First > marker && g.End <= child + 1);
            if (place is not null && place != f.Source && !place.CodesWithin(f.Source!)) return place;
        }
        return null;
    }

    // "walked out of the summit in Vienna": the place of a meeting (list 'meeting') is its venue, aimed at no one unless force
    // is used there. "flew its nationals home from Sudan": aid given from a place is given elsewhere.
    private static bool NamesWhereActIsDone(ClauseFrame f, ActorGroup place)
    {
        int at = place.First - 1;
        while (at > f.Trigger && f.Document.Tags[at] is PartOfSpeech.Determiner or PartOfSpeech.Adjective) at--;
        if (at <= f.Trigger || !f.Context.Words.Location.Contains(f.Document.TextOf(at))) return true;
        if (f.Entry.Type == EventType.Aid && f.Document.TextOf(at) is "from") return false;
        return f.Entry.Type is EventType.Assault or EventType.Coerce || !f.Context.Words.Meeting.Contains(f.Document.TextOf(at - 1));
    }

    // "the city of Kharkiv", "the port town, Berdyansk": a settlement noun (list 'settlement') named by the place after it.
    private static ActorGroup? NamedSettlement(ClauseFrame f, SyntaxLayer tree, int noun)
    {
        if (!f.Context.Words.Settlement.Contains(f.Document.TextOf(noun))) return null;
        foreach (int child in tree.ChildrenOf(noun))
            if (tree.RelationOf(child) is DependencyRelation.Nmod or DependencyRelation.Appos or DependencyRelation.Flat or DependencyRelation.Compound
                && f.Context.Groups.Holding(child) is { IsPlace: true } place)
                return place;
        return null;
    }
}

/// <summary>"moved tanks to its border with Chad", "massed troops along the frontier with Laos", "near the Eritrean border":
/// force sent to a border faces the state on its other side; so does a withdrawal from it ("pulled back from positions
/// along the border with Azerbaijan").</summary>
internal sealed class ForceAtABorderFacesTheOtherSide : ClauseRule
{
    public override string Name => "target:border-facing";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Entry.Type is not (EventType.Mobilize or EventType.Retreat) || f.Target is { } t && t.Members.Count > 0 && !t.CodesWithin(f.Source!)) return false;
        var d = f.Document;
        for (int i = f.Trigger + 1; i < f.Sentence.EndToken && i < f.Match.End + 6; i++)
        {
            if (d.TextOf(i) is "," or ";") return false;
            if (!WordClasses.IsBorderNoun(d.TextOf(i))) continue;
            // "massed troops near the Eritrean border": another state's people's adjective or name right before the border.
            // (The group may take in the border noun as its head.)
            if (f.Context.Groups.Find(g => g.First < i && (g.End == i || g.End == i + 1)) is { Members.Count: 1 } named && named.Members[0].IsState && !named.CodesWithin(f.Source!))
            {
                f.Target = named;
                return true;
            }
            if (i + 2 >= f.Sentence.EndToken || d.TextOf(i + 1) is not "with") continue;
            var side = f.Context.Groups.Find(g => g.First == i + 2 || g.First == i + 3 && d.TextOf(i + 2) is "the");
            if (side is null || side.Members.Count == 0 || side.CodesWithin(f.Source!) || !side.Members.TrueForAll(m => m.IsState)) return false;
            f.Target = side;
            return true;
        }
        return false;
    }
}

/// <summary>"called for restraint after clashes between Thai and Cambodian troops": an appeal for calm or a ceasefire
/// (CAMEO 0256) that names no one is aimed at the parties of the fighting it names with "between".</summary>
internal sealed class CalmIsAskedOfTheFightingParties : ClauseRule
{
    public override string Name => "target:fighting-parties";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Type != EventType.Request || f.Entry.Cameo != "0256") return false;
        var d = f.Document;
        for (int i = f.Match.End; i + 1 < f.Sentence.EndToken && i < f.Match.End + 8; i++)
        {
            if (d.TextOf(i) is ";") return false;
            if (d.TextOf(i) is not ("between" or "among")) continue;
            var parties = f.Context.Groups.OpeningAfter(d, i);
            if (parties is null || parties.Members.Count < 2 || parties.IsPlace || parties.SharesCodeWith(f.Source!)) return false;
            f.Target = parties;
            return true;
        }
        return false;
    }
}

/// <summary>"Russia's air defences destroyed 337 Ukrainian drones", "shot down 40 Russian drones", "repelled 46 Russian assaults":
/// drones, missiles or rockets (list 'projectile', in the plural) of another state brought down, or its attacks repelled
/// (list 'repelled-force'), tell that state's attack on the one that brought them down; the interception is its defence,
/// not an attack of its own.</summary>
internal sealed class InterceptedProjectilesTellTheSendersAttack : ClauseRule
{
    public override string Name => "target:intercepted-projectiles";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Entry.Type != EventType.Assault || f.IsNounHeaded || f.Target is not { IsPlace: false } sender || f.Source is not { } defender
            || sender.SharesCodeWith(defender) || !f.Context.Words.Interception.Contains(f.Document.Syntax?.LemmaOf(f.Trigger) ?? "")) return false;
        var d = f.Document;
        // The projectile noun the sender's name describes, within the sender's phrase or right after it.
        bool projectile = false, attack = false;
        // Many of them: a barrage is an attack, one drone brought down ("shot down a Malian drone") is no sign of one; an
        // attack repelled ("repelled a Russian assault") is one whatever its number.
        for (int i = sender.First; i <= sender.End && i < f.Sentence.EndToken && !projectile && !attack; i++)
        {
            projectile = f.Context.Words.Projectile.Contains(d.TextOf(i)) && d.TextOf(i).EndsWith("s", StringComparison.Ordinal);
            attack = f.Context.Words.RepelledForce.Contains(d.TextOf(i));
        }
        if (!projectile && !attack) return false;
        (f.Source, f.Target) = (sender, defender);
        f.Recode(EventType.Assault, projectile ? "195" : "190");
        return true;
    }
}

/// <summary>"flew two bombers over the peninsula in a show of force against North Korea": a show of force aimed "against"
/// an actor later in its clause is aimed at that actor.</summary>
internal sealed class ShowOfForceAgainst : ClauseRule
{
    public override string Name => "target:show-of-force-against";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Type != EventType.Mobilize) return false;
        var d = f.Document;
        for (int i = f.Match.End; i + 1 < f.Sentence.EndToken; i++)
        {
            if (d.TextOf(i) is "," or ";" or ":" || d.Tags[i] is PartOfSpeech.Subordinator) return false;
            if (d.TextOf(i) is not "against") continue;
            int at = i + 1;
            while (at < f.Sentence.EndToken && d.Tags[at] is PartOfSpeech.Determiner) at++;
            if (f.Context.Groups.StartingAt(at, actorOnly: true) is not { IsPlace: false } aimed || aimed.SharesCodeWith(f.Source!)) return false;
            f.Target = aimed;
            return true;
        }
        return false;
    }
}

/// <summary>"Ukrainian forces struck the Saky airfield in occupied Crimea", "a depot in Russian-occupied Crimea": force at a
/// place of the actor's own state that the text calls held by another (list 'occupied', right before the place) is aimed at
/// the state holding it: a state named as a word of its own before a hyphen and the participle, else the one list
/// 'occupier' gives for the owner. A one-word "Russian-held" is not read: its first part may name a group, not a state
/// ("Kurdish-held"), and the tokenizer keeps it whole.</summary>
internal sealed class OccupiedPlaceFacesTheOccupier : ClauseRule
{
    public override string Name => "target:occupied-place";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not { } place || f.Source is not { } source || f.Entry.Type != EventType.Assault || !place.CodesWithin(source)) return false;
        var d = f.Document;
        int participle = place.First - 1;
        if (participle <= f.Sentence.FirstToken) return false;
        var word = d.TextOf(participle);
        // "Russian-occupied Melitopol" written as one word: the list names the occupier.
        if (word.EndsWith("-occupied", StringComparison.OrdinalIgnoreCase) || word.EndsWith("-annexed", StringComparison.OrdinalIgnoreCase)) word = "occupied";
        if (!f.Context.Words.Occupied.Contains(word)) return false;
        // "Russian-held": a hyphen and a state's name or adjective before the participle name the occupier.
        var named = d.TextOf(participle - 1) is "-" && participle >= 2
            ? Phrases.MentionsIn(d, participle - 2, participle - 1).FirstOrDefault(m => m.Actor.IsState && m.Actor.Code != place.Members[0].Code)?.Actor
            : null;
        if (named is null && word is "held" or "controlled") return false;
        var occupier = named?.Code ?? (f.Context.Words.Occupiers.TryGetValue(place.Members[0].Code.Value, out var listed) ? listed : (ActorCode?)null);
        if (occupier is not { } code) return false;
        var actor = named ?? new Actor(code, null, d.SliceTokens(participle, place.End)) { Span = place.Members[0].Span, Kind = ActorKind.State, Rule = $"list:occupier:{place.Members[0].Code}" };
        f.Target = new ActorGroup { First = place.First, End = place.End }.With(actor);
        return true;
    }
}

/// <summary>A place in the actor's own state says nothing about whom a domestic act, a withdrawal from it ("withdrew troops
/// from Ladakh"), or a show of force at home ("jets flew low over the Polish capital"), is aimed at.</summary>
internal sealed class OwnPlaceIsNoTarget : ClauseRule
{
    public override string Name => "target:own-place-dropped";
    public override bool Apply(ClauseFrame f)
    {
        var (source, target) = (f.Source!, f.Target);
        if (target is null || !EventCoder.DomesticActs.Contains(f.Entry.Type) && f.Entry.Type is not (EventType.Mobilize or EventType.Retreat) || !target.CodesWithin(source)) return false;
        bool place = Phrases.MentionsIn(f.Document, target.First, target.First + 1).Any(m => m.EntryKind is ActorEntryKind.Capital or ActorEntryKind.Place or ActorEntryKind.State)
                     || IsPlaceWord(f, target.End - 1) || target.End < f.Sentence.EndToken && IsPlaceWord(f, target.End);
        if (!place) return false;
        // "Myanmar's military bombed a school in the Sagaing region": force used on a named place of its own state (a city or a
        // region, not the state's own name) is used on that state's people.
        if (f.Entry.Type == EventType.Assault && Phrases.MentionsIn(f.Document, target.First, target.End).Any(m => m.EntryKind is ActorEntryKind.Place or ActorEntryKind.Capital)) return false;
        f.Target = null;
        return true;
    }

    // "the Polish capital", "a Syrian town": a demonym before a word for a place names that place.
    private static bool IsPlaceWord(ClauseFrame f, int token) => WordClasses.IsPlaceNoun(f.Document.TextOf(token)) || f.Document.TextOf(token) is "capital";
}

/// <summary>"Palestinian prisoners in Israeli jails began a hunger strike": a protest by people held in another state's
/// jails, prisons or custody is aimed at the state holding them.</summary>
internal sealed class ProtestInCustodyIsAimedAtTheJailer : ClauseRule
{
    public override string Name => "target:jailer";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Type != EventType.Protest || f.Source is not { } source) return false;
        var d = f.Document;
        for (int i = f.Sentence.FirstToken + 1; i + 1 < f.Sentence.EndToken; i++)
        {
            if (d.TextOf(i) is not ("jail" or "jails" or "prison" or "prisons" or "custody" or "detention")) continue;
            // "in Israeli jails", "in Israel's prisons", "in Russian custody": the state named right before the word.
            int k = i - 1;
            if (k > f.Sentence.FirstToken && d.TextOf(k) is "'s" or "’s") k--;
            if (f.Context.Groups.Holding(k) is not { IsPlace: false } jailer || jailer.CodesWithin(source)) continue;
            int before = jailer.First - 1;
            if (before < f.Sentence.FirstToken || d.TextOf(before) is not ("in" or "inside" or "from")) continue;
            ImplicitTargets.AimAt(f, jailer.Members[0]);
            return true;
        }
        return false;
    }
}

/// <summary>"Outside the Japanese Embassy, some 40 activists staged a rally": a protest staged at another state's embassy or
/// consulate, wherever the sentence names it, is aimed at that state, not at home.</summary>
internal sealed class ProtestAtAnEmbassyIsAimedAtItsState : ClauseRule
{
    public override string Name => "target:protested-embassy";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Type != EventType.Protest || f.Source is not { Members.Count: 1 } source) return false;
        var d = f.Document;
        for (int i = f.Sentence.FirstToken + 1; i < f.Sentence.EndToken; i++)
        {
            if (!WordClasses.NamesAMission(d.TextOf(i))) continue;
            // The mission named with its state ("the Japanese Embassy" as one name), or its state's name right before it
            // ("Russia's embassy").
            int k = i - 1;
            if (d.TextOf(k) is "'s" or "’s") k--;
            var state = f.Context.Groups.Holding(i) ?? (f.Context.Groups.Holding(k) is { } before && before.End == k + 1 ? before : null);
            if (state is not { IsPlace: false } || state.Members.Count != 1 || state.Members[0].Code == source.Members[0].Code) continue;
            f.Target = state;
            return true;
        }
        return false;
    }
}

/// <summary>"Pakistani jets carried out strikes on Afghan Taliban border posts", "Israel carried out the strike … because the
/// building was used by Hamas": a state's force that names no target, in a sentence that names after the act an armed group
/// of another state, is aimed at that group, not at the state's own people.</summary>
internal sealed class ArmedGroupNamedIsTheTarget : ClauseRule
{
    public override string Name => "target:armed-group-named";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not null || f.Entry.Type != EventType.Assault || f.Source is not { Members.Count: 1 } source || !source.Members[0].IsState
            || source.Members[0].Sector is not (null or "MIL" or "GOV")) return false;
        var own = source.Members[0].Code;
        foreach (var g in f.Context.Groups)
        {
            if (g.First < f.Trigger || g.IsPlace || g.Members.Count != 1 || g.Members[0].Sector != "REB" || g.Members[0].Code == own) continue;
            f.Target = g;
            return true;
        }
        return false;
    }
}

/// <summary>"police opened fire on demonstrators", "lifted the curfew", "students staged a rally": with no other actor
/// named, force used, concessions made or protests staged by a state's actor happen within that state (CAMEO's reading).
/// Not for a government's or army's force (or one of no stated sector) in a story that names other states.</summary>
internal sealed class DomesticActIsAimedAtHome : ClauseRule
{
    public override string Name => "target:domestic";
    public override bool Apply(ClauseFrame f)
    {
        var source = f.Source!;
        if (f.Target is not null || !EventCoder.DomesticActs.Contains(f.Entry.Type) || source.Members.Count != 1 || !source.Members[0].IsState) return false;
        // "nationals working for Moscow planted explosives": a principal acting through agents acts abroad, not at home.
        if (f.Fired.Contains(AgentsActForTheirPrincipal.RuleName)) return false;
        // "responded with rocket fire", "gave a befitting reply": an answer to another's act is aimed at that actor (rule
        // article:retaliation-answers-act).
        if (f.MatchHolds(f.Context.Words.Retaliation)) return false;
        // "Turkey protested": a government's protest is a diplomatic one, aimed abroad or at no one named, never at home.
        if (f.Entry.Type == EventType.Protest && source.Members[0].Sector == "GOV" && f.MatchHolds(f.Context.Words.ProtestLodged)) return false;
        // "reopened its border crossings": a border has another side, which the sentence does not name; "entered waters
        // around the islands": so do waters and airspace entered.
        for (int i = f.Trigger + 1; i < f.Match.End; i++)
            if (WordClasses.IsBorderNoun(f.Document.TextOf(i)) || f.Document.TextOf(i) is "crossing" or "crossings" or "waters" or "airspace") return false;
        // "seized an oil tanker", "shot down a drone": a ship or aircraft belongs to someone the sentence does not name.
        if (f.Entry.Type is EventType.Assault or EventType.Coerce && (CraftIsTheObject(f) || CraftIsAttacked(f))) return false;
        // "released the crew of the seized ship", "freed three hostages": the people held belong to someone unnamed.
        if (f.Entry.Type is EventType.Concede or EventType.Coerce && HeldPeopleAreTheObject(f)) return false;
        // "We will not accept this ultimatum": a concession refused is a rejection (type:refusal-is-rejection), aimed at whoever
        // asked, not at home.
        if (RefusalIsRejection.Refuses(f)) return false;
        // "dropped its objection to the wording", "lifted its veto": a stance of its own given up yields to someone unnamed.
        if (f.Entry.Type == EventType.Concede && OwnStanceIsTheObject(f)) return false;
        // So is a state's force told by its adjective alone ("Israeli airstrikes"): it is the state's, of no stated sector.
        if (f.Entry.Type is EventType.Assault or EventType.Coerce && source.Members[0].Sector is null or "MIL" or "GOV" && Phrases.ForeignStateNamed(f.Document, source.Members[0].Code)) return false;
        // "Russian troops advanced near Pokrovsk. The army said it had captured two villages": nor where a place of another
        // state is named in the sentence or the one before.
        if (f.Entry.Type is EventType.Assault or EventType.Coerce && source.Members[0].Sector is null or "MIL" && ForeignPlaceNear(f, source.Members[0].Code)) return false;
        var counterpart = Phrases.DomesticCounterpart(source.Members[0]);
        // "killed 12 insurgents", "arrested two journalists": the people the act names say of which sector they are.
        if (ObjectRole(f) is { } sector && sector != source.Members[0].Sector) counterpart = counterpart with { Sector = sector };
        ImplicitTargets.AimAt(f, counterpart);
        return true;
    }

    private static bool ForeignPlaceNear(ClauseFrame f, ActorCode own)
    {
        var d = f.Document;
        int from = d.Sentences[Math.Max(0, f.Context.Index - 1)].FirstToken;
        foreach (var m in d.Actors)
            if (m.FirstToken >= from && m.FirstToken < f.Sentence.EndToken && m.Kind == MentionKind.Name && m.EntryKind == ActorEntryKind.Place
                && m.Actor.IsState && m.Actor.Code != own) return true;
        return false;
    }

    // The sector of the role word heading the verb's object or its "on"/"at"/"against" phrase ("opened fire on protesters").
    private static string? ObjectRole(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Document.Syntax is not { } tree) return null;
        int obj = tree.ChildWith(f.Trigger, DependencyRelation.Obj);
        if (obj < 0)
        {
            int obl = tree.ChildWith(f.Trigger, DependencyRelation.Obl);
            if (obl < 0 || tree.ChildWith(obl, DependencyRelation.Case) is not (int at and >= 0) || f.Document.TextOf(at) is not ("on" or "at" or "against")) return null;
            obj = obl;
        }
        return f.Document.Tags[obj] == PartOfSpeech.Noun ? RoleWords.SectorOf(f.Document.TextOf(obj)) : null;
    }

    private static bool OwnStanceIsTheObject(ClauseFrame f) =>
        ActedOn(f) is int obj and >= 0 && f.Context.Words.Stance.Contains(f.Document.TextOf(obj)) && f.Document.Syntax is { } tree
        && tree.ChildWith(obj, DependencyRelation.NmodPoss) is int owner and >= 0 && f.Document.TextOf(owner) is "its" or "their" or "his" or "her";

    private static bool HeldPeopleAreTheObject(ClauseFrame f) => ActedOn(f) is int obj and >= 0 && f.Context.Words.HeldPeople.Contains(f.Document.TextOf(obj));

    private static bool CraftIsTheObject(ClauseFrame f) => ActedOn(f) is int obj and >= 0 && f.Context.Words.Craft.Contains(f.Document.TextOf(obj));

    // What the act is done to: the verb's object, or the noun's "of" phrase ("the seizure of two fishing boats"); -1 if none.
    private static int ActedOn(ClauseFrame f)
    {
        if (f.Document.Syntax is not { } tree) return -1;
        if (!f.IsNounHeaded) return tree.ChildWith(f.Trigger, DependencyRelation.Obj);
        foreach (int child in tree.ChildrenOf(f.Trigger))
            if (tree.RelationOf(child) == DependencyRelation.Nmod && tree.ChildWith(child, DependencyRelation.Case) is int of and >= 0 && f.Document.TextOf(of) is "of")
                return child;
        return -1;
    }

    // "claimed a drone attack on a commercial ship", "fired missiles at a tanker": a craft named after "on", "against" or
    // "at" soon after the trigger is what was attacked.
    private static bool CraftIsAttacked(ClauseFrame f)
    {
        var d = f.Document;
        int end = Math.Min(f.Sentence.EndToken, f.Match.End + 8);
        for (int i = f.Trigger + 1; i < end; i++)
        {
            if (!f.Context.Words.Craft.Contains(d.TextOf(i))) continue;
            int k = i - 1;
            while (k > f.Trigger && d.Tags[k] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Number) k--;
            if (d.TextOf(k) is "on" or "against" or "at") return true;
        }
        return false;
    }
}

/// <summary>"Chinese and Russian aircraft carried out joint patrols between China and Russia": an object that names the same
/// states as the coordinated actors restates the parties; the act is joint among them, not aimed at one of them.</summary>
internal sealed class ObjectRestatingThePartiesIsNoTarget : ClauseRule
{
    public override string Name => "target:restates-parties";
    public override bool Apply(ClauseFrame f)
    {
        var (source, target) = (f.Source!, f.Target);
        // Only for acts without a direction (consult, agree, cooperate); "A and B upgraded their ties" stays told both ways.
        if (target is null || target == source || source.Members.Count < 2 || !EventCoder.Symmetric.Contains(f.Type)) return false;
        bool same = target.CodesWithin(source) && source.CodesWithin(target);
        if (!same) return false;
        f.Target = null;
        return true;
    }
}

/// <summary>"Samsung signed a deal with a Japanese supplier": an agreement, cooperation or meeting of a company with another
/// company (or with no one of a state's organs) is commerce, not relations between states.</summary>
internal sealed class CommercialDealIsNoRelation : ClauseRule
{
    public override string Name => "drop:commercial-deal";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Type is not (EventType.Agree or EventType.Cooperate or EventType.Consult) || f.Source is not { } source
            || !source.Members.TrueForAll(m => m.Sector == "BUS")) return false;
        if (f.Target is { } target && target.Members.Exists(m => m.Sector is not ("BUS" or null))) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"spoke with VOA", "met reporters from Reuters": talking to the press is an interview, not a consultation between
/// actors (a state acting against the press, "banned the BBC", stays an event).</summary>
internal sealed class InterviewIsNoMeeting : ClauseRule
{
    public override string Name => "drop:interview";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not { } target || f.Type != EventType.Consult || !target.Members.TrueForAll(m => m.Sector == "MED")) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"met to discuss Iran's nuclear programme", "debated Syria": what a verb of discussion (list 'topic') takes as its
/// object is the topic, not a partner; a partner is named with "with".</summary>
internal sealed class DiscussedTopicIsNoTarget : ClauseRule
{
    public override string Name => "target:topic-dropped";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not { } target || f.IsNounHeaded || !f.Context.Words.Topic.Contains(f.Document.TextOf(f.Trigger)) || target.First <= f.Trigger) return false;
        // A pattern's own slot ("discuss … with _") holds, unless its "with" is the topic's ("cooperation with Russia").
        if (f.Entry.HasTargetSlot && !WithinTopic(f, target)) return false;
        for (int i = target.First - 1; i > f.Trigger; i--)
        {
            var w = f.Document.TextOf(i);
            // "discussed North Korea's cooperation with Russia": "with" in the topic's own phrase names no partner.
            if (w is "with" && !WithinTopic(f, target)) return false;
            if (w is "with") break;
            if (f.Document.Tags[i] is not (PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Adverb)) break;
        }
        f.Target = null;
        return true;
    }

    // The tree hangs the partner's phrase on a noun after the verb (the topic), not on the verb, and the topic names an
    // actor of its own ("Bolivia's trade with Brazil"); "discussed trade with Brazil" may be either, and Brazil the partner.
    private static bool WithinTopic(ClauseFrame f, ActorGroup partner)
    {
        if (f.Document.Syntax is not { } tree) return false;
        int head = tree.HeadOf(partner.End - 1);
        if (head <= f.Trigger || head >= partner.First || tree.RelationOf(partner.End - 1) != DependencyRelation.Nmod || f.Document.Tags[head] != PartOfSpeech.Noun) return false;
        return f.Context.Groups.Exists(g => g != partner && g.First > f.Trigger && g.End <= head);
    }
}

/// <summary>"Germany condemned the death sentence handed to a German national by an Iranian court", "Canada denounced the jailing
/// of a Canadian citizen by a court in Beijing": a state's complaint about what befell its own people (named by its
/// people's adjective) is aimed at the other state named after them in the clause — the doer, or the state where it
/// happened — not at itself.</summary>
internal sealed class WrongedNationalsPointToTheDoer : ClauseRule
{
    public override string Name => "target:wronged-nationals";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is not { } target || f.Source is not { } source || f.Type is not (EventType.Accuse or EventType.Protest or EventType.Request)
            || !target.CodesWithin(source)
            || !Phrases.MentionsIn(f.Document, target.First, target.End).Any(m => m.EntryKind == ActorEntryKind.Adjective)) return false;
        var d = f.Document;
        // "war crimes by Croatian extremists": the state's own people named as the doers are the target.
        if (target.First > f.Sentence.FirstToken && d.TextOf(target.First - 1) is "by") return false;
        for (int i = target.End; i < f.Sentence.EndToken; i++)
        {
            if (d.TextOf(i) is ";" || d.Tags[i] is PartOfSpeech.Wh || d.TextOf(i) is "," && i + 1 < f.Sentence.EndToken && d.Tags[i + 1] is PartOfSpeech.Wh or PartOfSpeech.Verb) return false;
            if (f.Context.Groups.StartingAt(i, actorOnly: false) is not { } other || other.SharesCodeWith(source)) continue;
            f.Target = other;
            return true;
        }
        return false;
    }
}

/// <summary>"… ended when the Chinese ship collided with a Chinese navy destroyer": vessels of one state that collide have had an
/// accident; neither coerces the other, so the collision is aimed at no one.</summary>
internal sealed class OwnVesselsCollidingIsNoAct : ClauseRule
{
    public override string Name => "target:own-vessels-collided";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is null || f.IsNounHeaded || f.Document.Syntax is not { } tree || tree.LemmaOf(f.Trigger) is not "collide"
            || !f.Target.CodesWithin(f.Source!)) return false;
        f.Target = null;
        return true;
    }
}

/// <summary>An actor is not its own target; nor are coordinated actors each other's when the target only names them again
/// ("Vietnam and Laos rejected claims that their dams …"): acting on each other needs a reciprocal word (see
/// <see cref="ReciprocalActIsBetweenParties"/>); nor is a possessive pronoun standing for some of the doers ("reaffirmed
/// their commitment").</summary>
internal sealed class SelfIsNoTarget : ClauseRule
{
    public override string Name => "target:self-dropped";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Target is null || f.Target != f.Source && !(f.Source!.Members.Count > 1 && f.Target.CodesWithin(f.Source) && f.Source.CodesWithin(f.Target))
            && !OwnPossessive(f, f.Target, f.Source)) return false;
        f.Target = null;
        return true;
    }

    // "Japan, India and Australia reaffirmed their commitment to …": a possessive pronoun on the object that stands for
    // actors among coordinated doers is the doers' own thing, whichever of them the pronoun was resolved to.
    private static bool OwnPossessive(ClauseFrame f, ActorGroup target, ActorGroup source) =>
        source.Members.Count > 1 && f.Document.TextOf(target.First) is "their" or "our" && target.SharesCodeWith(source);
}
