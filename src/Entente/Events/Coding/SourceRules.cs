using System.Collections.Frozen;
using Entente.Actors;
using Entente.Events;
using Entente.Language;

namespace Entente.Events.Coding;

// Who acts: each rule reads the source one way; the first that finds it settles it (later ones see it set).

/// <summary>"Putin's visit to Pyongyang", "the China–Russia joint patrol": a noun event's owner is the actor right before it.</summary>
internal sealed class NounOwnerIsSource : ClauseRule
{
    public override string Name => "source:noun-owner";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Source is not null) return false;
        f.Source = Phrases.NominalSource(f.Document, f.Trigger, f.Sentence, f.Context.Groups, f.Context.Words);
        return f.Source is not null;
    }
}

/// <summary>"Chilean exports to Peru", "Chinese imports rose": a verb form right after a singular demonym is a
/// noun (an adjective modifies nouns and is never a verb's subject), so a verb entry does not apply.</summary>
internal sealed class DemonymBeforeVerbFormIsANoun : ClauseRule
{
    public override string Name => "drop:demonym-before-verb-form";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Trigger == f.Sentence.FirstToken) return false;
        int before = f.Trigger - 1;
        bool demonym = false;
        foreach (var m in Phrases.MentionsIn(f.Document, Math.Max(f.Sentence.FirstToken, before - 3), f.Trigger))
            if (m.EndToken == f.Trigger && m.Actor.Antecedent is null && f.Document.TextOf(before) is [var c, ..] && char.IsUpper(c)
                && ActorEntry.IsSingularDemonym(m.EntryKind, f.Document.TextOf(before))) demonym = true;
        if (!demonym) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"the Chileans are friendly and accepting", "they were welcoming and kind": a participle coordinated with an
/// adjective after "be" describes what the subject is like, not an act.</summary>
internal sealed class PredicateParticipleIsNoAct : ClauseRule
{
    public override string Name => "drop:predicate-participle";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Match.End != f.Trigger + 1 || f.Document.Syntax is not { } tree || tree.Penn[f.Trigger] != "VBG"
            || tree.RelationOf(f.Trigger) != DependencyRelation.Conj || tree.HeadOf(f.Trigger) is not (var adjective and >= 0)
            || tree.Universal[adjective] != UniversalTag.Adj || tree.ChildWith(adjective, DependencyRelation.Cop) < 0) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"Three Thai soldiers captured last month were released by Cambodia": a past form whose subject is then given a
/// passive verb of its own ("were released", parsed as a clause hung on the past form) is a participle describing that
/// subject, which underwent it; the parse's reading of the subject as its doer does not hold.</summary>
internal sealed class ReducedRelativeBeforePassiveIsNoAct : ClauseRule
{
    public override string Name => "drop:reduced-relative-before-passive";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Document.Syntax is not { } tree || tree.Penn[f.Trigger] is not ("VBD" or "VBN")
            || tree.ChildWith(f.Trigger, DependencyRelation.Nsubj) is not (var subject and >= 0) || subject > f.Trigger
            || tree.ChildWith(f.Trigger, DependencyRelation.Obj) >= 0) return false;
        foreach (int clause in tree.ChildrenOf(f.Trigger))
        {
            if (clause <= f.Trigger || tree.RelationOf(clause) is not (DependencyRelation.Ccomp or DependencyRelation.Parataxis or DependencyRelation.Conj)
                || tree.Penn[clause] != "VBN" || tree.ChildWith(clause, DependencyRelation.Nsubj) >= 0 || tree.ChildWith(clause, DependencyRelation.NsubjPass) >= 0) continue;
            if (tree.ChildWith(clause, DependencyRelation.AuxPass) is int passive and >= 0 && passive > f.Trigger && f.Document.TextOf(passive) is "was" or "were"
                && tree.ChildWith(clause, DependencyRelation.Cc) < 0)
            {
                f.Dropped = true;
                return true;
            }
        }
        return false;
    }
}

/// <summary>"The Defense Security Cooperation Agency notified Congress", "the Shanghai Cooperation Organisation met": a
/// capitalised word inside an actor's own name names the body, not an act it does.</summary>
internal sealed class WordOfANameIsNoAct : ClauseRule
{
    public override string Name => "drop:word-of-a-name";
    public override bool Apply(ClauseFrame f)
    {
        var text = f.Document.TextOf(f.Trigger);
        // A noun's pattern only: a title-case headline ("Navy Boat Entered Its Waters") capitalises verbs too.
        if (!f.IsNounHeaded || !char.IsUpper(text[0]) || f.Context.Groups.Holding(f.Trigger) is not { IsPlace: false } group || f.Trigger == group.First) return false;
        bool inName = false;
        foreach (var member in group.Members) inName |= member.Name.AsSpan().Contains(text, StringComparison.Ordinal);
        if (!inName) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"Moscow claimed the attack was carried out by Kyiv": the noun a verb's pattern ends on is the subject of a clause
/// the verb introduces, what that clause speaks of, not the verb's object; the pattern's reading does not hold.</summary>
internal sealed class PatternNounIsClauseSubject : ClauseRule
{
    public override string Name => "drop:pattern-noun-is-clause-subject";
    public override bool Apply(ClauseFrame f)
    {
        int last = f.Match.End - 1;
        if (f.IsNounHeaded || last <= f.Trigger + 1 || f.Document.Syntax is not { } tree || f.Document.Tags[last] != PartOfSpeech.Noun
            || tree.RelationOf(last) is not (DependencyRelation.Nsubj or DependencyRelation.NsubjPass)) return false;
        // "demanding that the Turkish government provide …": an actor in the pattern's slot is whom the clause is asked of.
        if (f.Context.Groups.Holding(last) is not null) return false;
        int clause = tree.HeadOf(last);
        if (clause <= f.Trigger || tree.HeadOf(clause) != f.Trigger || tree.RelationOf(clause) != DependencyRelation.Ccomp) return false;
        // "approved a loan for Egypt on Friday after Cairo agreed to …": a clause opened by "after" (a parse may hang the noun on
        // it as its subject) is when the act was done, not what the verb says.
        for (int i = last + 1; i < clause; i++) if (f.Context.Words.AdverbialOpener.Contains(f.Document.TextOf(i))) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"Past attacks were claimed by Islamic State", "previous strikes killed dozens": acts told as a plural under a word
/// of list 'past-acts' speak of what happened before in general, not of an act told here.</summary>
internal sealed class PastActsInGeneralAreNoAct : ClauseRule
{
    public override string Name => "drop:past-acts-in-general";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Document.Syntax is not { } tree) return false;
        // "Such provocations will not be tolerated": acts in general refused are a warning (rule type:refusal-to-tolerate).
        if (!f.IsNounHeaded && RefusalToTolerateIsWarning.IsToleranceVerb(f) && Phrases.WillNotBefore(f.Document, f.Trigger, f.Sentence)) return false;
        if (f.IsNounHeaded ? !PastPlural(f, tree, f.Trigger) : !HasPastPluralObject(f, tree)) return false;
        f.Dropped = true;
        return true;
    }

    // An object inside the matched phrase is the act itself ("carried out previous strikes"), and so is a subject whose
    // deed the verb tells ("previous raids killed dozens"). An object outside it is what the verb acts on: a reaction to
    // such acts told over time ("has protested such incursions many times") is no act, one told in the past tense
    // ("denounced such provocations") is made now.
    private static bool HasPastPluralObject(ClauseFrame f, SyntaxLayer tree)
    {
        bool overTime = ParticipleWithAgentIsPassive.HasPerfectAuxiliary(f) || tree.Penn[f.Trigger] is "VBZ" or "VBP";
        foreach (int child in tree.ChildrenOf(f.Trigger))
            if ((tree.RelationOf(child) is DependencyRelation.Obj or DependencyRelation.NsubjPass && (child < f.Match.End || overTime)
                 || tree.RelationOf(child) == DependencyRelation.Nsubj)
                && PastPlural(f, tree, child)) return true;
        return false;
    }

    private static bool PastPlural(ClauseFrame f, SyntaxLayer tree, int noun)
    {
        if (tree.Penn[noun] != "NNS") return false;
        foreach (int child in tree.ChildrenOf(noun))
            if (child < noun && tree.RelationOf(child) == DependencyRelation.Amod && f.Context.Words.PastActs.Contains(f.Document.TextOf(child))) return true;
        return false;
    }
}

/// <summary>"Chad ended its defence cooperation agreement with France": an agreement that is the object of "end" (list
/// 'ending', lemmas) is being undone, not made; the ending verb's own entry tells what was done.</summary>
internal sealed class EndedAgreementIsNoAgreement : ClauseRule
{
    public override string Name => "drop:ended-agreement";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Entry.Type != EventType.Agree || f.Document.Syntax is not { } tree || tree.RelationOf(f.Trigger) != DependencyRelation.Obj
            || tree.HeadOf(f.Trigger) is not (int verb and >= 0) || !f.Context.Words.Ending.Contains(tree.LemmaOf(verb))) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"A truce between Armenia and Azerbaijan has largely held", "the ceasefire remains fragile": an agreement told as
/// the subject of a verb by which it lasts or fails (list 'persisting', lemmas), with no object, is the state of an earlier
/// agreement, not one made now.</summary>
internal sealed class StandingAgreementIsNoAgreement : ClauseRule
{
    public override string Name => "drop:standing-agreement";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Entry.Type != EventType.Agree || f.Document.Syntax is not { } tree || !tree.RelationOf(f.Trigger).IsSubject()
            || tree.HeadOf(f.Trigger) is not (int verb and >= 0) || !f.Context.Words.Persisting.Contains(tree.LemmaOf(verb))
            || tree.ChildWith(verb, DependencyRelation.Obj) >= 0) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"Thailand's army chief insisted that the military had no intention of staging a coup": a verb of list 'insistence'
/// demands only when its "that" clause has a modal or the bare verb ("insisted that the hostages be freed", "… must leave");
/// one told in the past, the perfect or with a form of "be" or "do" asserts a fact and asks nothing.</summary>
internal sealed class InsistenceOnAFactIsNoDemand : ClauseRule
{
    /// <summary>The rule's name, by which the coder knows the clause asserted is still read.</summary>
    internal const string RuleName = "drop:insistence-on-fact";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.IsNounHeaded || f.Entry.Type != EventType.Request || d.Syntax is not { } tree || !f.Context.Words.Insistence.Contains(tree.LemmaOf(f.Trigger))) return false;
        int clause = tree.ChildWith(f.Trigger, DependencyRelation.Ccomp);
        if (clause < 0) return false;
        bool asserted = tree.Penn[clause] is "VBD";
        foreach (int child in tree.ChildrenOf(clause))
        {
            if (tree.RelationOf(child) is not (DependencyRelation.Aux or DependencyRelation.AuxPass or DependencyRelation.Cop)) continue;
            if (tree.Penn[child] == "MD") return false;
            if (tree.Penn[child] is "VBD" or "VBZ" or "VBP") asserted = true;
        }
        if (!asserted) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"Canada said it would recognise the state, joining France and Britain": a participle of list 'alignment' after a
/// comma, whose object is states, tells that others did the same before, not an act between them.</summary>
internal sealed class JoiningOthersIsNoAct : ClauseRule
{
    public override string Name => "drop:joining-others";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.IsNounHeaded || f.Trigger < 1 || d.TextOf(f.Trigger - 1) is not "," || !f.Context.Words.Alignment.Contains(d.TextOf(f.Trigger))) return false;
        // Only the bare reading: "joining the alliance" or "joining the drills" keeps its own entry.
        if (f.Match.End != f.Trigger + 1 || f.Context.Groups.StartingAt(f.Trigger + 1) is not { } others || !others.Members.TrueForAll(m => m.IsState)) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"a North Korean patrol boat", "the missile test site": an event noun that only modifies the noun after it names
/// a kind of thing, not an act told here.</summary>
internal sealed class NounModifierIsNoAct : ClauseRule
{
    public override string Name => "drop:noun-modifier";
    public override bool Apply(ClauseFrame f)
    {
        int last = f.Match.End - 1;
        if (!f.IsNounHeaded || last + 1 >= f.Sentence.EndToken || f.Document.Tags[last] != PartOfSpeech.Noun || f.Document.Tags[last + 1] != PartOfSpeech.Noun
            || f.Document.Syntax is not { } tree || tree.RelationOf(last) != DependencyRelation.Compound || tree.HeadOf(last) != last + 1) return false;
        // "a drone strike set fire to …" read as one run of nouns: a verb the tagger took for a noun leaves the run no head.
        if (last + 2 < f.Sentence.EndToken && f.Document.Tags[last + 2] == PartOfSpeech.Noun && tree.RelationOf(last + 1) == DependencyRelation.Compound) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"activists for jailed publisher X", "Peru's detained activists": a participle between a determiner, possessive,
/// preposition or adjective and the noun it describes, or one the tree makes that noun's modifier ("hand over alleged
/// bombers", "after warning shots"), is an adjective naming a state of things, not an act told here.</summary>
internal sealed class PrenominalParticipleIsNoAct : ClauseRule
{
    public override string Name => "drop:prenominal-participle";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        int i = f.Trigger;
        if (f.IsNounHeaded || i <= f.Sentence.FirstToken || i + 1 >= f.Sentence.EndToken) return false;
        var word = d.TextOf(i);
        // "retreated after warning shots": an -ing word only where the tree makes it the next noun's modifier and the verb's
        // pattern takes nothing after it ("by firing missiles" matches "fire … missile", a verb with its object).
        bool gerund = word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && f.Match.End == i + 1
                      && d.Syntax is { } ingTree && ingTree.HeadOf(i) == i + 1 && ingTree.RelationOf(i) == DependencyRelation.Amod;
        if (!gerund && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("en", StringComparison.OrdinalIgnoreCase)) return false;
        // The next word is the noun described, or after a determiner, possessive or preposition an adjective before it ("the
        // detained Japanese businessman", "the party of jailed former prime minister …").
        if (d.Tags[i + 1] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun)
            && !(d.Tags[i + 1] == PartOfSpeech.Adjective && d.Tags[i - 1] is PartOfSpeech.Determiner or PartOfSpeech.Possessive or PartOfSpeech.Preposition)) return false;
        // After a determiner, possessive, preposition or adjective, or wherever the tree makes it the next noun's modifier
        // ("hand over alleged bombers").
        // Not after a comma or a noun, where it may be the clause's verb the parse mistook ("the coordinator, demanded parties").
        // (The tags first: they settle most cases without reading the tree, which would parse the sentence.)
        bool modifier = d.Tags[i - 1] is not (PartOfSpeech.Punctuation or PartOfSpeech.Quote or PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Pronoun)
            && d.Syntax is { } tree && tree.HeadOf(i) == i + 1 && tree.RelationOf(i) == DependencyRelation.Amod;
        if (!modifier && d.Tags[i - 1] is not (PartOfSpeech.Determiner or PartOfSpeech.Possessive or PartOfSpeech.Preposition or PartOfSpeech.Adjective)) return false;
        // "NATO's secretary general visited Seoul": after a word tagged an adjective, a verb the tree gives a subject is the
        // clause's verb.
        if (!modifier && d.Tags[i - 1] == PartOfSpeech.Adjective && d.Syntax is { } parse && parse.ChildWith(i, DependencyRelation.Nsubj) >= 0) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"The United States sanctioned 30 entities supplying drone parts to Russia's army": an -ing participle right after a
/// word for unnamed doers (list 'unnamed-doer') tells what they do; no one the sentence names does it (not the subject of
/// the clause around it).</summary>
internal sealed class ParticipleOfAThingHasNoKnownDoer : ClauseRule
{
    public override string Name => "drop:participle-of-a-thing";
    public override bool Apply(ClauseFrame f)
    {
        // Deeds a thing can do ("entities supplying parts", "ships carrying aid"), not words: "issued a statement condemning X"
        // tells the issuer's own words.
        if (f.IsNounHeaded || f.Entry.Type is not (EventType.Aid or EventType.Cooperate or EventType.Assault or EventType.Coerce or EventType.Mobilize)
            || f.Document.Syntax is not { } tree || tree.Penn[f.Trigger] != "VBG" || tree.RelationOf(f.Trigger) != DependencyRelation.Acl
            || tree.HeadOf(f.Trigger) is not (int noun and >= 0) || noun > f.Trigger || tree.Universal[noun] != UniversalTag.Noun
            || f.Context.Groups.Holding(noun) is not null) return false;
        // Only the words for unnamed doers (list 'unnamed-doer': "entities", "firms", "vessels"), right before the participle:
        // "a convention banning cluster munitions", "a law targeting Belarusian banks" tell their makers' act.
        if (noun + 1 != f.Trigger || !f.Context.Words.UnnamedDoer.Contains(f.Document.TextOf(noun))) return false;
        // "Trump's tariffs targeting Canada": a thing owned by an actor does its owner's deed.
        if (tree.ChildWith(noun, DependencyRelation.NmodPoss) >= 0) return false;
        // The noun is another verb's object or oblique, not a sentence the parse roots in a noun.
        if (tree.RelationOf(noun) is not (DependencyRelation.Obj or DependencyRelation.Obl or DependencyRelation.Nmod) || tree.HeadOf(noun) is not (int verb and >= 0)
            || tree.Universal[verb] != UniversalTag.Verb) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"a probe into chips imported from the United States", "drones made with parts shipped from China": trade or
/// aid told by a participle after the noun it describes, with no doer named ("by …"), says where goods came from, not
/// an act told here.</summary>
internal sealed class PostnominalTradeParticipleIsNoAct : ClauseRule
{
    public override string Name => "drop:postnominal-participle";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Entry.Type is not (EventType.Cooperate or EventType.Aid) || f.Document.Syntax is not { } tree) return false;
        int i = f.Trigger;
        if (tree.Penn[i] != "VBN" || tree.RelationOf(i) != DependencyRelation.Acl || tree.HeadOf(i) is not (int noun and >= 0) || noun > i) return false;
        // A sentence the parse roots in a noun has its verb misread ("Doctors from two aid groups donated …").
        int root = noun;
        for (int steps = 0; steps < 40 && tree.HeadOf(root) is int up and >= 0; steps++) root = up;
        if (tree.Universal[root] != UniversalTag.Verb) return false;
        // A passive participle alone: no doer ("by"), no object, no "to be" ("the first nation to be admitted to …").
        foreach (int child in tree.ChildrenOf(i))
            if (tree.RelationOf(child) is DependencyRelation.OblAgent or DependencyRelation.Obj or DependencyRelation.Aux or DependencyRelation.AuxPass or DependencyRelation.Mark
                || tree.ChildWith(child, DependencyRelation.Case) is int by and >= 0 && f.Document.TextOf(by) is "by")
                return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"At the May summit, A and B …": a meeting named in an opening phrase has the main clause's subject as participants.</summary>
internal sealed class OpeningEventPhraseParticipants : ClauseRule
{
    public override string Name => "source:opening-event-phrase";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Source is not null || !Phrases.AtEventPhrase(f.Document, f.Trigger, f.Sentence)) return false;
        f.Source = f.Context.Reader.ObjectAfter(Phrases.NextComma(f.Document, f.Trigger, f.Sentence) + 1, 4);
        return f.Source is not null;
    }
}

/// <summary>"In announcing the sanctions on X, Blinken said …", "After meeting Biden, Suga flew on to …": an act named in an
/// opening adverbial phrase with no actor of its own belongs to the subject of the main clause after the comma.</summary>
internal sealed class OpeningPhraseActIsMainSubjects : ClauseRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "source:opening-phrase-subject";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not null) return false;
        var (d, sentence) = (f.Document, f.Sentence);
        if (!f.Context.Words.Opening.Contains(d.TextOf(sentence.FirstToken))) return false;
        // A verb must be the phrase's gerund itself ("After meeting …"); a noun may lie anywhere in the phrase.
        if (!f.IsNounHeaded && !(f.Trigger == sentence.FirstToken + 1 && d.TextOf(f.Trigger).EndsWith("ing", StringComparison.OrdinalIgnoreCase))) return false;
        int comma = Phrases.NextComma(d, sentence.FirstToken, sentence);
        if (f.Trigger >= comma || comma >= sentence.EndToken - 1) return false;
        if (f.Context.Groups.Exists(g => g.First >= sentence.FirstToken && g.First < f.Trigger)) return false;
        f.Source = f.Context.Reader.ObjectAfter(comma + 1, 4);
        if (f.Source is null || f.Source == f.Target) { f.Source = null; return false; }
        // The phrase's act happened: it is the main subject's, not a reference to an act.
        f.Background = f.IsNominalGerund = false;
        return true;
    }
}

/// <summary>"Chinese Foreign Minister Wang Yi, on a visit to Belgrade, praised …", "Modi, who is on a visit to Washington, …":
/// a visit told in a phrase or relative clause set off by a comma right after an actor ("on a visit to", "on a two-day trip
/// to") is that actor's.</summary>
internal sealed class VisitorInApposition : ClauseRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "source:visitor-apposition";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (!f.IsNounHeaded || f.Source is not null || f.Type != EventType.Consult) return false;
        int on = f.Trigger - 1;
        for (int steps = 0; on > f.Sentence.FirstToken && steps < 4 && (d.Tags[on] is PartOfSpeech.Determiner or PartOfSpeech.Adjective or PartOfSpeech.Number
                 or PartOfSpeech.Noun || d.TextOf(on) is "-"); steps++) on--;
        if (on - 1 <= f.Sentence.FirstToken || d.TextOf(on) is not "on") return false;
        // ", who is on a visit to …": the relative clause's pronoun stands for the actor before it.
        int comma = on - 1;
        if (comma - 2 > f.Sentence.FirstToken && d.TextOf(comma) is "is" or "was" && d.TextOf(comma - 1) is "who") comma -= 2;
        if (d.TextOf(comma) is not ",") return false;
        // The actor whose noun phrase ends at the comma ("Brazil's foreign minister", "Wang Yi").
        var visitor = f.Context.Groups.FindLast(g => g.End <= comma && g.End >= comma - 4 && !g.IsPlace && NominalBetween(d, g.End, comma));
        if (visitor is null || f.Target is { } host && visitor.CodesWithin(host)) return false;
        f.Source = visitor;
        return true;
    }

    private static bool NominalBetween(Document d, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (d.Tags[k] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective or PartOfSpeech.Possessive) && d.TextOf(k) is not ("'s" or "’s")) return false;
        return true;
    }
}

