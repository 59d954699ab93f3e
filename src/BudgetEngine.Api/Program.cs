using BudgetEngine.Api;
using BudgetEngine.Api.Audit;
using BudgetEngine.Api.DuVo;
using BudgetEngine.Api.Health;
using BudgetEngine.Api.Keys;
using BudgetEngine.Api.OpenApi;
using BudgetEngine.Api.Reconciliations;
using BudgetEngine.Api.Scenarios;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplicationServices();

var app = builder.Build();
app.UseProblemResponses();
app.UseRequestLimits();
app.UseBudgetEngineSwagger();
await app.InitializeDatabaseAsync();
app.UseAccessControl();

app.MapHealth();
app.MapReconciliations();
app.MapScenarios();
app.MapKeys();
app.MapAudit();
app.MapDuVo();

app.Run();

/// <summary>The entry point; public so tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
