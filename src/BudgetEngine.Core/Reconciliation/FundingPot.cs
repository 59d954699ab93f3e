using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>
/// Money that can pay lines: the grants (and a source's opening balance) that behave alike in the allocation (same
/// source, earmark, status and end of life) as they are recognised within the horizon, with the years in which the
/// money may be spent. Amounts in cents; years as indexes from the first budget year.
/// </summary>
internal sealed class FundingPot
{
    public required FundingSource Source { get; init; }

    /// <summary>The grants whose money this is (none when it is only a source's opening balance).</summary>
    public IReadOnlyList<Grant> Grants { get; init; } = [];

    /// <summary>Whether the source's opening balance is part of this money.</summary>
    public bool HoldsOpeningBalance { get; init; }

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

    /// <summary>True when what is left at the end of <see cref="EndYear"/> leaves the source (it lapses, or is repaid); false when it is carried as closing balance.</summary>
    public bool Expires { get; init; }

    /// <summary>True when what is left at the end of <see cref="EndYear"/> is repaid to the grantor rather than lapsing (only when it <see cref="Expires"/>).</summary>
    public bool Repays { get; init; }

    /// <summary>Whether the pot may pay a line of project <paramref name="projectKey"/>.</summary>
    public bool MayPay(string projectKey) =>
        Project is null || string.Equals(Project.Trim(), projectKey.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Pots that would be allocated alike and end alike are one: same source, earmark, status, last year and unspent rule.</summary>
    public (string Source, string? Project, bool Conditional, int EndYear, bool Expires, bool Repays) MergeKey =>
        (Source.Code, Project?.Trim().ToUpperInvariant(), Conditional, EndYear, Expires, Repays);

    /// <summary>This pot and <paramref name="other"/> (with the same <see cref="MergeKey"/>) as one.</summary>
    public FundingPot Merge(FundingPot other)
    {
        var income = new long[Income.Length];
        for (var y = 0; y < income.Length; y++) income[y] = Income[y] + other.Income[y];
        var start = Math.Min(StartYear, other.StartYear);
        return new FundingPot
        {
            Source = Source,
            Grants = [.. Grants, .. other.Grants],
            HoldsOpeningBalance = HoldsOpeningBalance || other.HoldsOpeningBalance,
            Project = Project,
            Conditional = Conditional,
            Opening = Opening + other.Opening,
            Income = income,
            StartYear = start,
            EndYear = EndYear,
            Expires = Expires,
            Repays = Repays,
        };
    }

    /// <summary>
    /// The last year index in which money enters the pot (its opening in <see cref="StartYear"/>, or income), at most
    /// <see cref="EndYear"/>; -1 when none does. Only money that enters after a year can settle that year's deficit:
    /// what is in the pot by then pays the year's costs directly, at less cost.
    /// </summary>
    public int LastYearMoneyEnters
    {
        get
        {
            for (var y = EndYear; y >= StartYear; y--)
            {
                if (MoneyEnters(y)) return y;
            }
            return -1;
        }
    }

    /// <summary>Whether money enters the pot in year index <paramref name="year"/>: income, or the opening in <see cref="StartYear"/>.</summary>
    public bool MoneyEnters(int year) => Income[year] > 0 || (year == StartYear && Opening > 0);

    /// <summary>Whether the pot holds spendable money in year index <paramref name="year"/>.</summary>
    public bool IsAlive(int year) => year >= StartYear && year <= EndYear;
}
