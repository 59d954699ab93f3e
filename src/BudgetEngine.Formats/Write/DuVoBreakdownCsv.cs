using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>
/// A DU VO breakdown as a sheet: the payment, each category with its DU VO part and share, the parts other sources pay, the
/// shortfall or surplus, each regiogemeente's co-financing, and the findings. Headers in Dutch, amounts in Dutch notation.
/// </summary>
public static class DuVoBreakdownCsv
{
    public static CsvFile Write(DuVoBreakdownDto breakdown) => Write(breakdown, breakdown.Centrumgemeente, breakdown.Year);

    /// <summary>The breakdown of a plan that is not stored: its centrumgemeente and year cells empty when the request gave none.</summary>
    public static CsvFile Write(DuVoPlanBreakdownDto breakdown) => Write(DuVoPlanBreakdownFigures.Of(breakdown), breakdown.Centrumgemeente, breakdown.Year);

    private static CsvFile Write(DuVoBreakdownDto breakdown, string? centrumgemeente, int? year)
    {
        var csv = new CsvWriter();
        csv.Row("DU VO-besteding");
        csv.Row("Centrumgemeente", centrumgemeente, breakdown.Name);
        csv.Row("Jaar", DutchCells.Number(year));
        csv.Row("Uitkering", DutchCells.Amount(breakdown.Payment), breakdown.PaymentSource == DuVoPaymentSourceDto.Plan ? "uit het plan" : "uit de landelijke verdeling");

        csv.BlankRow().Row("Categorieën");
        csv.Row("Categorie", "Bedrag", "Uit DU VO", "Uit andere bronnen", "Aandeel DU VO-budget (%)");
        foreach (var category in breakdown.Categories)
        {
            csv.Row(category.Name, DutchCells.Amount(category.Amount), DutchCells.Amount(category.DuVoAmount),
                DutchCells.Amount(category.OtherSourceAmount), DutchCells.Percent(category.Share));
        }
        csv.Row("Niet besteed", DutchCells.Amount(breakdown.Unspent.Amount), DutchCells.Amount(breakdown.Unspent.Amount), DutchCells.Amount(0m), DutchCells.Percent(breakdown.Unspent.Share));

        csv.BlankRow().Row("Uit andere bronnen");
        csv.Row("Categorie", "Onderdeel", "Bron", "Bedrag");
        foreach (var part in breakdown.OtherSourceParts)
        {
            csv.Row(part.Category, part.Name, part.Source, DutchCells.Amount(part.Amount));
        }

        csv.BlankRow().Row("Saldo");
        csv.Row("Kosten uit DU VO", DutchCells.Amount(breakdown.DuVoCosts));
        csv.Row("Tekort", DutchCells.Amount(breakdown.Shortfall));
        csv.Row("Overschot", DutchCells.Amount(breakdown.Surplus));
        if (breakdown.Reserve is { } reserve)
        {
            csv.BlankRow().Row("Reserve", reserve.Name);
            csv.Row("Beginsaldo", DutchCells.Amount(reserve.OpeningBalance), OpeningFrom(reserve.OpeningBalanceFrom));
            csv.Row("Overschot toegevoegd", DutchCells.Amount(reserve.Added));
            csv.Row("Onttrokken voor het tekort", DutchCells.Amount(reserve.Drawn));
            csv.Row("Eindsaldo", DutchCells.Amount(reserve.ClosingBalance));
            csv.Row("Tekort na reserve, te cofinancieren", DutchCells.Amount(breakdown.Shortfall - reserve.Drawn));
        }

        csv.BlankRow().Row("Cofinanciering door regiogemeenten");
        csv.Row("CBS-code", "Gemeente", "Grondslag", "Inwoners", "Vast aandeel (%)", "Bedrag");
        foreach (var part in breakdown.Cofinancing)
        {
            csv.Row(part.Code, part.Name, part.Basis == DuVoCofinancingBasisDto.Inhabitants ? "inwoners" : "vast aandeel",
                CsvWriter.Amount(part.Inhabitants?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                part.FixedShare is { } share ? DutchCells.Percent(share) : CsvWriter.Amount(""), DutchCells.Amount(part.Amount));
        }

        if (breakdown.CofinancingRules.Count > 0)
        {
            csv.BlankRow().Row("Structurele cofinanciering per regel");
            csv.Row("Regel", "Naam", "Categorie", "Onderdeel", "Sleutel", "Status", "CBS-code", "Gemeente", "Gewicht", "Bedrag");
            foreach (var rule in breakdown.CofinancingRules)
            {
                foreach (var part in rule.Contributions)
                {
                    csv.Row(DutchCells.Number(rule.Rule + 1), rule.Name, rule.Category, rule.Part, rule.Key, Status(rule.Status), part.Code, part.Name,
                        CsvWriter.Amount(part.Weight?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""), DutchCells.Amount(part.Amount));
                }
            }
            Totals(csv, "Structurele cofinanciering per gemeente, afgesproken", "afgesproken", breakdown.AgreedContributions);
            Totals(csv, "Structurele cofinanciering per gemeente, voorgesteld (nog niet afgesproken)", "voorgesteld", breakdown.ProposedContributions);
        }

        csv.BlankRow().Row("Bevindingen");
        csv.Row("Code", "Ernst", "Jaar", "Bron", "Categorie", "Bedrag", "Melding", "Suggestie");
        foreach (var finding in breakdown.Findings)
        {
            csv.Row(finding.Code, DutchCells.Severity(finding.Severity), DutchCells.Number(finding.Year), finding.Source, finding.Line,
                DutchCells.Amount(finding.Amount), finding.Message, finding.Suggestion);
        }
        return new CsvFile(csv.ToBytes());
    }

    /// <summary>Where a reserve's opening balance comes from, in words.</summary>
    internal static string OpeningFrom(DuVoReserveOpeningDto from) => from switch
    {
        DuVoReserveOpeningDto.Plan => "uit het plan",
        DuVoReserveOpeningDto.EarlierPlans => "eindsaldo van de eerdere plannen",
        _ => "geen eerder saldo",
    };

    /// <summary>A rule's status in words: afgesproken or voorgesteld.</summary>
    internal static string Status(string status) => status == "agreed" ? "afgesproken" : "voorgesteld";

    private static void Totals(CsvWriter csv, string title, string status, IReadOnlyList<DuVoContributionDto> totals)
    {
        csv.BlankRow().Row(title);
        csv.Row("Status", "CBS-code", "Gemeente", "Bedrag");
        foreach (var total in totals)
        {
            csv.Row(status, total.Code, total.Name, DutchCells.Amount(total.Amount));
        }
    }
}
