using System.Net;
using BudgetEngine.Durability.Tests.Server;
using BudgetEngine.TestSupport;
using Xunit.Abstractions;

namespace BudgetEngine.Durability.Tests.MultiInstance;

/// <summary>
/// Two instances of one PostgreSQL database behind nginx as deploy/nginx.conf sets it up (round-robin, passive health
/// checks, the API's body limit), started on loopback by the test.
/// </summary>
[Trait("Category", "Durability")]
public sealed class LoadBalancerTests(ITestOutputHelper output) : TwoInstances
{
    private const int Writers = 12;
    private const int KillPoint = 150;
    private const int AfterTheKill = 150;

    [PostgresOnlyFact]
    public async Task A_write_burst_through_nginx_loses_no_acknowledged_write_when_one_instance_is_killed_in_it()
    {
        using var nginx = await LoadBalancer.StartAsync([First.BaseAddress, Second.BaseAddress]);
        var burst = new WriteBurst([nginx.Client], "through-nginx");
        var servedByFirst = 0;

        var report = await burst.KillMidBurstAsync(Writers, KillPoint, AfterTheKill, () =>
        {
            servedByFirst = AccessLogLinesOf(nginx, First);
            First.Kill();
        });

        output.WriteLine(report.ToString());
        report.ReachedKillPoint.Should().BeTrue($"the burst reaches {KillPoint} acknowledged writes: {string.Join("; ", burst.Unexpected.Take(5))}\n{nginx.Log}");
        servedByFirst.Should().BeGreaterThan(KillPoint / 4, "round-robin gave the first instance its share before the kill");
        burst.Unexpected.Should().BeEmpty($"through nginx every write is acknowledged, before the kill and after it\n{nginx.Log}");
        report.Unanswered.Should().BeLessThanOrEqualTo(Writers, "only requests in flight at the kill may lose their answer: nginx sends the rest to the other instance");
        report.WentOnAfterTheKill.Should().BeTrue("after the kill nginx sends the writes to the instance that is left");
        (await burst.WhatIsLost(Second.Client)).Should().BeEmpty("every write acknowledged through nginx is there, whole, read through the instance that is left");
        (await burst.WhatReplaysWrong(nginx.Client, Database.Path)).Should().BeEmpty("each create sent again with its key gives its first answer, and one scenario per key");
        StoredDatabase.HalfWrittenRows(Database.Path).Should().BeEmpty();
    }

    [PostgresOnlyFact]
    public async Task Nginx_refuses_a_body_over_the_APIs_limit_with_the_APIs_problem_and_passes_one_at_the_limit()
    {
        using var nginx = await LoadBalancer.StartAsync([First.BaseAddress, Second.BaseAddress]);
        const int Limit = 1024 * 1024; // Limits:MaxBodyBytes, 1 MiB by default, as client_max_body_size 1m

        using var over = await nginx.Client.PostAsync("v1/scenarios", Bodies.Json(new string(' ', Limit - 2) + "{}" + " "));
        using var direct = await First.Client.PostAsync("v1/scenarios", Bodies.Json(new string(' ', Limit - 2) + "{}" + " "));
        await over.ShouldBeProblem(413);
        await direct.ShouldBeProblem(413);
        var fromNginx = await over.ReadJson();
        var fromApi = await direct.ReadJson();
        fromNginx["title"]!.GetValue<string>().Should().Be(fromApi["title"]!.GetValue<string>(), "the load balancer refuses as the API does, in Dutch by default");
        fromNginx["type"]!.GetValue<string>().Should().Be(fromApi["type"]!.GetValue<string>());
        fromNginx["errors"]!.ToJsonString().Should().Be(fromApi["errors"]!.ToJsonString());

        using var atLimit = await nginx.Client.PostAsync("v1/scenarios", Bodies.Json(Bodies.Scenario("[at the limit]").PadRight(Limit)));
        atLimit.StatusCode.Should().Be(HttpStatusCode.Created, "a body of exactly Limits:MaxBodyBytes passes nginx and is stored by the API");
    }

    /// <summary>How many requests nginx's access log shows for <paramref name="instance"/> (the log names the upstream address).</summary>
    private static int AccessLogLinesOf(LoadBalancer nginx, ApiServer instance) =>
        File.ReadLines(Path.Combine(nginx.Folder, "budgetengine.access.log")).Count(line => line.Contains($"upstream=127.0.0.1:{instance.BaseAddress.Port}", StringComparison.Ordinal));
}
