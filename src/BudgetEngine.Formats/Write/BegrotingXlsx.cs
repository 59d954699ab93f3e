using System.Globalization;
using System.Text.Json;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Formats.Read;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// A scenario as the begroting a finance officer keeps in Excel, which <c>POST /v1/scenarios/import</c> takes back to
/// the same scenario. Sheet Begroting: a column per year and Dekking; under Lasten a row per line (with its actielijn,
/// kenmerken, taakveld and project), a Totaal lasten row, under Baten a row per grant (the amount in its period's year, the source in
/// Dekking, Status, Periode, Project, Toegekend in, Id, Ronde, Onbesteed), a Totaal baten row and the declared Resultaat; when
/// the scenario has actuals, a column "Realisatie 2019" per year with what each line actually cost and each grant received. Declared totals are
/// typed numbers; totals the scenario does not declare are SUM formulas, which the import reads as computed, not declared.
/// Sheet Scenario: what the begroting does not show (organisation, name, years, the sources, grant caps, declared subtotals) as the
/// JSON scenario part the CSV import takes.
/// </summary>
public static class BegrotingXlsx
{
    /// <summary>The sheet the import reads the table from.</summary>
    public const string BegrotingSheet = "Begroting";

    /// <summary>The sheet the import reads the scenario part from (cell A2).</summary>
    public const string ScenarioSheet = "Scenario";

    public static byte[] Write(ScenarioDto scenario)
    {
        var years = Enumerable.Range(scenario.FirstYear ?? 0, Math.Max(0, (scenario.LastYear ?? 0) - (scenario.FirstYear ?? 0) + 1)).ToArray();
        string[] extra = [BudgetTableReader.Status, BudgetTableReader.Periode, BudgetTableReader.Project, BudgetTableReader.ToegekendIn, BudgetTableReader.Id,
            BudgetTableReader.Actielijn, BudgetTableReader.Kenmerken, BudgetTableReader.Taakveld, BudgetTableReader.Ronde, BudgetTableReader.Onbesteed];
        var coverageColumn = years.Length + 1;
        int Column(string header) => coverageColumn + 1 + Array.IndexOf(extra, header);
        // A year's realisatie column, only when the scenario has accounted for something: what was spent, what was received.
        var realised = (scenario.Lines ?? []).Any(l => l.Actuals is { Count: > 0 }) || (scenario.Grants ?? []).Any(g => g.Received is not null);
        var realisatie = realised ? years : [];
        var width = coverageColumn + 1 + extra.Length + realisatie.Length;
        int RealisatieColumn(int year) => coverageColumn + 1 + extra.Length + Array.IndexOf(realisatie, year);

        var book = new XlsxWorkbook();
        var sheet = book.Sheet(BegrotingSheet, frozenRows: 1);
        sheet.Row([XlsxCell.Header("Begroting " + scenario.Name), .. years.Select(y => XlsxCell.Header(Year(y))), XlsxCell.Header(BudgetTableReader.CoverageHeader),
            .. extra.Select(XlsxCell.Header), .. realisatie.Select(y => XlsxCell.Header($"{BudgetTableReader.RealisatiePrefix} {Year(y)}"))]);

        sheet.Row(XlsxCell.Title("Lasten"));
        var firstLine = sheet.Rows.Count + 1;
        foreach (var line in scenario.Lines ?? [])
        {
            var cells = Blank(width);
            cells[0] = line.Name;
            for (var i = 0; i < years.Length; i++)
            {
                if (line.Amounts?.TryGetValue(Year(years[i]), out var amount) == true) cells[i + 1] = XlsxCell.Amount(amount);
                else if (line.PmYears?.Contains(years[i]) == true) cells[i + 1] = PmCell;
            }
            cells[coverageColumn] = string.Join("/ ", line.Coverage?.Sources?.Select(s => s.Source) ?? []);
            cells[Column(BudgetTableReader.Project)] = line.Project;
            cells[Column(BudgetTableReader.Actielijn)] = XlsxCell.Whole(line.Actielijn);
            cells[Column(BudgetTableReader.Kenmerken)] = line.Tags is { Count: > 0 } tags ? string.Join(", ", tags) : null;
            cells[Column(BudgetTableReader.Taakveld)] = line.Taakveld;
            foreach (var year in realisatie)
            {
                if (line.Actuals?.TryGetValue(Year(year), out var actual) == true) cells[RealisatieColumn(year)] = XlsxCell.Amount(actual);
            }
            sheet.Row(cells);
        }
        var lastLine = sheet.Rows.Count;
        sheet.Row(Totals("Totaal lasten", years, scenario.Declared?.Totals, firstLine, lastLine));

        sheet.BlankRow().Row(XlsxCell.Title("Baten"));
        var firstGrant = sheet.Rows.Count + 1;
        foreach (var grant in scenario.Grants ?? [])
        {
            var cells = Blank(width);
            cells[0] = grant.Description ?? grant.Id ?? grant.Source;
            var at = Array.IndexOf(years, grant.Period?.Year ?? 0);
            if (at >= 0) cells[at + 1] = grant.Pm == true ? PmCell : XlsxCell.Amount(grant.Amount);
            cells[coverageColumn] = grant.Source;
            cells[Column(BudgetTableReader.Status)] = grant.Status switch
            {
                GrantStatusDto.Conditional => "onder voorbehoud",
                GrantStatusDto.Rejected => "afgewezen",
                _ => "toegekend",
            };
            cells[Column(BudgetTableReader.Periode)] = grant.Period?.Kind == PeriodKindDto.ProjectYear ? "projectjaar" : "kalenderjaar";
            cells[Column(BudgetTableReader.Project)] = grant.Project;
            cells[Column(BudgetTableReader.ToegekendIn)] = XlsxCell.Whole(grant.AwardYear);
            cells[Column(BudgetTableReader.Id)] = grant.Id;
            cells[Column(BudgetTableReader.Ronde)] = grant.Round is { } round ? $"{round}/{(round + 1) % 100:00}" : null;
            cells[Column(BudgetTableReader.Onbesteed)] = grant.Unspent is { } unspent ? BudgetTableReader.UnspentWord(unspent) : null;
            if (grant.Received is { } received && Array.IndexOf(realisatie, grant.Period?.Year ?? 0) >= 0) cells[RealisatieColumn(grant.Period!.Year!.Value)] = XlsxCell.Amount(received);
            sheet.Row(cells);
        }
        var lastGrant = sheet.Rows.Count;
        sheet.Row(Totals("Totaal baten", years, null, firstGrant, lastGrant));
        if (scenario.Declared?.Results is { Count: > 0 } results)
        {
            sheet.Row(Declared("Resultaat", years, results));
        }

        var part = new ScenarioDto
        {
            Organisation = scenario.Organisation,
            Currency = scenario.Currency,
            Name = scenario.Name,
            FirstYear = scenario.FirstYear,
            LastYear = scenario.LastYear,
            Sources = scenario.Sources,
            GrantCaps = scenario.GrantCaps is { Count: > 0 } caps ? caps : null,
            Tolerance = scenario.Tolerance,
            Declared = scenario.Declared?.Subtotals is { Count: > 0 } subtotals ? new DeclaredDto { Subtotals = subtotals } : null,
        };
        book.Sheet(ScenarioSheet, frozenRows: 0)
            .Row("Wat de begroting niet toont (organisatie, naam, jaren, bronnen, subtotalen), als JSON; laat dit blad staan als u de begroting terugzet.")
            .Row(JsonSerializer.Serialize(part, ApiJson.TypeInfo<ScenarioDto>()));
        return book.ToBytes();
    }

