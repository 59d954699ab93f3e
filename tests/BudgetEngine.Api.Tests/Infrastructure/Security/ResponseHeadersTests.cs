namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>Answers are never sniffed as another type, and an organisation's data is not kept by caches.</summary>
public sealed class ResponseHeadersTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/v1/scenarios")]
    [InlineData("/v1/keys")]
    [InlineData("/v1/scenarios/nope")]
    public async Task Authenticated_data_is_not_sniffed_and_not_stored(string path)
    {
        var response = await _app.CreateAdminClient().GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task Health_is_not_sniffed_either()
    {
        var response = await _app.CreateAnonymousClient().GetAsync("/health");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }
}
