using System.Net;

namespace BudgetEngine.Api.Tests.Features.Page;

/// <summary>GET /: the overview page and its files, served without a build chain.</summary>
public sealed class OverviewPageTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public OverviewPageTests() => _client = _app.CreateAnonymousClient();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_root_serves_the_page_with_a_field_for_the_API_key()
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
    public async Task The_pages_files_are_served(string path, string mediaType)
    {
        var response = await _client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
    }

    [Fact]
    public async Task The_page_allows_no_inline_script_and_no_foreign_origins()
    {
        var response = await _client.GetAsync("/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self'").And.Contain("connect-src 'self'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public async Task The_script_keeps_the_key_for_the_tab_only_and_sends_it_as_a_bearer_token()
    {
        var script = await _client.GetStringAsync("/page/overview.js");

        script.Should().Contain("sessionStorage").And.NotContain("localStorage.setItem").And.NotContain("document.cookie");
        script.Should().Contain("'Bearer ' + apiKey()");
        script.Should().NotContain("innerHTML", "text from the API is set with textContent only");
    }

    [Fact]
    public async Task An_unknown_page_file_is_a_problem()
    {
        await (await _client.GetAsync("/page/secret.txt")).ShouldBeProblem(404);
    }
}
