using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Core.Reconciliation;

/// <summary>A source that may pay a demand, with its place in the line's order of preference (0 = first).</summary>
internal readonly record struct DemandOption(FundingSource Source, int Rank);

/// <summary>
/// What must be paid: a line's cost in one year, or one part of it under a fixed split, with the sources that may pay it.
/// </summary>
/// <remarks>A value: a region has thousands of demands, and as values they cost no allocation each.</remarks>
internal readonly struct Demand
{
    public required CostLine Line { get; init; }

    /// <summary>The budget year index.</summary>
    public required int Year { get; init; }

    public required long Cents { get; init; }

    /// <summary>The eligible, known sources that may pay, in order of preference; empty when nothing can pay.</summary>
    public required DemandOption[] Options { get; init; }

    /// <summary>The source charged with what cannot be paid: the first eligible option, or null.</summary>
    public FundingSource? Accountable => Options.Length > 0 ? Options[0].Source : null;
}
