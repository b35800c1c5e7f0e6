using Entente.Actors;
using Entente.Events;
using Entente.Language;

namespace Entente.Events.Coding;

/// <summary>A named rule over all the events one sentence yielded (it may correct them or derive new ones).</summary>
internal interface ISentenceRule
{
    /// <summary>The rule's name, recorded on the events it changed or made.</summary>
    string Name { get; }

    /// <summary>Applies the rule to the sentence's events, <c>events[firstEvent..]</c>.</summary>
    void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory);
}

/// <summary>A named rule over all the events of an article, once the whole article is coded.</summary>
internal interface IArticleRule
{
    /// <summary>The rule's name, recorded on the events it changed.</summary>
    string Name { get; }

    /// <summary>Applies the rule.</summary>
    void Apply(Document document, List<Event> events, CodingWords words);
}

/// <summary>"Turkey hosted talks between Russia and Ukraine", "Qatar brokered a deal between Rwanda and Congo": a host's or
/// mediator's act (list 'hosting') whose object is talks (list 'meeting') or a deal (list 'brokered-agreement') "between" two
/// or more actors is also their meeting with each other, or their agreement.</summary>
internal sealed class PartiesOfAHostedAct : ISentenceRule
{
    public string Name => "sentence:parties-of-hosted-act";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, words) = (context.Document, context.Words);
        if (document.Syntax is not { } tree) return;
        int told = events.Count;
        for (int k = firstEvent; k < told; k++)
        {
            var hosted = events[k];
            if (hosted.Type != EventType.Consult || hosted.Mode != EventMode.Happened || hosted.IsBackground || document.TokenAt(hosted.Trigger.Start) is not (int verb and >= 0)
                || !words.Hosting.Contains(tree.LemmaOf(verb)) || tree.ChildWith(verb, DependencyRelation.Obj) is not (int act and >= 0)) continue;
            bool talks = words.Meeting.Contains(document.TextOf(act)), deal = !talks && words.BrokeredAgreement.Contains(document.TextOf(act));
            if (!talks && !deal || act + 1 >= context.Sentence.EndToken || document.TextOf(act + 1) is not "between"
                || context.Groups.Find(g => g.First == act + 2 || g.First == act + 3 && document.TextOf(act + 2) is "the") is not { Members.Count: > 1 } parties) continue;
            var trigger = TextSpan.FromBounds(document.Tokens[act].Start, document.Tokens[act + 1].End);
            var (type, cameo) = talks ? (EventType.Consult, "040") : (EventType.Agree, "057");
            for (int a = 0; a < parties.Members.Count; a++)
                for (int b = a + 1; b < parties.Members.Count; b++)
                {
                    var (first, second) = (parties.Members[a], parties.Members[b]);
                    if (first.Code == second.Code || context.HasTold(events, type, first, second)) continue;
                    events.Add(factory.Derived(context, first, second, type, cameo, act, trigger,
                        $"\"{document.TextOf(act)} between\": the parties of an act {document.TextOf(verb)} by another", Name));
                }
        }
    }
}

/// <summary>
/// "Students rallied in Ankara in support of the Palestinians", "Kenyans marched in protest against Uganda's tariffs": an
/// act done "in support of"/"in solidarity with" someone supports them, and civilians acting "in protest against/at/over"
/// someone protest against them. The actor is the subject of the verb the phrase hangs on; the phrase's actor is the
/// target (lists 'manner-support', 'manner-protest').
/// </summary>
internal sealed class InSupportOrProtestOf : ISentenceRule
{
    public string Name => "sentence:in-support-or-protest";

    /// <summary>
    /// Whether the word at <paramref name="i"/> opens "in support of/with" (true) or "in protest against/at/over" (false):
    /// null when it opens neither. Read from the words alone, so that <see cref="SentenceTriggers"/> can pass over a sentence
    /// whose only such word stands in no such phrase ("support for the plan") without parsing it.
    /// </summary>
    internal static bool? Opens(Document document, Sentence sentence, int i, CodingWords words)
    {
        if (i < sentence.FirstToken + 1 || i + 2 >= sentence.EndToken) return null;
        bool support = words.MannerSupport.Contains(document.TextOf(i)), protest = !support && words.MannerProtest.Contains(document.TextOf(i));
        if (!support && !protest || !document.TextOf(i - 1).Equals("in", StringComparison.OrdinalIgnoreCase)) return null;
        var link = document.TextOf(i + 1);
        if (support ? link is not ("of" or "with") : link is not ("against" or "at" or "over")) return null;
        return support;
    }

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, words) = (context.Document, context.Sentence, context.Words);
        for (int i = sentence.FirstToken + 1; i + 2 < sentence.EndToken; i++)
        {
            if (Opens(document, sentence, i, words) is not { } support) continue;
            bool protest = !support;
            var link = document.TextOf(i + 1);
            var tree = document.Syntax!;
            int verb = tree.HeadOf(i);
            if (verb < 0 || tree.Universal[verb] != UniversalTag.Verb) continue;
            var reader = context.Reader;
            if (reader.ObjectAfter(i + 2, 3) is not { } target || reader.SubjectOf(verb) is not { } actor) continue;
            foreach (var s in actor.Members)
            {
                // Governments and armies protest by other means; a rally "in protest" is civilians'.
                if (protest && s.Sector is not (null or "CVL" or "OPP" or "LAB" or "REL" or "EDU" or "NGO")) continue;
                foreach (var t in target.Members)
                {
                    if (s.Code == t.Code) continue;
                    events.Add(factory.Derived(context, s, t, support ? EventType.Support : EventType.Protest, support ? "051" : "141", i,
                        TextSpan.FromBounds(document.Tokens[i - 1].Start, document.Tokens[i + 1].End),
                        $"\"in {document.TextOf(i)} {link}\": the act is done for or against another actor", Name));
                }
            }
        }
    }
}

/// <summary>"The day after North Korea launched missiles, South Korea and the United States launched missiles": a show of
/// force with no target answers the hostile act of another actor told before it, after "after"/"following"/"in response".</summary>
internal sealed class ShowOfForceAnswersEarlierAct : ISentenceRule
{
    public string Name => "sentence:answers-earlier-act";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        // Found only when a show of force meets an earlier act: most sentences have neither, and the search reads every word.
        int? cue = null;
        bool? answersEarlier = null;
        for (int k = firstEvent; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Target is not null || e.Type is not (EventType.Mobilize or EventType.Threaten or EventType.Assault or EventType.Coerce)) continue;
            bool answered = false;
            for (int j = firstEvent; j < k && e.Type != EventType.Coerce; j++)
            {
                var earlier = events[j];
                // "after American and British warplanes carried out airstrikes": partners in one act do not answer each other.
                if (!IsHostile(earlier) || earlier.Source.Code == e.Source.Code || earlier.Trigger == e.Trigger
                    || Coordinated(context.Document.Text, earlier.Source.Span, e.Source.Span)) continue;
                cue ??= Phrases.FirstResponseCue(context.Document, context.Sentence, context.Words);
                if (cue >= earlier.Source.Span.Start) continue;
                events[k] = e.WithRule(Name) with { Target = earlier.Source };
                answered = true;
                break;
            }
            // "North Korea blew up the roads. The military fired warning shots in response.": a bare "in response" or "in
            // retaliation", or one to an act named again ("in response to the test"), answers the latest hostile act of
            // another actor told in the two sentences before.
            if (!answered && firstEvent > 0 && (answersEarlier ??= AnswersAnEarlierAct(context)) && LatestHostileBefore(context, events, firstEvent, e.Source.Code) is { } act)
                events[k] = e.WithRule(Name) with { Target = act.Source };
        }
    }

    private static bool IsHostile(Event e) => e.Type is EventType.Mobilize or EventType.Threaten or EventType.Assault or EventType.Coerce;

    // Two actors written side by side with only "and", "or" or a comma between them ("American and British warplanes").
    private static bool Coordinated(string text, TextSpan first, TextSpan second)
    {
        if (second.Start < first.End) (first, second) = (second, first);
        if (second.Start < first.End) return false;
        var between = text.AsSpan(first.End, second.Start - first.End).Trim();
        return between is "and" or "or" or "," or "&" or ", and";
    }

    // "in response" or "in retaliation" with nothing after it naming what is answered, or followed by a definite act noun
    // ("in response to the launches", "in retaliation for this attack"); not "in response to the pandemic".
    private static bool AnswersAnEarlierAct(SentenceContext context)
    {
        var (d, end) = (context.Document, context.Sentence.EndToken);
        for (int i = context.Sentence.FirstToken; i + 1 < end; i++)
        {
            if (d.TextOf(i) is not ("in" or "In") || d.TextOf(i + 1) is not ("response" or "retaliation")) continue;
            if (i + 2 >= end || d.Tokens[i + 2].Kind == TokenKind.Punct) return true;
            if (d.TextOf(i + 2) is not ("to" or "for") || i + 3 >= end || d.TextOf(i + 3) is not ("the" or "this" or "these" or "that" or "those" or "such")) continue;
            for (int k = i + 4; k < Math.Min(end, i + 8) && d.Tokens[k].Kind == TokenKind.Word; k++)
                if (d.Tags[k] == PartOfSpeech.Noun && context.ImplicitTargets?.NamesAnAct(d.TextOf(k)) == true) return true;
        }
        return false;
    }

    private static Event? LatestHostileBefore(SentenceContext context, List<Event> events, int firstEvent, ActorCode source)
    {
        for (int j = firstEvent - 1; j >= 0; j--)
        {
            var e = events[j];
            if (context.Index - e.SentenceIndex > 2) break;
            if (IsHostile(e) && e.Source.Code != source && e.Mode == EventMode.Happened && !e.IsBackground && !e.IsThirdPartyClaim) return e;
        }
        return null;
    }
}

/// <summary>"urged Peru to withdraw its troops or face sanctions": a demand with a penalty for refusing threatens the one it
/// is made of, besides demanding. The penalty follows "or" and a verb of undergoing (list 'consequence').</summary>
internal sealed class DemandOrFaceIsThreat : ISentenceRule
{
    public string Name => "sentence:demand-or-face";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence) = (context.Document, context.Sentence);
        int end = events.Count;
        for (int k = firstEvent; k < end; k++)
        {
            var demand = events[k];
            if (demand.Type != EventType.Request || demand.Target is not { } target || demand.IsBackground || demand.Mode != EventMode.Happened) continue;
            int or = -1;
            for (int i = sentence.FirstToken; i + 1 < sentence.EndToken; i++)
                if (document.Tokens[i].Start >= demand.Trigger.End && document.TextOf(i) is "or" && context.Words.Consequence.Contains(document.TextOf(i + 1))) { or = i; break; }
            if (or < 0 || events.Exists(e => e.Type == EventType.Threaten && e.SentenceIndex == demand.SentenceIndex && e.Source.Code == demand.Source.Code && e.Target?.Code == target.Code)) continue;
            events.Add(factory.Derived(context, demand.Source, target, EventType.Threaten, "130", or,
                TextSpan.FromBounds(document.Tokens[or].Start, document.Tokens[or + 1].End), $"\"or {document.TextOf(or + 1)}\": a demand with a penalty", Name));
        }
    }
}

/// <summary>
/// "Peru will face sanctions, Chile said", "Chile's envoy added that sanctions could follow if Lima went ahead": a speaker
/// saying a penalty (list 'penalty') will or may come to another actor threatens that actor. The actor is the subject of
/// the verb of undergoing (list 'consequence') or the first actor after "if"/"unless" when the penalty itself comes
/// (list 'penalty-comes'); a modal must make it future. So is a penalty said to be paid or met (list 'penalty-foretold': "Peru
/// will pay a heavy price", "any move by Lima would be met with all necessary measures"), its payer the actor who pays or
/// whose act meets it. Not what analysts or the press say.
/// </summary>
internal sealed class PenaltyIsThreat : ISentenceRule
{
    public string Name => "sentence:penalty-if";

    private static bool IsFutureModal(ReadOnlySpan<char> word) => word is "will" or "would" or "could" or "may" or "might" or "'ll";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, reader, words) = (context.Document, context.Sentence, context.Reader, context.Words);
        for (int p = sentence.FirstToken; p < sentence.EndToken; p++)
        {
            int verb = -1;
            ActorGroup? target = null;
            // A sanction or other named penalty (CAMEO 1312), or a price or measures left unnamed (130).
            string cameo = "1312";
            if (words.PenaltyForetold.Contains(document.TextOf(p)) && PenaltyPaidOrMet(context, p) is var (payer, by))
                (verb, target, cameo) = (by, payer, "130");
            else if (!words.Penalty.Contains(document.TextOf(p))) continue;
            // "will face (new) sanctions": the verb of undergoing within two words before the penalty.
            for (int v = p - 1; verb < 0 && v >= Math.Max(sentence.FirstToken + 1, p - 3); v--)
                if (words.Consequence.Contains(document.TextOf(v)) && IsFutureModal(document.TextOf(ModalBefore(document, v)))) { verb = v; target = reader.SubjectOf(v); break; }
            // "sanctions could follow if Ankara …".
            if (verb < 0 && p + 2 < sentence.EndToken && IsFutureModal(document.TextOf(p + 1)) && words.PenaltyComes.Contains(document.TextOf(p + 2)))
            {
                verb = p + 2;
                for (int u = verb + 1; u < Math.Min(sentence.EndToken, verb + 3); u++)
                    if (document.TextOf(u) is "if" or "unless") { target = reader.ObjectAfter(u + 1, 4); break; }
            }
            if (verb < 0 || target is null || target.IsPlace) continue;
            if (Attribution.SaidByAnActor(context, verb, target) is not { } claim) continue;
            var speaker = claim.Speaker;
            foreach (var s in speaker.Members)
                foreach (var t in target.Members)
                {
                    if (s.Code == t.Code || context.HasTold(events, EventType.Threaten, s, t)) continue;
                    events.Add(factory.Derived(context, s, t, EventType.Threaten, cameo, p,
                        Phrases.SpanOfTokens(document, p, verb),
                        $"\"{document.TextOf(claim.Verb)} … {document.TextOf(p)}\": a penalty said to come to another actor", Name));
                }
        }
    }

    // The word before <paramref name="verb"/> that may be its modal, past a quotation mark opening the quoted words
    // ("would 'pay a dear price'").
    private static int ModalBefore(Document document, int verb) =>
        verb - 2 >= 0 && document.Tokens[verb - 1].Kind == TokenKind.Quote ? verb - 2 : verb - 1;

    // "Peru will pay a heavy price", "any move by Manila would be met with all necessary measures", "Manila would be held
    // responsible": the verb by which the penalty at <paramref name="penalty"/> is paid or met, with a future modal, and who
    // pays or meets it (the verb's subject, or the actor whose act the subject names); null when the words do not say so.
    private static (ActorGroup Payer, int Verb)? PenaltyPaidOrMet(SentenceContext context, int penalty)
    {
        var (document, sentence, reader) = (context.Document, context.Sentence, context.Reader);
        int from = Math.Max(sentence.FirstToken + 2, penalty - 5);
        if (document.TextOf(penalty) is "price")
        {
            if (penalty - 1 < from || !context.Words.PriceSeverity.Contains(document.TextOf(penalty - 1))) return null;
            for (int v = penalty - 2; v >= from; v--)
                if (document.TextOf(v) is "pay" && IsFutureModal(document.TextOf(ModalBefore(document, v))) && reader.SubjectOf(v) is { } payer) return (payer, v);
            return null;
        }
        // "would be held (fully) responsible": the passive of holding to account, a modal before it, is said of who will pay.
        if (document.TextOf(penalty) is "responsible" or "accountable")
        {
            for (int v = penalty - 1; v >= Math.Max(from, penalty - 2); v--)
                if (document.TextOf(v) is "held" && document.TextOf(v - 1) is "be" && IsFutureModal(document.TextOf(v - 2)) && reader.SubjectOf(v) is { } held)
                    return (held, v);
            return null;
        }
        // "would be met with …": "met", "be" and a modal before it, "with" between it and the penalty.
        for (int v = penalty - 2; v >= from; v--)
        {
            if (document.TextOf(v) is not "met" || document.TextOf(v - 1) is not "be" || !IsFutureModal(document.TextOf(v - 2))) continue;
            bool with = false;
            for (int k = v + 1; k < penalty; k++) with |= document.TextOf(k) is "with";
            if (!with) return null;
            if (reader.SubjectOf(v) is { } met) return (met, v);
            // "any move by Manila", "Taipei's provocations": the doer of the act the subject names.
            if (document.Syntax is not { } tree || tree.ChildWith(v, DependencyRelation.NsubjPass) is not (int subject and >= 0)) return null;
            foreach (int child in tree.ChildrenOf(subject))
                if (tree.RelationOf(child) is DependencyRelation.NmodPoss
                    || tree.RelationOf(child) == DependencyRelation.Nmod && tree.ChildWith(child, DependencyRelation.Case) is int by and >= 0 && document.TextOf(by) is "by")
                    if (reader.ActorOfNominal(child) is { } doer) return (doer, v);
            return null;
        }
        return null;
    }
}