/// <summary>"Scholz said after talks with Zelenskyy that …", "Orban left during a meeting with Erdogan", "urged restraint in a
/// phone call with …": a meeting named in a time phrase (list 'meeting-time') with no actor of its own is held by the subject
/// of the verb the phrase qualifies.</summary>
internal sealed class MeetingInTimePhraseIsTheSubjects : ClauseRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "source:meeting-in-time-phrase";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (!f.IsNounHeaded || f.Source is not null || f.Type != EventType.Consult || d.Syntax is not { } tree) return false;
        int at = f.Trigger - 1;
        while (at > f.Sentence.FirstToken && d.Tags[at] is PartOfSpeech.Determiner or PartOfSpeech.Adjective) at--;
        if (at < f.Sentence.FirstToken || !f.Context.Words.MeetingTime.Contains(d.TextOf(at))
            && !(d.TextOf(at) is "in" && f.Context.Words.CallNoun.Contains(d.TextOf(f.Trigger)))) return false;
        // "at a meeting with Tokayev": a meeting one is "at" is the subject's only with a partner named right after it ("agreed
        // at a virtual summit to address the challenges China poses" names no one met).
        if (d.TextOf(at) is "at" or "At" && !(f.Trigger + 1 < f.Sentence.EndToken && d.TextOf(f.Trigger + 1) is "with")) return false;
        // The verb qualified, past a noun the parse may have hung the phrase on ("announced the deal during a visit").
        int verb = tree.HeadOf(f.Trigger);
        for (int steps = 0; verb >= 0 && d.Tags[verb] != PartOfSpeech.Verb && steps < 2; steps++) verb = tree.HeadOf(verb);
        if (verb < 0 || d.Tags[verb] != PartOfSpeech.Verb) return false;
        // "urged restraint in a call with …" read with "restraint" as a bare verb under "urged": an open complement with no
        // "to" is a misread object, and the phrase qualifies the verb above it.
        if (tree.RelationOf(verb) == DependencyRelation.Xcomp && tree.ChildWith(verb, DependencyRelation.Mark) < 0 && tree.HeadOf(verb) is int above and >= 0
            && d.Tags[above] == PartOfSpeech.Verb) verb = above;
        f.Source = f.Context.Reader.SubjectOf(verb);
        // "urged China to rein in Pyongyang in a call with Wang Yi": no one calls their own side, so a phrase the parse hung on
        // the infinitive, whose doer is the partner, qualifies the verb that governs it.
        if (f.Source is not null && f.Target is not null && f.Source.CodesWithin(f.Target) && tree.RelationOf(verb) == DependencyRelation.Xcomp
            && tree.HeadOf(verb) is int teller and >= 0 && d.Tags[teller] == PartOfSpeech.Verb)
            (verb, f.Source) = (teller, f.Context.Reader.SubjectOf(teller));
        if (f.Source is null || f.Source == f.Target || f.Target is not null && f.Source.CodesWithin(f.Target))
        {
            f.Source = null;
            return false;
        }
        // The meeting is as real as the act it is the time of: "hopes to resolve the dispute during talks on Tuesday" holds none
        // yet. A meeting "after" which an act was agreed or decided came before that: it is as real as the agreeing
        // ("agreed to end the dispute after talks", however the parse hung the phrase).
        if (d.TextOf(at) is "after" or "After" or "following" or "Following")
            while (tree.RelationOf(verb) == DependencyRelation.Xcomp && tree.HeadOf(verb) is int governing and >= 0 && d.Tags[governing] == PartOfSpeech.Verb) verb = governing;
        f.ModeVerb = verb;
        // "congratulated Tokayev in a telephone call": a call with no one named after it was with whom the act it carried was
        // done to.
        if (f.Target is null && f.Context.Words.CallNoun.Contains(d.TextOf(f.Trigger)) && f.Context.Reader.ObjectOf(verb, verb + 1, hostile: false) is { IsPlace: false } callee
            && !callee.SharesCodeWith(f.Source)) f.Target = callee;
        // "urged restraint in a call with …": the call is when the urging was done, not part of what was urged.
        if (f.Embedded && tree.RelationOf(verb) == DependencyRelation.Root) f.Embedded = false;
        return true;
    }
}

/// <summary>"cooperation between Russia and North Korea": the actors after "between" or "among".</summary>
internal sealed class PartiesBetween : ClauseRule
{
    public override string Name => "source:between";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not null || !(f.IsNounHeaded && !Phrases.AtEventPhrase(f.Document, f.Trigger, f.Sentence) || f.IsNominalGerund)) return false;
        // "cooperation between …", and a pattern that ends in "between" itself ("ceasefire between").
        int at = f.Match.End > f.Trigger + 1 && f.Document.TextOf(f.Match.End - 1) is "between" or "among" ? f.Match.End - 1 : f.Match.End;
        f.Source = Phrases.Between(f.Document, at, f.Sentence, f.Context.Groups);
        return f.Source is not null;
    }
}

/// <summary>"a visit by the Indian prime minister to Mauritius": the "by" phrase right after a noun event names its actor.</summary>
internal sealed class ByPhraseOfNounIsSource : ClauseRule
{
    public override string Name => "source:noun-by-agent";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Source is not null) return false;
        // Right after the noun, else after the whole matched phrase: "a joint naval operation by …" is headed by "joint".
        int by = f.Trigger + 1 < f.Sentence.EndToken && f.Document.TextOf(f.Trigger + 1) is "by" ? f.Trigger + 1 : Math.Max(f.Trigger + 1, f.Match.End);
        if (by < f.Sentence.EndToken && f.Document.TextOf(by) is not "by") by = Phrases.ByAfterOfPhrase(f.Document, f.Trigger, f.Sentence);
        if (by < 0 || by >= f.Sentence.EndToken || f.Document.TextOf(by) is not "by") return false;
        f.Source = f.Context.Reader.ObjectAfter(by + 1, 5);
        if (f.Source is not null && f.Source == f.Target) f.Source = null;
        // The doer is not also what the noun acts on ("the arrest of two journalists by Georgian police").
        f.AgentRead = f.Source is not null;
        return f.Source is not null;
    }
}

/// <summary>"Malian troops came under fire from Chadian rebels", "the convoy suffered attacks by militants": a pattern whose
/// head (list 'undergo') tells the act by who undergoes it names the doer in its actor slot; the subject is the target.</summary>
internal sealed class UndergoneActIsTheSlotActorsDeed : ClauseRule
{
    public const string RuleName = "source:undergone-act";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Match.Target is not { } doer || !f.Context.Words.Undergo.Contains(f.Entry.Lemma)) return false;
        // "came to blows with X": an exchange (list 'exchange') is done by both sides; neither undergoes it.
        if (f.MatchHolds(f.Context.Words.Exchange)) return false;
        // "received a call from X": an act of both sides keeps the subject first.
        if (EventCoder.Symmetric.Contains(f.Entry.Type)) return false;
        if (f.Source is null && ActUndergoesTheReaction(f, doer)) return true;
        // "The convoy came under fire from X": a subject that names no actor leaves the act aimed at no one named.
        (f.Source, f.Target) = (doer, f.Source);
        return true;
    }

    // "Vietnam seized two Chinese boats … The seizure drew a sharp rebuke from Beijing", "jailed the journalist, a sentence that
    // drew rebukes from London": with an act's noun (act-nouns.tsv) as the subject, or as what the relative clause's "that"
    // stands for, the reaction is the slot actor's, aimed at the doer of the act that noun names.
    private static bool ActUndergoesTheReaction(ClauseFrame f, ActorGroup doer)
    {
        if (f.Document.Syntax is not { } tree || f.Context.ImplicitTargets is not { } acts) return false;
        var d = f.Document;
        int subject = tree.ChildWith(f.Trigger, DependencyRelation.Nsubj);
        bool appositive = false;
        if (subject >= 0 && d.TextOf(subject) is "that" or "which" && tree.RelationOf(f.Trigger) == DependencyRelation.AclRelcl)
        {
            subject = tree.HeadOf(f.Trigger);
            // ", a sentence that …", ", a harsh sentence that …"
            int article = subject - 1 > f.Sentence.FirstToken && d.TextOf(subject - 1) is "a" or "an" ? subject - 1 : subject - 2;
            appositive = article > f.Sentence.FirstToken && d.TextOf(article) is "a" or "an" && d.TextOf(article - 1) is ",";
        }
        if (subject < 0 || acts.FindPassiveSubject(d, subject, f.Trigger, f.Entry.Type, doer.Members[0].Code, f.Context.Earlier, appositive) is not { } actor
            || doer.Members.Exists(m => m.Code == actor.Code)) return false;
        f.Source = doer;
        f.Target = null;
        ImplicitTargets.AimAt(f, actor);
        return true;
    }
}

/// <summary>"Taiwan detected 30 Chinese military aircraft near the island": a show of force told by who sighted it (list
/// 'sighting') is the deed of the state the forces belong to, named inside the matched phrase, aimed at the sighter.</summary>
internal sealed class SightedForcesActForTheirState : ClauseRule
{
    public const string RuleName = "source:sighted-forces";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Entry.Type != EventType.Mobilize || f.Source is not { } sighter || !f.Context.Words.Sighting.Contains(f.Entry.Lemma)) return false;
        if (Phrases.GroupInside(f.Context.Groups, f.Trigger + 1, f.Match.End, sighter) is not { } forces || forces.CodesWithin(sighter)) return false;
        (f.Source, f.Target) = (forces, sighter);
        return true;
    }
}

/// <summary>"They also discussed resuming trade", "Seoul is considering joining the pact": a gerund that is what is discussed
/// or weighed (list 'topic' or 'deliberation' right before it) is a topic, not an act told as done.</summary>
internal sealed class DiscussedGerundIsATopic : ClauseRule
{
    public override string Name => "background:topic-gerund";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.IsNounHeaded || f.Background || !d.TextOf(f.Trigger).EndsWith("ing", StringComparison.Ordinal)) return false;
        int before = f.Trigger - 1;
        while (before > f.Sentence.FirstToken && d.Tags[before] == PartOfSpeech.Adverb) before--;
        if (before < f.Sentence.FirstToken || !(f.Context.Words.Topic.Contains(d.TextOf(before)) || f.Context.Words.Deliberation.Contains(d.TextOf(before)))) return false;
        f.Background = true;
        return true;
    }
}

/// <summary>"the prospect of deepening cooperation", "apologised for intercepting a ship": a gerund that names an act
/// rather than reporting it; its actor is whoever owns the phrase.</summary>
internal sealed class NominalGerund : ClauseRule
{
    public override string Name => "background:nominal-gerund";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Source is not null || !Phrases.IsNominalGerund(f.Document, f.Trigger, f.Sentence, f.Context.Words.Reporting)) return false;
        f.IsNominalGerund = true;
        f.Background = true;
        return true;
    }
}

/// <summary>"… visited Hanoi on Monday after meeting with the French president", "… raised tensions by conducting tests": a
/// gerund right after a time or means word (list 'participle-time') later in the sentence is a participle clause whose
/// subject is the main clause's, not a noun.</summary>
internal sealed class TimeParticipleSharesTheSubject : ClauseRule
{
    public override string Name => "source:time-participle";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        int at = f.Trigger - 1;
        if (f.IsNounHeaded || f.Source is not null || at <= f.Sentence.FirstToken || !d.TextOf(f.Trigger).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || !f.Context.Words.ParticipleTime.Contains(d.TextOf(at))) return false;
        // The main clause's verb: the nearest verb before the time word that is not an infinitive ("in a move to strengthen
        // ties after meeting …" belongs to whoever makes the move).
        int verb = -1;
        for (int i = at - 1; i >= f.Sentence.FirstToken; i--)
        {
            if (d.TextOf(i) is ";" || d.Tokens[i].Kind == TokenKind.Quote) break;
            if (d.Tags[i] == PartOfSpeech.Verb && !(i > f.Sentence.FirstToken && d.Tags[i - 1] == PartOfSpeech.To)) { verb = i; break; }
        }
        // "accused the West of prolonging the war by arming Ukraine": the verb before is itself the gerund of what someone
        // is accused of, done by the accused, not by the main clause's subject.
        if (verb < 0 || verb > f.Sentence.FirstToken && d.TextOf(verb - 1) is "of" && d.TextOf(verb).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        f.Source = f.Context.Reader.SubjectOf(verb);
        return f.Source is not null;
    }
}

/// <summary>"Chilean troops attacked a border post on Monday, shelling the area for hours": a present participle set off by a
/// comma after the main verb's words tells what the main clause's subject did next or meanwhile, even where the parse hangs
/// it on the last noun as a reduced relative (a post does not shell).</summary>
internal sealed class CommaParticipleSharesTheSubject : ClauseRule
{
    public const string RuleName = "source:comma-participle";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.IsNounHeaded || f.Source is not null || f.Trigger - 1 <= f.Sentence.FirstToken || d.TextOf(f.Trigger - 1) is not "," || d.Syntax is not { } tree
            || tree.Penn[f.Trigger] != "VBG" || tree.RelationOf(f.Trigger) != DependencyRelation.Acl) return false;
        // The verb whose object or oblique the participle hangs on: the noun's head, through nouns only.
        int k = tree.HeadOf(f.Trigger);
        while (k >= 0 && tree.Universal[k] is UniversalTag.Noun or UniversalTag.Propn or UniversalTag.Pron) k = tree.HeadOf(k);
        if (k < 0 || k > f.Trigger || tree.Universal[k] != UniversalTag.Verb) return false;
        f.Source = f.Context.Reader.SubjectOf(k);
        return f.Source is not null;
    }
}

/// <summary>"The minister told reporters that Chadian troops had crossed the border and attacked a post, killing four
/// soldiers": harm told by a participle (list 'harm-participle') that the parse hangs on the verb of telling is done in the
/// reported act of force before it, by that act's doer; the teller harms no one.</summary>
internal sealed class HarmAfterAReportedActIsItsDoers : ClauseRule
{
    public override string Name => "source:harm-after-reported-act";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Source is not null || f.IsNounHeaded || f.Trigger - 1 <= f.Sentence.FirstToken || d.TextOf(f.Trigger - 1) is not ","
            || !f.Context.Words.HarmParticiple.Contains(d.TextOf(f.Trigger))) return false;
        int teller = f.Context.Reader.ParticipleGovernor(f.Trigger);
        if (teller < 0 || teller > f.Trigger || !PersonFinder.IsSpeechVerb(d.TextOf(teller))) return false;
        int from = d.Tokens[teller].Start, to = d.Tokens[f.Trigger].Start;
        if (EarlierAct.Latest(f, e => e.Trigger.Start > from && e.Trigger.Start < to && e.Type is EventType.Assault or EventType.Coerce) is not { } reported) return false;
        f.Source = new ActorGroup { First = teller, End = teller + 1 }.With(reported.Source);
        return true;
    }
}

