using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.DuVo;

/// <summary>
/// A centrumgemeente's DU VO spend plan for one year: the payment, what it is spent on, and the regiogemeenten
/// that co-finance when the costs exceed it. See <see cref="SpendPlanCalculator"/>.
/// </summary>
/// <param name="Centrumgemeente">The centrumgemeente's CBS code (e.g. "GM0344").</param>
/// <param name="Year">The payment year; null for a plan of no particular year (a what-if), whose findings then name no year.</param>
/// <param name="Categories">The spending categories (unique names), e.g. Veilig Thuis, Opvang en begeleiding, Algemeen.</param>
public sealed record SpendPlan(string Centrumgemeente, int? Year, IReadOnlyList<SpendCategory> Categories)
{
    /// <summary>The centrumgemeente's name (display only).</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The DU VO payment as entered (e.g. from the May circular). When null, the payment is taken from the
    /// national distribution passed to <see cref="SpendPlanCalculator.Calculate"/>.
    /// </summary>
    public Money? Payment { get; init; }

    /// <summary>
    /// The municipalities that co-finance a shortfall, by inhabitants or by fixed share. The centrumgemeente takes
    /// part only when it is listed here itself (Arnhem's region of 18 includes Arnhem). May be empty.
    /// </summary>
    public IReadOnlyList<Regiogemeente> Regiogemeenten { get; init; } = [];

    /// <summary>
    /// Structural co-financing: costs the municipalities share by a rule, shortfall or not (see <see cref="CofinancingRule"/>).
    /// May be empty.
    /// </summary>
    public IReadOnlyList<CofinancingRule> CofinancingRules { get; init; } = [];

    /// <summary>
    /// The regional reserve the plan adds its surplus to and draws a shortfall from before co-financing (null: none; a surplus then
    /// stays unspent and the whole shortfall is co-financed).
    /// </summary>
    public RegionalReserve? Reserve { get; init; }

    /// <summary>Money passed on from the payment to other organisations (pass-through), e.g. GHNT's project leadership to the region. May be empty.</summary>
    public IReadOnlyList<PlanTransfer> Transfers { get; init; } = [];
}

/// <summary>
/// A spending category. <see cref="Amount"/> is the category's whole cost; <see cref="Parts"/> itemise pieces of
/// it, each with its source. What is not itemised is paid from the DU VO. Parts from another source (youth funds,
/// DU MO, own funds) do not count against the DU VO.
/// </summary>
/// <param name="Name">The category's name, unique within the plan.</param>
/// <param name="Amount">The category's whole cost, all sources together (zero or more).</param>
public sealed record SpendCategory(string Name, Money Amount)
{
    /// <summary>Itemised pieces of the category; their sum may not exceed <see cref="Amount"/>.</summary>
    public IReadOnlyList<CategoryPart> Parts { get; init; } = [];

    /// <summary>
    /// Tags on the category as a whole (see <see cref="DuVoTags"/>); they apply to every DU VO-paid euro of the
    /// category, itemised or not.
    /// </summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>An itemised piece of a category, e.g. "Veilig Thuis voor minderjarigen" paid from youth funds.</summary>
/// <param name="Name">The part's name.</param>
/// <param name="Amount">Its amount (zero or more).</param>
public sealed record CategoryPart(string Name, Money Amount)
{
    /// <summary>The source that pays it: <see cref="DuVoSources.DuVo"/> (the default) or another, e.g. "Jeugd", "DUMO", "Gemeente".</summary>
    public string Source { get; init; } = DuVoSources.DuVo;

    /// <summary>Tags saying what it is (see <see cref="DuVoTags"/>); a DU VO-paid part tagged ineligible is flagged.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>A municipality of the centrumgemeente's region, with its key for co-financing. Give exactly one of the two keys, and the same kind for every regiogemeente.</summary>
/// <param name="Code">CBS code, e.g. "GM0202".</param>
/// <param name="Name">Name.</param>
public sealed record Regiogemeente(string Code, string Name)
{
    /// <summary>Its inhabitants (zero or more): the usual co-financing key.</summary>
    public long? Inhabitants { get; init; }

    /// <summary>A fixed share agreed in the region, in percent (zero or more); the shares must add up to exactly 100.</summary>
    public decimal? FixedShare { get; init; }

    /// <summary>Its inhabitants aged 0 to 17 (zero or more), for rules keyed by youth (<see cref="CofinancingKey.Inhabitants0To17"/>). Optional.</summary>
    public long? Inhabitants0To17 { get; init; }
}
