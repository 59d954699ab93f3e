using BudgetEngine.Core.Flow;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Flow;

/// <summary>Seeded random networks for testing the min-cost flow solver against reference solvers.</summary>
internal static class FlowNetworks
{
    public sealed record Arc(int From, int To, long Capacity, long Cost);

    public sealed record Network(int Nodes, int Source, int Sink, Arc[] Arcs, long SinkPotential);

    public static TheoryData<ulong> Seeds()
    {
        var seeds = new TheoryData<ulong>();
        for (ulong seed = 1; seed <= 300; seed++) seeds.Add(seed);
        return seeds;
    }

    /// <summary>Solves <paramref name="network"/> with <see cref="MinCostFlow"/>; returns the total flow and each arc's flow.</summary>
    public static (long Flow, long[] Flows) Solve(Network network)
    {
        var (flow, flows, _) = SolveWithStatistics(network);
        return (flow, flows);
    }

    /// <summary>Solves <paramref name="network"/> with <see cref="MinCostFlow"/>; returns the total flow, each arc's flow and how the solve went.</summary>
    public static (long Flow, long[] Flows, SolveStatistics Statistics) SolveWithStatistics(Network network)
    {
        var solver = new MinCostFlow();
        for (var v = 0; v < network.Nodes; v++) solver.AddNode();
        var ids = network.Arcs.Select(a => solver.AddArc(a.From, a.To, a.Capacity, a.Cost)).ToArray();
        var flow = solver.Solve(network.Source, network.Sink, v => v == network.Sink ? network.SinkPotential : 0);
        return (flow, ids.Select(solver.Flow).ToArray(), solver.Statistics);
    }

    /// <summary>Layered networks like the funding network: supplies, a middle of carry-over and choice, rewarded exits to the sink.</summary>
    public static Network Generate(SeededRandom random)
    {
        var nodes = 4 + random.Next(20);
        int source = 0, sink = 1;
        var arcs = new List<Arc>();
        var reward = 1000L;
        for (var v = 2; v < nodes; v++)
        {
            if (random.Chance(1, 2)) arcs.Add(new Arc(source, v, random.Next(0, 50), 0));
            if (random.Chance(1, 3)) arcs.Add(new Arc(v, sink, random.Next(0, 40), -random.Next(0, reward)));
            if (random.Chance(1, 4)) arcs.Add(new Arc(v, sink, random.Next(0, 100), random.Next(0, 20)));
        }
        // Costs from a few tiers, so that many paths tie, as the funding network's do.
        AddMiddleArcs(arcs, random, nodes, random.Next(nodes * 3), (from, to) =>
        {
            var cost = random.Pick(new long[] { 0, 0, 1, 4, 16, 64 });
            return new Arc(from, to, random.Chance(1, 3) ? MinCostFlow.Unbounded : random.Next(1, 60), cost);
        });
        return new Network(nodes, source, sink, arcs.ToArray(), -reward);
    }

    /// <summary>
    /// Larger networks whose arcs cost anything from 0 to 999 (costs may repeat, but seldom tie), so that a phase's nodes
    /// lie at many different distances and Dijkstra's heap, not only its queue of nodes at the distance being settled,
    /// decides the order.
    /// </summary>
    public static Network GenerateWithWidelyVaryingCosts(SeededRandom random)
    {
        var nodes = 20 + random.Next(30);
        int source = 0, sink = 1;
        var arcs = new List<Arc>();
        var reward = 100_000L;
        for (var v = 2; v < nodes; v++)
        {
            if (random.Chance(1, 2)) arcs.Add(new Arc(source, v, random.Next(1, 50), random.Next(0, 1000)));
            if (random.Chance(1, 3)) arcs.Add(new Arc(v, sink, random.Next(1, 40), -random.Next(0, reward)));
        }
        AddMiddleArcs(arcs, random, nodes, nodes * 4,
            (from, to) => new Arc(from, to, random.Chance(1, 4) ? MinCostFlow.Unbounded : random.Next(1, 60), random.Next(0, 1000)));
        return new Network(nodes, source, sink, arcs.ToArray(), -reward);
    }

    /// <summary>Draws <paramref name="count"/> pairs of inner nodes (neither the source nor the sink) and adds an arc made by <paramref name="arc"/> between each pair of two different ones.</summary>
    private static void AddMiddleArcs(List<Arc> arcs, SeededRandom random, int nodes, int count, Func<int, int, Arc> arc)
    {
        for (var i = 0; i < count; i++)
        {
            var from = 2 + random.Next(nodes - 2);
            var to = 2 + random.Next(nodes - 2);
            if (from == to) continue;
            arcs.Add(arc(from, to));
        }
    }
}