/// <summary>"The minister said the ban would stay 'until Minsk ends this attack,' accusing Belarus of …": a participle right
/// after a quotation and its comma is the speaker's next act, whatever clause of the quotation the parse hangs it on: its
/// source is the subject of the speech verb before the quotation.</summary>
internal sealed class ParticipleAfterQuoteIsTheSpeakers : ClauseRule
{
    public override string Name => "source:participle-after-quote";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        int t = f.Trigger, first = f.Sentence.FirstToken;
        if (f.IsNounHeaded || f.Source is not null || t - 2 <= first || d.Syntax is not { } tree || tree.Penn[t] != "VBG") return false;
        // '," accusing' or '", accusing'
        bool quoteThenComma = d.Tokens[t - 1].Kind == TokenKind.Quote && d.TextOf(t - 2) is ",";
        bool commaThenQuote = d.TextOf(t - 1) is "," && d.Tokens[t - 2].Kind == TokenKind.Quote;
        if (!quoteThenComma && !commaThenQuote) return false;
        // The opening quotation mark, and the speech verb before it.
        int open = -1;
        for (int i = t - 3; i > first; i--) if (d.Tokens[i].Kind == TokenKind.Quote) { open = i; break; }
        if (open < 0 || TimeToActIsDemand.SpeechVerbBefore(f.Context, open) is not (var said and >= 0)) return false;
        f.Source = f.Context.Reader.SubjectOf(said);
        return f.Source is not null;
    }
}

/// <summary>"French and Spanish police arrested 14 people in a joint operation": a joint act (noun pattern with "joint") in a
/// phrase of a verb is done by that verb's subject, the parties together.</summary>
internal sealed class JointActOfTheVerbIsItsSubjects : ClauseRule
{
    public override string Name => "source:joint-act-of-verb";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Source is not null || f.Type != EventType.Cooperate || f.Document.Syntax is not { } tree
            || !f.MatchHolds(f.Context.Words.Joint)) return false;
        int noun = f.Match.End - 1, verb = tree.HeadOf(noun);
        // The parse may hang the phrase on the verb's object ("arrested 14 people | in a joint operation").
        if (verb >= 0 && tree.RelationOf(noun) == DependencyRelation.Nmod && tree.RelationOf(verb) == DependencyRelation.Obj) verb = tree.HeadOf(verb);
        else if (tree.RelationOf(noun) != DependencyRelation.Obl) return false;
        if (verb < 0 || tree.Universal[verb] != UniversalTag.Verb
            || tree.ChildWith(noun, DependencyRelation.Case) is not (int marker and >= 0) || f.Document.TextOf(marker) is not ("in" or "during" or "through")) return false;
        f.Source = LightVerbSubjectIsSource.TreeSubjectOf(f, tree, verb);
        return f.Source is { Members.Count: > 1 };
    }
}

/// <summary>The gerund's owner when nothing follows "between": "Seoul's sending of envoys".</summary>
internal sealed class GerundOwnerIsSource : ClauseRule
{
    public override string Name => "source:gerund-owner";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNominalGerund || f.Source is not null) return false;
        f.Source = Phrases.NominalSource(f.Document, f.Trigger, f.Sentence, f.Context.Groups, f.Context.Words);
        return f.Source is not null;
    }
}

/// <summary>"a Turkish court ruling on Wednesday to continue to imprison X", "Kenya's decision to expel two diplomats": the
/// infinitive after a decision noun (list 'decision') is the decided act, done by the decision's owner.</summary>
internal sealed class DecisionOwnerIsSource : ClauseRule
{
    public override string Name => "source:decision-owner";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Source is not null) return false;
        var d = f.Document;
        int first = f.Sentence.FirstToken;
        int k = f.Trigger - 1;
        if (k <= first || d.Tags[k] != PartOfSpeech.To) return false;
        k--;
        // "… to continue to imprison", "… to further restrict": a verb of going on stands between.
        if (k - 1 > first && d.TextOf(k) is "continue" or "keep" or "resume" && d.Tags[k - 1] == PartOfSpeech.To) k -= 2;
        // "a ruling on Wednesday to …", "the decision last week to …": a time phrase after the noun.
        int time = Phrases.TimePhraseStart(d, k, first);
        if (time >= 0) k = time - 1;
        if (k <= first || !f.Context.Words.Decision.Contains(d.TextOf(k))) return false;
        var owner = Phrases.NominalSource(d, k, f.Sentence, f.Context.Groups, f.Context.Words);
        if (owner is null) return false;
        f.Source = owner;
        return true;
    }
}

/// <summary>"Kyiv had no information about reports that North Korean troops had been moved", "declined to comment on media
/// reports that a destroyer had sailed through the strait": an act told in the "that" clause of a report (list
/// 'hearsay-noun') that no one owns and that is put as a question, met with no comment or called unconfirmed is not told as
/// done.</summary>
internal sealed class UnownedReportIsHearsay : ClauseRule
{
    // How far before the trigger the hearsay noun's "that" may stand.
    private const int Reach = 16;

    public override string Name => "background:unowned-report";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Background) return false;
        var d = f.Document;
        for (int that = f.Trigger - 1; that > f.Sentence.FirstToken && that >= f.Trigger - Reach; that--)
        {
            if (d.TextOf(that) is not "that") continue;
            int noun = that - 1;
            if (d.Tags[noun] != PartOfSpeech.Noun || !f.Context.Words.HearsayNoun.Contains(d.TextOf(noun)) || !QuestionedReport(f, noun)) return false;
            if (Phrases.ClauseEnd(d, that + 1, f.Sentence, f.Context.Words) <= f.Trigger) return false;
            f.Background = true;
            return true;
        }
        return false;
    }

    // "asked about media reports", "declined to comment on the report", "unconfirmed reports": reports put as a question, met
    // with no comment or called unconfirmed (the phrase opens after "about", "on" or "to", or holds a word of doubt); "the
    // talks follow reports that …" takes the act as told. Not owned ("Seoul's reports", "its report"); a singular count noun
    // with no determiner is a verb misread ("British media report that …").
    private static bool QuestionedReport(ClauseFrame f, int noun)
    {
        var d = f.Document;
        int k = noun - 1;
        bool doubted = false;
        while (k >= f.Sentence.FirstToken && d.Tags[k] is PartOfSpeech.Adjective or PartOfSpeech.Noun)
            doubted |= f.Context.Words.Doubted.Contains(d.TextOf(k--));
        if (k < f.Sentence.FirstToken) return doubted;
        bool owned = d.Tags[k] == PartOfSpeech.Possessive || d.TextOf(k) is "'s" or "’s" or "'";
        bool determined = d.Tags[k] == PartOfSpeech.Determiner;
        if (owned || !determined && d.TextOf(noun) is "report" or "rumour" or "rumor") return false;
        if (determined && k > f.Sentence.FirstToken) k--;
        return doubted || d.TextOf(k) is "about" or "on" or "to";
    }
}

/// <summary>"An AU delegation met Sudan's army chief to press for a ceasefire", "telephoned his counterpart to express
/// condolences": what a meeting that was held was for, when it is said in words (a request, support, a protest, a warning,
/// an apology), was said there: the purpose is done, not only meant.</summary>
internal sealed class PurposeOfAHeldMeetingIsDone : ClauseRule
{
    internal const string RuleName = "complement:purpose-of-held-meeting";
    public override string Name => RuleName;

    private static readonly FrozenSet<EventType> SaidInAMeeting =
        FrozenSet.ToFrozenSet([EventType.Request, EventType.Support, EventType.Accuse, EventType.Protest, EventType.Threaten, EventType.Concede]);

    public override bool Apply(ClauseFrame f)
    {
        if (!f.Embedded || f.HeldMeeting is not { } meeting || f.IsNounHeaded || !SaidInAMeeting.Contains(f.Type) || f.Document.Syntax is not { } tree) return false;
        // The infinitive hangs on the meeting's verb, or, in many parses, on whom it met ("telephoned his counterpart to offer …").
        int head = tree.HeadOf(f.Trigger);
        bool onTheMeeting = head == meeting.Trigger && tree.RelationOf(f.Trigger) is DependencyRelation.Advcl or DependencyRelation.Xcomp
            || head >= 0 && tree.HeadOf(head) == meeting.Trigger && tree.RelationOf(head) == DependencyRelation.Obj && tree.RelationOf(f.Trigger) == DependencyRelation.Acl;
        if (!onTheMeeting
            || tree.ChildWith(f.Trigger, DependencyRelation.Mark) is not (int to and >= 0) || f.Document.TextOf(to) is not "to") return false;
        // Who met says it, whichever actor stands nearer the infinitive.
        (f.Embedded, f.Source) = (false, meeting.Source);
        return true;
    }
}

/// <summary>"efforts to end the fighting", "a plan to expand …", "a proposal for the council to ease the embargo": an
/// infinitive after a noun names a purpose, not an act — unless the noun is an ordinal one ("the first country to sign"),
/// which tells an act that happened, or a decision's (rule source:decision-owner).</summary>
internal sealed class PurposeInfinitiveIsBackground : ClauseRule
{
    public override string Name => "background:purpose-infinitive";
    public override bool Apply(ClauseFrame f)
    {
        int i = f.Trigger;
        // (What a meeting held was for is done: rule complement:purpose-of-held-meeting.)
        if (f.IsNounHeaded || i < f.Sentence.FirstToken + 2 || f.Fired.Contains(PurposeOfAHeldMeetingIsDone.RuleName)) return false;
        var d = f.Document;
        int noun;
        if (d.Syntax is { } tree && NounOfInfinitive(tree, i) is var governor and >= 0)
        {
            // The tree finds the noun however far ("a proposal for the council to ease …") and whoever the
            // infinitive's subject is; a decided act keeps its owner.
            if (f.Source is not null && f.Context.Words.Decision.Contains(d.TextOf(governor))) return false;
            // "ordered the weekly El Diario to close …": an actor before the infinitive is its subject, whatever the
            // tree says; "a rally to protest …": a gathering's infinitive is what the gathering does.
            if (NamesAnActor(d, governor) || IsActorAppositive(d, tree, governor) || IsControlledObject(f, tree, governor)
                || f.Context.Words.Gathering.Contains(d.TextOf(governor)) || IntentVerbReadAsNoun(d, governor)) return false;
            noun = governor;
        }
        else
        {
            // A decided act (rule source:decision-owner) is no purpose.
            if (f.Source is not null || d.Tags[i - 1] != PartOfSpeech.To) return false;
            // The noun may end in a closing quotation mark ("a “narrow space” to carry out …").
            noun = d.Tokens[i - 2].Kind == TokenKind.Quote && i - 3 >= f.Sentence.FirstToken ? i - 3 : i - 2;
            if (d.Tags[noun] != PartOfSpeech.Noun) return false;
            // "vowed in an audio message to step up attacks": the noun of where the act was told governs nothing.
            for (int at = noun - 2; at >= f.Sentence.FirstToken && at >= noun - 4; at--)
                if (PatternMatcher.OccasionPhraseEnd(d, at, f.Sentence.EndToken) == i - 1) return false;
            // "ordered the army to withdraw": the commanded object does the infinitive.
            if (d.Syntax is { } parsed && IsControlledObject(f, parsed, noun)) return false;
        }
        if (IsOrdinal(f, noun)) return false;
        f.Background = true;
        return true;
    }

    // The common noun whose infinitive clause holds the verb (through coordinated infinitives: "to lift sanctions and
    // restore trade"), or -1.
    private static int NounOfInfinitive(SyntaxLayer tree, int verb)
    {
        int v = verb;
        while (tree.RelationOf(v) == DependencyRelation.Conj && tree.HeadOf(v) >= 0) v = tree.HeadOf(v);
        // A noun at the root means the tree found no verb at all ("Chile plans on Monday to hold talks" read as a noun
        // phrase): too unsure to tell a purpose.
        if (tree.RelationOf(v) != DependencyRelation.Acl || tree.HeadOf(v) is not (var head and >= 0) || tree.Universal[head] != UniversalTag.Noun
            || tree.HeadOf(head) < 0) return -1;
        foreach (int child in tree.ChildrenOf(v))
            if (tree.RelationOf(child) == DependencyRelation.Mark && tree.LemmaOf(child) is "to") return head;
        return -1;
    }

    // "ordered the newspaper to close …", "urged the council to act": the object of a verb of telling or making someone
    // act is the subject of the infinitive the tree may have hung on it, and so is each object joined to it ("prompting
    // Poland and its allies to scramble jets").
    private static bool IsControlledObject(ClauseFrame f, SyntaxLayer tree, int noun)
    {
        for (int steps = 0; steps < 4 && tree.RelationOf(noun) == DependencyRelation.Conj && tree.HeadOf(noun) >= 0; steps++) noun = tree.HeadOf(noun);
        return tree.RelationOf(noun) == DependencyRelation.Obj && tree.HeadOf(noun) is var verb and >= 0 && f.Context.Words.ObjectControl.Contains(tree.LemmaOf(verb));
    }

    private static bool IsActorAppositive(Document d, SyntaxLayer tree, int noun)
    {
        foreach (int child in tree.ChildrenOf(noun))
            if (tree.RelationOf(child) == DependencyRelation.Appos && NamesAnActor(d, child)) return true;
        return false;
    }

    // Whether an actor mention covers the token itself ("the government", not the "proposal" of "a Peruvian proposal").
    private static bool NamesAnActor(Document d, int token) => Phrases.MentionAt(d, token) is not null;

    // "The European Commission plans to impose …": a verb of intent the tagger read as a plural noun, right after the actor's
    // name and right before "to", is the actor's intent, not a noun of purpose.
    private static bool IntentVerbReadAsNoun(Document d, int noun) =>
        d.TextOf(noun) is "plans" or "aims" or "seeks" or "intends" or "hopes" or "wants" or "vows" or "pledges" or "promises" or "threatens" or "offers"
        && noun + 1 < d.Tokens.Length && d.TextOf(noun + 1) is "to" && noun > 0 && NamesAnActor(d, noun - 1);

    // "the first country to sign", "the only state to vote against": the noun counts those who did the act.
    private static bool IsOrdinal(ClauseFrame f, int noun)
    {
        for (int k = noun - 1; k >= f.Sentence.FirstToken && k >= noun - 3; k--)
            if (f.Context.Words.Ordinal.Contains(f.Document.TextOf(k))) return true;
        return false;
    }
}

/// <summary>"Since August 2022, when the president called for a total war, …", "in 2014, when Russia annexed Crimea": a
/// clause hung on a date tells when the story's time began; the act in it is background.</summary>
internal sealed class WhenClauseOfADateIsBackground : ClauseRule
{
    public override string Name => "background:when-of-a-date";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        for (int i = f.Trigger - 1; i > f.Sentence.FirstToken + 1 && i >= f.Trigger - 12; i--)
        {
            var w = d.TextOf(i);
            // ("Muslim-led rebels": a hyphened participle describes a noun; it is no verb of another clause.)
            if (w is "," or ";" or ":" || d.Tags[i] is PartOfSpeech.Verb && i < f.Trigger - 1 && w is not ("has" or "had" or "was" or "were") && !w.Contains('-')) return false;
            if (w is not "when") continue;
            // ("in 2013 when rebels seized power": a year right before "when" needs no comma.)
            bool yearBefore = d.TextOf(i - 1) is { Length: 4 } year && LongPastActIsBackground.YearOf(year) is >= 1900 and <= 2100;
            if (!yearBefore && (d.TextOf(i - 1) is not "," || d.DateAt(i - 2) is null)) return false;
            f.Background = true;
            return true;
        }
        return false;
    }
}

/// <summary>"It was the first time the two ministers had met since January": an act told as the first, last or only time
/// of its kind comments on one the story has told; it is no act of its own.</summary>
internal sealed class FirstTimeOfAnActIsBackground : ClauseRule
{
    public override string Name => "background:first-time";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Background || f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        if (tree.RelationOf(f.Trigger) != DependencyRelation.AclRelcl || tree.HeadOf(f.Trigger) is not (int time and >= 0) || f.Document.TextOf(time) is not "time") return false;
        foreach (int child in tree.ChildrenOf(time))
            if (child < time && f.Document.TextOf(child) is "first" or "last" or "only" or "second" or "third")
            {
                f.Background = true;
                return true;
            }
        return false;
    }
}

/// <summary>"… eight years after he left office", "decades since the two states fought": a clause measured back from the
/// story's time by years, decades or months tells history; the act in it is background.</summary>
internal sealed class ActYearsBeforeIsBackground : ClauseRule
{
    public override string Name => "background:years-before";
    public override bool Apply(ClauseFrame f)
    {
        // The clause hangs on the main verb or, as parses often have it, on the duration noun ("years … after").
        if (f.IsNounHeaded || f.Document.Syntax is not { } tree || tree.RelationOf(f.Trigger) is not (DependencyRelation.Advcl or DependencyRelation.Acl)) return false;
        int mark = tree.ChildWith(f.Trigger, DependencyRelation.Mark);
        if (mark <= f.Sentence.FirstToken || f.Document.TextOf(mark) is not ("after" or "since" or "before")) return false;
        if (f.Document.TextOf(mark - 1) is not ("years" or "decades" or "months" or "year" or "decade")) return false;
        f.Background = true;
        return true;
    }
}

