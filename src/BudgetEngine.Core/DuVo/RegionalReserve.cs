using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// The regional reserve a plan keeps its DU VO surplus in: a surplus (payment above the DU VO-paid costs) is added to it, and a
/// shortfall is drawn from it before the regiogemeenten co-finance the rest.
/// </summary>
/// <param name="Name">The reserve's name, e.g. "Reserve DU VO regio Arnhem-Achterhoek".</param>
public sealed record RegionalReserve(string Name)
{
    /// <summary>
    /// Its balance at the start of the plan's year, when the plan states it (zero or more). When null, the balance is carried from
    /// the centrumgemeente's earlier plans (see <see cref="ReserveOpening"/>), or zero when there are none.
    /// </summary>
    public Money? OpeningBalance { get; init; }
}

/// <summary>Where a reserve's opening balance comes from.</summary>
public enum ReserveOpening
{
    /// <summary>The plan states it (<see cref="RegionalReserve.OpeningBalance"/>).</summary>
    Plan,
    /// <summary>The closing balance of the centrumgemeente's earlier plans, computed year by year.</summary>
    EarlierPlans,
    /// <summary>Neither: the reserve starts empty.</summary>
    None,
}

/// <summary>What a plan's year does to its reserve.</summary>
/// <param name="Name">The reserve's name.</param>
/// <param name="OpeningBalance">The balance at the start of the year.</param>
/// <param name="OpeningFrom">Where <paramref name="OpeningBalance"/> comes from.</param>
/// <param name="Added">The year's surplus, added to the reserve (zero when there is none).</param>
/// <param name="Drawn">What the reserve pays of the year's shortfall: the smaller of the shortfall and the opening balance.</param>
public sealed record ReserveMovement(string Name, Money OpeningBalance, ReserveOpening OpeningFrom, Money Added, Money Drawn)
{
    /// <summary>The balance at the end of the year: opening + added − drawn, never below zero.</summary>
    public Money ClosingBalance => OpeningBalance + Added - Drawn;

    /// <summary>
    /// The year's movement of <paramref name="reserve"/> with a <paramref name="shortfall"/> or a <paramref name="surplus"/> (one of
    /// them zero): the plan's stated opening balance wins, else the <paramref name="carried"/> closing balance of earlier plans, else zero.
    /// </summary>
    public static ReserveMovement Of(RegionalReserve reserve, Money? carried, Money shortfall, Money surplus)
    {
        var (opening, from) = reserve.OpeningBalance is { } stated ? (stated, ReserveOpening.Plan)
            : carried is { } balance ? (balance, ReserveOpening.EarlierPlans)
            : (Money.Zero, ReserveOpening.None);
        return new ReserveMovement(reserve.Name, opening, from, surplus, Money.Min(opening, shortfall));
    }
}
