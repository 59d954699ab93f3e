namespace BudgetEngine.DataSet;

/// <summary>The size of a generated scenario.</summary>
/// <param name="Years">Budget years.</param>
/// <param name="Lines">Cost lines.</param>
/// <param name="Grants">Grants over the six sources.</param>
/// <param name="FlexiblePercent">Percentage of lines with flexible coverage.</param>
public sealed record ScenarioShape(int Years, int Lines, int Grants, int FlexiblePercent)
{
    /// <summary>A region of the national set: 10 years, 200 lines, 40 grants, 10% flexible.</summary>
    public static ScenarioShape Region => new(10, 200, 40, 10);

    /// <summary>The flexible-allocation stress case: 2,000 flexible lines over 10 years and 6 sources.</summary>
    public static ScenarioShape Flexible => new(10, 2_000, 60, 100);
}
