using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Money that can pay lines: one grant (or a source's opening balance) as it is recognised within the horizon,
/// with the years in which it may be spent. Amounts in cents; years as indexes from the first budget year.
/// </summary>
internal sealed class FundingPot
{
    public required FundingSource Source { get; init; }

    /// <summary>The grant, or null for a source's opening balance.</summary>
    public Grant? Grant { get; init; }

    /// <summary>The project the money is earmarked for, or null.</summary>
    public string? Project { get; init; }

    /// <summary>True when the money is applied for but not yet awarded.</summary>
    public bool Conditional { get; init; }

    /// <summary>Money present at the start of <see cref="StartYear"/> from before the horizon (opening balance, earlier income).</summary>
    public long Opening { get; init; }

    /// <summary>Income recognised per budget year index.</summary>
    public required long[] Income { get; init; }

    /// <summary>The first year index in which the pot holds money.</summary>
    public int StartYear { get; init; }

    /// <summary>The last year index in which the pot may be spent.</summary>
    public int EndYear { get; init; }

    /// <summary>True when what is left at the end of <see cref="EndYear"/> lapses; false when it is carried as closing balance.</summary>
    public bool Lapses { get; init; }

    /// <summary>Whether the pot may pay a line of project <paramref name="projectKey"/>.</summary>
    public bool MayPay(string projectKey) =>
        Project is null || string.Equals(Project.Trim(), projectKey.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the pot holds spendable money in year index <paramref name="year"/>.</summary>
    public bool IsAlive(int year) => year >= StartYear && year <= EndYear;
}
