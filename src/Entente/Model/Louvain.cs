namespace Entente.Model;

/// <summary>
/// Community detection by the Louvain method (Blondel, Guillaume, Lambiotte, Lefebvre, "Fast unfolding of communities
/// in large networks", J. Stat. Mech. 2008): local moving of nodes to the neighbouring community with the largest
/// modularity gain, then aggregation of communities into nodes, repeated until nothing moves. Undirected graphs with
/// positive weights; nodes are visited in index order, so results are deterministic.
/// </summary>
internal static class Louvain
{
    /// <summary>An undirected weighted edge between node indexes.</summary>
    public readonly record struct Edge(int U, int V, double W);

    /// <summary>The community of each of <paramref name="nodeCount"/> nodes, numbered from 0 in order of first node.</summary>
    public static int[] Communities(int nodeCount, IReadOnlyList<Edge> edges)
    {
        var membership = new int[nodeCount];
        for (int i = 0; i < nodeCount; i++) membership[i] = i;
        var graph = Graph.From(nodeCount, edges);
        while (true)
        {
            var local = graph.MoveNodes(out bool moved);
            if (!moved) break;
            int count = Renumber(local);
            for (int i = 0; i < nodeCount; i++) membership[i] = local[membership[i]];
            if (count == graph.Size) break;
            graph = graph.Aggregate(local, count);
        }
        Renumber(membership);
        return membership;
    }

    /// <summary>Newman's modularity of a partition: Σ_c [in_c / 2m − (tot_c / 2m)²].</summary>
    public static double Modularity(int nodeCount, IReadOnlyList<Edge> edges, int[] community)
    {
        var graph = Graph.From(nodeCount, edges);
        if (graph.TwoM <= 0) return 0;
        int c = community.Length == 0 ? 0 : community.Max() + 1;
        var inside = new double[c];
        var tot = new double[c];
        for (int i = 0; i < nodeCount; i++)
        {
            tot[community[i]] += graph.Degree[i];
            inside[community[i]] += graph.Loop[i];
            foreach (var (j, w) in graph.Neighbours[i])
                if (community[j] == community[i]) inside[community[i]] += w;
        }
        double q = 0;
        for (int k = 0; k < c; k++) q += inside[k] / graph.TwoM - (tot[k] / graph.TwoM) * (tot[k] / graph.TwoM);
        return q;
    }

    // Renumbers labels to 0..k-1 in order of first appearance; returns k.
    private static int Renumber(int[] labels)
    {
        var map = new Dictionary<int, int>();
        for (int i = 0; i < labels.Length; i++)
        {
            if (!map.TryGetValue(labels[i], out int n)) map[labels[i]] = n = map.Count;
            labels[i] = n;
        }
        return map.Count;
    }

    // Adjacency lists without self-loops; Loop[i] = A_ii (an aggregated community's internal weight, each edge counted
    // twice); Degree[i] = Σ_j A_ij including the loop; TwoM = Σ_i Degree[i].
    private sealed class Graph
    {
        public required List<(int Node, double W)>[] Neighbours;
        public required double[] Loop;
        public required double[] Degree;
        public double TwoM;
        public int Size => Neighbours.Length;

        public static Graph From(int n, IReadOnlyList<Edge> edges)
        {
            var weights = new Dictionary<(int, int), double>();
            var loop = new double[n];
            foreach (var e in edges)
            {
                if (e.W <= 0 || double.IsNaN(e.W)) continue;
                if (e.U == e.V) { loop[e.U] += 2 * e.W; continue; }
                var key = e.U < e.V ? (e.U, e.V) : (e.V, e.U);
                weights[key] = weights.GetValueOrDefault(key) + e.W;
            }
            return Build(n, weights, loop);
        }

        private static Graph Build(int n, Dictionary<(int, int), double> weights, double[] loop)
        {
            var neighbours = new List<(int, double)>[n];
            for (int i = 0; i < n; i++) neighbours[i] = [];
            var degree = (double[])loop.Clone();
            foreach (var ((u, v), w) in weights.OrderBy(kv => kv.Key))
            {
                neighbours[u].Add((v, w));
                neighbours[v].Add((u, w));
                degree[u] += w;
                degree[v] += w;
            }
            return new Graph { Neighbours = neighbours, Loop = loop, Degree = degree, TwoM = degree.Sum() };
        }

        // Phase one: moves each node to the neighbouring community with the best modularity gain until none improves.
        public int[] MoveNodes(out bool movedAny)
        {
            int n = Size;
            var community = new int[n];
            var tot = new double[n];
            for (int i = 0; i < n; i++) { community[i] = i; tot[i] = Degree[i]; }
            movedAny = false;
            if (TwoM <= 0) return community;
            var linkTo = new double[n];
            var touched = new List<int>();
            bool improved = true;
            int passes = 0;
            while (improved && passes++ < 1000)
            {
                improved = false;
                for (int i = 0; i < n; i++)
                {
                    int own = community[i];
                    touched.Clear();
                    foreach (var (j, w) in Neighbours[i])
                    {
                        int c = community[j];
                        if (linkTo[c] == 0) touched.Add(c);
                        linkTo[c] += w;
                    }
                    tot[own] -= Degree[i];
                    // Gain of joining c (up to a constant factor): k_i,in(c) − tot_c · k_i / 2m.
                    int best = own;
                    double bestGain = linkTo[own] - tot[own] * Degree[i] / TwoM;
                    foreach (int c in touched)
                    {
                        double gain = linkTo[c] - tot[c] * Degree[i] / TwoM;
                        if (gain > bestGain + 1e-12)
                        {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    tot[best] += Degree[i];
                    if (best != own)
                    {
                        community[i] = best;
                        improved = true;
                        movedAny = true;
                    }
                    foreach (int c in touched) linkTo[c] = 0;
                }
            }
            return community;
        }

        // Phase two: one node per community; edge weights summed; a community's internal weight becomes its loop.
        public Graph Aggregate(int[] community, int count)
        {
            var weights = new Dictionary<(int, int), double>();
            var loop = new double[count];
            for (int i = 0; i < Size; i++)
            {
                int ci = community[i];
                loop[ci] += Loop[i];
                foreach (var (j, w) in Neighbours[i])
                {
                    int cj = community[j];
                    if (ci == cj) loop[ci] += w;                 // each internal edge is seen from both ends: counted twice
                    else if (i < j)
                    {
                        var key = ci < cj ? (ci, cj) : (cj, ci);
                        weights[key] = weights.GetValueOrDefault(key) + w;
                    }
                }
            }
            return Build(count, weights, loop);
        }
    }
}
