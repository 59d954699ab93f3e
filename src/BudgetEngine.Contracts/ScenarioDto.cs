using System.ComponentModel;
using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts;

/// <summary>
/// A scenario budget on the wire: an organisation's multi-year action programme with its funding sources, grants,
/// cost lines and the figures its document declares. Amounts are JSON numbers in euros with at most two decimals.
/// </summary>
public sealed record ScenarioDto : IBelongsToOrganisation
{
    /// <summary>The region or municipality whose budget it is, e.g. "Regio Gooi en Vechtstreek".</summary>
    [Description("The region or municipality whose budget it is.")]
    public string? Organisation { get; init; }

    /// <summary>The currency of every amount: only "EUR" is accepted, and it is the default (amounts are euros). Not stored.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Currency { get; init; }

    /// <summary>The scenario's name, e.g. "GHNT 2018-2021".</summary>
    public string? Name { get; init; }

    /// <summary>The first budget year (2000-2100).</summary>
    public int? FirstYear { get; init; }

    /// <summary>The last budget year, inclusive (at most 30 years after the first).</summary>
    public int? LastYear { get; init; }

    /// <summary>The funding sources; their codes are what coverage and grants name.</summary>
    public IReadOnlyList<SourceDto>? Sources { get; init; }

    /// <summary>The grants (income): awarded, conditional ("onder voorbehoud") or rejected.</summary>
    public IReadOnlyList<GrantDto>? Grants { get; init; }

    /// <summary>The most a source allows for the grants of a round: above it, the reconciliation finds GRANT_CAP_EXCEEDED with the excess.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<GrantCapDto>? GrantCaps { get; init; }

    /// <summary>The cost lines ("begroting"), each with its amount per year and its coverage ("dekking").</summary>
    public IReadOnlyList<LineDto>? Lines { get; init; }

    /// <summary>Totals, results and subtotals the budget document states; the reconciliation checks them against the lines.</summary>
    public DeclaredDto? Declared { get; init; }

    /// <summary>How far, in euros, a line's actual cost in a year may exceed its budgeted cost before it is OVERSPENT_LINE; default 0 (any excess is). Left out when not given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Tolerance { get; init; }

    /// <summary>Why this version differs from the one before (a begrotingswijziging's reason); kept with the version it is sent with.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>The decision that made the change, e.g. a council decision's reference ("raadsbesluit 2020-14"); kept with the version it is sent with.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Decision { get; init; }
}

/// <summary>A funding source of a scenario.</summary>
public sealed record SourceDto
{
    /// <summary>The code coverage and grants use to name it, e.g. "GHNT"; unique within the scenario, matched ignoring case.</summary>
    public string? Code { get; init; }

    /// <summary>What kind of source it is.</summary>
    public FundingKindDto? Kind { get; init; }

    /// <summary>A readable name, e.g. "Geweld hoort nergens thuis".</summary>
    public string? Name { get; init; }

    /// <summary>Whether unspent money carries over to the next year (default true). When false, money a grant leaves unspent lapses at the end of its period.</summary>
    public bool? CarriesOver { get; init; }

    /// <summary>Money the source holds at the start of the first year, in euros (a reserve's balance); default 0.</summary>
    public decimal? OpeningBalance { get; init; }

    /// <summary>Line tags this source may not pay. Absent: the default of its kind (duvo excludes "minors" and "dumo-crisis").</summary>
    public IReadOnlyList<string>? ExcludedTags { get; init; }
}

/// <summary>Money a funding source gives, or may give, for a period.</summary>
public sealed record GrantDto
{
    /// <summary>An identifier you choose (optional), shown in results.</summary>
    public string? Id { get; init; }

    /// <summary>The code of the funding source that gives it.</summary>
    public string? Source { get; init; }

    /// <summary>The amount in euros (at most two decimals).</summary>
    public decimal? Amount { get; init; }

    /// <summary>The period the grant is for.</summary>
    public PeriodDto? Period { get; init; }

