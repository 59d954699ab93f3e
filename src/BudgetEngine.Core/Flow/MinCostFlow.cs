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
/// in the reverse of the order they were added to it, each arc's head, twin, capacity and cost side by side in one
/// record); each node's arcs of zero reduced cost (its admissible arcs) are kept from phase to phase and collected
/// again only where a phase's potentials changed one of them; the shortest distances start with a breadth-first search
/// for the nodes at distance zero along those lists, and Dijkstra (an indexed binary heap) settles only the other nodes
/// and stops when it settles the sink (a node not settled by then is at least as far as the sink, and a phase only
/// needs min(distance, sink's distance)); each phase first marks, backwards from the sink, the nodes that can still
/// reach it along arcs of zero reduced cost, and its level graphs are built over those alone (no node reaches the sink
/// within a phase that could not at its start; any other node is one the depth-first search would only enter and leave
/// as a dead end); the level graph's breadth-first search stops at the sink's level (deeper nodes cannot lie on a
/// shortest augmenting path).
/// Every augmenting path, and so every flow, is the one the textbook form of the method finds (MinCostFlowTextbookTests).
/// </remarks>
internal sealed class MinCostFlow
{
    /// <summary>A capacity that never binds.</summary>
    public const long Unbounded = long.MaxValue / 4;

    private const long Unreachable = long.MaxValue / 2;

    // Arcs as added: arc a and its residual twin a ^ 1; the twin's head is the arc's tail.
    private int _nodes;
    private int _arcs;
    private int[] _head;
    private long[] _addedCapacity;
    private long[] _addedCost;

    // The graph in compressed rows while solving: node u's arcs are the slots _first[u] .. _first[u + 1] - 1.
    private int[] _first = [];
    private Slot[] _slots = [];
    private int[] _slotOfArc = [];

    /// <summary>One residual arc in the compressed rows.</summary>
    private struct Slot
    {
        public int To;
        public int Reverse;
        public long Capacity;
        public long Cost;
    }

    /// <summary>Creates an empty network; <paramref name="expectedArcs"/> is a hint that saves growing it.</summary>
    public MinCostFlow(int expectedArcs = 8)
    {
        // Stryker disable once all : a hint only; too small a network grows as arcs are added
        var slots = Math.Max(16, 2 * expectedArcs);
        _head = new int[slots];
        _addedCapacity = new long[slots];
        _addedCost = new long[slots];
    }

    /// <summary>How the last <see cref="Solve"/> went: phases, nodes settled, level graphs and augmenting paths.</summary>
    public SolveStatistics Statistics { get; private set; }

    /// <summary>The number of nodes.</summary>
    public int NodeCount => _nodes;

    /// <summary>The number of arcs added (each with its residual twin).</summary>
    public int ArcCount => _arcs / 2;

    /// <summary>Adds a node and returns its index.</summary>
    public int AddNode() => _nodes++;

