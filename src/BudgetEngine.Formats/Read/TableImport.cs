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

    private static ImportOutcome Failed(IEnumerable<CsvError> errors, string encoding) =>
        new(null, null, errors.Select(e => new ImportError(e.At.ToString(), e.Message)).ToArray(), encoding);
}
