using System.Text.Json;
using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.TestSupport.Snapshots;

namespace BudgetEngine.Core.Tests.Allocation;

/// <summary>Named splits from the domain, approved as JSON: a change in any cent is deliberate.</summary>
public sealed class AllocatorSnapshotTests
{
    [Fact]
    public void The_named_splits_are_approved()
    {
        (string Name, Money Amount, (string Key, decimal Weight)[] Shares)[] cases =
        [
            ("GHNT 2018-2021 by programme year", Money.FromEuros(250_000m), [("2018", 1m), ("2019", 3m), ("2020", 3m), ("2021", 3m)]),
            ("a year by months, 4 and 8", Money.FromEuros(1_000m), [("jan-apr", 4m), ("mei-dec", 8m)]),
            ("equal thirds", Money.FromEuros(100m), [("c", 1m), ("a", 1m), ("b", 1m)]),
            ("two cents over three", Money.FromEuros(0.02m), [("a", 1m), ("b", 1m), ("c", 1m)]),
            ("one cent over seven", Money.FromEuros(0.01m), [("a", 1m), ("b", 1m), ("c", 1m), ("d", 1m), ("e", 1m), ("f", 1m), ("g", 1m)]),
            ("co-financing by percentage", Money.FromEuros(-12_345.67m), [("Hilversum", 45.5m), ("Gooise Meren", 30.25m), ("Huizen", 24.25m), ("Blaricum", 0m)]),
        ];

        var splits = cases.Select(c =>
        {
            var shares = c.Shares.Select(s => new AllocationShare(s.Key, s.Weight)).ToArray();
            var parts = Allocator.Split(c.Amount, shares);
            return new
            {
                name = c.Name,
                amount = c.Amount.ToString(),
                shares = shares.Select((s, i) => new { key = s.Key, weight = s.Weight, share = parts[i].ToString() }),
            };
        });

        Snapshot.MatchJson(JsonSerializer.Serialize(splits), "named-splits");
    }
}
