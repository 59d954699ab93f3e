using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Tests.Reconciliation.Properties;
using static BudgetEngine.Core.Tests.Reconciliation.ScenarioBuilder;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// A reconciliation works out each line allocation when it is read, and keeps none: reading them again, in another
/// order or from many threads at once gives the same allocations, in the same order; each is a list's item like any other.
/// </summary>
public sealed class LedgerAllocationsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Allocations_read_twice_are_the_same_allocations_in_the_same_order(int seed)
    {
        var reconciliation = Reconciler.Reconcile(ScenarioGenerator.Generate((ulong)seed));

        var first = reconciliation.Allocations.ToList();
        var again = reconciliation.Allocations.ToList();

        again.Should().Equal(first, Same);
    }

    [Fact]
    public void An_allocation_read_by_index_is_the_one_enumerated_at_that_place()
    {
        var reconciliation = Reconciler.Reconcile(ScenarioGenerator.Generate(4));
        var enumerated = reconciliation.Allocations.ToList();

        var backwards = Enumerable.Range(0, reconciliation.Allocations.Count).Reverse().Select(i => reconciliation.Allocations[i]).Reverse().ToList();

        backwards.Should().Equal(enumerated, Same);
    }

    [Fact]
    public void Allocations_read_from_many_threads_at_once_are_the_same()
    {
        var reconciliation = Reconciler.Reconcile(ScenarioGenerator.Generate(7));

        var seen = new IReadOnlyList<LineAllocation>[8];
        Parallel.For(0, seen.Length, i => seen[i] = reconciliation.Allocations.ToArray());

        foreach (var allocations in seen) allocations.Should().Equal(seen[0], Same);
    }

    [Fact]
    public void No_allocation_is_kept_after_it_is_read()
    {
        var reconciliation = Reconciler.Reconcile(ScenarioGenerator.Generate(5));

        reconciliation.Allocations[0].Should().NotBeSameAs(reconciliation.Allocations[0], "each read works it out anew");
    }

    [Fact]
    public void There_is_one_allocation_per_line_and_year_by_line_name_then_year()
    {
        // Two lines over 2025-2027, given in reverse order: six line-years.
        var scenario = Scenario(2025, 2027, [Source("GHNT")], [Awarded("GHNT", 100_000m, 2025)],
            [Line("B", "GHNT", (2025, 1_000m), (2026, 1_000m), (2027, 1_000m)), Line("A", "GHNT", (2025, 500m), (2026, 500m), (2027, 500m))]);

        var allocations = Reconciler.Reconcile(scenario).Allocations;

        allocations.Select(a => (a.Line, a.Year)).Should().Equal(
            ("A", 2025), ("A", 2026), ("A", 2027), ("B", 2025), ("B", 2026), ("B", 2027));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void An_index_outside_the_allocations_is_refused(int index)
    {
        // Two lines over 2025-2027: six line-years, at indexes 0 to 5.
        var scenario = Scenario(2025, 2027, [Source("GHNT")], [Awarded("GHNT", 100_000m, 2025)],
            [Line("A", "GHNT", (2025, 500m), (2026, 500m), (2027, 500m)), Line("B", "GHNT", (2025, 500m), (2026, 500m), (2027, 500m))]);
        var allocations = Reconciler.Reconcile(scenario).Allocations;

        var read = () => allocations[index];

        read.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static bool Same(LineAllocation a, LineAllocation b) =>
        a.Line == b.Line && a.Year == b.Year && a.Amount == b.Amount && a.Shortfall == b.Shortfall
        && a.AccountableSource == b.AccountableSource && a.Sources.SequenceEqual(b.Sources) && a.Settled.SequenceEqual(b.Settled);
}
