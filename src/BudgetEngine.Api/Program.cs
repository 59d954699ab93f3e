using BudgetEngine.Api;
using BudgetEngine.Api.Features.Audit;
using BudgetEngine.Api.Features.DuVo;
using BudgetEngine.Api.Features.Health;
using BudgetEngine.Api.Features.Keys;
using BudgetEngine.Api.Features.Municipalities;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.OpenApi;
using BudgetEngine.Api.Features.Page;
using BudgetEngine.Api.Features.Reconciliations;
using BudgetEngine.Api.Features.Scenarios;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();
builder.WebHost.GiveServerRefusalsProblemBodies();

var app = builder.Build();
app.UseProblemResponses();
app.UseRequestLimits();
app.UseBudgetEngineSwagger();
try
{
    await app.InitializeDatabaseAsync();
}
catch (StartRefusedException refused)
{
    app.Logger.LogCritical("The API did not start: {Reason}", refused.Message);
    await Console.Error.WriteLineAsync($"The API did not start: {refused.Message}");
    return 1;
}
app.UseAccessControl();

app.MapHealth();
app.MapReconciliations();
app.MapScenarios();
app.MapKeys();
app.MapAudit();
app.MapDuVo();
app.MapMunicipalities();
app.MapPage();

app.Run();
return 0;

/// <summary>The entry point; public so tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
