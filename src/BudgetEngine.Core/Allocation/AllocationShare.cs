namespace BudgetEngine.Core.Allocation;

/// <summary>One recipient of a split: a stable key (breaks ties between equal remainders) and a non-negative weight.</summary>
/// <param name="Key">Identifies the recipient; ties in the largest-remainder step go to the smaller key (ordinal).</param>
/// <param name="Weight">The recipient's weight: a whole number (inhabitants, months) or a decimal (a percentage).</param>
public readonly record struct AllocationShare(string Key, decimal Weight);
