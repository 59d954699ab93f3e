using System.Globalization;
using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Allocation;

/// <summary>
/// The split by place (the engine's split over the lines of a group): the keyed split with each recipient's place as
/// its key, so equal remainders go to the recipient given first.
/// </summary>
public sealed class AllocatorByPlaceTests
{
    [Fact]
    public void Ten_cents_over_three_equal_weights_give_the_leftover_cent_to_the_first()
    {
        // 10 / 3 = 3 each with 1 cent over; the three remainders are equal, so place 0 gets it: 4, 3, 3.
        Allocator.SplitByPlace(10, [1, 1, 1]).Should().Equal(4, 3, 3);
    }

    [Fact]
    public void The_leftover_cent_goes_to_the_larger_remainder_wherever_it_stands()
    {
        // 100 over 1 : 2 : 4 (total 7): quotas 14 2/7, 28 4/7, 57 1/7; floors 14 + 28 + 57 = 99, the cent to 28 4/7.
        Allocator.SplitByPlace(100, [1, 2, 4]).Should().Equal(14, 29, 57);
    }

    [Fact]
    public void A_negative_amount_splits_as_its_magnitude_with_the_sign()
    {
        // -10 over 1 : 1 : 1: -4, -3, -3.
        Allocator.SplitByPlace(-10, [1, 1, 1]).Should().Equal(-4, -3, -3);
    }

    [Fact]
    public void A_recipient_of_weight_zero_gets_nothing()
    {
        // 5 over 0 : 1 : 1: 2.5 each for the two, the cent to the first of them.
        Allocator.SplitByPlace(5, [0, 1, 1]).Should().Equal(0, 3, 2);
    }

    [Theory]
    [InlineData(3UL)]
    [InlineData(1_958UL)]
    public void By_place_is_the_keyed_split_with_places_as_keys(ulong seed)
    {
        var random = new SeededRandom(seed);
        for (var round = 0; round < 400; round++)
        {
            var count = (int)random.Next(1, random.Chance(1, 4) ? 300 : 40);
            var few = random.Chance(1, 3);
            var weights = Enumerable.Range(0, count).Select(_ => few ? random.Next(0, 4) : random.Next(0, 5_000_000_00)).ToArray();
            if (weights.All(w => w == 0)) weights[0] = 1;
            var cents = random.Next(-1_000_000_000_00, 1_000_000_000_00);
            var keyed = Allocator.Split(Money.FromCents(cents), weights.Select((w, i) => new AllocationShare(i.ToString("D6", CultureInfo.InvariantCulture), w)).ToArray());

            Allocator.SplitByPlace(cents, weights).Should().Equal(keyed.Select(m => m.Cents), $"seed {seed}, round {round}: {cents} over {count}");
        }
    }

    [Fact]
    public void Weights_beyond_a_ulong_in_all_split_as_the_keyed_split_does()
    {
        // Two weights of 2^62 + 1 and one of 2^62 add up past 2^64: the keyed split, with places as keys, decides.
        long[] weights = [(1L << 62) + 1, (1L << 62) + 1, 1L << 62, 1L << 62, 7];
        var keyed = Allocator.Split(Money.FromCents(1_000_001), weights.Select((w, i) => new AllocationShare($"{i}", w)).ToArray());

        Allocator.SplitByPlace(1_000_001, weights).Should().Equal(keyed.Select(m => m.Cents));
    }

    [Fact]
    public void Weights_past_a_ulong_twice_over_still_split_as_the_keyed_split_does()
    {
        // Five weights of 2^63 - 1 add up to about 2.5 x 2^64: past a ulong twice. 10 cents over five equal weights: 2 each.
        Allocator.SplitByPlace(10, [long.MaxValue, long.MaxValue, long.MaxValue, long.MaxValue, long.MaxValue]).Should().Equal(2, 2, 2, 2, 2);
    }

    [Fact]
    public void Weights_past_a_ulong_give_the_leftover_cents_to_the_first_places_beyond_nine()
    {
        // Twelve weights of 2^62 (three times 2^64 in all): 5 cents over twelve equal quotas of 5/12, all floors zero,
        // all remainders equal, so the cents go to places 0 to 4; places written as plain numbers would order 10 and
        // 11 before 2.
        var weights = Enumerable.Repeat(1L << 62, 12).ToArray();

        Allocator.SplitByPlace(5, weights).Should().Equal(1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0);
    }

    [Fact]
    public void A_split_written_in_place_is_the_same_split()
    {
        // 100 over 1 : 2 : 4 into a given row: 14, 29, 57, as the split that returns its parts.
        var parts = new long[3];

        Allocator.SplitByPlace(100, [1, 2, 4], parts);

        parts.Should().Equal(14, 29, 57);
    }

    [Fact]
    public void A_row_of_another_length_than_the_weights_is_refused()
    {
        var split = () => Allocator.SplitByPlace(100, [1, 2, 4], new long[2]);

        split.Should().Throw<ArgumentException>().WithMessage("There are 3 weights and room for 2 parts*");
    }

    [Fact]
    public void No_recipients_are_refused()
    {
        var split = () => Allocator.SplitByPlace(100, []);

        split.Should().Throw<ArgumentException>().WithMessage("A split needs at least one recipient.*");
    }

    [Fact]
    public void A_negative_weight_is_refused_naming_its_place()
    {
        var split = () => Allocator.SplitByPlace(100, [3, -1]);

        split.Should().Throw<ArgumentException>().WithMessage("The weight at place 1 is negative (-1)*");
    }

    [Fact]
    public void All_weights_zero_are_refused()
    {
        var split = () => Allocator.SplitByPlace(100, [0, 0]);

        split.Should().Throw<ArgumentException>().WithMessage("All weights are zero*");
    }
}
