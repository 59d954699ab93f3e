using BudgetEngine.Contracts.Mapping;
using BudgetEngine.TestSupport.Json;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.DataSet;

namespace BudgetEngine.Contracts.Tests.Json;

/// <summary>
/// The streaming writer on the synthetic national set (docs/performance.md, seed 42): every region and the flexible stress
/// scenario, under every option and in both views, give exactly the serializer's bytes of the DTO.
/// </summary>
public sealed class NationalSetJsonWriterTests
{
    private static readonly Lazy<NationalDataSet> Set = new(() => NationalDataSet.Generate(42));

    public static TheoryData<int> Regions() => new(Enumerable.Range(0, NationalDataSet.RegionCount));

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task Each_region_is_written_as_the_serializer_writes_it(int region)
    {
        var (file, dto) = Set.Value.Regions[region];
        var scenario = ScenarioMapper.Read(dto).Scenario!;

        foreach (var options in ReconciliationJsonWriterTests.AllOptions)
        {
            var reconciliation = Reconciler.Reconcile(scenario, options);
            foreach (var view in ReconciliationJsonWriterTests.Views) await WriterAssert.SameAsSerializer(reconciliation, view, $"{file} {options}");
        }
    }

    [Fact]
    public async Task The_flexible_stress_scenario_is_written_as_the_serializer_writes_it()
    {
        var scenario = ScenarioMapper.Read(Set.Value.Flexible).Scenario!;
        var reconciliation = Reconciler.Reconcile(scenario);

        foreach (var view in ReconciliationJsonWriterTests.Views) await WriterAssert.SameAsSerializer(reconciliation, view, "flexible");
    }
}
