namespace BudgetEngine.Contracts;

/// <summary>
/// A DU VO spend plan to break down without storing anything (POST /v1/duvo/breakdowns): the plan exactly as
/// PUT /v1/centrumgemeenten/{code}/duvo/{year}/plan takes it, with the centrumgemeente and year optional, and either its
/// payment or a national distribution inline to take the payment from.
/// </summary>
public sealed record DuVoBreakdownRequestDto
{
    /// <summary>The centrumgemeente's CBS code, e.g. "GM0344"; required only to take the payment from <see cref="Distribution"/>.</summary>
    public string? Code { get; init; }

    /// <summary>The payment year; optional (the breakdown says 0 without it).</summary>
    public int? Year { get; init; }

    /// <summary>The centrumgemeente's name, e.g. "Utrecht".</summary>
    public string? Name { get; init; }

    /// <summary>Where the figures come from (free text, optional).</summary>
    public string? Description { get; init; }

    /// <summary>The DU VO payment as entered; leave it out to take it from <see cref="Distribution"/>. An entered payment always wins.</summary>
    public decimal? Payment { get; init; }

    /// <summary>The spending categories, as in a stored plan.</summary>
    public IReadOnlyList<DuVoCategoryDto?>? Categories { get; init; }

    /// <summary>The municipalities that co-finance a shortfall, as in a stored plan.</summary>
    public IReadOnlyList<DuVoRegiogemeenteDto?>? Regiogemeenten { get; init; }

    /// <summary>Structural co-financing rules, as in a stored plan (optional).</summary>
    public DuVoStructuralCofinancingDto? Cofinancing { get; init; }

    /// <summary>The regional reserve, as in a stored plan (optional); with nothing stored, it opens with its openingBalance or empty.</summary>
    public DuVoPlanReserveDto? Reserve { get; init; }

    /// <summary>Money passed on to other organisations, as in a stored plan (optional).</summary>
    public IReadOnlyList<DuVoTransferDto?>? Transfers { get; init; }

    /// <summary>A national distribution of the year, as PUT /v1/duvo/{year}/distribution takes it, to take the payment from when none is entered.</summary>
    public DuVoDistributionDto? Distribution { get; init; }

    /// <summary>The plan part, as a stored plan holds it.</summary>
    public DuVoPlanDto Plan() => new() { Name = Name, Description = Description, Payment = Payment, Categories = Categories, Regiogemeenten = Regiogemeenten, Cofinancing = Cofinancing, Reserve = Reserve, Transfers = Transfers };
}
