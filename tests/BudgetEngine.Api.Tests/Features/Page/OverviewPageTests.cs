using System.Net;

namespace BudgetEngine.Api.Tests.Features.Page;

/// <summary>GET /: the overview page and its files, served without a build chain.</summary>
public sealed class OverviewPageTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public OverviewPageTests() => _client = _app.CreateClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task TheRootServesThePageWithAFieldForTheApiKey()
    {
        var response = await _client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("id=\"api-key\"").And.Contain("type=\"password\"").And.Contain("src=\"/page/overview.js\"");
    }

    [Theory]
    [InlineData("/page/overview.js", "text/javascript")]
    [InlineData("/page/overview.css", "text/css")]
    public async Task ThePagesFilesAreServed(string path, string mediaType)
    {
        var response = await _client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
    }

    [Fact]
    public async Task ThePageAllowsNoInlineScriptAndNoForeignOrigins()
    {
        var response = await _client.GetAsync("/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self'").And.Contain("connect-src 'self'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task TheScriptKeepsTheKeyForTheTabOnlyAndSendsItAsABearerToken()
    {
        var script = await _client.GetStringAsync("/page/overview.js");

        script.Should().Contain("sessionStorage").And.NotContain("localStorage.setItem").And.NotContain("document.cookie");
        script.Should().Contain("'Bearer ' + apiKey()");
        script.Should().NotContain("innerHTML", "text from the API is set with textContent only");
    }

    [Fact]
    public async Task AnUnknownPageFileIsAProblem()
    {
        await (await _client.GetAsync("/page/secret.txt")).ShouldBeProblem(404);
    }
}
