using BudgetEngine.Api.Infrastructure.Versioning;
using BudgetEngine.Api.Infrastructure.Languages;
using BudgetEngine.Api.Infrastructure.OpenApi;
using BudgetEngine.Formats.Read;
using BudgetEngine.Api.Infrastructure.Security;
using System.Security.Claims;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Idempotency;
using BudgetEngine.Api.Features.Scenarios;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Limits;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>POST /v1/scenarios/import: a budget table as Dutch Excel saves it becomes a stored scenario.</summary>
public static class ImportApi
{
    public static RouteHandlerBuilder MapImport(this RouteGroupBuilder scenarios) =>
        scenarios.MapPost("/import", ImportScenario)
            .RequireAccess(AccessRules.CreateScenario)
            .WithIdempotency<TableUpload>()
            .WithTags("Scenarios")
            .WithName("ImportScenario")
            .WithSummary("Import a budget table (CSV or xlsx) as a scenario")
            .WithDescription("""
                Stores the budget table ("begroting") a finance officer keeps in Excel as a scenario (version 1), answering 201 like POST /v1/scenarios.
                The CSV is as Dutch Excel saves it: ';' between cells, decimal comma and thousands dot ("25.000,00", "€ 25.000,-", "25.000€", "€ 32.000,="),
                empty cells for no cost, UTF-8 with or without BOM or Windows-1252. The first row is the header: a title, a column per year (2018, 2019, ...)
                and a Dekking column naming one source or several in order of preference ("GHNT/ Projectenpool"). Rows named Totaal and Resultaat are
                declared figures the reconciliation checks (so are Totaal lasten; Totaal baten and Saldo are read and left to the engine); rows with only a
                name (footnotes) are skipped. A Baten / Lasten layout (heading rows "Baten" and "Lasten", or a Soort column saying Baten or Lasten) makes
                each Baten row a grant of its Dekking source per amount cell, conditional when a Status column says "onder voorbehoud" or the name carries
                "**" or the words; optional columns Status, Periode (kalenderjaar, projectjaar), Project, Toegekend in, Id, Actielijn and Kenmerken. A
                negative Lasten amount is refused at its cell; an income row is never a cost. An amount cell saying "p.m." (pro memorie: not yet known)
                is no amount: a Lasten row keeps the year in pmYears, a Baten row becomes a grant of 0 with pm true, a Totaal row declares nothing
                for that year; the reconciliation warns PM_AMOUNT for each.

                An Excel workbook (.xlsx) is read the same way from its sheet Begroting (else its first sheet); number cells are read as numbers, totals
                Excel computes with a formula are not declared figures, and a sheet Scenario (as GET /v1/scenarios/{id}/export writes it) gives the scenario
                part. Send it as the body with its media type and the same query parameters as text/csv, or as the multipart table part.

                Send text/csv with the fields as query parameters, or multipart/form-data with the parts table (the file) and scenario (JSON: a scenario
                without lines, giving organisation, name, sources, grants and declared subtotals). Without sources, one is made per Dekking name with its
                kind guessed from the known codes; a near miss of a known code ("GNHT") is left unknown so the reconciliation flags it. Without grants the
                scenario has no income. Errors are a 400 whose errors name each cell as Excel shows it ("row 5, column C (2019)"), parameter or part; nothing is stored.
                """)
            .WithMetadata(new DocumentedRequestBodies(("multipart/form-data", typeof(ImportForm)), ("text/csv", typeof(string)), (BudgetEngine.Formats.Write.XlsxWorkbook.MediaType, typeof(Stream))), new DocumentedETag())
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>PUT /v1/scenarios/{id}/import: a budget table as a new version of a stored scenario, with If-Match as PUT /v1/scenarios/{id}.</summary>
    public static RouteHandlerBuilder MapImportVersion(this RouteGroupBuilder scenarios) =>
        scenarios.MapPut("/{id}/import", ImportVersion)
            .RequireAccess(AccessRules.WriteScenario)
            .WithTags("Scenarios")
            .WithName("ImportScenarioVersion")
            .WithSummary("Import a budget table (CSV or xlsx) as a new version of a scenario")
            .WithDescription("The table and its fields as for POST /v1/scenarios/import, stored as a new version of the scenario (a begrotingswijziging). "
                + "Requires If-Match with the ETag you read: 428 without it, 412 when someone changed the scenario since (currentETag names the current version).")
            .WithMetadata(new DocumentedRequestBodies(("multipart/form-data", typeof(ImportForm)), ("text/csv", typeof(string)), (BudgetEngine.Formats.Write.XlsxWorkbook.MediaType, typeof(Stream))))
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    public static async Task<Results<Created<ScenarioResourceDto>, ValidationProblem, ProblemHttpResult>> ImportScenario(
        TableUpload upload,
        [AsParameters] ImportQuery query,
        [FromHeader(Name = IdempotencyFilter<TableUpload>.Header)] string? idempotencyKey,
        ScenarioStore store, IOptions<LimitsOptions> limits, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var (scenario, body, problem) = Read(upload, query, limits.Value, user, response.HttpContext);
        if (problem is ValidationProblem invalid) return invalid;
        if (problem is ProblemHttpResult refused) return refused;

        // Under an Idempotency-Key the filter holds the write transaction: the scenario and the key's response commit together.
        var (id, stored) = await store.CreateAsync(scenario!.Organisation, scenario.Name, body!, Caller.Required(user).Actor,
            IdempotencyFilter.WriteOf(response.HttpContext), ct);
        response.Headers.ETag = stored.ETag;
        return TypedResults.Created($"/v1/scenarios/{id}", ScenarioBodies.Resource(id, stored));
    }

