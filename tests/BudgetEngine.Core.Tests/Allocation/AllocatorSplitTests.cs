using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Allocation;

public sealed class AllocatorSplitTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    private static AllocationShare[] Shares(params (string Key, decimal Weight)[] shares) =>
        shares.Select(s => new AllocationShare(s.Key, s.Weight)).ToArray();

    private static Money[] SplitChecked(Money amount, AllocationShare[] shares)
    {
        var result = Allocator.Split(amount, shares);
        AllocationInvariants.AssertHold(amount, shares, result);
        return result;
    }

    [Fact]
    public void Split_by_months_4_and_8_gives_333_33_and_666_67()
    {
        SplitChecked(E(1_000m), Shares(("jan-apr", 4m), ("mei-dec", 8m)))
            .Should().Equal(E(333.33m), E(666.67m));
    }

    [Fact]
    public void Split_in_three_equal_parts_gives_the_extra_cent_to_the_smallest_key()
    {
        SplitChecked(E(100m), Shares(("a", 1m), ("b", 1m), ("c", 1m)))
            .Should().Equal(E(33.34m), E(33.33m), E(33.33m));
        SplitChecked(E(100m), Shares(("c", 1m), ("a", 1m), ("b", 1m)))
            .Should().Equal([E(33.33m), E(33.34m), E(33.33m)], "the result is in input order, the cent follows the key");
    }

    [Fact]
    public void Split_of_a_negative_amount_mirrors_the_positive_split()
    {
        SplitChecked(E(-100m), Shares(("a", 1m), ("b", 1m), ("c", 1m)))
            .Should().Equal(E(-33.34m), E(-33.33m), E(-33.33m));
        SplitChecked(E(-1_000m), Shares(("x", 4m), ("y", 8m)))
            .Should().Equal(E(-333.33m), E(-666.67m));
    }

    [Fact]
    public void Split_of_the_GHNT_contribution_over_the_programme_years_follows_the_seed()
    {
        // Seed 001: EUR 25,000 for 2018 and EUR 75,000 for each of 2019-2021.
        SplitChecked(E(250_000m), Shares(("2018", 1m), ("2019", 3m), ("2020", 3m), ("2021", 3m)))
            .Should().Equal(E(25_000m), E(75_000m), E(75_000m), E(75_000m));
    }

    [Theory]
    [InlineData(0.02, 3)]
    [InlineData(0.01, 7)]
    [InlineData(0.01, 2)]
    [InlineData(0.05, 12)]
    [InlineData(-0.02, 3)]
    [InlineData(-0.01, 7)]
    public void Split_of_a_small_amount_never_gives_a_share_of_the_wrong_sign(double euros, int recipients)
    {
        // NodaMoney's Split gives the remainder to the last share, which can go negative: ours cannot.
        var amount = E((decimal)euros);
        var shares = Enumerable.Range(1, recipients).Select(i => new AllocationShare($"r{i:00}", 1m)).ToArray();

        var result = SplitChecked(amount, shares);

        result.Should().OnlyContain(m => m.Cents == 0 || Math.Sign(m.Cents) == Math.Sign(amount.Cents));
        result.Count(m => !m.IsZero).Should().Be((int)Math.Abs(amount.Cents));
        result.Take((int)Math.Abs(amount.Cents)).Should().OnlyContain(m => !m.IsZero, "the cents go to the smallest keys");
    }

    [Fact]
    public void Split_with_decimal_weights_is_exact()
    {
        SplitChecked(E(1_000m), Shares(("a", 33.3m), ("b", 33.3m), ("c", 33.4m)))
            .Should().Equal(E(333m), E(333m), E(334m));
        SplitChecked(E(100m), Shares(("half", 0.5m), ("one", 1m)))
            .Should().Equal(E(33.33m), E(66.67m));
        SplitChecked(E(10m), Shares(("a", 0.0001m), ("b", 0.0002m), ("c", 1_000_000m)))
            .Should().Equal(E(0m), E(0m), E(10m));
    }

    [Fact]
    public void Split_gives_zero_to_zero_weights()
    {
        SplitChecked(E(100m), Shares(("a", 0m), ("b", 1m), ("c", 0m), ("d", 2m)))
            .Should().Equal(E(0m), E(33.33m), E(0m), E(66.67m));
        SplitChecked(E(0.01m), Shares(("a", 0m), ("b", 1m)))
            .Should().Equal([E(0m), E(0.01m)], "a zero weight never gets the leftover cent, even with the smaller key");
    }

    [Fact]
    public void Split_of_zero_gives_zero_shares_and_one_recipient_gets_everything()
    {
        SplitChecked(Money.Zero, Shares(("a", 1m), ("b", 2m))).Should().Equal(Money.Zero, Money.Zero);
        SplitChecked(E(-1_234.56m), Shares(("only", 7m))).Should().Equal(E(-1_234.56m));
    }

    [Fact]
    public void Split_of_the_largest_amount_by_inhabitants_does_not_overflow()
    {
        var shares = Shares(("Amsterdam", 931_298m), ("Utrecht", 374_238m), ("Hilversum", 92_000m), ("Blaricum", 12_000m));

        SplitChecked(E(Money.MaxEuros), shares);
        SplitChecked(E(-Money.MaxEuros), shares);
        SplitChecked(E(Money.MaxEuros), Shares(("a", decimal.MaxValue), ("b", 1m), ("c", 0.0000000000000000000000000001m)));
    }

    [Fact]
    public void Split_by_dictionary_maps_each_key_to_its_share()
    {
        var weights = new Dictionary<string, decimal> { ["c"] = 1m, ["a"] = 1m, ["b"] = 1m };

        var result = Allocator.Split(E(100m), weights);

        result.Should().BeEquivalentTo(new Dictionary<string, Money> { ["a"] = E(33.34m), ["b"] = E(33.33m), ["c"] = E(33.33m) });
    }

    public static TheoryData<string, AllocationShare[]> Invalid => new()
    {
        { "at least one recipient", [] },
        { "negative", Shares(("a", 1m), ("b", -1m)) },
        { "All weights are zero", Shares(("a", 0m), ("b", 0m)) },
        { "appears twice", Shares(("a", 1m), ("a", 2m)) },
        { "needs a key", [new AllocationShare(null!, 1m)] },
        { "needs a key", [default] },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Split_rejects_no_recipients_negative_weights_all_zero_weights_and_duplicate_keys(string reason, AllocationShare[] shares)
    {
        FluentActions.Invoking(() => Allocator.Split(E(100m), shares))
            .Should().Throw<ArgumentException>().WithMessage($"*{reason}*");
        FluentActions.Invoking(() => Allocator.Split(E(100m), shares.Where(s => s.Key is not null).ToDictionary(s => s.Key, s => s.Weight)))
            .Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Split_rejects_null_arguments_naming_them()
    {
        FluentActions.Invoking(() => Allocator.Split(E(1m), (IReadOnlyList<AllocationShare>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("shares");
        FluentActions.Invoking(() => Allocator.SplitWithBigIntegers(E(1m), null!)).Should().Throw<ArgumentNullException>().WithParameterName("shares");
        FluentActions.Invoking(() => Allocator.Split(E(1m), (IEnumerable<KeyValuePair<string, decimal>>)null!)).Should().Throw<ArgumentNullException>().WithParameterName("weights");
    }

    [Fact]
    public void The_leftover_cent_goes_to_the_largest_remainder_even_when_its_key_sorts_last()
    {
        // 1 cent over b : a = 2 : 1 is 0.67 and 0.33 of a cent: the cent goes to b, whose remainder is the larger.
        Allocator.Split(Money.FromCents(1), Shares(("b", 2m), ("a", 1m))).Should().Equal(Money.FromCents(1), Money.Zero);
        Allocator.Split(Money.FromCents(1), Shares(("a", 1m), ("b", 2m))).Should().Equal(Money.Zero, Money.FromCents(1));
    }

    [Fact]
    public void Split_over_a_list_of_shares_is_the_split_over_the_same_shares_in_an_array()
    {
        var shares = Shares(("a", 1m), ("b", 2m), ("c", 3m));

        // 100 euros over 1 : 2 : 3 = 16.666.., 33.333.., 50: the extra cent to the largest remainder (a).
        Allocator.Split(E(100m), shares.ToList()).Should().Equal(E(16.67m), E(33.33m), E(50m));
        Allocator.Split(E(100m), shares.ToList()).Should().Equal(Allocator.Split(E(100m), shares));
    }

    [Fact]
    public void Split_by_weights_beyond_64_bits_is_exact()
    {
        // 10^20 and 3 * 10^20 do not fit in 64 bits (about 1.8 * 10^19): 1 : 3 of 100 euros is 25 and 75.
        SplitChecked(E(100m), Shares(("a", 100_000_000_000_000_000_000m), ("b", 300_000_000_000_000_000_000m)))
            .Should().Equal(E(25m), E(75m));
    }
}
