using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// Reads an amount cell of a budget table. Every notation <see cref="Money.Parse(string)"/> accepts ("25.000,00",
/// "€ 25.000,-", "€ 32.000,=", "25.000€"), plus a lone dash (Excel's accounting format for zero, "€ -") for zero.
/// An empty cell is no amount.
/// </summary>
public static class AmountCell
{
    /// <summary>The amount in <paramref name="cell"/>; null for an empty cell; an error sentence when it is no amount.</summary>
    public static (Money? Amount, string? Error) Read(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0)
        {
            return (null, null);
        }
        if (IsDashForZero(text))
        {
            return (Money.Zero, null);
        }
        return Money.TryParse(text, null, out var amount, out var failure)
            ? (amount, null)
            : (null, failure.Message);
    }

    private static bool IsDashForZero(string text)
    {
        var rest = text.Replace("€", "", StringComparison.Ordinal).Trim();
        return rest is "-" or "–";
    }
}
