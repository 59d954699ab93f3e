using BudgetEngine.Core.Amounts;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Actuals;

/// <summary>
/// A scenario as it was accounted for ("realisatie"): each line's actual cost in a year where it is given, its budgeted
/// cost elsewhere; each grant's received amount where it is given, its amount elsewhere.
/// </summary>
internal static class RealisedScenario
{
    /// <summary>
    /// <paramref name="scenario"/> with its realised figures in place of the budgeted ones. A year with an actual cost is no
    /// longer p.m.; a grant that received money is no longer p.m., and money received on a conditional grant was awarded.
    /// </summary>
    public static Scenario Of(Scenario scenario) => scenario with
    {
        Lines = scenario.Lines.Select(Realised).ToArray(),
        Grants = scenario.Grants.Select(Realised).ToArray(),
    };

    private static CostLine Realised(CostLine line)
    {
        if (line.Actuals.Count == 0) return line;
        var amounts = new Dictionary<int, Money>(line.Amounts);
        foreach (var (year, actual) in line.Actuals) amounts[year] = actual;
        return line with
        {
            Amounts = amounts,
            PmYears = line.PmYears.Where(year => !line.Actuals.ContainsKey(year)).ToArray(),
        };
    }

    private static Grant Realised(Grant grant) => grant.Received is { } received
        ? grant with { Amount = received, Pm = false, Status = grant.Status == GrantStatus.Conditional ? GrantStatus.Awarded : grant.Status }
        : grant;
}
