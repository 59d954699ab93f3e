using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.LineTotals;

/// <summary>What one source is charged with of a group of lines in a year.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Amount">The costs charged to it, as in <see cref="Reconciliation.SourceYear.Costs"/>: what it pays of the group's lines and what no source pays of those it is accountable for.</param>
public readonly record struct SourceCharge(string Source, Money Amount);

/// <summary>
/// The costs of a group of lines in a year (an action line, or an Iv3 taakveld) and who is charged with them:
/// the sources' amounts plus <see cref="Unfunded"/> equal <see cref="Costs"/>, and the groups of a year add up to its costs.
/// </summary>
/// <param name="Key">The group: an action line ("1"), a taakveld code ("6.81"), or <see cref="LineGroups.Unassigned"/> for the lines without one.</param>
/// <param name="Costs">The sum of the group's lines in the year.</param>
/// <param name="Sources">The sources charged with them, by code; sources charged nothing are left out.</param>
/// <param name="Unfunded">The part no source may pay (lines whose coverage names no known, eligible source).</param>
public sealed record LineGroupCosts(string Key, Money Costs, IReadOnlyList<SourceCharge> Sources, Money Unfunded);
