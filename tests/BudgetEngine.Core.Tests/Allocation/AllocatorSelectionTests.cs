using BudgetEngine.Core.Allocation;
using BudgetEngine.Seeding;

namespace BudgetEngine.Core.Tests.Allocation;

/// <summary>
/// Which recipients get the leftover cents of a large split: the ones with the largest remainders, equal remainders by
/// key. The allocator selects them without sorting everyone (quickselect), and heap-sorts when its pivots fall badly;
/// both give the set a full sort would.
/// </summary>
public sealed class AllocatorSelectionTests
{
    [Theory]
    [InlineData(64)]
    [InlineData(0)]
    public void The_first_places_hold_the_largest_remainders_equal_ones_by_key(int rounds)
    {
        // Remainders a=5, b=9, c=1, d=9, e=3: the three first are b and d (9, b's key before d's) and a (5).
        var remainders = new ulong[] { 5, 9, 1, 9, 3 };
        var shares = new[] { Share("a"), Share("b"), Share("c"), Share("d"), Share("e") };
        var ranked = new[] { 0, 1, 2, 3, 4 };

        LeftoverCents.SelectFirst(ranked, 3, remainders, new LeftoverCents.ByKey(shares), rounds);

        ranked[..3].Select(i => shares[i].Key).Should().BeEquivalentTo(["b", "d", "a"]);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(0)]
    public void An_equal_remainder_at_the_boundary_goes_to_the_smaller_key(int rounds)
    {
        // Remainders x=4, y=7, z=4: two places go to y and to x, whose key comes before z's.
        var remainders = new ulong[] { 4, 7, 4 };
        var shares = new[] { Share("x"), Share("y"), Share("z") };
        var ranked = new[] { 2, 1, 0 };

        LeftoverCents.SelectFirst(ranked, 2, remainders, new LeftoverCents.ByKey(shares), rounds);

        ranked[..2].Select(i => shares[i].Key).Should().BeEquivalentTo(["y", "x"]);
    }

    [Fact]
    public void After_its_rounds_the_selection_sorts_what_is_left()
    {
        // Remainders 3, 1, 2 by keys p, q, r: heap-sorted at once, all three in order p (3), r (2), q (1).
        var remainders = new ulong[] { 3, 1, 2 };
        var shares = new[] { Share("p"), Share("q"), Share("r") };
        var ranked = new[] { 0, 1, 2 };

        LeftoverCents.SelectFirst(ranked, 1, remainders, new LeftoverCents.ByKey(shares), rounds: 0);

        ranked.Select(i => shares[i].Key).Should().Equal("p", "r", "q");
    }

    [Theory]
    [InlineData(11UL)]
    [InlineData(2_025UL)]
    public void The_selected_recipients_are_those_a_full_sort_puts_first(ulong seed)
    {
        var random = new SeededRandom(seed);
        for (var round = 0; round < 300; round++)
        {
            var count = (int)random.Next(1, 400);
            // Few distinct remainders half the time, so that many are equal and keys decide.
            var distinct = random.Chance(1, 2) ? 4 : 1_000_000;
            var remainders = Enumerable.Range(0, count).Select(_ => (ulong)random.Next(0, distinct)).ToArray();
            var shares = random.Shuffle(Enumerable.Range(0, count).Select(k => Share($"k{k:D4}"))).ToArray();
            var first = (int)random.Next(1, count + 1);
            var expected = Enumerable.Range(0, count).OrderByDescending(i => remainders[i]).ThenBy(i => shares[i].Key, StringComparer.Ordinal).Take(first).ToHashSet();

            foreach (var rounds in new[] { LeftoverCents.SelectionRounds(count), (int)random.Next(0, 4) })
            {
                var ranked = random.Shuffle(Enumerable.Range(0, count)).ToArray();
                LeftoverCents.SelectFirst(ranked, first, remainders, new LeftoverCents.ByKey(shares), rounds);
                ranked.Take(first).ToHashSet().SetEquals(expected).Should().BeTrue($"seed {seed}, round {round}: {count} recipients, {first} places, {rounds} rounds");
            }
        }
    }

    [Theory]
    [InlineData(1, 6)]
    [InlineData(2, 8)]
    [InlineData(33, 16)]
    [InlineData(20_000, 34)]
    public void A_selection_may_partition_about_twice_as_deep_as_a_balanced_one(int count, int rounds)
    {
        // 2 x (bits of the count) + 4: 20,000 has 15 bits, so 34.
        LeftoverCents.SelectionRounds(count).Should().Be(rounds);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(0)]
    public void By_place_an_equal_remainder_goes_to_the_recipient_given_first(int rounds)
    {
        // Remainders 6, 2, 6, 6 at places 0-3: two places go to 0 and 2, the first two of the three sixes.
        var remainders = new ulong[] { 6, 2, 6, 6 };
        var ranked = new[] { 3, 2, 1, 0 };

        LeftoverCents.SelectFirst(ranked, 2, remainders, new LeftoverCents.ByPlace(), rounds);

        ranked[..2].Should().BeEquivalentTo([0, 2]);
    }

    private static AllocationShare Share(string key) => new(key, 1m);
}
