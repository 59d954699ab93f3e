using System.Numerics;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Allocation;

/// <summary>
/// Splits an amount over weighted recipients by the largest-remainder method (Hamilton), in whole cents.
/// The one function through which every split of money in BudgetEngine goes.
/// Guarantees: the shares add up to the amount exactly; no share has the opposite sign of the amount
/// (none is negative for a positive amount); each share is within one cent of its exact quota
/// (amount x weight / total weight); equal remainders go to the smaller key (ordinal), so the result
/// does not depend on the order in which recipients are given.
/// </summary>
public static class Allocator
{
    /// <summary>Splits <paramref name="amount"/> over <paramref name="shares"/>; the result is in the order of <paramref name="shares"/>.</summary>
    /// <exception cref="ArgumentException">No recipients, a negative weight, all weights zero, or a duplicate key.</exception>
    public static Money[] Split(Money amount, IReadOnlyList<AllocationShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var span = AsSpan(shares);
        Validate(span);

        var cents = amount.Cents;
        // Stryker disable once NullCoalescing : the BigInteger path gives the same split (it is the reference), only slower
        return SplitInLongs(cents, span) ?? SplitInBigIntegers(cents, shares);
    }

    /// <summary>
    /// The same split, always through the BigInteger arithmetic (the reference the fast path is tested against).
    /// </summary>
    internal static Money[] SplitWithBigIntegers(Money amount, IReadOnlyList<AllocationShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        Validate(AsSpan(shares));
        return SplitInBigIntegers(amount.Cents, shares);
    }

    /// <summary>The recipients as a span: an array's own elements (the usual case), otherwise a copy.</summary>
    private static ReadOnlySpan<AllocationShare> AsSpan(IReadOnlyList<AllocationShare> shares)
    {
        if (shares is AllocationShare[] array)
        {
            return array;
        }
        var copy = new AllocationShare[shares.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = shares[i];
        }
        return copy;
    }

    /// <summary>
    /// The exact split in 64- and 128-bit integers, or null when the weights do not fit: every weight, scaled to a
    /// whole number, and their total must fit in a ulong. Then |cents| (below 2^63) times a weight is below 2^127
    /// and fits in a UInt128, and every remainder is below the total. Same quotas, same remainders, same order as
    /// <see cref="SplitInBigIntegers"/>.
    /// </summary>
    internal static Money[]? SplitInLongs(long cents, ReadOnlySpan<AllocationShare> shares)
    {
        var count = shares.Length;
        var scale = 0;
        foreach (var share in shares)
        {
            scale = Math.Max(scale, share.Weight.Scale);
        }

        // Small splits (the usual: months, members of a region, sources) keep their working arrays on the stack. Where
        // an array lives changes no share, so the choices between stack and heap are marked for mutation testing.
        // Stryker disable once Equality : a split of exactly SmallSplit recipients gives the same shares from heap arrays
        var small = count <= SmallSplit;
        // Stryker disable once Conditional : stack or heap, the same shares
        Span<ulong> weights = small ? stackalloc ulong[SmallSplit] : new ulong[count];
        ulong totalWeight = 0;
        Span<int> bits = stackalloc int[4];
        for (var i = 0; i < count; i++)
        {
            var weight = shares[i].Weight;
            decimal.GetBits(weight, bits);
            if (bits[2] != 0)
            {
                return null;
            }
            var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
            for (var s = weight.Scale; s < scale; s++)
            {
                // Stryker disable once Equality : giving up one value early hands the split to the BigInteger path, which gives the same shares
                if (mantissa > ulong.MaxValue / 10)
                {
                    return null;
                }
                mantissa *= 10;
            }
            weights[i] = mantissa;
            totalWeight += mantissa;
            if (totalWeight < mantissa)
            {
                return null; // the total overflowed
            }
        }

        var sign = Math.Sign(cents);
        var magnitude = (ulong)Math.Abs(cents);
        // Stryker disable once Conditional : stack or heap, the same shares
        Span<long> floors = small ? stackalloc long[SmallSplit] : new long[count];
        // Stryker disable once Conditional : stack or heap, the same shares
        var remainderArray = small ? null : new ulong[count];
        Span<ulong> remainders = small ? stackalloc ulong[SmallSplit] : remainderArray;
        ulong assigned = 0;
        for (var i = 0; i < count; i++)
        {
            var high = Math.BigMul(magnitude, weights[i], out var low);
            ulong floor;
            if (high == 0)
            {
                (floor, remainders[i]) = Math.DivRem(low, totalWeight);
            }
            else
            {
                var (quotient, remainder) = UInt128.DivRem(new UInt128(high, low), totalWeight);
                floor = (ulong)quotient; // at most the magnitude, since a weight is at most the total
                remainders[i] = (ulong)remainder;
            }
            floors[i] = (long)floor;
            assigned += floor;
        }

        // Fewer cents are left over than there are recipients with a weight, so this fits. The leftover is the sum of
        // the remainders over the total weight, and each remainder is below the total, so more recipients than there
        // are leftover cents have a remainder above zero: the cents never reach a remainder of zero, nor a weight of zero.
        var leftover = (long)(magnitude - assigned);
        // Stryker disable once Equality : ranking for no leftover cents hands out nothing
        if (leftover > 0)
        {
            // Stryker disable once Conditional : stack or heap, the same shares
            Span<int> ranked = small ? stackalloc int[SmallSplit] : new int[count];
            ranked = ranked[..count];
            for (var i = 0; i < count; i++)
            {
                ranked[i] = i;
            }
            if (small)
            {
                InsertionSort(ranked, remainders, shares);
            }
            else
            {
                SelectFirst(ranked, (int)leftover, remainders, shares, SelectionRounds(count));
            }
            for (var k = 0; k < leftover; k++)
            {
                floors[ranked[k]]++;
            }
        }

        var result = new Money[count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Money.FromCents(sign * floors[i]);
        }
        return result;
    }

