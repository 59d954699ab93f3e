using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Reconciliation;

namespace BudgetEngine.DataSet;

/// <summary>What a ministry's run over every region does: each region's JSON read, mapped and reconciled, one after the other on one thread.</summary>
public static class NationalReconciliation
{
    /// <summary>Reconciles every region, allocations included; returns the number of findings and sources' shares (so the work cannot be optimised away).</summary>
    public static int ReconcileAll(IReadOnlyList<byte[]> regionJson)
    {
        var results = 0;
        foreach (var json in regionJson)
        {
            var dto = JsonSerializer.Deserialize<ScenarioDto>(json, ApiJson.Options);
            var (scenario, errors) = ScenarioMapper.Read(dto);
            if (scenario is null) throw new InvalidOperationException($"A region does not map: {errors[0].Path}: {errors[0].Message}");
            var reconciliation = Reconciler.Reconcile(scenario);
            // Each line allocation is worked out when it is read: read every one, so the whole reconciliation is measured.
            results += reconciliation.Findings.Count;
            foreach (var allocation in reconciliation.Allocations) results += allocation.Sources.Count;
        }
        return results;
    }

    /// <summary>Only deserialises every region: the floor the national reconciliation is measured against.</summary>
    public static int DeserializeAll(IReadOnlyList<byte[]> regionJson)
    {
        var lines = 0;
        foreach (var json in regionJson)
        {
            lines += JsonSerializer.Deserialize<ScenarioDto>(json, ApiJson.Options)!.Lines!.Count;
        }
        return lines;
    }
}
