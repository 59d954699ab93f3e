using System.Net;
using BudgetEngine.Durability.Tests.Server;
using BudgetEngine.TestSupport;

namespace BudgetEngine.Durability.Tests.MultiInstance;

/// <summary>
/// Concurrent writes with one precondition or one key, sent at once and spread over two API processes that share one
/// PostgreSQL database: what makes one winner is the database, as neither process sees the other's requests.
/// </summary>
[Trait("Category", "Durability")]
public sealed class TwoInstanceConcurrencyTests : TwoInstances
{
    private const int Senders = 16;
    private const int Rounds = 3;

    [PostgresOnlyFact]
    public async Task Of_sixteen_concurrent_puts_with_one_ETag_spread_over_two_instances_exactly_one_wins_and_the_rest_are_412()
    {
        HttpClient[] clients = [First.Client, Second.Client];
        var created = await First.Client.PostScenario(Bodies.Scenario("[shared lost-update] v1"));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = created.IdFromLocation();
        var etag = created.ETag();
        var winners = new List<(int Version, string Name)> { (1, "[shared lost-update] v1") };

        for (var round = 1; round <= Rounds; round++)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var puts = Enumerable.Range(0, Senders).Select(async sender =>
            {
                var name = $"[shared lost-update] round {round} sender {sender}";
                await gate.Task;
                using var response = await clients[sender % 2].PutScenario(id, Bodies.Scenario(name), etag);
                return (Name: name, Instance: sender % 2, response.StatusCode, ETag: response.Headers.ETag?.ToString(), Body: await response.Content.ReadAsStringAsync());
            }).ToArray();
            gate.SetResult();
            var replies = await Task.WhenAll(puts);

            replies.Where(r => r.StatusCode == HttpStatusCode.OK).Should().ContainSingle($"round {round}: one PUT wins, whichever instance it reached");
            replies.Where(r => r.StatusCode != HttpStatusCode.OK).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.PreconditionFailed,
                $"round {round}: the 15 others are refused as stale on both instances, never stored or 5xx: "
                + string.Join("; ", replies.Where(r => r.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.PreconditionFailed)).Select(r => $"{(int)r.StatusCode} {r.Body}")));
            replies.Where(r => r.StatusCode == HttpStatusCode.PreconditionFailed).Select(r => r.Instance).Distinct().Should().HaveCount(2,
                $"round {round}: both instances refused stale PUTs");
            var winner = replies.Single(r => r.StatusCode == HttpStatusCode.OK);
            etag = winner.ETag!;
            Bodies.VersionOf(etag).Should().Be(round + 1);
            winners.Add((round + 1, winner.Name));
        }

        foreach (var client in clients)
        {
            var versions = (await (await client.GetAsync($"v1/scenarios/{id}/versions")).ReadJson()).AsArray();
            versions.Select(v => v!["version"]!.GetValue<int>()).Should().Equal(winners.Select(w => w.Version), "the stored versions are exactly the successful PUTs, read through either instance");
            foreach (var (version, name) in winners)
            {
                var stored = await (await client.GetAsync($"v1/scenarios/{id}/versions/{version}")).ReadJson();
                stored["scenario"]!["name"]!.GetValue<string>().Should().Be(name, $"version {version} holds the body of the PUT that was told it won");
            }
        }
        StoredDatabase.HalfWrittenRows(Database.Path).Should().BeEmpty();
    }

    [PostgresOnlyFact]
    public async Task Sixteen_concurrent_posts_with_one_Idempotency_Key_spread_over_two_instances_create_one_scenario_and_all_answer_it()
    {
        HttpClient[] clients = [First.Client, Second.Client];
        var key = $"shared-create-{Guid.NewGuid():N}";
        var body = Bodies.Scenario($"[{key}]");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = Enumerable.Range(0, Senders).Select(async sender =>
        {
            await gate.Task;
            // A duplicate that finds the first request still working may be told 409 with Retry-After; it then sends again.
            for (var attempt = 1; ; attempt++)
            {
                using var response = await clients[sender % 2].PostScenario(body, key);
                if (response.StatusCode == HttpStatusCode.Conflict && attempt < 20)
                {
                    response.Headers.RetryAfter.Should().NotBeNull("a 409 of a key still in progress says when to come back");
                    await Task.Delay(response.Headers.RetryAfter!.Delta ?? TimeSpan.FromSeconds(1));
                    continue;
                }
                return (response.StatusCode, Location: response.Headers.Location?.OriginalString, ETag: response.Headers.ETag?.ToString(),
                    Replayed: response.Headers.Contains("Idempotent-Replayed"), Body: await response.Content.ReadAsStringAsync());
            }
        }).ToArray();
        gate.SetResult();
        var replies = await Task.WhenAll(posts);

        replies.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created, "every sender is told the scenario was created: "
            + string.Join("; ", replies.Where(r => r.StatusCode != HttpStatusCode.Created).Select(r => $"{(int)r.StatusCode} {r.Body}")));
        replies.Select(r => r.Location).Distinct().Should().ContainSingle("every reply names the same scenario");
        replies.Select(r => r.ETag).Distinct().Should().ContainSingle();
        replies.Select(r => r.Body).Distinct().Should().ContainSingle("a replay is the first response, byte for byte, on either instance");
        replies.Count(r => !r.Replayed).Should().Be(1, "one request did the work, the others were replays");
        StoredDatabase.ScenariosNamed(Database.Path, $"[{key}]").Should().Be(1, "one scenario was stored");
        StoredDatabase.Count(Database.Path, "SELECT count(*) FROM idempotency_keys").Should().Be(1);
        foreach (var client in clients)
        {
            (await (await client.GetAsync("v1/scenarios")).ReadJson())["totalCount"]!.GetValue<int>().Should().Be(1);
        }
        StoredDatabase.HalfWrittenRows(Database.Path).Should().BeEmpty();
    }
}