/// <summary>"Chile warned that growing military cooperation between Peru and Bolivia threatens the region": a warning whose
/// complement tells another actor's conduct criticises that actor; it threatens nothing of the speaker's own. The warning
/// becomes an accusation of the complement's actors (both parties of a joint act, the doer of any other). A warning with
/// its own addressee ("warned Peru that …") or about the speaker's own next act ("warned that it will …") stays a threat;
/// a bare warning of a danger no actor's act brings ("warned of a possible surge in attacks", "warned that the situation
/// could get worse"), and a warning against something aimed at no one ("warned against travel to the region"), is no
/// event.</summary>
internal sealed class WarningAboutAnotherIsAccusation : ISentenceRule
{
    public string Name => "sentence:warning-about-another";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        int end = events.Count;
        var dangers = new List<int>();
        for (int k = firstEvent; k < end; k++)
        {
            var warning = events[k];
            if (warning.Type != EventType.Threaten || warning.Mode != EventMode.Happened || warning.IsBackground || warning.Rules.Contains(OwnAnnouncedActIsAimedAtItsObject.RuleName)) continue;
            var verb = context.Document.Text.AsSpan(warning.Trigger.Start, warning.Trigger.Length);
            int space = verb.IndexOf(' '), warnAt = warning.Trigger.Start;
            if (!context.Words.Warning.Contains(space < 0 ? verb : verb[..space]))
            {
                // "issued a joint advisory warning that …": a warning noun or participle closing the trigger, with what it
                // warns of after it, warns as the verb would.
                int last = verb.LastIndexOf(' ');
                if (last < 0 || !context.Words.Warning.Contains(verb[(last + 1)..]) || WordAfter(context, warning.Trigger.Start + last + 1) is not ("that" or "of" or "about")) continue;
                warnAt = warning.Trigger.Start + last + 1;
                verb = verb[(last + 1)..];
                space = -1;
            }
            // "warn of North Korea-Russia military cooperation": the conduct named in an "of" or "about" phrase.
            bool aboutPhrase = WordAfter(context, warnAt) is "of" or "about";
            var accused = new List<Actor>();
            for (int j = firstEvent; j < end; j++)
            {
                var told = events[j];
                bool warnedOf = told.Claimant?.Code == warning.Source.Code || aboutPhrase && told.IsBackground && told.Claimant is null;
                // A warning against a possible act ("against conducting a test") accuses no one of doing it.
                if (j == k || !warnedOf || told.Trigger.Start <= warning.Trigger.Start || told.Mode is EventMode.Hypothetical or EventMode.Negated) continue;
                if (told.Source.Code == warning.Source.Code) { accused.Clear(); break; }
                Add(accused, told.Source, warning.Source);
                if (told.Target is { } t && EventCoder.Symmetric.Contains(told.Type)) Add(accused, t, warning.Source);
            }
            // "warned that Moscow posed a threat to Europe": no act is coded in the complement, but its subject is the
            // target and the clause tells what that actor is or does, not what may come ("warned that Washington would
            // pay a price" stays a threat).
            if (accused.Count == 0 && warning.Target is { } described && ComplementTellsOf(context, warnAt, described))
                Add(accused, described, warning.Source);
            // "warned of a possible surge in attacks": a bare warning of a danger that no one's act in the phrase brings, and
            // no consequence the lexicon names ("warned of retaliation"), is a concern voiced, not a threat.
            // "warned against tap water", "warned against any escalation": advice against something, aimed at no one.
            bool againstPhrase = space > 0 ? verb[(space + 1)..] is "against" : WordAfter(context, warnAt) is "against";
            if (accused.Count == 0 && warning.Target is null && (againstPhrase || verb.IndexOf(' ') < 0 && (aboutPhrase || WarnsOfNoOnesAct(context, warnAt))))
            {
                dangers.Add(k);
                continue;
            }
            // A target other than the complement's actors is the warning's addressee ("warned Peru that …").
            if (accused.Count == 0 || warning.Target is { } addressee && !accused.Exists(a => a.Code == addressee.Code)) continue;
            events[k] = warning.WithRule(Name) with
            {
                Type = EventType.Accuse, Cameo = "111", Goldstein = factory.GoldsteinOf("111", warning.Goldstein), Target = accused[0],
            };
            for (int a = 1; a < accused.Count; a++) events.Add(events[k] with { Target = accused[a] });
        }
        for (int d = dangers.Count - 1; d >= 0; d--) events.RemoveAt(dangers[d]);
        // Each warner accuses each actor once, however many of its warnings' targets were turned.
        for (int k = events.Count - 1; k > firstEvent; k--)
        {
            var e = events[k];
            if (!e.Rules.Contains(Name)) continue;
            for (int j = firstEvent; j < k; j++)
                if (events[j].Type == EventType.Accuse && events[j].Source.Code == e.Source.Code && events[j].Target?.Code == e.Target?.Code) { events.RemoveAt(k); break; }
        }
    }

    /// <summary>Whether the warning verb at <paramref name="offset"/> has a that-clause after it whose subject is
    /// <paramref name="actor"/> and whose verb carries no modal (what the actor is or does, not what may happen).</summary>
    private static bool ComplementTellsOf(SentenceContext context, int offset, Actor actor)
    {
        var document = context.Document;
        int verb = document.TokenAt(offset);
        if (document.Syntax is not { } tree || verb < 0 || WarnedClause(tree, verb) is not (>= 0 and var clause)) return false;
        bool subjectIsActor = false;
        foreach (int child in tree.ChildrenOf(clause))
        {
            var relation = tree.RelationOf(child);
            if (relation == DependencyRelation.Aux && document.Tags[child] == PartOfSpeech.Modal || relation == DependencyRelation.Mark && document.TextOf(child) is "if") return false;
            if (relation is DependencyRelation.Nsubj && context.Groups.Holding(child) is { } subject && subject.Members.Exists(m => m.Code == actor.Code)) subjectIsActor = true;
        }
        return subjectIsActor;
    }

    /// <summary>The that-clause after the warning verb <paramref name="verb"/> (its first clausal complement after it), or
    /// -1 when it has none.</summary>
    private static int WarnedClause(SyntaxLayer tree, int verb)
    {
        foreach (int clause in tree.ChildrenOf(verb))
            if (clause > verb && (tree.RelationOf(clause) == DependencyRelation.Ccomp
                // "a warning that a group was targeting …", parsed as a relative clause on the noun.
                || tree.Universal[verb] == UniversalTag.Noun && tree.RelationOf(clause) is DependencyRelation.Acl or DependencyRelation.AclRelcl && tree.LemmaOf(verb + 1) is "that"))
                return clause;
        return -1;
    }

    // "warned (that) the drought brings new dangers", "“The drought brings new dangers,” he warned": the warned clause's
    // subject is no actor, so the speaker announces nothing of its own ("warned that it will close the border" and "“We
    // will close the border,” she warned" do).
    private static bool WarnsOfNoOnesAct(SentenceContext context, int offset)
    {
        var document = context.Document;
        int verb = document.TokenAt(offset);
        if (document.Syntax is not { } tree || verb < 0) return false;
        if (WarnedClause(tree, verb) is >= 0 and var clause) return SubjectIsNoActor(context, tree, clause) ?? false;
        return QuotedClauseBefore(context, tree, verb) is int quoted && SubjectIsNoActor(context, tree, quoted) == true;
    }

    /// <summary>Whether the subject of <paramref name="clause"/> holds no actor; null when it has no subject.</summary>
    private static bool? SubjectIsNoActor(SentenceContext context, SyntaxLayer tree, int clause)
    {
        foreach (int subject in tree.ChildrenOf(clause))
            if (tree.RelationOf(subject) is DependencyRelation.Nsubj or DependencyRelation.NsubjPass)
                // The speaker's own "we" or "I" ("we will close the border") announces its act.
                return context.Groups.Holding(subject) is null && !(context.Document.TextOf(subject) is "we" or "We" or "I");
        return null;
    }

    /// <summary>The head word of a quotation that opens the sentence and closes before <paramref name="verb"/> (the
    /// quote's word whose head lies outside it), or null.</summary>
    private static int? QuotedClauseBefore(SentenceContext context, SyntaxLayer tree, int verb)
    {
        var (document, sentence) = (context.Document, context.Sentence);
        if (document.Tokens[sentence.FirstToken].Kind != TokenKind.Quote) return null;
        int close = -1;
        for (int i = sentence.FirstToken + 1; i < verb; i++)
            if (document.Tokens[i].Kind == TokenKind.Quote) { close = i; break; }
        if (close < 0) return null;
        for (int i = sentence.FirstToken + 1; i < close; i++)
        {
            int head = tree.HeadOf(i);
            if (document.Tokens[i].Kind is TokenKind.Word && (head < sentence.FirstToken + 1 || head >= close)) return i;
        }
        return null;
    }

    private static ReadOnlySpan<char> WordAfter(SentenceContext context, int offset)
    {
        int i = context.Document.TokenAt(offset);
        return i >= 0 && i + 1 < context.Sentence.EndToken ? context.Document.TextOf(i + 1) : default;
    }

    private static void Add(List<Actor> accused, Actor actor, Actor speaker)
    {
        if (actor.Code != speaker.Code && !accused.Exists(a => a.Code == actor.Code)) accused.Add(actor);
    }
}

/// <summary>"The administration declared that China must drop its barriers", "… that Ankara needs to return the system": a
/// speaker saying another actor must, should or needs to act demands it. Not what analysts, companies or the press say,
/// nor what a speaker believes, nor what someone needs to be (a passive: "needs to be punished").</summary>
internal sealed class MustOrShouldIsDemand : ISentenceRule
{
    public string Name => "sentence:must-or-should-demand";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, reader) = (context.Document, context.Sentence, context.Reader);
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (!MayDemandAt(document, sentence, i, context.Words)) continue;
            if (Attribution.SaidOfSubject(context, i) is not (var subject, var speaker, var verb, var before)) continue;
            // "Xi said the two sides should uphold …": what parties including the speaker should do exhorts all of them; it
            // demands nothing of the others.
            // (A side of the same state apart from the speaker's, "rebels said Kagame and his party must …", is another party.)
            if (subject.Members.Count > 1 && subject.Members.Exists(t => speaker.Members.Exists(s => s.Code == t.Code && !Phrases.IsDomesticPair(s, t)))) continue;
            foreach (var s in speaker.Members)
                foreach (var t in subject.Members)
                {
                    if (s.Code == t.Code && !Phrases.IsDomesticPair(s, t)) continue;
                    events.Add(factory.Derived(context, s, t, EventType.Request, "100", i,
                        Phrases.SpanOfTokens(document, verb, i),
                        before ? $"\"{document.TextOf(verb)} … {document.TextOf(i)}\": a demand on another actor"
                            : $"\"{document.TextOf(i)} …, {document.TextOf(verb)}\": a demand on another actor", Name));
                }
        }
    }

    /// <summary>
    /// True when the word at <paramref name="i"/> says someone must, should or needs to do an act: the words the rule starts
    /// from, read without the tree (what remains, who says it of whom, needs a speaker: <see cref="Attribution"/>), so that
    /// <see cref="SentenceTriggers"/> can pass over a sentence where it does not ("have to be", "has been", "must understand").
    /// </summary>
    internal static bool MayDemandAt(Document document, Sentence sentence, int i, CodingWords words) =>
        i > sentence.FirstToken && (words.Obligation.Contains(document.TextOf(i)) || ObligationVerb(document, sentence, i, words)) && !DemandsNoAct(document, sentence, i, words);

    // "needs to return", "has to stop": an obligation verb, "to", then an active verb (past adverbs).
    private static bool ObligationVerb(Document document, Sentence sentence, int i, CodingWords words)
    {
        if (i + 2 >= sentence.EndToken || !words.ObligationVerb.Contains(document.TextOf(i)) || document.TextOf(i + 1) is not "to") return false;
        int verb = i + 2;
        // "needs to either destroy or return", "has to immediately stop".
        while (verb + 1 < sentence.EndToken && (document.Tags[verb] == PartOfSpeech.Adverb || document.TextOf(verb) is "either")) verb++;
        return document.Tags[verb] == PartOfSpeech.Verb && document.TextOf(verb) is not ("be" or "get");
    }

    // "must understand", "needs to realize": the first verb after the obligation (past "to", "not" and adverbs) presses a
    // view, asking for no act.
    private static bool DemandsNoAct(Document document, Sentence sentence, int obligation, CodingWords words)
    {
        for (int k = obligation + 1; k < sentence.EndToken && k <= obligation + 4; k++)
        {
            if (document.Tags[k] is PartOfSpeech.Adverb or PartOfSpeech.Negation or PartOfSpeech.To || document.TextOf(k) is "to" or "either") continue;
            return words.ObligationNoAct.Contains(document.TextOf(k));
        }
        return false;
    }
}

