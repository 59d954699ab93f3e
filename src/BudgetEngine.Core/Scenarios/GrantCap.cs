using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Scenarios;

/// <summary>
/// The most a funding source allows for the grants of one round: the projectenpool's round 2020/21 allowed a region at
/// most EUR 192,000. A round is a project year (September to August) or a calendar year; a grant belongs to the round
/// of its <see cref="Grant.EffectiveRound"/>.
/// </summary>
/// <param name="Source">The code of the funding source whose grants are capped.</param>
/// <param name="Round">The round: a project year, or a calendar year.</param>
/// <param name="MaxAmount">The most the round's grants of the source may add up to.</param>
public sealed record GrantCap(string Source, GrantPeriod Round, Money MaxAmount);
