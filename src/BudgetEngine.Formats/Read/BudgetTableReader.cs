using System.Globalization;
using System.Text.RegularExpressions;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Formats.Read;

/// <summary>
/// Reads a budget table from the rows of a sheet. The first non-empty row is the header: its first cell is the table's
/// title, then a column per year ("2018") and a "Dekking" column. Below it, each row with a name and a Dekking is a cost
/// line; a row named "Totaal" or "Resultaat" declares totals or results, "Totaal actielijn 2" an action line's subtotal; a row with only a name and no amounts
/// ("Kosten", a footnote such as "* meenemen naar volgend projectjaar") is a heading and is skipped. Line names lose the
/// seed's markers ("Project trauma**": "**" means conditional on projectenpool funding). A column "Realisatie 2019" holds
/// what was actually spent on a line in 2019, and what an income row's 2019 grant actually received. Every problem is
/// reported with its row and column, and all of them at once.
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
            return (null, [new CsvError(new CellAddress(1), ImportTexts.Of("Table.Empty"))]);
        }

        var years = new List<TableYear>();
        var realisatie = new List<TableYear>();
        int? coverageColumn = null;
        var optional = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 1; c < header.Cells.Count; c++)
        {
            var text = header[c].Trim();
            var at = new CellAddress(header.Number, c, text);
            if (text.Length == 0) continue;
            var known = OptionalColumns.FirstOrDefault(o => string.Equals(text.TrimEnd(':'), o, StringComparison.OrdinalIgnoreCase));
            if (RealisatieHeader().Match(text) is { Success: true } actual)
            {
                var year = int.Parse(actual.Groups[1].Value, CultureInfo.InvariantCulture);
                if (realisatie.Any(y => y.Year == year)) errors.Add(new CsvError(at, ImportTexts.Of("Header.ColumnTwice", ImportTexts.Text(text))));
                else realisatie.Add(new TableYear(year, c, text));
            }
            else if (YearHeader().IsMatch(text))
            {
                var year = int.Parse(text, CultureInfo.InvariantCulture);
                if (years.Any(y => y.Year == year)) errors.Add(new CsvError(at, ImportTexts.Of("Header.YearTwice", ImportTexts.Number(year))));
                else years.Add(new TableYear(year, c, text));
            }
            else if (string.Equals(text.TrimEnd(':'), CoverageHeader, StringComparison.OrdinalIgnoreCase))
            {
                if (coverageColumn is not null) errors.Add(new CsvError(at, ImportTexts.Of("Header.CoverageTwice")));
                else coverageColumn = c;
            }
            else if (known is not null)
            {
                if (!optional.TryAdd(known, c)) errors.Add(new CsvError(at, ImportTexts.Of("Header.ColumnTwice", ImportTexts.Text(known))));
            }
            else
            {
                errors.Add(new CsvError(at, ImportTexts.Of("Header.ColumnUnknown", ImportTexts.Text(text), ImportTexts.Text(CoverageHeader), ImportTexts.Text(string.Join(", ", OptionalColumns.Append(RealisatieColumns))))));
            }
        }
        var headerAt = new CellAddress(header.Number);
        if (header.Cells.Count == 1 && header[0].Contains(',', StringComparison.Ordinal))
        {
            errors.Add(new CsvError(headerAt, ImportTexts.Of("Header.NoSemicolon")));
            return (null, errors);
        }
        if (years.Count == 0) errors.Add(new CsvError(headerAt, ImportTexts.Of("Header.NoYears")));
        if (coverageColumn is null) errors.Add(new CsvError(headerAt, ImportTexts.Of("Header.NoCoverage", ImportTexts.Text(CoverageHeader))));
        if (errors.Count > 0) return (null, errors);

        var coverage = coverageColumn!.Value;
        var coverageHeader = header[coverage].Trim();
        var knownColumns = years.Select(y => y.Column).Concat(realisatie.Select(y => y.Column)).Append(coverage).Append(0).Concat(optional.Values).ToHashSet();
        string Optional(CsvRow row, string column) => optional.TryGetValue(column, out var c) ? row[c].Trim() : "";
        var lines = new List<TableLine>();
        var grants = new List<TableGrant>();
        DeclaredRow? totals = null, results = null;
        var actielijnTotals = new List<ActielijnTotalRow>();
        var section = Section.Lasten;
        foreach (var row in rows.Where(r => r.Number > header.Number && !r.IsBlank))
        {
            for (var c = 1; c < row.Cells.Count; c++)
            {
                if (!knownColumns.Contains(c) && !string.IsNullOrWhiteSpace(row[c]))
                {
                    errors.Add(new CsvError(new CellAddress(row.Number, c, header[c]), ImportTexts.Of("Cell.WithoutHeader", ImportTexts.Text(row[c].Trim()), ImportTexts.Text(CoverageHeader))));
                }
            }
            var written = row[0];
            var name = LineName(written);
            var sources = Coverage(row[coverage]);
            var hasAmounts = years.Concat(realisatie).Any(y => !string.IsNullOrWhiteSpace(row[y.Column]));

            var computedOnly = row.Computed.Count > 0 && years.All(y => row.Computed.Contains(y.Column) || string.IsNullOrWhiteSpace(row[y.Column]));
            if (computedOnly && (TotalRow().IsMatch(name) || ResultRow().IsMatch(name) || SaldoRow().IsMatch(name)))
            {
                continue; // a total Excel computes: shown, not declared
            }
            if (ActielijnTotalRow().Match(name) is { Success: true } actielijnTotal)
            {
                var number = int.Parse(actielijnTotal.Groups[1].Value, CultureInfo.InvariantCulture);
                if (actielijnTotals.FirstOrDefault(t => t.Actielijn == number) is { } earlier)
                {
                    errors.Add(new CsvError(new CellAddress(row.Number, 0), ImportTexts.Of("Row.SecondActielijnTotal", ImportTexts.Number(number), ImportTexts.Number(earlier.Row.Row))));
                }
                else
                {
                    actielijnTotals.Add(new ActielijnTotalRow(name, number, new DeclaredRow(row.Number, Amounts(row, years, errors, declared: true))));
                }
                continue;
            }
            if (TotalRow().IsMatch(name) && !IncomeTotalRow().IsMatch(name))
            {
                if (totals is not null) errors.Add(new CsvError(new CellAddress(row.Number, 0), ImportTexts.Of("Row.SecondTotal", ImportTexts.Number(totals.Row))));
                totals ??= new DeclaredRow(row.Number, Amounts(row, years, errors, declared: true));
                continue;
            }
            if (ResultRow().IsMatch(name))
            {
                if (results is not null) errors.Add(new CsvError(new CellAddress(row.Number, 0), ImportTexts.Of("Row.SecondResult", ImportTexts.Number(results.Row))));
                results ??= new DeclaredRow(row.Number, Amounts(row, years, errors, declared: true));
                continue;
            }
            if (IncomeTotalRow().IsMatch(name) || SaldoRow().IsMatch(name))
            {
                // Declared in the sheet, read for their notation; the engine computes income and the year's balance itself.
                Amounts(row, years, errors, declared: true);
                continue;
            }
            if (!hasAmounts && sources.Count == 0)
            {
                // A heading ("Kosten", "Baten", "Lasten") or a footnote.
                if (IncomeHeading().IsMatch(name)) section = Section.Baten;
                else if (CostHeading().IsMatch(name)) section = Section.Lasten;
                continue;
            }
            var kind = Optional(row, Soort) switch
            {
                var k when IncomeHeading().IsMatch(k) => Section.Baten,
                var k when CostHeading().IsMatch(k) => Section.Lasten,
                "" => section,
                var k => Invalid(row, optional[Soort], k),
            };
            if (name.Length == 0)
            {
                errors.Add(new CsvError(new CellAddress(row.Number, 0, header[0]), ImportTexts.Of(kind == Section.Baten ? "Income.NameMissing" : "Line.NameMissing")));
            }
            if (sources.Count == 0)
            {
                errors.Add(new CsvError(new CellAddress(row.Number, coverage, coverageHeader), ImportTexts.Of(kind == Section.Baten ? "Income.SourceMissing" : "Line.SourceMissing")));
            }
            var amounts = Amounts(row, years, errors, declared: false);
            var actuals = Amounts(row, realisatie, errors, declared: false);
            var pmYears = years.Where(y => AmountCell.IsPm(row[y.Column])).Select(y => y.Year).ToArray();
            if (kind == Section.Lasten)
            {
                foreach (var year in years)
                {
                    if (amounts.TryGetValue(year.Year, out var cost) && cost.IsNegative)
                    {
                        errors.Add(new CsvError(new CellAddress(row.Number, year.Column, year.Header),
                            ImportTexts.Of("Line.CostNegative")));
                    }
                }
                lines.Add(new TableLine(row.Number, name, amounts, sources)
                {
                    Actielijn = OptionalNumber(row, optional, Actielijn, errors),
                    Taakveld = Optional(row, Taakveld) is { Length: > 0 } taakveld ? taakveld : null,
                    Tags = Tags(Optional(row, Kenmerken)),
                    Project = Optional(row, Project) is { Length: > 0 } lineProject ? lineProject : null,
                    PmYears = pmYears,
                    Actuals = actuals,
                    ActualColumns = realisatie,
                });
                continue;
            }
            if (sources.Count > 1)
            {
                errors.Add(new CsvError(new CellAddress(row.Number, coverage, coverageHeader), ImportTexts.Of("Income.OneSource")));
            }
            var status = Optional(row, Status);
            GrantStatusDto? stated = null;
            if (status.Length > 0)
            {
                // The words a grant's status takes in JSON (WireAliases), in any case and spacing: "Onder  voorbehoud".
                if (WireAliases.TryParse<GrantStatusDto>(Spaces().Replace(status, " ").ToLowerInvariant(), out var parsed)) stated = parsed;
                else errors.Add(new CsvError(new CellAddress(row.Number, optional[Status], Status), ImportTexts.Of("Income.StatusUnknown", ImportTexts.Text(status))));
            }
            var rejected = stated == GrantStatusDto.Rejected;
            var conditional = stated == GrantStatusDto.Conditional || ConditionalMark().IsMatch(written) || written.TrimEnd().EndsWith("**", StringComparison.Ordinal);
            var period = Optional(row, Periode);
            if (period.Length > 0 && !period.Equals("kalenderjaar", StringComparison.OrdinalIgnoreCase) && !period.Equals("projectjaar", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new CsvError(new CellAddress(row.Number, optional[Periode], Periode), ImportTexts.Of("Income.PeriodUnknown", ImportTexts.Text(period))));
            }
            var project = Optional(row, Project);
            var awardYear = OptionalNumber(row, optional, ToegekendIn, errors);
            var id = Optional(row, Id);
            var round = Round(row, optional, errors);
            var unspent = Optional(row, Onbesteed);
            UnspentRuleDto? unspentRule = null;
            if (unspent.Length > 0)
            {
                if (UnspentWords.TryGetValue(unspent.Trim(), out var rule)) unspentRule = rule;
                else errors.Add(new CsvError(new CellAddress(row.Number, optional[Onbesteed], Onbesteed), ImportTexts.Of("Income.UnspentUnknown", ImportTexts.Text(unspent))));
            }
            foreach (var received in realisatie.Where(y => actuals.ContainsKey(y.Year)))
            {
                if (!amounts.ContainsKey(received.Year) && !pmYears.Contains(received.Year))
                {
                    errors.Add(new CsvError(new CellAddress(row.Number, received.Column, received.Header), ImportTexts.Of("Income.ReceivedWithoutGrant", ImportTexts.Number(received.Year))));
                }
            }
            foreach (var year in years)
            {
                var pm = pmYears.Contains(year.Year);
                if (!amounts.TryGetValue(year.Year, out var amount) && !pm) continue;
                if (amount.IsNegative)
                {
                    errors.Add(new CsvError(new CellAddress(row.Number, year.Column, year.Header), ImportTexts.Of("Income.AmountNegative")));
                    continue;
                }
                grants.Add(new TableGrant(row.Number, year.Column, name, year.Year, amount, sources.Count > 0 ? sources[0] : "",
                    conditional && !rejected, rejected, period.Equals("projectjaar", StringComparison.OrdinalIgnoreCase),
                    project.Length == 0 ? null : project, awardYear, id.Length == 0 ? null : id)
                {
                    Pm = pm, Round = round, Unspent = unspentRule,
                    Received = actuals.TryGetValue(year.Year, out var receipt) ? receipt : null,
                    ReceivedColumn = realisatie.FirstOrDefault(r => r.Year == year.Year),
                });
            }
        }
        if (lines.Count == 0 && errors.Count == 0)
        {
            errors.Add(new CsvError(new CellAddress(header.Number + 1), ImportTexts.Of("Table.NoLines")));
        }
        return errors.Count > 0
            ? (null, errors)
            : (new BudgetTable(header[0].Trim(), years, coverage, coverageHeader, lines, totals, results, grants) { ActielijnTotals = actielijnTotals }, errors);

        Section Invalid(CsvRow row, int column, string text)
        {
            errors.Add(new CsvError(new CellAddress(row.Number, column, Soort), ImportTexts.Of("Row.SoortUnknown", ImportTexts.Text(text))));
            return Section.Lasten;
        }
    }

    /// <summary>The header of the column that says whether a row is Baten (income) or Lasten (costs).</summary>
    public const string Soort = "Soort";
    /// <summary>The header of an income row's status: toegekend, onder voorbehoud, afgewezen.</summary>
    public const string Status = "Status";
    /// <summary>The header of an income row's period: kalenderjaar or projectjaar.</summary>
    public const string Periode = "Periode";
    /// <summary>The header of the project an income row is earmarked for.</summary>
    public const string Project = "Project";
    /// <summary>The header of the year an income row was awarded in.</summary>
    public const string ToegekendIn = "Toegekend in";
    /// <summary>The header of an income row's id.</summary>
    public const string Id = "Id";
    /// <summary>The header of a cost line's actielijn (1, 2 or 3).</summary>
    public const string Actielijn = "Actielijn";
    /// <summary>The header of a cost line's tags, separated by commas.</summary>
    public const string Kenmerken = "Kenmerken";
    /// <summary>The header of a cost line's Iv3 taakveld (e.g. 6.81).</summary>
    public const string Taakveld = "Taakveld";

    /// <summary>The header of the round an income row was applied for in, a project year ("2020/21"), when it is not its period.</summary>
    public const string Ronde = "Ronde";
    /// <summary>The header of what happens to an income row's unspent part: doorschuiven, vervalt or terugbetalen.</summary>
    public const string Onbesteed = "Onbesteed";

    /// <summary>The header of a year's realisatie column, e.g. "Realisatie 2019": a line's actual cost, an income row's amount received.</summary>
    public const string RealisatiePrefix = "Realisatie";

    /// <summary>How the realisatie columns are named, for messages.</summary>
    private const string RealisatieColumns = RealisatiePrefix + " <jaar>";

    /// <summary>The columns a table may have besides the years and Dekking.</summary>
    public static readonly IReadOnlyList<string> OptionalColumns = [Soort, Status, Periode, Project, ToegekendIn, Id, Actielijn, Kenmerken, Taakveld, Ronde, Onbesteed];

    /// <summary>The words an Onbesteed cell takes, in Dutch and as in JSON, in any case; a begroting writes the Dutch.</summary>
    public static readonly IReadOnlyDictionary<string, UnspentRuleDto> UnspentWords = new Dictionary<string, UnspentRuleDto>(StringComparer.OrdinalIgnoreCase)
    {
        ["doorschuiven"] = UnspentRuleDto.Carry, ["carry"] = UnspentRuleDto.Carry,
        ["vervalt"] = UnspentRuleDto.Lapse, ["lapse"] = UnspentRuleDto.Lapse,
        ["terugbetalen"] = UnspentRuleDto.Repay, ["repay"] = UnspentRuleDto.Repay,
    };

    /// <summary>The Dutch word a begroting writes for <paramref name="rule"/>.</summary>
    public static string UnspentWord(UnspentRuleDto rule) => rule switch
    {
        UnspentRuleDto.Carry => "doorschuiven",
        UnspentRuleDto.Lapse => "vervalt",
        _ => "terugbetalen",
    };

    /// <summary>A Ronde cell: the year a project year starts (2020) or its two years ("2020/21").</summary>
    private static int? Round(CsvRow row, Dictionary<string, int> optional, List<CsvError> errors)
    {
        if (!optional.TryGetValue(Ronde, out var c) || string.IsNullOrWhiteSpace(row[c])) return null;
        var cell = row[c].Trim();
        if (int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return year;
        if (ProjectYearWords.TryRead(cell, out var start, out _)) return start;
        errors.Add(new CsvError(new CellAddress(row.Number, c, Ronde), ImportTexts.Of("Income.RoundNotAProjectYear", ImportTexts.Text(cell))));
        return null;
    }

    private enum Section { Lasten, Baten }

    private static int? OptionalNumber(CsvRow row, Dictionary<string, int> optional, string column, List<CsvError> errors)
    {
        if (!optional.TryGetValue(column, out var c) || string.IsNullOrWhiteSpace(row[c])) return null;
        if (int.TryParse(row[c].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        errors.Add(new CsvError(new CellAddress(row.Number, c, column), ImportTexts.Of("Cell.NotWholeNumber", ImportTexts.Text(row[c].Trim()))));
        return null;
    }

    private static IReadOnlyList<string> Tags(string cell) => cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A line's name as the scenario keeps it: the seed's markers ("**", "*") removed, spaces and line breaks collapsed.</summary>
    public static string LineName(string cell) => Spaces().Replace(cell, " ").Trim().TrimEnd('*').TrimEnd();

    /// <summary>The sources of a Dekking cell in the written order: "GHNT/ Projectenpool" gives GHNT and Projectenpool.</summary>
    public static IReadOnlyList<string> Coverage(string cell) =>
        cell.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The amounts of a row per year; for a declared row (<paramref name="declared"/>), cells a formula computed are left out: they show, they do not declare.</summary>
    private static Dictionary<int, Money> Amounts(CsvRow row, IReadOnlyList<TableYear> years, List<CsvError> errors, bool declared)
    {
        var amounts = new Dictionary<int, Money>();
        foreach (var year in years)
        {
            if (declared && row.Computed.Contains(year.Column)) continue;
            if (AmountCell.IsPm(row[year.Column])) continue; // p.m.: named, not yet known; a line or grant keeps it as such
            var (amount, error) = AmountCell.Read(row[year.Column]);
            if (error is not null) errors.Add(new CsvError(new CellAddress(row.Number, year.Column, year.Header), error));
            else if (amount is { } value) amounts[year.Year] = value;
        }
        return amounts;
    }

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearHeader();

    [GeneratedRegex(@"^realisatie\s+(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex RealisatieHeader();

    [GeneratedRegex(@"^totaal\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"^totaal\s+actielijn\s*(\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActielijnTotalRow();

    [GeneratedRegex(@"^resultaat\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultRow();

    [GeneratedRegex(@"^totaal\s+(baten|inkomsten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncomeTotalRow();

    [GeneratedRegex(@"^saldo\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaldoRow();

    [GeneratedRegex(@"^(baten|inkomsten)$", RegexOptions.IgnoreCase)]
    private static partial Regex IncomeHeading();

    [GeneratedRegex(@"^(lasten|kosten|uitgaven)$", RegexOptions.IgnoreCase)]
    private static partial Regex CostHeading();

    [GeneratedRegex(@"onder\s+voorbehoud", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionalMark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
