using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Formats.Charts;

/// <summary>Amounts as a Dutch reader expects them on a chart.</summary>
public static class DutchLabels
{
    /// <summary>The full amount: "€ 25.000,00", "€ -66.500,00".</summary>
    public static string Amount(Money amount) => amount.ToDutchString();

    /// <summary>An axis tick: whole euros without cents, "€ 50.000"; cents only when the tick has them.</summary>
    public static string Tick(Money amount)
    {
        var text = amount.ToDutchString();
        return text.EndsWith(",00", StringComparison.Ordinal) ? text[..^3] : text;
    }
}
