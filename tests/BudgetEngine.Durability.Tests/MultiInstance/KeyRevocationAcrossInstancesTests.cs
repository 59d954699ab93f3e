using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using BudgetEngine.Durability.Tests.Server;
using BudgetEngine.TestSupport;

namespace BudgetEngine.Durability.Tests.MultiInstance;

/// <summary>
/// An instance remembers a key it has checked for Security:KeyCacheSeconds; a key revoked through another instance must be
/// refused by it within that time (at once where the instances are told of key changes).
/// </summary>
[Trait("Category", "Durability")]
public sealed class KeyRevocationAcrossInstancesTests : TwoInstances
{
    private const int KeyCacheSeconds = 3;

    /// <summary>How late a refusal may come beyond the cache's lifetime on a busy shared machine (polling, scheduling).</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(2);

    protected override IReadOnlyDictionary<string, string> InstanceSettings => new Dictionary<string, string>
    {
        ["Security__KeyCacheSeconds"] = KeyCacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [PostgresOnlyFact]
    public async Task A_key_revoked_through_one_instance_is_refused_by_the_other_within_the_key_cache_lifetime()
    {
        using var created = await First.Client.PostAsync("v1/keys", Bodies.Json("""{ "organisation": "Gemeente Duurzaam", "roles": ["reader"], "name": "dashboard" }"""));
        created.StatusCode.Should().Be(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var key = await created.ReadJson();
        using var onFirst = ReaderOf(First, key["key"]!.GetValue<string>());
        using var onSecond = ReaderOf(Second, key["key"]!.GetValue<string>());
        (await onSecond.GetAsync("v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK, "the second instance checks the key and now remembers it");
        (await onFirst.GetAsync("v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.OK);

        using var revoked = await First.Client.DeleteAsync($"v1/keys/{key["details"]!["id"]!.GetValue<string>()}");
        revoked.StatusCode.Should().Be(HttpStatusCode.NoContent);
        var since = Stopwatch.StartNew();

        (await onFirst.GetAsync("v1/scenarios")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the instance that revoked it refuses it at once");
        HttpStatusCode status;
        do
        {
            using var response = await onSecond.GetAsync("v1/scenarios");
            status = response.StatusCode;
            if (status == HttpStatusCode.Unauthorized) break;
            status.Should().Be(HttpStatusCode.OK, "until it is refused, the remembered key still reads");
            await Task.Delay(50);
        }
        while (since.Elapsed < TimeSpan.FromSeconds(KeyCacheSeconds) + Slack);
        status.Should().Be(HttpStatusCode.Unauthorized,
            $"the other instance refuses the revoked key within Security:KeyCacheSeconds ({KeyCacheSeconds} s, and {Slack.TotalSeconds} s for a busy machine); {since.Elapsed.TotalSeconds:0.0} s went by");
    }

    private static HttpClient ReaderOf(ApiServer instance, string key)
    {
        var client = new HttpClient { BaseAddress = instance.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
