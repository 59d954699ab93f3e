using System.Globalization;
using System.Text.RegularExpressions;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// Reads a budget table from the rows of a sheet. The first non-empty row is the header: its first cell is the table's
/// title, then a column per year ("2018") and a "Dekking" column. Below it, each row with a name and a Dekking is a cost
/// line; a row named "Totaal" or "Resultaat" declares totals or results; a row with only a name and no amounts
/// ("Kosten", a footnote such as "* meenemen naar volgend projectjaar") is a heading and is skipped. Line names lose the
/// seed's markers ("Project trauma**": "**" means conditional on projectenpool funding). Every problem is reported with
/// its row and column, and all of them at once.
/// </summary>
public static partial class BudgetTableReader
{
    /// <summary>The header text of the coverage column.</summary>
    public const string CoverageHeader = "Dekking";

    /// <summary>The table, or every error found (the table is null when there is any).</summary>
    public static (BudgetTable? Table, IReadOnlyList<CsvError> Errors) Read(IReadOnlyList<CsvRow> rows)
    {
        var errors = new List<CsvError>();
        var header = rows.FirstOrDefault(r => !r.IsBlank);
        if (header is null)
        {
            return (null, [new CsvError(new CellAddress(1), "The file is empty: give a header row with the years and Dekking, and a row per cost line.")]);
        }

        var years = new List<TableYear>();
        int? coverageColumn = null;
        for (var c = 1; c < header.Cells.Count; c++)
        {
            var text = header[c].Trim();
            var at = new CellAddress(header.Number, c, text);
            if (text.Length == 0) continue;
            if (YearHeader().IsMatch(text))
            {
                var year = int.Parse(text, CultureInfo.InvariantCulture);
                if (years.Any(y => y.Year == year)) errors.Add(new CsvError(at, $"The year {year} heads two columns; give each year one column."));
                else years.Add(new TableYear(year, c, text));
            }
            else if (string.Equals(text.TrimEnd(':'), CoverageHeader, StringComparison.OrdinalIgnoreCase))
            {
                if (coverageColumn is not null) errors.Add(new CsvError(at, "There are two Dekking columns; keep one."));
                else coverageColumn = c;
            }
            else
            {
                errors.Add(new CsvError(at, $"'{text}' is not a column the import knows: the header names the years (e.g. 2019) and {CoverageHeader}. Remove the column or clear its header."));
            }
        }
        var headerAt = new CellAddress(header.Number);
        if (header.Cells.Count == 1 && header[0].Contains(',', StringComparison.Ordinal))
        {
            errors.Add(new CsvError(headerAt, "The row has no ';': save the sheet as CSV with ';' between cells (Dutch Excel: \"CSV (gescheiden door lijstscheidingsteken)\")."));
            return (null, errors);
        }
        if (years.Count == 0) errors.Add(new CsvError(headerAt, "The header row names no years: put a year (e.g. 2019) at the top of each amount column."));
        if (coverageColumn is null) errors.Add(new CsvError(headerAt, $"The header row has no {CoverageHeader} column: add one that says which source pays each line (e.g. GHNT or GHNT/ Projectenpool)."));
        if (errors.Count > 0) return (null, errors);

        var coverage = coverageColumn!.Value;
        var coverageHeader = header[coverage].Trim();
        var knownColumns = years.Select(y => y.Column).Append(coverage).Append(0).ToHashSet();
        var lines = new List<TableLine>();
        DeclaredRow? totals = null, results = null;
        foreach (var row in rows.Where(r => r.Number > header.Number && !r.IsBlank))
        {
            for (var c = 1; c < row.Cells.Count; c++)
            {
                if (!knownColumns.Contains(c) && !string.IsNullOrWhiteSpace(row[c]))
                {
                    errors.Add(new CsvError(new CellAddress(row.Number, c, header[c]), $"'{row[c].Trim()}' is in a column without a header; move it under a year or {CoverageHeader}, or remove it."));
                }
            }
            var name = LineName(row[0]);
            var amounts = Amounts(row, years, errors);
            var sources = Coverage(row[coverage]);

            if (TotalRow().IsMatch(name))
            {
                if (totals is not null) errors.Add(new CsvError(new CellAddress(row.Number, 0), $"A second Totaal row; the first is row {totals.Row}."));
                totals ??= new DeclaredRow(row.Number, amounts);
                continue;
            }
            if (ResultRow().IsMatch(name))
            {
                if (results is not null) errors.Add(new CsvError(new CellAddress(row.Number, 0), $"A second Resultaat row; the first is row {results.Row}."));
                results ??= new DeclaredRow(row.Number, amounts);
                continue;
            }
            var hasAmounts = years.Any(y => !string.IsNullOrWhiteSpace(row[y.Column]));
            if (!hasAmounts && sources.Count == 0)
            {
                continue; // a heading ("Kosten") or a footnote
            }
            if (name.Length == 0)
            {
                errors.Add(new CsvError(new CellAddress(row.Number, 0, header[0]), "Give the line a name in the first column."));
            }
            if (sources.Count == 0)
            {
                errors.Add(new CsvError(new CellAddress(row.Number, coverage, coverageHeader), "Say which source pays this line, e.g. GHNT, or GHNT/ Projectenpool for either of two."));
            }
            lines.Add(new TableLine(row.Number, name, amounts, sources));
        }
        if (lines.Count == 0 && errors.Count == 0)
        {
            errors.Add(new CsvError(new CellAddress(header.Number + 1), "The table has no cost lines: give a row per line with its name, amounts and Dekking."));
        }
        return errors.Count > 0
            ? (null, errors)
            : (new BudgetTable(header[0].Trim(), years, coverage, coverageHeader, lines, totals, results), errors);
    }

    /// <summary>A line's name as the scenario keeps it: the seed's markers ("**", "*") removed, spaces and line breaks collapsed.</summary>
    public static string LineName(string cell) => Spaces().Replace(cell, " ").Trim().TrimEnd('*').TrimEnd();

    /// <summary>The sources of a Dekking cell in the written order: "GHNT/ Projectenpool" gives GHNT and Projectenpool.</summary>
    public static IReadOnlyList<string> Coverage(string cell) =>
        cell.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<int, Money> Amounts(CsvRow row, IReadOnlyList<TableYear> years, List<CsvError> errors)
    {
        var amounts = new Dictionary<int, Money>();
        foreach (var year in years)
        {
            var (amount, error) = AmountCell.Read(row[year.Column]);
            if (error is not null) errors.Add(new CsvError(new CellAddress(row.Number, year.Column, year.Header), error));
            else if (amount is { } value) amounts[year.Year] = value;
        }
        return amounts;
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearHeader();

    [GeneratedRegex(@"^totaal\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"^resultaat\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultRow();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
