using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// A begrotingswijziging as an Excel workbook: Begrotingswijziging (scenario, versions, reason, decision), Wijzigingen per
/// regel, Wijzigingen in baten and Effect op het resultaat (every year's closing balance before and after, for the budget,
/// each source and Ongedekt). Amounts are number cells formatted <c>€ #.##0,00</c>, header rows frozen.
/// </summary>
public static class BegrotingswijzigingXlsx
{
    public static byte[] Write(BudgetAmendmentDto amendment)
    {
        var book = new XlsxWorkbook();
        book.Sheet("Begrotingswijziging", frozenRows: 0)
            .Row(XlsxCell.Title("Begrotingswijziging"))
            .Row("Scenario", amendment.To.Name, amendment.To.Organisation)
            .Row("Van versie", XlsxCell.Whole(amendment.From.Version))
            .Row("Naar versie", XlsxCell.Whole(amendment.To.Version))
            .Row("Reden", amendment.Reason)
            .Row("Besluit", amendment.Decision)
            .Row("Baten geteld", DutchCells.Recognition(amendment.Options.Recognition))
            .Row("Onder voorbehoud meegeteld", DutchCells.YesNo(amendment.Options.IncludeConditional));

        AmendmentRows.Xlsx(book, amendment.Lines, amendment.Grants);

        var balances = book.Sheet("Effect op het resultaat", frozenRows: 1);
        balances.HeaderRow(AmendmentRows.BalanceHeaders);
        foreach (var row in AmendmentRows.Balances(amendment.ClosingBalances))
        {
            balances.Row(XlsxCell.Whole(row.Year), row.What, XlsxCell.Amount(row.Before), XlsxCell.Amount(row.After), XlsxCell.Amount(row.Difference));
        }
        return book.ToBytes();
    }
}