    /// <summary>Awarded, conditional (applied for, not yet awarded) or rejected.</summary>
    public GrantStatusDto? Status { get; init; }

    /// <summary>The project the grant is earmarked for: it then pays only lines of that project. Absent: any line its source covers.</summary>
    public string? Project { get; init; }

    /// <summary>The year of the award; default the year the period starts. Under award-year recognition the grant counts fully in this year.</summary>
    public int? AwardYear { get; init; }

    /// <summary>
    /// The round the grant was applied for in, a project year: 2020, or on input "2020/21", "2020/2021" or "2020-2021".
    /// Absent: the grant's period. A grant cap of its source counts it under this round.
    /// </summary>
    [JsonConverter(typeof(Json.ProjectYearConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Round { get; init; }

    /// <summary>
    /// What happens to the part left unspent when the period ends: carry (to the next year), lapse (FUNDS_LAPSED) or repay
    /// (to the grantor, REPAYABLE; a specific payment's rule). Absent: carry when the source carries over, else lapse.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UnspentRuleDto? Unspent { get; init; }

    /// <summary>A description, e.g. "Bijdrage regionale projectleiding 2018, decembercirculaire".</summary>
    public string? Description { get; init; }

    /// <summary>True when the amount is p.m. (pro memorie: expected, not yet known); the amount is then 0 and the grant gives a PM_AMOUNT finding. Left out when false.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Pm { get; init; }

    /// <summary>What the grant actually paid, in euros (realisatie); the reconciliation with ?basis=actuals counts it instead of amount. Left out when not known.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Received { get; init; }

    /// <summary>
    /// The centrumgemeente's DU VO plan that passes this grant on (pass-through), e.g. GHNT money added to Hilversum's payment and passed on
    /// to the region. The reconciliation compares the grant with the plan's transfer (TRANSFER_MISMATCH). Left out when not passed on.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public GrantTransferOriginDto? TransferFrom { get; init; }
}

/// <summary>
/// The most a funding source allows for the grants of one round, e.g. the projectenpool's round 2020/21: at most
/// EUR 192,000 per region. Give the round (a project year) or the year (a calendar year), not both.
/// </summary>
public sealed record GrantCapDto
{
    /// <summary>The code of the funding source whose grants are capped.</summary>
    public string? Source { get; init; }

    /// <summary>The round as a project year: 2020, or on input "2020/21", "2020/2021" or "2020-2021" (September 2020 to August 2021).</summary>
    [JsonConverter(typeof(Json.ProjectYearConverter))]
    public int? Round { get; init; }

    /// <summary>The round as a calendar year (for grants of calendar-year periods).</summary>
    public int? Year { get; init; }

    /// <summary>The most the round's grants of the source may add up to, in euros.</summary>
    public decimal? MaxAmount { get; init; }
}

/// <summary>Where a grant passed on by a centrumgemeente comes from: its DU VO plan of a year.</summary>
public sealed record GrantTransferOriginDto
{
    /// <summary>The centrumgemeente's CBS code, e.g. "GM0402" (Hilversum).</summary>
    public string? Centrumgemeente { get; init; }

    /// <summary>The year of its plan.</summary>
    public int? Year { get; init; }

    /// <summary>The transfer's purpose as the plan names it, e.g. "GHNT projectleiding", to tell it from other transfers to the organisation (optional).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Purpose { get; init; }
}

/// <summary>The period a grant is for. A project year's year is also accepted as the words users type: "2019/2020" or "2019-2020".</summary>
[JsonConverter(typeof(Json.PeriodDtoConverter))]
public sealed record PeriodDto
{
    /// <summary>calendar-year (January-December) or project-year (1 September of the year to 31 August of the next).</summary>
    public PeriodKindDto? Kind { get; init; }

    /// <summary>The calendar year, or the year in which the project year starts (for a project year also "2019/2020" or "2019-2020"; answers give the number).</summary>
    public int? Year { get; init; }
}

/// <summary>A cost line: an activity with its cost per year and who pays it.</summary>
public sealed record LineDto
{
    /// <summary>The line's name; unique within the scenario.</summary>
    public string? Name { get; init; }

    /// <summary>The action line: 1 eerder en beter in beeld, 2 stoppen en duurzaam oplossen, 3 specifieke groepen.</summary>
    public int? Actielijn { get; init; }

    /// <summary>The Iv3 taakveld the line is reported under to the CBS, e.g. "6.81" (Geëscaleerde zorg 18+); a code of the list in docs/reference/iv3-taakvelden.csv.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Taakveld { get; init; }

    /// <summary>The cost per year in euros, keyed by year ("2019": 30000); years without cost may be left out.</summary>
    public IReadOnlyDictionary<string, decimal>? Amounts { get; init; }

    /// <summary>The actual cost per year in euros (realisatie), keyed by year as amounts are; years not yet accounted for are left out. Left out when there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, decimal>? Actuals { get; init; }

    /// <summary>Which sources pay the line. Also accepted as a string: "GHNT" (single) or "GHNT/ Projectenpool" (flexible, in the written order).</summary>
    public CoverageDto? Coverage { get; init; }

    /// <summary>Tags that eligibility rules read, e.g. "minors", "dumo-crisis".</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The project an earmarked grant must name to pay this line; default the line's name.</summary>
    public string? Project { get; init; }

    /// <summary>The years whose cost is p.m. (pro memorie: planned, amount not yet known): no amount in those years, each gives a PM_AMOUNT finding. Left out when there are none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? PmYears { get; init; }
}

/// <summary>
/// Which sources pay a cost line ("dekking"). On input also a string: one code for a single source, or codes separated by
/// "/" for a flexible coverage in order of preference ("GHNT/ Projectenpool").
/// </summary>
[JsonConverter(typeof(Json.CoverageDtoConverter))]
public sealed record CoverageDto
{
    /// <summary>single (one source pays all), split (fixed weighted shares) or flexible (the engine chooses, the first source preferred).</summary>
    public CoverageKindDto? Kind { get; init; }

    /// <summary>The sources: one for single, weighted for split, in order of preference for flexible.</summary>
    public IReadOnlyList<CoverageSourceDto>? Sources { get; init; }
}

/// <summary>One source named in a coverage.</summary>
public sealed record CoverageSourceDto
{
    /// <summary>The source code as written; a code that matches no source is a finding (with a suggestion), not an error.</summary>
    public string? Source { get; init; }

    /// <summary>The share weight for a split (default 1); ignored otherwise.</summary>
    public decimal? Weight { get; init; }
}

/// <summary>Figures the budget document states.</summary>
public sealed record DeclaredDto
{
    /// <summary>The declared yearly totals of cost ("Totaal"), in euros keyed by year.</summary>
    public IReadOnlyDictionary<string, decimal>? Totals { get; init; }

    /// <summary>The declared yearly results, the closing balance carried to the next year ("Resultaat"), in euros keyed by year.</summary>
    public IReadOnlyDictionary<string, decimal>? Results { get; init; }

    /// <summary>Subtotals the document states for named groups of lines (project sections).</summary>
    public IReadOnlyList<SubtotalDto>? Subtotals { get; init; }
}

/// <summary>A declared subtotal of a named group of lines.</summary>
public sealed record SubtotalDto
{
    /// <summary>The group's name, e.g. "Verbinding zorg en onderwijs".</summary>
    public string? Name { get; init; }

    /// <summary>The names of the lines in the group; leave out for an action line's subtotal (actielijn).</summary>
    public IReadOnlyList<string>? Lines { get; init; }

    /// <summary>The action line (1, 2 or 3) whose total this subtotal declares, instead of lines: checked against every line of that action line.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Actielijn { get; init; }

    /// <summary>The declared subtotal per year, in euros keyed by year.</summary>
    public IReadOnlyDictionary<string, decimal>? Amounts { get; init; }
}
