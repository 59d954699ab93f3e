using System.Globalization;
using System.Numerics;
using Xunit.Sdk;
using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Allocation;

/// <summary>
/// The guarantees of <see cref="Allocator.Split(Money, IReadOnlyList{AllocationShare})"/>, checked against exact
/// quotas computed here independently (weights read through their invariant text into BigInteger fractions).
/// </summary>
internal static class AllocationInvariants
{
    public static void AssertHold(Money amount, IReadOnlyList<AllocationShare> shares, IReadOnlyList<Money> result, string because = "")
    {
        // Plain checks with a message built only on failure: the property tests run this thousands of times.
        Check(result.Count == shares.Count, () => $"{result.Count} shares for {shares.Count} recipients");

        // 1. The shares add up to the amount exactly.
        Check(Money.Sum(result) == amount, () => $"the shares add up to {Money.Sum(result)}, not {amount}");

        var weights = ToCommonDenominator(shares.Select(s => s.Weight).ToArray());
        var total = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var cents = new BigInteger(amount.Cents);
        var magnitude = BigInteger.Abs(cents);
        var floors = new BigInteger[shares.Count];
        var remainders = new BigInteger[shares.Count];
        for (var i = 0; i < shares.Count; i++)
        {
            var share = result[i];
            var key = shares[i].Key;
            // 2. No share has the opposite sign of the amount.
            Check(!(amount.IsPositive && share.IsNegative), () => $"a positive amount gives a negative share ({key}: {share})");
            Check(!(amount.IsNegative && share.IsPositive), () => $"a negative amount gives a positive share ({key}: {share})");
            // 3. Each share is within one cent of its exact quota: |share x total - amount x weight| < total.
            var deviation = BigInteger.Abs((new BigInteger(share.Cents) * total) - (cents * weights[i]));
            Check(deviation < total, () => $"{key} gets {share}, a cent or more from its quota of {cents * weights[i]}/{total} cents");
            // 4. A zero weight gets zero.
            Check(!weights[i].IsZero || share.IsZero, () => $"{key} has weight zero but gets {share}");
            floors[i] = BigInteger.DivRem(magnitude * weights[i], total, out remainders[i]);
        }

        // 5. The leftover cents go to the largest remainders, and between equal remainders to the smaller key (ordinal).
        var extra = Enumerable.Range(0, shares.Count).Select(i => BigInteger.Abs(result[i].Cents) - floors[i]).ToArray();
        for (var j = 0; j < shares.Count; j++)
        {
            var jj = j;
            Check(extra[j] == 0 || extra[j] == 1, () => $"{shares[jj].Key} is {extra[jj]} cents above the floor of its quota");
            if (extra[j] != 1)
            {
                continue;
            }
            for (var i = 0; i < shares.Count; i++)
            {
                if (extra[i] == 0 && !weights[i].IsZero)
                {
                    var jWins = remainders[j] > remainders[i]
                        || (remainders[j] == remainders[i] && string.CompareOrdinal(shares[j].Key, shares[i].Key) < 0);
                    var ii = i;
                    Check(jWins, () => $"{shares[jj].Key} got the extra cent before {shares[ii].Key} (remainders {remainders[jj]} and {remainders[ii]})");
                }
            }
        }

        void Check(bool holds, Func<string> message)
        {
            if (!holds)
            {
                throw new XunitException($"Allocation invariant broken: {message()} {because}".TrimEnd());
            }
        }
    }

    /// <summary>Exact integers proportional to the weights (each weight's invariant text read as a fraction).</summary>
    public static BigInteger[] ToCommonDenominator(IReadOnlyList<decimal> weights)
    {
        var texts = weights.Select(w => w.ToString(CultureInfo.InvariantCulture)).ToArray();
        var decimals = texts.Max(t => t.Contains('.') ? t.Length - t.IndexOf('.') - 1 : 0);
        return texts.Select(t =>
        {
            var own = t.Contains('.') ? t.Length - t.IndexOf('.') - 1 : 0;
            return BigInteger.Parse(t.Replace(".", ""), CultureInfo.InvariantCulture) * BigInteger.Pow(10, decimals - own);
        }).ToArray();
    }
}