/// <summary>"Fifty years ago, Egyptian and Syrian forces launched …", "On this day in 1950, North Korean troops invaded …",
/// "… during the 19th century": an act measured back from today by years ("N years ago", list 'long-span'), set on "this
/// day" of a past year, or dated by its century is history.</summary>
internal sealed class YearsAgoIsBackground : ClauseRule
{
    public override string Name => "background:years-ago";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Background || f.IsNounHeaded || f.Document.Syntax is not { } tree || !DatedByCentury(f, tree) && !MeasuredBackFromToday(f, tree) && !SetInANamedEra(f, tree)) return false;
        f.Background = true;
        return true;
    }

    // "During the Cold War, the Soviet Union deployed …", "in the Soviet era": a named era (lists 'era-word', 'era-head') opened
    // by a preposition of list 'era-opener', in the trigger's own clause.
    private static bool SetInANamedEra(ClauseFrame f, SyntaxLayer tree)
    {
        var d = f.Document;
        int clause = ClauseReader.ClauseVerb(tree, f.Trigger);
        for (int i = f.Sentence.FirstToken + 1; i < f.Sentence.EndToken; i++)
        {
            if (!f.Context.Words.EraHead.Contains(d.TextOf(i)) || !f.Context.Words.EraWord.Contains(d.TextOf(i - 1))) continue;
            int opener = i - 2;
            if (opener >= f.Sentence.FirstToken && d.TextOf(opener) is "First" or "Second") opener--;
            // "during the Cold War", "during his first term".
            if (opener >= f.Sentence.FirstToken && d.TextOf(opener) is "the" or "his" or "her" or "its" or "their") opener--;
            if (opener < f.Sentence.FirstToken || !f.Context.Words.EraOpener.Contains(d.TextOf(opener))) continue;
            // In the trigger's own clause: no other verb between the era and the trigger's clause verb ("demanded an admission
            // that Soviet forces murdered officers during World War Two" is a demand made now).
            // So is a verb joined to that clause's ("withdrew from the deal during his first term and reimposed sanctions").
            if (OwnClause(tree, clause, i) || tree.RelationOf(clause) == DependencyRelation.Conj && tree.HeadOf(clause) is int joined and >= 0 && OwnClause(tree, joined, i)) return true;
        }
        return false;
    }

    private static bool OwnClause(SyntaxLayer tree, int clause, int token)
    {
        for (int head = tree.HeadOf(token), steps = 0; head >= 0 && steps < 8; head = tree.HeadOf(head), steps++)
        {
            if (head == clause) return true;
            if (tree.Universal[head] is UniversalTag.Verb) return false;
        }
        return false;
    }

    // "seized the provinces in the late 19th century": an ordinal century in the trigger's own phrase.
    private static bool DatedByCentury(ClauseFrame f, SyntaxLayer tree)
    {
        var d = f.Document;
        for (int i = f.Sentence.FirstToken + 1; i < f.Sentence.EndToken; i++)
            if (d.TextOf(i) is "century" or "centuries" && d.TextOf(i - 1) is [.., 't', 'h'] or [.., 's', 't'] or [.., 'n', 'd'] or [.., 'r', 'd'] && tree.Dominates(f.Trigger, i))
                return true;
        return false;
    }

    // "Fifty years ago" (hung on the verb by "ago" or by "years"), "on this day in 1950" (by "day").
    private static bool MeasuredBackFromToday(ClauseFrame f, SyntaxLayer tree)
    {
        var d = f.Document;
        foreach (int child in tree.ChildrenOf(ClauseReader.ClauseVerb(tree, f.Trigger)))
        {
            int span = d.TextOf(child) is "ago" ? tree.ChildWith(child, DependencyRelation.Obl) is int measured and >= 0 ? measured : child - 1 : child;
            if (span >= 0 && f.Context.Words.LongSpan.Contains(d.TextOf(span)) && (d.TextOf(child) is "ago" || tree.ChildWith(span, DependencyRelation.Advmod) is int ago and >= 0 && d.TextOf(ago) is "ago"))
                return true;
            if (d.TextOf(child) is "day" && tree.ChildWith(child, DependencyRelation.Det) is int det and >= 0 && d.TextOf(det) is "this"
                && tree.ChildWith(child, DependencyRelation.Nmod) is int year and >= 0 && (d.DateAt(year) is not null || d.TextOf(year) is { Length: 4 } digits && int.TryParse(digits, out _)))
                return true;
        }
        return false;
    }
}

/// <summary>"The exhibition recalls how the Soviet Union blockaded West Berlin", "We remember when Germany invaded Poland":
/// an act told as what is remembered or commemorated (list 'remembering') is history, not news.</summary>
internal sealed class RememberedActIsBackground : ClauseRule
{
    public override string Name => "background:remembered-act";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Background || f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        int clause = ClauseReader.ClauseVerb(tree, f.Trigger);
        if (tree.RelationOf(clause) is not (DependencyRelation.Ccomp or DependencyRelation.Advcl) || tree.HeadOf(clause) is not (var head and >= 0)
            || !f.Context.Words.Remembering.Contains(tree.LemmaOf(head))) return false;
        // "recalled its ambassador when …" sends for an envoy; only a verb whose clause is what it remembers counts.
        if (tree.ChildWith(head, DependencyRelation.Obj) >= 0) return false;
        if (tree.RelationOf(clause) == DependencyRelation.Advcl && !(tree.ChildWith(clause, DependencyRelation.Mark) is int mark and >= 0 && f.Document.TextOf(mark) is "when" or "how")
            && !(tree.ChildWith(clause, DependencyRelation.Advmod) is int how and >= 0 && f.Document.TextOf(how) is "when" or "how")) return false;
        f.Background = true;
        return true;
    }
}

/// <summary>"Ankara previously hosted talks between the two sides", "Egypt once sent troops to Yemen": an act its verb marks
/// as told before the news (an adverb of list 'earlier-act') is background.</summary>
internal sealed class ActMarkedAsEarlierIsBackground : ClauseRule
{
    public override string Name => "background:marked-earlier";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Background || f.IsNounHeaded || f.Document.Syntax is not { } tree || !GenericPresent.HasAdverbOf(f.Document, tree, f.Trigger, f.Context.Words.EarlierAct))
            return false;
        f.Background = true;
        return true;
    }
}

/// <summary>"Historians note that Japan invaded Korea in 1592", "the two states fought a war in 1962": an act the sentence dates
/// two or more years before the story's time (its publication, else the latest year the story names) is history told as
/// background. Only a date of the act itself counts, one its verb governs ("violated the 1953 armistice" is news), or the
/// years written on the verb's subject ("the 2013-2018 civil war killed …").</summary>
internal sealed class LongPastActIsBackground : ClauseRule
{
    public override string Name => "background:long-past";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || f.IsNounHeaded || d.Syntax is not { } tree) return false;
        int? year = YearDatingTheVerb(d, f.Sentence, tree, f.Trigger);
        // "South Sudan's 2013-2018 civil war killed 400,000 people": a subject dated by its years dates the verb.
        year ??= YearOfSubjectAct(f, d, tree);
        if (year is not { } acted || StoryYear(d) is not { } now) return false;
        // An undated story that tells its news by weekdays ("on Monday", "this week") tells by a year ("in 2023", "in July
        // 2023") what came before.
        if (now - acted < 2 && !(d.Published is null && NewsTimeElsewhere(d, f.Sentence))) return false;
        f.Background = true;
        return true;
    }

    // The latest year written on the verb's subject, a common noun ("the 2022 invasion", "the 2013-2018 civil war", "the 2018
    // summit"), or null: what the subject names happened then, and so did what it did.
    private static int? YearOfSubjectAct(ClauseFrame f, Document d, SyntaxLayer tree)
    {
        int subject = tree.ChildWith(f.Trigger, DependencyRelation.Nsubj);
        if (subject < 0 || tree.Universal[subject] != UniversalTag.Noun) return null;
        int? latest = null;
        foreach (int child in tree.ChildrenOf(subject))
        {
            if (child > subject || tree.RelationOf(child) is not (DependencyRelation.Compound or DependencyRelation.Nummod or DependencyRelation.Amod)) continue;
            // "2022", or "2013-2018" (one token, or the second year hung on the first).
            if (YearOf(d.TextOf(child)) is not { } y) continue;
            latest = Math.Max(latest ?? y, y);
            foreach (int end in tree.ChildrenOf(child))
                if (YearOf(d.TextOf(end)) is { } last) latest = Math.Max(latest.Value, last);
        }
        return latest;
    }

    internal static int? YearOf(ReadOnlySpan<char> text) =>
        text.Length >= 4 && int.TryParse(text[^4..], out int y) && y is >= 1800 and <= 2200 && (text.Length == 4 || text[^5] is '-' or '–') ? y : null;

    internal static bool NewsTimeElsewhere(Document d, Sentence sentence)
    {
        for (int i = 0; i < d.Tokens.Length; i++)
        {
            if (i == sentence.FirstToken) { i = sentence.EndToken - 1; continue; }
            if (d.Tags[i] == PartOfSpeech.ProperNoun && WordClasses.IsWeekday(d.TextOf(i))
                || d.TextOf(i) is "yesterday" or "today" or "tonight"
                || i + 1 < d.Tokens.Length && d.TextOf(i) is "this" or "last" && d.TextOf(i + 1) is "week" or "weekend") return true;
        }
        return false;
    }

    /// <summary>The year of the last date in <paramref name="sentence"/> that dates <paramref name="verb"/> (see
    /// <c>DatesTheVerb</c>), or null.</summary>
    internal static int? YearDatingTheVerb(Document d, Sentence sentence, SyntaxLayer tree, int verb)
    {
        int? year = null;
        foreach (var date in d.Dates)
            if (!date.Relative && date.FirstToken >= sentence.FirstToken && date.EndToken <= sentence.EndToken && DatesTheVerb(tree, d, date, verb))
                year = date.Date.Year;
        return year;
    }

    // A token of the date hangs on the verb as its oblique ("in 1592", "on 3 March 1950"); "since 1992" tells an act that
    // has gone on to this day, no history.
    private static bool DatesTheVerb(SyntaxLayer tree, Document d, DateMention date, int verb)
    {
        for (int k = date.FirstToken; k < date.EndToken; k++)
            if (tree.HeadOf(k) == verb && tree.RelationOf(k) == DependencyRelation.Obl)
                return !(tree.ChildWith(k, DependencyRelation.Case) is int marker and >= 0 && d.TextOf(marker).Equals("since", StringComparison.OrdinalIgnoreCase)
                         || date.FirstToken > 0 && d.TextOf(date.FirstToken - 1).Equals("since", StringComparison.OrdinalIgnoreCase));
        return false;
    }

    internal static int? StoryYear(Document d)
    {
        if (d.Published is { } published) return published.Year;
        int? latest = null;
        foreach (var date in d.Dates) if (!date.Relative && (latest is null || date.Date.Year > latest)) latest = date.Date.Year;
        return latest;
    }
}

/// <summary>"North Korea has tested dozens of missiles in recent years", "the two have clashed repeatedly": a present perfect
/// over a span of years or months (list 'trend-span': "in recent years", "over the past decade", "for years"), with an
/// adverb of habit or of an earlier stance (list 'habitual': "has long denied"), "in the past" or "so far" ("has so far
/// refused"), or a campaign going on since an earlier year ("has been attacking X since 2011"), tells a trend, not one act:
/// background.</summary>
internal sealed class TrendIsBackground : ClauseRule
{
    public override string Name => "background:trend";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || f.IsNounHeaded || d.Syntax is not { } tree) return false;
        int auxiliary = PerfectAuxiliary(d, tree, f.Trigger);
        if (auxiliary < 0) return false;
        if (OngoingSinceAnEarlierYear(f, d, tree)) return Mark(f);
        var words = f.Context.Words;
        for (int i = f.Sentence.FirstToken; i < f.Sentence.EndToken; i++)
        {
            // "have clashed repeatedly", "has long denied" (an adverb between "has" and the verb, however the parser hung it).
            if (words.Habitual.Contains(d.TextOf(i)) && (tree.HeadOf(i) == f.Trigger && tree.RelationOf(i) == DependencyRelation.Advmod || i > auxiliary && i < f.Trigger && d.Tags[i] == PartOfSpeech.Adverb))
                return Mark(f);
            // "has in the past accused": a stance taken before, not this act.
            if (d.TextOf(i) is "past" && i - 2 >= f.Sentence.FirstToken && d.TextOf(i - 1) is "the" && d.TextOf(i - 2) is "in" && (tree.HeadOf(i) == f.Trigger || i > auxiliary && i < f.Trigger))
                return Mark(f);
            // "has so far refused to supply arms", "has thus far declined": a stance held up to now, not this act; "has arrested
            // 187 fishermen so far this year": a count up to now.
            if (d.TextOf(i) is "far" && i - 1 > auxiliary && d.TextOf(i - 1) is "so" or "thus" && (i < f.Trigger || tree.Dominates(f.Trigger, i)))
                return Mark(f);
            // "in recent years", "over the past two decades", "in the last few months", "for years": a span phrase of the verb.
            if (!words.TrendSpan.Contains(d.TextOf(i)) || !tree.Dominates(f.Trigger, i) || i - 1 < f.Sentence.FirstToken) continue;
            int k = i - 1;
            while (k > f.Sentence.FirstToken && (d.Tags[k] == PartOfSpeech.Number || d.TextOf(k) is "few" or "several" or "many")) k--;
            if (d.TextOf(k) is "recent" or "past" or "last" || d.TextOf(k) is "for" or "For" && k == i - 1) return Mark(f);
        }
        return false;
    }

    private static bool Mark(ClauseFrame f)
    {
        f.Background = true;
        return true;
    }

    // "al-Shabab has been attacking Kenyan troops since 2011": a campaign going on since an earlier year (any year, in a story
    // with no date) is the story's background, not an act it reports ("has been shelling the city since Monday" is news).
    private static bool OngoingSinceAnEarlierYear(ClauseFrame f, Document d, SyntaxLayer tree)
    {
        if (tree.Penn[f.Trigger] != "VBG" || f.Trigger == 0 || d.TextOf(f.Trigger - 1) is not "been") return false;
        int? now = LongPastActIsBackground.StoryYear(d);
        foreach (var date in d.Dates)
            if (!date.Relative && date.FirstToken > f.Trigger && date.EndToken <= f.Sentence.EndToken && date.FirstToken > 0 && date.Date.Month is null
                && d.TextOf(date.FirstToken - 1).Equals("since", StringComparison.OrdinalIgnoreCase) && (now is not { } year || year > date.Date.Year))
                return true;
        return false;
    }

    // "has tested", "have been fighting": an auxiliary "have" on the verb, or one before it with only adverbs and "in the
    // past" between ("has long denied", parsed with "has" as the verb); its token, else -1.
    private static int PerfectAuxiliary(Document d, SyntaxLayer tree, int verb)
    {
        foreach (int child in tree.ChildrenOf(verb))
            if (child < verb && tree.RelationOf(child) == DependencyRelation.Aux && IsHave(d.TextOf(child))) return child;
        for (int k = verb - 1; k >= 0 && k >= verb - 5; k--)
        {
            if (IsHave(d.TextOf(k))) return k;
            if (d.Tags[k] != PartOfSpeech.Adverb && d.TextOf(k) is not ("in" or "the" or "past")) return -1;
        }
        return -1;
    }

    private static bool IsHave(ReadOnlySpan<char> word) => word is "has" or "have" or "had" or "'ve" or "’ve";
}

/// <summary>"In 2023, Beijing brokered a deal restoring ties between Riyadh and Tehran": a participle describing what an act told as
/// history did, or how, is history with it (not one under a purpose: "to strengthen ties after meeting X" met X).</summary>
internal sealed class ParticipleOfBackgroundActIsBackground : ClauseRule
{
    // The rules that set an act in time past.
    private static readonly HashSet<string> PastTime = new(StringComparer.Ordinal)
        { "background:long-past", "background:years-ago", "background:years-before", "background:tally-since", "background:trend", "background:remembered-act", "background:when-of-a-date" };

    public override string Name => "background:participle-of-background-act";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || f.IsNounHeaded || d.Syntax is not { } tree || tree.Penn[f.Trigger] != "VBG"
            || tree.RelationOf(f.Trigger) is not (DependencyRelation.Acl or DependencyRelation.Advcl)) return false;
        // Up the tree, past the nouns the participle describes, to the first word that triggered an act in this sentence.
        for (int head = tree.HeadOf(f.Trigger), steps = 0; head >= 0 && steps < 3; head = tree.HeadOf(head), steps++)
        {
            if (EarlierAct.At(f, head, anySource: true) is not { } act) continue;
            if (!act.IsBackground || !act.Rules.Any(PastTime.Contains)) return false;
            f.Background = true;
            return true;
        }
        return false;
    }
}

/// <summary>"North Korea has conducted six nuclear tests since 2006": acts counted over years past ("since" a year two or more
/// before the story's, or any year in an undated story told by weekdays) are a tally told as background, not a new act.</summary>
internal sealed class TallySinceYearsAgoIsBackground : ClauseRule
{
    public override string Name => "background:tally-since";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || f.IsNounHeaded || LongPastActIsBackground.StoryYear(d) is not { } now) return false;
        bool counted = false;
        for (int i = f.Trigger + 1; i < f.Match.End && !counted; i++)
            counted = d.Tags[i] == PartOfSpeech.Number && !d.TextOf(i).Equals("one", StringComparison.OrdinalIgnoreCase) && !d.TextOf(i).SequenceEqual("1")
                      // "has tested dozens of missiles since 2022": a count in words.
                      || d.TextOf(i) is "dozens" or "hundreds" or "scores" or "several" or "numerous";
        if (!counted) return false;
        foreach (var date in d.Dates)
            if (!date.Relative && date.FirstToken > f.Trigger && date.EndToken <= f.Sentence.EndToken && date.FirstToken > 0
                && d.TextOf(date.FirstToken - 1).Equals("since", StringComparison.OrdinalIgnoreCase)
                && (now - date.Date.Year >= 2 || d.Published is null && LongPastActIsBackground.NewsTimeElsewhere(d, f.Sentence)))
            {
                f.Background = true;
                return true;
            }
        return false;
    }
}

/// <summary>"Japan scrambled fighters 669 times in the fiscal year", "has held similar drills several times since 2022", "entered
/// the zone a record number of times": an act counted in times over a span is a tally of many acts, background, not one act
/// told here. A day named in the sentence ("violated the truce 30 times on Sunday") makes it that day's news.</summary>
internal sealed class RepeatedActIsATally : ClauseRule
{
    public override string Name => "background:repeated-act";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || f.IsNounHeaded || d.Syntax is not { } tree) return false;
        bool tallied = false;
        for (int i = f.Trigger + 1; i < f.Sentence.EndToken && !tallied; i++)
            tallied = d.TextOf(i) is "times" && ClauseVerbOf(tree, i) == f.Trigger && ManyBefore(d, i, f.Trigger)
                      && (i + 1 >= f.Sentence.EndToken || d.TextOf(i + 1) is not ("as" or "more" or "less" or "fewer" or "the" or "that" or "than")
                          // "paid for it many times over", not "met dozens of times over the dispute"
                          && !(d.TextOf(i + 1) is "over" && (i + 2 >= f.Sentence.EndToken || d.Tags[i + 2] == PartOfSpeech.Punctuation)));
        // "launched 504 attacks in 2024": acts counted as the verb's object over a year or a month are a tally too.
        if (!tallied && CountedActsOverAPeriod(f, d, tree)) tallied = true;
        if (!tallied) return false;
        for (int i = f.Sentence.FirstToken; i < f.Sentence.EndToken; i++)
            if (d.DateAt(i) is { Date.Day: not null } || WordClasses.IsWeekday(d.TextOf(i)) || d.TextOf(i) is "today" or "yesterday" or "tonight")
                return false;
        f.Background = true;
        return true;
    }

    // The trigger's object is a plural act noun (act-nouns.tsv) counted above one, and the sentence dates it by a year or a
    // month only ("in 2024", "in March"), not a day.
    private static bool CountedActsOverAPeriod(ClauseFrame f, Document d, SyntaxLayer tree)
    {
        if (f.Context.ImplicitTargets is not { } acts || tree.ChildWith(f.Trigger, DependencyRelation.Obj) is not (int obj and >= 0)
            || !d.TextOf(obj).EndsWith('s') || !acts.NamesAnAct(d.TextOf(obj)) || !ManyBefore(d, obj, f.Trigger)) return false;
        foreach (var date in d.Dates)
            if (date.FirstToken > f.Sentence.FirstToken - 1 && date.EndToken <= f.Sentence.EndToken && !date.Relative && date.Date.Day is null) return true;
        return false;
    }

    // The verb whose clause holds a token: "accused Turkey of violating its airspace dozens of times" counts the violations
    // (the accused act), not the accusations.
    private static int ClauseVerbOf(SyntaxLayer tree, int token)
    {
        for (int k = tree.HeadOf(token); k >= 0; k = tree.HeadOf(k))
            if (tree.Universal[k] is UniversalTag.Verb or UniversalTag.Aux) return k;
        return -1;
    }

    // "669 times", "several times", "dozens of times", "a record number of times": a count of more than one before "times".
    private static bool ManyBefore(Document d, int times, int trigger)
    {
        int k = times - 1;
        if (k <= trigger) return false;
        if (d.TextOf(k) is "of" && k - 1 > trigger)
        {
            var quantity = d.TextOf(k - 1);
            return quantity is "dozens" or "hundreds" or "thousands" or "scores" or "number" or "numbers";
        }
        var count = d.TextOf(k);
        if (count is "several" or "many" or "multiple" or "numerous" or "countless" or "repeated") return true;
        return d.Tags[k] == PartOfSpeech.Number && !count.Equals("one", StringComparison.OrdinalIgnoreCase) && !count.SequenceEqual("1");
    }
}

