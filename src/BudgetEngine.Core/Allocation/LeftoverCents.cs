namespace BudgetEngine.Core.Allocation;

/// <summary>
/// The last step of a largest-remainder split: the cents the floors leave over go, one each, to the recipients with the
/// largest remainders; equal remainders by the split's tie order (<see cref="ITieOrder"/>), which is total.
/// </summary>
internal static class LeftoverCents
{
    // Up to this many recipients, the working array lives on the stack and is ordered by insertion sort.
    internal const int SmallSplit = 32;

    /// <summary>Which of two recipients with equal remainders comes first; never both ways, never neither.</summary>
    internal interface ITieOrder
    {
        bool Before(int x, int y);
    }

    /// <summary>Equal remainders by the recipients' keys, ordinal (keys are unique).</summary>
    internal readonly struct ByKey(AllocationShare[] shares) : ITieOrder
    {
        // Stryker disable once Equality : keys are unique, so two recipients' keys never compare equal
        public bool Before(int x, int y) => string.CompareOrdinal(shares[x].Key, shares[y].Key) < 0;
    }

    /// <summary>Equal remainders by the recipients' places: the one given first.</summary>
    internal readonly struct ByPlace : ITieOrder
    {
        // Stryker disable once Equality : two recipients never share a place
        public bool Before(int x, int y) => x < y;
    }

    /// <summary>Adds a cent to the floors of the <paramref name="leftover"/> recipients that rank first.</summary>
    public static void HandOut<TTies>(Span<long> floors, ReadOnlySpan<ulong> remainders, long leftover, TTies ties)
        where TTies : ITieOrder
    {
        // Stryker disable once all : ranking for no leftover cents hands out nothing
        if (leftover <= 0)
        {
            // Stryker disable once Statement : ranking for no leftover cents hands out nothing
            return;
        }
        var count = floors.Length;
        // Stryker disable once Equality,Conditional : stack or heap, the same recipients
        Span<int> ranked = count <= SmallSplit ? stackalloc int[SmallSplit] : new int[count];
        ranked = ranked[..count];
        for (var i = 0; i < count; i++)
        {
            ranked[i] = i;
        }
        // Stryker disable once all : either way puts the same recipients first
        if (count <= SmallSplit)
        {
            InsertionSort(ranked, remainders, ties);
        }
        else
        {
            SelectFirst(ranked, (int)leftover, remainders, ties, SelectionRounds(count));
        }
        for (var k = 0; k < leftover; k++)
        {
            floors[ranked[k]]++;
        }
    }

    /// <summary>Orders by the split's rule, for a few recipients.</summary>
    private static void InsertionSort<TTies>(Span<int> ranked, ReadOnlySpan<ulong> remainders, TTies ties)
        where TTies : ITieOrder
    {
        for (var i = 1; i < ranked.Length; i++)
        {
            var item = ranked[i];
            var j = i - 1;
            while (j >= 0 && RanksBefore(item, ranked[j], remainders, ties))
            {
                ranked[j + 1] = ranked[j];
                j--;
            }
            ranked[j + 1] = item;
        }
    }

