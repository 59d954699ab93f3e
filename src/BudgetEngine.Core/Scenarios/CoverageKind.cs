namespace BudgetEngine.Core.Scenarios;

/// <summary>How a cost line's coverage ("dekking") is shared over sources.</summary>
public enum CoverageKind
{
    /// <summary>One source pays the whole line.</summary>
    Single,
    /// <summary>A fixed split: each source pays its weighted share of every year's amount.</summary>
    Split,
    /// <summary>A flexible set of sources in order of preference ("GHNT/ Projectenpool"): the engine chooses the split so that no source is over-allocated.</summary>
    Flexible,
}
