using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// A reconciliation as an Excel workbook, a sheet per section: Overzicht per jaar (the budget as a whole), Per bron (each
/// source per year, then Ongedekt, the part that belongs to no source), Begroting en realisatie (begroting, realisatie and
/// verschil side by side per year and per source; when the scenario gives actuals), Per actielijn and Per taakveld (the costs per group
/// and year with the sources charged with them; when any line has an action line or taakveld), Dekking per regel (how each line is paid, lines
/// in the scenario's order; not in the summary view) and Bevindingen. Amounts are number cells formatted <c>€ #.##0,00</c>,
/// years whole numbers, header rows frozen; the same in any locale.
/// </summary>
public static class ReconciliationXlsx
{
    /// <summary>The workbook of <paramref name="reconciliation"/>, its lines in <paramref name="lineOrder"/> (else by name).</summary>
    public static byte[] Write(ReconciliationDto reconciliation, IReadOnlyList<string>? lineOrder = null)
    {
        var book = new XlsxWorkbook();

        var overview = book.Sheet("Overzicht per jaar", frozenRows: 1);
        overview.HeaderRow("Jaar", "Beginsaldo", "Baten", "Lasten", "Vervallen", "Resultaat", "Ongedekt");
        foreach (var year in reconciliation.Years)
        {
            overview.Row(XlsxCell.Whole(year.Year), XlsxCell.Amount(year.OpeningBalance), XlsxCell.Amount(year.Income), XlsxCell.Amount(year.Costs),
                XlsxCell.Amount(year.Lapsed), XlsxCell.Amount(year.ClosingBalance), XlsxCell.Amount(year.Unfunded.ClosingBalance));
        }
        overview.BlankRow()
            .Row("Baten geteld", DutchCells.Recognition(reconciliation.Options.Recognition))
            .Row("Onder voorbehoud meegeteld", DutchCells.YesNo(reconciliation.Options.IncludeConditional));
        var realisatie = RealisatieRows.Any(reconciliation);
        if (realisatie || reconciliation.Options.Basis == BasisDto.Actuals) overview.Row("Grondslag", RealisatieRows.Basis(reconciliation.Options));

        var bySource = book.Sheet("Per bron", frozenRows: 1);
        bySource.HeaderRow("Bron", "Jaar", "Beginsaldo", "Baten", "Lasten", "Vervallen", "Resultaat", "Tekort", "Onder voorbehoud",
            "Tekort naar Ongedekt", "Eerder tekort vereffend");
        var sources = reconciliation.Years.SelectMany(y => y.BySource.Select(s => s.Source)).Distinct().ToArray();
        foreach (var code in sources)
        {
            foreach (var year in reconciliation.Years)
            {
                if (year.BySource.FirstOrDefault(s => s.Source == code) is not { } source) continue;
                bySource.Row(source.Source, XlsxCell.Whole(year.Year), XlsxCell.Amount(source.OpeningBalance), XlsxCell.Amount(source.Income),
                    XlsxCell.Amount(source.Costs), XlsxCell.Amount(source.Lapsed), XlsxCell.Amount(source.ClosingBalance), XlsxCell.Amount(source.Shortfall),
                    XlsxCell.Amount(source.ConditionalUse), XlsxCell.Amount(source.DeficitToUnfunded), XlsxCell.Amount(source.DeficitSettled));
            }
        }
        foreach (var year in reconciliation.Years)
        {
            var unfunded = year.Unfunded;
            bySource.Row(ReconciliationCsv.UnfundedLabel, XlsxCell.Whole(year.Year), XlsxCell.Amount(unfunded.OpeningBalance), XlsxCell.Amount(unfunded.Income),
                XlsxCell.Amount(unfunded.Costs), XlsxCell.Amount(0m), XlsxCell.Amount(unfunded.ClosingBalance), XlsxCell.Amount(0m), XlsxCell.Amount(0m),
                XlsxCell.Amount(-unfunded.DeficitsFromSources), XlsxCell.Amount(0m));
        }

        if (realisatie)
        {
            var sheet = book.Sheet("Begroting en realisatie", frozenRows: 1);
            sheet.HeaderRow(RealisatieRows.Header);
            foreach (var row in RealisatieRows.Rows(reconciliation)) sheet.Row(row.XlsxCells());
        }

        if (LineGroupRows.AnyAssigned(reconciliation))
        {
            var byActielijn = book.Sheet("Per actielijn", frozenRows: 1);
            byActielijn.HeaderRow(LineGroupRows.Header(reconciliation, "Actielijn"));
            foreach (var row in LineGroupRows.ByActielijn(reconciliation)) byActielijn.Row(row.XlsxCells());
            var byTaakveld = book.Sheet("Per taakveld", frozenRows: 1);
            byTaakveld.HeaderRow(LineGroupRows.Header(reconciliation, "Taakveld", "Naam"));
            foreach (var row in LineGroupRows.ByTaakveld(reconciliation)) byTaakveld.Row(row.XlsxCells());
        }

        if (reconciliation.Allocations is { } allocations)
        {
            var coverage = book.Sheet("Dekking per regel", frozenRows: 1);
            coverage.HeaderRow("Regel", "Jaar", "Lasten", "Bron", "Betaald", "Waarvan onder voorbehoud", "Tekort", "Waarvan later vereffend", "Vereffend in");
            foreach (var allocation in LineOrder.Sort(allocations, lineOrder))
            {
                foreach (var share in allocation.Sources)
                {
                    var settled = allocation.Settled.Where(x => x.Source == share.Source).ToArray();
                    coverage.Row(allocation.Line, XlsxCell.Whole(allocation.Year), XlsxCell.Amount(allocation.Amount), share.Source,
                        XlsxCell.Amount(share.Amount), XlsxCell.Amount(share.Conditional), XlsxCell.Amount(0m), XlsxCell.Amount(settled.Sum(x => x.Amount)),
                        string.Join(", ", settled.Select(x => x.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                }
                if (allocation.Shortfall != 0m || allocation.Sources.Count == 0)
                {
                    coverage.Row(allocation.Line, XlsxCell.Whole(allocation.Year), XlsxCell.Amount(allocation.Amount), allocation.AccountableSource ?? ReconciliationCsv.UnfundedLabel,
                        XlsxCell.Amount(0m), XlsxCell.Amount(0m), XlsxCell.Amount(allocation.Shortfall), XlsxCell.Amount(0m), XlsxCell.Empty);
                }
            }
        }

        Findings(book, reconciliation.Findings, "Regel");
        return book.ToBytes();
    }

    /// <summary>The sheet Bevindingen: a finding per row, its message in the language it was written in.</summary>
    public static void Findings(XlsxWorkbook book, IEnumerable<FindingDto> findings, string lineHeader, string sheetName = "Bevindingen")
    {
        var sheet = book.Sheet(sheetName, frozenRows: 1);
        sheet.HeaderRow("Code", "Ernst", "Jaar", "Bron", lineHeader, "Bedrag", "Melding", "Suggestie");
        foreach (var finding in findings)
        {
            sheet.Row(finding.Code, DutchCells.Severity(finding.Severity), XlsxCell.Whole(finding.Year), finding.Source, finding.Line,
                XlsxCell.Amount(finding.Amount), finding.Message, finding.Suggestion);
        }
    }
}
