using System.CommandLine;
using Entente.Model;

namespace Entente.Cli.Commands;

/// <summary><c>entente network --since 2024-01-01</c>: the signed actor network, its blocs and each actor's centrality.</summary>
public static class NetworkCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliIO io)
    {
        var since = ModelOptions.Since();
        var until = ModelOptions.Until();
        var db = ModelOptions.Db(required: true);
        var format = ModelOptions.Format();
        var command = new Command("network", "The signed, weighted actor network of a date range: blocs (Louvain on the positive edges), centrality (PageRank), and the edges.")
            { since, until, db, format };
        command.SetAction(ModelOptions.Guard(parse =>
        {
            bool json = ModelOptions.ParseJson(parse.GetValue(format)!);
            var from = ModelOptions.ParseDate(parse.GetValue(since), "--since");
            var to = ModelOptions.ParseDate(parse.GetValue(until), "--until", end: true);
            using var model = ModelOptions.OpenModel(parse.GetValue(db)!);
            var network = ActorNetworks.Build(model.Edges(from, to));
            var nodes = network.Nodes.Select(n => new Record
            {
                { "kind", "node" }, { "actor", n.Actor }, { "bloc", n.Bloc }, { "centrality", n.Centrality }, { "degree", n.Degree }, { "strength", n.Strength },
            }).ToList();
            var edges = network.Edges.Select(e => new Record
            {
                { "kind", "edge" }, { "a", e.A }, { "b", e.B }, { "weight", e.Weight }, { "sign", e.Weight > 0 ? "+" : e.Weight < 0 ? "-" : "0" },
                { "acts", e.Acts }, { "cooperative", e.Cooperative }, { "hostile", e.Hostile },
            }).ToList();
            if (json) RecordWriter.Write(io, [.. nodes, .. edges], json: true);
            else
            {
                RecordWriter.Write(io, nodes, json: false, "(no acts in this range)");
                if (edges.Count > 0)
                {
                    io.Out.WriteLine();
                    RecordWriter.Write(io, edges, json: false);
                    io.Out.WriteLine($"modularity of the blocs: {network.Modularity:0.####}");
                    io.Out.Flush();
                }
            }
            return 0;
        }));
        return command;
    }
}
