namespace BudgetEngine.Core.Scenarios;

/// <summary>
/// Where a grant comes from when a centrumgemeente passes it on from its DU VO payment: the plan of <paramref name="Centrumgemeente"/>
/// for <paramref name="Year"/> names the transfer (<see cref="DuVo.PlanTransfer"/>).
/// </summary>
/// <param name="Centrumgemeente">The centrumgemeente's CBS code, e.g. "GM0402" (Hilversum).</param>
/// <param name="Year">The year of its plan.</param>
public sealed record TransferOrigin(string Centrumgemeente, int Year)
{
    /// <summary>The transfer's purpose, to tell it from other transfers of the plan to the same organisation (optional).</summary>
    public string? Purpose { get; init; }
}
