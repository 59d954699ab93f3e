using System.Globalization;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Findings;

/// <summary>How findings' messages write amounts: "EUR 10,000.00", the same on every machine.</summary>
public static class FindingText
{
    /// <summary>An amount as finding messages write it.</summary>
    public static string Euros(Money amount) =>
        "EUR " + amount.Euros.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>An amount in cents as finding messages write it.</summary>
    public static string Euros(long cents) => Euros(Money.FromCents(cents));
}
