using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Texts;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// Reads an amount cell of a budget table. Every notation <see cref="Money.Parse(string)"/> accepts ("25.000,00",
/// "€ 25.000,-", "€ 32.000,=", "25.000€"), plus a lone dash (Excel's accounting format for zero, "€ -") for zero.
/// An empty cell is no amount.
/// </summary>
public static class AmountCell
{
    /// <summary>The amount in <paramref name="cell"/>; null for an empty cell; what is wrong (by the parser's reason) when it is no amount.</summary>
    public static (Money? Amount, ErrorText? Error) Read(string cell)
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
            : (null, ImportTexts.Of("Amount." + failure.Error, ImportTexts.Text(text)));
    }

    /// <summary>
    /// Whether <paramref name="cell"/> says p.m. ("pro memorie": an amount planned but not yet known), as "p.m.", "pm",
    /// "p.m" or "P.M." are written in a begroting.
    /// </summary>
    public static bool IsPm(string cell)
    {
        var text = cell.Replace(" ", "", StringComparison.Ordinal).Trim().TrimEnd('.');
        return text.Equals("p.m", StringComparison.OrdinalIgnoreCase) || text.Equals("pm", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDashForZero(string text)
    {
        var rest = text.Replace("€", "", StringComparison.Ordinal).Trim();
        return rest is "-" or "–";
    }
}
