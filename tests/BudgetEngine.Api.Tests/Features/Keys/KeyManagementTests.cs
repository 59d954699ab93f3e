using System.Net;

namespace BudgetEngine.Api.Tests.Features.Keys;

/// <summary>Admin creates keys (the secret shown once), lists them without secrets and revokes them.</summary>
public sealed class KeyManagementTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_created_key_is_shown_once_and_works_for_its_organisation_and_role()
    {
        var created = await _app.CreateAdminClient().PostAsync("/v1/keys",
            Http.Json("""{"organisation": "Regio Gooi en Vechtstreek", "roles": ["finance-officer"], "name": "finance package"}"""));

        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var body = await created.ReadJson();
        var key = body["key"]!.GetValue<string>();
        key.Should().StartWith("be_").And.HaveLength(3 + 43, "32 random bytes in base64url");
        body["details"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("finance-officer");
        created.Headers.Location!.ToString().Should().Be($"/v1/keys/{body["details"]!["id"]}");

        var officer = _app.CreateClientWithKey(key);
        (await officer.PostAsync("/v1/scenarios", Http.Json(Http.SmallScenario(organisation: "Regio Gooi en Vechtstreek")))).StatusCode.Should().Be(HttpStatusCode.Created);
        await (await officer.GetAsync("/v1/keys")).ShouldBeProblem(403);
    }

    [Fact]
    public async Task The_list_shows_every_key_without_its_secret()
    {
        var (key, id) = await _app.CreateKeyAsync("Regio Eigen", "reader");

        var response = await _app.CreateAdminClient().GetStringAsync("/v1/keys?page=1&pageSize=100");

        response.Should().Contain(id).And.NotContain(key).And.NotContain(BudgetEngineApplication.AdminKey);
        response.Should().Contain(key[..8], "the prefix helps recognise a key");
    }

    [Fact]
    public async Task A_revoked_key_stays_listed_with_its_revocation_time()
    {
        var (_, id) = await _app.CreateKeyAsync("Regio Eigen", "reader");

        (await _app.CreateAdminClient().DeleteAsync($"/v1/keys/{id}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var key = await (await _app.CreateAdminClient().GetAsync($"/v1/keys/{id}")).ReadJson();
        key["revokedAt"]!.GetValue<DateTimeOffset>().Should().Be(_app.Clock.Now);
        await (await _app.CreateAdminClient().DeleteAsync($"/v1/keys/{id}")).ShouldBeProblem(410);
    }

    [Fact]
    public async Task The_last_active_admin_key_cannot_be_revoked()
    {
        var keys = await (await _app.CreateAdminClient().GetAsync("/v1/keys")).ReadJson();
        var admin = keys["items"]!.AsArray().Single(k => k!["roles"]!.AsArray().Any(r => r!.GetValue<string>() == "admin"))!["id"]!.GetValue<string>();

        await (await _app.CreateAdminClient().DeleteAsync($"/v1/keys/{admin}")).ShouldBeProblem(409);
        (await _app.CreateAdminClient().GetAsync("/v1/keys")).StatusCode.Should().Be(HttpStatusCode.OK, "the admin key still works");
    }

    [Fact]
    public async Task Revoking_an_unknown_key_answers_404()
    {
        await (await _app.CreateAdminClient().DeleteAsync("/v1/keys/key_doesnotexist")).ShouldBeProblem(404);
    }

    [Theory]
    [InlineData("""{"roles": ["reader"]}""", "/organisation")]
    [InlineData("""{"organisation": "  ", "roles": ["reader"]}""", "/organisation")]
    [InlineData("""{"organisation": "Regio Eigen"}""", "/roles")]
    [InlineData("""{"organisation": "Regio Eigen", "roles": []}""", "/roles")]
    [InlineData("""{"organisation": "Regio Eigen", "roles": ["superuser"]}""", "/roles/0")]
    [InlineData("""{"organisation": "Regio Eigen", "roles": ["reader", "reader"]}""", "/roles/1")]
    [InlineData("""{"organisation": "Regio Eigen", "roles": ["reader"], "secret": "mine"}""", "/secret")]
    public async Task An_invalid_new_key_answers_400_naming_the_field(string body, string field)
    {
        var before = await (await _app.CreateAdminClient().GetAsync("/v1/keys")).ReadJson();

        var problem = await (await _app.CreateAdminClient().PostAsync("/v1/keys", Http.Json(body))).ShouldBeProblem(400);

        problem["errors"]![field].Should().NotBeNull(problem.ToJsonString());
        var after = await (await _app.CreateAdminClient().GetAsync("/v1/keys")).ReadJson();
        after["totalCount"]!.GetValue<int>().Should().Be(before["totalCount"]!.GetValue<int>());
    }
}