    public static async Task<Results<Ok<ScenarioResourceDto>, ValidationProblem, ProblemHttpResult>> ImportVersion(
        string id,
        TableUpload upload,
        [AsParameters] ImportQuery query,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        ScenarioStore store, IOptions<LimitsOptions> limits, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ifMatch)) return ScenarioProblems.PreconditionRequired();
        var (scenario, body, problem) = Read(upload, query, limits.Value, user, response.HttpContext);
        if (problem is ValidationProblem invalid) return invalid;
        if (problem is ProblemHttpResult refused) return refused;
        var outcome = await store.UpdateAsync(id, EntityTag.VersionIn(ifMatch, ScenarioStore.ETagStem(id))!.Value, scenario!.Organisation, scenario.Name, body!,
            Caller.Required(user).Actor, ct);
        return ScenarioProblems.Of(id).Of(outcome.Status, outcome.Document?.ETag, response) is { } written
            ? written
            : TypedResults.Ok(ScenarioBodies.Resource(id, outcome.Document!));
    }

    /// <summary>The uploaded table as a valid scenario within the limits and its stored body, or the problem that keeps it out.</summary>
    private static (BudgetEngine.Core.Scenarios.Scenario? Scenario, string? Body, IResult? Problem) Read(
        TableUpload upload, ImportQuery query, LimitsOptions limits, ClaimsPrincipal user, HttpContext http)
    {
        if (upload.Status is var (status, detail))
        {
            return (null, null, Problems.Of(status, ProblemTexts.Of(status == StatusCodes.Status413PayloadTooLarge ? "Import.TooLarge.Title" : "Import.NotCsv.Title"), detail));
        }
        if (!upload.IsXlsx && !CsvDecoder.Supports(upload.Charset))
        {
            var charsetError = ProblemTexts.Of("Import.Charset.Error", ProblemTexts.Text(upload.Charset));
            var unsupported = Problems.Of(StatusCodes.Status415UnsupportedMediaType,
                ProblemTexts.Of("Import.Charset.Title"), ProblemTexts.Of("Import.Charset.Detail", ProblemTexts.Text(upload.Charset)));
            unsupported.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { ["Content-Type"] = [charsetError.In(RequestLanguage.Of(http.Request))] };
            return (null, null, unsupported);
        }
        var fields = upload.ToFields(query);
        if (upload.Errors.Count > 0) return (null, null, Invalid(upload.Errors, null, http));

        var outcome = upload.IsXlsx ? TableImport.RunXlsx(upload.Table, fields) : TableImport.Run(upload.Table, upload.Charset, fields);
        if (outcome.Scenario is not { } scenario) return (null, null, Invalid(outcome.Errors, outcome.Encoding, http));
        if (BodyOrganisationFilter.NotOwn(user, scenario.Organisation) is { } forbidden) return (null, null, forbidden);
        var body = ScenarioBodies.Serialize(scenario);
        // The limits of POST /v1/scenarios hold whatever the format: lines, years, text lengths and characters.
        if (ScenarioLimits.Check(ScenarioBodies.ToDto(body), limits) is { Count: > 0 } overLimit)
        {
            return (null, null, Problems.Validation(overLimit, "Invalid.ImportOverLimit"));
        }

        return (scenario, body, null);
    }

    private static ValidationProblem Invalid(IEnumerable<ImportError> errors, string? encoding, HttpContext http)
    {
        var language = RequestLanguage.Of(http.Request);
        var result = TypedResults.ValidationProblem(errors.GroupBy(e => e.Where).ToDictionary(g => g.Key, g => g.Select(e => e.MessageIn(language)).ToArray()));
        ProblemLanguage.Attach(result.ProblemDetails, ProblemTexts.Of("Import.Invalid.Title"),
            encoding is null ? ProblemTexts.Of("Import.Invalid.Detail") : ProblemTexts.Of("Import.Invalid.DetailWithEncoding", ProblemTexts.Text(encoding)));
        return result;
    }
}

/// <summary>The multipart form of POST /v1/scenarios/import (for the OpenAPI document).</summary>
public sealed class ImportForm
{
    /// <summary>The budget table: the CSV file as Dutch Excel saves it, or the Excel workbook (.xlsx).</summary>
    public IFormFile? Table { get; init; }

    /// <summary>JSON: the scenario without lines (organisation, name, firstYear, lastYear, sources, grants, declared subtotals).</summary>
    public string? Scenario { get; init; }

    /// <summary>The organisation, if not in the query or the scenario part.</summary>
    public string? Organisation { get; init; }

    /// <summary>The name, if not in the query or the scenario part.</summary>
    public string? Name { get; init; }

    /// <summary>The first year, if not in the query or the scenario part.</summary>
    public int? FirstYear { get; init; }

    /// <summary>The last year, if not in the query or the scenario part.</summary>
    public int? LastYear { get; init; }
}