/// <summary>"Turkey said it was time for Israel to stop its attacks", "it's time to end Russia's blockade, Kyiv said": a speaker
/// saying it is time for another actor to act, or to stop that actor's deeds, demands it of that actor.</summary>
internal sealed class TimeToActIsDemand : ISentenceRule
{
    public string Name => "sentence:time-to-act";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, groups) = (context.Document, context.Sentence, context.Groups);
        for (int i = sentence.FirstToken + 2; i + 2 < sentence.EndToken; i++)
        {
            if (!SaysItIsTime(document, sentence, i, context.Words)) continue;
            var addressee = Addressee(document, groups, i + 1, sentence.EndToken);
            if (addressee is null) continue;
            var speaker = SpeakerOf(context, i);
            if (speaker is null || EventCoder.IsCommentator(speaker)) continue;
            foreach (var s in speaker.Members)
                foreach (var t in addressee.Members)
                    if (s.Code != t.Code)
                        events.Add(factory.Derived(context, s, t, EventType.Request, "100", i, document.Tokens[i].Span,
                            "\"it is time …\": a demand on another actor", Name));
            return;
        }
    }

    /// <summary>
    /// True when the word at <paramref name="i"/> (list 'time-to') says "it is time for …" or "it is time to …" with room
    /// for the actor asked: the words the rule starts from, read without the tree, so that <see cref="SentenceTriggers"/>
    /// can pass over a sentence where it does not ("for the first time").
    /// </summary>
    internal static bool SaysItIsTime(Document document, Sentence sentence, int i, CodingWords words) =>
        i >= sentence.FirstToken + 2 && i + 2 < sentence.EndToken && words.TimeTo.Contains(document.TextOf(i))
        && document.TextOf(i - 1) is "is" or "was" or "'s" or "’s" && document.TextOf(i - 2).Equals("it", StringComparison.OrdinalIgnoreCase)
        && document.TextOf(i + 1) is "for" or "to";

    // "time for X to …", or "time to stop X's …": the actor asked, or whose deed is to end.
    private static ActorGroup? Addressee(Document document, List<ActorGroup> groups, int next, int end)
    {
        if (document.TextOf(next) is "for" && groups.StartingAt(next + 1, actorOnly: true) is { } asked
            && asked.End < end && document.TextOf(asked.End) is "to") return asked;
        if (document.TextOf(next) is not "to" || next + 2 >= end) return null;
        int owner = next + 2;
        while (owner < end && document.Tags[owner] is PartOfSpeech.Determiner or PartOfSpeech.Adverb) owner++;
        return groups.StartingAt(owner, actorOnly: true) is { } doer && doer.End < end && document.Tags[doer.End] == PartOfSpeech.Possessive ? doer : null;
    }

    // The subject of a speech verb before the words, or of the attribution after them.
    internal static ActorGroup? SpeakerOf(SentenceContext context, int at) =>
        SpeechVerbBefore(context, at) is var said and >= 0 ? context.Reader.SubjectOf(said) : Attribution.Trailing(context, at)?.Speaker;

    /// <summary>The nearest speech verb of the sentence before token <paramref name="at"/>, or -1.</summary>
    internal static int SpeechVerbBefore(SentenceContext context, int at)
    {
        var document = context.Document;
        for (int k = at - 1; k >= context.Sentence.FirstToken; k--)
            if (document.Tags[k] == PartOfSpeech.Verb && PersonFinder.IsSpeechVerb(document.TextOf(k))) return k;
        return -1;
    }
}

/// <summary>"Poland closed the Russian consulate, citing evidence that Russian intelligence had directed an arson attack": a
/// hostile act another actor did, told in the "that" clause of grounds (list 'cited-grounds') the sentence's actor cites, is
/// that actor's accusation of the doer (CAMEO 112, at the cited act), and the act stays its claim.</summary>
internal sealed class CitedEvidenceIsAccusation : ISentenceRule
{
    public string Name => "sentence:cited-evidence-accuses";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence) = (context.Document, context.Sentence);
        for (int c = sentence.FirstToken + 1; c + 2 < sentence.EndToken; c++)
        {
            if (document.TextOf(c) is not ("citing" or "cited")) continue;
            int that = c + 1;
            while (that < sentence.EndToken && that <= c + 3 && document.TextOf(that) is not "that") that++;
            if (that >= sentence.EndToken || document.TextOf(that) is not "that" || !context.Words.CitedGrounds.Contains(document.TextOf(that - 1))) continue;
            int thatStart = document.Tokens[that].Start;
            // The citer: the doer of the sentence's act told before "citing".
            var cited = events.FindIndex(Math.Max(firstEvent, 0), e => e.SentenceIndex == context.Index && e.Trigger.Start > thatStart && RejectedClaimIsTheClaimantsAccusation.Alleged.Contains(e.Type));
            var citer = events.FindLast(e => e.SentenceIndex == context.Index && e.Trigger.End <= document.Tokens[c].Start && !e.IsBackground);
            if (cited < 0 || citer is null || events[cited].Source.Code == citer.Source.Code) continue;
            var act = events[cited];
            events[cited] = act.WithRule(Name) with { Claimant = citer.Source, IsThirdPartyClaim = true };
            RejectedClaimIsTheClaimantsAccusation.AddAccusation(context, events, factory, citer.Source, act,
                _ => $"\"{document.TextOf(c)} … {document.TextOf(that - 1)} that\": another actor's act given as grounds is an accusation", Name);
        }
    }
}

/// <summary>"Kyiv dismissed Moscow's claim that Ukrainian troops had shelled the plant": a hostile act told only as another
/// actor's claim, inside a denial or rejection of it, is still that actor's accusation of the doer (CAMEO 112, at the act's
/// trigger), as the claim repeated or reported is (claim:accusation).</summary>
internal sealed class RejectedClaimIsTheClaimantsAccusation : ISentenceRule
{
    public string Name => "sentence:rejected-claim-accuses";

    /// <summary>Acts whose telling as another actor's claim accuses their doer (also sentence:cited-evidence-accuses).</summary>
    internal static readonly HashSet<EventType> Alleged = [EventType.Assault, EventType.Coerce, EventType.Sanction, EventType.Threaten, EventType.Mobilize, EventType.Aid];

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        int end = events.Count;
        for (int k = Math.Max(firstEvent, 0); k < end; k++)
        {
            var act = events[k];
            if (act.SentenceIndex != context.Index || !act.IsBackground || act.Claimant is not { } claimant || claimant.Code == act.Source.Code
                || !Alleged.Contains(act.Type) || act.Mode != EventMode.Happened) continue;
            // Inside a denial: another actor in the sentence rejects or denies it.
            if (!events.Exists(e => e.SentenceIndex == context.Index && e.Type == EventType.Reject && e.Source.Code != claimant.Code && e.Trigger.Start < act.Trigger.Start)) continue;
            AddAccusation(context, events, factory, claimant, act,
                at => $"\"{context.Document.TextOf(at)}\": an act another actor claimed, denied, is still its claimant's accusation", Name);
        }
    }

    /// <summary>Adds <paramref name="accuser"/>'s accusation of the doer of <paramref name="act"/> (CAMEO 112, at the act's
    /// first token, which <paramref name="describe"/> is given), unless the sentence already tells one.</summary>
    internal static void AddAccusation(SentenceContext context, List<Event> events, EventFactory factory, Actor accuser, Event act, Func<int, string> describe, string rule)
    {
        if (context.HasTold(events, EventType.Accuse, accuser, act.Source) || context.Document.TokenAt(act.Trigger.Start) is not (var at and >= 0)) return;
        events.Add(factory.Derived(context, accuser, act.Source, EventType.Accuse, "112", at, act.Trigger, describe(at), rule));
    }
}

/// <summary>"Washington said the EU is hostile to American farmers", "… NATO's expansion is a threat, Moscow said", "said
/// Russia poses a threat" (list 'posing'): a speaker
/// calling another actor (or its conduct) by a condemning word (list 'pejorative') as the predicate of what it says
/// criticises that actor; so does denying it an approving word (list 'approving': "said the vote was neither free nor
/// fair", "is not legitimate"). Not what analysts, companies or the press say, nor a condemning predicate denied ("is not
/// a threat").</summary>
internal sealed class PejorativePredicateIsAccusation : ISentenceRule
{
    public string Name => "sentence:pejorative-predicate";

    /// <summary>The rule's name when the act condemned is the one the speaker's own act in the sentence answers.</summary>
    public const string ReasonRuleName = "sentence:condemned-in-reason";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, reader) = (context.Document, context.Sentence, context.Reader);
        // Only a speaker's words criticise (Attribution): told by no one, the sentence's tree is not read.
        if (document.Syntax is not { } tree || !context.TellsSpeechOrAdvice) return;
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            bool condemning = context.Words.Pejorative.Contains(document.TextOf(i));
            if (!condemning && !context.Words.Approving.Contains(document.TextOf(i))) continue;
            int predicate = condemning ? CopularPredicate(tree, i) : ApprovingPredicate(tree, i);
            // "Russia poses the biggest threat": a verb of list 'posing' says what its subject is, as "is" does.
            // ("China has become a decisive enabler": "become" and "remain" take the word as their complement.)
            if (predicate < 0 && condemning && tree.RelationOf(i) is DependencyRelation.Obj or DependencyRelation.Xcomp && tree.HeadOf(i) is int posing and >= 0 && context.Words.Posing.Contains(tree.LemmaOf(posing)))
                predicate = posing;
            // A condemning word denied clears ("is not a threat"); an approving one denied condemns ("was neither free nor fair").
            if (predicate < 0 || (condemning ? Denied(tree, document, predicate) : !ApprovalDenied(tree, document, predicate))) continue;
            // "any nuclear attack by the North is unacceptable": what is said of any act of a kind warns of one, accuses of none.
            if (tree.ChildWith(predicate, DependencyRelation.Nsubj) is int said and >= 0 && tree.ChildWith(said, DependencyRelation.Det) is int det and >= 0
                && document.TextOf(det) is "any" or "Any") continue;
            // The speaker's own side named in an act's phrase ("the strike on Afghan territory", said by Kabul) is whom it befell.
            if (Attribution.SaidOfSubject(context, predicate) is (var subject, var speaker, var verb, _) && !OwnSideInAct(context, tree, predicate, subject, speaker))
                AddCriticism(context, events, factory, speaker, subject, i, Phrases.SpanOfTokens(document, verb, i),
                    $"\"{document.TextOf(verb)} … {document.TextOf(i)}\": another actor called by a condemning word", Name);
            // "Mexico said the decision was regrettable": an act named again by its noun stands for its doer.
            else if (Attribution.SaidOfAct(context, predicate) is (var doer, var actSpeaker, var actVerb))
                AddCriticism(context, events, factory, actSpeaker, doer, i, Phrases.SpanOfTokens(document, actVerb, i),
                    $"\"{document.TextOf(actVerb)} … {document.TextOf(i)}\": an earlier act called by a condemning word", Name);
            // "Oman recalled its envoy to Yemen, adding that the shelling of its posts was unacceptable": an act whose doer the
            // sentence does not name, condemned in the reason given for the speaker's own act against another, is that one's.
            else if (Attribution.SaidOfActInReason(context, events, firstEvent, predicate) is (var reasonDoer, var reasonSpeaker, var reasonVerb))
                AddCriticism(context, events, factory, reasonSpeaker, reasonDoer, i, Phrases.SpanOfTokens(document, reasonVerb, i),
                    $"\"{document.TextOf(reasonVerb)} … {document.TextOf(i)}\": an act condemned in the reason for an act against its doer", ReasonRuleName);
        }
    }

    /// <summary>Each speaker criticises each target once in the sentence (CAMEO 111), a state never itself unless domestically.</summary>
    internal static void AddCriticism(SentenceContext context, List<Event> events, EventFactory factory, ActorGroup speaker, ActorGroup target, int at,
        TextSpan trigger, string description, string rule)
    {
        foreach (var s in speaker.Members)
            foreach (var t in target.Members)
            {
                if (s.Code == t.Code && !Phrases.IsDomesticPair(s, t)) continue;
                if (context.HasTold(events, EventType.Accuse, s, t)) continue;
                events.Add(factory.Derived(context, s, t, EventType.Accuse, "111", at, trigger, description, rule));
            }
    }

    // The word itself, or the head it describes ("one of the most hostile", "a grave threat"), as a predicate after "is":
    // the token that has the copula, or -1.
    internal static int CopularPredicate(SyntaxLayer tree, int word)
    {
        for (int node = word, steps = 0; node >= 0 && steps < 4; steps++)
        {
            foreach (int child in tree.ChildrenOf(node))
                if (tree.RelationOf(child) == DependencyRelation.Cop) return node;
            if (tree.RelationOf(node) is not (DependencyRelation.Amod or DependencyRelation.Nmod or DependencyRelation.Conj)) return -1;
            node = tree.HeadOf(node);
        }
        return -1;
    }

    // The approving word as the predicate itself ("was not fair", "neither free nor fair") or describing the predicate noun
    // ("is not a legitimate government"), or -1: not a word deeper in it ("is not about free speech").
    private static int ApprovingPredicate(SyntaxLayer tree, int word)
    {
        if (tree.RelationOf(word) == DependencyRelation.Conj && tree.HeadOf(word) is int first and >= 0) word = first;
        if (tree.ChildWith(word, DependencyRelation.Cop) >= 0) return word;
        return tree.RelationOf(word) == DependencyRelation.Amod && tree.HeadOf(word) is int noun and >= 0
            && tree.ChildWith(noun, DependencyRelation.Cop) >= 0 && tree.ChildWith(noun, DependencyRelation.Case) < 0 ? noun : -1;
    }

    // "Kabul … saying the strike on Afghan territory was a violation": the actor read as the subject is the speaker's own side,
    // named in a phrase of the act noun that tells where or whom it struck ("on", "in", "against", an act of force's "of"),
    // not its doer.
    private static bool OwnSideInAct(SentenceContext context, SyntaxLayer tree, int predicate, ActorGroup subject, ActorGroup speaker)
    {
        if (!subject.CodesWithin(speaker) || context.ImplicitTargets is not { } acts) return false;
        int act = tree.ChildWith(predicate, DependencyRelation.Nsubj);
        // A parse may take the act noun for the object of the speech verb the predicate hangs on.
        if (act < 0 && tree.HeadOf(predicate) is int said and >= 0) act = tree.ChildWith(said, DependencyRelation.Obj);
        if (act < 0 || !acts.NamesAnAct(context.Document.TextOf(act))) return false;
        foreach (int child in tree.ChildrenOf(act))
            if (tree.RelationOf(child) == DependencyRelation.Nmod && tree.Dominates(child, subject.First)
                && tree.ChildWith(child, DependencyRelation.Case) is int marker and >= 0 && context.Document.TextOf(marker) is var preposition
                && (preposition is "on" or "in" or "against" or "into" or "over"
                    // "the shelling of Omani border posts": an act of force's "of" phrase is whom it struck.
                    || preposition is "of" && acts.NamesForce(context.Document.TextOf(act))))
                return true;
        return false;
    }

    // "was not free and fair", "was neither free nor fair", "is not a legitimate government": an approving predicate denied.
    private static bool ApprovalDenied(SyntaxLayer tree, Document document, int predicate)
    {
        if (Denied(tree, document, predicate)) return true;
        foreach (int child in tree.ChildrenOf(predicate))
            if (tree.RelationOf(child) == DependencyRelation.Cc && document.TextOf(child) is "neither" or "Neither") return true;
        return false;
    }

    internal static bool Denied(SyntaxLayer tree, Document document, int predicate)
    {
        foreach (int child in tree.ChildrenOf(predicate))
            if (tree.RelationOf(child) is DependencyRelation.Advmod or DependencyRelation.Det
                && (document.TextOf(child) is "not" or "n't" or "never" or "no" || document.TextOf(child) is "longer" && child > 0 && document.TextOf(child - 1) is "no")) return true;
        return false;
    }
}

