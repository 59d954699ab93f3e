using System.Reflection;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>The OpenAPI document at /swagger/v1/swagger.json and the UI at /swagger.</summary>
public static class OpenApiSetup
{
    /// <summary>The document's name in its route.</summary>
    public const string DocumentName = "v1";

    public static IServiceCollection AddBudgetEngineOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ISerializerDataContractResolver>(new JsonSerializerDataContractResolver(ApiJson.Options));
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "BudgetEngine API",
                Version = "v1",
                Description = Describe(),
            });
            // The descriptions of the operations' parameters (this assembly) and of the wire records (BudgetEngine.Contracts).
            foreach (var assembly in new[] { Assembly.GetExecutingAssembly(), typeof(ScenarioDto).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml);
                }
            }
            options.SupportNonNullableReferenceTypes();
            options.CustomSchemaIds(type => type.IsGenericType
                ? type.Name[..type.Name.IndexOf('`')] + "Of" + string.Concat(type.GetGenericArguments().Select(a => a.Name))
                : type.Name);
            options.SchemaFilter<CoverageSchemaFilter>();
            options.SchemaFilter<ProjectYearSchemaFilter>();
            options.SchemaFilter<DecimalSchemaFilter>();
            options.OperationFilter<HeadersOperationFilter>();
            options.OperationFilter<ExamplesOperationFilter>();
            options.AddSecurityDefinition(SecurityOperationFilter.SchemeName, SecurityOperationFilter.Scheme);
            options.OperationFilter<SecurityOperationFilter>();
        });
        return services;
    }

    public static WebApplication UseBudgetEngineSwagger(this WebApplication app)
    {
        // The generated document, then what only the wire knows (WireContract).
        app.Use(async (context, next) =>
        {
            if (context.Request.Path != $"/swagger/{DocumentName}/swagger.json")
            {
                await next(context);
                return;
            }
            var original = context.Response.Body;
            using var generated = new MemoryStream();
            context.Response.Body = generated;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }
            if (context.Response.StatusCode != StatusCodes.Status200OK)
            {
                await original.WriteAsync(generated.ToArray());
                return;
            }
            var document = System.Text.Json.Nodes.JsonNode.Parse(generated.ToArray())!.AsObject();
            WireContract.Apply(document);
            var bytes = System.Text.Encoding.UTF8.GetBytes(document.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }));
            context.Response.ContentLength = bytes.Length;
            await original.WriteAsync(bytes);
        });
        app.UseSwagger();
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint($"/swagger/{DocumentName}/swagger.json", "BudgetEngine API v1");
            options.EnablePersistAuthorization();
            options.DocumentTitle = "BudgetEngine API";
        });
        return app;
    }

    private static string Describe() => """
        Reconciles multi-year budgets ("scenarios") of Dutch regions and municipalities that fund the approach to domestic violence
        and child abuse: does the budget close, year by year and source by source (GHNT, projectenpool, DU VO, DU MO, own funds, reserves)?

        **Start here.** `POST /v1/reconciliations` with a scenario answers at once and stores nothing. To keep scenarios, `POST /v1/scenarios`;
        every change (`PUT`, `DELETE`) is a new immutable version, guarded by `If-Match` with the ETag you read.

        **Money** is a JSON number in euros with at most two decimals (`30000`, `1234.56`), read and written exactly; responses always write two decimals.
        **Years** key amounts as object keys (`{"2019": 30000}`). **Enums** are lower-case strings (`award-year`, `project-year`, `conditional`).

        **Errors** are RFC 9457 `application/problem+json`. A 400 lists in `errors` each field as a JSON pointer into your document
        (`/lines/3/amounts/2019`) with what is wrong with it; unknown properties, sub-cent amounts, amounts above 1,000,000,000,000 and unknown enum
        values are all rejected this way, and nothing is stored. 412/428 concern `If-Match`, 422 a reused `Idempotency-Key`,
        503 a busy database (retry after `Retry-After` seconds).

        **Access.** Every `/v1` call needs an API key: `Authorization: Bearer <key>` (the Authorize button above). A key belongs to one
        organisation and has roles: `finance-officer` (its organisation's scenarios), `centrumgemeente` (its DU VO plan), `reader`
        (read-only, its organisation) and `admin` (keys, audit, the national DU VO distribution; sees and may do everything).
        401 without a valid key, 403 when the role may not, 404 for another organisation's resources, 429 over the rate limit
        (retry after `Retry-After` seconds). `/health` and this document are public.

        **Retries.** Send `Idempotency-Key` (e.g. a UUID) with any POST: a replay returns the first response (header `Idempotent-Replayed: true`).
        """;
}
