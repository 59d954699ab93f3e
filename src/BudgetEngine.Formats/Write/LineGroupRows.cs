using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// The rows both sheets of a reconciliation show for its totals per action line and per taakveld (CSV and xlsx): per
/// group and year the costs, then what each source is charged with and Ongedekt, which add up to the costs.
/// </summary>
public static class LineGroupRows
{
    /// <summary>How the lines without an action line or taakveld are labelled.</summary>
    public const string Unassigned = "Niet toegewezen";

    /// <summary>One row: the group (and a taakveld's name), the year, its costs, each source's amount in <see cref="Sources"/> order, and Ongedekt.</summary>
    public sealed record Row(string Group, string? Name, int Year, decimal Costs, decimal[] BySource, decimal Unfunded, bool Named)
    {
        /// <summary>The row as CSV cells.</summary>
        public CsvWriter.Cell[] Cells() =>
            [Group, .. (Named ? new CsvWriter.Cell[] { Name } : []), DutchCells.Number(Year), DutchCells.Amount(Costs), .. BySource.Select(a => DutchCells.Amount(a)), DutchCells.Amount(Unfunded)];

        /// <summary>The row as workbook cells.</summary>
        public XlsxCell[] XlsxCells() =>
            [Group, .. (Named ? new XlsxCell[] { Name } : []), XlsxCell.Whole(Year), XlsxCell.Amount(Costs), .. BySource.Select(a => XlsxCell.Amount(a)), XlsxCell.Amount(Unfunded)];
    }

    /// <summary>True when any line has an action line or a taakveld: only then do the sheets show these totals.</summary>
    public static bool AnyAssigned(ReconciliationDto reconciliation) =>
        reconciliation.Years.Any(y => y.ByActielijn.Any(g => g.Actielijn != "unassigned") || y.ByTaakveld.Any(g => g.Taakveld != "unassigned"));

    /// <summary>The headers: the group column(s), Jaar, Lasten, a column per source, Ongedekt.</summary>
    public static string[] Header(ReconciliationDto reconciliation, params string[] group) =>
        [.. group, "Jaar", "Lasten", .. Sources(reconciliation), ReconciliationCsv.UnfundedLabel];

    /// <summary>Per action line (unassigned last), each year.</summary>
    public static IEnumerable<Row> ByActielijn(ReconciliationDto reconciliation) =>
        Rows(reconciliation, y => y.ByActielijn.Select(g => (g.Actielijn, (string?)null, g.Costs, g.Sources, g.Unfunded)), named: false);

    /// <summary>Per taakveld in the order of the Iv3 list (unassigned last), each year.</summary>
    public static IEnumerable<Row> ByTaakveld(ReconciliationDto reconciliation) =>
        Rows(reconciliation, y => y.ByTaakveld.Select(g => (g.Taakveld, g.Name, g.Costs, g.Sources, g.Unfunded)), named: true);

    private static string[] Sources(ReconciliationDto reconciliation) =>
        reconciliation.Years.SelectMany(y => y.BySource.Select(s => s.Source)).Distinct().ToArray();

    private static IEnumerable<Row> Rows(
        ReconciliationDto reconciliation,
        Func<YearDto, IEnumerable<(string Key, string? Name, decimal Costs, IReadOnlyList<SourceChargeDto> Sources, decimal Unfunded)>> groups,
        bool named)
    {
        var sources = Sources(reconciliation);
        var keys = reconciliation.Years.SelectMany(groups).Select(g => g.Key).Distinct().ToArray();
        foreach (var key in keys)
        {
            foreach (var year in reconciliation.Years)
            {
                foreach (var group in groups(year).Where(g => g.Key == key))
                {
                    var amounts = sources.Select(code => group.Sources.Where(c => c.Source == code).Sum(c => c.Amount)).ToArray();
                    yield return new Row(key == "unassigned" ? Unassigned : key, group.Name, year.Year, group.Costs, amounts, group.Unfunded, named);
                }
            }
        }
    }
}