/// <summary>"Beijing said the US arms sales seriously violate the one-China principle", "Taipei said China's provocative acts
/// have undermined peace across the strait": a speaker saying another actor (or its conduct) violates, undermines or
/// endangers something (list 'wrongdoing') criticises it (CAMEO 111), as a condemning predicate does. Denied ("does not
/// undermine") it criticises no one; said by a commentator it is no event.</summary>
internal sealed class WrongdoingSaidOfAnotherIsCriticism : ISentenceRule
{
    public string Name => "sentence:wrongdoing-said-of-another";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence) = (context.Document, context.Sentence);
        // Only a speaker's words criticise, and only with a word of wrongdoing: otherwise the tree is not read.
        bool manner = context.HasWordOf(context.Words.WrongfulManner);
        if (!context.TellsSpeechOrAdvice || !manner && !context.HasWordOf(context.Words.Wrongdoing) || document.Syntax is not { } tree) return;
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            // Only as a verb: a form the tagger read as an adjective ("survey ships endangered Vietnamese fishermen" taken as
            // one noun phrase) leaves no subject to read. "said Russia had secretly transferred children": any deed told as
            // done wrongfully (list 'wrongful-manner') is a wrong, unless it is an act coded in its own right.
            if (tree.Universal[i] != UniversalTag.Verb || PejorativePredicateIsAccusation.Denied(tree, document, i)) continue;
            if (!context.Words.Wrongdoing.Contains(document.TextOf(i))
                && !(manner && GenericPresent.HasAdverbOf(document, tree, i, context.Words.WrongfulManner) && !PejorativeNameIsAccusation.ActAlreadyToldBy(document, events, firstEvent, i))) continue;
            // The doer named in the verb's own subject phrase ("the US arms sales to Taiwan": the US, not Taiwan after it).
            int said = tree.ChildWith(i, DependencyRelation.Nsubj);
            // "it violates …": a pronoun that may stand for an act as well as an actor names no one surely.
            if (said >= 0 && document.TextOf(said) is "it" or "It" or "this" or "This" or "that" or "That") continue;
            var owner = said >= 0 ? context.Reader.ActorOfNominal(said) : null;
            (ActorGroup Speaker, ActorGroup Doer, int Verb, string Told)? criticism =
                owner is { IsPlace: false } && Attribution.SaidByAnActor(context, i, owner) is (var ownersSpeaker, var ownersVerb) && IsWhatIsSaid(context, tree, i, ownersVerb)
                    ? (ownersSpeaker, owner, ownersVerb, "another actor's conduct said to do wrong")
                // (No subject in the tree: the parse went wrong there, so the words' reading stands without the complement test.)
                : said < 0 && Attribution.SaidOfSubject(context, i) is (var subject, var speaker, var verb, _) && !Habitual(context, tree, verb)
                    ? (speaker, subject, verb, "another actor's conduct said to do wrong")
                : Attribution.SaidOfAct(context, i) is (var doer, var actSpeaker, var actVerb)
                    ? (actSpeaker, doer, actVerb, "an earlier act said to do wrong")
                : null;
            if (criticism is var (by, of, at, told))
                PejorativePredicateIsAccusation.AddCriticism(context, events, factory, by, of, i, Phrases.SpanOfTokens(document, at, i),
                    $"\"{document.TextOf(at)} … {document.TextOf(i)}\": {told}", Name);
        }
    }

    // "China always says …", "Hanoi routinely says …": what a speaker habitually says (an adverb of lists 'habitual',
    // 'habitual-present', as rule background:habitual-saying reads it) reports no act of the day.
    private static bool Habitual(SentenceContext context, SyntaxLayer tree, int speech) =>
        GenericPresent.HasAdverbOf(context.Document, tree, speech, context.Words.Habitual, context.Words.HabitualPresent);

    // The verb at <paramref name="verb"/> is the clause the speech verb reports, or one it embeds: reached from it by
    // complements only ("said … undermine"), or the speech verb hangs on it as a trailing attribution ("…, Beijing said").
    // A clause joined after the report ("… says 'we respect sovereignty', and here, Russia has violated it") is not.
    private static bool IsWhatIsSaid(SentenceContext context, SyntaxLayer tree, int verb, int speech)
    {
        if (Habitual(context, tree, speech)) return false;
        if (tree.HeadOf(speech) == verb && tree.RelationOf(speech) is DependencyRelation.Parataxis or DependencyRelation.Ccomp) return true;
        for (int node = verb, steps = 0; node >= 0 && steps < 4; steps++)
        {
            if (tree.RelationOf(node) is not (DependencyRelation.Ccomp or DependencyRelation.Xcomp)) return false;
            node = tree.HeadOf(node);
            if (node == speech) return true;
        }
        return false;
    }
}

/// <summary>"Moscow said the accusations made by London were groundless", "… the claims are a fabrication, Beijing said": a
/// speaker saying a charge (list 'claim-noun') is false (list 'dismissive') rejects it (CAMEO 120), as "dismissed the
/// accusations" does; the charge's maker, when the sentence names it ("made by X", "X's claims"), is the target. Not a
/// predicate denied ("are not groundless"), nor what analysts or the press say.</summary>
internal sealed class DismissedChargeIsRejection : ISentenceRule
{
    /// <summary>The rule's name.</summary>
    public const string RuleName = "sentence:dismissed-charge";

    public string Name => RuleName;

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, words) = (context.Document, context.Sentence, context.Words);
        // The charge is a word of list 'claim-noun': without one, the sentence's tree is not read.
        if (document.Syntax is not { } tree || !context.HasWordOf(words.ClaimNoun)) return;
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (!words.Dismissive.Contains(document.TextOf(i))) continue;
            int predicate = PejorativePredicateIsAccusation.CopularPredicate(tree, i);
            if (predicate < 0 || PejorativePredicateIsAccusation.Denied(tree, document, predicate)) continue;
            int charge = tree.ChildWith(predicate, DependencyRelation.Nsubj);
            if (charge < 0 || !words.ClaimNoun.Contains(document.TextOf(charge))) continue;
            // The speech verb the parse hangs the words on, else one before them or an attribution after them.
            var speaker = tree.RelationOf(predicate) == DependencyRelation.Ccomp && tree.HeadOf(predicate) is int said and >= 0 && PersonFinder.IsSpeechVerb(document.TextOf(said))
                ? context.Reader.SubjectOf(said) : TimeToActIsDemand.SpeakerOf(context, charge);
            if (speaker is null || EventCoder.IsCommentator(speaker)) continue;
            var maker = MadeBy(context, tree, charge);
            var trigger = TextSpan.FromBounds(document.Tokens[charge].Start, document.Tokens[i].End);
            foreach (var s in speaker.Members)
            {
                // "The group said the report was false": a charge named again, by the one who rejected it just before, is that
                // rejection's charge, with its maker.
                var target = maker?.Members.FirstOrDefault(t => t.Code != s.Code) ?? EarlierRejectionOf(context, events, firstEvent, s)?.Target;
                if (events.Exists(e => e.SentenceIndex == context.Index && e.Type == EventType.Reject && e.Source.Code == s.Code)) continue;
                events.Add(factory.Derived(context, s, target, EventType.Reject, "120", i, trigger,
                    $"\"{document.TextOf(charge)} … {document.TextOf(i)}\": a charge called false", Name));
            }
            return;
        }
    }

    private const int RejectionReach = 3;

    // The last rejection by <source> in the three sentences before this one.
    private static Event? EarlierRejectionOf(SentenceContext context, List<Event> events, int firstEvent, Actor source)
    {
        for (int k = Math.Min(firstEvent, events.Count) - 1; k >= 0; k--)
        {
            var e = events[k];
            if (context.Index - e.SentenceIndex > RejectionReach) break;
            if (e.Type == EventType.Reject && e.Source.Code == source.Code && e.Target is not null) return e;
        }
        return null;
    }

    // Who made the charge: "Lithuania's claims", "the claims by Lithuania", "the accusations made by the British side".
    // Not "reports of a clash with Chinese troops": "of" tells what the charge says.
    private static ActorGroup? MadeBy(SentenceContext context, SyntaxLayer tree, int charge)
    {
        foreach (int child in tree.ChildrenOf(charge))
        {
            var relation = tree.RelationOf(child);
            if (relation is DependencyRelation.NmodPoss or DependencyRelation.Compound or DependencyRelation.Amod && context.Reader.ActorOfNominal(child) is { } owner) return owner;
            if (relation == DependencyRelation.Nmod && tree.ChildWith(child, DependencyRelation.Case) is int marker and >= 0 && context.Document.TextOf(marker) is "by" or "from"
                && context.Reader.ActorOfNominal(child) is { } maker) return maker;
        }
        // "the accusations made by the British side": the agent of a participle describing the charge.
        return context.Reader.AgentOfDescribingParticiple(tree, charge);
    }
}

/// <summary>"The United States and Ukraine have accused Pyongyang of supplying shells to Moscow, a charge both governments
/// deny": whoever makes a charge in a sentence does not deny it there; a denial naming no one, read as by the accuser, was
/// made by someone else, whom the words did not resolve, and is dropped.</summary>
internal sealed class AccuserDoesNotDenyItsCharge : ISentenceRule
{
    public string Name => "drop:denier-is-the-accuser";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        for (int k = events.Count - 1; k >= firstEvent; k--)
        {
            var denial = events[k];
            if (denial.Type != EventType.Reject || denial.Target is not null || context.Document.TokenAt(denial.Trigger.Start) is not (int verb and >= 0)
                || !context.Words.DenialVerb.Contains(context.Document.TextOf(verb))) continue;
            for (int j = firstEvent; j < events.Count; j++)
                if (events[j].Type == EventType.Accuse && events[j].Target is not null && !events[j].IsBackground && events[j].Source.Code == denial.Source.Code
                    && events[j].Trigger.End <= denial.Trigger.Start)
                {
                    events.RemoveAt(k);
                    break;
                }
        }
    }
}

/// <summary>"Niger accused Benin of hosting French troops, a charge Benin denies", "…, an accusation Rwanda has repeatedly
/// rejected", "…, a claim that Cotonou dismissed as baseless": a charge (list 'claim-noun') set beside an accusation told in
/// the sentence, with an actor denying it (list 'denial-verb'), is that actor's rejection of the accuser (CAMEO 120). A
/// report of the denier's act set beside such a denial ("Mali said Algerian drones had violated its airspace, a claim Algiers
/// rejected") is the reporter's accusation, and the act stays the reporter's claim.
/// Read by positions, since parses rarely see the relative clause without "that" (and may take "denies" for a noun).</summary>
internal sealed class ChargeDeniedBesideIsRejection : ISentenceRule
{
    public string Name => "sentence:charge-denied-beside";

