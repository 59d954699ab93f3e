namespace BudgetEngine.Core.Flow;

/// <summary>
/// An exact min-cost max-flow solver over integer capacities (cents) and integer costs.
/// Arcs may have negative costs when the caller gives initial node potentials under which every arc's reduced cost
/// (cost + potential[from] - potential[to]) is zero or more. Primal-dual method: each phase finds shortest distances with Dijkstra on reduced costs (Johnson potentials),
/// then pushes a blocking flow (Dinic) through every residual arc of zero reduced cost. The number of phases is
/// bounded by the number of distinct shortest-path lengths, which is small when costs come from a few tiers,
/// as the funding networks' costs do. Deterministic: the same arcs added in the same order give the same flows.
/// </summary>
/// <remarks>
/// Performance, without changing a single flow: the graph is solved in compressed rows (each node's arcs contiguous,
/// in the order the arcs were added to it, last first); Dijkstra uses an indexed binary heap and stops when it settles
/// the sink (a node not settled by then is at least as far as the sink, and a phase only needs min(distance, sink's
/// distance)); the level graph's breadth-first search stops at the sink's level (deeper nodes cannot lie on a shortest augmenting path, and the depth-first search only ever took them as
/// dead ends). Every augmenting path, and so every flow, is the one the textbook form of the method finds.
/// </remarks>
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

    // The graph in compressed rows while solving: node u's arcs are the slots _first[u] .. _first[u + 1] - 1.
    private int[] _first = [];
    private int[] _to = [];
    private int[] _reverse = [];
    private long[] _capacity = [];
    private long[] _cost = [];
    private int[] _slotOfArc = [];
    private long[] _originalCapacity = [];

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
    public long Flow(int arc)
    {
        if (arc >= _slotOfArc.Length) return 0;
        var slot = _slotOfArc[arc];
        return _originalCapacity[arc] - _capacity[slot];
    }

    private void Append(int from, int to, long capacity, long cost)
    {
        _toList.Add(to);
        _capacityList.Add(capacity);
        _costList.Add(cost);
        _nextList.Add(_headList[from]);
        _headList[from] = _toList.Count - 1;
    }

    /// <summary>Lays the arcs out in compressed rows, each node's arcs in the order its linked list holds them.</summary>
    private void Compress()
    {
        var n = _headList.Count;
        var m = _toList.Count;
        _first = new int[n + 1];
        _to = new int[m];
        _reverse = new int[m];
        _capacity = new long[m];
        _cost = new long[m];
        _slotOfArc = new int[m];
        _originalCapacity = [.. _capacityList];
        var slot = 0;
        for (var u = 0; u < n; u++)
        {
            _first[u] = slot;
            for (var arc = _headList[u]; arc >= 0; arc = _nextList[arc])
            {
                _slotOfArc[arc] = slot;
                _to[slot] = _toList[arc];
                _capacity[slot] = _capacityList[arc];
                _cost[slot] = _costList[arc];
                slot++;
            }
        }
        _first[n] = slot;
        for (var arc = 0; arc < m; arc++) _reverse[_slotOfArc[arc]] = _slotOfArc[arc ^ 1];
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
        Compress();
        var potential = new long[n];
        if (initialPotential is not null)
        {
            for (var v = 0; v < n; v++) potential[v] = initialPotential(v);
        }
        for (var u = 0; u < n; u++)
        {
            for (var slot = _first[u]; slot < _first[u + 1]; slot++)
            {
                if (_capacity[slot] > 0 && _cost[slot] + potential[u] - potential[_to[slot]] < 0)
                {
                    throw new ArgumentException("An arc has a negative reduced cost: give potentials that make all reduced costs non-negative.", nameof(initialPotential));
                }
            }
        }

        var work = new Work(n);
        var total = 0L;
        while (true)
        {
            var toSink = ShortestDistances(source, sink, potential, work);
            if (toSink >= Unreachable) break;
            var distance = work.Distance;
            for (var v = 0; v < n; v++)
            {
                potential[v] += Math.Min(distance[v], toSink);
            }
            total += BlockingFlows(source, sink, potential, work);
        }
        return total;
    }

    /// <summary>The arrays one solve reuses across its phases.</summary>
    private sealed class Work(int nodes)
    {
        public readonly long[] Distance = new long[nodes];
        public readonly bool[] Settled = new bool[nodes];
        public readonly int[] Heap = new int[nodes];
        public readonly int[] HeapIndex = new int[nodes];
        public readonly int[] Level = new int[nodes];
        public readonly int[] Queue = new int[nodes];
        public readonly int[] PathSlots = new int[nodes + 1];
        public readonly int[] Cursor = new int[nodes];
    }

    /// <summary>
    /// Dijkstra on reduced costs from <paramref name="source"/> until the sink is settled; returns the sink's distance
    /// (<see cref="Unreachable"/> when the sink cannot be reached). Nodes not settled keep a tentative distance at
    /// least the sink's, which is all the caller needs of them.
    /// </summary>
    private long ShortestDistances(int source, int sink, long[] potential, Work work)
    {
        var distance = work.Distance;
        var settled = work.Settled;
        var heap = work.Heap;
        var heapIndex = work.HeapIndex;
        Array.Fill(distance, Unreachable);
        Array.Clear(settled);
        Array.Fill(heapIndex, -1);
        var count = 0;
        distance[source] = 0;
        heap[count] = source;
        heapIndex[source] = count++;
        while (count > 0)
        {
            var u = heap[0];
            var last = heap[--count];
            heapIndex[u] = -1;
            if (count > 0) SiftDown(heap, heapIndex, distance, count, 0, last);
            settled[u] = true;
            if (u == sink) return distance[sink];

            var du = distance[u] + potential[u];
            for (var slot = _first[u]; slot < _first[u + 1]; slot++)
            {
                if (_capacity[slot] <= 0) continue;
                var v = _to[slot];
                if (settled[v]) continue;
                var candidate = du + _cost[slot] - potential[v];
                if (candidate < distance[v])
                {
                    distance[v] = candidate;
                    var i = heapIndex[v];
                    if (i < 0) i = count++;
                    SiftUp(heap, heapIndex, distance, i, v);
                }
            }
        }
        return Unreachable;
    }

    private static void SiftUp(int[] heap, int[] heapIndex, long[] distance, int i, int node)
    {
        var key = distance[node];
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            var p = heap[parent];
            if (distance[p] <= key) break;
            heap[i] = p;
            heapIndex[p] = i;
            i = parent;
        }
        heap[i] = node;
        heapIndex[node] = i;
    }

    private static void SiftDown(int[] heap, int[] heapIndex, long[] distance, int count, int i, int node)
    {
        var key = distance[node];
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= count) break;
            if (child + 1 < count && distance[heap[child + 1]] < distance[heap[child]]) child++;
            var c = heap[child];
            if (distance[c] >= key) break;
            heap[i] = c;
            heapIndex[c] = i;
            i = child;
        }
        heap[i] = node;
        heapIndex[node] = i;
    }

    /// <summary>Dinic on the admissible subgraph: repeated level graphs and blocking flows until the sink is cut off.</summary>
    private long BlockingFlows(int source, int sink, long[] potential, Work work)
    {
        var level = work.Level;
        var queue = work.Queue;
        var pushed = 0L;
        while (true)
        {
            Array.Fill(level, -1);
            level[source] = 0;
            int head = 0, tail = 0;
            queue[tail++] = source;
            while (head < tail)
            {
                var u = queue[head++];
                // Nodes at the sink's level or deeper lead to no shortest augmenting path.
                if (level[sink] >= 0 && level[u] >= level[sink]) break;
                var pu = potential[u];
                for (var slot = _first[u]; slot < _first[u + 1]; slot++)
                {
                    var v = _to[slot];
                    if (level[v] < 0 && _capacity[slot] > 0 && _cost[slot] + pu - potential[v] == 0)
                    {
                        level[v] = level[u] + 1;
                        queue[tail++] = v;
                    }
                }
            }
            if (level[sink] < 0) return pushed;

            Array.Copy(_first, work.Cursor, work.Cursor.Length);
            pushed += AugmentAlongLevels(source, sink, potential, work);
        }
    }

    /// <summary>Iterative depth-first search along the level graph, augmenting every path it finds.</summary>
    private long AugmentAlongLevels(int source, int sink, long[] potential, Work work)
    {
        var level = work.Level;
        var cursor = work.Cursor;
        var pathSlots = work.PathSlots;
        var pushed = 0L;
        var depth = 0;
        var u = source;
        while (true)
        {
            if (u == sink)
            {
                var bottleneck = Unbounded;
                for (var i = 0; i < depth; i++) bottleneck = Math.Min(bottleneck, _capacity[pathSlots[i]]);
                for (var i = 0; i < depth; i++)
                {
                    _capacity[pathSlots[i]] -= bottleneck;
                    _capacity[_reverse[pathSlots[i]]] += bottleneck;
                }
                pushed += bottleneck;
                depth = 0;
                u = source;
                continue;
            }

            var advanced = false;
            var end = _first[u + 1];
            var next = level[u] + 1;
            var pu = potential[u];
            for (; cursor[u] < end; cursor[u]++)
            {
                var slot = cursor[u];
                var v = _to[slot];
                if (level[v] == next && _capacity[slot] > 0 && _cost[slot] + pu - potential[v] == 0)
                {
                    pathSlots[depth++] = slot;
                    u = v;
                    advanced = true;
                    break;
                }
            }
            if (advanced) continue;

            // Dead end: nothing more passes through u in this level graph.
            level[u] = -1;
            if (depth == 0) return pushed;
            var back = pathSlots[--depth];
            u = _to[_reverse[back]];
            cursor[u]++;
        }
    }
}
