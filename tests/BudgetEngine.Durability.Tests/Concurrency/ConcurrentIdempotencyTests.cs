using System.Net;
using BudgetEngine.Durability.Tests.Server;

namespace BudgetEngine.Durability.Tests.Concurrency;

[Trait("Category", "Durability")]
public sealed class ConcurrentIdempotencyTests : ServerOverTemporaryDatabase
{
    private const int Senders = 16;
    private const int Keys = 5;

    [Fact]
    public async Task Sixteen_simultaneous_posts_with_one_idempotency_key_create_one_scenario_and_all_answer_it()
    {
        for (var k = 0; k < Keys; k++)
        {
            var key = $"concurrent-create-{k}-{Guid.NewGuid():N}";
            var body = Bodies.Scenario($"[{key}]");
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var posts = Enumerable.Range(0, Senders).Select(async _ =>
            {
                await gate.Task;
                using var response = await Server.Client.PostScenario(body, key);
                return (response.StatusCode, Location: response.Headers.Location?.OriginalString, ETag: response.Headers.ETag?.ToString(),
                    Replayed: response.Headers.Contains("Idempotent-Replayed"), Body: await response.Content.ReadAsStringAsync());
            }).ToArray();
            gate.SetResult();
            var replies = await Task.WhenAll(posts);

            replies.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Created, $"key {k}: every sender is told the scenario was created");
            replies.Select(r => r.Location).Distinct().Should().ContainSingle($"key {k}: every reply names the same scenario");
            replies.Select(r => r.ETag).Distinct().Should().ContainSingle();
            replies.Select(r => r.Body).Distinct().Should().ContainSingle("a replay is the first response, byte for byte");
            replies.Count(r => !r.Replayed).Should().Be(1, "one request did the work, the others were replays");
            StoredDatabase.ScenariosNamed(Database.Path, $"[{key}]").Should().Be(1, $"key {k}: one scenario was stored");
        }

        var list = await (await Server.Client.GetAsync("v1/scenarios")).ReadJson();
        list["totalCount"]!.GetValue<int>().Should().Be(Keys);
        StoredDatabase.Count(Database.Path, "SELECT count(*) FROM idempotency_keys").Should().Be(Keys);
        StoredDatabase.HalfWrittenRows(Database.Path).Should().BeEmpty();
    }
}
