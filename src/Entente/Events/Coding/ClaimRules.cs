using Entente.Events;
using Entente.Actors;
using Entente.Language;

namespace Entente.Events.Coding;

// Who says the act happened, and what that makes of it: the act itself, an opinion, or an accusation.

/// <summary>"X said (that) …": the speaker and speech verb whose complement holds the trigger.</summary>
internal sealed class SpeakerOfClaim : ClauseRule
{
    public override string Name => "claim:speaker";
    public override bool Apply(ClauseFrame f)
    {
        f.Claim = f.Context.Reader.ClaimOf(f.Trigger, f.Source);
        return f.Claim is not null;
    }
}

/// <summary>"accused NATO of overstepping …", "… of shelling its posts, killing two soldiers": the act the accused is alleged
/// to have done, and the harm a participle after it tells, are a third party's claim.</summary>
internal sealed class AllegedActIsThirdParty : ClauseRule
{
    public override string Name => "claim:alleged-act";
    public override bool Apply(ClauseFrame f)
    {
        if (!f.InAllegedClause && (f.IsNounHeaded || !f.Context.Reader.TellsMoreOfAnAllegedDeed(f.Trigger))) return false;
        // "…, a charge Pristina denied": the accused's own finite denial answers the charge; it is not part of it.
        if (f.Entry.Type == EventType.Reject && !f.IsNounHeaded && !f.Document.TextOf(f.Trigger).EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return false;
        f.ThirdParty = true;
        return true;
    }
}

/// <summary>"agents allegedly offered bribes …", "the ship purportedly carried arms": an act the text itself marks as alleged
/// (list 'allegedly', before the trigger in its own clause, or on a verb above it or that verb's subject: "a video purportedly
/// showing …", "unconfirmed reports said …") is someone's unproven claim, not a reported act.</summary>
internal sealed class AllegedlyIsAClaim : ClauseRule
{
    public override string Name => "claim:allegedly";
    public override bool Apply(ClauseFrame f)
    {
        var d = f.Document;
        int from = Math.Max(Math.Max(f.Source!.End, f.Sentence.FirstToken), f.Trigger - 4);
        for (int i = f.Trigger - 1; i >= from; i--)
        {
            if (d.TextOf(i) is "," or ";") break;
            if (!f.Context.Words.Allegedly.Contains(d.TextOf(i))) continue;
            f.ThirdParty = true;
            return true;
        }
        if (!HedgedAbove(f)) return false;
        f.ThirdParty = true;
        return true;
    }

