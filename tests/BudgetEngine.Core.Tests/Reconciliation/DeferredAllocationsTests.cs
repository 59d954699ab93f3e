using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Tests.Reconciliation.Properties;

namespace BudgetEngine.Core.Tests.Reconciliation;

/// <summary>
/// A reconciliation works out its line allocations when they are first read. Reading them later, twice, or from many
/// threads at once gives the same allocations as the ledger itself, in the same order.
/// </summary>
public sealed class DeferredAllocationsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_allocations_read_later_are_the_ledgers_allocations(int seed)
    {
        var scenario = ScenarioGenerator.Generate((ulong)seed);
        var reconciliation = Reconciler.Reconcile(scenario);

        var read = reconciliation.Allocations.ToList();

        read.Should().Equal(LedgerAllocations(scenario), (a, b) => Same(a, b));
        reconciliation.Allocations.Should().HaveCount(read.Count);
        reconciliation.Allocations[read.Count - 1].Should().BeSameAs(read[^1], "the allocations are worked out once and kept");
    }

    [Fact]
    public void Allocations_read_from_many_threads_at_once_are_worked_out_once()
    {
        var reconciliation = Reconciler.Reconcile(ScenarioGenerator.Generate(7));

        var seen = new IReadOnlyList<LineAllocation>[8];
        Parallel.For(0, seen.Length, i => seen[i] = reconciliation.Allocations.ToArray());

        foreach (var allocations in seen)
        {
            allocations.Should().HaveSameCount(seen[0]);
            for (var i = 0; i < allocations.Count; i++) allocations[i].Should().BeSameAs(seen[0][i]);
        }
    }

    private static IReadOnlyList<LineAllocation> LedgerAllocations(BudgetEngine.Core.Scenarios.Scenario scenario)
    {
        var catalog = new BudgetEngine.Core.Scenarios.SourceCatalog(scenario.Sources);
        var years = scenario.LastYear - scenario.FirstYear + 1;
        var income = IncomeSchedule.Build(scenario, catalog, ReconciliationOptions.Default, []);
        var demands = DemandBuilder.Build(scenario, catalog, []);
        var network = FundingNetwork.Solve(income.Pots, demands, years);
        return new SourceLedger(scenario, income.Pots, demands, network).LineAllocations();
    }

    private static bool Same(LineAllocation a, LineAllocation b) =>
        a.Line == b.Line && a.Year == b.Year && a.Amount == b.Amount && a.Shortfall == b.Shortfall
        && a.AccountableSource == b.AccountableSource && a.Sources.SequenceEqual(b.Sources);
}