    // Words the denying actor and its verb may span: "Rwanda has repeatedly rejected".
    private const int DenialReach = 4;

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, words) = (context.Document, context.Sentence, context.Words);
        if (!context.HasWordOf(words.ClaimNoun) || !context.HasWordOf(words.DenialVerb) && !context.HasWordOf(words.Dismissive)) return;
        for (int i = sentence.FirstToken + 2; i < sentence.EndToken - 2; i++)
        {
            // ", a charge …", ", an accusation …", ", claims …"
            if (!words.ClaimNoun.Contains(document.TextOf(i))) continue;
            int before = document.TextOf(i - 1) is "a" or "an" or "the" ? i - 2 : i - 1;
            if (before <= sentence.FirstToken || document.TextOf(before) is not ",") continue;
            int next = document.TextOf(i + 1) is "that" or "which" ? i + 2 : i + 1;
            if (context.Groups.StartingAt(next, actorOnly: true) is not { } denier || EventCoder.IsCommentator(denier)) continue;
            int denial = -1;
            // From the actor's second word: a parse may take "denies" for a noun ending the actor's phrase ("Benin denies").
            for (int k = denier.First + 1; k < sentence.EndToken && k <= denier.End + DenialReach; k++)
            {
                if (words.DenialVerb.Contains(document.TextOf(k))) { denial = k; break; }
                // "…, an allegation Vilnius called absurd": calling the charge a dismissive word (list 'dismissive') denies it.
                if (words.CallingVerb.Contains(document.TextOf(k)) && k + 1 < sentence.EndToken
                    && (words.Dismissive.Contains(document.TextOf(k + 1)) || k + 2 < sentence.EndToken && document.Tokens[k + 1].Kind != TokenKind.Word && words.Dismissive.Contains(document.TextOf(k + 2))))
                { denial = k; break; }
                if (document.TextOf(k) is "," or "not" or "n't" or "never" || document.Tokens[k].Kind != TokenKind.Word) break;
            }
            if (denial < 0) continue;
            // The accuser: an accusation told before the comma, of the one who denies it, as news (a standing charge, "has long
            // accused", meets a standing denial).
            var accusation = events.Find(e => e.SentenceIndex == context.Index && e.Type == EventType.Accuse && !e.IsBackground && !e.IsThirdPartyClaim && e.Target is { } accused
                && denier.Members.Exists(m => m.Code == accused.Code) && e.Trigger.Start < document.Tokens[before].Start);
            accusation ??= DisputedReport(context, events, denier, i, before, factory);
            // "Moscow said the ship had been carrying weapons, a claim Kyiv dismissed": with no act coded from the claim, the
            // one who said it is whom the denial answers.
            var claimant = accusation?.Source ?? ClaimantBefore(context, events, denier, i, before, factory);
            if (claimant is null) continue;
            var trigger = TextSpan.FromBounds(document.Tokens[i].Start, document.Tokens[denial].End);
            foreach (var d in denier.Members)
            {
                if (d.Code == claimant.Code) continue;
                // The denial coded from its verb without a target ("has repeatedly rejected" taking the relative pronoun's
                // place) is this one: it takes the accuser.
                int told = events.FindIndex(e => e.SentenceIndex == context.Index && e.Type == EventType.Reject && e.Source.Code == d.Code);
                if (told >= 0)
                {
                    if (events[told].Target is null) events[told] = events[told].WithRule(Name) with { Target = claimant };
                    continue;
                }
                events.Add(factory.Derived(context, d, claimant, EventType.Reject, "120", denial, trigger,
                    $"\"{document.TextOf(i)} … {document.TextOf(denial)}\": the charge just told, denied", Name));
            }
            return;
        }
    }

    // "Baku said the two men worked for Russia's security service, an allegation Moscow dismissed": the speaker of the verb of
    // saying before the comma, when no act was coded from what it said. The speaker accuses the denier when what it said names
    // the denier (CAMEO 112, at the claim noun). Returns the speaker, or null.
    private Actor? ClaimantBefore(SentenceContext context, List<Event> events, ActorGroup denier, int claimNoun, int comma, EventFactory factory)
    {
        var (document, sentence) = (context.Document, context.Sentence);
        // "Islamabad has long accused New Delhi …, a charge India denies": a charge coded before the comma, even as background
        // (a standing one), is the charge denied, and answered by the rule's own reading or not at all.
        int commaStart = document.Tokens[comma].Start;
        if (document.Syntax is not { } tree || events.Exists(e => e.SentenceIndex == context.Index && e.Trigger.Start < commaStart)) return null;
        for (int verb = sentence.FirstToken; verb < comma; verb++)
        {
            if (tree.Universal[verb] != UniversalTag.Verb || !PersonFinder.IsSpeechVerb(document.TextOf(verb))) continue;
            if (context.Reader.SubjectOf(verb) is not { } speaker || EventCoder.IsCommentator(speaker) || speaker.SharesCodeWith(denier)) return null;
            var claimant = speaker.Members[0];
            bool namesDenier = context.Groups.Exists(g => g.First > verb && g.End <= comma && !g.IsPlace && g.SharesCodeWith(denier));
            if (namesDenier && !events.Exists(e => e.SentenceIndex == context.Index && e.Type == EventType.Accuse && e.Source.Code == claimant.Code))
                foreach (var accused in denier.Members)
                    events.Add(factory.Derived(context, claimant, accused, EventType.Accuse, "112", claimNoun,
                        TextSpan.FromBounds(document.Tokens[claimNoun].Start, document.Tokens[claimNoun].End),
                        $"\"{document.TextOf(claimNoun)}\": what the speaker said of the one who denies it is an accusation", Name));
            return claimant;
        }
        return null;
    }

    // "Mali said Algerian drones had violated its airspace, a claim Algiers flatly rejected": an act another actor reported
    // of the denier, told before the comma, is disputed: it stays the reporter's claim, and the reporter accuses the denier
    // (CAMEO 112, at the claim noun). Returns that accusation, or null when no such report was told.
    private Event? DisputedReport(SentenceContext context, List<Event> events, ActorGroup denier, int claimNoun, int comma, EventFactory factory)
    {
        var document = context.Document;
        int reported = events.FindIndex(e => e.SentenceIndex == context.Index && e.Claimant is { } reporter && !e.IsThirdPartyClaim && !e.IsBackground
            && e.Trigger.Start < document.Tokens[comma].Start && denier.Members.Exists(m => m.Code == e.Source.Code) && !denier.Members.Exists(m => m.Code == reporter.Code));
        if (reported < 0) return null;
        var report = events[reported];
        events[reported] = report.WithRule(Name) with { IsThirdPartyClaim = true };
        var accusation = factory.Derived(context, report.Claimant!, report.Source, EventType.Accuse, "112", claimNoun,
            TextSpan.FromBounds(document.Tokens[claimNoun].Start, document.Tokens[claimNoun].End), $"\"{document.TextOf(claimNoun)}\": the report, disputed by the one it names, is an accusation", Name);
        events.Add(accusation);
        return accusation;
    }
}

/// <summary>"Nauru switched diplomatic recognition from Taipei to Beijing", "shifted its ties from Taiwan to China": moving
/// recognition or relations (list 'relation-noun') from one actor to another breaks relations with the first (CAMEO 161) and
/// recognises the second (CAMEO 054). Not for a switch denied or supposed.</summary>
internal sealed class RecognitionSwitchedIsTwoActs : ISentenceRule
{
    public string Name => "sentence:recognition-switched";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, reader) = (context.Document, context.Sentence, context.Reader);
        if (document.Syntax is not { } tree || !context.HasWord("from") || !context.HasWordOf(context.Words.RelationNoun)) return;
        for (int v = sentence.FirstToken; v < sentence.EndToken; v++)
        {
            if (tree.Universal[v] != UniversalTag.Verb || tree.LemmaOf(v) is not ("switch" or "shift" or "transfer" or "move")) continue;
            int moved = tree.ChildWith(v, DependencyRelation.Obj);
            if (moved < 0 || !context.Words.RelationNoun.Contains(document.TextOf(moved))) continue;
            if (reader.SubjectOf(v) is not { IsPlace: false } mover || EventCoder.IsCommentator(mover)) continue;
            if (reader.ModeOf(v, mover.First, mover.End) is EventMode.Negated or EventMode.Hypothetical) continue;
            // "from Taipei" and "to Beijing", on the verb or on the noun moved; the parse may hang "to Beijing" on "Taipei".
            ActorGroup? from = null, to = null;
            Span<int> heads = [v, moved, -1];
            for (int h = 0; h < heads.Length && heads[h] >= 0; h++)
                foreach (int phrase in tree.ChildrenOf(heads[h]))
                {
                    if (tree.RelationOf(phrase) is not (DependencyRelation.Obl or DependencyRelation.Nmod) || tree.ChildWith(phrase, DependencyRelation.Case) is not (int marker and >= 0)) continue;
                    if (document.TextOf(marker) is "from" && from is null) { from = context.Groups.Holding(phrase); heads[2] = phrase; }
                    else if (document.TextOf(marker) is "to") to ??= context.Groups.Holding(phrase);
                }
            // "… in 2019": a switch years before the story's time is its history.
            if (LongPastActIsBackground.YearDatingTheVerb(document, sentence, tree, v) is { } year && LongPastActIsBackground.StoryYear(document) is { } now && now - year >= 2) continue;
            if (from is not { IsPlace: false } left || to is not { IsPlace: false } joined) continue;
            var trigger = TextSpan.FromBounds(document.Tokens[v].Start, document.Tokens[moved].End);
            foreach (var m in mover.Members)
            {
                foreach (var l in left.Members)
                    if (l.Code != m.Code) events.Add(factory.Derived(context, m, l, EventType.Sanction, "161", v, trigger, $"\"{document.TextOf(v)} … {document.TextOf(moved)} from\": relations broken", Name));
                foreach (var j in joined.Members)
                    if (j.Code != m.Code) events.Add(factory.Derived(context, m, j, EventType.Support, "054", v, trigger, $"\"{document.TextOf(v)} … {document.TextOf(moved)} to\": recognition granted", Name));
            }
            return;
        }
    }
}

/// <summary>"Kyiv said Russia was behind the drone attack", "… was responsible for the bombing, officials said": a speaker
/// laying an act of force or coercion (a noun of act-nouns.tsv) at another actor's door (list 'blame-predicate': "behind",
/// "responsible for") accuses it (CAMEO 112), as "blamed Russia for the attack" does; so does a state that believes it.
/// Not a denial ("was not behind"), nor what analysts or the press say; told by no one, such a sentence codes nothing.</summary>
internal sealed class BlameForActIsAccusation : ISentenceRule
{
    public string Name => "sentence:blame-for-act";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, words) = (context.Document, context.Sentence, context.Words);
        // Only a speaker lays an act at another's door (Attribution): told by no one, the sentence's tree is not read.
        if (document.Syntax is not { } tree || context.ImplicitTargets is not { } acts || !context.TellsSpeechOrAdvice) return;
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (tree.Universal[i] != UniversalTag.Noun || !acts.NamesForce(document.TextOf(i))) continue;
            int predicate = BlamePredicate(tree, document, words, i);
            if (predicate < 0 || PejorativePredicateIsAccusation.Denied(tree, document, predicate)) continue;
            if (Attribution.SaidOfSubject(context, predicate, statesMayBelieve: true) is not (var blamed, var speaker, var verb, _)) continue;
            var trigger = Phrases.SpanOfTokens(document, verb, i);
            foreach (var s in speaker.Members)
                foreach (var t in blamed.Members)
                {
                    if (s.Code == t.Code) continue;
                    if (context.HasTold(events, EventType.Accuse, s, t)) continue;
                    events.Add(factory.Derived(context, s, t, EventType.Accuse, "112", i, trigger,
                        $"\"{document.TextOf(verb)} … {document.TextOf(predicate)} … {document.TextOf(i)}\": an act laid at another actor's door", Name));
                }
        }
    }

    // The token that carries the copula of "X was behind the attack" (the act noun itself, "behind" its case) or of "X was
    // responsible for the attack" (the adjective, the act noun its "for" phrase); or -1.
    private static int BlamePredicate(SyntaxLayer tree, Document document, CodingWords words, int act)
    {
        // "behind a wave of arson attacks": the series stands where the act would.
        if (tree.HeadOf(act) is int series and >= 0 && series < act && tree.RelationOf(act) == DependencyRelation.Nmod && words.ActSeries.Contains(document.TextOf(series))
            && tree.ChildWith(act, DependencyRelation.Case) is int ofSeries and >= 0 && document.TextOf(ofSeries) is "of")
            act = series;
        if (tree.ChildWith(act, DependencyRelation.Cop) >= 0)
            return tree.ChildWith(act, DependencyRelation.Case) is int behind and >= 0 && words.BlamePredicate.Contains(document.TextOf(behind)) ? act : -1;
        int head = tree.HeadOf(act);
        if (head < 0 || head > act || !words.BlamePredicate.Contains(document.TextOf(head)) || tree.ChildWith(head, DependencyRelation.Cop) < 0) return -1;
        return tree.ChildWith(act, DependencyRelation.Case) is int of and >= 0 && document.TextOf(of) is "for" ? head : -1;
    }
}

/// <summary>"Beijing called the sanctions illegal", "NATO labelled Russia a threat", "Tokyo branded the launch a provocation":
/// naming another actor (or its act, whose doer may be told earlier: "the decision") by a condemning word (lists 'naming'
/// and 'pejorative') criticises it. Not when the
/// naming is denied, nor by analysts, companies or the press.</summary>
internal sealed class PejorativeNameIsAccusation : ISentenceRule
{
    public string Name => "sentence:pejorative-name";

    // A verb of list 'naming' ("called", "branded"): every naming the rule reads hangs on one. Tag and lemma come from the
    // tagger, not the tree.
    private static bool IsNamingVerb(Document document, SyntaxLayer tree, int v, CodingWords words) =>
        document.Tags[v] == PartOfSpeech.Verb && words.Naming.Contains(tree.LemmaOf(v));

