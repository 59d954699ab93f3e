using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// A reconciliation as a sheet: the options, the budget as a whole per year, each source per year followed by the
/// unfunded part ("Ongedekt", so that every column of the section adds up to the budget's figure; the deficits handed
/// to it appear with the opposite sign, so that column adds up to zero), begroting, realisatie and verschil side by side
/// per year and per source (when the scenario gives actuals; the options then say the Grondslag), the costs per action line and per taakveld with
/// the sources charged with them (when any line has one), how each line is paid (not in the summary
/// view, whose DTO has no allocations), and the findings, each section under a title row and separated by an empty
/// row. Headers in Dutch, amounts in Dutch notation.
/// </summary>
public static class ReconciliationCsv
{
    /// <summary>The sheet of <paramref name="reconciliation"/>, its lines in <paramref name="lineOrder"/> (else by name).</summary>
    public static CsvFile Write(ReconciliationDto reconciliation, IReadOnlyList<string>? lineOrder = null)
    {
        var csv = new CsvWriter();
        csv.Row("Reconciliatie");
        csv.Row("Inkomsten geteld", DutchCells.Recognition(reconciliation.Options.Recognition));
        csv.Row("Onder voorbehoud meegeteld", DutchCells.YesNo(reconciliation.Options.IncludeConditional));
        var realisatie = RealisatieRows.Any(reconciliation);
        if (realisatie || reconciliation.Options.Basis == BasisDto.Actuals) csv.Row("Grondslag", RealisatieRows.Basis(reconciliation.Options));

        csv.BlankRow().Row("Begroting als geheel");
        csv.Row("Jaar", "Beginsaldo", "Inkomsten", "Kosten", "Vervallen", "Resultaat");
        foreach (var year in reconciliation.Years)
        {
            csv.Row(DutchCells.Number(year.Year), DutchCells.Amount(year.OpeningBalance), DutchCells.Amount(year.Income),
                DutchCells.Amount(year.Costs), DutchCells.Amount(year.Lapsed), DutchCells.Amount(year.ClosingBalance));
        }

        csv.BlankRow().Row("Per bron");
        csv.Row("Bron", "Jaar", "Beginsaldo", "Inkomsten", "Kosten", "Vervallen", "Resultaat", "Tekort", "Onder voorbehoud",
            "Tekort naar Ongedekt", "Eerder tekort vereffend");
        foreach (var (year, source) in reconciliation.Years.SelectMany(y => y.BySource.Select(s => (y.Year, s))).OrderBy(x => x.s.Source, StringComparer.Ordinal).ThenBy(x => x.Year))
        {
            csv.Row(source.Source, DutchCells.Number(year), DutchCells.Amount(source.OpeningBalance), DutchCells.Amount(source.Income),
                DutchCells.Amount(source.Costs), DutchCells.Amount(source.Lapsed), DutchCells.Amount(source.ClosingBalance),
                DutchCells.Amount(source.Shortfall), DutchCells.Amount(source.ConditionalUse),
                DutchCells.Amount(source.DeficitToUnfunded), DutchCells.Amount(source.DeficitSettled));
        }
        foreach (var year in reconciliation.Years)
        {
            var unfunded = year.Unfunded;
            csv.Row(UnfundedLabel, DutchCells.Number(year.Year), DutchCells.Amount(unfunded.OpeningBalance), DutchCells.Amount(unfunded.Income),
                DutchCells.Amount(unfunded.Costs), DutchCells.Amount(0m), DutchCells.Amount(unfunded.ClosingBalance),
                DutchCells.Amount(0m), DutchCells.Amount(0m), DutchCells.Amount(-unfunded.DeficitsFromSources), DutchCells.Amount(0m));
        }

        if (realisatie)
        {
            csv.BlankRow().Row("Begroting en realisatie");
            csv.Row(RealisatieRows.Header.Select(h => (CsvWriter.Cell)h).ToArray());
            foreach (var row in RealisatieRows.Rows(reconciliation)) csv.Row(row.Cells());
        }

        if (LineGroupRows.AnyAssigned(reconciliation))
        {
            csv.BlankRow().Row("Per actielijn");
            csv.Row(LineGroupRows.Header(reconciliation, "Actielijn").Select(h => (CsvWriter.Cell)h).ToArray());
            foreach (var row in LineGroupRows.ByActielijn(reconciliation)) csv.Row(row.Cells());
            csv.BlankRow().Row("Per taakveld");
            csv.Row(LineGroupRows.Header(reconciliation, "Taakveld", "Naam").Select(h => (CsvWriter.Cell)h).ToArray());
            foreach (var row in LineGroupRows.ByTaakveld(reconciliation)) csv.Row(row.Cells());
        }

        // The summary view (?allocations=false) has no allocations: its sheet leaves the coverage section out.
        if (reconciliation.Allocations is { } allocations)
        {
            Coverage(csv, LineOrder.Sort(allocations, lineOrder));
        }

        csv.BlankRow().Row("Bevindingen");
        csv.Row("Code", "Ernst", "Jaar", "Bron", "Regel", "Bedrag", "Melding", "Suggestie");
        foreach (var finding in reconciliation.Findings)
        {
            csv.Row(finding.Code, DutchCells.Severity(finding.Severity), DutchCells.Number(finding.Year), finding.Source, finding.Line,
                DutchCells.Amount(finding.Amount), finding.Message, finding.Suggestion);
        }
        return new CsvFile(csv.ToBytes());
    }

    private static void Coverage(CsvWriter csv, IEnumerable<AllocationDto> allocations)
    {
        csv.BlankRow().Row("Dekking per regel");
        csv.Row("Regel", "Jaar", "Kosten", "Bron", "Betaald", "Waarvan onder voorbehoud", "Tekort", "Waarvan later vereffend", "Vereffend in");
        foreach (var allocation in allocations)
        {
            foreach (var share in allocation.Sources)
            {
                var settled = allocation.Settled.Where(x => x.Source == share.Source).ToArray();
                csv.Row(allocation.Line, DutchCells.Number(allocation.Year), DutchCells.Amount(allocation.Amount), share.Source,
                    DutchCells.Amount(share.Amount), DutchCells.Amount(share.Conditional), DutchCells.Amount(0m),
                    DutchCells.Amount(settled.Sum(x => x.Amount)), string.Join(", ", settled.Select(x => x.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            }
            if (allocation.Shortfall != 0m || allocation.Sources.Count == 0)
            {
                // What no source pays: on the accountable source, or, when none may pay the line, on Ongedekt.
                csv.Row(allocation.Line, DutchCells.Number(allocation.Year), DutchCells.Amount(allocation.Amount), allocation.AccountableSource ?? UnfundedLabel,
                    DutchCells.Amount(0m), DutchCells.Amount(0m), DutchCells.Amount(allocation.Shortfall), DutchCells.Amount(0m), "");
            }
        }
    }

    /// <summary>The row of the part that belongs to no source.</summary>
    public const string UnfundedLabel = "Ongedekt";
}
