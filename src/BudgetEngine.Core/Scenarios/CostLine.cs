using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Scenarios;

/// <summary>An activity of the budget ("begroting") with its cost per year and its coverage.</summary>
/// <param name="Name">The line's name; unique within a scenario (its key).</param>
/// <param name="Amounts">Cost per year; years without cost may be absent.</param>
/// <param name="Coverage">Which sources pay it.</param>
public sealed record CostLine(string Name, IReadOnlyDictionary<int, Money> Amounts, Coverage Coverage)
{
    /// <summary>The action line ("actielijn"): 1 eerder en beter in beeld, 2 stoppen en duurzaam oplossen, 3 specifieke groepen.</summary>
    public int? Actielijn { get; init; }

    /// <summary>The Iv3 taakveld the line is reported under to the CBS, e.g. <c>6.81</c> (<see cref="LineTotals.Iv3Taakvelden"/>).</summary>
    public string? Taakveld { get; init; }

    /// <summary>Tags that eligibility rules read, e.g. <c>minors</c>, <c>dumo-crisis</c>.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The project an earmarked grant must name to pay this line; defaults to the line's name.</summary>
    public string? Project { get; init; }

    /// <summary>
    /// The years whose cost is p.m. ("pro memorie": the line is planned, its amount not yet known). Such a year has no
    /// amount; it counts as zero until the amount is entered, and each gives a <c>PM_AMOUNT</c> finding.
    /// </summary>
    public IReadOnlyList<int> PmYears { get; init; } = [];

    /// <summary>
    /// The realised cost per year ("realisatie"), where it is known; a year without one is accounted for at its budgeted
    /// amount (<see cref="AmountIn"/>). Empty: nothing is realised yet.
    /// </summary>
    public IReadOnlyDictionary<int, Money> Actuals { get; init; } = EmptyActuals;

    private static readonly IReadOnlyDictionary<int, Money> EmptyActuals = new Dictionary<int, Money>();

    /// <summary>The project key, default applied.</summary>
    public string ProjectKey => Project ?? Name;

    /// <summary>The cost in <paramref name="year"/> (zero when absent).</summary>
    public Money AmountIn(int year) => Amounts.TryGetValue(year, out var amount) ? amount : Money.Zero;
}
