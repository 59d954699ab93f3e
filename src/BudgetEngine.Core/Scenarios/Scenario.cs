using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Scenarios;

/// <summary>
/// A scenario budget: an organisation's multi-year action programme with its funding sources, grants,
/// cost lines and the figures its document declares.
/// </summary>
/// <param name="Organisation">The region or municipality whose budget it is (e.g. "Regio Gooi en Vechtstreek").</param>
/// <param name="Name">The scenario's name (e.g. "GHNT 2018-2021").</param>
/// <param name="FirstYear">The first budget year.</param>
/// <param name="LastYear">The last budget year (inclusive).</param>
/// <param name="Sources">The funding sources.</param>
/// <param name="Grants">The grants (income), awarded, conditional or rejected.</param>
/// <param name="Lines">The cost lines.</param>
public sealed record Scenario(
    string Organisation,
    string Name,
    int FirstYear,
    int LastYear,
    IReadOnlyList<FundingSource> Sources,
    IReadOnlyList<Grant> Grants,
    IReadOnlyList<CostLine> Lines)
{
    /// <summary>Totals, results and subtotals the document declares.</summary>
    public DeclaredFigures Declared { get; init; } = DeclaredFigures.None;

    /// <summary>Why this version of the budget differs from the one before (a begrotingswijziging's reason), if said.</summary>
    public string? Reason { get; init; }

    /// <summary>The decision that made the change, e.g. a council decision's reference ("raadsbesluit 2020-14"), if said.</summary>
    public string? Decision { get; init; }
    /// <summary>The most each source allows for the grants of a round (<see cref="GrantCap"/>); none by default.</summary>
    public IReadOnlyList<GrantCap> GrantCaps { get; init; } = [];

    /// <summary>
    /// How far a line's realised cost in a year may exceed its budgeted cost before it is <c>OVERSPENT_LINE</c>
    /// (default zero: any excess is).
    /// </summary>
    public Money Tolerance { get; init; } = Money.Zero;

    /// <summary>Whether any realised figure is given: a line's actual cost in a year, or what a grant received.</summary>
    public bool HasActuals => Lines.Any(l => l.Actuals.Count > 0) || Grants.Any(g => g.Received is not null);

    /// <summary>The budget years in order.</summary>
    public IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);
}