    // "a video purportedly showing soldiers executing prisoners", "Unconfirmed reports said the commander had been killed":
    // a verb the trigger's phrase hangs from (up to three steps up the tree) is hedged, or so is the subject of it.
    private static bool HedgedAbove(ClauseFrame f)
    {
        if (f.Document.Syntax is not { } tree) return false;
        var hedges = f.Context.Words.Allegedly;
        int node = f.Trigger;
        for (int steps = 0; steps < 3 && tree.HeadOf(node) is int head and >= 0; steps++, node = head)
        {
            if (tree.Universal[head] != UniversalTag.Verb) continue;
            foreach (int child in tree.ChildrenOf(head))
            {
                if (child == node) continue;
                if (tree.RelationOf(child) == DependencyRelation.Advmod && hedges.Contains(f.Document.TextOf(child))) return true;
                if (tree.RelationOf(child).IsSubject())
                    foreach (int modifier in tree.ChildrenOf(child))
                        if (tree.RelationOf(modifier) == DependencyRelation.Amod && hedges.Contains(f.Document.TextOf(modifier))) return true;
            }
        }
        return false;
    }
}

/// <summary>"Analysts voiced concern that Moscow will supply jets to Pyongyang", "There is speculation that Pyongyang will send
/// troops": the act in the "that" clause of a noun of opinion or guesswork (list 'opinion-noun') is a view, whoever holds it.</summary>
internal sealed class OpinionNounContentIsAClaim : ClauseRule
{
    public override string Name => "claim:opinion-noun";
    public override bool Apply(ClauseFrame f)
    {
        if (f.ThirdParty || f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        int clause = ClauseReader.ClauseVerb(tree, f.Trigger);
        int mark = tree.ChildWith(clause, DependencyRelation.Mark);
        // "speculation that Peru sent rifles" may be parsed as a relative clause with "that" as its object or oblique: a
        // clause with a subject of its own after "that" cannot have "that" for an argument, so it is the conjunction.
        if (mark < 0 && tree.ChildWith(clause, DependencyRelation.Nsubj) is var subject and >= 0 && subject < clause)
            foreach (int child in tree.ChildrenOf(clause))
                if (child < subject && f.Document.TextOf(child) is "that") { mark = child; break; }
        // The noun right before "that" (the parse may hang the clause on the noun or, after "there is", on the verb), or the
        // subject of the verb the clause completes ("Rumours swirled in Moscow that …", "Speculation grew that …").
        if (mark <= f.Sentence.FirstToken || f.Document.TextOf(mark) is not "that") return false;
        bool opinion = f.Context.Words.OpinionNoun.Contains(f.Document.TextOf(mark - 1))
            || tree.HeadOf(clause) is int governor and >= 0 && OpinionHolder(tree, governor) is int holder and >= 0
               && f.Context.Words.OpinionNoun.Contains(f.Document.TextOf(holder));
        if (!opinion) return false;
        f.ThirdParty = true;
        return true;
    }

    // The noun the verb the clause completes says something of: its subject, or the noun it modifies ("Rumours | swirled").
    private static int OpinionHolder(SyntaxLayer tree, int governor)
    {
        int subject = tree.ChildWith(governor, DependencyRelation.Nsubj);
        if (subject >= 0) return subject;
        return tree.RelationOf(governor) == DependencyRelation.Acl ? tree.HeadOf(governor) : -1;
    }
}

/// <summary>"The court heard that Chilean agents had bombed the office", "the tribunal was told that …": what a court,
/// trial or inquiry (list 'testimony-body') hears is a witness's or prosecutor's claim, not a report of the act.</summary>
internal sealed class TestimonyIsAClaim : ClauseRule
{
    public override string Name => "claim:testimony";
    public override bool Apply(ClauseFrame f)
    {
        if (f.ThirdParty || f.IsNounHeaded || f.Document.Syntax is not { } tree) return false;
        int clause = ClauseReader.ClauseVerb(tree, f.Trigger);
        if (tree.RelationOf(clause) != DependencyRelation.Ccomp || tree.HeadOf(clause) is not (int governor and >= 0)
            || tree.LemmaOf(governor) is not ("hear" or "tell")) return false;
        int body = tree.ChildWith(governor, DependencyRelation.Nsubj);
        if (body < 0) body = tree.ChildWith(governor, DependencyRelation.NsubjPass);
        if (body < 0 || !f.Context.Words.TestimonyBody.Contains(f.Document.TextOf(body))) return false;
        f.ThirdParty = true;
        return true;
    }
}

/// <summary>"experts recommend that Seoul sign …": what is advised has not happened.</summary>
internal sealed class AdviceIsHypothetical : ClauseRule
{
    public override string Name => "claim:advice";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Claim is not { } c || !f.Context.Words.Advice.Contains(f.Document.TextOf(c.Verb))) return false;
        f.Mode = EventMode.Hypothetical;
        return true;
    }
}

