namespace BudgetEngine.Core.Findings;

/// <summary>The stable codes of findings. Other systems match on these strings: never rename one.</summary>
public static class FindingCode
{
    /// <summary>A source, or the whole budget, spends more in a year than it has (its closing balance is below zero).</summary>
    public const string OverAllocated = "OVER_ALLOCATED";
    /// <summary>A cost line (in a year) that no source in its coverage can pay at all.</summary>
    public const string UncoveredCost = "UNCOVERED_COST";
    /// <summary>Coverage that rests on a grant that is applied for but not yet awarded ("onder voorbehoud").</summary>
    public const string ConditionalFunding = "CONDITIONAL_FUNDING";
    /// <summary>A declared total, result or group subtotal differs from the one computed from the lines.</summary>
    public const string DeclaredTotalMismatch = "DECLARED_TOTAL_MISMATCH";
    /// <summary>A coverage or grant names a source that matches no funding source of the scenario.</summary>
    public const string UnknownSource = "UNKNOWN_SOURCE";
    /// <summary>Coverage from a source whose rules exclude the line (DU VO for minors, DU VO for a DU MO crisis place).</summary>
    public const string IneligibleCoverage = "INELIGIBLE_COVERAGE";
    /// <summary>Money that lapses: a grant left unspent when its period ends, for a source whose money does not carry over.</summary>
    public const string FundsLapsed = "FUNDS_LAPSED";
}
