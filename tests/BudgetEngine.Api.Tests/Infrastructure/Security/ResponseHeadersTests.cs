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
    public async Task AuthenticatedDataIsNotSniffedAndNotStored(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
    }

    [Fact]
    public async Task HealthIsNotSniffedEither()
    {
        var response = await _app.CreateAnonymousClient().GetAsync("/health");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }
}
