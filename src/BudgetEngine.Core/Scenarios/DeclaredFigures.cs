using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Scenarios;

/// <summary>A subtotal a programme text states for a named group of lines (a project section) or for an action line.</summary>
/// <param name="Name">The group's name (e.g. "Verbinding zorg en onderwijs", "Totaal actielijn 2").</param>
/// <param name="Lines">The names of the lines in the group; empty for an action line's subtotal.</param>
/// <param name="Amounts">The declared subtotal per year.</param>
public sealed record DeclaredSubtotal(string Name, IReadOnlyList<string> Lines, IReadOnlyDictionary<int, Money> Amounts)
{
    /// <summary>
    /// The action line whose total this subtotal declares: it is checked against the lines of that action line, so a line
    /// the document counts under two action lines shows as a mismatch. Null: the subtotal of <see cref="Lines"/>.
    /// </summary>
    public int? Actielijn { get; init; }
}

/// <summary>Figures the budget document states, which the engine checks against the lines.</summary>
public sealed record DeclaredFigures
{
    /// <summary>No declared figures.</summary>
    public static DeclaredFigures None { get; } = new();

    /// <summary>The declared yearly totals of cost ("Totaal").</summary>
    public IReadOnlyDictionary<int, Money> Totals { get; init; } = new Dictionary<int, Money>();

    /// <summary>The declared yearly results: the closing balance carried to the next year ("Resultaat").</summary>
    public IReadOnlyDictionary<int, Money> Results { get; init; } = new Dictionary<int, Money>();

    /// <summary>Declared subtotals of named groups of lines.</summary>
    public IReadOnlyList<DeclaredSubtotal> Subtotals { get; init; } = [];
}
