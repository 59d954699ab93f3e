namespace BudgetEngine.Core.Tests.Flow;

/// <summary>
/// A network's residual arcs for the reference solvers, plainly in lists: arc e and its twin e ^ 1, the twin running
/// back with no capacity and the negated cost. Shares no code with the solver.
/// </summary>
internal sealed class ResidualNetwork
{
    public const long Unreached = long.MaxValue;

    public ResidualNetwork(FlowNetworks.Network network)
    {
        Nodes = network.Nodes;
        foreach (var arc in network.Arcs)
        {
            From.Add(arc.From); To.Add(arc.To); Capacity.Add(arc.Capacity); Cost.Add(arc.Cost);
            From.Add(arc.To); To.Add(arc.From); Capacity.Add(0); Cost.Add(-arc.Cost);
        }
    }

    public int Nodes { get; }
    public List<int> From { get; } = [];
    public List<int> To { get; } = [];
    public List<long> Capacity { get; } = [];
    public List<long> Cost { get; } = [];

    /// <summary>Bellman-Ford from <paramref name="source"/> over the arcs with capacity: each node's distance (<see cref="Unreached"/> when none) and the arc it was last reached by.</summary>
    public (long[] Distance, int[] Via) ShortestDistances(int source)
    {
        var distance = Enumerable.Repeat(Unreached, Nodes).ToArray();
        var via = Enumerable.Repeat(-1, Nodes).ToArray();
        distance[source] = 0;
        for (var round = 0; round < Nodes; round++)
        {
            var changed = false;
            for (var e = 0; e < To.Count; e++)
            {
                if (Capacity[e] > 0 && distance[From[e]] != Unreached && distance[From[e]] + Cost[e] < distance[To[e]])
                {
                    distance[To[e]] = distance[From[e]] + Cost[e];
                    via[To[e]] = e;
                    changed = true;
                }
            }
            if (!changed) break;
        }
        return (distance, via);
    }
}
