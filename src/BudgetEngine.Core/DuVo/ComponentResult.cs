using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.DuVo;

/// <summary>One component of a calculated distribution.</summary>
/// <param name="Name">The component's name.</param>
/// <param name="Circular">The circular that announced it.</param>
/// <param name="Centrumgemeenten">What it pays each of its centrumgemeenten, by CBS code.</param>
/// <param name="Distribution">The component's own distribution (objective, phased payment, top-ups) when it is keyed; null for fixed amounts.</param>
public sealed record ComponentResult(
    string Name,
    string Circular,
    IReadOnlyList<ComponentPayment> Centrumgemeenten,
    DistributionResult? Distribution)
{
    /// <summary>All it pays: its macro budget plus transition budget less what is left unpaid, or the sum of its fixed amounts.</summary>
    public Money TotalPayments => Money.Sum(Centrumgemeenten.Select(c => c.Payment));
}

/// <summary>What one component pays one centrumgemeente.</summary>
/// <param name="Code">The centrumgemeente's CBS code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Payment">The payment.</param>
public sealed record ComponentPayment(CbsCode Code, string Name, Money Payment);

/// <summary>A centrumgemeente's share of one component.</summary>
/// <param name="Component">The component's name.</param>
/// <param name="Circular">The circular that announced it.</param>
/// <param name="Payment">What the component pays the centrumgemeente.</param>
public sealed record ComponentShare(string Component, string Circular, Money Payment);

/// <summary>What the components announced in one circular pay together.</summary>
/// <param name="Circular">The circular, e.g. "meicirculaire 2019".</param>
/// <param name="Payment">The payments of its components together.</param>
public sealed record CircularPayment(string Circular, Money Payment)
{
    /// <summary>The shares grouped by circular, in the order the circulars first appear.</summary>
    public static IReadOnlyList<CircularPayment> Of(IEnumerable<ComponentShare> shares) =>
        shares
            .GroupBy(s => s.Circular, StringComparer.Ordinal)
            .Select(g => new CircularPayment(g.Key, Money.Sum(g.Select(s => s.Payment))))
            .ToArray();
}
