using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>What one source pays of a line in a year.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Amount">The amount it pays (in the line's year or, settling a deficit, later).</param>
/// <param name="Conditional">The part of <paramref name="Amount"/> that comes from conditional grants.</param>
public readonly record struct SourceShare(string Source, Money Amount, Money Conditional);

/// <summary>Part of a source's share of a line that the source paid only in a later year: its deficit, settled then.</summary>
/// <param name="Source">The source code.</param>
/// <param name="Year">The year in which it was settled.</param>
/// <param name="Amount">The amount settled in that year.</param>
public readonly record struct DeficitSettlement(string Source, int Year, Money Amount);

/// <summary>How a cost line's amount in a year is paid: the sources' shares plus what nobody could pay.</summary>
/// <param name="Line">The line's name.</param>
/// <param name="Year">The year.</param>
/// <param name="Amount">The line's cost in the year.</param>
/// <param name="Sources">What each source pays, by code.</param>
/// <param name="Shortfall">What no source could pay, in the year or later (shares + shortfall = amount).</param>
/// <param name="AccountableSource">The source charged with the shortfall (the line's first eligible source), or null when none can pay the line.</param>
public sealed record LineAllocation(
    string Line,
    int Year,
    Money Amount,
    IReadOnlyList<SourceShare> Sources,
    Money Shortfall,
    string? AccountableSource)
{
    /// <summary>The parts of <see cref="Sources"/> paid only in a later year, by source and year: deficits settled late.</summary>
    public IReadOnlyList<DeficitSettlement> Settled { get; init; } = [];
}
