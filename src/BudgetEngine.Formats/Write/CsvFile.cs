namespace BudgetEngine.Formats.Write;

/// <summary>A CSV file's bytes (UTF-8 with BOM), as <see cref="CsvWriter.ToBytes"/> gives them.</summary>
/// <param name="Bytes">The file.</param>
public sealed record CsvFile(byte[] Bytes);