    /// <summary>Orders by the split's rule (larger remainders first, equal remainders by key, ordinal), for a few recipients.</summary>
    private static void InsertionSort(Span<int> ranked, ReadOnlySpan<ulong> remainders, ReadOnlySpan<AllocationShare> shares)
    {
        for (var i = 1; i < ranked.Length; i++)
        {
            var item = ranked[i];
            var j = i - 1;
            while (j >= 0 && RanksBefore(item, ranked[j], remainders, shares))
            {
                ranked[j + 1] = ranked[j];
                j--;
            }
            ranked[j + 1] = item;
        }
    }

    /// <summary>
    /// Puts the <paramref name="first"/> recipients that rank first (by <see cref="RanksBefore"/>) in the first places of
    /// <paramref name="ranked"/>, in any order: which ones they are is all a split needs, and the order is total (keys are
    /// unique), so they are the same ones a full sort would put there. Quickselect, in time linear in the recipients on
    /// average instead of a sort's n log n (a group of 20,000 lines has thousands of members); should its pivots keep
    /// falling badly (after <paramref name="rounds"/> partitions), the range still open is heap-sorted, so a split never
    /// costs more than n log n.
    /// </summary>
    internal static void SelectFirst(Span<int> ranked, int first, ReadOnlySpan<ulong> remainders, ReadOnlySpan<AllocationShare> shares, int rounds)
    {
        var low = 0;
        var high = ranked.Length - 1;
        while (low < high)
        {
            if (rounds-- == 0)
            {
                HeapSort(ranked[low..(high + 1)], remainders, shares);
                return;
            }
            // The middle recipient as pivot, moved to the end; those that rank before it to the front.
            var middle = low + ((high - low) >> 1);
            (ranked[middle], ranked[high]) = (ranked[high], ranked[middle]);
            var pivot = ranked[high];
            var store = low;
            for (var i = low; i < high; i++)
            {
                if (RanksBefore(ranked[i], pivot, remainders, shares))
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
                return;
            }
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
    private static void HeapSort(Span<int> ranked, ReadOnlySpan<ulong> remainders, ReadOnlySpan<AllocationShare> shares)
    {
        // A heap whose root ranks last, so that the last-ranked are moved to the end first.
        for (var root = ranked.Length / 2 - 1; root >= 0; root--)
        {
            SiftDown(ranked, root, ranked.Length, remainders, shares);
        }
        for (var end = ranked.Length - 1; end > 0; end--)
        {
            (ranked[0], ranked[end]) = (ranked[end], ranked[0]);
            SiftDown(ranked, 0, end, remainders, shares);
        }
    }

    private static void SiftDown(Span<int> heap, int root, int size, ReadOnlySpan<ulong> remainders, ReadOnlySpan<AllocationShare> shares)
    {
        while (true)
        {
            var child = 2 * root + 1;
            if (child >= size)
            {
                return;
            }
            if (child + 1 < size && RanksBefore(heap[child], heap[child + 1], remainders, shares))
            {
                child++;
            }
            if (!RanksBefore(heap[root], heap[child], remainders, shares))
            {
                return;
            }
            (heap[root], heap[child]) = (heap[child], heap[root]);
            root = child;
        }
    }

    /// <summary>True when recipient <paramref name="x"/> comes before <paramref name="y"/> by the split's rule (larger remainders first, equal remainders by key, ordinal).</summary>
    private static bool RanksBefore(int x, int y, ReadOnlySpan<ulong> remainders, ReadOnlySpan<AllocationShare> shares)
    {
        if (remainders[x] != remainders[y])
        {
            return remainders[x] > remainders[y];
        }
        // Stryker disable once Equality : keys are unique, so two recipients' keys never compare equal
        return string.CompareOrdinal(shares[x].Key, shares[y].Key) < 0;
    }

    private static Money[] SplitInBigIntegers(long cents, IReadOnlyList<AllocationShare> shares)
    {
        var sign = Math.Sign(cents);
        var magnitude = new BigInteger(Math.Abs(cents));
        var weights = ScaleToIntegers(shares);
        var totalWeight = weights.Aggregate(BigInteger.Zero, (sum, w) => sum + w);

        var floors = new long[shares.Count];
        var remainders = new BigInteger[shares.Count];
        var assigned = BigInteger.Zero;
        for (var i = 0; i < shares.Count; i++)
        {
            var product = magnitude * weights[i];
            var floor = BigInteger.DivRem(product, totalWeight, out var remainder);
            floors[i] = (long)floor;
            remainders[i] = remainder;
            assigned += floor;
        }

        // Fewer than shares.Count (see SplitInLongs), and never to a remainder of zero.
        var leftover = (int)(magnitude - assigned);
        // Stryker disable once Equality : ranking for no leftover cents hands out nothing
        if (leftover > 0)
        {
            var order = Enumerable.Range(0, shares.Count)
                .OrderByDescending(i => remainders[i])
                .ThenBy(i => shares[i].Key, StringComparer.Ordinal)
                .Take(leftover);
            foreach (var i in order)
            {
                floors[i]++;
            }
        }

        var result = new Money[shares.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Money.FromCents(sign * floors[i]);
        }
        return result;
    }

    /// <summary>Splits <paramref name="amount"/> over keyed weights (whole numbers or decimals); the result maps each key to its share.</summary>
    /// <exception cref="ArgumentException">No recipients, a negative weight, all weights zero, or a duplicate key.</exception>
    public static IReadOnlyDictionary<string, Money> Split(Money amount, IEnumerable<KeyValuePair<string, decimal>> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var shares = weights.Select(w => new AllocationShare(w.Key, w.Value)).ToArray();
        var parts = Split(amount, shares);
        var result = new Dictionary<string, Money>(shares.Length, StringComparer.Ordinal);
        for (var i = 0; i < shares.Length; i++)
        {
            result[shares[i].Key] = parts[i];
        }
        return result;
    }

    private static void Validate(ReadOnlySpan<AllocationShare> shares)
    {
        if (shares.Length == 0)
        {
            throw new ArgumentException("A split needs at least one recipient.", nameof(shares));
        }
        // A few keys are compared with each other directly, up to SmallSplit through a small open-addressing table
        // on the stack, more through a HashSet. Each way the first share whose key was seen before is reported.
        // Which of the three ways finds a duplicate changes nothing but the time it takes.
        // Stryker disable once Equality,Conditional : a HashSet finds the same first duplicate
        var keys = shares.Length > SmallSplit ? new HashSet<string>(StringComparer.Ordinal) : null;
        // Stryker disable once Equality,Conditional,Logical : the table or comparing pairwise finds the same first duplicate
        Span<int> table = shares.Length > PairwiseSplit && keys is null ? stackalloc int[KeyTableSize] : default;
        var anyPositive = false;
        for (var i = 0; i < shares.Length; i++)
        {
            var share = shares[i];
            if (share.Weight < 0m)
            {
                throw new ArgumentException($"The weight of '{share.Key}' is negative ({share.Weight}); weights must be zero or more.", nameof(shares));
            }
            var key = share.Key ?? throw new ArgumentException("Every recipient needs a key.", nameof(shares));
            // Stryker disable once Conditional : the hash set, the table and comparing pairwise find the same duplicates
            var seen = keys is not null ? !keys.Add(key)
                : table.IsEmpty ? SeenBefore(shares, i, key)
                : !AddToTable(table, shares, i, key);
            if (seen)
            {
                throw new ArgumentException($"The key '{share.Key}' appears twice; keys must be unique.", nameof(shares));
            }
            anyPositive |= share.Weight > 0m;
        }
        if (!anyPositive)
        {
            throw new ArgumentException("All weights are zero; at least one must be above zero.", nameof(shares));
        }
    }

    // Up to this many recipients, keys are checked for duplicates without a HashSet, and the fast path keeps its
    // working arrays on the stack and orders remainders by insertion sort.
    private const int SmallSplit = 32;

    // Up to this many recipients, keys are compared pairwise.
    private const int PairwiseSplit = 6;

    // Slots of the stack table for up to SmallSplit keys (a power of two, at most half full).
    private const int KeyTableSize = 64;

    /// <summary>
    /// Adds share <paramref name="index"/>'s key to an open-addressing table of share numbers (plus one; 0 is empty);
    /// false when an earlier share has the same key (ordinal). The hash only decides where a key is looked for.
    /// </summary>
    private static bool AddToTable(Span<int> table, ReadOnlySpan<AllocationShare> shares, int index, string key)
    {
        var hash = (uint)key.Length;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16_777_619;
        }
        // Stryker disable once Bitwise : any slot to start looking from finds the same keys
        var slot = (int)((hash ^ (hash >> 15)) & (KeyTableSize - 1));
        while (table[slot] != 0)
        {
            if (string.Equals(shares[table[slot] - 1].Key, key, StringComparison.Ordinal))
            {
                return false;
            }
            // Stryker disable once Arithmetic : probing downwards visits every slot as upwards does
            slot = (slot + 1) & (KeyTableSize - 1);
        }
        table[slot] = index + 1;
        return true;
    }

    private static bool SeenBefore(ReadOnlySpan<AllocationShare> shares, int index, string key)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(shares[j].Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Multiplies every weight by the same power of ten so that all become whole numbers (exact, no rounding).</summary>
    private static BigInteger[] ScaleToIntegers(IReadOnlyList<AllocationShare> shares)
    {
        var scale = shares.Max(s => s.Weight.Scale);
        var result = new BigInteger[shares.Count];
        for (var i = 0; i < shares.Count; i++)
        {
            var bits = decimal.GetBits(shares[i].Weight);
            var mantissa = new BigInteger((uint)bits[0])
                | (new BigInteger((uint)bits[1]) << 32)
                | (new BigInteger((uint)bits[2]) << 64);
            result[i] = mantissa * BigInteger.Pow(10, scale - shares[i].Weight.Scale);
        }
        return result;
    }
}
