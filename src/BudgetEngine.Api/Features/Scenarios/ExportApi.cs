using BudgetEngine.Api.Infrastructure.Security;
using System.ComponentModel;
using System.Text;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Features.Scenarios;
using BudgetEngine.Api.Infrastructure.ContentNegotiation;
using BudgetEngine.Formats.Write;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>GET /v1/scenarios/{id}/export: the scenario as a JSON file that POST /v1/scenarios takes back unchanged, or as an Excel begroting that POST /v1/scenarios/import takes back.</summary>
public static class ExportApi
{
    public static RouteHandlerBuilder MapExport(this RouteGroupBuilder scenarios) =>
        scenarios.MapGet("/{id}/export", ExportScenario)
            .RequireAccess(AccessRules.ReadScenario)
            .WithTags("Scenarios")
            .WithName("ExportScenario")
            .WithSheets(new SheetWriters<ScenarioDto>(null, (scenario, _) => BegrotingXlsx.Write(scenario), FileStem, null,
                "With the xlsx Accept, the scenario as the begroting a finance officer keeps in Excel: sheet Begroting (lines x years with Dekking under "
                + "Lasten, the grants under Baten, Totaal lasten, Totaal baten and the declared Resultaat) and sheet Scenario (organisation, name, years, "
                + "sources and subtotals as the JSON scenario part); POST /v1/scenarios/import takes it back to the same scenario."))
            .WithSummary("Export a scenario as a JSON file or an Excel begroting")
            .WithDescription("The scenario (latest version, or ?version) in canonical form as an attachment: exactly the document POST /v1/scenarios and "
                + "POST /v1/reconciliations take, so posting it back gives the same scenario and the same reconciliation (round trip).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

    public static async Task<Results<Ok<ScenarioDto>, ProblemHttpResult>> ExportScenario(
        string id,
        [Description("The version to export; default the latest.")] int? version,
        ScenarioStore store, HttpResponse response, CancellationToken ct)
    {
        var found = await store.FindAsync(id, version, ct);
        if (ScenarioProblems.Of(id).Of(found.Status, version) is { } problem) return problem;
        var scenario = ScenarioBodies.ToDto(found.Document!.Body);
        var fileName = $"{Stem(scenario, found.Document.Version)}.json";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = Ascii(fileName) }.ToString();
        return TypedResults.Ok(scenario);
    }

    /// <summary>The attachment's name without extension: organisation, name and version.</summary>
    private static string Stem(ScenarioDto scenario, int number) => $"{Slug(scenario.Organisation)}-{Slug(scenario.Name)}-v{number}";

    /// <summary>The workbook's name: the JSON attachment's, with .xlsx (the filter replaces the JSON answer).</summary>
    private static string FileStem(HttpContext http) =>
        ContentDispositionHeaderValue.TryParse(http.Response.Headers.ContentDisposition.ToString(), out var disposition) && disposition.FileNameStar.Value is { } name
            ? Path.GetFileNameWithoutExtension(name)
            : "scenario";

    /// <summary>Lower case letters and digits joined by single dashes: "Regio Gooi en Vechtstreek" gives "regio-gooi-en-vechtstreek".</summary>
    public static string Slug(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-') is { Length: > 0 } done ? done : "scenario";
    }

    private static string Ascii(string text) => new(text.Select(c => c < 128 ? c : '_').ToArray());
}
