namespace BudgetEngine.Contracts;

/// <summary>
/// The list of municipalities over time, as PUT /v1/municipalities takes it and docs/reference/cbs-gemeenten.json ships it: CBS's
/// "Gemeentelijke indelingen per jaar" with each municipality's code, name, first and last day and successors.
/// </summary>
public sealed record MunicipalityListDto
{
    /// <summary>Where the list comes from, e.g. "CBS, Gemeentelijke indelingen per jaar".</summary>
    public string? Source { get; init; }

    /// <summary>The date of the list, yyyy-mm-dd, e.g. "2026-01-01".</summary>
    public string? Date { get; init; }

    /// <summary>What the list covers (free text, optional).</summary>
    public string? Description { get; init; }

    /// <summary>Every municipality, each code once.</summary>
    public IReadOnlyList<MunicipalityDto?>? Municipalities { get; init; }
}

/// <summary>One municipality of the list.</summary>
public sealed record MunicipalityDto
{
    /// <summary>Its CBS code, "GM" and four digits, e.g. "GM0620".</summary>
    public string? Code { get; init; }

    /// <summary>Its name, e.g. "Vianen".</summary>
    public string? Name { get; init; }

    /// <summary>Its first day, yyyy-mm-dd (e.g. "2019-01-01" for Vijfheerenlanden); left out when it existed before the list's first year.</summary>
    public string? ValidFrom { get; init; }

    /// <summary>Its last day, yyyy-mm-dd (e.g. "2018-12-31" for Vianen); left out while it exists.</summary>
    public string? ValidUntil { get; init; }

    /// <summary>The codes of the municipalities that took it over on the day after its last day (e.g. ["GM1961"]); left out or empty while it exists.</summary>
    public IReadOnlyList<string?>? Successors { get; init; }
}

/// <summary>The list of municipalities in use, as GET /v1/municipalities answers it.</summary>
/// <param name="Origin">shipped (docs/reference/cbs-gemeenten.json, until an admin stores a list) or stored (the latest PUT /v1/municipalities).</param>
/// <param name="Version">The stored version; null for the shipped list.</param>
/// <param name="ETag">The stored version's ETag (If-Match of the next PUT); null for the shipped list.</param>
/// <param name="UpdatedAt">When the stored version was written; null for the shipped list.</param>
/// <param name="List">The list, in the form PUT takes it.</param>
public sealed record MunicipalityListResourceDto(string Origin, int? Version, string? ETag, DateTimeOffset? UpdatedAt, MunicipalityListDto List);
