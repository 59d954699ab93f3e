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
        Validate(shares);

        var cents = amount.Cents;
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

        var leftover = (long)(magnitude - assigned);
        if (leftover > 0)
        {
            var order = Enumerable.Range(0, shares.Count)
                .Where(i => weights[i] > 0)
                .OrderByDescending(i => remainders[i])
                .ThenBy(i => shares[i].Key, StringComparer.Ordinal)
                .Take(checked((int)leftover));
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

    private static void Validate(IReadOnlyList<AllocationShare> shares)
    {
        if (shares.Count == 0)
        {
            throw new ArgumentException("A split needs at least one recipient.", nameof(shares));
        }
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var anyPositive = false;
        foreach (var share in shares)
        {
            if (share.Weight < 0m)
            {
                throw new ArgumentException($"The weight of '{share.Key}' is negative ({share.Weight}); weights must be zero or more.", nameof(shares));
            }
            if (!keys.Add(share.Key ?? throw new ArgumentException("Every recipient needs a key.", nameof(shares))))
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
            var ownScale = (bits[3] >> 16) & 0xFF;
            result[i] = mantissa * BigInteger.Pow(10, scale - ownScale);
        }
        return result;
    }
}
