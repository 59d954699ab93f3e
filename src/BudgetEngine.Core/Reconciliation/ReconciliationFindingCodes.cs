namespace BudgetEngine.Core.Reconciliation;

/// <summary>Finding codes the reconciliation adds to <see cref="Findings.FindingCode"/>. Stable: never rename one.</summary>
public static class ReconciliationFindingCodes
{
    /// <summary>Part of a grant counts as income after the scenario's last year and is left out.</summary>
    public const string IncomeAfterHorizon = "INCOME_AFTER_HORIZON";

    /// <summary>A source's later money pays costs charged to it in an earlier year: the deficit it carried is settled (information).</summary>
    public const string DeficitSettled = "DEFICIT_SETTLED";

    /// <summary>The grants of a source's round add up to more than its <see cref="Scenarios.GrantCap"/> (error; the amount is the excess).</summary>
    public const string GrantCapExceeded = "GRANT_CAP_EXCEEDED";

    /// <summary>A grant that must repay what it leaves unspent ends with money unspent: that money is repaid (warning; the amount is what is repaid).</summary>
    public const string Repayable = "REPAYABLE";

    /// <summary>A fixed split names a source with weight zero, which so pays nothing of the line (warning).</summary>
    public const string ZeroWeight = "ZERO_WEIGHT";

    /// <summary>A line's cost or a grant's amount is p.m. (pro memorie): named, not yet known, counted as zero (warning).</summary>
    public const string PmAmount = "PM_AMOUNT";

    /// <summary>A line's actual cost in a year exceeds its budgeted cost by more than the scenario's tolerance (warning).</summary>
    public const string OverspentLine = "OVERSPENT_LINE";

    /// <summary>A grant accounted for received more than the costs charged to it in its period (warning).</summary>
    public const string GrantUnderspent = "GRANT_UNDERSPENT";
    /// <summary>A grant passed on by a centrumgemeente differs from the transfer its plan names (amount, or year booked), or the plan names none (warning).</summary>
    public const string TransferMismatch = "TRANSFER_MISMATCH";
}
