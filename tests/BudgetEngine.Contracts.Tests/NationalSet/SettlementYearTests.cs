using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Contracts.Tests.Json;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.DataSet;

namespace BudgetEngine.Contracts.Tests.NationalSet;

/// <summary>
/// The accounting model's settlement rule on the synthetic national set (seed 42): a carrying source's later income
/// settles an earlier deficit in the year the income arrives, as a ledger's running balance does, so no year settles
/// more than the source's income of that year. Its regions have deficits of two-yearly grants settled years later, the
/// kind of case generated unit scenarios rarely reach (docs/accounting-model.md).
/// </summary>
public sealed class SettlementYearTests
{
    private static readonly Lazy<NationalDataSet> Set = new(() => NationalDataSet.Generate(42));

    public static TheoryData<int> Regions() => new(Enumerable.Range(0, NationalDataSet.RegionCount));

    [Theory]
    [MemberData(nameof(Regions))]
    public void A_source_settles_earlier_deficits_only_with_the_income_of_the_year_it_settles_them_in(int region)
    {
        var (file, dto) = Set.Value.Regions[region];
        var scenario = ScenarioMapper.Read(dto).Scenario!;

        foreach (var options in ReconciliationJsonWriterTests.AllOptions)
        {
            var reconciliation = Reconciler.Reconcile(scenario, options);
            foreach (var year in reconciliation.Years)
            {
                foreach (var source in year.BySource)
                {
                    source.DeficitSettled.Cents.Should().BeLessThanOrEqualTo(source.Income.Cents,
                        $"{file} {options}: {source.Source} settles in {year.Year} only with that year's income");
                }
            }
        }
    }
}