/// <summary>"Beijing opposes any official contact between Washington and Taipei", "India backs the base": a stance verb in
/// the plain present (list 'standing-stance') said by no one, with no quotation and no date in the sentence, states where an
/// actor stands, not an act told here; it is background. Headlines, which tell news in the present, keep it.</summary>
internal sealed class StandingPositionIsBackground : ClauseRule
{
    public override string Name => "background:standing-position";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Background || f.IsNounHeaded || f.Document.Syntax is not { } tree || !GenericPresent.IsPlainPresent(f.Document, tree, f.Trigger)
            || !f.Context.Words.StandingStance.Contains(tree.LemmaOf(f.Trigger)) || !GenericPresent.Unattributed(f, tree)) return false;
        f.Background = true;
        return true;
    }
}

/// <summary>"North Korea often accuses Seoul of preparing an invasion", "Moscow routinely denies …", "the zone is frequently
/// entered by …": a verb in the plain present (or its passive) with an adverb of habit (lists 'habitual',
/// 'habitual-present') tells what an actor does as a rule, not one act;
/// background, unless someone is quoted saying it or a date places it.</summary>
internal sealed class HabitualPresentIsBackground : ClauseRule
{
    public override string Name => "background:habitual-present";
    public override bool Apply(ClauseFrame f)
    {
        // "state media routinely warn Taipei": a plural subject's present, which the tagger may take for a base form.
        if (f.Background || f.IsNounHeaded || f.Document.Syntax is not { } tree || !GenericPresent.IsPlainPresent(f.Document, tree, f.Trigger) && !PresentPassive(f.Document, tree, f.Trigger))
            return false;
        var words = f.Context.Words;
        if (!GenericPresent.HasAdverbOf(f.Document, tree, f.Trigger, words.Habitual, words.HabitualPresent) || !GenericPresent.Unattributed(f, tree)) return false;
        f.Background = true;
        return true;
    }

    // "Japan's airspace is frequently approached by Chinese aircraft": a participle with a present "is"/"are" of the passive.
    private static bool PresentPassive(Document d, SyntaxLayer tree, int verb)
    {
        if (tree.Penn[verb] != "VBN") return false;
        foreach (int child in tree.ChildrenOf(verb))
            if (tree.RelationOf(child) == DependencyRelation.AuxPass && d.TextOf(child) is "is" or "are") return true;
        return false;
    }
}

/// <summary>"'We will not accept foreign bases,' the president has said repeatedly", "Moscow has long said it will answer any
/// deployment": what a speaker says as a habit (a speech verb over the act with an adverb of habit, lists 'habitual' and
/// 'habitual-present') is a standing position, background, unless a date places the saying.</summary>
internal sealed class HabitualSayingIsBackground : ClauseRule
{
    // By the words, which a parse that hangs the clause elsewhere does not hide: the nearest speech verb before the trigger
    // has an adverb of habit right before it ("Guyana has repeatedly said it will not negotiate").
    private static bool AfterHabitualSpeechVerb(ClauseFrame f, CodingWords words) =>
        TimeToActIsDemand.SpeechVerbBefore(f.Context, f.Trigger) is int said && said > f.Sentence.FirstToken
        && (words.Habitual.Contains(f.Document.TextOf(said - 1)) || words.HabitualPresent.Contains(f.Document.TextOf(said - 1)));

    public override string Name => "background:habitual-saying";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || d.Syntax is not { } tree) return false;
        var words = f.Context.Words;
        bool habitual = false;
        for (int k = tree.HeadOf(f.Trigger); k >= 0 && !habitual; k = tree.HeadOf(k))
            habitual = tree.Universal[k] == UniversalTag.Verb && PersonFinder.IsSpeechVerb(d.TextOf(k)) && GenericPresent.HasAdverbOf(d, tree, k, words.Habitual, words.HabitualPresent);
        if (!habitual && !AfterHabitualSpeechVerb(f, words)) return false;
        for (int i = f.Sentence.FirstToken; i < f.Sentence.EndToken; i++)
            if (d.DateAt(i) is not null || words.Dated.Contains(d.TextOf(i))) return false;
        f.Background = true;
        return true;
    }
}

/// <summary>"The EU has suspended visa-free travel for officials", "Beijing has rejected the ruling", told past the lead of a
/// story with no date, no speaker and no quotation: an undated present perfect sums up what has happened so far, background
/// rather than news (the lead, "North Korea has fired a missile", is news; so is "has now tightened" or "has just signed").
/// Accusations, appeals and backing stay: in the present perfect ("has expressed concern", "has urged") they usually report
/// a party's latest word.</summary>
internal sealed class UndatedPerfectPastTheLeadIsBackground : ClauseRule
{
    // Body sentences that count as the lead.
    private const int LeadSentences = 2;

    public override string Name => "background:undated-perfect";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || f.IsNounHeaded || f.Type is EventType.Accuse or EventType.Request or EventType.Support || d.Syntax is not { } tree) return false;
        int auxiliary = PresentPerfectAuxiliary(d, tree, f.Trigger);
        if (auxiliary < 0) return false;
        for (int i = auxiliary + 1; i < f.Trigger; i++)
            if (d.TextOf(i) is "now" or "just" or "newly") return false;
        if (!PastTheLead(f) || !GenericPresent.Unattributed(f, tree) || OpensNewDevelopment(f)) return false;
        f.Background = true;
        return true;
    }

    // "In a related development, Nigeria and Chad have agreed …", "Meanwhile, …": a sentence opened by a word that turns to
    // fresh news (list 'new-development', within its first four words, before a comma) tells news, not a summing-up.
    internal static bool OpensNewDevelopment(ClauseFrame f) => OpensNewDevelopment(f.Document, f.Sentence, f.Context.Words);

    /// <summary>The test of <see cref="OpensNewDevelopment(ClauseFrame)"/> for any sentence of the article.</summary>
    internal static bool OpensNewDevelopment(Document d, Sentence sentence, CodingWords words)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken && i < sentence.FirstToken + 4; i++)
        {
            if (d.TextOf(i) is ",") return false;
            if (words.NewDevelopment.Contains(d.TextOf(i))) return true;
        }
        return false;
    }

    /// <summary>True when the clause's sentence comes after the story's first two body sentences (display text not counted).</summary>
    public static bool PastTheLead(ClauseFrame f)
    {
        int body = 0;
        for (int s = 0; s < f.Context.Index && body < LeadSentences; s++)
            if (!EventCoreference.IsDisplaySentence(f.Document, s)) body++;
        return body >= LeadSentences;
    }

    // The "has"/"have" of the verb's present perfect (or of the verb it is joined to: "has closed its borders and suspended"); -1.
    private static int PresentPerfectAuxiliary(Document d, SyntaxLayer tree, int verb)
    {
        foreach (int v in (ReadOnlySpan<int>)[verb, GenericPresent.ConjunctHead(tree, verb)])
            foreach (int child in tree.ChildrenOf(v))
                if (child < v && tree.RelationOf(child) == DependencyRelation.Aux && d.TextOf(child) is "has" or "have" or "'ve" or "’ve") return child;
        return -1;
    }
}

/// <summary>"Chad had in November threatened to pull out of the task force": a past perfect in the main clause of a sentence
/// no one is said to say tells what came before the story's news, background (a reported "said militants had attacked"
/// is the speaker's news and stays; so does a sentence turning to fresh news).</summary>
internal sealed class MainClausePastPerfectIsBackground : ClauseRule
{
    public override string Name => "background:past-perfect";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || f.IsNounHeaded || d.Syntax is not { } tree) return false;
        int verb = GenericPresent.ConjunctHead(tree, f.Trigger);
        // "had not tested any missiles and warned Chile": a conjunct in a past tense of its own shares no "had".
        if (verb != f.Trigger && tree.Penn[f.Trigger] == "VBD") return false;
        bool had = false;
        // "Chad had in November threatened …" parsed with "had" as the main verb and the participle as its complement.
        if (tree.RelationOf(verb) == DependencyRelation.Xcomp && tree.HeadOf(verb) is int have and >= 0 && have < verb && d.TextOf(have) is "had"
            && tree.Penn[verb] is "VBN" or "VBD" && tree.RelationOf(have) == DependencyRelation.Root)
            had = true;
        else if (tree.RelationOf(verb) != DependencyRelation.Root) return false;
        foreach (int child in tree.ChildrenOf(verb))
            had |= child < verb && tree.RelationOf(child) == DependencyRelation.Aux && d.TextOf(child) is "had" or "'d" or "’d";
        // A date does not make it news: "had in November threatened" is dated and still told as what came before; a date in
        // the story's own days ("had recalled its ambassador on Wednesday") tells news out of order.
        if (!had || UndatedPerfectPastTheLeadIsBackground.OpensNewDevelopment(f) || !GenericPresent.Unattributed(f, tree, datesCount: false)
            || DatedToTheStorysDays(f, tree, verb)) return false;
        f.Background = true;
        return true;
    }

    private static bool DatedToTheStorysDays(ClauseFrame f, SyntaxLayer tree, int verb)
    {
        for (int i = f.Sentence.FirstToken; i < f.Sentence.EndToken; i++)
            if (f.Context.Words.NearDate.Contains(f.Document.TextOf(i)) && tree.Dominates(verb, i)) return true;
        return false;
    }
}

/// <summary>"Chisinau accuses Moscow of funding the opposition", "a charge Oslo rejects", told past the lead of a story with no
/// date, no speaker and no quotation: an act verb in the plain present states how things stand, background rather than news.
/// Headlines and the lead, which tell news in the present, keep it; so does a statement made now ("strongly condemns", list
/// 'performative-degree'), and a denial, which answers the claim it denies.</summary>
internal sealed class PlainPresentPastTheLeadIsBackground : ClauseRule
{
    public override string Name => "background:present-past-the-lead";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        if (f.Background || f.IsNounHeaded || d.Syntax is not { } tree || tree.Penn[f.Trigger] is not ("VBZ" or "VBP")
            || !UndatedPerfectPastTheLeadIsBackground.PastTheLead(f) || !GenericPresent.Unattributed(f, tree)) return false;
        // "Moscow and Pyongyang deny any arms transfers": a denial answers the claim it denies, as news does.
        if (tree.LemmaOf(f.Trigger) is "deny") return false;
        // "The DPRK sternly denounces the provocations": a statement made now, in the words of a statement being quoted.
        if (GenericPresent.HasAdverbOf(d, tree, f.Trigger, f.Context.Words.PerformativeDegree)) return false;
        f.Background = true;
        return true;
    }
}

/// <summary>What makes a plain present tell how things stand rather than news: no one is reported saying it (no speech verb
/// in the sentence but the act's own, no quotation mark), no date is given, and it is not display text.</summary>
internal static class GenericPresent
{
    /// <summary>The verb a conjunct shares its auxiliaries with ("has closed its borders and suspended …": "closed" for
    /// "suspended"); the verb itself when it is no conjunct.</summary>
    public static int ConjunctHead(SyntaxLayer tree, int verb) =>
        tree.RelationOf(verb) == DependencyRelation.Conj && tree.HeadOf(verb) is int head and >= 0 ? head : verb;

    /// <summary>True when <paramref name="verb"/> has an adverb of <paramref name="words"/> (or of <paramref name="more"/>)
    /// hung on it ("routinely denies", "sternly denounces").</summary>
    public static bool HasAdverbOf(Document d, SyntaxLayer tree, int verb, WordSet words, WordSet? more = null)
    {
        foreach (int child in tree.ChildrenOf(verb))
            if (tree.RelationOf(child) == DependencyRelation.Advmod && d.TextOf(child) is var adverb && (words.Contains(adverb) || more?.Contains(adverb) == true))
                return true;
        return false;
    }

    /// <summary>True when <paramref name="verb"/> is a finite verb in the plain present: tagged so, or tagged past or base
    /// though written as its base form with no auxiliary, "to" or control verb over it ("Chile and Bolivia oppose", where
    /// the tagger took a plural subject's verb for a past or an infinitive; only for verbs whose past differs from the base,
    /// as the stance verbs' all do).</summary>
    public static bool IsPlainPresent(Document d, SyntaxLayer tree, int verb)
    {
        if (tree.Penn[verb] is "VBZ" or "VBP") return true;
        if (tree.Penn[verb] is not ("VBD" or "VB") || !d.TextOf(verb).SequenceEqual(tree.LemmaOf(verb)) || tree.RelationOf(verb) == DependencyRelation.Xcomp)
            return false;
        foreach (int v in (ReadOnlySpan<int>)[verb, GenericPresent.ConjunctHead(tree, verb)])
            foreach (int child in tree.ChildrenOf(v))
                if (tree.RelationOf(child) is DependencyRelation.Aux or DependencyRelation.AuxPass or DependencyRelation.Mark) return false;
        return verb == 0 || d.TextOf(verb - 1) is not ("to" or "not" or "n't");
    }

    /// <summary>True when the sentence of <paramref name="f"/> is body text with no speaker, quotation or (unless
    /// <paramref name="datesCount"/> is false) date.</summary>
    public static bool Unattributed(ClauseFrame f, SyntaxLayer tree, bool datesCount = true)
    {
        var d = f.Document;
        for (int i = f.Sentence.FirstToken; i < f.Sentence.EndToken; i++)
        {
            if (d.Tokens[i].Kind == TokenKind.Quote || datesCount && (d.DateAt(i) is not null || f.Context.Words.Dated.Contains(d.TextOf(i)))) return false;
            // A speech verb attributes the sentence, unless it only describes a noun ("waters claimed by Vietnam").
            if (i != f.Trigger && tree.Universal[i] == UniversalTag.Verb && PersonFinder.IsSpeechVerb(d.TextOf(i))
                && tree.RelationOf(i) is not (DependencyRelation.Acl or DependencyRelation.Amod)) return false;
        }
        return !EventCoreference.IsDisplaySentence(d, f.Context.Index);
    }
}

/// <summary>"The minister, who resigned over the scandal, …", "the accord, which the last government left, …": an act told in a
/// comma-led relative clause describes one of the sentence's nouns; with no date in the clause it is standing background,
/// not news (a dated one, "which invaded its neighbour in 2014", is kept).</summary>
internal sealed class UndatedRelativeClauseIsBackground : ClauseRule
{
    public override string Name => "background:undated-relative-clause";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded) return false;
        var d = f.Document;
        int pronoun = -1;
        // By positions, not the tree: parses often hang such a clause's verb on the main verb.
        for (int i = f.Trigger - 1; i > f.Sentence.FirstToken && i >= f.Trigger - 8; i--)
        {
            var w = d.TextOf(i);
            if (w is "," or ";" or ":" or "\"" or "\u201c" or "\u201d" or "(" or ")") return false;
            if (w is "who" or "which") { pronoun = i; break; }
        }
        if (pronoun < 0 || d.TextOf(pronoun - 1) is not ",") return false;
        // "… accused Kyiv of striking its territory, which Ukraine denies", "condemned a drone attack on the airport, which the
        // army blamed on the RSF": a denial of what the sentence told, or blame for it, is news of its own, not a fact about an
        // actor named before the comma.
        if (f.Entry.Type is EventType.Reject or EventType.Accuse && (d.TextOf(pronoun) is "which" || f.Context.Groups.Holding(pronoun - 2) is null)) return false;
        // "Pistorius, who met his Ukrainian counterpart in Odesa, said …": a meeting its speaker held, told in the simple past, is
        // the occasion of the news, not a standing fact about the speaker.
        if (f.Entry.Type == EventType.Consult && d.TextOf(pronoun) is "who" && d.Syntax is { } tree && tree.Penn[f.Trigger] is "VBD") return false;
        for (int i = pronoun + 1; i < f.Sentence.EndToken; i++)
        {
            if (i > f.Trigger && d.TextOf(i) is "," or ";" or ")") break;
            if (d.DateAt(i) is not null || f.Context.Words.Dated.Contains(d.TextOf(i))) return false;
        }
        f.Background = true;
        return true;
    }
}

/// <summary>"the fishing pact signed by Chile and Peru covers …", "restrictions imposed by Bolivia": a participle describing
/// the noun its pattern acts on (a reduced relative clause) names a known act to say which thing is meant; only with a date of
/// its own ("a tanker seized by Iran last week", "prisoners released by Venezuela on Wednesday") does it report one.</summary>
internal sealed class UndatedReducedRelativeIsBackground : ClauseRule
{
    public override string Name => "background:undated-reduced-relative";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Background || !IsReducedRelative(f, out var tree)) return false;
        var d = f.Document;
        // "Rockets fired by Hezbollah hit a kibbutz", "supplies delivered by the UAE reached Gaza": the subject of what then
        // happened is news itself.
        int described = tree.HeadOf(f.Trigger);
        if (tree.RelationOf(described) is DependencyRelation.Nsubj or DependencyRelation.NsubjPass && tree.HeadOf(described) is int main and >= 0 && tree.Penn[main] == "VBD")
            return false;
        // "signed a ceasefire brokered by Qatar", "agreed to a truce in talks hosted by Egypt": the accord the clause makes now,
        // or the talks it is made in, was brokered or hosted now too.
        if (MadeByTheClause(f, tree, described)) return false;
        for (int i = f.Trigger + 1; i < f.Sentence.EndToken; i++)
        {
            if (!tree.Dominates(f.Trigger, i)) continue;
            // A bare year ("signed by Egypt and Israel in 1979") dates history, not news.
            if (d.DateAt(i) is { } date && date.FirstToken == i && (date.Date.Month is not null || date.Relative)) return false;
            if (d.DateAt(i) is null && f.Context.Words.Dated.Contains(d.TextOf(i))) return false;
        }
        f.Background = true;
        return true;
    }

    // The described noun is the object of a verb of list 'accord-making', or the place ("in talks") of that verb or of its
    // object, one or two steps up the tree.
    private static bool MadeByTheClause(ClauseFrame f, SyntaxLayer tree, int described)
    {
        int node = described;
        for (int step = 0; step < 3 && node >= 0; step++)
        {
            if (tree.RelationOf(node) is not (DependencyRelation.Obj or DependencyRelation.Obl or DependencyRelation.Nmod)) return false;
            int head = tree.HeadOf(node);
            if (head < 0) return false;
            if (tree.Universal[head] == UniversalTag.Verb) return f.Context.Words.AccordMaking.Contains(tree.LemmaOf(head)) && !DatedByAYear(f.Document, tree, head);
            node = head;
        }
        return false;
    }

    // "In July 2022, Russia and Ukraine signed deals brokered by Turkey": an accord dated by a year is told as history, and
    // whether it is news is the accord's own rules' to say, not its broker's.
    private static bool DatedByAYear(Document d, SyntaxLayer tree, int verb)
    {
        foreach (var date in d.Dates)
            if (!date.Relative)
                for (int k = date.FirstToken; k < date.EndToken; k++)
                    if (tree.HeadOf(k) == verb) return true;
        return false;
    }

    /// <summary>The trigger is a past participle describing the noun before it that its pattern acts on ("a tanker seized").</summary>
    internal static bool IsReducedRelative(ClauseFrame f, out SyntaxLayer tree)
    {
        tree = f.Document.Syntax!;
        if (f.IsNounHeaded || tree is null || tree.Penn[f.Trigger] != "VBN" || tree.RelationOf(f.Trigger) != DependencyRelation.Acl) return false;
        int described = tree.HeadOf(f.Trigger);
        int k = PatternMatcher.PassiveSubjectElement(f.Entry.Elements);
        return described >= 0 && described < f.Trigger && k >= 0 && PatternMatcher.WordMatches(f.Document, described, f.Entry.Elements[k].Words);
    }
}

