namespace BudgetEngine.Core.Flow;

/// <summary>
/// Dijkstra's queue of nodes waiting to be settled: an indexed binary min-heap keyed by each node's tentative distance.
/// The distances lie in an array the caller owns; after lowering a node's distance the caller pushes the node again and
/// it moves up from where it is. Each node is in the heap at most once, and its place is kept, so a node can also be
/// taken out from anywhere.
/// </summary>
internal sealed class DistanceHeap
{
    private readonly int[] _heap;
    // Each node's index in _heap, or -1 when it is not in the heap.
    private readonly int[] _place;
    private int _count;

    /// <summary>An empty heap for nodes 0 to <paramref name="nodes"/> - 1.</summary>
    public DistanceHeap(int nodes)
    {
        _heap = new int[nodes];
        _place = new int[nodes];
        Array.Fill(_place, -1);
    }

    /// <summary>How many nodes wait in the heap.</summary>
    public int Count => _count;

    /// <summary>Whether <paramref name="node"/> waits in the heap.</summary>
    public bool Contains(int node) => _place[node] >= 0;

    /// <summary>Adds <paramref name="node"/>, or moves it up to where its lowered distance belongs when it is already in.</summary>
    public void Push(int node, long[] distance)
    {
        var i = _place[node];
        if (i < 0) i = _count++;
        SiftUp(i, node, distance);
    }

    /// <summary>Takes out and returns a node of the least distance; the heap must not be empty.</summary>
    public int PopMin(long[] distance)
    {
        var top = _heap[0];
        _place[top] = -1;
        var last = _heap[--_count];
        if (_count > 0) SiftDown(0, last, distance);
        return top;
    }

    /// <summary>Takes <paramref name="node"/> out wherever it is; nothing happens when it is not in the heap.</summary>
    public void Remove(int node, long[] distance)
    {
        var i = _place[node];
        if (i < 0) return;
        _place[node] = -1;
        var last = _heap[--_count];
        if (i == _count) return;
        // The last node takes the free place and moves up or down to where it belongs (at its parent's distance, either).
        // Stryker disable once Equality : a node at its parent's distance stays where it is whether it moves up or down
        if (i > 0 && distance[_heap[(i - 1) / 2]] > distance[last]) SiftUp(i, last, distance);
        else SiftDown(i, last, distance);
    }

    /// <summary>Empties the heap.</summary>
    public void Clear()
    {
        for (var i = 0; i < _count; i++) _place[_heap[i]] = -1;
        _count = 0;
    }

    private void SiftUp(int i, int node, long[] distance)
    {
        var key = distance[node];
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            var p = _heap[parent];
            // Stryker disable once Equality : a node stops below a parent at the same distance or passes it; either is a heap
            if (distance[p] <= key) break;
            _heap[i] = p;
            _place[p] = i;
            i = parent;
        }
        _heap[i] = node;
        _place[node] = i;
    }

    private void SiftDown(int i, int node, long[] distance)
    {
        var key = distance[node];
        while (true)
        {
            var child = 2 * i + 1;
            // Stryker disable once Equality : the place just past the heap holds the node being sifted down, which never passes itself
            if (child >= _count) break;
            // Stryker disable once Equality,Arithmetic : of two children at the same distance either may move up, and the place just past the heap holds the node being sifted down, which taken for a child moves nothing
            if (child + 1 < _count && distance[_heap[child + 1]] < distance[_heap[child]]) child++;
            var c = _heap[child];
            // Stryker disable once Equality : a node stops above a child at the same distance or passes it; either is a heap
            if (distance[c] >= key) break;
            _heap[i] = c;
            _place[c] = i;
            i = child;
        }
        _heap[i] = node;
        _place[node] = i;
    }
}
