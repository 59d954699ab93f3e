using BudgetEngine.Core.Allocation;
using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>
/// The shares the breakdown shows: each category's DU VO-paid amount, and the unspent surplus, as a percent of the DU VO budget
/// with two decimals, adding up to exactly 100.00. The DU VO budget is the payment, plus the regiogemeenten's co-financing when
/// the costs exceed it (then it equals the DU VO costs). 10,000 basis points are split by <see cref="Allocator"/> (largest
/// remainder; ties to the category whose name sorts first, the surplus last). All zero when there is no DU VO money at all.
/// </summary>
/// <remarks>
/// The core's <see cref="CategoryBreakdown.Share"/> is the share of the DU VO-paid costs; it is the same number whenever the plan has
/// no surplus. With a surplus the core's shares would add up to 100 without the unspent part, which misstates the share of the payment.
/// </remarks>
public static class DuVoPaymentShares
{
    private const long BasisPoints = 10_000;
    private const string SurplusKey = "surplus";
    private const string CategoryKeyPrefix = "category:";

    /// <summary>Each category's share (in the breakdown's order) and the surplus's share, in percent.</summary>
    public static (decimal[] Categories, decimal Surplus) Of(SpendBreakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        var weights = breakdown.Categories
            .Select(c => new AllocationShare(CategoryKeyPrefix + c.Name, c.DuVoAmount.Euros))
            .Append(new AllocationShare(SurplusKey, breakdown.Surplus.Euros))
            .ToArray();
        if (weights.All(w => w.Weight == 0m))
        {
            return (new decimal[breakdown.Categories.Count], 0m);
        }
        // 10,000 "cents" of basis points are 100.00 "euros" of percent.
        var points = Allocator.Split(Money.FromCents(BasisPoints), weights).Select(p => p.Euros).ToArray();
        return (points[..^1], points[^1]);
    }
}
