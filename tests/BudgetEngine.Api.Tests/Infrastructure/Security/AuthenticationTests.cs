using System.Net.Http.Headers;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>Authorization: Bearer &lt;key&gt;; 401 problem+json without a valid key; /health and the OpenAPI document stay public.</summary>
public sealed class AuthenticationTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Without_a_key_a_v1_call_answers_401_with_a_bearer_challenge()
    {
        var response = await _app.CreateAnonymousClient().GetAsync("/v1/scenarios");

        var problem = await response.ShouldBeProblem(401);
        response.Headers.WwwAuthenticate.Single().Scheme.Should().Be("Bearer");
        problem["errors"]!["Authorization"].Should().NotBeNull();
    }

    [Theory]
    [InlineData("Bearer be_thisKeyWasNeverIssued00000000000000000000")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("be_keyWithoutTheBearerWord")]
    public async Task An_unknown_or_malformed_key_answers_401(string authorization)
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.GetAsync("/v1/scenarios");

        await response.ShouldBeProblem(401);
    }

    [Fact]
    public async Task An_overlong_key_answers_401_without_looking_it_up()
    {
        var response = await _app.CreateClientWithKey("be_" + new string('x', 5000)).GetAsync("/v1/scenarios");

        await response.ShouldBeProblem(401);
    }

    [Fact]
    public async Task The_scheme_word_is_case_insensitive()
    {
        var client = _app.CreateAnonymousClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "bearer " + BudgetEngineApplication.AdminKey);

        var response = await client.GetAsync("/v1/scenarios");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_revoked_key_no_longer_opens_the_API()
    {
        var (key, id) = await _app.CreateKeyAsync("Regio Eigen", "reader");
        var client = _app.CreateClientWithKey(key);
        (await client.GetAsync("/v1/scenarios")).StatusCode.Should().Be(System.Net.HttpStatusCode.OK);

        (await _app.CreateAdminClient().DeleteAsync($"/v1/keys/{id}")).StatusCode.Should().Be(System.Net.HttpStatusCode.NoContent);

        await (await client.GetAsync("/v1/scenarios")).ShouldBeProblem(401);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/swagger/index.html")]
    public async Task Health_and_the_open_API_document_are_public(string path)
    {
        var response = await _app.CreateAnonymousClient().GetAsync(path);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_answers_even_with_a_bad_key()
    {
        var response = await _app.CreateClientWithKey("be_wrong").GetAsync("/health");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_open_API_document_offers_the_bearer_scheme()
    {
        var document = await (await _app.CreateAnonymousClient().GetAsync("/swagger/v1/swagger.json")).ReadJson();

        document["components"]!["securitySchemes"]!["apiKey"]!["scheme"]!.GetValue<string>().Should().Be("bearer");
        document["paths"]!["/v1/scenarios"]!["get"]!["security"].Should().NotBeNull();
        document["paths"]!["/health"]!["get"]!["security"]!.AsArray().Should().BeEmpty("a public route says so with an empty requirement");
    }
}
