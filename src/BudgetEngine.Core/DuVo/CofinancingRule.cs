using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// How the municipalities of the region share a cost they pay together, whether or not the DU VO falls short: the part of
/// Veilig Thuis for minors, paid from youth money by every municipality (seed 004), or a contribution the centrumgemeente
/// proposes when costs exceed the payment (seed 002). It names what is shared, a key and whether it is agreed.
/// </summary>
/// <param name="Key">How the amount is shared over the plan's regiogemeenten.</param>
/// <param name="Status">Proposed (under consultation) or agreed.</param>
public sealed record CofinancingRule(CofinancingKey Key, CofinancingStatus Status)
{
    /// <summary>A name for the rule (display only), e.g. "Veilig Thuis minderjarigen uit jeugdmiddelen".</summary>
    public string? Name { get; init; }

    /// <summary>The plan category whose cost is shared (its whole amount, or its part <see cref="Part"/>). Give this or <see cref="Amount"/>.</summary>
    public string? Category { get; init; }

    /// <summary>A part of <see cref="Category"/> whose amount is shared instead of the category's whole amount.</summary>
    public string? Part { get; init; }

    /// <summary>A fixed amount to share. Give this or <see cref="Category"/>.</summary>
    public Money? Amount { get; init; }

    /// <summary>With <see cref="CofinancingKey.AgreedAmounts"/>: each municipality's agreed amount; together exactly the shared amount.</summary>
    public IReadOnlyList<AgreedAmount> AgreedAmounts { get; init; } = [];
}

/// <summary>A municipality's agreed amount under a <see cref="CofinancingKey.AgreedAmounts"/> rule.</summary>
/// <param name="Code">Its CBS code; it must be one of the plan's regiogemeenten.</param>
/// <param name="Amount">What it pays (zero or more).</param>
public sealed record AgreedAmount(string Code, Money Amount);

/// <summary>The key of a co-financing rule.</summary>
public enum CofinancingKey
{
    /// <summary>By inhabitants (every regiogemeente gives <see cref="Regiogemeente.Inhabitants"/>).</summary>
    Inhabitants,
    /// <summary>By inhabitants aged 0 to 17 (every regiogemeente gives <see cref="Regiogemeente.Inhabitants0To17"/>).</summary>
    Inhabitants0To17,
    /// <summary>By fixed share in percent (every regiogemeente gives <see cref="Regiogemeente.FixedShare"/>).</summary>
    FixedShare,
    /// <summary>An amount agreed per municipality (<see cref="CofinancingRule.AgreedAmounts"/>); nothing is split.</summary>
    AgreedAmounts,
}

/// <summary>Whether a co-financing rule is agreed or still a proposal.</summary>
public enum CofinancingStatus
{
    /// <summary>Proposed: the centrumgemeente consults the regiogemeenten; not yet a commitment.</summary>
    Proposed,
    /// <summary>Agreed in the region.</summary>
    Agreed,
}

/// <summary>What one co-financing rule asks of each municipality.</summary>
/// <param name="Rule">The rule's index in the plan.</param>
/// <param name="Source">The rule as entered.</param>
/// <param name="Amount">The amount shared.</param>
/// <param name="Contributions">Per municipality, by CBS code; they add up to <paramref name="Amount"/> to the cent.</param>
public sealed record CofinancingRuleResult(int Rule, CofinancingRule Source, Money Amount, IReadOnlyList<Contribution> Contributions);

/// <summary>A municipality's contribution under one rule, or its total under all rules of one status.</summary>
/// <param name="Code">Its CBS code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Weight">Its weight under the rule's key (inhabitants, youths, percent, or the agreed amount in euros); zero in totals.</param>
/// <param name="Amount">What it contributes.</param>
public sealed record Contribution(CbsCode Code, string Name, decimal Weight, Money Amount);
