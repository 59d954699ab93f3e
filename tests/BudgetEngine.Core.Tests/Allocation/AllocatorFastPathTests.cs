using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Allocation;

/// <summary>
/// The allocator's 64/128-bit fast path gives exactly what the BigInteger arithmetic gives, and hands the splits it
/// cannot do exactly (weights beyond a ulong once scaled, or a total beyond a ulong) to the BigInteger path.
/// </summary>
public sealed class AllocatorFastPathTests
{
    private const int Cases = 5_000;

    [Theory]
    [InlineData(7UL)]
    [InlineData(20_250_101UL)]
    [InlineData(0xC0FFEEUL)]
    public void The_fast_path_matches_the_BigInteger_path_on_random_splits(ulong seed)
    {
        var random = new SeededRandom(seed);
        var fast = 0;
        for (var i = 0; i < Cases; i++)
        {
            var amount = RandomAmount(random);
            var shares = RandomShares(random);
            var because = $"(seed {seed}, case {i}: {amount} over {string.Join(", ", shares.Select(s => $"{s.Key}={s.Weight}"))})";

            var expected = Allocator.SplitWithBigIntegers(amount, shares);
            var inLongs = Allocator.SplitInLongs(amount.Cents, shares);
            if (inLongs is not null)
            {
                fast++;
                if (!inLongs.SequenceEqual(expected))
                {
                    inLongs.Should().Equal(expected, "the fast path agrees with BigInteger " + because);
                }
            }
            var split = Allocator.Split(amount, shares);
            if (!split.SequenceEqual(expected))
            {
                split.Should().Equal(expected, because);
            }
        }
        fast.Should().BeGreaterThan(Cases / 2, "most random splits fit the fast path, so it is what is being compared");
        fast.Should().BeLessThan(Cases, "some random splits overflow it, so the fallback is exercised too");
    }

    [Fact]
    public void Weights_with_more_than_twenty_digits_go_through_BigInteger_with_the_same_answer()
    {
        // 12345678901234567890123 does not fit in a ulong (about 1.8e19).
        var shares = new[]
        {
            new AllocationShare("a", 12_345_678_901_234_567_890_123m),
            new AllocationShare("b", 1m),
            new AllocationShare("c", 12_345_678_901_234_567_890_123m),
        };
        var amount = Money.FromEuros(1_000.01m);

        Allocator.SplitInLongs(amount.Cents, shares).Should().BeNull("the weights overflow a ulong");
        var split = Allocator.Split(amount, shares);

        split.Should().Equal(Allocator.SplitWithBigIntegers(amount, shares));
        // 100001 cents over a : b : c = w : 1 : w; a and c tie at 50000.5 - tiny, so the cent goes to 'a' (smaller key).
        split.Should().Equal(Money.FromEuros(500.01m), Money.Zero, Money.FromEuros(500.00m));
    }

    [Fact]
    public void Weights_with_many_decimals_that_overflow_when_scaled_go_through_BigInteger()
    {
        // Scaled to 28 decimals, 3 becomes 3e28: far beyond a ulong.
        var shares = new[]
        {
            new AllocationShare("x", 3m),
            new AllocationShare("y", 0.0000000000000000000000000001m),
            new AllocationShare("z", 1.5m),
        };
        var amount = Money.FromEuros(-999_999_999_999.99m);

        Allocator.SplitInLongs(amount.Cents, shares).Should().BeNull();
        Allocator.Split(amount, shares).Should().Equal(Allocator.SplitWithBigIntegers(amount, shares));
    }

    [Fact]
    public void A_total_weight_beyond_a_ulong_goes_through_BigInteger()
    {
        // Each weight fits in a ulong, their total does not.
        var shares = new[]
        {
            new AllocationShare("p", 10_000_000_000_000_000_000m),
            new AllocationShare("q", 10_000_000_000_000_000_000m),
            new AllocationShare("r", 7m),
        };
        var amount = Money.FromEuros(Money.MaxEuros);

        Allocator.SplitInLongs(amount.Cents, shares).Should().BeNull();
        Allocator.Split(amount, shares).Should().Equal(Allocator.SplitWithBigIntegers(amount, shares));
    }

    [Fact]
    public void The_largest_amount_with_the_largest_weights_that_fit_stays_exact_in_128_bits()
    {
        // |cents| x weight needs about 110 bits here; the total still fits in a ulong.
        var shares = new[]
        {
            new AllocationShare("a", 9_000_000_000_000_000_000m),
            new AllocationShare("b", 9_000_000_000_000_000_001m),
            new AllocationShare("c", 446_744_073_709_551_614m),
        };
        foreach (var amount in new[] { Money.FromEuros(Money.MaxEuros), Money.FromEuros(-Money.MaxEuros), Money.FromEuros(999_999_999_999.99m), Money.FromCents(1), Money.FromCents(2) })
        {
            var inLongs = Allocator.SplitInLongs(amount.Cents, shares);
            inLongs.Should().NotBeNull("18446744073709551615 is ulong.MaxValue, the largest total that fits");
            inLongs.Should().Equal(Allocator.SplitWithBigIntegers(amount, shares), amount.ToString());
            Allocator.Split(amount, shares).Should().Equal(inLongs);
        }
    }

