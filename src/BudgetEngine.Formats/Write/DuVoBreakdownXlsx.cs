using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// A DU VO breakdown as an Excel workbook: Overzicht (payment, DU VO costs, shortfall or surplus), Categorieën,
/// Andere bronnen, Cofinanciering (what each regiogemeente co-finances) and Bevindingen; amounts as number cells
/// formatted <c>€ #.##0,00</c>, header rows frozen.
/// </summary>
public static class DuVoBreakdownXlsx
{
    public static byte[] Write(DuVoBreakdownDto breakdown) => Write(breakdown, breakdown.Centrumgemeente, breakdown.Year);

    /// <summary>The breakdown of a plan that is not stored: its centrumgemeente and year cells empty when the request gave none.</summary>
    public static byte[] Write(DuVoPlanBreakdownDto breakdown) => Write(DuVoPlanBreakdownFigures.Of(breakdown), breakdown.Centrumgemeente, breakdown.Year);

    private static byte[] Write(DuVoBreakdownDto breakdown, string? centrumgemeente, int? year)
    {
        var book = new XlsxWorkbook();

        var overview = book.Sheet("Overzicht", frozenRows: 0);
        overview.Row(XlsxCell.Title("DU VO-besteding"))
            .Row("Centrumgemeente", centrumgemeente, breakdown.Name)
            .Row("Jaar", XlsxCell.Whole(year))
            .Row("Uitkering", XlsxCell.Amount(breakdown.Payment), breakdown.PaymentSource == DuVoPaymentSourceDto.Plan ? "uit het plan" : "uit de landelijke verdeling")
            .Row("Lasten uit DU VO", XlsxCell.Amount(breakdown.DuVoCosts))
            .Row("Tekort", XlsxCell.Amount(breakdown.Shortfall))
            .Row("Overschot", XlsxCell.Amount(breakdown.Surplus));
        if (breakdown.Reserve is { } reserve)
        {
            overview.Row("Reserve", reserve.Name)
                .Row("Beginsaldo reserve", XlsxCell.Amount(reserve.OpeningBalance), DuVoBreakdownCsv.OpeningFrom(reserve.OpeningBalanceFrom))
                .Row("Overschot toegevoegd aan reserve", XlsxCell.Amount(reserve.Added))
                .Row("Onttrokken aan reserve", XlsxCell.Amount(reserve.Drawn))
                .Row("Eindsaldo reserve", XlsxCell.Amount(reserve.ClosingBalance))
                .Row("Tekort na reserve, te cofinancieren", XlsxCell.Amount(breakdown.Shortfall - reserve.Drawn));
        }

        var categories = book.Sheet("Categorieën", frozenRows: 1);
        categories.HeaderRow("Categorie", "Bedrag", "Uit DU VO", "Uit andere bronnen", "Aandeel DU VO-budget (%)");
        foreach (var category in breakdown.Categories)
        {
            categories.Row(category.Name, XlsxCell.Amount(category.Amount), XlsxCell.Amount(category.DuVoAmount), XlsxCell.Amount(category.OtherSourceAmount),
                new XlsxCell(null, category.Share, XlsxStyle.Plain));
        }
        categories.Row("Niet besteed", XlsxCell.Amount(breakdown.Unspent.Amount), XlsxCell.Amount(breakdown.Unspent.Amount), XlsxCell.Amount(0m),
            new XlsxCell(null, breakdown.Unspent.Share, XlsxStyle.Plain));

        var others = book.Sheet("Andere bronnen", frozenRows: 1);
        others.HeaderRow("Categorie", "Onderdeel", "Bron", "Bedrag");
        foreach (var part in breakdown.OtherSourceParts) others.Row(part.Category, part.Name, part.Source, XlsxCell.Amount(part.Amount));

        var cofinancing = book.Sheet("Cofinanciering", frozenRows: 1);
        cofinancing.HeaderRow("CBS-code", "Gemeente", "Grondslag", "Inwoners", "Vast aandeel (%)", "Bedrag");
        foreach (var part in breakdown.Cofinancing)
        {
            cofinancing.Row(part.Code, part.Name, part.Basis == DuVoCofinancingBasisDto.Inhabitants ? "inwoners" : "vast aandeel",
                new XlsxCell(null, part.Inhabitants, XlsxStyle.Whole), new XlsxCell(null, part.FixedShare, XlsxStyle.Plain), XlsxCell.Amount(part.Amount));
        }

        if (breakdown.CofinancingRules.Count > 0) StructuralCofinancing(book, breakdown);

        ReconciliationXlsx.Findings(book, breakdown.Findings, "Categorie");
        return book.ToBytes();
    }

    /// <summary>
    /// Sheet Structurele cofinanciering: what each rule asks of each municipality, then the totals per municipality of the agreed
    /// rules and, apart, of the proposed ones (under consultation, not a commitment).
    /// </summary>
    private static void StructuralCofinancing(XlsxWorkbook book, DuVoBreakdownDto breakdown)
    {
        var sheet = book.Sheet("Structurele cofinanciering", frozenRows: 1);
        sheet.HeaderRow("Regel", "Naam", "Categorie", "Onderdeel", "Sleutel", "Status", "CBS-code", "Gemeente", "Gewicht", "Bedrag");
        foreach (var rule in breakdown.CofinancingRules)
        {
            foreach (var part in rule.Contributions)
            {
                sheet.Row(XlsxCell.Whole(rule.Rule + 1), rule.Name, rule.Category, rule.Part, rule.Key, DuVoBreakdownCsv.Status(rule.Status), part.Code, part.Name,
                    new XlsxCell(null, part.Weight, XlsxStyle.Plain), XlsxCell.Amount(part.Amount));
            }
        }
        Totals(sheet, "Totaal per gemeente, afgesproken", "afgesproken", breakdown.AgreedContributions);
        Totals(sheet, "Totaal per gemeente, voorgesteld (nog niet afgesproken)", "voorgesteld", breakdown.ProposedContributions);
    }

    private static void Totals(XlsxSheet sheet, string title, string status, IReadOnlyList<DuVoContributionDto> totals)
    {
        sheet.BlankRow().Row(XlsxCell.Title(title)).Row(XlsxCell.Header("Status"), XlsxCell.Header("CBS-code"), XlsxCell.Header("Gemeente"), XlsxCell.Header("Bedrag"));
        foreach (var total in totals) sheet.Row(status, total.Code, total.Name, XlsxCell.Amount(total.Amount));
    }
}