    /// <summary>True when <paramref name="sentence"/> has a verb of list 'naming', without which the rule codes nothing.</summary>
    internal static bool HasNamingVerb(Document document, Sentence sentence, CodingWords words)
    {
        if (document.Syntax is not { } tree) return false;
        for (int v = sentence.FirstToken; v < sentence.EndToken; v++) if (IsNamingVerb(document, tree, v, words)) return true;
        return false;
    }

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, reader) = (context.Document, context.Sentence, context.Reader);
        // The condemning word is always one of list 'pejorative': without one, the sentence's tree is not read.
        if (document.Syntax is not { } tree || !context.HasWordOf(context.Words.Pejorative)) return;
        for (int v = sentence.FirstToken; v < sentence.EndToken; v++)
        {
            if (!IsNamingVerb(document, tree, v, context.Words)) continue;
            // "Pyongyang routinely describes the SDF as …": a naming made a habit of is a standing view, not an act.
            if (GenericPresent.HasAdverbOf(document, tree, v, context.Words.Habitual, context.Words.HabitualPresent)) continue;
            // "designated six cartels as terrorist organisations": a naming the clause coder already read as an act is that act.
            if (ActAlreadyToldBy(document, events, firstEvent, v)) continue;
            int named = -1, word = -1;
            // The first of the two nominals after the verb is the one named, whichever of them the parse took for the object
            // ("called the move a threat" may come back with "threat" as object and "move" as its predicate).
            // A parse may also hang both on the predicate as a small clause: "called [the sanctions illegal]" with "sanctions"
            // the subject of "illegal".
            bool smallClause = false;
            foreach (int child in tree.ChildrenOf(v))
            {
                if (child <= v) continue;
                int nominal = child;
                if (tree.RelationOf(child) == DependencyRelation.Xcomp && tree.ChildWith(child, DependencyRelation.Nsubj) is int subject and > 0 && subject > v)
                    nominal = subject;
                else if (!(tree.RelationOf(child) == DependencyRelation.Obj
                    || tree.RelationOf(child) == DependencyRelation.Xcomp && (document.Tags[child] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Pronoun
                        // "a move Washington called deeply troubling": a condemning predicate alone after the verb.
                        || context.Words.Pejorative.Contains(document.TextOf(child))))) continue;
                if (named >= 0 && nominal > named) continue;
                named = nominal;
                smallClause = nominal != child;
            }
            // "…, a move Washington called deeply troubling", where the parse did not make the verb a relative clause of "move".
            bool relative = false;
            if (!smallClause && MisparsedRelativeNoun(context, tree, v) is var (actNoun, condemningWord))
                (named, word, relative) = (actNoun, condemningWord, true);
            // "…, a decision that Rabat has condemned as hostile": a relative clause whose object is the relative pronoun before
            // the verb names the noun it describes by the condemning word of its "as" phrase; only a noun set off by a comma,
            // which restates the act just told.
            if (named < 0 && tree.RelationOf(v) == DependencyRelation.AclRelcl && tree.HeadOf(v) is int labelledNoun and >= 0 && labelledNoun < v
                && PhraseStart(document, tree, labelledNoun) - 1 is int comma && comma > sentence.FirstToken && document.TextOf(comma) is ","
                && AsLabelOf(context, tree, v) is int asWord and >= 0)
                (named, word, relative) = (labelledNoun, asWord, true);
            if (named < 0) continue;
            // "called the decision hostile" tagged as one noun phrase, the adjective its head: the noun before it is named.
            if (context.Words.Pejorative.Contains(document.TextOf(named)) && tree.ChildWith(named, DependencyRelation.Compound) is int compound and >= 0 && compound < named)
            {
                word = named;
                named = compound;
            }
            // "a move Guyana called an existential threat", "Russia, which Kyiv calls a terrorist state": in a relative clause
            // what is named is the noun the clause describes, and the condemning word is in the one nominal after the verb.
            if (word < 0 && !smallClause && tree.RelationOf(v) == DependencyRelation.AclRelcl && tree.HeadOf(v) is int described and >= 0 && described < v
                && CondemningWordOf(context, tree, named) is int condemning and >= 0)
            {
                word = condemning;
                named = described;
                relative = true;
            }
            // The condemning word in what the verb says of its object, after the object's head — outside the object's phrase,
            // or hung right on its head where a parse mistakes the predicate for a modifier ("called the sanctions illegal").
            for (int k = named + 1; k < sentence.EndToken && word < 0; k++)
                if (context.Words.Pejorative.Contains(document.TextOf(k)) && tree.Dominates(v, k)
                    && (!tree.Dominates(named, k) || tree.HeadOf(k) == named || InQuotedLabel(document, tree, named, k) || InMisparsedPredicate(document, tree, named, k)
                        || InAsPhraseOfTheNamed(document, tree, named, k))) word = k;
            if (word < 0 || context.Reader.ModeOf(v, v, v + 1) == EventMode.Negated) continue;
            var speaker = reader.SubjectOf(v);
            // "Russia launched what Kyiv called a terrorist attack": what the label names is the main verb's object, and its
            // doer the main verb's subject; the doer's own name for its deed ("launched what they called a drone attack")
            // accuses no one.
            if (tree.RelationOf(v) == DependencyRelation.AclRelcl && tree.HeadOf(v) is int what and >= 0 && document.TextOf(what) is "what" or "What")
            {
                int deed = tree.HeadOf(what);
                var labelled = deed >= 0 && tree.Universal[deed] == UniversalTag.Verb ? reader.SubjectOf(deed) : null;
                if (labelled is null || speaker is null || labelled.IsPlace || speaker.IsPlace || EventCoder.IsCommentator(speaker)
                    || labelled.SharesCodeWith(speaker)) continue;
                PejorativePredicateIsAccusation.AddCriticism(context, events, factory, speaker, labelled, v, TextSpan.FromBounds(document.Tokens[v].Start, document.Tokens[word].End),
                    $"\"what … {document.TextOf(v)} … {document.TextOf(word)}\": another actor's deed named by a condemning word", Name);
                continue;
            }
            // "calling it a violation of Syria's sovereignty": a pronoun named that stands for no actor stands for the act just
            // told; an actor after it in the condemning words is no target.
            bool actPronoun = !relative && document.Tags[named] == PartOfSpeech.Pronoun && reader.ActorOfNominal(named) is null;
            // "calling the launches a violation of UN resolutions": an act named by its noun, with no actor in its own phrase, is
            // aimed at its doer (sought below), not at an actor in the condemning words.
            bool actNamed = !relative && !actPronoun && context.ImplicitTargets?.NamesAnAct(document.TextOf(named)) == true
                            && (reader.ActorOfNominal(named) is not { } inNamed || inNamed.First > word);
            var target = relative || actPronoun ? reader.ActorOfNominal(named)
                : actNamed ? null : reader.ObjectOf(v, v + 1, hostile: true) ?? (smallClause ? reader.ActorOfNominal(named) : null);
            // "condemned the move as aggression against the Cuban people": the speaker's own people are whom the act was
            // done to, not whom the condemning word names; the doer of the act named is sought below, and failing one the
            // own target stands ("designated the BLA a terrorist group").
            var ownTarget = target is not null && speaker is not null && target.CodesWithin(speaker) ? target : null;
            if (ownTarget is not null) target = null;
            // "called the incident a provocation by Baku": the condemning word's "by" phrase names the doer.
            // The parse may hang that phrase on the verb, whose own subject is named ("Yerevan called it a provocation by Baku").
            // So may the phrase of the noun the word qualifies: "an act of aggression by Baku".
            if (target is null && (ByPhraseOf(tree, word, word) is int byPhrase and >= 0
                    || tree.RelationOf(word) == DependencyRelation.Nmod && tree.HeadOf(word) is int act and >= 0 && act < word && (byPhrase = ByPhraseOf(tree, act, word)) >= 0
                    || tree.ChildWith(v, DependencyRelation.Nsubj) >= 0 && (byPhrase = ByPhraseOf(tree, v, word)) >= 0))
                target = reader.ActorOfNominal(byPhrase);
            // "New Delhi called the decision unacceptable": an act named by a noun is aimed at whoever did it earlier; in a
            // relative clause the act's noun opens before the verb ("…, a move Guyana called …").
            int before = relative ? PhraseStart(document, tree, named) - 1 : v;
            if (target is null && speaker is { IsPlace: false } && context.ImplicitTargets is { } acts
                && (relative && before > sentence.FirstToken && document.TextOf(before) is ","
                    ? acts.FindBesideClause(document, named, EventType.Accuse, speaker.Members[0].Code, context.Earlier)
                    : acts.Find(document, sentence, before, named + 1, EventType.Accuse, speaker.Members[0].Code, context.Earlier, phraseEndsAtEnd: true)) is { } doer)
            {
                // "Britain, France and Germany reimposed sanctions … Tehran called the sanctions terrorism": every doer of the act.
                target = new ActorGroup { First = named, End = named + 1 };
                foreach (var party in ImplicitTargets.PartiesOf(doer, context.Earlier, speaker.Members[0].Code)) target.Add(party);
            }
            // "said Moscow would respond to the deployment of US missiles, calling the plan a threat": an act named by a
            // participle after the clause it hangs on is what the last act told in that clause answered; its target did it.
            if (target is null && actNamed && speaker is not null && context.Reader.ParticipleGovernor(v) is int governing and >= 0 && governing < v
                && AnsweredActsTarget(document, events, firstEvent, governing, v, speaker) is { } answered)
                target = new ActorGroup { First = named, End = named + 1 }.With(answered);
            target ??= ownTarget;
            if (target is null || target.IsPlace || speaker is null || speaker.IsPlace || EventCoder.IsCommentator(speaker)) continue;
            // "… denounced the U.S. and the ROK for staging drills, calling them a rehearsal for war": a speaker read as the very
            // actors the label names (a participle hung on the wrong verb) is no speaker; they do not condemn each other.
            if (speaker.Members.Count > 1 && speaker.Members.TrueForAll(s => target.Members.Exists(t => t.Code == s.Code))) continue;
            PejorativePredicateIsAccusation.AddCriticism(context, events, factory, speaker, target, v, TextSpan.FromBounds(document.Tokens[v].Start, document.Tokens[word].End),
                $"\"{document.TextOf(v)} … {document.TextOf(word)}\": another actor named by a condemning word", Name);
        }
    }

    // The target of the last act of the sentence told from <paramref name="from"/> up to <paramref name="before"/>, when not
    // the speaker's own; else null.
    private static Actor? AnsweredActsTarget(Document document, List<Event> events, int firstEvent, int from, int before, ActorGroup speaker)
    {
        int start = document.Tokens[from].Start, end = document.Tokens[before].Start;
        for (int k = events.Count - 1; k >= firstEvent; k--)
            if (events[k].Trigger.Start >= start && events[k].Trigger.Start < end)
                return events[k].Target is { } target && !speaker.Members.Exists(m => m.Code == target.Code) ? target : null;
        return null;
    }

    // "…, a move Washington called deeply troubling" where the parse did not make "called" a relative clause of "move": read
    // by positions, an act noun whose phrase opens after a comma, right before the actor right before the verb. The act
    // noun and the condemning word after the verb, or null.
    private static (int Described, int Condemning)? MisparsedRelativeNoun(SentenceContext context, SyntaxLayer tree, int v)
    {
        var document = context.Document;
        int first = context.Sentence.FirstToken;
        if (tree.RelationOf(v) == DependencyRelation.AclRelcl || v - 1 <= first || context.ImplicitTargets is not { } acts
            || context.Groups.Holding(v - 1) is not { IsPlace: false } speaker) return null;
        int noun = speaker.First - 1;
        if (noun <= first || document.Tags[noun] != PartOfSpeech.Noun || !acts.NamesAnAct(document.TextOf(noun))) return null;
        int start = noun - 1;
        while (start > first && document.Tags[start] is PartOfSpeech.Determiner or PartOfSpeech.Adjective) start--;
        if (document.TextOf(start) is not ",") return null;
        foreach (int child in tree.ChildrenOf(v))
            if (child > v && (tree.RelationOf(child) is DependencyRelation.Obj or DependencyRelation.Xcomp
                              || tree.RelationOf(child) == DependencyRelation.Obl && tree.ChildWith(child, DependencyRelation.Case) is int marker and >= 0 && document.TextOf(marker) is "as")
                && CondemningWordOf(context, tree, child) is int condemning and >= 0)
                return (noun, condemning);
        return null;
    }

    // "called the attack a terrorist act": a parse may hang the predicate nominal on the object as a modifier with no
    // preposition; a word of that nominal (itself hung on it) is in what the verb says of the object.
    private static bool InMisparsedPredicate(Document document, SyntaxLayer tree, int named, int word)
    {
        int nominal = tree.HeadOf(word);
        return nominal > named && tree.HeadOf(nominal) == named && tree.RelationOf(nominal) is DependencyRelation.Nmod or DependencyRelation.Appos
               && tree.ChildWith(nominal, DependencyRelation.Case) < 0 && tree.ChildWith(nominal, DependencyRelation.Det) is int article and >= 0
               && document.TextOf(article) is "a" or "an";
    }

    /// <summary>Whether an event of the sentence (from <paramref name="firstEvent"/> on) has its trigger at <paramref name="verb"/>.</summary>
    internal static bool ActAlreadyToldBy(Document document, List<Event> events, int firstEvent, int verb)
    {
        int start = document.Tokens[verb].Start;
        for (int k = firstEvent; k < events.Count; k++) if (events[k].Trigger.Start == start) return true;
        return false;
    }

    // "described Morocco's move as a dangerous escalation": a parse may hang the "as" phrase on the object rather than on the
    // verb; a word of that phrase is in what the verb says of the object.
    private static bool InAsPhraseOfTheNamed(Document document, SyntaxLayer tree, int named, int word)
    {
        for (int node = word; node >= 0 && node != named; node = tree.HeadOf(node))
            if (tree.HeadOf(node) == named)
                return tree.RelationOf(node) == DependencyRelation.Nmod && tree.ChildWith(node, DependencyRelation.Case) is int marker and >= 0 && document.TextOf(marker) is "as";
        return false;
    }

    // "called the move \"another hostile step\"": a parse may hang the quoted label on the object as an apposition; a word in
    // an apposition of <named> that opens with a quotation mark is in what the verb says of it.
    private static bool InQuotedLabel(Document document, SyntaxLayer tree, int named, int word)
    {
        for (int node = word; node >= 0 && node != named; node = tree.HeadOf(node))
            if (tree.RelationOf(node) == DependencyRelation.Appos && tree.HeadOf(node) == named)
                return PhraseStart(document, tree, node) is int start && start > named && document.TextOf(start - 1) is "\"" or "“" or "'" or "‘";
        return false;
    }

    // The condemning word of an "as" phrase after the naming verb <verb> ("condemned as hostile", "denounced as a blatant
    // provocation"), or -1.
    private static int AsLabelOf(SentenceContext context, SyntaxLayer tree, int verb)
    {
        foreach (int child in tree.ChildrenOf(verb))
            if (child > verb && tree.RelationOf(child) is DependencyRelation.Obl or DependencyRelation.Xcomp or DependencyRelation.Advcl
                && tree.ChildWith(child, DependencyRelation.Case) is int marker and >= 0 && context.Document.TextOf(marker) is "as"
                && CondemningWordOf(context, tree, child) is int word and >= 0)
                return word;
        return -1;
    }

    // The condemning word that is the nominal itself or one of the words before it in its phrase ("an existential threat",
    // "a terrorist state"), or -1; words after its head ("a response to aggression") say something else.
    private static int CondemningWordOf(SentenceContext context, SyntaxLayer tree, int nominal)
    {
        if (context.Words.Pejorative.Contains(context.Document.TextOf(nominal))) return nominal;
        foreach (int child in tree.ChildrenOf(nominal))
            if (child < nominal && tree.RelationOf(child) is DependencyRelation.Amod or DependencyRelation.Compound && context.Words.Pejorative.Contains(context.Document.TextOf(child))) return child;
        return -1;
    }

    // The nominal of a "by" phrase hung on <head> after <after> ("a provocation by Baku"), or -1.
    internal static int ByPhraseOf(SyntaxLayer tree, int head, int after)
    {
        foreach (int child in tree.ChildrenOf(head))
            if (child > after && tree.RelationOf(child) is DependencyRelation.Nmod or DependencyRelation.Obl
                && tree.ChildWith(child, DependencyRelation.Case) is int by and >= 0 && tree.LemmaOf(by) is "by")
                return child;
        return -1;
    }

    // The first word of the phrase headed by a nominal (its determiner or first modifier; not a comma before it).
    private static int PhraseStart(Document document, SyntaxLayer tree, int nominal)
    {
        int start = nominal;
        foreach (int child in tree.ChildrenOf(nominal))
            if (child < start && document.Tokens[child].Kind == TokenKind.Word) start = child;
        return start;
    }
}

