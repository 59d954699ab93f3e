using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// The rows both sheets of a reconciliation show when the scenario gives actuals (CSV and xlsx): per year, for the budget
/// as a whole and then per source, begroting, realisatie and verschil (realisatie minus begroting) of the baten, the
/// lasten and the resultaat side by side.
/// </summary>
public static class RealisatieRows
{
    /// <summary>How the budget as a whole is labelled in the first column.</summary>
    public const string Whole = "Begroting als geheel";

    /// <summary>The headers: who, Jaar, then begroting, realisatie and verschil of baten, lasten and resultaat.</summary>
    public static readonly string[] Header =
    [
        "Bron", "Jaar",
        "Baten begroting", "Baten realisatie", "Baten verschil",
        "Lasten begroting", "Lasten realisatie", "Lasten verschil",
        "Resultaat begroting", "Resultaat realisatie", "Resultaat verschil",
    ];

    /// <summary>One row: the budget or a source, the year, and the nine amounts in <see cref="Header"/> order.</summary>
    public sealed record Row(string Who, int Year, decimal[] Amounts)
    {
        /// <summary>The row as CSV cells.</summary>
        public CsvWriter.Cell[] Cells() => [Who, DutchCells.Number(Year), .. Amounts.Select(a => DutchCells.Amount(a))];

        /// <summary>The row as workbook cells.</summary>
        public XlsxCell[] XlsxCells() => [Who, XlsxCell.Whole(Year), .. Amounts.Select(a => XlsxCell.Amount(a))];
    }

    /// <summary>True when any year has a realisatie: only then do the sheets show it.</summary>
    public static bool Any(ReconciliationDto reconciliation) => reconciliation.Years.Any(y => y.Realisatie is not null);

    /// <summary>What the options row "Grondslag" says: which figures the years are.</summary>
    public static string Basis(ReconciliationOptionsDto options) => options.Basis == BasisDto.Actuals ? "realisatie" : "begroting";

    /// <summary>The budget as a whole per year, then each source per year (sources in the order the years name them).</summary>
    public static IEnumerable<Row> Rows(ReconciliationDto reconciliation)
    {
        foreach (var year in reconciliation.Years)
        {
            if (year.Realisatie is { } realisatie) yield return new Row(Whole, year.Year, Amounts(realisatie.Budgeted, realisatie.Actual, realisatie.Difference));
        }
        var sources = reconciliation.Years.SelectMany(y => y.Realisatie?.BySource ?? []).Select(s => s.Source).Distinct().ToArray();
        foreach (var code in sources)
        {
            foreach (var year in reconciliation.Years)
            {
                if (year.Realisatie?.BySource.FirstOrDefault(s => s.Source == code) is { } source)
                {
                    yield return new Row(code, year.Year, Amounts(source.Budgeted, source.Actual, source.Difference));
                }
            }
        }
    }

    private static decimal[] Amounts(RealisatieFiguresDto budgeted, RealisatieFiguresDto actual, RealisatieFiguresDto difference) =>
    [
        budgeted.Income, actual.Income, difference.Income,
        budgeted.Costs, actual.Costs, difference.Costs,
        budgeted.ClosingBalance, actual.ClosingBalance, difference.ClosingBalance,
    ];
}
