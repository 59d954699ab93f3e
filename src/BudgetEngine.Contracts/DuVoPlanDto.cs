using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts;

/// <summary>
/// A centrumgemeente's DU VO spend plan for one year (code and year are in the route): the payment, what it is spent on,
/// and the regiogemeenten that co-finance when the DU VO-paid costs exceed the payment. Amounts in euros, at most two decimals.
/// </summary>
public sealed record DuVoPlanDto
{
    /// <summary>The centrumgemeente's name, e.g. "Utrecht".</summary>
    public string? Name { get; init; }

    /// <summary>Where the figures come from, or what they are (free text, optional), e.g. "seed 004, section 4.3".</summary>
    public string? Description { get; init; }

    /// <summary>
    /// The DU VO payment as entered (e.g. from the May circular). Leave it out to take the payment from the stored national
    /// distribution of the year; an entered payment always wins.
    /// </summary>
    public decimal? Payment { get; init; }

    /// <summary>The spending categories (unique names, compared ignoring case), in the order to show them.</summary>
    public IReadOnlyList<DuVoCategoryDto?>? Categories { get; init; }

    /// <summary>
    /// The municipalities that co-finance a shortfall, each by inhabitants or each by fixed share. The centrumgemeente takes part
    /// only when listed itself. May be empty.
    /// </summary>
    public IReadOnlyList<DuVoRegiogemeenteDto?>? Regiogemeenten { get; init; }

    /// <summary>Structural co-financing: rules by which the municipalities share costs, shortfall or not (optional).</summary>
    public DuVoStructuralCofinancingDto? Cofinancing { get; init; }

    /// <summary>The regional reserve the surplus goes into and a shortfall is drawn from before co-financing (optional).</summary>
    public DuVoPlanReserveDto? Reserve { get; init; }

    /// <summary>Money passed on from the payment to other organisations (optional); a grant naming this plan as its transferFrom is compared with it.</summary>
    public IReadOnlyList<DuVoTransferDto?>? Transfers { get; init; }
}

/// <summary>A spending category: its whole cost; itemised parts may name another source; what is not itemised is paid from the DU VO.</summary>
public sealed record DuVoCategoryDto
{
    /// <summary>The category's name, e.g. "Veilig Thuis".</summary>
    public string? Name { get; init; }

    /// <summary>The category's whole cost in euros, all sources together.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Itemised pieces of the category (optional); together at most its amount.</summary>
    public IReadOnlyList<DuVoCategoryPartDto?>? Parts { get; init; }

    /// <summary>Tags on the whole category, e.g. "minors" or "dumo-crisis": the DU VO may not pay such spending (optional).</summary>
    public IReadOnlyList<string?>? Tags { get; init; }
}

/// <summary>An itemised piece of a category, e.g. "Veilig Thuis voor minderjarigen" paid from youth funds.</summary>
public sealed record DuVoCategoryPartDto
{
    /// <summary>The part's name.</summary>
    public string? Name { get; init; }

    /// <summary>Its amount in euros.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The source that pays it: "DUVO" (the default) or another, e.g. "Jeugd", "DUMO", "Gemeente".</summary>
    public string? Source { get; init; }

    /// <summary>Tags saying what it is, e.g. "minors", "dumo-crisis" (optional).</summary>
    public IReadOnlyList<string?>? Tags { get; init; }
}

/// <summary>A municipality of the region with its co-financing key: exactly one of inhabitants and fixedShare, the same kind for all.</summary>
public sealed record DuVoRegiogemeenteDto
{
    /// <summary>CBS code, e.g. "GM0202".</summary>
    public string? Code { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary>Its inhabitants: the usual key.</summary>
    public long? Inhabitants { get; init; }

    /// <summary>A fixed share agreed in the region, in percent; the shares must add up to exactly 100.</summary>
    public decimal? FixedShare { get; init; }

    /// <summary>Its inhabitants aged 0 to 17, for co-financing rules keyed by inhabitants0to17 (optional).</summary>
    [JsonPropertyName("inhabitants0to17")]
    public long? Inhabitants0To17 { get; init; }
}

/// <summary>A stored plan at one version.</summary>
/// <param name="Centrumgemeente">The centrumgemeente's CBS code.</param>
/// <param name="Year">The payment year.</param>
/// <param name="Version">The version number (1 at creation, +1 for every PUT).</param>
/// <param name="ETag">The strong ETag of this version; send it as If-Match to replace the plan.</param>
/// <param name="CreatedAt">When the plan was first stored.</param>
/// <param name="UpdatedAt">When this version was stored.</param>
/// <param name="Plan">The plan, in canonical form (amounts with two decimals, every list present).</param>
public sealed record DuVoPlanResourceDto(
    string Centrumgemeente,
    int Year,
    int Version,
    [property: JsonPropertyName("etag")] string ETag,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DuVoPlanDto Plan);
