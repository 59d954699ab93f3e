namespace BudgetEngine.Contracts;

/// <summary>A plan's structural co-financing: costs the municipalities of the region share by rule, whether or not the DU VO falls short.</summary>
public sealed record DuVoStructuralCofinancingDto
{
    /// <summary>The rules, each sharing one amount over the plan's regiogemeenten.</summary>
    public IReadOnlyList<DuVoCofinancingRuleDto?>? Rules { get; init; }
}

/// <summary>
/// One co-financing rule: what is shared (amount, or category with an optional part), the key and the status. E.g. the part of
/// Veilig Thuis for minors, paid by every municipality from youth money by inhabitants0to17, agreed.
/// </summary>
public sealed record DuVoCofinancingRuleDto
{
    /// <summary>A name for the rule (optional, display only).</summary>
    public string? Name { get; init; }

    /// <summary>The plan category whose cost is shared (give this or amount).</summary>
    public string? Category { get; init; }

    /// <summary>A part of that category whose amount is shared instead of the category's whole cost (optional).</summary>
    public string? Part { get; init; }

    /// <summary>A fixed amount in euros to share (give this or category).</summary>
    public decimal? Amount { get; init; }

    /// <summary>The key: "inhabitants", "inhabitants0to17", "fixedShare" (from the regiogemeenten) or "agreedAmounts" (from amounts).</summary>
    public string? Key { get; init; }

    /// <summary>"proposed" (under consultation, not a commitment) or "agreed".</summary>
    public string? Status { get; init; }

    /// <summary>With key agreedAmounts: each municipality's agreed amount; together exactly the shared amount.</summary>
    public IReadOnlyList<DuVoAgreedAmountDto?>? Amounts { get; init; }
}

/// <summary>A municipality's agreed amount under a co-financing rule.</summary>
public sealed record DuVoAgreedAmountDto
{
    /// <summary>CBS code of one of the plan's regiogemeenten.</summary>
    public string? Code { get; init; }

    /// <summary>Its amount in euros.</summary>
    public decimal? Amount { get; init; }
}

/// <summary>What one co-financing rule asks of each regiogemeente.</summary>
/// <param name="Rule">The rule's index in the plan's cofinancing.rules.</param>
/// <param name="Name">The rule's name, when given.</param>
/// <param name="Category">The category shared, when the rule names one.</param>
/// <param name="Part">The part shared, when the rule names one.</param>
/// <param name="Key">inhabitants, inhabitants0to17, fixedShare or agreedAmounts.</param>
/// <param name="Status">proposed or agreed.</param>
/// <param name="Amount">The amount shared.</param>
/// <param name="Contributions">Per regiogemeente by CBS code; they add up to the amount to the cent.</param>
public sealed record DuVoCofinancingRuleResultDto(
    int Rule, string? Name, string? Category, string? Part, string Key, string Status, decimal Amount, IReadOnlyList<DuVoContributionDto> Contributions);

/// <summary>A regiogemeente's contribution.</summary>
/// <param name="Code">Its CBS code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Weight">Its weight under the rule's key (inhabitants, youths, percent or the agreed euros); absent in totals.</param>
/// <param name="Amount">What it contributes, in euros.</param>
public sealed record DuVoContributionDto(string Code, string Name, decimal? Weight, decimal Amount);
