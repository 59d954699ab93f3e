namespace BudgetEngine.Contracts;

// Wire names are the members in kebab-case lower (JsonStringEnumConverter with JsonNamingPolicy.KebabCaseLower):
// never rename a member, other systems match on these strings. The words users type for some (WireAliases) are
// accepted on input only.

/// <summary>The kind of a funding source: ghnt, projectenpool, duvo, dumo, gemeente, reserve, other.</summary>
public enum FundingKindDto { Ghnt, Projectenpool, Duvo, Dumo, Gemeente, Reserve, Other }

/// <summary>Where a grant stands: awarded, conditional ("onder voorbehoud"), rejected. On input also in Dutch: "toegekend", "onder voorbehoud", "afgewezen".</summary>
public enum GrantStatusDto { Awarded, Conditional, Rejected }

/// <summary>What happens to the part of a grant left unspent when its period ends: carry (to the next year), lapse, repay (to the grantor).</summary>
public enum UnspentRuleDto { Carry, Lapse, Repay }

/// <summary>The kind of a grant's period: calendar-year, project-year.</summary>
public enum PeriodKindDto { CalendarYear, ProjectYear }

/// <summary>How a coverage is shared: single, split, flexible.</summary>
public enum CoverageKindDto { Single, Split, Flexible }

/// <summary>When grants count as income: award-year (fully in the award year) or pro-rata (over the months of the period; on input also "naar-rato").</summary>
public enum RecognitionDto { AwardYear, ProRata }

/// <summary>Which figures a reconciliation balances: budget (the begroting) or actuals (the realisatie where given, the budget elsewhere); on input also "begroting" and "realisatie".</summary>
public enum BasisDto { Budget, Actuals }

/// <summary>How much a finding matters: info, warning, error.</summary>
public enum SeverityDto { Info, Warning, Error }

/// <summary>What a budget amendment did to a line's amount in a year or to a grant: added, removed, changed.</summary>
public enum ChangeDto { Added, Removed, Changed }
