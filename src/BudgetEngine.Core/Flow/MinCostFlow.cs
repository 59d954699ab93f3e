namespace BudgetEngine.Core.Flow;

/// <summary>
/// An exact min-cost max-flow solver over integer capacities (cents) and integer costs.
/// Arcs may have negative costs when the caller gives initial node potentials under which every arc's reduced cost
/// (cost + potential[from] - potential[to]) is zero or more. Primal-dual method: each phase finds shortest distances with Dijkstra on reduced costs (Johnson potentials),
/// then pushes a blocking flow (Dinic) through every residual arc of zero reduced cost. The number of phases is
/// bounded by the number of distinct shortest-path lengths, which is small when costs come from a few tiers,
/// as the funding networks' costs do. Deterministic: the same arcs added in the same order give the same flows.
/// </summary>
internal sealed class MinCostFlow
{
    /// <summary>A capacity that never binds.</summary>
    public const long Unbounded = long.MaxValue / 4;

    private const long Unreachable = long.MaxValue / 2;

    private readonly List<int> _headList = [];
    private readonly List<int> _toList = [];
    private readonly List<int> _nextList = [];
    private readonly List<long> _capacityList = [];
    private readonly List<long> _costList = [];

    // The graph as arrays while solving (built from the lists above when Solve starts).
    private int[] _head = [], _to = [], _next = [];
    private long[] _capacity = [], _cost = [], _originalCapacity = [];

    /// <summary>The number of nodes.</summary>
    public int NodeCount => _headList.Count;

    /// <summary>Adds a node and returns its index.</summary>
    public int AddNode()
    {
        _headList.Add(-1);
        return _headList.Count - 1;
    }

    /// <summary>Adds an arc from <paramref name="from"/> to <paramref name="to"/>; returns the arc's index for <see cref="Flow"/>.</summary>
    public int AddArc(int from, int to, long capacity, long cost)
    {
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "An arc's capacity cannot be negative.");
        var arc = _toList.Count;
        Append(from, to, capacity, cost);
        Append(to, from, 0, -cost);
        return arc;
    }

    /// <summary>The flow the solution sends over an arc.</summary>
    public long Flow(int arc) => arc < _capacity.Length ? _originalCapacity[arc] - _capacity[arc] : 0;

    private void Append(int from, int to, long capacity, long cost)
    {
        _toList.Add(to);
        _capacityList.Add(capacity);
        _costList.Add(cost);
        _nextList.Add(_headList[from]);
        _headList[from] = _toList.Count - 1;
    }

    /// <summary>
    /// Sends the maximum flow from <paramref name="source"/> to <paramref name="sink"/> at the least total cost; returns the flow.
    /// </summary>
    /// <param name="source">The node flow leaves.</param>
    /// <param name="sink">The node flow reaches.</param>
    /// <param name="initialPotential">Node potentials that make every arc's reduced cost non-negative; null when all costs are.</param>
    /// <exception cref="ArgumentException">An arc with capacity has a negative reduced cost under the potentials.</exception>
    public long Solve(int source, int sink, Func<int, long>? initialPotential = null)
    {
        var n = NodeCount;
        _head = [.. _headList];
        _to = [.. _toList];
        _next = [.. _nextList];
        _capacity = [.. _capacityList];
        _originalCapacity = [.. _capacityList];
        _cost = [.. _costList];
        var potential = new long[n];
        if (initialPotential is not null)
        {
            for (var v = 0; v < n; v++) potential[v] = initialPotential(v);
        }
        for (var u = 0; u < n; u++)
        {
            for (var arc = _head[u]; arc >= 0; arc = _next[arc])
            {
                if (_capacity[arc] > 0 && _cost[arc] + potential[u] - potential[_to[arc]] < 0)
                {
                    throw new ArgumentException("An arc has a negative reduced cost: give potentials that make all reduced costs non-negative.", nameof(initialPotential));
                }
            }
        }
        var distance = new long[n];
        var level = new int[n];
        var cursor = new int[n];
        var pathArcs = new int[n + 1];
        var total = 0L;

        while (true)
        {
            ShortestDistances(source, potential, distance);
            var toSink = distance[sink];
            if (toSink >= Unreachable) break;
            for (var v = 0; v < n; v++)
            {
                potential[v] += Math.Min(distance[v], toSink);
            }
            total += BlockingFlows(source, sink, potential, level, cursor, pathArcs);
        }
        return total;
    }

    private void ShortestDistances(int source, long[] potential, long[] distance)
    {
        Array.Fill(distance, Unreachable);
        distance[source] = 0;
        var queue = new PriorityQueue<int, long>();
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var u, out var d))
        {
            if (d > distance[u]) continue;
            for (var arc = _head[u]; arc >= 0; arc = _next[arc])
            {
                if (_capacity[arc] <= 0) continue;
                var v = _to[arc];
                var candidate = d + _cost[arc] + potential[u] - potential[v];
                if (candidate < distance[v])
                {
                    distance[v] = candidate;
                    queue.Enqueue(v, candidate);
                }
            }
        }
    }

    private bool Admissible(int u, int arc, long[] potential) =>
        _capacity[arc] > 0 && _cost[arc] + potential[u] - potential[_to[arc]] == 0;

    /// <summary>Dinic on the admissible subgraph: repeated level graphs and blocking flows until the sink is cut off.</summary>
    private long BlockingFlows(int source, int sink, long[] potential, int[] level, int[] cursor, int[] pathArcs)
    {
        var pushed = 0L;
        var queue = new Queue<int>();
        while (true)
        {
            Array.Fill(level, -1);
            level[source] = 0;
            queue.Enqueue(source);
            while (queue.Count > 0)
            {
                var u = queue.Dequeue();
                for (var arc = _head[u]; arc >= 0; arc = _next[arc])
                {
                    var v = _to[arc];
                    if (level[v] < 0 && Admissible(u, arc, potential))
                    {
                        level[v] = level[u] + 1;
                        queue.Enqueue(v);
                    }
                }
            }
            if (level[sink] < 0) return pushed;

            for (var v = 0; v < cursor.Length; v++) cursor[v] = _head[v];
            pushed += AugmentAlongLevels(source, sink, potential, level, cursor, pathArcs);
        }
    }

    /// <summary>Iterative depth-first search along the level graph, augmenting every path it finds.</summary>
    private long AugmentAlongLevels(int source, int sink, long[] potential, int[] level, int[] cursor, int[] pathArcs)
    {
        var pushed = 0L;
        var depth = 0;
        var u = source;
        while (true)
        {
            if (u == sink)
            {
                var bottleneck = Unbounded;
                for (var i = 0; i < depth; i++) bottleneck = Math.Min(bottleneck, _capacity[pathArcs[i]]);
                for (var i = 0; i < depth; i++)
                {
                    _capacity[pathArcs[i]] -= bottleneck;
                    _capacity[pathArcs[i] ^ 1] += bottleneck;
                }
                pushed += bottleneck;
                depth = 0;
                u = source;
                continue;
            }

            var advanced = false;
            for (; cursor[u] >= 0; cursor[u] = _next[cursor[u]])
            {
                var arc = cursor[u];
                var v = _to[arc];
                if (level[v] == level[u] + 1 && Admissible(u, arc, potential))
                {
                    pathArcs[depth++] = arc;
                    u = v;
                    advanced = true;
                    break;
                }
            }
            if (advanced) continue;

            // Dead end: nothing more passes through u in this level graph.
            level[u] = -1;
            if (depth == 0) return pushed;
            var back = pathArcs[--depth];
            u = _to[back ^ 1];
            cursor[u] = _next[cursor[u]];
        }
    }
}
