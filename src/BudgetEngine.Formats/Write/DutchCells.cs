using BudgetEngine.Contracts;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Formats.Write;

/// <summary>Cells in Dutch notation: amounts as "25.000,00" (Dutch Excel reads them as numbers), words in Dutch.</summary>
public static class DutchCells
{
    /// <summary>An amount of the wire (euros, whole cents) as a Dutch number cell.</summary>
    public static CsvWriter.Cell Amount(decimal euros) => CsvWriter.Amount(Money.FromEuros(euros).ToDutchNumberString());

    /// <summary>An optional amount; empty when absent.</summary>
    public static CsvWriter.Cell Amount(decimal? euros) => euros is { } value ? Amount(value) : CsvWriter.Amount("");

    /// <summary>A percentage with two decimals in Dutch notation ("12,50").</summary>
    public static CsvWriter.Cell Percent(decimal percent) =>
        CsvWriter.Amount(decimal.Round(percent, 2).ToString("0.00", Money.DutchNumberFormat));

    /// <summary>A year or another whole number.</summary>
    public static CsvWriter.Cell Number(int? number) => CsvWriter.Amount(number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");

    /// <summary>A finding's severity in Dutch.</summary>
    public static string Severity(SeverityDto severity) => severity switch
    {
        SeverityDto.Error => "fout",
        SeverityDto.Warning => "waarschuwing",
        _ => "info",
    };

    /// <summary>How income was recognised, in Dutch.</summary>
    public static string Recognition(RecognitionDto recognition) =>
        recognition == RecognitionDto.ProRata ? "naar rato van de periode" : "in het jaar van toekenning";

    /// <summary>Yes or no.</summary>
    public static string YesNo(bool value) => value ? "ja" : "nee";
}