/// <summary>"Nigerian jets struck the rebels at the request of Benin's government", "Uganda deployed troops at the behest of
/// President Kiir": an act done at another actor's request (list 'request-noun', in an "at" phrase on the act's verb) tells
/// that actor's request of the doer (CAMEO 020), when the act itself is coded as told. Not for an act denied or supposed,
/// nor what an analyst says was done.</summary>
internal sealed class AtTheRequestOfIsRequest : ISentenceRule
{
    public string Name => "sentence:at-the-request-of";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, reader) = (context.Document, context.Sentence, context.Reader);
        if (document.Syntax is not { } tree || !context.HasWord("at") || !context.HasWordOf(context.Words.RequestNoun)) return;
        for (int i = sentence.FirstToken + 1; i < sentence.EndToken; i++)
        {
            if (!context.Words.RequestNoun.Contains(document.TextOf(i)) || tree.RelationOf(i) != DependencyRelation.Obl
                || tree.ChildWith(i, DependencyRelation.Case) is not (int at and >= 0) || document.TextOf(at) is not "at") continue;
            // The act's verb with a subject of its own: not a participle describing a noun ("operations realized at the behest
            // of …"), whose doer the sentence may not name.
            int verb = tree.HeadOf(i);
            // "struck positions held by mutineers … at the request of Benin": a parse may hang the phrase on a participle
            // describing the object; the act is then the verb whose object that is.
            if (verb >= 0 && ClauseReader.SubjectChild(tree, verb) < 0 && tree.RelationOf(verb) == DependencyRelation.Acl && tree.HeadOf(verb) is int described and >= 0
                && tree.RelationOf(described) == DependencyRelation.Obj && tree.HeadOf(described) is int governing and >= 0)
                verb = governing;
            if (verb < 0 || tree.Universal[verb] != UniversalTag.Verb || ClauseReader.SubjectChild(tree, verb) < 0 || reader.SubjectOf(verb) is not { IsPlace: false } doer) continue;
            if (reader.ModeOf(verb, doer.First, doer.End) is EventMode.Negated or EventMode.Hypothetical) continue;
            // Whose request: "of Benin's government", "at Kyiv's request".
            ActorGroup? asker = null;
            int askerEnd = i;
            foreach (int child in tree.ChildrenOf(i))
            {
                var relation = tree.RelationOf(child);
                if (relation == DependencyRelation.NmodPoss || relation == DependencyRelation.Nmod && tree.ChildWith(child, DependencyRelation.Case) is int of and >= 0 && document.TextOf(of) is "of")
                {
                    asker = reader.ActorOfNominal(child);
                    askerEnd = Math.Max(askerEnd, child);
                    break;
                }
            }
            if (asker is not { IsPlace: false } || EventCoder.IsCommentator(asker)) continue;
            // Only of an act the sentence codes as told (not an analyst's reading, nor background): the request is the act's.
            int verbAt = document.Tokens[verb].Start;
            if (!events.Exists(e => e.SentenceIndex == context.Index && e.Trigger.Start <= verbAt && verbAt < e.Trigger.End
                    && !e.IsThirdPartyClaim && !e.IsBackground && e.Mode is EventMode.Happened or EventMode.Intended)) continue;
            var trigger = TextSpan.FromBounds(document.Tokens[Math.Min(at, askerEnd)].Start, document.Tokens[Math.Max(i, askerEnd)].End);
            foreach (var a in asker.Members)
                foreach (var d in doer.Members)
                    if (a.Code != d.Code && !context.HasTold(events, EventType.Request, a, d))
                        events.Add(factory.Derived(context, a, d, EventType.Request, "020", i, trigger, $"\"at the {document.TextOf(i)} of\": the doer acted on another's request", Name));
        }
    }
}

/// <summary>"Zelensky thanked Denmark for a fresh package of military aid": thanks for aid (list 'thanked-aid') tell that the
/// thanked actor gave it to the thanker: an AID event besides the thanks (CAMEO 072 for arms or military aid, else 070).</summary>
internal sealed class ThanksForAidTellTheAid : ISentenceRule
{
    public string Name => "sentence:thanked-for-aid";

    public void Apply(SentenceContext context, List<Event> events, int firstEvent, EventFactory factory)
    {
        var (document, sentence, reader) = (context.Document, context.Sentence, context.Reader);
        // The aid is named in a "for" phrase by a word of list 'thanked-aid': without both in the sentence, no verb's lemma
        // need be worked out.
        if (document.Syntax is not { } tree || !context.HasWord("for") || !context.HasWordOf(context.Words.ThankedAid)) return;
        for (int v = sentence.FirstToken; v < sentence.EndToken; v++)
        {
            if (document.Tags[v] != PartOfSpeech.Verb || tree.LemmaOf(v) is not "thank" || context.Reader.ModeOf(v, v, v + 1) != EventMode.Happened) continue;
            int obj = tree.ChildWith(v, DependencyRelation.Obj);
            if (obj < 0 || reader.ActorOfNominal(obj) is not { IsPlace: false } giver || reader.SubjectOf(v) is not { IsPlace: false } thanker) continue;
            // The "for" phrase: its head or a word of it names aid ("for a package of military aid", "for its weapons").
            int aid = -1;
            bool military = false;
            foreach (int reason in tree.ChildrenOf(v))
            {
                if (tree.RelationOf(reason) != DependencyRelation.Obl || tree.ChildWith(reason, DependencyRelation.Case) is not (int marker and >= 0) || document.TextOf(marker) is not "for") continue;
                for (int k = marker + 1; k < sentence.EndToken && k <= marker + 8 && tree.Dominates(reason, k); k++)
                {
                    if (context.Words.ThankedAid.Contains(document.TextOf(k))) aid = k;
                    military |= document.TextOf(k) is "military" or "weapons" or "arms" or "ammunition" or "defence" or "defense";
                }
            }
            if (aid < 0) continue;
            foreach (var g in giver.Members)
                foreach (var t in thanker.Members)
                    if (g.Code != t.Code && !context.HasTold(events, EventType.Aid, g, t))
                        events.Add(factory.Derived(context, g, t, EventType.Aid, military ? "072" : "070", aid,
                            TextSpan.FromBounds(document.Tokens[v].Start, document.Tokens[aid].End), $"\"{document.TextOf(v)} … {document.TextOf(aid)}\": aid the thanked gave", Name));
        }
    }
}

/// <summary>"The United States has encouraged South Korea to sign … But South Korea is sticking to rejecting this idea":
/// a rejection without a target answers the last request, offer, accusation or sanction aimed at its source (within three sentences);
/// co-deniers in one sentence answer the same accuser.</summary>
internal sealed class RejectionAnswersProposal : IArticleRule
{
    public string Name => "article:rejection-answers-proposal";

    // A rejection answers a request or offer; a denial answers an accusation, or the sanctions that carried it.
    private static readonly HashSet<EventType> Answered = [EventType.Request, EventType.Agree, EventType.Accuse, EventType.Sanction];

    /// <summary>The latest of the events before <c>events[k]</c>, at most three sentences back, of one of
    /// <paramref name="kinds"/>, aimed at its source by another actor; null when none is.</summary>
    internal static Event? LastActAimedAt(List<Event> events, int k, HashSet<EventType> kinds)
    {
        var e = events[k];
        for (int j = k - 1; j >= 0; j--)
        {
            var earlier = events[j];
            if (e.SentenceIndex - earlier.SentenceIndex > 3) break;
            // "He called on the Security Council to impose sanctions on Rwandan commanders": what is only asked for or imagined
            // was aimed at no one yet; the call itself is what a later denial answers.
            if (earlier.Mode is EventMode.Hypothetical or EventMode.Negated || earlier.IsBackground && earlier.Mode != EventMode.Happened) continue;
            // "The two sides pledged to deepen ties and oppose hegemonism": what parties do together is no one's offer to the other.
            if (kinds.Contains(earlier.Type) && earlier.Target?.Code == e.Source.Code && earlier.Source.Code != e.Source.Code
                && !(earlier.SentenceIndex == e.SentenceIndex && earlier.Rules.Contains(JointActIsBetweenParties.RuleName))) return earlier;
        }
        return null;
    }

    public void Apply(Document document, List<Event> events, CodingWords words)
    {
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Type != EventType.Reject || e.Target is not null) continue;
            if (LastActAimedAt(events, k, Answered) is { } earlier) events[k] = e.WithRule(Name) with { Target = earlier.Source };
        }
        // "Moscow and Pyongyang deny …": co-deniers answer the same accuser.
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Type != EventType.Reject || e.Target is not null) continue;
            int from = k;
            while (from > 0 && events[from - 1].SentenceIndex == e.SentenceIndex) from--;
            Event? partner = null;
            for (int j = from; j < events.Count && events[j].SentenceIndex == e.SentenceIndex && partner is null; j++)
                if (events[j] is { Type: EventType.Reject, Target: not null } x && x.Trigger == e.Trigger && x.Target.Code != e.Source.Code) partner = x;
            if (partner is not null) events[k] = e.WithRule(Name) with { Target = partner.Target };
        }
    }
}

/// <summary>"North Korea shipped shells to Russia, a UN panel said. Moscow denied the accusations": a denial still aimed at
/// no one, of a claim (a verb of list 'denial-verb' before "that", a gerund or a noun of list 'claim-noun', or a charge
/// called false), answers whoever last said something naming the denier, in that sentence or the three before: the actor
/// in the subject of a verb of list 'reporting' or 'cognition' (or of list 'reporting' after a comma: "…, a UN panel said")
/// in a sentence that names the denier apart from that subject.</summary>
internal sealed class DenialAnswersClaimant : IArticleRule
{
    public string Name => "article:denial-answers-claimant";

    private const int Reach = 3;

    public void Apply(Document document, List<Event> events, CodingWords words)
    {
        if (document.Syntax is not { } tree) return;
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Type != EventType.Reject || e.Target is not null || !DeniesAClaim(document, e, words)) continue;
            int denial = document.TokenAt(e.Trigger.Start);
            for (int s = e.SentenceIndex; s >= 0 && e.SentenceIndex - s <= Reach; s--)
                if (SpeakerNaming(document, tree, document.Sentences[s], Math.Min(denial, document.Sentences[s].EndToken), e.Source.Code, words) is { } speaker)
                {
                    events[k] = e.WithRule(Name) with { Target = speaker.Actor };
                    break;
                }
        }
    }

    // The actor in the subject of the last saying verb before <end> in <sentence> whose sentence names <denier> outside that
    // subject; null when there is none.
    private static ActorMention? SpeakerNaming(Document document, SyntaxLayer tree, Sentence sentence, int end, ActorCode denier, CodingWords words)
    {
        for (int v = end - 1; v >= sentence.FirstToken; v--)
        {
            if (document.Tags[v] != PartOfSpeech.Verb || !(words.Reporting.Contains(document.TextOf(v)) || words.Cognition.Contains(document.TextOf(v)))) continue;
            // The subject, or for an attribution set after a comma that the parser hung elsewhere ("…, a UN panel said"),
            // the words from that comma to the verb.
            int subject = tree.ChildWith(v, DependencyRelation.Nsubj), from = v;
            if (subject < 0)
            {
                if (!words.Reporting.Contains(document.TextOf(v))) continue;
                while (from > sentence.FirstToken && v - from < 8 && document.TextOf(from - 1) is not ("," or ";") && document.Tokens[from - 1].Kind != TokenKind.Quote) from--;
                if (from == sentence.FirstToken || document.TextOf(from - 1) is not ",") continue;
            }
            ActorMention? speaker = null;
            bool named = false;
            foreach (var m in Phrases.MentionsIn(document, sentence.FirstToken, sentence.EndToken))
            {
                if (m.EntryKind is ActorEntryKind.Place) continue;
                if (subject >= 0 ? tree.Dominates(subject, m.FirstToken) : m.FirstToken >= from && m.FirstToken < v) speaker ??= m;
                else if (m.Actor.Code == denier) named = true;
            }
            if (speaker is not null && named && speaker.Actor.Code != denier) return speaker;
        }
        return null;
    }

    // "denied that …", "denied sending …", "rejected the report", "dismissed the allegations as baseless".
    internal static bool DeniesAClaim(Document document, Event e, CodingWords words)
    {
        // "said the report was false": a charge called false (rule sentence:dismissed-charge).
        if (e.Rules.Contains(DismissedChargeIsRejection.RuleName)) return true;
        int verb = document.TokenAt(e.Trigger.Start);
        var sentence = document.Sentences[e.SentenceIndex];
        if (verb < 0 || !words.DenialVerb.Contains(document.TextOf(verb))) return false;
        for (int i = verb + 1; i < sentence.EndToken && i <= verb + 4; i++)
        {
            var word = document.TextOf(i);
            if (words.ClaimNoun.Contains(word)) return true;
            if (i == verb + 1 && (word is "that" || document.Tags[i] == PartOfSpeech.Verb && word.EndsWith("ing", StringComparison.Ordinal))) return true;
            if (document.Tokens[i].Kind != TokenKind.Word || document.Tags[i] is PartOfSpeech.Verb) break;
        }
        return false;
    }
}

/// <summary>"Hungary expelled two Slovak diplomats. Bratislava vowed to respond in kind": a threat of retaliation (a word of
/// list 'retaliation' in its trigger) aimed at no one answers the last hostile act aimed at its source within three sentences;
/// so does force or a measure told as the answer ("Hezbollah responded with rocket fire").</summary>
internal sealed class RetaliationAnswersHostileAct : IArticleRule
{
    public string Name => "article:retaliation-answers-act";

    private static readonly HashSet<EventType> Hostile = [EventType.Sanction, EventType.Accuse, EventType.Coerce, EventType.Assault, EventType.Threaten, EventType.Mobilize, EventType.Protest];

