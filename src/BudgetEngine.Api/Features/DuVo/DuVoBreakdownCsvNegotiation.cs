using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Contracts;
using BudgetEngine.Formats.Write;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>The one-line hook for the DU VO breakdown endpoint.</summary>
public static class DuVoBreakdownCsvExtensions
{
    /// <summary>Accept: text/csv answers the breakdown as a Dutch CSV file (UTF-8 with BOM, attachment).</summary>
    public static RouteHandlerBuilder WithDuVoBreakdownCsv(this RouteHandlerBuilder builder) =>
        builder.WithCsvAlternative<DuVoBreakdownDto>(DuVoBreakdownCsv.Write, FileName,
            "With Accept: text/csv, the breakdown as a sheet for Dutch Excel: ';' between cells, amounts as 25.000,00, UTF-8 with BOM, sections for "
            + "the categories, the parts other sources pay, the balance, the co-financing per regiogemeente and the findings (attachment duvo-{code}-{year}.csv).");

    /// <summary>duvo-{code}-{year}.csv.</summary>
    public static string FileName(HttpContext http) =>
        $"duvo-{http.Request.RouteValues["code"]}-{http.Request.RouteValues["year"]}.csv";
}