    [Fact]
    public void Many_recipients_with_equal_remainders_go_by_key_on_both_paths()
    {
        // More than the insertion sort's limit, so the span sort orders the remainders.
        var shares = Enumerable.Range(0, 200).Select(k => new AllocationShare($"GM{(k * 37) % 200:D4}", 1m + (k % 3))).ToArray();
        foreach (var cents in new[] { 1L, 199L, 12_345L, -7_777L, 100_000_000_000_000L })
        {
            var amount = Money.FromCents(cents);
            var inLongs = Allocator.SplitInLongs(cents, shares);
            inLongs.Should().NotBeNull();
            inLongs.Should().Equal(Allocator.SplitWithBigIntegers(amount, shares), cents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Both_paths_report_the_same_errors()
    {
        var duplicate = new[] { new AllocationShare("a", 1m), new AllocationShare("b", 1m), new AllocationShare("a", 2m) };
        var negative = new[] { new AllocationShare("a", 1m), new AllocationShare("b", -1m) };
        var zero = new[] { new AllocationShare("a", 0m), new AllocationShare("b", 0.00m) };
        var many = Enumerable.Range(0, 40).Select(k => new AllocationShare($"k{k}", 1m)).Append(new AllocationShare("k3", 1m)).ToArray();

        foreach (var shares in new[] { duplicate, negative, zero, many })
        {
            var expected = ((Action)(() => Allocator.SplitWithBigIntegers(Money.FromCents(100), shares))).Should().Throw<ArgumentException>().Which.Message;
            ((Action)(() => Allocator.Split(Money.FromCents(100), shares))).Should().Throw<ArgumentException>().Which.Message.Should().Be(expected);
        }
        ((Action)(() => Allocator.Split(Money.FromCents(100), duplicate))).Should().Throw<ArgumentException>().WithMessage("The key 'a' appears twice*");
        ((Action)(() => Allocator.Split(Money.FromCents(100), many))).Should().Throw<ArgumentException>().WithMessage("The key 'k3' appears twice*");
    }

    [Fact]
    public void Duplicate_keys_and_negative_weights_are_found_in_order_whatever_the_number_of_recipients()
    {
        // Pairwise (up to 6), a stack table (up to 32) and a HashSet (more) must all report the first offending share.
        var random = new SeededRandom(0xD0B1E);
        for (var i = 0; i < 3_000; i++)
        {
            var count = (int)random.Next(1, random.Chance(1, 4) ? 80 : 34);
            var alphabet = random.Next(1, 4) switch { 1 => 3, 2 => 20, _ => 400 };
            var shares = Enumerable.Range(0, count)
                .Select(_ => new AllocationShare(random.Chance(1, 2) ? $"k{random.Next(0, alphabet)}" : $"{random.Next(0, alphabet)}k", random.Chance(1, 200) ? -1m : 1m))
                .ToArray();
            string? expected = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var share in shares)
            {
                if (share.Weight < 0m) { expected = $"The weight of '{share.Key}' is negative*"; break; }
                if (!seen.Add(share.Key)) { expected = $"The key '{share.Key}' appears twice*"; break; }
            }
            var act = () => Allocator.Split(Money.FromCents(12_345), shares);
            if (expected is null)
            {
                act.Should().NotThrow();
            }
            else
            {
                act.Should().Throw<ArgumentException>().WithMessage(expected, $"case {i}: {string.Join(", ", shares.Select(s => $"{s.Key}={s.Weight}"))}");
            }
        }
    }

    private static Money RandomAmount(SeededRandom random)
    {
        var cents = random.Next(5) switch
        {
            0 => random.Next(0, 100),
            1 => random.Next(0, 10_000_000),
            2 => random.Next(0, 100_000_000_000_000L + 1),
            3 => 100_000_000_000_000L - random.Next(0, 1_000),
            _ => random.Pick(new[] { 0L, 1L, 2L, 99L, 100_000_000_000_000L }),
        };
        return Money.FromCents(random.Chance(1, 3) ? -cents : cents);
    }

    private static AllocationShare[] RandomShares(SeededRandom random)
    {
        var count = random.Next(1, random.Chance(1, 10) ? 120 : 20);
        var keys = random.Shuffle(Enumerable.Range(0, 300).Select(k => random.Chance(1, 2) ? $"k{k:000}" : $"K{k}")).Distinct().Take((int)count).ToArray();
        var kind = random.Next(6);
        var equal = random.Chance(1, 6);
        var shares = keys.Select(key =>
        {
            if (equal) return new AllocationShare(key, 1m);
            if (random.Chance(1, 6)) return new AllocationShare(key, 0m);
            decimal weight = kind switch
            {
                0 => random.Next(1, 13),                                                      // a few equal-ish weights: many ties
                1 => new decimal(random.Next(1, 2_000_000)) / (decimal)Math.Pow(10, random.Next(0, 5)),
                2 => new decimal(random.Next(1, long.MaxValue)) / (decimal)Math.Pow(10, random.Next(0, 12)), // 19 digits, mixed scales
                3 => new decimal((int)random.Next(0, int.MaxValue), (int)random.Next(0, int.MaxValue), (int)random.Next(0, 4), false, (byte)random.Next(0, 29)), // near or past 2^64
                4 => random.Next(1, 1_000) * 1_000_000_000_000_000m,                         // totals near 2^64
                _ => new decimal((int)random.Next(1, 1_000_000), 0, 0, false, (byte)random.Next(0, 29)), // deep scales
            };
            return new AllocationShare(key, weight);
        }).ToArray();
        if (shares.All(s => s.Weight == 0m))
        {
            shares[0] = shares[0] with { Weight = 1m };
        }
        return shares;
    }
}
