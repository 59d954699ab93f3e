namespace BudgetEngine.Contracts;

/// <summary>
/// A component of a year's DU VO distribution, announced in a circular of its own (the basis, the Veilig Thuis money added
/// through the IBP, GHNT's regional project leadership): either a macro budget with a key (centrumgemeenten with historical
/// amount and key weight, and optionally its own phaseIn, lossCap and transitionBudget), or fixed amounts per centrumgemeente.
/// </summary>
public sealed record DuVoComponentDto
{
    /// <summary>The component's name, unique within the distribution, e.g. "Basis" or "GHNT regionale projectleiding".</summary>
    public string? Name { get; init; }

    /// <summary>The circular that announced it, e.g. "meicirculaire 2019".</summary>
    public string? Circular { get; init; }

    /// <summary>Its macro budget in euros (above zero); give it with centrumgemeenten, or give fixedAmounts instead.</summary>
    public decimal? MacroBudget { get; init; }

    /// <summary>Its phase-in fraction (0..1); left out, the distribution's phaseIn applies. Keyed components only.</summary>
    public decimal? PhaseIn { get; init; }

    /// <summary>Its transition budget, as for a distribution without components. Keyed components only; optional.</summary>
    public DuVoTransitionBudgetDto? TransitionBudget { get; init; }

    /// <summary>Its loss cap, as for a distribution without components. Keyed components only; optional.</summary>
    public DuVoLossCapDto? LossCap { get; init; }

    /// <summary>Its historical amount and key weight per centrumgemeente (codes of the distribution's centrumgemeenten).</summary>
    public IReadOnlyList<DuVoComponentEntryDto?>? Centrumgemeenten { get; init; }

    /// <summary>Instead of a macro budget and key: the amount per centrumgemeente (codes of the distribution's centrumgemeenten).</summary>
    public IReadOnlyList<DuVoFixedAmountDto?>? FixedAmounts { get; init; }
}

/// <summary>A centrumgemeente in a keyed component.</summary>
public sealed record DuVoComponentEntryDto
{
    /// <summary>CBS code, one of the distribution's centrumgemeenten.</summary>
    public string? Code { get; init; }

    /// <summary>Its historical amount of this component, in euros (default 0).</summary>
    public decimal? Historical { get; init; }

    /// <summary>Its weight under this component's key (zero or more).</summary>
    public decimal? KeyWeight { get; init; }
}

/// <summary>A fixed amount for one centrumgemeente.</summary>
public sealed record DuVoFixedAmountDto
{
    /// <summary>CBS code, one of the distribution's centrumgemeenten.</summary>
    public string? Code { get; init; }

    /// <summary>The amount in euros (zero or more).</summary>
    public decimal? Amount { get; init; }
}

/// <summary>One component of a calculated distribution.</summary>
/// <param name="Name">The component's name.</param>
/// <param name="Circular">The circular that announced it.</param>
/// <param name="TotalPayments">All it pays: its macro budget plus transition budget less what is left unpaid, or its fixed amounts together.</param>
/// <param name="Centrumgemeenten">What it pays each of its centrumgemeenten, by CBS code.</param>
/// <param name="Distribution">Its own distribution (objective amount, phased payment, top-up per centrumgemeente) when keyed; null for fixed amounts.</param>
public sealed record DuVoComponentResultDto(
    string Name,
    string Circular,
    decimal TotalPayments,
    IReadOnlyList<DuVoComponentPaymentDto> Centrumgemeenten,
    DuVoDistributionResultDto? Distribution);

/// <summary>What a component pays one centrumgemeente.</summary>
/// <param name="Code">CBS code.</param>
/// <param name="Name">Name.</param>
/// <param name="Payment">The payment.</param>
public sealed record DuVoComponentPaymentDto(string Code, string Name, decimal Payment);

/// <summary>A payment's part from one component.</summary>
/// <param name="Component">The component's name.</param>
/// <param name="Circular">The circular that announced it.</param>
/// <param name="Payment">The part of the payment.</param>
public sealed record DuVoComponentShareDto(string Component, string Circular, decimal Payment);

/// <summary>What the components of one circular pay together.</summary>
/// <param name="Circular">The circular, e.g. "meicirculaire 2019".</param>
/// <param name="Payment">The payment.</param>
public sealed record DuVoCircularPaymentDto(string Circular, decimal Payment);
