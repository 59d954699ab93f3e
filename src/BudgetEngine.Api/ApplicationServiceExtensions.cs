using BudgetEngine.Api.Infrastructure.Audit;
using BudgetEngine.Api.Features.DuVo;
using BudgetEngine.Api.Features.Municipalities;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Idempotency;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.OpenApi;
using BudgetEngine.Api.Infrastructure.Persistence;
using BudgetEngine.Api.Features.Samples;
using BudgetEngine.Api.Features.Scenarios;
using BudgetEngine.Api.Infrastructure.Security;
using BudgetEngine.Api.Infrastructure.Telemetry;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api;

/// <summary>Every registration of the API, in one place.</summary>
public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // bad bodies reach ApiExceptionHandler, which names the field

        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions.Remove("exception");
            ProblemLanguage.Apply(context);
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                ErrorLimit.Apply(validation, context.HttpContext.RequestServices.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxErrors);
            }
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= "Send the body as application/json (Content-Type: application/json).";
                if (context.ProblemDetails is not HttpValidationProblemDetails)
                    context.ProblemDetails.Extensions.TryAdd("errors", new Dictionary<string, string[]> { ["Content-Type"] = ["Use application/json."] });
            }
        });
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>(); // after the framework's writer: for requests it declines
        services.AddExceptionHandler<ApiExceptionHandler>();

        services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection(DatabaseOptions.Section));
        services.AddOptions<SamplesOptions>().Bind(builder.Configuration.GetSection(SamplesOptions.Section));
        services.AddOptions<LimitsOptions>().Bind(builder.Configuration.GetSection(LimitsOptions.Section));
        services.AddOptions<RateLimitingOptions>().Bind(builder.Configuration.GetSection(RateLimitingOptions.Section));
        services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.Section));
        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>()
            .Configure<IOptions<LimitsOptions>>((json, limits) => json.SerializerOptions.MaxDepth = Math.Max(1, limits.Value.MaxJsonDepth));
        services.AddBudgetEngineDatabase();
        services.AddSingleton<ScenarioStore>();
        services.AddSingleton<ReconciliationCache>();
        services.AddSingleton<ITransferGrants, ScenarioTransferGrants>();
        services.AddKeyedSingleton<IResourceOwnerResolver, ScenarioOwners>(ScenarioOwners.Kind);
        services.AddSingleton<AuditTrail>();
        services.AddOptions<IdempotencyOptions>().Bind(builder.Configuration.GetSection(IdempotencyOptions.Section));
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<KeysInProgress>();
        services.AddSingleton<IdempotencyCleanup>();
        services.AddHostedService(provider => provider.GetRequiredService<IdempotencyCleanup>());
        services.AddSingleton<SampleLoader>();
        services.AddSingleton<DuVoSampleLoader>();
        services.AddTransient(typeof(IdempotencyFilter<>));

        services.AddBudgetEngineSecurity();
        services.AddBudgetEngineRateLimiting();
        services.AddBudgetEngineOpenApi();
        services.AddDuVo();
        services.AddSingleton<MunicipalityListStore>();
        services.AddSpreadsheetsChartsAndPage();
        builder.AddBudgetEngineTelemetry();
        return builder;
    }

    /// <summary>nosniff and no-store headers; problem+json for every exception and for every 4xx/5xx that has no body yet (unknown routes, wrong methods); the server's own refusals get theirs from <see cref="ServerRefusals"/>.</summary>
    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        app.MarkRequestsInApplication();
        app.UseMiddleware<ResponseHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        return app;
    }

    /// <summary>Refuses bodies over Limits:MaxBodyBytes with 413 before anything reads them.</summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }

    /// <summary>Who is calling (the API key), how often (rate limiting per key) and whether they may (the endpoint's access rule); then a JSON body is read into one buffer.</summary>
    public static WebApplication UseAccessControl(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<JsonBodyBuffer>();
        return app;
    }

    /// <summary>
    /// Checks and opens the database and applies the schema migrations, makes sure an admin key exists, then loads the
    /// samples into a database this start created; all under the start lock, so that of several instances starting on one
    /// PostgreSQL database one migrates, stores the admin key and loads the samples. <see cref="StartRefusedException"/> when the API must not start.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IDatabaseInitializer>();
        await using var startLock = await database.InitializeAsync(CancellationToken.None);
        await app.Services.GetRequiredService<AdminKeyBootstrap>().EnsureAdminKeyAsync(CancellationToken.None);
        if (database.CreatedNow)
        {
            await app.Services.GetRequiredService<SampleLoader>().LoadIfEmptyAsync(CancellationToken.None);
        }
    }
}
