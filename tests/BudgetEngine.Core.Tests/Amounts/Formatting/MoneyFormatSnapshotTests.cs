using System.Globalization;
using System.Text;
using BudgetEngine.Core.Amounts;
using BudgetEngine.TestSupport.Snapshots;

namespace BudgetEngine.Core.Tests.Amounts.Formatting;

/// <summary>The written forms of a few amounts, approved once: any change to how money is written is deliberate.</summary>
public sealed class MoneyFormatSnapshotTests
{
    [Fact]
    public void The_written_forms_of_money_are_approved()
    {
        decimal[] amounts = [0m, 0.01m, -0.5m, 999.99m, 25_000m, -1_234.56m, 1_234_567.89m, Money.MaxEuros];
        var invariant = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine("invariant | Dutch | Dutch number | G invariant | N invariant | C invariant");
        foreach (var money in amounts.Select(Money.FromEuros))
        {
            table.AppendLine(string.Join(" | ",
                money.ToInvariantString(), money.ToDutchString(), money.ToDutchNumberString(),
                money.ToString("G", invariant), money.ToString("N", invariant), money.ToString("C", invariant)));
        }

        Snapshot.Match(table.ToString(), "money-formats");
    }
}
