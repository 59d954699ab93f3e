namespace BudgetEngine.Contracts;

/// <summary>
/// The regional reserve a plan keeps its DU VO surplus in: a surplus is added to it, and a shortfall is drawn from it before the
/// regiogemeenten co-finance the rest.
/// </summary>
public sealed record DuVoPlanReserveDto
{
    /// <summary>The reserve's name, e.g. "Reserve DU VO regio Arnhem-Achterhoek".</summary>
    public string? Name { get; init; }

    /// <summary>
    /// Its balance in euros at the start of the plan's year (optional). Left out, the balance is the closing balance of the
    /// centrumgemeente's earlier stored plans, computed year by year (zero when there are none); a stated balance always wins.
    /// </summary>
    public decimal? OpeningBalance { get; init; }
}

/// <summary>What the plan's year does to its regional reserve.</summary>
/// <param name="Name">The reserve's name.</param>
/// <param name="OpeningBalance">The balance at the start of the year.</param>
/// <param name="OpeningBalanceFrom">plan (stated in the plan), earlier-plans (the closing balance of the centrumgemeente's earlier plans) or none (starts empty).</param>
/// <param name="Added">The year's surplus, added to the reserve.</param>
/// <param name="Drawn">What the reserve pays of the year's shortfall: the smaller of the shortfall and the opening balance.</param>
/// <param name="ClosingBalance">The balance at the end of the year: openingBalance + added − drawn.</param>
public sealed record DuVoReserveDto(string Name, decimal OpeningBalance, DuVoReserveOpeningDto OpeningBalanceFrom, decimal Added, decimal Drawn, decimal ClosingBalance);

/// <summary>Where a reserve's opening balance comes from: plan, earlier-plans or none.</summary>
public enum DuVoReserveOpeningDto { Plan, EarlierPlans, None }
