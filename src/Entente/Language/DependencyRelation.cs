namespace Entente.Language;

/// <summary>
/// Universal Dependencies relations, with the subtypes English news reading relies on (passive subject and
/// auxiliary, relative clause, possessive, agent, particle) as members of their own; other subtypes read as their base.
/// </summary>
internal enum DependencyRelation : byte
{
    /// <summary>Unknown or unspecified (dep).</summary>
    Dep,
    /// <summary>The root of the sentence.</summary>
    Root,
    /// <summary>Nominal subject.</summary>
    Nsubj,
    /// <summary>Passive nominal subject (nsubj:pass).</summary>
    NsubjPass,
    /// <summary>Clausal subject.</summary>
    Csubj,
    /// <summary>Object.</summary>
    Obj,
    /// <summary>Indirect object.</summary>
    Iobj,
    /// <summary>Clausal complement.</summary>
    Ccomp,
    /// <summary>Open clausal complement.</summary>
    Xcomp,
    /// <summary>Oblique nominal.</summary>
    Obl,
    /// <summary>Agent of a passive (obl:agent).</summary>
    OblAgent,
    /// <summary>Vocative.</summary>
    Vocative,
    /// <summary>Expletive.</summary>
    Expl,
    /// <summary>Dislocated element.</summary>
    Dislocated,
    /// <summary>Adverbial clause modifier.</summary>
    Advcl,
    /// <summary>Adverbial modifier.</summary>
    Advmod,
    /// <summary>Discourse element.</summary>
    Discourse,
    /// <summary>Auxiliary.</summary>
    Aux,
    /// <summary>Passive auxiliary (aux:pass).</summary>
    AuxPass,
    /// <summary>Copula.</summary>
    Cop,
    /// <summary>Marker (subordinating conjunction, infinitival "to").</summary>
    Mark,
    /// <summary>Nominal modifier.</summary>
    Nmod,
    /// <summary>Possessive nominal modifier (nmod:poss).</summary>
    NmodPoss,
    /// <summary>Appositional modifier.</summary>
    Appos,
    /// <summary>Numeric modifier.</summary>
    Nummod,
    /// <summary>Clausal modifier of a noun.</summary>
    Acl,
    /// <summary>Relative clause (acl:relcl).</summary>
    AclRelcl,
    /// <summary>Adjectival modifier.</summary>
    Amod,
    /// <summary>Determiner.</summary>
    Det,
    /// <summary>Classifier.</summary>
    Clf,
    /// <summary>Case marking (prepositions, possessive 's).</summary>
    Case,
    /// <summary>Conjunct.</summary>
    Conj,
    /// <summary>Coordinating conjunction.</summary>
    Cc,
    /// <summary>Fixed multiword expression.</summary>
    Fixed,
    /// <summary>Flat multiword expression (names).</summary>
    Flat,
    /// <summary>Compound.</summary>
    Compound,
    /// <summary>Phrasal verb particle (compound:prt).</summary>
    CompoundPrt,
    /// <summary>List.</summary>
    List,
    /// <summary>Parataxis.</summary>
    Parataxis,
    /// <summary>Orphan in ellipsis.</summary>
    Orphan,
    /// <summary>Goes with.</summary>
    Goeswith,
    /// <summary>Reparandum (disfluency).</summary>
    Reparandum,
    /// <summary>Punctuation.</summary>
    Punct,
}

/// <summary>Conversions between <see cref="DependencyRelation"/> and CoNLL-U relation labels.</summary>
internal static class DependencyRelations
{
    private static readonly Dictionary<string, DependencyRelation> ByLabel = new(StringComparer.Ordinal)
    {
        ["dep"] = DependencyRelation.Dep, ["root"] = DependencyRelation.Root, ["nsubj"] = DependencyRelation.Nsubj,
        ["nsubj:pass"] = DependencyRelation.NsubjPass, ["csubj"] = DependencyRelation.Csubj, ["obj"] = DependencyRelation.Obj,
        ["iobj"] = DependencyRelation.Iobj, ["ccomp"] = DependencyRelation.Ccomp, ["xcomp"] = DependencyRelation.Xcomp,
        ["obl"] = DependencyRelation.Obl, ["obl:agent"] = DependencyRelation.OblAgent, ["vocative"] = DependencyRelation.Vocative,
        ["expl"] = DependencyRelation.Expl, ["dislocated"] = DependencyRelation.Dislocated, ["advcl"] = DependencyRelation.Advcl,
        ["advmod"] = DependencyRelation.Advmod, ["discourse"] = DependencyRelation.Discourse, ["aux"] = DependencyRelation.Aux,
        ["aux:pass"] = DependencyRelation.AuxPass, ["cop"] = DependencyRelation.Cop, ["mark"] = DependencyRelation.Mark,
        ["nmod"] = DependencyRelation.Nmod, ["nmod:poss"] = DependencyRelation.NmodPoss, ["appos"] = DependencyRelation.Appos,
        ["nummod"] = DependencyRelation.Nummod, ["acl"] = DependencyRelation.Acl, ["acl:relcl"] = DependencyRelation.AclRelcl,
        ["amod"] = DependencyRelation.Amod, ["det"] = DependencyRelation.Det, ["clf"] = DependencyRelation.Clf,
        ["case"] = DependencyRelation.Case, ["conj"] = DependencyRelation.Conj, ["cc"] = DependencyRelation.Cc,
        ["fixed"] = DependencyRelation.Fixed, ["flat"] = DependencyRelation.Flat, ["compound"] = DependencyRelation.Compound,
        ["compound:prt"] = DependencyRelation.CompoundPrt, ["list"] = DependencyRelation.List, ["parataxis"] = DependencyRelation.Parataxis,
        ["orphan"] = DependencyRelation.Orphan, ["goeswith"] = DependencyRelation.Goeswith, ["reparandum"] = DependencyRelation.Reparandum,
        ["punct"] = DependencyRelation.Punct,
    };

    /// <summary>Parses a label: a known subtype to its own member, another subtype to its base relation.</summary>
    public static DependencyRelation Parse(string label)
    {
        if (ByLabel.TryGetValue(label, out var relation)) return relation;
        int colon = label.IndexOf(':');
        return colon > 0 && ByLabel.TryGetValue(label[..colon], out relation) ? relation : DependencyRelation.Dep;
    }

    /// <summary>The CoNLL-U label: "nsubj:pass".</summary>
    public static string Label(this DependencyRelation relation)
    {
        foreach (var (label, r) in ByLabel) if (r == relation) return label;
        return "dep";
    }

    /// <summary>True for subjects of either voice (nsubj, nsubj:pass, csubj).</summary>
    public static bool IsSubject(this DependencyRelation r) => r is DependencyRelation.Nsubj or DependencyRelation.NsubjPass or DependencyRelation.Csubj;
}
