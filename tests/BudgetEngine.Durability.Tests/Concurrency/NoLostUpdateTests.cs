using System.Net;
using BudgetEngine.Durability.Tests.Server;

namespace BudgetEngine.Durability.Tests.Concurrency;

[Trait("Category", "Durability")]
public sealed class NoLostUpdateTests : ServerOverTemporaryDatabase
{
    private const int Writers = 16;
    private const int Rounds = 5;

    [Fact]
    public async Task Of_sixteen_concurrent_puts_with_the_same_If_match_exactly_one_wins_and_the_rest_are_412()
    {
        var client = Server.Client;
        var created = await client.PostScenario(Bodies.Scenario("[lost-update] v1"));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = created.IdFromLocation();
        var etag = created.ETag();
        var winners = new List<(int Version, string Name)> { (1, "[lost-update] v1") };

        for (var round = 1; round <= Rounds; round++)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var puts = Enumerable.Range(0, Writers).Select(async writer =>
            {
                var name = $"[lost-update] round {round} writer {writer}";
                await gate.Task;
                using var response = await client.PutScenario(id, Bodies.Scenario(name), etag);
                return (Name: name, response.StatusCode, ETag: response.Headers.ETag?.ToString(), Body: await response.Content.ReadAsStringAsync());
            }).ToArray();
            gate.SetResult();
            var replies = await Task.WhenAll(puts);

            replies.Where(r => r.StatusCode == HttpStatusCode.OK).Should().ContainSingle($"round {round}: one PUT wins");
            replies.Where(r => r.StatusCode != HttpStatusCode.OK).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.PreconditionFailed,
                $"round {round}: every other PUT is refused as stale, never lost or 5xx");
            var winner = replies.Single(r => r.StatusCode == HttpStatusCode.OK);
            etag = winner.ETag!;
            Bodies.VersionOf(etag).Should().Be(round + 1);
            winners.Add((round + 1, winner.Name));
        }

        var versions = (await (await client.GetAsync($"v1/scenarios/{id}/versions")).ReadJson()).AsArray();
        versions.Select(v => v!["version"]!.GetValue<int>()).Should().Equal(winners.Select(w => w.Version), "the stored versions are exactly the successful PUTs");
        foreach (var (version, name) in winners)
        {
            var stored = await (await client.GetAsync($"v1/scenarios/{id}/versions/{version}")).ReadJson();
            stored["scenario"]!["name"]!.GetValue<string>().Should().Be(name, $"version {version} holds the body of the PUT that was told it won");
        }
        StoredDatabase.HalfWrittenRows(Database.Path).Should().BeEmpty();
    }
}
