using BudgetEngine.Seeding;
using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Allocation;

/// <summary>Thousands of seeded random splits, each checked against every guarantee of the allocator.</summary>
public sealed class AllocatorPropertyTests
{
    private const int Cases = 4_000;

    [Theory]
    [InlineData(1UL)]
    [InlineData(20_180_001UL)]
    [InlineData(0xDEADBEEFUL)]
    public void Random_splits_keep_every_invariant(ulong seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < Cases; i++)
        {
            var amount = RandomAmount(random);
            var shares = RandomShares(random);
            var because = $"(seed {seed}, case {i}: {amount} over {string.Join(", ", shares.Select(s => $"{s.Key}={s.Weight}"))})";

            var result = Allocator.Split(amount, shares);
            AllocationInvariants.AssertHold(amount, shares, result, because);

            // The same recipients in another order get the same shares.
            var permuted = random.Shuffle(shares);
            var again = Allocator.Split(amount, permuted);
            var byKey = shares.Select((s, k) => (s.Key, result[k])).ToDictionary(p => p.Key, p => p.Item2);
            if (permuted.Where((s, k) => byKey[s.Key] != again[k]).Any())
            {
                permuted.Select((s, k) => (s.Key, again[k])).ToDictionary(p => p.Key, p => p.Item2)
                    .Should().Equal(byKey, "permuting the input changes no share " + because);
            }

            // The dictionary overload agrees.
            var mapped = Allocator.Split(amount, shares.ToDictionary(s => s.Key, s => s.Weight));
            if (mapped.Count != byKey.Count || mapped.Any(p => byKey[p.Key] != p.Value))
            {
                mapped.Should().Equal(byKey, because);
            }
        }
    }

    public static TheoryData<string, decimal[]> BrokenSplits => new()
    {
        // 0.02 over three equal weights, as a remainder-to-the-last split might give it
        { "negative share", [-0.01m, 0.02m, 0.01m] },
        { "add up", [0.01m, 0.01m, 0.01m] },
        { "quota", [0.02m, 0m, 0m] },
        { "before", [0m, 0.01m, 0.01m] },
    };

    [Theory]
    [MemberData(nameof(BrokenSplits))]
    public void The_invariant_checker_catches_broken_splits(string complaint, decimal[] parts)
    {
        var shares = new[] { new AllocationShare("a", 1m), new AllocationShare("b", 1m), new AllocationShare("c", 1m) };

        var act = () => AllocationInvariants.AssertHold(Money.FromEuros(0.02m), shares, parts.Select(Money.FromEuros).ToArray());

        act.Should().Throw<Xunit.Sdk.XunitException>().WithMessage($"*{complaint}*");
    }

    [Fact]
    public void The_generator_is_deterministic_for_a_seed()
    {
        var a = new SeededRandom(42);
        var b = new SeededRandom(42);

        Enumerable.Range(0, 100).Select(_ => a.NextUInt64()).Should().Equal(Enumerable.Range(0, 100).Select(_ => b.NextUInt64()));
        new SeededRandom(0).NextUInt64().Should().Be(0xE220A8397B1DCDAFUL, "SeededRandom's published first output for seed 0");
    }

    private static Money RandomAmount(SeededRandom random)
    {
        var cents = random.Next(4) switch
        {
            0 => random.Next(0, 100),                                   // a few cents: the NodaMoney trap
            1 => random.Next(0, 10_000_000),                            // up to 100,000 euros
            2 => random.Next(0, 100_000_000_000_000L + 1),              // up to the limit
            _ => random.Pick(new[] { 0L, 1L, 2L, 100_000_000_000_000L }),
        };
        return Money.FromCents(random.Chance(1, 4) ? -cents : cents);
    }

    private static AllocationShare[] RandomShares(SeededRandom random)
    {
        var count = random.Next(1, 13);
        var keys = random.Shuffle(Enumerable.Range(0, 40).Select(k => random.Chance(1, 2) ? $"k{k:00}" : $"K{k}")).Distinct().Take((int)count).ToArray();
        var decimals = (int)random.Next(0, 5);
        var equal = random.Chance(1, 5);
        var shares = keys.Select(key =>
        {
            var weight = equal ? 1m
                : random.Chance(1, 6) ? 0m
                : new decimal(random.Next(1, random.Chance(1, 2) ? 13 : 2_000_000)) / (decimal)Math.Pow(10, decimals);
            return new AllocationShare(key, weight);
        }).ToArray();
        if (shares.All(s => s.Weight == 0m))
        {
            shares[0] = shares[0] with { Weight = 1m };
        }
        return shares;
    }
}
