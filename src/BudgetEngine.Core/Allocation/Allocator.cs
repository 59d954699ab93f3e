using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
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
        var array = AsArray(shares);
        Validate(array);

        var cents = amount.Cents;
        // Stryker disable once NullCoalescing : the BigInteger path gives the same split (it is the reference), only slower
        return SplitInLongs(cents, array) ?? SplitInBigIntegers(cents, shares);
    }

    /// <summary>
    /// The same split, always through the BigInteger arithmetic (the reference the fast path is tested against).
    /// </summary>
    internal static Money[] SplitWithBigIntegers(Money amount, IReadOnlyList<AllocationShare> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        Validate(AsArray(shares));
        return SplitInBigIntegers(amount.Cents, shares);
    }

    /// <summary>The recipients as an array: the array itself (the usual case), otherwise a copy.</summary>
    private static AllocationShare[] AsArray(IReadOnlyList<AllocationShare> shares)
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
    internal static Money[]? SplitInLongs(long cents, AllocationShare[] shares)
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
        floors = floors[..count];
        // Stryker disable once Conditional : stack or heap, the same shares
        Span<ulong> remainders = small ? stackalloc ulong[SmallSplit] : new ulong[count];
        var leftover = Quotas(magnitude, weights[..count], totalWeight, floors, remainders);
        LeftoverCents.HandOut(floors, remainders, leftover, new LeftoverCents.ByKey(shares));

        var result = new Money[count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Money.FromCents(sign * floors[i]);
        }
        return result;
    }

    /// <summary>
    /// Each recipient's whole cents of <paramref name="magnitude"/> x weight / <paramref name="totalWeight"/> (in
    /// <paramref name="floors"/>) and what is left of its quota (in <paramref name="remainders"/>); returns the cents
    /// the floors leave over. Exact in 128 bits: a weight is at most the total, so a floor is at most the magnitude.
    /// </summary>
    private static long Quotas(ulong magnitude, ReadOnlySpan<ulong> weights, ulong totalWeight, Span<long> floors, Span<ulong> remainders)
    {
        ulong assigned = 0;
        for (var i = 0; i < weights.Length; i++)
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
                floor = (ulong)quotient;
                remainders[i] = (ulong)remainder;
            }
            floors[i] = (long)floor;
            assigned += floor;
        }
        // Fewer cents are left over than there are recipients with a weight, so this fits. The leftover is the sum of
        // the remainders over the total weight, and each remainder is below the total, so more recipients than there
        // are leftover cents have a remainder above zero: the cents never reach a remainder of zero, nor a weight of zero.
        return (long)(magnitude - assigned);
    }

    /// <summary>
    /// Splits <paramref name="cents"/> over recipients in proportion to whole-number <paramref name="weights"/>, where
    /// a recipient's place is its key: the split <see cref="Split(Money, IReadOnlyList{AllocationShare})"/> makes with
    /// keys that order as the places do (equal remainders go to the recipient given first). For the engine's splits
    /// over the lines of a group, which are known by their place: no key to make, hash or compare.
    /// </summary>
    /// <exception cref="ArgumentException">No recipients, a negative weight, or all weights zero.</exception>
    internal static long[] SplitByPlace(long cents, ReadOnlySpan<long> weights)
    {
        var parts = new long[weights.Length];
        SplitByPlace(cents, weights, parts);
        return parts;
    }

    /// <summary>The same split, written to <paramref name="parts"/> (as many as the weights, and not the weights themselves).</summary>
    internal static void SplitByPlace(long cents, ReadOnlySpan<long> weights, Span<long> parts)
    {
        if (weights.Length == 0)
        {
            throw new ArgumentException("A split needs at least one recipient.", nameof(weights));
        }
        if (parts.Length != weights.Length)
        {
            throw new ArgumentException($"There are {weights.Length} weights and room for {parts.Length} parts; give one part for each weight.", nameof(parts));
        }
        ulong totalWeight = 0;
        // A false alarm hands the split to the keyed split with places as keys, which gives the same parts (and refuses
        // all weights zero in the same words); only a missed overflow changes a part.
        // Stryker disable once Boolean : a false alarm gives the same parts
        var overflows = false;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
            {
                throw new ArgumentException($"The weight at place {i} is negative ({weights[i]}); weights must be zero or more.", nameof(weights));
            }
            totalWeight += (ulong)weights[i];
            // Stryker disable once Equality : a false alarm gives the same parts
            overflows |= totalWeight < (ulong)weights[i];
        }
        if (totalWeight == 0 && !overflows)
        {
            throw new ArgumentException("All weights are zero; at least one must be above zero.", nameof(weights));
        }
        if (overflows)
        {
            // Beyond a ulong in all: the keyed split, with the places as keys of equal length (so they order as numbers).
            var shares = new AllocationShare[weights.Length];
            for (var i = 0; i < shares.Length; i++)
            {
                shares[i] = new AllocationShare(i.ToString("D10", CultureInfo.InvariantCulture), weights[i]);
            }
            var split = Split(Money.FromCents(cents), shares);
            for (var i = 0; i < split.Length; i++)
            {
                parts[i] = split[i].Cents;
            }
            return;
        }

        var count = weights.Length;
        // Stryker disable once Equality,Conditional : stack or heap, the same shares
        Span<ulong> remainders = count <= SmallSplit ? stackalloc ulong[SmallSplit] : new ulong[count];
        var leftover = Quotas((ulong)Math.Abs(cents), MemoryMarshal.Cast<long, ulong>(weights), totalWeight, parts, remainders[..count]);
        LeftoverCents.HandOut(parts, remainders, leftover, new LeftoverCents.ByPlace());
        // Stryker disable once Equality : zero parts taken the negative way are zero as well
        if (cents < 0)
        {
            for (var i = 0; i < count; i++)
            {
                parts[i] = -parts[i];
            }
        }
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
    private const int SmallSplit = LeftoverCents.SmallSplit;

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