    /// <summary>What a begroting writes for an amount not yet known ("pro memorie"); the import reads it back as such.</summary>
    private const string PmCell = "p.m.";

    private static XlsxCell[] Blank(int count) => Enumerable.Repeat(XlsxCell.Empty, count).ToArray();

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A totals row: the declared figures where the scenario declares them, else a SUM of the rows above.</summary>
    private static XlsxCell[] Totals(string label, int[] years, IReadOnlyDictionary<string, decimal>? declared, int firstRow, int lastRow)
    {
        if (declared is { Count: > 0 }) return Declared(label, years, declared);
        var cells = new XlsxCell[years.Length + 1];
        cells[0] = XlsxCell.Header(label);
        for (var i = 0; i < years.Length; i++)
        {
            var column = XlsxWorkbook.ColumnName(i + 1);
            cells[i + 1] = lastRow < firstRow ? XlsxCell.Amount(0m) : XlsxCell.Formula($"SUM({column}{firstRow}:{column}{lastRow})");
        }
        return cells;
    }

    private static XlsxCell[] Declared(string label, int[] years, IReadOnlyDictionary<string, decimal> declared)
    {
        var cells = new XlsxCell[years.Length + 1];
        cells[0] = XlsxCell.Header(label);
        for (var i = 0; i < years.Length; i++)
        {
            cells[i + 1] = declared.TryGetValue(Year(years[i]), out var amount) ? XlsxCell.Amount(amount) : XlsxCell.Empty;
        }
        return cells;
    }
}
