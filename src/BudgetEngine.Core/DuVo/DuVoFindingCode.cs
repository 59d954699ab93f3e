using BudgetEngine.Core.Findings;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// The finding codes the DU VO calculations emit. Codes that exist in <see cref="FindingCode"/> are reused
/// (same string); the others are new to this module. Other systems match on these strings: never rename one.
/// </summary>
public static class DuVoFindingCode
{
    /// <summary>The DU VO-paid costs of a spend plan exceed the payment; the shortfall goes to the regiogemeenten. Same as <see cref="FindingCode.OverAllocated"/>.</summary>
    public const string OverAllocated = FindingCode.OverAllocated;

    /// <summary>A spend plan pays from the DU VO what the DU VO may not pay (minors, DU MO crisis places). Same as <see cref="FindingCode.IneligibleCoverage"/>.</summary>
    public const string IneligibleCoverage = FindingCode.IneligibleCoverage;

    /// <summary>New: the transition budget of a national distribution cannot top up every capped loss in full.</summary>
    public const string TransitionBudgetInsufficient = "TRANSITION_BUDGET_INSUFFICIENT";

    /// <summary>New: a spend plan leaves part of the DU VO payment unspent (informational).</summary>
    public const string Surplus = "DUVO_SURPLUS";

    /// <summary>New: a plan passes money on (transfers[]) that no grant of the recipient's scenarios names as its origin (warning).</summary>
    public const string TransferUnmatched = "TRANSFER_UNMATCHED";

    /// <summary>New: a plan or distribution names a municipality that had ceased to exist by the end of its year (merged or split); the finding names the successors.</summary>
    public const string MunicipalityDissolved = "MUNICIPALITY_DISSOLVED";

    /// <summary>New: a plan or distribution names a code the municipality registry does not know, or a municipality formed after its year.</summary>
    public const string MunicipalityUnknown = "MUNICIPALITY_UNKNOWN";
}
