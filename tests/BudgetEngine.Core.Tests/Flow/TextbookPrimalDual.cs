namespace BudgetEngine.Core.Tests.Flow;

/// <summary>
/// The primal-dual method as a textbook gives it, written plainly and sharing no code with the solver: each phase finds
/// every node's distance from the source with Bellman-Ford on the residual network, takes the arcs on shortest paths
/// (distance of tail + cost = distance of head), and runs Dinic over them (breadth-first levels, then a recursive
/// depth-first search with a current arc per node) until the sink is cut off. Each node's arcs are tried in the reverse
/// of the order they were added to it, as the solver promises. The reference for the solver's exact flows.
/// </summary>
internal static class TextbookPrimalDual
{
    /// <summary>Each arc's flow, in the order of <see cref="FlowNetworks.Network.Arcs"/>.</summary>
    public static long[] Flows(FlowNetworks.Network network)
    {
        var n = network.Nodes;
        var residual = new ResidualNetwork(network);
        var (from, to, capacity, cost) = (residual.From, residual.To, residual.Capacity, residual.Cost);
        var adjacency = new List<int>[n];
        for (var v = 0; v < n; v++) adjacency[v] = [];
        for (var e = to.Count - 1; e >= 0; e--) adjacency[from[e]].Add(e);

        while (true)
        {
            var (distance, _) = residual.ShortestDistances(network.Source);
            if (distance[network.Sink] == ResidualNetwork.Unreached) break;
            var shortest = new bool[to.Count];
            for (var e = 0; e < to.Count; e++)
            {
                shortest[e] = distance[from[e]] != ResidualNetwork.Unreached && distance[to[e]] != ResidualNetwork.Unreached
                    && distance[from[e]] + cost[e] == distance[to[e]];
            }
            while (true)
            {
                var level = Levels(network.Source, n, adjacency, to, capacity, shortest);
                if (level[network.Sink] < 0) break;
                var current = new int[n];
                while (Augment(network.Source, network.Sink, long.MaxValue, level, current, adjacency, to, capacity, shortest) > 0)
                {
                }
            }
        }
        return network.Arcs.Select((arc, i) => arc.Capacity - capacity[2 * i]).ToArray();
    }

    private static int[] Levels(int source, int n, List<int>[] adjacency, List<int> to, List<long> capacity, bool[] shortest)
    {
        var level = Enumerable.Repeat(-1, n).ToArray();
        level[source] = 0;
        var queue = new Queue<int>([source]);
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            foreach (var e in adjacency[u])
            {
                if (shortest[e] && capacity[e] > 0 && level[to[e]] < 0)
                {
                    level[to[e]] = level[u] + 1;
                    queue.Enqueue(to[e]);
                }
            }
        }
        return level;
    }

    /// <summary>Finds one path from <paramref name="u"/> to the sink along the levels and pushes its bottleneck; returns it (0 when none).</summary>
    private static long Augment(int u, int sink, long limit, int[] level, int[] current, List<int>[] adjacency, List<int> to, List<long> capacity, bool[] shortest)
    {
        if (u == sink) return limit;
        for (; current[u] < adjacency[u].Count; current[u]++)
        {
            var e = adjacency[u][current[u]];
            var v = to[e];
            if (!shortest[e] || capacity[e] <= 0 || level[v] != level[u] + 1) continue;
            var pushed = Augment(v, sink, Math.Min(limit, capacity[e]), level, current, adjacency, to, capacity, shortest);
            if (pushed > 0)
            {
                capacity[e] -= pushed;
                capacity[e ^ 1] += pushed;
                return pushed;
            }
        }
        return 0;
    }
}