/// <summary>"police broke up a rally staged by farmers on Monday", "transferred 26 people accused of trafficking": the doer of
/// an act told in a reduced relative clause is its "by" agent; with no actor there, the sentence's subject did not do it, and
/// no one is known to have.</summary>
internal sealed class ReducedRelativeNeedsItsAgent : ClauseRule
{
    public override string Name => "drop:reduced-relative-without-agent";
    public override bool Apply(ClauseFrame f)
    {
        if (f.AgentRead || !UndatedReducedRelativeIsBackground.IsReducedRelative(f, out _) && !DescribesPeopleActedOn(f)) return false;
        f.Dropped = true;
        return true;
    }

    // "transferred 26 people accused of drug trafficking", "shot down missiles launched at Kyiv": a participle describing a
    // noun before it that names no actor tells what befell that thing or those people, not the subject's act.
    private static bool DescribesPeopleActedOn(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.Document.Syntax is not { } tree || tree.Penn[f.Trigger] != "VBN" || tree.RelationOf(f.Trigger) != DependencyRelation.Acl) return false;
        // Not "to be admitted" (an auxiliary makes it a clause of its own), nor the sentence's only verb, which a parse may hang
        // on the noun before it ("diplomats from the Group of Seven nations gathered on Thursday").
        if (tree.ChildWith(f.Trigger, DependencyRelation.Aux) >= 0 || tree.ChildWith(f.Trigger, DependencyRelation.AuxPass) >= 0 || !AnotherVerbGoverns(tree, f)) return false;
        int described = tree.HeadOf(f.Trigger);
        return described >= 0 && described < f.Trigger && tree.Universal[described] == UniversalTag.Noun && f.Context.Groups.Holding(described) is null;
    }

    // Some verb of the sentence other than the trigger dominates it: the participle hangs inside a clause, not at its top.
    private static bool AnotherVerbGoverns(SyntaxLayer tree, ClauseFrame f)
    {
        for (int node = tree.HeadOf(f.Trigger), steps = 0; node >= 0 && steps < 12; node = tree.HeadOf(node), steps++)
            if (tree.Universal[node] == UniversalTag.Verb) return true;
        return false;
    }
}

/// <summary>A noun event talked about rather than reported: inside a prepositional phrase or the object of an ordinary verb.</summary>
internal sealed class ReferencedNounIsBackground : ClauseRule
{
    public override string Name => "background:referenced-noun";
    public override bool Apply(ClauseFrame f)
    {
        // (A meeting in a time phrase, "said after talks with X", is reported as held.)
        // (So is a meeting in a phrase opening the sentence: "In a phone call with X, Y discussed …".)
        // (And a visit set beside its visitor: "Wang Yi, on a visit to Belgrade, said …".)
        if (!f.IsNounHeaded || f.Fired.Contains(MeetingInTimePhraseIsTheSubjects.RuleName) || f.Fired.Contains(VisitorInApposition.RuleName)
            || f.Type == EventType.Consult && f.Fired.Contains(OpeningPhraseActIsMainSubjects.RuleName)
            || !Phrases.IsReference(f.Document, f.Trigger, f.Sentence, f.Context.Groups, f.Context.Words)) return false;
        f.Background = true;
        return true;
    }
}

/// <summary>"Iranian envoys flew to Vienna for talks with …": who travels for an act does it.</summary>
internal sealed class TravellerDoesTheErrand : ClauseRule
{
    public override string Name => "source:journey-errand";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Source is not null) return false;
        int verb = Phrases.JourneyFor(f.Document, f.Trigger, f.Context.Words);
        if (verb < 0) return false;
        f.Source = f.Context.Reader.SubjectOf(verb);
        f.ModeVerb = verb;
        return f.Source is not null;
    }
}

/// <summary>"The suspension of talks with Ethiopia was announced by Somalia", "An inquiry into espionage was ordered by
/// Canada": an act noun as the passive subject of a light verb (list 'light') is done by the passive's agent.</summary>
internal sealed class LightVerbAgentIsSource : ClauseRule
{
    public override string Name => "source:light-verb-agent";
    public override bool Apply(ClauseFrame f)
    {
        // (A light verb by text first: without one in the sentence, its tree is not read.)
        if (!f.IsNounHeaded || f.Source is not null || f.Document.Syntax is not { } tree || !f.Context.HasWordOf(f.Context.Words.Light)) return false;
        int head = tree.HeadOf(f.Trigger);
        if (head < 0 || tree.RelationOf(f.Trigger) != DependencyRelation.NsubjPass || !f.Context.Words.Light.Contains(f.Document.TextOf(head))) return false;
        if (tree.LemmaOf(head) is "announce" && f.Type != EventType.Sanction) return false;
        foreach (int child in tree.ChildrenOf(head))
            if (child > head && tree.RelationOf(child) is DependencyRelation.OblAgent or DependencyRelation.Obl
                && tree.ChildWith(child, DependencyRelation.Case) is int by and >= 0 && f.Document.TextOf(by) is "by"
                && f.Context.Reader.ActorOfNominal(child) is { IsPlace: false } agent && agent != f.Target)
            {
                f.Source = agent;
                return true;
            }
        return false;
    }
}

/// <summary>"North Korea conducted a test of a new missile", "Iran carried out the launch of …": an act noun that is the object
/// of a light verb (list 'light') with no owner of its own is done by the light verb's subject; not of "announce", whose
/// subject may announce another's act.</summary>
internal sealed class LightVerbSubjectIsSource : ClauseRule
{
    public override string Name => "source:light-verb-subject";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Source is not null || f.Document.Syntax is not { } tree || !f.Context.HasWordOf(f.Context.Words.Light)) return false;
        int head = tree.HeadOf(f.Trigger);
        if (head < 0 || tree.RelationOf(f.Trigger) != DependencyRelation.Obj || !f.Context.Words.Light.Contains(f.Document.TextOf(head))) return false;
        // "announced the activation of a regional force": who announces an act need not be who does it; a measure announced
        // ("announced a ban on imports", "announced sanctions") is the announcer's own.
        if (tree.LemmaOf(head) is "announce" && f.Type != EventType.Sanction) return false;
        f.Source = TreeSubjectOf(f, tree, head);
        return f.Source is not null;
    }

    /// <summary>The actor group the tree makes the subject of <paramref name="verb"/>, not a guess by position ("Bennett …
    /// has conducted several trips to the Afghan capital" names no actor as the one travelling); never the target.</summary>
    internal static ActorGroup? TreeSubjectOf(ClauseFrame f, SyntaxLayer tree, int verb)
    {
        int subject = -1;
        foreach (int child in tree.ChildrenOf(verb)) if (tree.RelationOf(child).IsSubject()) subject = child;
        if (subject < 0) return null;
        var source = f.Context.Reader.SubjectOf(verb);
        if (source is null || source == f.Target || !(subject >= source.First && subject < source.End || tree.Dominates(subject, source.First))) return null;
        return source;
    }
}

/// <summary>"Russia announced the withdrawal of its forces from Kherson", "the withdrawal of Russian troops": forces a
/// withdrawal or a deployment names with its own words move for their state, whoever announces it: the state named with them,
/// or, for "its"/"their" forces, the subject of the verb the act noun is the object of.</summary>
internal sealed class ForcesNamedInTheActAreTheirStates : ClauseRule
{
    public override string Name => "source:forces-in-the-act";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsNounHeaded || f.Source is not null || f.Type is not (EventType.Retreat or EventType.Mobilize)) return false;
        var d = f.Document;
        int end = f.Match.End;
        // The forces' own word must be inside the phrase ("of its forces", "of Russian troops").
        int forces = -1;
        for (int i = f.Trigger + 1; i < end; i++) if (f.Context.Words.ForceNoun.Contains(d.TextOf(i))) { forces = i; break; }
        if (forces < 0) return false;
        foreach (var named in f.Context.Groups)
            if (named.First > f.Trigger && named.End <= forces + 1 && !named.IsPlace) { f.Source = named; return true; }
        if (d.TextOf(forces - 1) is not ("its" or "their") || d.Syntax is not { } tree || tree.RelationOf(f.Trigger) != DependencyRelation.Obj) return false;
        f.Source = LightVerbSubjectIsSource.TreeSubjectOf(f, tree, tree.HeadOf(f.Trigger));
        return f.Source is not null;
    }
}

/// <summary>"Nicaragua announced its withdrawal from the OAS": an act noun owned by a bare "its" that names no one else,
/// and that is the object of a verb, is the act of that verb's subject (the subject's own; any verb, "announce" too).</summary>
internal sealed class ItsActIsTheSubjects : ClauseRule
{
    public override string Name => "source:its-subjects-own";
    public override bool Apply(ClauseFrame f)
    {
        // (The owner's word first: without it in the sentence, the tree is not read.)
        if (!f.IsNounHeaded || f.Source is not null || f.Document.Syntax is not { } tree || !f.Context.HasWord("its") && !f.Context.HasWord("Its")
            || tree.RelationOf(f.Trigger) != DependencyRelation.Obj) return false;
        int owner = tree.ChildWith(f.Trigger, DependencyRelation.NmodPoss);
        if (owner < 0 || f.Document.TextOf(owner) is not ("its" or "Its") || f.Context.Groups.Holding(owner) is not null) return false;
        f.Source = LightVerbSubjectIsSource.TreeSubjectOf(f, tree, tree.HeadOf(f.Trigger));
        return f.Source is not null;
    }
}

/// <summary>A verb's grammatical subject acts (from the dependency tree when one drives the reading, else from positions).</summary>
internal sealed class SubjectIsSource : ClauseRule
{
    public override string Name => "source:subject";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.IsNominalGerund || f.Source is not null) return false;
        f.Source = f.Context.Reader.SubjectOf(f.Trigger);
        return f.Source is not null;
    }
}

/// <summary>"Russia used a new missile in an attack on Dnipro": an act noun in the "in" phrase of a verb of using (list
/// 'means-use') is the act of that verb's subject, who used the means in it, and is told as done. Not a passive ("was used
/// in an attack").</summary>
internal sealed class MeansUsedInActIsTheUsersAct : ClauseRule
{
    public override string Name => "source:means-user";
    public override bool Apply(ClauseFrame f)
    {
        // (The preposition's word first: without an "in" in the sentence, the tree is not read.)
        if (!f.IsNounHeaded || f.Source is not null || f.Document.Syntax is not { } tree || !f.Context.HasWord("in")
            || tree.RelationOf(f.Trigger) != DependencyRelation.Obl) return false;
        int verb = tree.HeadOf(f.Trigger);
        if (verb < 0 || verb > f.Trigger || !f.Context.Words.MeansUse.Contains(tree.LemmaOf(verb)) || f.Context.Reader.IsPassive(verb)
            || tree.ChildWith(f.Trigger, DependencyRelation.Case) is not (int preposition and >= 0) || f.Document.TextOf(preposition) is not "in") return false;
        f.Source = f.Context.Reader.SubjectOf(verb);
        if (f.Source is null) return false;
        // Using the means in it tells the act as done, as a light verb would.
        f.Background = false;
        return true;
    }
}

/// <summary>"two Belarusian nationals working for Russian intelligence had set fire to a warehouse", "men recruited by Iran's
/// Quds Force": people told as working for, recruited by or acting on behalf of an actor do its deed; the actor is the
/// source, not the state of their passports (list 'agent-link': the word before the preposition).</summary>
internal sealed class AgentsActForTheirPrincipal : ClauseRule
{
    internal const string RuleName = "source:agents-principal";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not { } agents || f.IsNounHeaded || agents.End >= f.Trigger) return false;
        var d = f.Document;
        for (int k = agents.End; k + 1 < f.Trigger && k <= agents.End + 3; k++)
        {
            if (d.TextOf(k) is "," && k == agents.End) continue;
            if (!f.Context.Words.AgentLink.Contains(d.TextOf(k))) continue;
            int at = k + 1;
            if (d.TextOf(at) is "on" or "at" && at + 2 < f.Trigger && d.TextOf(at + 1) is "behalf" or "behest" or "orders") at += 2;
            if (d.TextOf(at) is not ("for" or "by" or "of")) continue;
            if (f.Context.Groups.OpeningAfter(d, at, actorOnly: true) is not { } principal || principal.End > f.Trigger || principal.CodesWithin(agents)) return false;
            f.Source = principal;
            return true;
        }
        return false;
    }
}

/// <summary>"The Serbian president ordered troops to withdraw from the border": forces named by no one's name that a
/// leader commands (list 'command') to act are that leader's forces; the act is the commander's state's.</summary>
internal sealed class CommandedForcesActForTheCommander : ClauseRule
{
    public override string Name => "source:commanded-forces";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not null || f.IsNounHeaded || f.Document.Syntax is not { } tree || tree.RelationOf(f.Trigger) != DependencyRelation.Xcomp) return false;
        int command = tree.HeadOf(f.Trigger);
        if (command < 0 || !f.Context.Words.Command.Contains(tree.LemmaOf(command)) || tree.ChildWith(command, DependencyRelation.Obj) is not (int forces and >= 0)) return false;
        if (RoleWords.SectorOf(f.Document.TextOf(forces)) is not ("MIL" or "COP") || f.Context.Groups.Holding(forces) is not null) return false;
        f.Source = f.Context.Reader.SubjectOf(command);
        return f.Source is not null;
    }
}

/// <summary>"Peru's U.N. ambassador criticised …", "the Chilean envoy to the OAS said …": a state's envoy to an organisation
/// acts for the state that sends them, not for the organisation they sit in (list 'envoy').</summary>
internal sealed class EnvoyActsForTheirState : ClauseRule
{
    public override string Name => "source:envoy-of-state";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not { } source || source.Members.Exists(m => m.IsState) || f.Document.Syntax is not { } tree) return false;
        foreach (int subject in tree.ChildrenOf(f.Trigger))
        {
            if (tree.RelationOf(subject) is not (DependencyRelation.Nsubj or DependencyRelation.NsubjPass) || !f.Context.Words.Envoy.Contains(f.Document.TextOf(subject))
                || !tree.Dominates(subject, source.First)) continue;
            // The sending state is the first actor modifying the envoy word ("Peru's U.N. ambassador", "the Chilean OAS
            // envoy"); after the organisation, a state names where the envoy is sent ("the U.N. Yemen envoy").
            foreach (int modifier in tree.ChildrenOf(subject))
            {
                if (modifier > subject || tree.RelationOf(modifier) is not (DependencyRelation.NmodPoss or DependencyRelation.Amod or DependencyRelation.Compound)) continue;
                // The sentence's group for the whole phrase keeps only the organisation; the state's own mention names it.
                if (Phrases.MentionAt(f.Document, modifier)?.Actor is not { } sender) continue;
                if (!sender.IsState) break;
                f.Source = new ActorGroup { First = modifier, End = modifier + 1 }.With(sender);
                return true;
            }
        }
        return false;
    }
}

/// <summary>"the bombing of a Malian base that killed a Canadian", "an attack on Kenyan troops killed six": when the act's
/// subject is itself an attack, an actor in that attack's "of", "on" or "against" phrase is who it struck, not who struck.</summary>
internal sealed class VictimOfAnAttackIsNoDoer : ClauseRule
{
    public override string Name => "source:victim-of-subject-attack";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not { } source || f.Type != EventType.Assault || f.IsNounHeaded || f.Document.Syntax is not { } tree || f.Context.ImplicitTargets is not { } acts) return false;
        int noun = -1;
        foreach (int child in tree.ChildrenOf(f.Trigger))
            if (tree.RelationOf(child) == DependencyRelation.Nsubj) noun = child;
        // "… that killed": the relative pronoun stands for the noun the clause describes.
        if (noun >= 0 && f.Document.TextOf(noun) is "that" or "which" && tree.RelationOf(f.Trigger) == DependencyRelation.AclRelcl) noun = tree.HeadOf(f.Trigger);
        if (noun < 0 || !acts.Names(f.Document.TextOf(noun).ToString().ToLowerInvariant(), EventType.Assault)) return false;
        // Every token of the source inside a phrase of the attack noun that names what it struck.
        for (int k = source.First; k < source.End; k++)
        {
            int phrase = k;
            while (phrase >= 0 && tree.HeadOf(phrase) != noun) phrase = tree.HeadOf(phrase);
            if (phrase < 0 || tree.RelationOf(phrase) != DependencyRelation.Nmod) return false;
            int marker = tree.ChildWith(phrase, DependencyRelation.Case);
            if (marker < 0 || f.Document.TextOf(marker) is not ("of" or "on" or "against")) return false;
        }
        f.Source = null;
        return true;
    }
}

