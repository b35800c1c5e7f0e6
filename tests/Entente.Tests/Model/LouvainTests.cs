using Entente.Model;
using Xunit;

namespace Entente.Tests.Model;

public class LouvainTests
{
    private static List<Louvain.Edge> Clique(int first, int size, double w = 1)
    {
        var edges = new List<Louvain.Edge>();
        for (int i = first; i < first + size; i++)
            for (int j = i + 1; j < first + size; j++) edges.Add(new Louvain.Edge(i, j, w));
        return edges;
    }

    [Fact]
    public void Two_triangles_joined_by_a_bridge_are_two_communities_with_modularity_five_fourteenths()
    {
        var edges = Clique(0, 3).Concat(Clique(3, 3)).Append(new Louvain.Edge(2, 3, 1)).ToList();
        var c = Louvain.Communities(6, edges);
        Assert.Equal([0, 0, 0, 1, 1, 1], c);
        // m = 7; each triangle: in = 6 (edges counted twice), tot = 7: Q = 2 (6/14 − (7/14)²) = 5/14.
        Assert.Equal(5.0 / 14, Louvain.Modularity(6, edges, c), 10);
        Assert.Equal(0, Louvain.Modularity(6, edges, [0, 0, 0, 0, 0, 0]), 10);
    }

    [Fact]
    public void A_ring_of_cliques_is_cut_into_its_cliques()
    {
        // 8 cliques of 5 nodes in a ring, joined by single edges: the textbook case where each clique is a community.
        var edges = new List<Louvain.Edge>();
        for (int k = 0; k < 8; k++)
        {
            edges.AddRange(Clique(k * 5, 5));
            edges.Add(new Louvain.Edge(k * 5 + 4, (k + 1) % 8 * 5, 1));
        }
        var c = Louvain.Communities(40, edges);
        for (int k = 0; k < 8; k++)
            Assert.Single(Enumerable.Range(k * 5, 5).Select(i => c[i]).Distinct());
        Assert.Equal(8, c.Distinct().Count());
    }

    [Fact]
    public void Planted_partitions_are_recovered_exactly()
    {
        // Four groups of ten; inside a group an edge with probability 0.7, across groups 0.03 (fixed seed).
        var random = new Random(7);
        var edges = new List<Louvain.Edge>();
        for (int i = 0; i < 40; i++)
            for (int j = i + 1; j < 40; j++)
                if (random.NextDouble() < (i / 10 == j / 10 ? 0.7 : 0.03)) edges.Add(new Louvain.Edge(i, j, 1 + random.NextDouble()));
        var c = Louvain.Communities(40, edges);
        for (int i = 0; i < 40; i++)
            for (int j = 0; j < 40; j++)
                Assert.Equal(i / 10 == j / 10, c[i] == c[j]);
        double found = Louvain.Modularity(40, edges, c);
        var random2 = new Random(1);
        // No random relabelling of the same number of groups does better.
        for (int t = 0; t < 50; t++)
            Assert.True(Louvain.Modularity(40, edges, Enumerable.Range(0, 40).Select(_ => random2.Next(4)).ToArray()) < found);
    }

    [Fact]
    public void Negative_and_missing_edges_leave_singletons()
    {
        var c = Louvain.Communities(3, [new Louvain.Edge(0, 1, -5)]);
        Assert.Equal(3, c.Distinct().Count());
    }

    [Fact]
    public void The_network_puts_allies_in_one_bloc_and_rivals_in_another()
    {
        var edges = new List<NetworkEdge>
        {
            new("KOR", "USA", 20, 5, 5, 0), new("JPN", "USA", 18, 4, 4, 0), new("JPN", "KOR", 6, 2, 2, 0),
            new("CHN", "RUS", 15, 4, 4, 0), new("PRK", "RUS", 22, 5, 5, 0), new("CHN", "PRK", 5, 1, 1, 0),
            new("CHN", "USA", -30, 8, 0, 8), new("KOR", "PRK", -25, 6, 0, 6),
        };
        var network = ActorNetworks.Build(edges);
        int Bloc(string a) => network.Nodes.Single(n => n.Actor == a).Bloc;
        Assert.Equal(Bloc("USA"), Bloc("KOR"));
        Assert.Equal(Bloc("USA"), Bloc("JPN"));
        Assert.Equal(Bloc("CHN"), Bloc("RUS"));
        Assert.Equal(Bloc("CHN"), Bloc("PRK"));
        Assert.NotEqual(Bloc("USA"), Bloc("CHN"));
        Assert.Equal(1.0, network.Nodes.Sum(n => n.Centrality), 3);
        Assert.True(network.Modularity > 0.3);
        Assert.Equal(3, network.Nodes.Single(n => n.Actor == "USA").Degree);
    }
}