/// <summary>Analysts, companies and the press comment: what they say is not an act of the state they belong to,
/// unless they speak of their own acts ("the union announced it had called off the strike").</summary>
internal sealed class CommentatorsClaimIsThirdParty : ClauseRule
{
    public override string Name => "claim:commentator";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Claim is not { Speaker: { } speaker } || !EventCoder.IsCommentator(speaker) || SpeaksOfOwnAct(f, speaker) || StateMediaOfTheDoer(f, speaker)
            || ReportOfObservableAct.IsNewsReport(f)) return false;
        f.ThirdParty = true;
        return true;
    }

    // "KCNA said Kim warned the United States …": a state's own media tell what its leaders and organs did; that is the
    // state's word, not an outsider's view.
    private static bool StateMediaOfTheDoer(ClauseFrame f, ActorGroup speaker) =>
        speaker.Members.TrueForAll(m => m.Sector == "MED") && f.Source!.Members.TrueForAll(x => x.Sector is not ("MED" or "EDU" or "CVL" or "BUS")
            && speaker.Members.Exists(m => m.Code == x.Code));

    private static bool SpeaksOfOwnAct(ClauseFrame f, ActorGroup speaker) =>
        f.Source!.Members.Exists(x => x.Rule.StartsWith("ref:speaker", StringComparison.Ordinal)
            || speaker.Members.Exists(sp => sp.Span == x.Span || (sp.Person is not null && sp.Person == x.Person)));
}

/// <summary>"Analysts say Tehran would welcome the closure", "experts believe Lima will retaliate": what unnamed commentators
/// (list 'commentator-noun', the speech verb's subject) say an actor does or would do is their reading, not the act.</summary>
internal sealed class UnnamedCommentatorsClaimIsThirdParty : ClauseRule
{
    public override string Name => "claim:unnamed-commentator";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Claim is not { Speaker: null, Verb: int verb and >= 0 } || f.Document.Syntax is not { } tree) return false;
        int subject = tree.ChildWith(verb, Language.DependencyRelation.Nsubj);
        if (subject < 0 || !f.Context.Words.CommentatorNoun.Contains(f.Document.TextOf(subject))) return false;
        f.ThirdParty = true;
        return true;
    }
}

/// <summary>"'Moscow will threaten Vilnius,' said Jane Doe, a researcher at the Baltic Institute": what a direct quotation
/// attributed to a commentator (list 'commentator-noun' in the attribution, or a speaker of a commentator's sector) says
/// happens is that commentator's view: a third party's claim.</summary>
internal sealed class QuotedCommentatorIsThirdParty : ClauseRule
{
    public override string Name => "claim:quoted-commentator";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Claim is not null || f.ThirdParty || f.Document.Syntax is null || AttributionAfterQuote(f) is not int verb) return false;
        var d = f.Document;
        // A speaker who is an actor decides; an unknown one ("Jane Doe") is described after the verb.
        var speaker = f.Context.Reader.SubjectOf(verb);
        if (speaker is not null && !EventCoder.IsCommentator(speaker)) return false;
        bool commentator = speaker is not null;
        for (int k = verb + 1; k < f.Sentence.EndToken && k <= verb + 12 && !commentator; k++)
            commentator = f.Context.Words.CommentatorNoun.Contains(d.TextOf(k));
        if (!commentator) return false;
        f.ThirdParty = true;
        return true;
    }

    /// <summary>The speech verb of the attribution after the direct quotation that holds the trigger, in its sentence, or null.</summary>
    internal static int? AttributionAfterQuote(ClauseFrame f)
    {
        var d = f.Document;
        int start = d.Tokens[f.Trigger].Start;
        Quotation? quote = null;
        foreach (var q in d.Quotes) if (q.Direct && q.Span.Start <= start && start < q.Span.End) { quote = q; break; }
        if (quote is null) return null;
        for (int k = f.Trigger + 1; k < f.Sentence.EndToken; k++)
            if (d.Tokens[k].Start >= quote.Span.End && d.Tags[k] == PartOfSpeech.Verb && PersonFinder.IsSpeechVerb(d.TextOf(k))) return k;
        return null;
    }
}

