namespace Entente.Model;

/// <summary>An actor in the network: its bloc, centrality and ties.</summary>
/// <param name="Actor">The actor code.</param>
/// <param name="Bloc">Its community (Louvain on the positive edges), numbered from 0, largest bloc first.</param>
/// <param name="Centrality">PageRank over the edges weighted by |weight| (sums to 1 over the nodes).</param>
/// <param name="Degree">The number of actors it has acts with.</param>
/// <param name="Strength">The sum of its edges' |weights|.</param>
public sealed record NetworkNode(string Actor, int Bloc, double Centrality, int Degree, double Strength);

/// <summary>A signed, weighted actor network with blocs.</summary>
/// <param name="Nodes">The actors, by bloc then centrality.</param>
/// <param name="Edges">The signed edges.</param>
/// <param name="Modularity">The modularity of the blocs on the positive edges.</param>
public sealed record ActorNetwork(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, double Modularity);

/// <summary>Builds the actor network: blocs by Louvain on the positive edges, centrality by PageRank.</summary>
public static class ActorNetworks
{
    /// <summary>The network of <paramref name="edges"/>.</summary>
    public static ActorNetwork Build(IReadOnlyList<NetworkEdge> edges)
    {
        var names = edges.SelectMany(e => new[] { e.A, e.B }).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        var index = names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i);
        int n = names.Count;
        var positive = edges.Where(e => e.Weight > 0).Select(e => new Louvain.Edge(index[e.A], index[e.B], e.Weight)).ToList();
        var community = Louvain.Communities(n, positive);
        double modularity = Louvain.Modularity(n, positive, community);

        // Largest bloc first, then by its first actor.
        var order = community.Select((c, i) => (c, i)).GroupBy(x => x.c)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.i))
            .Select((g, rank) => (g.Key, rank)).ToDictionary(x => x.Key, x => x.rank);

        var degree = new int[n];
        var strength = new double[n];
        var adjacency = new List<(int, double)>[n];
        for (int i = 0; i < n; i++) adjacency[i] = [];
        foreach (var e in edges)
        {
            int a = index[e.A], b = index[e.B];
            double w = Math.Abs(e.Weight);
            degree[a]++; degree[b]++;
            strength[a] += w; strength[b] += w;
            if (w > 0) { adjacency[a].Add((b, w)); adjacency[b].Add((a, w)); }
        }
        var rank = PageRank(adjacency, strength);
        var nodes = Enumerable.Range(0, n)
            .Select(i => new NetworkNode(names[i], order[community[i]], Math.Round(rank[i], 6), degree[i], Math.Round(strength[i], 4)))
            .OrderBy(x => x.Bloc).ThenByDescending(x => x.Centrality).ThenBy(x => x.Actor, StringComparer.Ordinal).ToList();
        return new ActorNetwork(nodes, edges, Math.Round(modularity, 4));
    }

    /// <summary>Weighted PageRank (damping 0.85) on an undirected graph; a node without edges spreads uniformly.</summary>
    internal static double[] PageRank(List<(int Node, double W)>[] adjacency, double[] strength, int iterations = 100)
    {
        int n = adjacency.Length;
        if (n == 0) return [];
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        const double d = 0.85;
        for (int it = 0; it < iterations; it++)
        {
            double dangling = 0;
            for (int i = 0; i < n; i++) if (strength[i] <= 0) dangling += rank[i];
            Array.Fill(next, (1 - d) / n + d * dangling / n);
            for (int i = 0; i < n; i++)
            {
                if (strength[i] <= 0) continue;
                foreach (var (j, w) in adjacency[i]) next[j] += d * rank[i] * w / strength[i];
            }
            double delta = 0;
            for (int i = 0; i < n; i++) delta += Math.Abs(next[i] - rank[i]);
            (rank, next) = (next, rank);
            if (delta < 1e-10) break;
        }
        return rank;
    }
}
