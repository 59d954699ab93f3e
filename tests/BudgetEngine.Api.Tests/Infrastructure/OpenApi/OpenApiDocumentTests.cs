namespace BudgetEngine.Api.Tests.Infrastructure.OpenApi;

/// <summary>The served OpenAPI document is the approved one in openapi/: the contract changes only on purpose.</summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string Approved = Path.Combine(Repository.Root, "openapi", "budgetengine.v1.json");
    private static readonly string Received = Path.Combine(Repository.Root, "openapi", "budgetengine.v1.received.json");

    [Fact]
    public async Task The_served_document_is_the_approved_one()
    {
        using var app = new BudgetEngineApplication();
        var served = Normalise(await app.CreateAnonymousClient().GetStringAsync("/swagger/v1/swagger.json"));

        if (Environment.GetEnvironmentVariable("BUDGETENGINE_APPROVE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Approved)!);
            await File.WriteAllTextAsync(Approved, served);
            if (File.Exists(Received)) File.Delete(Received);
            return;
        }

        var approved = File.Exists(Approved) ? Normalise(await File.ReadAllTextAsync(Approved)) : "";
        if (served != approved)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Received)!);
            await File.WriteAllTextAsync(Received, served);
            Assert.Fail($"The served OpenAPI document differs from {Approved}. The served one is in {Received}; "
                + "if the change is intended, run scripts/update-openapi and commit the result.");
        }
        if (File.Exists(Received)) File.Delete(Received);
    }

    [Fact]
    public async Task The_Swagger_ui_is_served()
    {
        using var app = new BudgetEngineApplication();

        var response = await app.CreateAnonymousClient().GetAsync("/swagger/index.html");

        response.EnsureSuccessStatusCode();
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd() + "\n";
}