/// <summary>"Peru, along with Chile and Bolivia, called …", "Peru together with Chile condemned …": companions named beside
/// the subject act with it.</summary>
internal sealed class CompanionsActWithTheSubject : ClauseRule
{
    public override string Name => "source:companions";
    public override bool Apply(ClauseFrame f)
    {
        // The verb's subject, or the subject whose own act the noun names ("Mali, along with Niger, announced its withdrawal").
        if (f.Source is not { } subject || !(!f.IsNounHeaded && f.Fired.Contains("source:subject") || f.Fired.Contains("source:its-subjects-own"))) return false;
        var (d, groups) = (f.Document, f.Context.Groups);
        // The subject then its companions: "Peru, along with Chile, …".
        int after = CompanionMarkerEnd(d, subject.End, f.Trigger);
        if (after > 0 && groups.Find(g => g.First >= after && g.First <= after + 1 && g.End <= f.Trigger && !g.IsPlace) is { } companions)
            return Join(f, subject, companions);
        // The position reading took the companion: "Peru along with Chile condemned …".
        for (int start = Math.Max(f.Sentence.FirstToken, subject.First - 4); start < subject.First; start++)
        {
            int end = CompanionMarkerEnd(d, start, subject.First + 1);
            if (end != subject.First && !(end == subject.First - 1 && d.TextOf(end) is "the")) continue;
            int before = start > f.Sentence.FirstToken && d.TextOf(start - 1) is "," ? start - 1 : start;
            if (groups.Find(g => g.End == before && !g.IsPlace) is { } lead) return Join(f, lead, subject);
        }
        return false;
    }

    // The token after "along with", "together with", "alongside" or "as well as" starting at from (a comma before it
    // allowed), or 0 when none starts there.
    private static int CompanionMarkerEnd(Document d, int from, int limit)
    {
        int i = from;
        if (i < limit && d.TextOf(i) is ",") i++;
        if (i + 1 < limit && d.TextOf(i) is "along" or "together" && d.TextOf(i + 1) is "with") return i + 2;
        if (i < limit && d.TextOf(i) is "alongside") return i + 1;
        if (i + 2 < limit && d.TextOf(i) is "as" && d.TextOf(i + 1) is "well" && d.TextOf(i + 2) is "as") return i + 3;
        return 0;
    }

    private static bool Join(ClauseFrame f, ActorGroup first, ActorGroup second)
    {
        // Each keeps its own conjuncts ("The U.S. and Philippine navies, together with a Japanese destroyer": three parties).
        var joined = new ActorGroup { First = first.First, End = second.End };
        for (int k = 0; k < first.Members.Count; k++)
        {
            joined.CurrentPart = first.Parts[k];
            joined.Add(first.Members[k]);
        }
        int offset = first.Parts.Count == 0 ? 0 : first.Parts.Max() + 1;
        for (int k = 0; k < second.Members.Count; k++)
        {
            joined.CurrentPart = offset + second.Parts[k];
            joined.Add(second.Members[k]);
        }
        if (joined.Members.Count == first.Members.Count && joined.Members.Count == second.Members.Count) return false;
        f.Source = joined;
        return true;
    }
}

/// <summary>"Seoul was accused by Pyongyang": in the passive the subject is the patient and the "by" phrase the agent.</summary>
internal sealed class PassiveAgentIsSource : ClauseRule
{
    public override string Name => "source:passive-agent";
    public override bool Apply(ClauseFrame f)
    {
        // An adjective after "be" ("was angry at", "is ready to") is a predicate, not a passive.
        if (f.IsNounHeaded || f.Background || f.Entry.Head == EntryHead.Adjective || !f.Context.Reader.IsPassive(f.Trigger)) return false;
        f.IsPassive = true;
        f.Source ??= f.Context.Reader.PatientOf(f.Trigger);
        var agent = f.Context.Reader.PassiveAgentOf(f.Trigger, f.Match.End);
        // "was called on by the EU to …": the agent follows the stranded preposition, inside the pattern's match.
        if (agent is null && PatternMatcher.PrepositionStandsAfter(f.Document, f.Entry.Elements, f.Trigger, f.Sentence.EndToken)) agent = f.Context.Reader.PassiveAgent(f.Trigger + 2);
        if (agent is null) return false;
        // "Kharkiv was hit by Russian drones": force whose passive subject is a place is used on that place's state.
        if (f.Source is null && f.Entry.Type is EventType.Assault or EventType.Coerce && PlaceStruck(f) is { } place) f.Source = place;
        // "Sanctions were imposed on Belarus by …": where the passive subject names no actor, the pattern's slot keeps the target.
        f.ActedBy(agent);
        return true;
    }
    // The place group holding the participle's passive subject, or null.
    private static ActorGroup? PlaceStruck(ClauseFrame f)
    {
        if (f.Document.Syntax is not { } tree || tree.ChildWith(f.Trigger, DependencyRelation.NsubjPass) is not (int subject and >= 0) || subject > f.Trigger) return null;
        return f.Context.Groups.Find(g => g.IsPlace && g.First <= subject && subject < g.End);
    }
}

/// <summary>"Palestinians injured in clashes with police", "one of its leaders is dead, killed in a raid", the headline "Kenyan
/// officer killed in gang ambush": a past participle of force with no auxiliary, followed by a preposition rather than an
/// object, is a reduced passive: its subject is the victim.</summary>
internal sealed class ReducedPassiveOfForce : ClauseRule
{
    public override string Name => "source:reduced-passive";
    public override bool Apply(ClauseFrame f)
    {
        if (f.IsNounHeaded || f.IsPassive || f.Background || f.Entry.Type is not (EventType.Assault or EventType.Coerce) || f.Entry.Elements.Length > 0) return false;
        var d = f.Document;
        int next = PatternMatcher.SkipAdverbs(d, f.Trigger + 1, f.Sentence.EndToken);
        if (next < f.Sentence.EndToken && d.TextOf(next) is "by") return false;
        if (ModifiesANounBefore(f)) { f.IsPassive = true; return true; }
        if (EndsADisplayClause(f, next)) { f.IsPassive = true; return true; }
        if (next >= f.Sentence.EndToken || d.Tags[next] != PartOfSpeech.Preposition) return false;
        // A form the tagger read as a past tense is a participle too when the clause's own verb is still to come ("soldiers
        // killed in the raid were buried"): the two forms are one word for most verbs.
        bool finiteFollows = FiniteVerbFollows(d, f);
        bool participle = ParticipleWithAgentIsPassive.IsParticiple(f) || finiteFollows && d.Syntax!.Penn[f.Trigger] == "VBD";
        if (!participle || ParticipleWithAgentIsPassive.HasPerfectAuxiliary(f)) return false;
        // Only where the participle cannot be the clause's own verb: after a comma ("dead, killed in"), after the object
        // of a preposition ("support of Palestinians injured in"), or with the clause's verb still to come ("soldiers
        // injured in clashes were flown home"). "Soldiers attacked in the north" stays active.
        // A headline or caption drops the auxiliary: "Kenyan officer killed in Haiti gang ambush" is the officer's death.
        if (!AfterComma(d, f) && !AfterPrepositionalObject(f) && !finiteFollows && !(ParticipleWithAgentIsPassive.IsParticiple(f) && EventCoreference.IsDisplaySentence(d, f.Context.Index)))
            return false;
        f.IsPassive = true;
        return true;
    }

    // "At least 14 civilians killed, aid groups say", "Two soldiers wounded": in a headline, sub-headline or caption, a
    // past form of force that ends its clause (at a comma, a colon or the end) has dropped its auxiliary; its subject is
    // the victim. An active past would have its object after it.
    private static bool EndsADisplayClause(ClauseFrame f, int next)
    {
        var d = f.Document;
        if (next < f.Sentence.EndToken && d.TextOf(next) is not ("," or ":" or ";" or "-" or "–" or "—")) return false;
        return d.Syntax is { } tree && tree.Penn[f.Trigger] is "VBN" or "VBD" && EventCoreference.IsDisplaySentence(d, f.Context.Index);
    }

    // "agreed to release 12 fishermen detained last month": the tree hangs the participle, with no subject of its own, on
    // the noun before it; that noun is who was acted on.
    private static bool ModifiesANounBefore(ClauseFrame f)
    {
        if (f.Document.Syntax is not { } tree || tree.Penn[f.Trigger] != "VBN" || tree.RelationOf(f.Trigger) != DependencyRelation.Acl) return false;
        int noun = tree.HeadOf(f.Trigger);
        if (noun < 0 || noun >= f.Trigger || ParticipleWithAgentIsPassive.HasPerfectAuxiliary(f)) return false;
        // Only a noun that is another verb's object or oblique: ", where security forces clashed" and "troops clashed …,
        // officials said", misparsed as a noun and its participle, stay active.
        if (tree.RelationOf(noun) is not (DependencyRelation.Obj or DependencyRelation.Iobj or DependencyRelation.Obl or DependencyRelation.Nmod)) return false;
        for (int k = noun - 1; k > f.Sentence.FirstToken && k >= noun - 4; k--) if (f.Document.Tags[k] == PartOfSpeech.Wh) return false;
        return ClauseReader.SubjectChild(tree, f.Trigger) < 0;
    }

    private static bool AfterComma(Entente.Document d, ClauseFrame f) => f.Trigger > f.Sentence.FirstToken && d.TextOf(f.Trigger - 1) is ",";

    private static bool AfterPrepositionalObject(ClauseFrame f)
    {
        var before = f.Context.Groups.Find(g => g.End == f.Trigger);
        if (before is not null) return before.First > f.Sentence.FirstToken && f.Document.Tags[before.First - 1] == PartOfSpeech.Preposition;
        // A noun phrase naming no actor: "the release of its citizen detained in China".
        var d = f.Document;
        int k = f.Trigger - 1;
        if (k <= f.Sentence.FirstToken || d.Tags[k] is not (PartOfSpeech.Noun or PartOfSpeech.ProperNoun)) return false;
        while (k > f.Sentence.FirstToken && d.Tags[k] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Adjective or PartOfSpeech.Number
               or PartOfSpeech.Determiner or PartOfSpeech.Possessive || d.TextOf(k) is "its" or "their" or "his" or "her" or "our") k--;
        return d.Tags[k] == PartOfSpeech.Preposition && d.TextOf(k) is not "by";
    }

    private static bool FiniteVerbFollows(Entente.Document d, ClauseFrame f)
    {
        for (int i = f.Match.End; i < f.Sentence.EndToken; i++)
        {
            // "Soldiers attacked in the north as talks were under way": a verb of another clause.
            if (d.TextOf(i) is "," or ";" or "and" or "but" || d.Tags[i] is PartOfSpeech.Subordinator or PartOfSpeech.Wh) return false;
            if (d.TextOf(i) is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would") return true;
        }
        return false;
    }
}

/// <summary>"Three soldiers were killed by a roadside bomb outside Basra": an attack with no named attacker is coded to
/// the state where it happened (CAMEO's convention).</summary>
internal sealed class UnnamedAttackerIsPlace : ClauseRule
{
    private static bool IsSubjectOfAnotherVerb(SyntaxLayer tree, ActorGroup group, int trigger)
    {
        for (int k = group.First; k < group.End; k++)
            if (tree.RelationOf(k).IsSubject() && tree.HeadOf(k) != trigger && (tree.HeadOf(k) < group.First || tree.HeadOf(k) >= group.End)) return true;
        return false;
    }

    public override string Name => "source:attack-location";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsPassive || f.AgentRead || f.Source is null || f.Entry.Type is not (EventType.Assault or EventType.Coerce)) return false;
        if (Phrases.Location(f.Document, f.Match.End, f.Sentence, f.Context.Groups, f.Source, f.Context.Words) is not { } where
            || where.Members.Exists(m => m.Sector == "IGO")) return false;
        // "killed in an attack that Islamabad blamed on Kabul": the subject of another clause is no place.
        if (f.Document.Syntax is { } tree && IsSubjectOfAnotherVerb(tree, where, f.Trigger)) return false;
        f.ActedBy(where);
        return true;
    }
}

/// <summary>"Russia's ambassador to Seoul was summoned over his remarks", "two Iranian diplomats in Berlin were expelled": an
/// envoy summoned or expelled with no agent named is summoned or expelled by the state they are posted to, named after "to"
/// or "in"; the act is aimed at the state that sent them.</summary>
internal sealed class HostActsOnTheEnvoy : ClauseRule
{
    public override string Name => "source:host-of-envoy";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsPassive || f.AgentRead || f.Entry.Lemma is not ("summon" or "expel") || f.Source is not { } sender) return false;
        var d = f.Document;
        for (int i = sender.First; i < f.Trigger - 2; i++)
        {
            if (!f.Context.Words.Envoy.Contains(d.TextOf(i)) || d.TextOf(i + 1) is not ("to" or "in")) continue;
            if (f.Context.Groups.OpeningAfter(d, i + 1, actorOnly: true) is not { } host || host.CodesWithin(sender)) return false;
            f.ActedBy(host);
            return true;
        }
        // "The Chinese ambassador was summoned to the foreign ministry in Manila": the host named where it happened.
        if (!sender.Members.Exists(m => m.Kind == ActorKind.State) || !EnvoyNamedIn(f, sender)
            || Phrases.Location(d, f.Match.End, f.Sentence, f.Context.Groups, sender, f.Context.Words) is not { } place || place.CodesWithin(sender)) return false;
        f.ActedBy(place);
        return true;
    }

    // The sender's mention is an envoy's description ("the Chinese ambassador"), not the state itself.
    private static bool EnvoyNamedIn(ClauseFrame f, ActorGroup sender)
    {
        for (int i = sender.First; i < f.Trigger && i <= sender.End + 1; i++)
            if (f.Context.Words.Envoy.Contains(f.Document.TextOf(i))) return true;
        return false;
    }
}

/// <summary>"Sanctions on Iran's oil sector were tightened, the U.S. Treasury announced": a measure (a sanction, aid, a
/// concession) told in the passive with no agent is the act of the state organ that announces it after the clause. So is
/// an arrest, detention, seizure or expulsion (CAMEO 171–174) that a state's police, coast guard, army or government
/// announces of another state's people ("Fourteen Sri Lankan fishermen were arrested …, Indian coast guard officials
/// said"). Not force: "the drone was shot down, the Pentagon said" is not the Pentagon's deed.</summary>
internal sealed class AnnouncerOfPassiveMeasureIsSource : ClauseRule
{
    public override string Name => "source:announcer-of-measure";
    public override bool Apply(ClauseFrame f)
    {
        bool custody = f.Entry.Type == EventType.Coerce && f.Entry.Cameo is ['1', '7', '1' or '2' or '3' or '4', ..];
        if (!f.IsPassive || f.AgentRead || f.Entry.Type is not (EventType.Sanction or EventType.Aid or EventType.Concede) && !custody) return false;
        if (TrailingAnnouncer(f) is not { } announcer || EventCoder.IsCommentator(announcer)
            || !announcer.Members.TrueForAll(m => m.Sector is "GOV" or null || custody && m.Sector is "COP" or "MIL" or "CG")
            || f.Source is { } patient && announcer.CodesWithin(patient) || custody && f.Source is null) return false;
        f.ActedBy(announcer);
        return true;
    }

    /// <summary>", the U.S. Treasury announced": the subject of a speech verb within the few words after a comma past the
    /// trigger's pattern, or null.</summary>
    internal static ActorGroup? TrailingAnnouncer(ClauseFrame f)
    {
        var d = f.Document;
        for (int k = f.Match.End; k < f.Sentence.EndToken; k++)
        {
            if (d.TextOf(k) is not "," || k + 1 >= f.Sentence.EndToken) continue;
            for (int verb = k + 1; verb < f.Sentence.EndToken && verb <= k + 6; verb++)
            {
                if (d.Tags[verb] != PartOfSpeech.Verb || !PersonFinder.IsSpeechVerb(d.TextOf(verb))) continue;
                return f.Context.Reader.SubjectOf(verb) is { } announcer && announcer.First >= k ? announcer : null;
            }
        }
        return null;
    }
}

/// <summary>"A security pact with Japan was signed in Manila, the Philippine defence ministry said", "Officials in Niger said
/// a deal with Chad was signed": an agreement told in the passive with no agent, whose subject names only the partner after
/// "with", is the announcing government's, with that partner.</summary>
internal sealed class AnnouncerIsPartyToPassiveDeal : ClauseRule
{
    public override string Name => "source:announcer-of-deal";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsPassive || f.AgentRead || f.Entry.Type is not (EventType.Agree or EventType.Cooperate) || f.Target is not null
            || f.Source is not { } partner || partner.End > f.Trigger) return false;
        var d = f.Document;
        int with = Phrases.WordBeforeDeterminers(d, partner.First, f.Sentence);
        if (with <= f.Sentence.FirstToken || d.TextOf(with) is not "with") return false;
        var announcer = f.Context.Reader.ClaimOf(f.Trigger, partner)?.Speaker ?? AnnouncerOfPassiveMeasureIsSource.TrailingAnnouncer(f);
        if (announcer is null || EventCoder.IsCommentator(announcer) || !announcer.Members.TrueForAll(m => m.Sector is "GOV" or "MIL" or null)
            || announcer.CodesWithin(partner) || partner.CodesWithin(announcer)) return false;
        f.ActedBy(announcer);
        return true;
    }
}

/// <summary>"A U.S. drone was shot down over the Black Sea, the Pentagon said, blaming a Russian fighter jet": force told in
/// the passive with no agent is the deed of whoever the sentence blames for it (list 'blaming').</summary>
internal sealed class BlamedActorIsSourceOfPassiveForce : ClauseRule
{
    public override string Name => "source:blamed-for-passive-force";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsPassive || f.AgentRead || f.Entry.Type is not (EventType.Assault or EventType.Coerce)) return false;
        var d = f.Document;
        for (int k = f.Match.End; k + 1 < f.Sentence.EndToken; k++)
        {
            if (!f.Context.Words.Blaming.Contains(d.TextOf(k))) continue;
            int at = k + 1;
            while (at < f.Sentence.EndToken && d.Tags[at] == PartOfSpeech.Determiner) at++;
            if (f.Context.Groups.StartingAt(at, actorOnly: true) is not { } blamed || f.Source is { } patient && blamed.CodesWithin(patient)) return false;
            f.ActedBy(blamed);
            return true;
        }
        return false;
    }
}

/// <summary>"NATO fighter jets were scrambled", "Russian troops were deployed to the border": a show of force told in the
/// passive with no agent, whose subject is forces or military craft (list 'moved-force') that an actor owns, is that owner's
/// show of force, read as in the active.</summary>
internal sealed class OwnerOfForcesMovedIsSource : ClauseRule
{
    public override string Name => "source:owner-of-forces-moved";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsPassive || f.AgentRead || f.Entry.Type != EventType.Mobilize || f.IsNounHeaded || f.Source is not { } owner
            || f.Document.Syntax is not { } tree) return false;
        int forces = tree.ChildWith(f.Trigger, DependencyRelation.NsubjPass);
        if (forces < 0 || !f.Context.Words.MovedForce.Contains(f.Document.TextOf(forces))) return false;
        // The owner is named before the forces ("NATO jets", "Russia's troops", "Russian troops"), inside their phrase; "security
        // forces were sent to the area" names no one, whatever state the story lends them.
        if (owner.First >= forces || owner.End < forces || !tree.Dominates(forces, owner.First)
            || owner.Members.Exists(m => GenericGroups.IsGenericGroup(m))) return false;
        // Told as done ("were deployed", "have been scrambled"), not a standing posture ("are stationed in South Korea").
        if (!ToldAsDone(f.Document, tree, f.Trigger)) return false;
        f.IsPassive = false;
        return true;
    }

    private static bool ToldAsDone(Document d, SyntaxLayer tree, int participle)
    {
        foreach (int child in tree.ChildrenOf(participle))
            if (tree.RelationOf(child) == DependencyRelation.AuxPass) return d.TextOf(child) is "was" or "were" or "been";
        return false;
    }
}

