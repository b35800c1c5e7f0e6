namespace Entente.Web.Services;

/// <summary>
/// Groups actors into blocs from the network itself, until the alliance model gives declared ones: weighted label
/// propagation over cooperative ties (pairs whose Goldstein sum is positive), deterministic (codes in order, ties
/// broken by the smaller label). Actors with no cooperative tie form blocs of their own.
/// </summary>
internal static class Blocs
{
    public static Dictionary<string, string> Find(IEnumerable<string> nodes, IEnumerable<(string A, string B, double Weight)> edges)
    {
        var label = nodes.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToDictionary(n => n, n => n, StringComparer.Ordinal);
        var ties = label.Keys.ToDictionary(n => n, _ => new List<(string Other, double Weight)>(), StringComparer.Ordinal);
        foreach (var (a, b, w) in edges)
        {
            if (w <= 0 || !ties.ContainsKey(a) || !ties.ContainsKey(b)) continue;
            ties[a].Add((b, w));
            ties[b].Add((a, w));
        }
        for (int round = 0; round < 20; round++)
        {
            bool changed = false;
            foreach (var node in label.Keys.ToList())
            {
                if (ties[node].Count == 0) continue;
                var best = ties[node]
                    .GroupBy(t => label[t.Other], StringComparer.Ordinal)
                    .Select(g => (Label: g.Key, Weight: g.Sum(t => t.Weight)))
                    .OrderByDescending(x => x.Weight).ThenBy(x => x.Label, StringComparer.Ordinal)
                    .First().Label;
                if (best != label[node]) { label[node] = best; changed = true; }
            }
            if (!changed) break;
        }
        return label;
    }
}
