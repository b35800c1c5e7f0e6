using Entente.Language;
using System.Globalization;
using Entente.Actors;
using Entente.Events;

namespace Entente.Model;

/// <summary>
/// The dated alliance knowledge base: organisations and their members, treaties as directed pledges, and the
/// sources with their coverage dates. Loaded once from <c>data/alliances/</c> (and the user's files), then read-only
/// and thread-safe.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>The file name prefixes that say what a file holds.</summary>
    public static readonly IReadOnlyList<string> FileKinds = ["sources", "memberships", "treaties", "pledges"];

    private readonly Dictionary<string, FactSource> _sources;
    private readonly List<Membership> _memberships;
    private readonly Dictionary<string, Treaty> _treaties;
    private readonly List<Pledge> _pledges;
    private readonly Dictionary<ActorCode, List<Membership>> _byOrganization;
    private readonly Dictionary<ActorCode, List<Membership>> _byMember;

    private KnowledgeBase(Dictionary<string, FactSource> sources, List<Membership> memberships, Dictionary<string, Treaty> treaties, List<Pledge> pledges)
    {
        _sources = sources;
        _memberships = memberships;
        _treaties = treaties;
        _pledges = pledges;
        _byOrganization = memberships.GroupBy(m => m.Organization).ToDictionary(g => g.Key, g => g.ToList());
        _byMember = memberships.GroupBy(m => m.Member).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The shipped folder: "data/alliances" beside the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "data", "alliances");

    /// <summary>Every source.</summary>
    public IReadOnlyCollection<FactSource> Sources => _sources.Values;
    /// <summary>Every membership row.</summary>
    public IReadOnlyList<Membership> Memberships => _memberships;
    /// <summary>Every treaty.</summary>
    public IReadOnlyCollection<Treaty> Treaties => _treaties.Values;
    /// <summary>Every pledge.</summary>
    public IReadOnlyList<Pledge> Pledges => _pledges;
    /// <summary>The organisations that have at least one membership row.</summary>
    public IEnumerable<ActorCode> Organizations => _byOrganization.Keys;

    /// <summary>
    /// Loads the shipped folder (or <paramref name="folder"/>) and then each extra file or folder. A file's name says
    /// what it holds: it starts with sources, memberships, treaties or pledges (<c>memberships-mine.tsv</c>).
    /// </summary>
    /// <exception cref="DictionaryFormatException">A row cannot be read; the message names the file and line.</exception>
    /// <exception cref="FileNotFoundException">An extra path does not exist.</exception>
    public static KnowledgeBase Load(string? folder = null, IEnumerable<string>? extra = null)
    {
        var files = new List<string>();
        folder ??= DefaultFolder;
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such alliances folder");
        files.AddRange(Directory.GetFiles(folder, "*.tsv").OrderBy(f => f, StringComparer.Ordinal));
        foreach (var path in extra ?? [])
        {
            if (Directory.Exists(path)) files.AddRange(Directory.GetFiles(path, "*.tsv", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else throw new FileNotFoundException($"{path}: no such alliances file or folder", path);
        }
        return Load(files);
    }

    /// <summary>Loads exactly these files (see <see cref="Load(string?, IEnumerable{string}?)"/> for the naming rule).</summary>
    public static KnowledgeBase Load(IReadOnlyList<string> files)
    {
        var byKind = files.ToLookup(f => Kind(f));
        var sources = new Dictionary<string, FactSource>(StringComparer.Ordinal);
        foreach (var file in byKind["sources"])
            foreach (var (f, origin) in TsvRows.Read(file, 3))
            {
                if (!DateOnly.TryParseExact(f[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var coverage))
                    throw new DictionaryFormatException(origin, $"coverage '{f[1]}' is not a date (YYYY-MM-DD)");
                sources[f[0].Trim()] = new FactSource(f[0].Trim(), coverage, f[2].Trim());
            }

        var memberships = new List<Membership>();
        foreach (var file in byKind["memberships"])
            foreach (var (f, origin) in TsvRows.Read(file, 7))
            {
                if (!ModelText.TryParse(f[2], out MembershipKind kind))
                    throw new DictionaryFormatException(origin, $"unknown membership kind '{f[2]}' (use {string.Join(", ", ModelText.MembershipNames)})");
                var since = Date(f[3], origin, "since") ?? throw new DictionaryFormatException(origin, "since is required");
                var until = Date(f[4], origin, "until");
                if (until is { } u && FactDates.Start(u) < FactDates.Start(since)) throw new DictionaryFormatException(origin, "until is before since");
                memberships.Add(new Membership
                {
                    Organization = Code(f[0], origin), Member = Code(f[1], origin), Kind = kind, Since = since, Until = until,
                    Source = SourceId(f[5], origin, sources), Evidence = Evidence(f[6], origin), Origin = origin,
                });
            }

        var treaties = new Dictionary<string, Treaty>(StringComparer.Ordinal);
        foreach (var file in byKind["treaties"])
            foreach (var (f, origin) in TsvRows.Read(file, 8))
            {
                string id = f[0].Trim().ToUpperInvariant();
                if (id.Length == 0) throw new DictionaryFormatException(origin, "empty treaty id");
                var treaty = new Treaty
                {
                    Id = id, Name = f[1].Trim(), Parties = Parties(f[2], origin),
                    Signed = Date(f[3], origin, "signed") ?? throw new DictionaryFormatException(origin, "signed is required"),
                    InForce = Date(f[4], origin, "in_force"), Ended = Date(f[5], origin, "ended"),
                    Source = SourceId(f[6], origin, sources), Evidence = Evidence(f[7], origin), Origin = origin,
                };
                treaties[id] = treaty;
            }

        var pledges = new List<Pledge>();
        foreach (var file in byKind["pledges"])
            foreach (var (f, origin) in TsvRows.Read(file, 10))
            {
                string treatyId = f[0].Trim().ToUpperInvariant();
                if (!treaties.TryGetValue(treatyId, out var treaty)) throw new DictionaryFormatException(origin, $"unknown treaty '{f[0]}' (define it in a treaties file)");
                if (!ModelText.TryParse(f[3], out ObligationKind obligation))
                    throw new DictionaryFormatException(origin, $"unknown obligation '{f[3]}' (use {string.Join(", ", ModelText.ObligationNames)})");
                var conditions = new List<PledgeCondition>();
                if (f[5].Trim() is { Length: > 0 } c && c != "-")
                    foreach (var item in c.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (!ModelText.TryParse(item, out PledgeCondition? condition))
                            throw new DictionaryFormatException(origin, $"unknown condition '{item}' (use if-attacked, region=AREA, by=STATE, constitutional, discretion, un-charter)");
                        conditions.Add(condition!);
                    }
                ActorCode? from = Party(f[1], origin, treaty), to = Party(f[2], origin, treaty);
                if (from is { } fa && to is { } ta && fa == ta) throw new DictionaryFormatException(origin, "a party cannot pledge to itself");
                pledges.Add(new Pledge
                {
                    TreatyId = treatyId, From = from, To = to, Obligation = obligation, Article = f[4].Trim(), Conditions = conditions,
                    Suspended = Date(f[6], origin, "suspended"), Until = Date(f[7], origin, "until"),
                    Source = SourceId(f[8], origin, sources), Evidence = Evidence(f[9], origin), Origin = origin,
                });
            }
        return new KnowledgeBase(sources, memberships, treaties, pledges);
    }

    private static string Kind(string file)
    {
        string name = Path.GetFileName(file).ToLowerInvariant();
        foreach (var kind in FileKinds)
            if (name.StartsWith(kind, StringComparison.Ordinal)) return kind;
        throw new DictionaryFormatException(Path.GetFileName(file), $"unknown alliances file: its name must start with {string.Join(", ", FileKinds)}");
    }

    private static ActorCode Code(string text, string origin)
    {
        var t = text.Trim();
        if (t.Length == 0 || t == "-" || t.Contains(' ')) throw new DictionaryFormatException(origin, $"'{text}' is not an actor code");
        return new ActorCode(t);
    }

    private static PartialDate? Date(string text, string origin, string field)
    {
        var t = text.Trim();
        if (t is "" or "-") return null;
        if (!FactDates.TryParse(t, out var d)) throw new DictionaryFormatException(origin, $"{field} '{text}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        return d;
    }

    private static string SourceId(string text, string origin, Dictionary<string, FactSource> sources)
    {
        var t = text.Trim();
        if (!sources.ContainsKey(t)) throw new DictionaryFormatException(origin, $"unknown source '{text}' (define it in a sources file)");
        return t;
    }

    private static string Evidence(string text, string origin)
    {
        var t = text.Trim();
        if (t.Length == 0 || t == "-") throw new DictionaryFormatException(origin, "every fact needs its evidence (treaty and article, or date and body of the decision)");
        return t;
    }

    private static TreatyParties Parties(string text, string origin)
    {
        var t = text.Trim();
        if (t.StartsWith("org:", StringComparison.OrdinalIgnoreCase)) return new TreatyParties([], Code(t[4..], origin));
        var codes = t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => Code(c, origin)).ToList();
        if (codes.Count < 2) throw new DictionaryFormatException(origin, $"parties '{text}': list at least two codes separated by ',' or write org:CODE");
        return new TreatyParties(codes, null);
    }

    private static ActorCode? Party(string text, string origin, Treaty treaty)
    {
        var t = text.Trim();
        if (t == "*") return null;
        var code = Code(t, origin);
        if (treaty.Parties.Organization is null && !treaty.Parties.Listed.Contains(code))
            throw new DictionaryFormatException(origin, $"'{code}' is not a party of {treaty.Id} ({treaty.Parties})");
        return code;
    }

    /// <summary>True when <paramref name="code"/> has membership rows as an organisation.</summary>
    public bool IsOrganization(ActorCode code) => _byOrganization.ContainsKey(code);

    /// <summary>The source with this id.</summary>
    public FactSource Source(string id) => _sources[id];

    /// <summary>The treaty with this id, or null.</summary>
    public Treaty? FindTreaty(string id) => _treaties.GetValueOrDefault(id.Trim().ToUpperInvariant());

    /// <summary>
    /// The memberships of <paramref name="organization"/>: every row, or those holding on <paramref name="on"/>;
    /// of one kind when <paramref name="kind"/> is set. Ordered by kind, then member.
    /// </summary>
    public IReadOnlyList<Membership> MembersOf(ActorCode organization, DateOnly? on = null, MembershipKind? kind = null) =>
        (_byOrganization.GetValueOrDefault(organization) ?? [])
            .Where(m => (on is not { } d || m.HoldsOn(d)) && (kind is not { } k || m.Kind == k))
            .OrderBy(m => m.Kind).ThenBy(m => m.Member.Value, StringComparer.Ordinal).ThenBy(m => FactDates.Start(m.Since))
            .ToList();

    /// <summary>The memberships of <paramref name="member"/> in every organisation (on a date, when given).</summary>
    public IReadOnlyList<Membership> OrganizationsOf(ActorCode member, DateOnly? on = null) =>
        (_byMember.GetValueOrDefault(member) ?? [])
            .Where(m => on is not { } d || m.HoldsOn(d))
            .OrderBy(m => m.Organization.Value, StringComparer.Ordinal).ThenBy(m => FactDates.Start(m.Since))
            .ToList();

    /// <summary>True when <paramref name="party"/> is a party of <paramref name="treaty"/> at some time (or on <paramref name="on"/>).</summary>
    public bool IsParty(Treaty treaty, ActorCode party, DateOnly? on = null) => PartySince(treaty, party, on) is not null;

    /// <summary>
    /// The date <paramref name="party"/> became a party of <paramref name="treaty"/> (its signature for a listed party,
    /// the later of signature and accession for an organisation's member), or null if it is not one (on <paramref name="on"/>).
    /// </summary>
    public PartialDate? PartySince(Treaty treaty, ActorCode party, DateOnly? on = null)
    {
        if (treaty.Parties.Organization is not { } org)
            return treaty.Parties.Listed.Contains(party) ? treaty.Signed : null;
        PartialDate? since = null;
        foreach (var m in _byMember.GetValueOrDefault(party) ?? [])
        {
            if (m.Organization != org || m.Kind != MembershipKind.Member) continue;
            if (on is { } d && !m.HoldsOn(d)) continue;
            if (m.Until is { } u && FactDates.Start(u) <= FactDates.Start(treaty.Signed)) continue;
            var s = FactDates.Max(m.Since, treaty.Signed);
            if (since is null || FactDates.Start(s) < FactDates.Start(since.Value)) since = s;
        }
        return since;
    }

    /// <summary>The parties of <paramref name="treaty"/> at some time (or on <paramref name="on"/>), ordered by code.</summary>
    public IReadOnlyList<ActorCode> PartiesOf(Treaty treaty, DateOnly? on = null)
    {
        if (treaty.Parties.Organization is not { } org) return treaty.Parties.Listed.OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
        return (_byOrganization.GetValueOrDefault(org) ?? []).Select(m => m.Member).Distinct()
            .Where(p => IsParty(treaty, p, on)).OrderBy(c => c.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>The treaties <paramref name="party"/> is (or was) a party of, ordered by signature; on a date when given.</summary>
    public IReadOnlyList<Treaty> TreatiesOf(ActorCode party, DateOnly? on = null) =>
        _treaties.Values.Where(t => IsParty(t, party, on) && (on is not { } d || FactDates.Start(t.Signed) <= d))
            .OrderBy(t => FactDates.Start(t.Signed)).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();

    /// <summary>The pledges of <paramref name="treaty"/> that <paramref name="party"/> gives or receives (every pledge when null).</summary>
    public IReadOnlyList<Pledge> PledgesOf(Treaty treaty, ActorCode? party = null) =>
        _pledges.Where(p => p.TreatyId == treaty.Id && (party is not { } c || p.From is null || p.To is null || p.From == c || p.To == c)).ToList();

    /// <summary>
    /// Who is bound to act if <paramref name="attacked"/> is attacked on <paramref name="on"/>: one entry per party and
    /// pledge whose obligation an attack calls on (defence, neutrality, non-aggression, consultation), from every treaty
    /// signed by then and not ended. A treaty signed but not yet in force, or a suspended pledge, is listed with its
    /// status. Ordered by party, treaty, obligation.
    /// </summary>
    public IReadOnlyList<BoundParty> ObligationsToward(ActorCode attacked, DateOnly on)
    {
        var result = new List<BoundParty>();
        foreach (var treaty in _treaties.Values)
        {
            if (FactDates.Start(treaty.Signed) > on) continue;
            if (treaty.Ended is { } ended && FactDates.Start(ended) <= on) continue;
            var attackedSince = PartySince(treaty, attacked, on);
            if (attackedSince is null) continue;
            foreach (var pledge in _pledges)
            {
                if (pledge.TreatyId != treaty.Id || !pledge.Obligation.AppliesWhenAttacked()) continue;
                if (pledge.To is { } to && to != attacked) continue;
                if (pledge.Until is { } until && FactDates.Start(until) <= on) continue;
                IEnumerable<ActorCode> givers = pledge.From is { } from ? [from] : PartiesOf(treaty, on);
                foreach (var party in givers)
                {
                    if (party == attacked) continue;
                    var partySince = PartySince(treaty, party, on);
                    if (partySince is null) continue;
                    var since = FactDates.Max(partySince.Value, attackedSince.Value);
                    bool inForce = treaty.InForce is { } f && FactDates.Start(FactDates.Max(f, since)) <= on;
                    var status = !inForce ? PledgeStatus.Signed
                        : pledge.Suspended is { } s && FactDates.Start(s) <= on ? PledgeStatus.Suspended
                        : PledgeStatus.InForce;
                    result.Add(new BoundParty(party, treaty, pledge, status, since));
                }
            }
        }
        return result.OrderBy(b => b.Party.Value, StringComparer.Ordinal).ThenBy(b => b.Treaty.Id, StringComparer.Ordinal)
            .ThenBy(b => b.Pledge.Obligation).ToList();
    }

    /// <summary>
    /// The sources whose coverage ends before <paramref name="on"/> among those given: the facts they hold may have
    /// changed since, unrecorded.
    /// </summary>
    public IReadOnlyList<FactSource> StaleSources(IEnumerable<string> sourceIds, DateOnly on) =>
        sourceIds.Distinct().Select(id => _sources[id]).Where(s => s.Coverage < on).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
}
