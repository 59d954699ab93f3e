namespace BudgetEngine.Api.Tests.Features.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_reports_the_database_reachable_and_the_schema_version()
    {
        using var app = new BudgetEngineApplication();

        var response = await app.CreateAnonymousClient().GetAsync("/health");

        response.EnsureSuccessStatusCode();
        var body = await response.ReadJson();
        body["status"]!.GetValue<string>().Should().Be("healthy");
        body["database"]!.GetValue<string>().Should().Be("reachable");
        body["schemaVersion"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(1);
    }
}
