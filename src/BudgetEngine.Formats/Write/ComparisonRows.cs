using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>The rows both sheets of a comparison show (CSV and xlsx): per year the budget, then each source, in both scenarios.</summary>
public static class ComparisonRows
{
    /// <summary>The label of the budget as a whole.</summary>
    public const string Budget = "Begroting";

    /// <summary>The column headers.</summary>
    public static readonly string[] Headers =
    [
        "Bron", "Jaar", "Beginsaldo basis", "Baten basis", "Lasten basis", "Resultaat basis",
        "Beginsaldo andere", "Baten andere", "Lasten andere", "Resultaat andere",
        "Verschil beginsaldo", "Verschil baten", "Verschil lasten", "Verschil resultaat",
    ];

    /// <summary>One row: what, which year, and the twelve amounts in header order.</summary>
    public sealed record Row(string Source, int Year, decimal[] Figures);

    /// <summary>A finding that appeared, vanished or changed, with its amount in each scenario.</summary>
    public sealed record ChangedFinding(string Change, FindingDto Finding, decimal? Baseline, decimal? Alternative);

    /// <summary>Per year: the budget as a whole, then each source.</summary>
    public static IEnumerable<Row> Of(ComparisonDto comparison)
    {
        foreach (var year in comparison.Years)
        {
            yield return new Row(Budget, year.Year, Figures(year.Baseline, year.Alternative, year.Difference));
            foreach (var source in year.BySource)
            {
                yield return new Row(source.Source, year.Year, Figures(source.Baseline, source.Alternative, source.Difference));
            }
        }
    }

    /// <summary>The findings that appear ("nieuw"), vanish ("vervallen") or change their amount ("gewijzigd").</summary>
    public static IEnumerable<ChangedFinding> Findings(ComparisonDto comparison) =>
        comparison.Findings.Appeared.Select(f => new ChangedFinding("nieuw", f, null, f.Amount))
            .Concat(comparison.Findings.Disappeared.Select(f => new ChangedFinding("vervallen", f, f.Amount, null)))
            .Concat(comparison.Findings.Changed.Select(c => new ChangedFinding("gewijzigd", c.Alternative, c.Baseline.Amount, c.Alternative.Amount)));

    private static decimal[] Figures(BalanceDto baseline, BalanceDto alternative, BalanceDto difference) =>
    [
        baseline.OpeningBalance, baseline.Income, baseline.Costs, baseline.ClosingBalance,
        alternative.OpeningBalance, alternative.Income, alternative.Costs, alternative.ClosingBalance,
        difference.OpeningBalance, difference.Income, difference.Costs, difference.ClosingBalance,
    ];
}