/// <summary>"The Indian chargé d'affaires was summoned to the foreign office in Islamabad", "Pakistan's foreign office said the
/// Indian envoy had been summoned": an envoy summoned with no one named as doing it is summoned by the state where it is
/// done (a place after "in") or by the state that tells of it (the subject of a speech verb before), never the envoy's own.</summary>
internal sealed class SummoningStateOfAnEnvoy : ClauseRule
{
    // How far after the participle the place may be named.
    private const int Reach = 10;

    public override string Name => "source:summoning-state";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsPassive || f.AgentRead || f.Source is not { } envoy || f.Document.Syntax is not { } tree || tree.LemmaOf(f.Trigger) is not "summon") return false;
        var d = f.Document;
        ActorGroup? host = null;
        foreach (var g in f.Context.Groups)
            if (g.First > f.Trigger && g.First <= f.Trigger + Reach && g.First > 0 && d.TextOf(g.First - 1) is "in" && !g.CodesWithin(envoy)
                && g.Members.TrueForAll(m => m.IsState)) { host = g; break; }
        for (int k = f.Trigger - 1; host is null && k > f.Sentence.FirstToken; k--)
            if (PersonFinder.IsSpeechVerb(d.TextOf(k)) && f.Context.Reader.SubjectOf(k) is { IsPlace: false } teller && !teller.CodesWithin(envoy)) host = teller;
        if (host is null) return false;
        f.ActedBy(host);
        return true;
    }
}

/// <summary>"Talks were held": a passive with no agent names no actor, except for joint acts whose subject did them together and
/// forces withdrawn, whom their own side withdrew.</summary>
internal sealed class PassiveWithoutAgentHasNoSource : ClauseRule
{
    public override string Name => "source:passive-without-agent";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.IsPassive || f.AgentRead || EventCoder.Symmetric.Contains(f.Entry.Type) || f.Source is null) return false;
        // "Thai troops were pulled back from the temple area": forces withdrawn are withdrawn by their own side.
        if (f.Entry.Type == EventType.Retreat && f.Source.Members.TrueForAll(m => m.Sector == "MIL")) return false;
        f.Source = null;
        return true;
    }
}

/// <summary>"'Such provocations will not be tolerated,' the army said", "any further hostile acts would not go unanswered, the
/// ministry added": a refusal to let an act pass whose subject names no actor is the warning of whoever says it.</summary>
internal sealed class SpeakerOfARefusalWarns : ClauseRule
{
    internal const string RuleName = "source:speaker-of-refusal";
    public override string Name => RuleName;
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not null || f.IsNounHeaded || !RefusalToTolerateIsWarning.IsToleranceVerb(f) || !Phrases.WillNotBefore(f.Document, f.Trigger, f.Sentence)) return false;
        f.Source = (f.Context.Reader.ClaimOf(f.Trigger, null) ?? Attribution.Trailing(f.Context, f.Match.End - 1))?.Speaker;
        return f.Source is not null;
    }
}

/// <summary>"A prisoner exchange was agreed between Russia and Ukraine": a joint act told in the passive with no agent is done
/// by the parties its "between" phrase names.</summary>
internal sealed class PassiveBetweenParties : ClauseRule
{
    public override string Name => "source:passive-between";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not null || f.IsNounHeaded || !f.IsPassive || f.AgentRead || !EventCoder.Symmetric.Contains(f.Entry.Type)) return false;
        f.Source = Phrases.Between(f.Document, PatternMatcher.SkipAdverbs(f.Document, f.Match.End, f.Sentence.EndToken), f.Sentence, f.Context.Groups);
        return f.Source is not null;
    }
}

/// <summary>"a meeting requested by the United States and Japan", "Russia, backed by China, vetoed …": a past participle
/// with no auxiliary and a "by" phrase is a passive; its agent acts, and the actor it describes is acted upon.</summary>
internal sealed class ParticipleWithAgentIsPassive : ClauseRule
{
    public override string Name => "source:participle-agent";
    public override bool Apply(ClauseFrame f)
    {
        // An adjective entry ("alarmed by X") is felt by its subject, whatever tag the participle got.
        if (f.IsNounHeaded || f.IsPassive || f.AgentRead || f.Background || f.Entry.Head == EntryHead.Adjective) return false;
        // The "by" phrase follows the participle itself ("requested by"), not a noun after it ("rejected calls by Belarus").
        // Checked first: it is cheap and rules out almost every verb before the participle's forms are looked up.
        int by = PatternMatcher.SkipAdverbs(f.Document, f.Trigger + 1, f.Sentence.EndToken);
        if (by >= f.Sentence.EndToken || f.Document.TextOf(by) is not "by") return false;
        // "spoke by phone with …", "arrived by sea": a bare singular noun that names no one tells the means, not the agent.
        if (by + 1 < f.Sentence.EndToken && f.Document.Syntax!.Penn[by + 1] == "NN" && f.Context.Groups.Holding(by + 1) is null) return false;
        if (!IsParticiple(f) || HasPerfectAuxiliary(f)) return false;
        if (f.Context.Reader.ObjectAfter(by + 1, 5) is not { } agent || agent == f.Source) return false;
        // "sanctions imposed by the EU on Belarus": where the participle's subject names no actor, the pattern's slot keeps the target.
        // "welcomed the ceasefire announced by Armenia and Azerbaijan": a participle describing a thing, not an actor, is
        // not aimed at whoever does the clause it sits in; a broker's or host's is ("a swap mediated by the UAE": list 'brokering').
        if (DescribesAThing(f) && !f.Context.Words.Brokering.Contains(f.Document.Syntax!.LemmaOf(f.Trigger))) f.Source = null;
        f.ActedBy(agent);
        f.IsPassive = true;
        return true;
    }

    // The participle modifies a noun that names no actor ("the truce announced by …").
    private static bool DescribesAThing(ClauseFrame f) => DescribedNoun(f) is int described and >= 0 && f.Context.Groups.Holding(described) is null;

    /// <summary>The noun before the trigger that the trigger, a participle, describes ("the truce announced by …"), or -1.</summary>
    internal static int DescribedNoun(ClauseFrame f) =>
        f.Document.Syntax is { } tree && tree.RelationOf(f.Trigger) == DependencyRelation.Acl && tree.HeadOf(f.Trigger) is int described
        && described >= 0 && described < f.Trigger ? described : -1;

    /// <summary>"has requested by …" is a perfect, not a passive: "have" in the two words before the participle.</summary>
    internal static bool HasPerfectAuxiliary(ClauseFrame f)
    {
        for (int i = f.Trigger - 1; i >= f.Sentence.FirstToken && i >= f.Trigger - 2; i--)
            if (f.Document.TextOf(i) is "have" or "has" or "had" or "having" or "'ve" or "’ve") return true;
        return false;
    }

    internal static bool IsParticiple(ClauseFrame f) => f.Document.Syntax!.Penn[f.Trigger] == "VBN";
}

/// <summary>"Russian forces launched a drone attack on Kyiv … The strikes also hit Lviv": an attack told with a definite
/// attack noun as subject ("the strikes", "these missiles") and no attacker named is the attack told in the sentence or the
/// two before, whose doer struck again.</summary>
internal sealed class DefiniteAttackNounIsTheEarlierAttack : ClauseRule
{
    // Sentences back where the attack referred to may be told.
    private const int Reach = 2;

    public override string Name => "source:earlier-attack";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not null || f.IsNounHeaded || f.IsPassive || f.Entry.Type != EventType.Assault) return false;
        int head = UnattributedAttackIsPlace.SubjectNoun(f);
        if (head < 0 || !f.Context.Words.AttackNouns.Contains(f.Document.TextOf(head)) || !IsDefinite(f.Document, head, f.Sentence) || LastAttack(f) is not { } earlier) return false;
        f.Source = new ActorGroup { First = head, End = head + 1 }.With(earlier.Source with { Rule = $"ref:earlier-attack→{earlier.Source.Name}" });
        return true;
    }

    private static bool IsDefinite(Document d, int head, Sentence sentence)
    {
        for (int i = head - 1; i >= sentence.FirstToken && i >= head - 4; i--)
        {
            if (d.TextOf(i) is "the" or "The" or "these" or "These" or "those" or "Those") return true;
            if (d.Tags[i] is not (PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.Adverb)) return false;
        }
        return false;
    }

    // The latest assault with a named doer told before, in this sentence or the two before.
    private static Event? LastAttack(ClauseFrame f)
    {
        for (int k = f.Context.Earlier.Count - 1; k >= 0; k--)
        {
            var e = f.Context.Earlier[k];
            if (f.Context.Index - e.SentenceIndex > Reach) break;
            if (e.Type == EventType.Assault && !e.IsBackground && e.Source.Code.Value != "*") return e;
        }
        return null;
    }
}

/// <summary>"A car bomb in Kabul killed six soldiers": an attack told with the weapon or blast as subject and no attacker
/// named was done from the place where it struck (list 'attack-nouns' for the subject's head noun).</summary>
internal sealed class UnattributedAttackIsPlace : ClauseRule
{
    public override string Name => "source:unattributed-attack";

    /// <summary>The subject's head noun: the last noun before the verb, past time phrases and the place phrase; or -1.</summary>
    internal static int SubjectNoun(ClauseFrame f)
    {
        var d = f.Document;
        int head = -1;
        for (int i = f.Trigger - 1; i >= f.Sentence.FirstToken; i--)
        {
            if (d.TextOf(i) is "," or ";" || d.Tags[i] is PartOfSpeech.Verb or PartOfSpeech.Subordinator) break;
            if (d.Tags[i] == PartOfSpeech.Preposition) head = -1;
            else if (head < 0 && d.Tags[i] == PartOfSpeech.Noun) head = i;
            if (i == f.Sentence.FirstToken || d.Tags[i - 1] is PartOfSpeech.Determiner && i - 1 == f.Sentence.FirstToken) break;
        }
        return head;
    }

    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not null || f.IsNounHeaded || f.IsPassive || f.Entry.Type != EventType.Assault) return false;
        var d = f.Document;
        int head = SubjectNoun(f);
        if (head < 0 || !f.Context.Words.AttackNouns.Contains(d.TextOf(head))) return false;
        var where = Phrases.Location(d, f.Sentence.FirstToken, f.Sentence, f.Context.Groups, f.Target, f.Context.Words);
        if (where is null || where.Members.Exists(m => m.Sector == "IGO")) return false;
        f.Source = where;
        return true;
    }
}

/// <summary>"named in articles by the Financial Times as one of the ships Tehran uses to import …": the press reports and
/// comments; an act only words can do (accusing, demanding, rejecting, threatening, backing) may be a state outlet's, but
/// an outlet that imports, attacks, meets or signs was read where another actor acts.</summary>
internal sealed class PressDoesNoDeeds : ClauseRule
{
    public override string Name => "drop:press-deed";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not { } source || !source.Members.TrueForAll(m => m.Sector == "MED") || VerbalActs.Contains(f.Entry.Type)) return false;
        f.Dropped = true;
        return true;
    }

    private static readonly HashSet<EventType> VerbalActs = [EventType.Accuse, EventType.Request, EventType.Reject, EventType.Threaten, EventType.Support, EventType.Protest];
}

/// <summary>"Samsung attacked the mid-range market", "the carmaker launched an assault on Thai buyers": force told of a
/// company is its trade, figuratively; companies do not wage war. (Their threats can be real: "Gazprom threatened to cut
/// supplies".)</summary>
internal sealed class CompanyForceIsFigurative : ClauseRule
{
    public override string Name => "drop:company-force";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Entry.Type != EventType.Assault || f.Source is not { } source || !source.Members.TrueForAll(m => m.Sector == "BUS")) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>"A Chilean blockade would cripple trade, officials in Lima warned.": a bare warning verb closing the sentence
/// after its subject, itself after a comma, attributes the words before it; what they say is read on its own (a threat of
/// the speaker's own is coded from them), and the attribution is no threat.</summary>
internal sealed class WarningTailIsAttribution : ClauseRule
{
    public override string Name => "drop:warning-attribution";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Entry.Type != EventType.Threaten || f.IsNounHeaded || f.Source is not { } source || f.Match.End != f.Trigger + 1) return false;
        var d = f.Document;
        int after = f.Trigger + 1;
        while (after < f.Sentence.EndToken && d.Tokens[after].Kind == TokenKind.Quote) after++;
        if (after < f.Sentence.EndToken && d.TextOf(after) is not ".") return false;
        // The subject's words, back to the comma: no verb among them, and the source inside them.
        for (int k = f.Trigger - 1; k > f.Sentence.FirstToken && k >= f.Trigger - 6; k--)
        {
            if (d.Tags[k] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary) return false;
            if (d.TextOf(k) is not ",") continue;
            // "'We will strike back,' the commander warned": a direct quotation's warning is the speaker's own.
            if (source.First <= k || k > f.Sentence.FirstToken && d.Tokens[k - 1].Kind == TokenKind.Quote || k + 1 < f.Trigger && d.Tokens[k + 1].Kind == TokenKind.Quote) return false;
            f.Dropped = true;
            return true;
        }
        return false;
    }
}

/// <summary>"their partnership has helped Bolivia evade the embargo", "growing ties between Seoul and Tokyo worry
/// Beijing": a relation between actors as a verb's subject is commentary on the relation, not an act of its parties
/// (list 'relation'). A named body ("the alliance") is an actor of its own and is not read through this rule.</summary>
internal sealed class RelationDoesNoDeeds : SubjectWordDoesNoDeeds
{
    public override string Name => "drop:relation-as-subject";
    protected override WordSet Words(CodingWords words) => words.Relation;
}

/// <summary>"Weak Chinese export figures threaten to derail a recovery", "Russian oil prices hit a new low": economic figures
/// (list 'economic-figure') act on nothing; the state whose adjective modifies them is no doer.</summary>
internal sealed class EconomicFigureDoesNoDeeds : SubjectWordDoesNoDeeds
{
    public override string Name => "drop:economic-figure-as-subject";
    protected override WordSet Words(CodingWords words) => words.EconomicFigure;
}

/// <summary>A subject word of a list names no actor, whatever actor modifies it: the clause is no one's act.</summary>
internal abstract class SubjectWordDoesNoDeeds : ClauseRule
{
    /// <summary>The words that, heading the subject, make the clause no one's act.</summary>
    protected abstract WordSet Words(CodingWords words);

    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not { } source || f.IsNounHeaded || f.AgentRead || f.Document.Syntax is not { } tree) return false;
        foreach (int subject in tree.ChildrenOf(f.Trigger))
        {
            if (tree.RelationOf(subject) != DependencyRelation.Nsubj || !Words(f.Context.Words).Contains(f.Document.TextOf(subject))) continue;
            // The parties only modify the relation word; a name holding it ("the Partnership for Peace") is an actor.
            if (Phrases.MentionAt(f.Document, subject) is not null) return false;
            f.Dropped = true;
            return true;
        }
        return false;
    }
}

/// <summary>"Varga, a senior analyst, warns that …", "experts urged …": analysts and scholars comment on what states do;
/// their warnings, criticism and advice are not acts between the actors news is about, and neither are those of commentators
/// the source names only the workplace or home of ("Analysts at the Crisis Group warned …"). An institution named as such (a
/// think tank's statement) still acts.</summary>
internal sealed class AnalystsDoNoDeeds : ClauseRule
{
    public override string Name => "drop:analyst-comment";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not { } source || !source.Members.TrueForAll(m => m.Sector == "EDU" && (m.Person is not null || GenericGroups.IsGenericGroup(m)))
            && !NamesCommentatorsAffiliation(f, source))
            return false;
        f.Dropped = true;
        return true;
    }

    // "Analysts at the International Crisis Group", "experts from Japan": the source only says where commentators (list
    // 'commentator-noun') work or come from.
    private static bool NamesCommentatorsAffiliation(ClauseFrame f, ActorGroup source)
    {
        var d = f.Document;
        int k = Phrases.WordBeforeDeterminers(d, source.First, f.Sentence);
        return k > f.Sentence.FirstToken && d.TextOf(k) is "at" or "from" or "with" or "of" && f.Context.Words.CommentatorNoun.Contains(d.TextOf(k - 1));
    }
}

/// <summary>"Former Australian trade minister Peter Hallam accused Beijing …", "a former U.S. ambassador said …": people
/// named by an office they no longer hold (sector ELI) speak and act for themselves, not for the state; their comment is
/// no act between the actors news is about. ("Then-president X signed …" held the office then, and acts for the state.)</summary>
internal sealed class FormerOfficialsDoNoStateDeeds : ClauseRule
{
    public override string Name => "drop:former-official";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not { Members.Count: > 0 } source || !source.Members.TrueForAll(IsFormer) || NamesWhoseFollowers(f.Document, f.Sentence, source.First)) return false;
        f.Dropped = true;
        return true;
    }

    /// <summary>A person named by an office no longer held.</summary>
    internal static bool IsFormer(Actor actor) => actor.OutOfOffice && actor.Sector == "ELI";

    /// <summary>"supporters of former President Ben Bella blocked roads": a former official named in a phrase of another head
    /// (after "of", "for" or "to" in the words before) only says whose followers act.</summary>
    internal static bool NamesWhoseFollowers(Document d, Sentence sentence, int first)
    {
        for (int k = first - 1; k >= sentence.FirstToken && k >= first - 5; k--)
        {
            if (d.TextOf(k) is "of" or "for" or "to") return true;
            if (d.Tags[k] is PartOfSpeech.Verb or PartOfSpeech.Punctuation) break;
        }
        return false;
    }
}

/// <summary>"Chinese tourists visited Vietnam", "Japanese students visited Seoul": a visit by private people (civilians,
/// business people) is travel, not a state's or body's visit.</summary>
internal sealed class PrivateVisitIsNoVisit : ClauseRule
{
    public override string Name => "drop:private-visit";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Entry.Cameo is not ("042" or "043") || f.Source is not { Members.Count: > 0 } source || !source.Members.TrueForAll(m => m.Sector is "CVL" or "BUS")) return false;
        f.Dropped = true;
        return true;
    }
}

/// <summary>No actor does the act: the frame yields no event.</summary>
internal sealed class SourceRequired : ClauseRule
{
    public override string Name => "drop:no-source";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Source is not null) return false;
        f.Dropped = true;
        return true;
    }
}