    /// <summary>Adds an arc from <paramref name="from"/> to <paramref name="to"/>; returns the arc's index for <see cref="Flow"/>.</summary>
    public int AddArc(int from, int to, long capacity, long cost)
    {
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "An arc's capacity cannot be negative.");
        if ((uint)from >= (uint)_nodes) throw new ArgumentOutOfRangeException(nameof(from), "No such node.");
        if ((uint)to >= (uint)_nodes) throw new ArgumentOutOfRangeException(nameof(to), "No such node.");
        // Stryker disable once Equality : growing one arc early changes nothing but the room
        if (_arcs + 2 > _head.Length)
        {
            Array.Resize(ref _head, 2 * _head.Length);
            Array.Resize(ref _addedCapacity, 2 * _addedCapacity.Length);
            Array.Resize(ref _addedCost, 2 * _addedCost.Length);
        }
        var arc = _arcs;
        _head[arc] = to;
        _addedCapacity[arc] = capacity;
        _addedCost[arc] = cost;
        _head[arc + 1] = from;
        _addedCapacity[arc + 1] = 0;
        _addedCost[arc + 1] = -cost;
        _arcs += 2;
        return arc;
    }

    /// <summary>
    /// The <paramref name="k"/>-th arc added (from 0 to <see cref="ArcCount"/> - 1) as it was given: its tail, head,
    /// capacity and cost. For handing the network to another solver; its flow is <c>Flow(2 * k)</c>.
    /// </summary>
    public (int From, int To, long Capacity, long Cost) AddedArc(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, ArcCount);
        var arc = 2 * k;
        return (_head[arc ^ 1], _head[arc], _addedCapacity[arc], _addedCost[arc]);
    }

    /// <summary>The flow the solution sends over an arc.</summary>
    public long Flow(int arc)
    {
        if (arc >= _slotOfArc.Length) return 0;
        return _addedCapacity[arc] - _slots[_slotOfArc[arc]].Capacity;
    }

    /// <summary>Lays the arcs out in compressed rows, each node's arcs in the reverse of the order they were added to it.</summary>
    private void Compress()
    {
        var n = _nodes;
        var m = _arcs;
        _first = new int[n + 1];
        _slots = new Slot[m];
        _slotOfArc = new int[m];
        // The tail of arc a is the head of its twin.
        for (var arc = 0; arc < m; arc++) _first[_head[arc ^ 1] + 1]++;
        for (var u = 0; u < n; u++) _first[u + 1] += _first[u];
        var next = new int[n];
        for (var u = 0; u < n; u++) next[u] = _first[u + 1];
        for (var arc = 0; arc < m; arc++)
        {
            var slot = --next[_head[arc ^ 1]];
            _slotOfArc[arc] = slot;
            ref var s = ref _slots[slot];
            s.To = _head[arc];
            s.Capacity = _addedCapacity[arc];
            s.Cost = _addedCost[arc];
        }
        for (var arc = 0; arc < m; arc++) _slots[_slotOfArc[arc]].Reverse = _slotOfArc[arc ^ 1];
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
        var slots = _slots;
        for (var u = 0; u < n; u++)
        {
            for (var slot = _first[u]; slot < _first[u + 1]; slot++)
            {
                if (slots[slot].Capacity > 0 && slots[slot].Cost + potential[u] - potential[slots[slot].To] < 0)
                {
                    throw new ArgumentException("An arc has a negative reduced cost: give potentials that make all reduced costs non-negative.", nameof(initialPotential));
                }
            }
        }

        var work = new Work(n, _slots.Length);
        Array.Fill(work.Stale, true);
        var total = 0L;
        while (true)
        {
            var toSink = ShortestDistances(source, sink, potential, work);
            if (toSink >= Unreachable) break;
            work.Phases++;
            RaisePotentials(toSink, potential, work);
            total += BlockingFlows(source, sink, potential, work);
        }
        Statistics = new SolveStatistics(work.Phases, work.Settled, work.LevelGraphs, work.Paths);
        return total;
    }

    /// <summary>The arrays one solve reuses across its phases, and what it counts.</summary>
    private sealed class Work(int nodes, int slots)
    {
        public readonly long[] Distance = new long[nodes];
        public readonly DistanceHeap Heap = new(nodes);
        public readonly int[] Level = new int[nodes];
        public readonly int[] Queue = new int[nodes];
        // An augmenting path's arcs: it visits each node at most once, so it has fewer arcs than there are nodes.
        public readonly int[] PathSlots = new int[nodes];
        public readonly int[] Cursor = new int[nodes];
        public readonly int[] ReachesSink = new int[nodes];
        public readonly int[] AtZero = new int[nodes];
        public int ReachMark, ZeroMark;
        // Node u's arcs of zero reduced cost are Admissible[_first[u] .. AdmissibleEnd[u] - 1]: slots of its own row, in
        // slot order, kept from phase to phase and collected again (Stale) only once raising the potentials has made one
        // of its arcs admissible or no longer admissible.
        public readonly int[] Admissible = new int[slots];
        public readonly int[] AdmissibleEnd = new int[nodes];
        public readonly bool[] Stale = new bool[nodes];
        public int Phases, Settled, LevelGraphs, Paths;
    }

    /// <summary>
    /// The shortest distances on reduced costs from <paramref name="source"/>, as far as the sink; returns the sink's
    /// distance (<see cref="Unreachable"/> when the sink cannot be reached). Nodes not settled keep a tentative distance
    /// at least the sink's, which is all the caller needs of them.
    /// </summary>
    /// <remarks>
    /// Once potentials are set, most nodes lie at distance zero: they are found first, by a breadth-first search along
    /// the arcs of zero reduced cost with capacity (the kept admissible lists), instead of scanning every arc of theirs.
    /// Every other node starts at its cheapest arc in from them (read off its own row, where each arc's twin lies), and
    /// Dijkstra settles those alone. The distances are Dijkstra's over the whole graph: the nodes at zero are the ones it
    /// would settle first, and the arcs out of them the ones it would relax.
    /// </remarks>
    private long ShortestDistances(int source, int sink, long[] potential, Work work)
    {
        var distance = work.Distance;
        var heap = work.Heap;
        var atZero = work.AtZero;
        // Stryker disable once Update : a mark need only differ from every earlier search's
        var zero = ++work.ZeroMark;
        var queue = work.Queue;
        var first = _first;
        var slots = _slots;
        var admissible = work.Admissible;
        var admissibleEnd = work.AdmissibleEnd;
        var stale = work.Stale;

        int head = 0, tail = 0;
        atZero[source] = zero;
        distance[source] = 0;
        queue[tail++] = source;
        while (head < tail)
        {
            var u = queue[head++];
            if (stale[u]) Collect(u, potential, work);
            var end = admissibleEnd[u];
            for (var k = first[u]; k < end; k++)
            {
                ref readonly var arc = ref slots[admissible[k]];
                var v = arc.To;
                if (arc.Capacity > 0 && atZero[v] != zero)
                {
                    atZero[v] = zero;
                    distance[v] = 0;
                    queue[tail++] = v;
                }
            }
        }
        work.Settled += tail;
        if (atZero[sink] == zero) return 0;

        // Every other node: its cheapest arc in from a node at zero (the twin of an arc in its own row), if any.
        for (var v = 0; v < distance.Length; v++)
        {
            if (atZero[v] == zero) continue;
            var best = Unreachable;
            var pv = potential[v];
            var row = slots.AsSpan(first[v], first[v + 1] - first[v]);
            for (var k = 0; k < row.Length; k++)
            {
                ref readonly var back = ref row[k];
                var u = back.To;
                if (atZero[u] != zero || slots[back.Reverse].Capacity <= 0) continue;
                var candidate = potential[u] - back.Cost - pv;
                // Stryker disable once Equality : an arc as cheap as the best one so far gives the same distance
                if (candidate < best) best = candidate;
            }
            distance[v] = best;
            if (best < Unreachable) heap.Push(v, distance);
        }

        // Nodes reached at the distance of the node being settled are settled next without passing through the heap:
        // any order of nodes at the least distance is Dijkstra's.
        var level = work.Queue;
        int levelHead = 0, levelTail = 0;
        while (true)
        {
            int u;
            if (levelHead < levelTail)
            {
                u = level[levelHead++];
            }
            else if (heap.Count > 0)
            {
                u = heap.PopMin(distance);
            }
            else
            {
                return Unreachable;
            }
            work.Settled++;
            if (u == sink)
            {
                heap.Clear();
                return distance[sink];
            }

            // Settled nodes need no mark: a settled node's distance is at most u's, and with reduced costs non-negative
            // no arc from u can improve it.
            var du = distance[u];
            var reach = du + potential[u];
            var row = slots.AsSpan(first[u], first[u + 1] - first[u]);
            for (var k = 0; k < row.Length; k++)
            {
                ref readonly var arc = ref row[k];
                if (arc.Capacity <= 0) continue;
                var v = arc.To;
                var candidate = reach + arc.Cost - potential[v];
                if (candidate < distance[v])
                {
                    distance[v] = candidate;
                    if (candidate == du)
                    {
                        heap.Remove(v, distance);
                        level[levelTail++] = v;
                    }
                    else
                    {
                        heap.Push(v, distance);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Raises every node's potential by its distance, capped at the sink's (<paramref name="toSink"/>). An arc's reduced
    /// cost changes only where a potential at either end does, and a node's admissible list only where one of its arcs
    /// comes to, or ceases to, have zero reduced cost: only those nodes have theirs collected again, when next needed.
    /// </summary>
    private void RaisePotentials(long toSink, long[] potential, Work work)
    {
        var distance = work.Distance;
        var stale = work.Stale;
        var slots = _slots;
        var first = _first;
        // distance[v] becomes the rise of v's potential: zero for the nodes at zero, at most the sink's distance.
        for (var v = 0; v < distance.Length; v++)
        {
            var rise = Math.Min(distance[v], toSink);
            distance[v] = rise;
            potential[v] += rise;
        }
        for (var v = 0; v < distance.Length; v++)
        {
            var rise = distance[v];
            if (rise == 0) continue;
            var pv = potential[v];
            var row = slots.AsSpan(first[v], first[v + 1] - first[v]);
            for (var k = 0; k < row.Length; k++)
            {
                var w = row[k].To;
                var reduced = row[k].Cost + pv - potential[w];
                var before = reduced - rise + distance[w];
                if ((reduced == 0) != (before == 0))
                {
                    stale[v] = true;
                    stale[w] = true;
                }
            }
        }
    }

    /// <summary>
    /// Collects the arcs of node <paramref name="u"/> with zero reduced cost under the current potentials, in slot order:
    /// the only arcs a shortest augmenting path can use. An arc's twin has zero reduced cost too, so an arc that gains
    /// capacity during a phase is already in the list; capacity is checked as the lists are walked.
    /// </summary>
    private void Collect(int u, long[] potential, Work work)
    {
        work.Stale[u] = false;
        var slots = _slots;
        var admissible = work.Admissible;
        var start = _first[u];
        var k = start;
        var pu = potential[u];
        var row = slots.AsSpan(start, _first[u + 1] - start);
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i].Cost + pu - potential[row[i].To] == 0) admissible[k++] = start + i;
        }
        work.AdmissibleEnd[u] = k;
    }

    /// <summary>
    /// Dinic on the admissible subgraph: repeated level graphs and blocking flows until the sink is cut off. The level
    /// graphs are built only over the nodes that could reach the sink along admissible arcs with capacity when the phase
    /// began (marked backwards from the sink). Augmenting only gives capacity to twins of arcs on the path, which lead
    /// to nodes that could reach the sink, so no other node comes to reach it during the phase. Any other node is a dead
    /// end the depth-first search would enter, find nothing in and leave, and no node on a path to the sink is reached
    /// through one, so the levels of the nodes that matter and the augmenting paths found are those over the whole
    /// admissible subgraph.
    /// </summary>
    private long BlockingFlows(int source, int sink, long[] potential, Work work)
    {
        var level = work.Level;
        var queue = work.Queue;
        var reaches = work.ReachesSink;
        var first = _first;
        var admissibleEnd = work.AdmissibleEnd;
        var slots = _slots;
        MarkNodesThatReachSink(source, sink, potential, work);
        var mark = work.ReachMark;
        var admissible = work.Admissible;
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
                var next = level[u] + 1;
                var end = admissibleEnd[u];
                for (var k = first[u]; k < end; k++)
                {
                    ref readonly var arc = ref slots[admissible[k]];
                    var v = arc.To;
                    // Stryker disable once Equality : level 0 is the source's alone, and the source is never marked as reaching the sink
                    if (level[v] < 0 && reaches[v] == mark && arc.Capacity > 0)
                    {
                        level[v] = next;
                        queue[tail++] = v;
                    }
                }
            }
            // Stryker disable once Equality : level 0 is the source's alone, never the sink's
            if (level[sink] < 0) return pushed;

            Array.Copy(first, work.Cursor, work.Cursor.Length);
            work.LevelGraphs++;
            pushed += AugmentAlongLevels(source, sink, work);
        }
    }

    /// <summary>
    /// Marks, backwards from the sink, every node but the source with a path to it along admissible arcs with capacity.
    /// An arc's twin is admissible with it, so a node's admissible list holds the twins of the admissible arcs into it.
    /// The source always has such a path (the phase's shortest path to the sink runs along admissible arcs with
    /// capacity) and is not searched from (no augmenting path passes through it); of its admissible arcs, the level
    /// graphs use those with capacity to marked nodes.
    /// </summary>
    private void MarkNodesThatReachSink(int source, int sink, long[] potential, Work work)
    {
        var reaches = work.ReachesSink;
        var queue = work.Queue;
        // Stryker disable once Update : a mark need only differ from every earlier phase's
        var mark = ++work.ReachMark;
        var slots = _slots;
        var first = _first;
        var admissible = work.Admissible;
        var admissibleEnd = work.AdmissibleEnd;
        var stale = work.Stale;
        int head = 0, tail = 0;
        reaches[sink] = mark;
        queue[tail++] = sink;
        while (head < tail)
        {
            var v = queue[head++];
            if (stale[v]) Collect(v, potential, work);
            var end = admissibleEnd[v];
            for (var k = first[v]; k < end; k++)
            {
                ref readonly var twin = ref slots[admissible[k]];
                var u = twin.To;
                if (u == source || reaches[u] == mark || slots[twin.Reverse].Capacity <= 0) continue;
                reaches[u] = mark;
                queue[tail++] = u;
            }
        }
        if (stale[source]) Collect(source, potential, work);
    }

    /// <summary>Iterative depth-first search along the level graph, augmenting every path it finds.</summary>
    private long AugmentAlongLevels(int source, int sink, Work work)
    {
        var level = work.Level;
        var cursor = work.Cursor;
        var pathSlots = work.PathSlots;
        var admissibleEnd = work.AdmissibleEnd;
        var admissible = work.Admissible;
        var slots = _slots;
        var pushed = 0L;
        var depth = 0;
        var u = source;
        while (true)
        {
            if (u == sink)
            {
                var bottleneck = Unbounded;
                for (var i = 0; i < depth; i++) bottleneck = Math.Min(bottleneck, slots[pathSlots[i]].Capacity);
                for (var i = 0; i < depth; i++)
                {
                    ref var arc = ref slots[pathSlots[i]];
                    arc.Capacity -= bottleneck;
                    slots[arc.Reverse].Capacity += bottleneck;
                }
                pushed += bottleneck;
                work.Paths++;
                depth = 0;
                u = source;
                continue;
            }

            var advanced = false;
            var end = admissibleEnd[u];
            var next = level[u] + 1;
            for (; cursor[u] < end; cursor[u]++)
            {
                var slot = admissible[cursor[u]];
                ref readonly var arc = ref slots[slot];
                var v = arc.To;
                if (level[v] == next && arc.Capacity > 0)
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
            u = slots[slots[back].Reverse].To;
            cursor[u]++;
        }
    }
}

/// <summary>How a min-cost flow solve went: phases (distinct shortest-path lengths), nodes settled by Dijkstra, level graphs and augmenting paths.</summary>
internal readonly record struct SolveStatistics(int Phases, int Settled, int LevelGraphs, int AugmentingPaths);
