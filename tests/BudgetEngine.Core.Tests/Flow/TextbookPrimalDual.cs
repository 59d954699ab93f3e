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
    public static long[] Flows(FlowNetworks.Network network) => Solve(network).Flows;

    /// <summary>
    /// What the method does on <paramref name="network"/>: each arc's flow, its phases, level graphs and augmenting paths,
    /// and how many nodes a Dijkstra that stops at the sink settles over all its searches (the last one, which finds the
    /// sink cut off, included).
    /// </summary>
    /// <remarks>
    /// A search settles every node at distance zero from the source (on reduced costs), and when the sink is farther, every
    /// node nearer than the sink, the sink, and any of the nodes as far as the sink that it happens to settle before it:
    /// between <c>SettledAtLeast</c> and <c>SettledAtMost</c> in all. The last search settles every node it reaches.
    /// Reduced costs are under potentials raised after each search by each node's distance, capped at the sink's, from
    /// the network's initial potentials (the sink's given, every other node's zero); the source's stays zero, so a node's
    /// distance on reduced costs is its distance on costs less its potential.
    /// </remarks>
    public static Solution Solve(FlowNetworks.Network network)
    {
        var n = network.Nodes;
        var potential = new long[n];
        potential[network.Sink] = network.SinkPotential;
        int phases = 0, levelGraphs = 0, paths = 0, settledAtLeast = 0, settledAtMost = 0;
        var residual = new ResidualNetwork(network);
        var (from, to, capacity, cost) = (residual.From, residual.To, residual.Capacity, residual.Cost);
        var adjacency = new List<int>[n];
        for (var v = 0; v < n; v++) adjacency[v] = [];
        for (var e = to.Count - 1; e >= 0; e--) adjacency[from[e]].Add(e);

        while (true)
        {
            var (distance, _) = residual.ShortestDistances(network.Source);
            var reduced = new long[n];
            for (var v = 0; v < n; v++) reduced[v] = distance[v] == ResidualNetwork.Unreached ? long.MaxValue : distance[v] - potential[v];
            if (distance[network.Sink] == ResidualNetwork.Unreached)
            {
                var reached = reduced.Count(d => d != long.MaxValue);
                settledAtLeast += reached;
                settledAtMost += reached;
                break;
            }
            var toSink = reduced[network.Sink];
            if (toSink == 0)
            {
                var atZero = reduced.Count(d => d == 0);
                settledAtLeast += atZero;
                settledAtMost += atZero;
            }
            else
            {
                settledAtLeast += reduced.Count(d => d < toSink) + 1;
                settledAtMost += reduced.Count(d => d <= toSink);
            }
            for (var v = 0; v < n; v++) potential[v] += Math.Min(reduced[v], toSink);
            phases++;
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
                levelGraphs++;
                var current = new int[n];
                while (Augment(network.Source, network.Sink, long.MaxValue, level, current, adjacency, to, capacity, shortest) > 0)
                {
                    paths++;
                }
            }
        }
        var flows = network.Arcs.Select((arc, i) => arc.Capacity - capacity[2 * i]).ToArray();
        return new Solution(flows, phases, levelGraphs, paths, settledAtLeast, settledAtMost);
    }

    public sealed record Solution(long[] Flows, int Phases, int LevelGraphs, int AugmentingPaths, int SettledAtLeast, int SettledAtMost);

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