    public void Apply(Document document, List<Event> events, CodingWords words)
    {
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Target is not null || !(e.Type == EventType.Threaten ? TellsRetaliation(document, e, words) : IsRetaliation(document, e, words))) continue;
            if (RejectionAnswersProposal.LastActAimedAt(events, k, Hostile) is { } earlier) events[k] = e.WithRule(Name) with { Target = earlier.Source };
            // "'We are ready to respond,' the minister said, accusing Washington of …": whom the speaker accuses in the same
            // sentence, or else in the sentence just before ("… denounced the U.S. bomber flights. He warned that the armed
            // forces will take countermeasures"), is whom the threat answers.
            else if ((AccusationBy(events, e, e.SentenceIndex) ?? AccusationBy(events, e, e.SentenceIndex - 1)) is { } accusation)
                events[k] = e.WithRule(Name) with { Target = accusation.Target };
        }
    }

    private static Event? AccusationBy(List<Event> events, Event threat, int sentence) =>
        events.Find(a => a.SentenceIndex == sentence && a.Type == EventType.Accuse && a.Source.Code == threat.Source.Code && a.Target is not null);

    // "responded with rocket fire", "retaliated with tariffs", "gave a befitting reply": force or a measure whose trigger holds
    // a word of retaliation answers an earlier act; so does fire returned (list 'fire-returned': "our forces returned fire").
    private static bool IsRetaliation(Document document, Event e, CodingWords words)
    {
        if (e.Type is not (EventType.Assault or EventType.Coerce or EventType.Sanction) || document.TokenAt(e.Trigger.Start) is not (var first and >= 0)) return false;
        for (int i = first; i < document.Tokens.Length && document.Tokens[i].End <= e.Trigger.End; i++)
            if (words.Retaliation.Contains(document.TextOf(i)) || e.Type == EventType.Assault && words.FireReturned.Contains(document.TextOf(i))) return true;
        return false;
    }

    // A word of retaliation in the trigger, or after it in what it warns of ("warned it would take countermeasures").
    private static bool TellsRetaliation(Document document, Event e, CodingWords words)
    {
        var sentence = document.Sentences[e.SentenceIndex];
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (document.Tokens[i].End > e.Trigger.Start && words.Retaliation.Contains(document.TextOf(i))) return true;
        return false;
    }
}

/// <summary>"The European Union stands ready to consider further measures", "Washington was open to talks", "we are prepared
/// to do our part": readiness to act aimed at no one, once the story has been read, offers nothing to anyone and is no act
/// a careful analyst would write down; it is kept as background. Readiness aimed at someone ("ready to hold talks with
/// Seoul") stays an offer.</summary>
internal sealed class AimlessReadinessIsNoAct : IArticleRule
{
    public string Name => "article:aimless-readiness";

    public void Apply(Document document, List<Event> events, CodingWords words)
    {
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Type != EventType.Agree || e.Target is not null || e.IsBackground
                || !(Phrases.IsReadiness(e) || e.LexiconEntry.StartsWith("open to", StringComparison.Ordinal))) continue;
            events[k] = e.WithRule(Name) with { IsBackground = true };
        }
    }
}

/// <summary>A refusal or threat still aimed at no one, once the story has been read, concerns the actor's own state
/// ("the district administration denied land allocation"): CAMEO codes it as domestic. Only for rebels, parties, local
/// bodies and the like, or when the sentence names the actor's own people again; a government's denial or warning about
/// foreign affairs ("Moscow and Pyongyang deny any arms transfers") is left without a target.</summary>
internal sealed class UnaimedRefusalIsDomestic : IArticleRule
{
    public string Name => "article:unaimed-refusal-is-domestic";

    private static bool IsDenial(ReadOnlySpan<char> word) => word is "deny" or "denies" or "denied" or "denying" or "denial";

    // "denied providing …", "denied that …", "denied the allegations": denying a claim. "denied land allocation" refuses a
    // thing and stays a refusal.
    private static bool DeniesAClaim(Document document, Event e)
    {
        var verb = document.Text.AsSpan(e.Trigger.Start, e.Trigger.Length);
        int space = verb.IndexOf(' ');
        if (!IsDenial(space < 0 ? verb : verb[..space])) return false;
        // A pattern naming what is denied ("deny * (accusation|allegation|…)") matched more than the verb.
        if (space >= 0) return true;
        int i = document.TokenAt(e.Trigger.Start);
        if (i < 0 || i + 1 >= document.Sentences[e.SentenceIndex].EndToken) return false;
        var next = document.TextOf(i + 1);
        return next is "that" || next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 4 && char.IsLower(next[0]);
    }

    public void Apply(Document document, List<Event> events, CodingWords words)
    {
        for (int k = 0; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Target is not null || e.Type is not (EventType.Reject or EventType.Threaten) || !e.Source.IsState) continue;
            // "the rebels deny sheltering foreign fighters": a denial answers an accuser, never the denier's own state.
            if (DeniesAClaim(document, e)) continue;
            bool stateActor = e.Source.Sector is "GOV" or "MIL" && !Phrases.IsLocalBody(document, e.Source);
            var sentence = document.Sentences[e.SentenceIndex];
            // (The name the source itself stands for — "We will never accept …," the Ukrainian minister said — is not named again.)
            bool ownStateAgain = Phrases.MentionsIn(document, sentence.FirstToken, sentence.EndToken).Any(m => m.Actor.Code == e.Source.Code && !m.Actor.Span.Overlaps(e.Source.Span)
                && e.Source.Antecedent?.Span != m.Actor.Span
                && m.Actor.Span.Start >= e.SentenceSpan.Start && m.Actor.Span.End <= e.SentenceSpan.End
                && m.Kind == MentionKind.Name && m.EntryKind == ActorEntryKind.Adjective
                // "A spokesperson for the Chinese foreign ministry said Beijing opposed …": the speaker's own description.
                && !(e.Claimant is { } speaker && speaker.Code == e.Source.Code && m.Actor.Span.End <= e.Trigger.Start && m.Actor.Span.Start < e.Source.Span.Start));
            if (stateActor && !ownStateAgain) continue;
            events[k] = e.WithRule(Name) with { Target = Phrases.DomesticCounterpart(e.Source) };
        }
    }
}

/// <summary>Who is said to say a clause when the attribution follows it.</summary>
internal static class Attribution
{
    // "…, which Chile said …", "…, as Peru said": a clause of its own after the comma, not the attribution of what precedes.
    private static bool OpensClause(ReadOnlySpan<char> word) => word is "which" or "who" or "whom" or "whose" or "that" or "as" or "when" or "where" or "while"
        or "because" or "after" or "before" or "if" or "although" or "though" or "and" or "but" or "or";

    /// <summary>Who says the clause at <paramref name="verb"/> (of subject <paramref name="subject"/>), by a speech verb over it
    /// or an attribution after it, with that verb; null when no one is named or only a commentator speaks.</summary>
    public static (ActorGroup Speaker, int Verb)? SaidByAnActor(SentenceContext context, int verb, ActorGroup? subject) =>
        (context.Reader.ClaimOf(verb, subject) ?? Trailing(context, verb)) is { Speaker: { } speaker } claim && !EventCoder.IsCommentator(speaker)
            ? (speaker, claim.Verb) : null;

    /// <summary>
    /// "…, the United States said.", "… the ships," a Chilean official told reporters.": a speech verb after a comma or
    /// closing quotation mark later in the sentence, with its subject; null when none follows, or when the words after the
    /// comma open a clause of their own ("…, which Chile said were seized").
    /// </summary>
    public static (ActorGroup? Speaker, int Verb)? Trailing(SentenceContext context, int after)
    {
        var (document, sentence) = (context.Document, context.Sentence);
        bool comma = false;
        for (int i = after + 1; i < sentence.EndToken; i++)
        {
            var word = document.TextOf(i);
            if (word is "," or "”" or "\"") comma = true;
            else if (comma && OpensClause(word)) return null;
            else if (comma && document.Tags[i] == PartOfSpeech.Verb && PersonFinder.IsSpeechVerb(word)) return (context.Reader.SubjectOf(i), i);
        }
        return null;
    }

    /// <summary>
    /// Who says the clause at <paramref name="at"/> of its subject: a speech or advice verb before it (see
    /// <see cref="ClauseReader.ClaimOf"/>) or an attribution after it ("… needs to return the ships," an official said), with
    /// the clause's subject actor, and whether the speech verb came before it. Null with no such speaker, a subject that is no actor or a place, or a speaker who is a
    /// commentator or only believes it. A sentence with no attribution is not parsed for a subject.
    /// </summary>
    public static (ActorGroup Subject, ActorGroup Speaker, int Verb, bool Before)? SaidOfSubject(SentenceContext context, int at, bool statesMayBelieve = false)
    {
        bool before = SpeechOrAdviceBefore(context, at);
        var trailing = before ? null : Trailing(context, at);
        if (!before && trailing is null) return null;
        var subject = context.Reader.SubjectOf(at);
        if (subject is null || subject.IsPlace) return null;
        if ((before ? context.Reader.ClaimOf(at, subject) : trailing) is not { Speaker: { } speaker } claim) return null;
        if (EventCoder.IsCommentator(speaker)) return null;
        // A state's own organs that believe another did a covert act accuse it (as rule claim:of-another-actor reads them).
        if (context.Words.Belief.Contains(context.Document.TextOf(claim.Verb)) && !(statesMayBelieve && speaker.Members.TrueForAll(m => m.Sector is "GOV" or "MIL" or "INT" or null))) return null;
        return (subject, speaker, claim.Verb, before);
    }

    /// <summary>
    /// When what a speaker says before <paramref name="at"/> has as its subject a noun naming an earlier act ("said the
    /// decision was regrettable"): that act's doer (<see cref="ImplicitTargets.FindPassiveSubject"/>), the speaker and the
    /// speech verb; else null.
    /// </summary>
    public static (ActorGroup Doer, ActorGroup Speaker, int Verb)? SaidOfAct(SentenceContext context, int at)
    {
        if (context.ImplicitTargets is not { } implicitTargets || context.Document.Syntax is not { } tree) return null;
        int subject = tree.ChildWith(at, DependencyRelation.Nsubj);
        // "'This is a dangerous and unprovoked act,' the spokesman said": a demonstrative names the act just told, and the
        // speaker may be named after the quotation.
        bool demonstrative = subject >= 0 && context.Document.TextOf(subject) is "This" or "this" or "That" or "that" or "It" or "it";
        if (subject < 0 || !demonstrative && !SpeechOrAdviceBefore(context, at)) return null;
        var claim = context.Reader.ClaimOf(at, null) ?? (demonstrative ? TrailingAttribution(context, tree, at) : null);
        if (claim is not { Speaker: { } speaker } || EventCoder.IsCommentator(speaker)) return null;
        // "said the exercise was a provocation by NATO": the condemning word's own "by" phrase names the doer.
        if (PejorativeNameIsAccusation.ByPhraseOf(tree, at, at) is int by and >= 0 && context.Reader.ActorOfNominal(by) is { IsPlace: false } named
            && !named.SharesCodeWith(speaker))
            return (named, speaker, claim.Value.Verb);
        var doer = demonstrative ? ImplicitTargets.FindDemonstratedAct(context.Document, at, speaker.Members[0].Code, context.Earlier)
                                 : implicitTargets.FindPassiveSubject(context.Document, subject, at, EventType.Accuse, speaker.Members[0].Code, context.Earlier);
        if (doer is null) return null;
        // "The United States and South Korea began joint drills. Pyongyang said the exercise was a provocation": every doer of
        // the act.
        var doers = new ActorGroup { First = subject, End = subject + 1 };
        foreach (var party in ImplicitTargets.PartiesOf(doer, context.Earlier, speaker.Members[0].Code)) doers.Add(party);
        return (doers, speaker, claim.Value.Verb);
    }

    /// <summary>"Oman recalled its envoy to Yemen, adding that the shelling of its border posts was unacceptable": the
    /// predicate <paramref name="at"/> says something of an act noun (no doer named) in a participle of speech ("saying",
    /// "adding") hung on the sentence's verb of an event already coded there; its doer is taken to be that event's target,
    /// the one the speaker acted against for it.</summary>
    public static (ActorGroup Doer, ActorGroup Speaker, int Verb)? SaidOfActInReason(SentenceContext context, List<Event> events, int firstEvent, int at)
    {
        if (context.ImplicitTargets is not { } acts || context.Document.Syntax is not { } tree) return null;
        var document = context.Document;
        // The participle of speech whose clause holds the predicate, and the verb it is hung on.
        int said = tree.HeadOf(at);
        // The act noun the predicate says something of; a parse may take it for the object of "saying".
        int subject = tree.ChildWith(at, DependencyRelation.Nsubj);
        if (subject < 0 && said >= 0 && tree.ChildWith(said, DependencyRelation.Obj) is int misread and >= 0 && misread > said && misread < at) subject = misread;
        if (subject < 0 || document.Tags[subject] != PartOfSpeech.Noun || !acts.NamesAnAct(document.TextOf(subject))) return null;
        if (said < 0 || tree.RelationOf(at) != DependencyRelation.Ccomp || document.Tags[said] != PartOfSpeech.Verb
            || !document.TextOf(said).EndsWith("ing", StringComparison.Ordinal) || !PersonFinder.IsSpeechVerb(document.TextOf(said))
            || tree.RelationOf(said) is not (DependencyRelation.Advcl or DependencyRelation.Xcomp or DependencyRelation.Conj) || tree.HeadOf(said) is not (int acted and >= 0)) return null;
        // An actor the act's phrase names is its doer or victim, unless it is the speaker's own side ("the strike on Afghan
        // territory", said by Kabul), which the act befell.
        var named = context.Reader.ActorOfNominal(subject);
        int actedAt = document.Tokens[acted].Start;
        for (int k = Math.Max(firstEvent, 0); k < events.Count; k++)
        {
            var e = events[k];
            if (e.SentenceIndex != context.Index || e.Target is not { } target || target.Code == e.Source.Code || e.Mode != EventMode.Happened
                || actedAt < e.Trigger.Start || actedAt >= e.Trigger.End || e.Goldstein >= 0) continue;
            if (named is not null && !named.Members.TrueForAll(m => m.Code == e.Source.Code)) return null;
            var speaker = new ActorGroup { First = said, End = said + 1 }.With(e.Source);
            if (EventCoder.IsCommentator(speaker)) return null;
            return (new ActorGroup { First = subject, End = subject + 1 }.With(target), speaker, said);
        }
        return null;
    }

    // "…, Manila said": a speech verb after the clause that the parse hangs it on, and its subject.
    private static (ActorGroup? Speaker, int Verb)? TrailingAttribution(SentenceContext context, SyntaxLayer tree, int at)
    {
        int head = tree.HeadOf(at);
        if (head <= at || !PersonFinder.IsSpeechVerb(context.Document.TextOf(head)) || tree.RelationOf(at) is not (DependencyRelation.Ccomp or DependencyRelation.Parataxis))
            return null;
        return (context.Reader.SubjectOf(head), head);
    }

    private static bool SpeechOrAdviceBefore(SentenceContext context, int end)
    {
        var (document, advice) = (context.Document, context.Words.Advice);
        for (int k = context.Sentence.FirstToken; k < end; k++)
            if ((PersonFinder.IsSpeechVerb(document.TextOf(k)) || advice.Contains(document.TextOf(k))) && !IsAttributive(document, k)) return true;
        return false;
    }

    // "North Korea's repeated launches": a participle describing a noun says nothing was said.
    private static bool IsAttributive(Document document, int k) =>
        document.Syntax is { } tree && tree.RelationOf(k) == DependencyRelation.Amod;
}