/// <summary>"'Chile harasses our fishermen every week,' Peru's minister said", "'Bolivia continues its raids on our farms,' the
/// president wrote": in a quotation attributed after it, an act told in the simple present says what its doer does — the
/// speaker's characterisation, a claim (which rule claim:of-another-actor makes an accusation), not a report of one act.</summary>
internal sealed class QuotedCharacterisationIsAClaim : ClauseRule
{
    public override string Name => "claim:quoted-characterisation";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Claim is not null || f.IsNounHeaded || f.Document.Syntax is not { } tree || tree.Penn[f.Trigger] is not ("VBZ" or "VBP")
            || QuotedCommentatorIsThirdParty.AttributionAfterQuote(f) is not int verb || f.Context.Reader.SubjectOf(verb) is not { } speaker || EventCoder.IsCommentator(speaker)) return false;
        // "'We strongly reject the allegations,' the spokesperson said": the speaker's own act in the present is done in the saying.
        if (f.Source is { } source && speaker.SharesCodeWith(source)) return false;
        f.Claim = (speaker, verb);
        return true;
    }
}

/// <summary>"The military said North Korea fired a missile": a plain report of an observable act (a launch, an attack,
/// a deployment) is the act itself, not an accusation by whoever reports it. Covert acts (arms supplies) and breaches that
/// are judgements ("violated our sovereignty", "breached the ceasefire", list 'judged-breach') stay claims.</summary>
internal sealed class ReportOfObservableAct : ClauseRule
{
    // "said hackers had broken into its networks", "said Russian intelligence had recruited the arsonist": an act of a kind
    // done unseen (list 'covert-codes'), or done by an intelligence service, is alleged by whoever tells it, not observed.
    private static bool IsCovert(ClauseFrame f) =>
        f.Context.Words.CovertCodes.Contains(f.Entry.Cameo) || f.Source is { } doer && doer.Members.TrueForAll(m => m.Sector is "INT" or "SPY")
        || f.Fired.Contains(AgentsActForTheirPrincipal.RuleName);

    public override string Name => "claim:report-of-observable-act";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Claim is not { } c || !Reports(f, c.Verb) || c.Speaker is { } speaker && EventCoder.IsCommentator(speaker) && !IsNewsReport(f)) return false;
        f.IsReport = true;
        return true;
    }

    /// <summary>"SANA said Israeli jets struck targets near Damascus", "Reuters reported that …", "the Syrian Observatory said
    /// Turkish drones struck a village": the press or a monitoring group reporting force, a seizure or a sanction — acts done
    /// in the open — tells the act; the outlet is its reporter, not its source, and the act is coded as any report. So does
    /// the press reporting a launch or a drill (a show of force, CAMEO 150). Movements and threats it reports ("moved
    /// missiles to its coast") often rest on unnamed intelligence and stay its account.</summary>
    internal static bool IsNewsReport(ClauseFrame f)
    {
        if (f.Claim is not { Speaker: { } speaker } c || !Reports(f, c.Verb)) return false;
        bool press = speaker.Members.TrueForAll(m => m.Sector == "MED");
        bool monitor = !press && speaker.Members.TrueForAll(m => m.Sector is "MED" or "CVL") && IsNamedBody(f.Document, speaker);
        return (press || monitor) && f.Entry.Type is EventType.Assault or EventType.Coerce or EventType.Sanction
               || press && f.Entry.Type == EventType.Mobilize && f.Entry.Cameo == "150";
    }

    // A monitoring group or rights body named by its own name ("the Syrian Observatory", "Human Rights Watch"), not witnesses
    // or victims described by a common noun ("Vietnamese fishermen said …"), whose account of what befell them is theirs.
    private static bool IsNamedBody(Document document, ActorGroup speaker) =>
        speaker.Members.TrueForAll(m => m.Person is null) && document.TextOf(speaker.End - 1) is [var initial, ..] && char.IsUpper(initial)
        && !(speaker.End < document.Tokens.Length && document.Tags[speaker.End] is PartOfSpeech.Noun);

    private static bool Reports(ClauseFrame f, int verb)
    {
        if (!f.Context.Words.Reporting.Contains(f.Document.TextOf(verb)) || !EventCoder.ObservableActs.Contains(f.Entry.Type)
            || f.MatchHolds(f.Context.Words.JudgedBreach) || IsCovert(f)) return false;
        // "'Chile harasses our fishermen every week,' Peru's minister said": a present-tense verb says what the actor does, a
        // characterisation rather than a report of one act; it stays the speaker's claim.
        return f.IsNounHeaded || f.Document.Syntax is not { } tree || tree.Penn[f.Trigger] is not ("VBZ" or "VBP");
    }
}

