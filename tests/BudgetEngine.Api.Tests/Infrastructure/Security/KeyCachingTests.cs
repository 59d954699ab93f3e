using System.Net;
using BudgetEngine.Api.Infrastructure.Security;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetEngine.Api.Tests.Infrastructure.Security;

/// <summary>
/// Keys are remembered in memory for Security:KeyCacheSeconds instead of being looked up on every request, yet a key
/// revoked through the API is refused on the very next request, and unknown keys never fill the cache.
/// </summary>
public sealed class KeyCachingTests
{
    [Fact]
    public async Task A_revoked_key_is_refused_on_the_very_next_request()
    {
        using var app = new BudgetEngineApplication();
        var (key, keyId) = await app.CreateKeyAsync("Regio Twente", Roles.Reader);
        var client = app.CreateClientWithKey(key);
        (await client.GetAsync("/v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK);
        app.Services.GetRequiredService<ApiKeyCache>().TryGet(ApiKeyCache.HashOf(key), out _).Should().BeTrue("the key is remembered after its first request");

        (await app.CreateAdminClient().DeleteAsync($"/v1/keys/{keyId}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await (await client.GetAsync("/v1/scenarios")).ShouldBeProblem(401);
    }

    [Fact]
    public async Task A_remembered_key_is_not_looked_up_again_within_its_lifetime()
    {
        // Revoked behind the API's back (as another process over the same file would): the remembered key still opens the
        // API until its entry expires. This is the staleness Security:KeyCacheSeconds allows, and shows the lookup is skipped.
        using var app = new BudgetEngineApplication();
        var (key, keyId) = await app.CreateKeyAsync("Regio Twente", Roles.Reader);
        var client = app.CreateClientWithKey(key);
        (await client.GetAsync("/v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK);

        await RevokeInTheDatabase(app, keyId);

        (await client.GetAsync("/v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_key_cache_seconds_zero_every_request_looks_the_key_up()
    {
        using var app = new BudgetEngineApplication(settings: new Dictionary<string, string?> { ["Security:KeyCacheSeconds"] = "0" });
        var (key, keyId) = await app.CreateKeyAsync("Regio Twente", Roles.Reader);
        var client = app.CreateClientWithKey(key);
        (await client.GetAsync("/v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK);

        await RevokeInTheDatabase(app, keyId);

        await (await client.GetAsync("/v1/scenarios")).ShouldBeProblem(401);
        app.Services.GetRequiredService<ApiKeyCache>().Count.Should().Be(0);
    }

    [Fact]
    public async Task A_flood_of_unknown_keys_leaves_nothing_in_the_cache()
    {
        using var app = new BudgetEngineApplication();
        var cache = app.Services.GetRequiredService<ApiKeyCache>();
        (await (await app.CreateClientAsync(Roles.Reader, "Regio Eigen")).GetAsync("/v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK);
        var before = cache.Count;

        for (var i = 0; i < 300; i++)
        {
            var response = await app.CreateClientWithKey(ApiKeySecrets.Generate()).GetAsync("/v1/scenarios");
            response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        before.Should().Be(1, "the admin key that opened the API");
        cache.Count.Should().Be(before, "unknown keys are never remembered");
    }

    [Fact]
    public async Task The_bootstrap_admin_key_still_opens_the_API_and_is_remembered()
    {
        using var app = new BudgetEngineApplication();

        (await app.CreateAdminClient().GetAsync("/v1/keys")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await app.CreateAdminClient().GetAsync("/v1/keys")).StatusCode.Should().Be(HttpStatusCode.OK);

        app.Services.GetRequiredService<ApiKeyCache>().TryGet(ApiKeyCache.HashOf(BudgetEngineApplication.AdminKey), out var caller).Should().BeTrue();
        caller.IsAdmin.Should().BeTrue();
        caller.Organisation.Should().Be(Organisations.National);
    }

    private static async Task RevokeInTheDatabase(BudgetEngineApplication app, string keyId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        (await connection.ExecuteAsync("UPDATE api_keys SET revoked_at = @now WHERE id = @id",
            new { now = BudgetEngine.Api.Infrastructure.Persistence.Timestamps.Format(app.Clock.Now), id = keyId })).Should().Be(1);
    }
}