    /// <summary>
    /// Puts the <paramref name="first"/> recipients that rank first (by <see cref="RanksBefore"/>) in the first places of
    /// <paramref name="ranked"/>, in any order: which ones they are is all a split needs, and the order is total, so they
    /// are the same ones a full sort would put there. Quickselect, in time linear in the recipients on average instead of
    /// a sort's n log n (a group of 20,000 lines has thousands of members); should its pivots keep falling badly (after
    /// <paramref name="rounds"/> partitions), the range still open is heap-sorted, so a split never costs more than n log n.
    /// </summary>
    internal static void SelectFirst<TTies>(Span<int> ranked, int first, ReadOnlySpan<ulong> remainders, TTies ties, int rounds)
        where TTies : ITieOrder
    {
        var low = 0;
        var high = ranked.Length - 1;
        // Partitioning a range of one recipient moves nothing. Sorting the open range at once, later or never gives the
        // same first places (a sort orders them all; a partition of a sorted range keeps them); so does going on
        // partitioning once the first places are settled.
        // Stryker disable once Equality : a range of one recipient is already in place
        while (low < high)
        {
            // Stryker disable once all : sorting now, later or never puts the same recipients first
            if (rounds-- == 0)
            {
                HeapSort(ranked[low..(high + 1)], remainders, ties);
                // Stryker disable once Statement : partitioning the sorted range keeps the same recipients first
                return;
            }
            // The middle recipient as pivot, moved to the end; those that rank before it to the front.
            // Stryker disable once Bitwise : the difference is never negative, so both shifts halve it
            var middle = low + ((high - low) >> 1);
            (ranked[middle], ranked[high]) = (ranked[high], ranked[middle]);
            var pivot = ranked[high];
            var store = low;
            // Stryker disable once Equality : the pivot never ranks before itself, so comparing it too moves nothing
            for (var i = low; i < high; i++)
            {
                if (RanksBefore(ranked[i], pivot, remainders, ties))
                {
                    (ranked[i], ranked[store]) = (ranked[store], ranked[i]);
                    store++;
                }
            }
            (ranked[store], ranked[high]) = (ranked[high], ranked[store]);
            // ranked[low..store - 1] rank before ranked[store], which ranks before ranked[store + 1..high]: narrow to
            // the side that holds the boundary after the first places.
            if (store == first - 1)
            {
                // Stryker disable once Statement : partitioning beyond the settled first places keeps them
                return;
            }
            // Stryker disable once Equality : at store == first the first places are settled; partitioning either side keeps them
            if (store >= first)
            {
                high = store - 1;
            }
            else
            {
                low = store + 1;
            }
        }
    }

    /// <summary>Partitions a quickselect may take before it heap-sorts what is left: about twice the depth of a balanced one.</summary>
    internal static int SelectionRounds(int count) => 2 * (32 - System.Numerics.BitOperations.LeadingZeroCount((uint)count)) + 4;

    /// <summary>Orders by the split's rule, in n log n whatever the remainders.</summary>
    private static void HeapSort<TTies>(Span<int> ranked, ReadOnlySpan<ulong> remainders, TTies ties)
        where TTies : ITieOrder
    {
        // A heap whose root ranks last, so that the last-ranked are moved to the end first.
        // Stryker disable once Arithmetic : sifting down from a leaf does nothing, so starting further on builds the same heap
        for (var root = ranked.Length / 2 - 1; root >= 0; root--)
        {
            SiftDown(ranked, root, ranked.Length, remainders, ties);
        }
        // Stryker disable once Equality : the last step would swap the root with itself
        for (var end = ranked.Length - 1; end > 0; end--)
        {
            (ranked[0], ranked[end]) = (ranked[end], ranked[0]);
            SiftDown(ranked, 0, end, remainders, ties);
        }
    }

    private static void SiftDown<TTies>(Span<int> heap, int root, int size, ReadOnlySpan<ulong> remainders, TTies ties)
        where TTies : ITieOrder
    {
        while (true)
        {
            var child = 2 * root + 1;
            if (child >= size)
            {
                return;
            }
            if (child + 1 < size && RanksBefore(heap[child], heap[child + 1], remainders, ties))
            {
                child++;
            }
            if (!RanksBefore(heap[root], heap[child], remainders, ties))
            {
                return;
            }
            (heap[root], heap[child]) = (heap[child], heap[root]);
            root = child;
        }
    }

    /// <summary>True when recipient <paramref name="x"/> comes before <paramref name="y"/>: the larger remainder, or at equal remainders the tie order's first.</summary>
    private static bool RanksBefore<TTies>(int x, int y, ReadOnlySpan<ulong> remainders, TTies ties)
        where TTies : ITieOrder
    {
        if (remainders[x] != remainders[y])
        {
            // Stryker disable once Equality : the remainders differ here
            return remainders[x] > remainders[y];
        }
        return ties.Before(x, y);
    }
}