/// <summary>"Two Ukrainian nationals working for Moscow had planted explosives on the track, he told parliament": a deed told
/// as done through agents for a principal is alleged by whoever tells it, also when the attribution comes after it.</summary>
internal sealed class AgentsDeedIsTheTellersClaim : ClauseRule
{
    public override string Name => "claim:agents-deed";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Claim is not null || !f.Fired.Contains(AgentsActForTheirPrincipal.RuleName) || Attribution.Trailing(f.Context, f.Match.End - 1) is not { Speaker: not null } told) return false;
        f.Claim = told;
        return true;
    }
}

/// <summary>"Mali's junta rejected an AU offer of mediation, saying the bloc had sided with France": what a speaker says, in a
/// participle after its own hostile act (a rejection, a sanction, a protest), of that act's target is the grievance behind it:
/// the speaker's accusation of the target, not a deed the story reports.</summary>
internal sealed class GrievanceBehindAHostileAct : ClauseRule
{
    public override string Name => "claim:grievance-behind-hostile-act";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Accuse || f.Claim is not { Speaker: { } speaker } c || f.Document.Syntax is not { } tree || tree.Penn[c.Verb] != "VBG"
            || tree.HeadOf(c.Verb) is not (int governing and >= 0) || governing > c.Verb || speaker.SharesCodeWith(f.Source!)) return false;
        // The governing act is aimed at the one the participle speaks of ("rejected an AU offer …, saying the bloc …").
        if (!f.Context.CanBeVerbOf(governing, EventCoder.Hostile) || f.Context.Reader.ObjectOf(governing, governing + 1, hostile: true) is not { } aimed || !f.Source!.CodesWithin(aimed)) return false;
        f.Accuse = true;
        f.ThirdParty = true;
        return true;
    }
}

/// <summary>Another actor's claim of the act: an opinion (estimates, beliefs, commentators) is a third party's claim;
/// a state's claim that another did something hostile, or a wrong in itself (defying the law), is the state's accusation.</summary>
internal sealed class ClaimOfAnotherActor : ClauseRule
{
    public override string Name => "claim:of-another-actor";
    public override bool Apply(ClauseFrame f)
    {
        if (f.Claim is not { } c || f.IsReport) return false;
        var source = f.Source!;
        if (c.Speaker is { } sp && sp.SharesCodeWith(source)) return false;
        bool opinion = f.Context.Words.Cognition.Contains(f.Document.TextOf(c.Verb)) || c.Speaker is { } s && EventCoder.IsCommentator(s);
        bool hostile = c.Speaker is not null && (EventCoder.ClaimedAsAccusation.Contains(f.Entry.Type) || f.Context.Words.WrongdoingCodes.Contains(f.Entry.Cameo));
        // A state's own organs (government, army, intelligence service) that believe or estimate another's covert act accuse it.
        f.Accuse = hostile && (!opinion || c.Speaker!.Members.Exists(m => m.Sector is "GOV" or "MIL" or "INT" or null));
        // An alleged act stays a third party's claim whatever the claim itself is.
        f.ThirdParty |= opinion || f.Accuse;
        return true;
    }
}
