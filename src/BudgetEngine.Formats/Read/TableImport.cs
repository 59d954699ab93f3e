using BudgetEngine.Core.Texts;
using BudgetEngine.Contracts;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Formats.Read;

/// <summary>What an import gives: the scenario, or why not; and the encoding the file was read in.</summary>
/// <param name="Dto">The scenario in canonical wire form; null on errors.</param>
/// <param name="Scenario">The core scenario; null on errors.</param>
/// <param name="Errors">Every problem found; empty on success.</param>
/// <param name="Encoding">The encoding the bytes were read in (utf-8, windows-1252, ...).</param>
public sealed record ImportOutcome(ScenarioDto? Dto, Scenario? Scenario, IReadOnlyList<ImportError> Errors, string Encoding);

/// <summary>The whole import: bytes to text, text to rows, rows to a budget table, the table and its fields to a valid scenario.</summary>
public static class TableImport
{
    /// <summary>Imports the CSV file <paramref name="bytes"/> with <paramref name="fields"/>.</summary>
    /// <param name="bytes">The file as sent.</param>
    /// <param name="charset">The charset the sender named, if any; otherwise it is detected.</param>
    /// <param name="fields">The scenario's other fields.</param>
    public static ImportOutcome Run(ReadOnlySpan<byte> bytes, string? charset, ImportFields fields)
    {
        var (text, encoding, encodingError) = CsvDecoder.Decode(bytes, charset);
        if (encodingError is not null)
        {
            return new ImportOutcome(null, null, [new ImportError("Content-Type", encodingError)], encoding);
        }
        var (rows, csvError) = CsvParser.Parse(text);
        if (csvError is not null)
        {
            return Failed([csvError], encoding);
        }
        var (table, tableErrors) = BudgetTableReader.Read(rows);
        if (table is null)
        {
            return Failed(tableErrors, encoding);
        }
        var (dto, scenario, errors) = ScenarioAssembler.Assemble(table, fields);
        return new ImportOutcome(dto, scenario, errors, encoding);
    }

    /// <summary>
    /// Imports the .xlsx workbook <paramref name="bytes"/> with <paramref name="fields"/>: the table from the sheet
    /// Begroting (else the first sheet), the scenario part from cell A2 of the sheet Scenario when the workbook has one
    /// (as <c>GET /v1/scenarios/{id}/export</c> writes it). Errors in the table name the sheet, row and column.
    /// </summary>
    public static ImportOutcome RunXlsx(byte[] bytes, ImportFields fields)
    {
        const string encoding = "xlsx";
        var (sheets, error) = XlsxReader.Read(bytes);
        if (sheets is null) return new ImportOutcome(null, null, [new ImportError("body", error!)], encoding);
        var table = sheets.FirstOrDefault(s => string.Equals(s.Name, Write.BegrotingXlsx.BegrotingSheet, StringComparison.OrdinalIgnoreCase)) ?? sheets[0];
        string Where(string where) => where.StartsWith("row ", StringComparison.Ordinal) ? $"sheet {table.Name}, {where}" : where;

        if (sheets.FirstOrDefault(s => s != table && string.Equals(s.Name, Write.BegrotingXlsx.ScenarioSheet, StringComparison.OrdinalIgnoreCase)) is { } part)
        {
            if (fields.Scenario is not null)
            {
                return new ImportOutcome(null, null, [new ImportError("scenario", ImportTexts.Of("Xlsx.ScenarioPartTwice", ImportTexts.Text(part.Name)))], encoding);
            }
            var json = part.Rows.Count > 1 ? part.Rows[1][0] : "";
            try
            {
                fields = fields with { Scenario = System.Text.Json.JsonSerializer.Deserialize(json, Contracts.Json.ApiJson.TypeInfo<ScenarioDto>()) };
            }
            catch (System.Text.Json.JsonException)
            {
                return new ImportOutcome(null, null, [new ImportError($"sheet {part.Name}, row 2, column A", ImportTexts.Of("Xlsx.ScenarioPartNotJson"))], encoding);
            }
        }
        var (read, tableErrors) = BudgetTableReader.Read(table.Rows);
        if (read is null)
        {
            return new ImportOutcome(null, null, tableErrors.Select(e => new ImportError(Where(e.At.ToString()), e.Text)).ToArray(), encoding);
        }
        var (dto, scenario, errors) = ScenarioAssembler.Assemble(read, fields);
        return new ImportOutcome(dto, scenario, errors.Select(e => e with { Where = Where(e.Where) }).ToArray(), encoding);
    }

    private static ImportOutcome Failed(IEnumerable<CsvError> errors, string encoding) =>
        new(null, null, errors.Select(e => new ImportError(e.At.ToString(), e.Text)).ToArray(), encoding);
}
