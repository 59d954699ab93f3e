using BudgetEngine.Core.Flow;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Flow;

/// <summary>Dijkstra's queue: nodes come out nearest first, however they went in, were moved up or taken out.</summary>
public class DistanceHeapTests
{
    public static TheoryData<ulong> Seeds() => FlowNetworks.Seeds();

    [Fact]
    public void Gives_back_the_nearest_node_first()
    {
        // Distances 7, 3, 5 and 1 for nodes 0 to 3: they come out as 3, 1, 2, 0.
        long[] distance = [7, 3, 5, 1];
        var heap = HeapOfEveryNode(distance);

        PopAll(heap, distance).Should().Equal(3, 1, 2, 0);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gives_back_every_node_once_in_order_of_distance(ulong seed)
    {
        var random = new SeededRandom(seed);
        var distance = RandomDistances(random);
        var heap = new DistanceHeap(distance.Length);
        foreach (var node in random.Shuffle(Enumerable.Range(0, distance.Length))) heap.Push(node, distance);

        ShouldComeOutOnceNearestFirst(PopAll(heap, distance), Enumerable.Range(0, distance.Length), distance);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_node_pushed_again_after_its_distance_is_lowered_moves_up_and_stays_in_once(ulong seed)
    {
        var random = new SeededRandom(seed);
        var distance = RandomDistances(random);
        var heap = HeapOfEveryNode(distance);
        foreach (var node in random.Shuffle(Enumerable.Range(0, distance.Length)).Take(distance.Length / 2))
        {
            distance[node] = random.Next(0, distance[node] + 1);
            heap.Push(node, distance);
        }

        heap.Count.Should().Be(distance.Length);
        Enumerable.Range(0, distance.Length).Should().OnlyContain(node => heap.Contains(node));
        ShouldComeOutOnceNearestFirst(PopAll(heap, distance), Enumerable.Range(0, distance.Length), distance);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_node_taken_out_from_anywhere_leaves_the_others_in_order_of_distance(ulong seed)
    {
        var random = new SeededRandom(seed);
        var distance = RandomDistances(random);
        var heap = HeapOfEveryNode(distance);
        var removed = random.Shuffle(Enumerable.Range(0, distance.Length)).Take(1 + random.Next(distance.Length)).ToArray();
        foreach (var node in removed) heap.Remove(node, distance);

        heap.Count.Should().Be(distance.Length - removed.Length);
        removed.Should().OnlyContain(node => !heap.Contains(node));
        ShouldComeOutOnceNearestFirst(PopAll(heap, distance), Enumerable.Range(0, distance.Length).Except(removed), distance);
    }

    [Fact]
    public void Taking_out_a_node_that_is_not_in_changes_nothing()
    {
        long[] distance = [4, 2, 9];
        var heap = new DistanceHeap(3);
        heap.Push(0, distance);
        heap.Push(1, distance);

        heap.Remove(2, distance);

        heap.Count.Should().Be(2);
        PopAll(heap, distance).Should().Equal(1, 0);
    }

    [Fact]
    public void Emptying_a_full_heap_forgets_every_node()
    {
        long[] distance = [4, 2, 9];
        var heap = HeapOfEveryNode(distance);

        heap.Clear();

        heap.Count.Should().Be(0);
        Enumerable.Range(0, 3).Should().OnlyContain(node => !heap.Contains(node));
        heap.Push(2, distance);
        PopAll(heap, distance).Should().Equal(2);
    }

    /// <summary>Between 1 and 64 nodes at distances from 0 to 49, so that many lie at the same distance.</summary>
    private static long[] RandomDistances(SeededRandom random)
    {
        var distance = new long[1 + random.Next(64)];
        for (var node = 0; node < distance.Length; node++) distance[node] = random.Next(0, 50);
        return distance;
    }

    /// <summary>A heap with every node of <paramref name="distance"/> pushed, in the order of their numbers.</summary>
    private static DistanceHeap HeapOfEveryNode(long[] distance)
    {
        var heap = new DistanceHeap(distance.Length);
        for (var node = 0; node < distance.Length; node++) heap.Push(node, distance);
        return heap;
    }

    /// <summary>Asserts that <paramref name="popped"/> holds each of <paramref name="expected"/> once, nearest first.</summary>
    private static void ShouldComeOutOnceNearestFirst(List<int> popped, IEnumerable<int> expected, long[] distance)
    {
        popped.Should().BeEquivalentTo(expected);
        popped.Select(node => distance[node]).Should().BeInAscendingOrder();
    }

    private static List<int> PopAll(DistanceHeap heap, long[] distance)
    {
        var popped = new List<int>();
        while (heap.Count > 0)
        {
            var node = heap.PopMin(distance);
            heap.Contains(node).Should().BeFalse();
            popped.Add(node);
        }
        return popped;
    }
}
