using System.Globalization;

namespace BudgetEngine.Core.Amounts;

/// <summary>An amount was given with more precision than whole cents and no rounding was named.</summary>
public sealed class MoneyPrecisionException(decimal euros)
    : ArgumentException(string.Create(
        CultureInfo.InvariantCulture, $"EUR {euros} is finer than a cent; give whole cents or name a rounding."))
{
    /// <summary>The amount as given.</summary>
    public decimal Euros { get; } = euros;
}
