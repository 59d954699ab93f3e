using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using BudgetEngine.Durability.Tests.Server;
using BudgetEngine.TestSupport;
using Xunit.Abstractions;

namespace BudgetEngine.Durability.Tests.Load;

/// <summary>
/// A bounded mixed load from concurrent clients: reads, lists, versions, PUTs, keyed creates, stored and posted
/// reconciliations, and some bad input. Each client owns its scenario, so every write it makes must be answered 2xx and
/// be there at the end.
/// </summary>
[Trait("Category", "Durability")]
public sealed class MixedLoadTests(ITestOutputHelper output) : ServerOverTemporaryDatabase
{
    /// <summary>Concurrent clients.</summary>
    public const int Clients = 32;

    /// <summary>Requests in the warm-up, after which the baseline memory is read.</summary>
    public const int WarmUpRequests = 2_000;

    /// <summary>Requests in the measured load.</summary>
    public const int LoadRequests = 20_000;

    private const long MemoryToleranceBytes = 64L * 1024 * 1024;

    [Fact]
    public async Task A_mixed_load_ends_with_no_5_xx_no_lost_write_and_memory_back_near_its_baseline()
    {
        var clients = new ClientState[Clients];
        for (var c = 0; c < Clients; c++)
        {
            var created = await Server.Client.PostScenario(Bodies.Scenario($"[load-{c}] v1"));
            created.StatusCode.Should().Be(HttpStatusCode.Created);
            clients[c] = new ClientState(c, created.IdFromLocation(), created.ETag(), $"[load-{c}] v1");
        }
        var tally = new ConcurrentDictionary<string, int>();
        var failures = new ConcurrentQueue<string>();

        await Run(clients, WarmUpRequests, phase: 0, tally, failures);
        var baseline = await SettledResidentBytes();
        var clock = Stopwatch.StartNew();
        await Run(clients, LoadRequests, phase: 1, tally, failures);
        clock.Stop();
        var after = await SettledResidentBytes();

        var total = tally.Values.Sum();
        output.WriteLine($"{total} requests from {Clients} clients ({WarmUpRequests} warm-up + {LoadRequests} measured) in {clock.Elapsed.TotalSeconds:0.0} s for the measured part");
        output.WriteLine(string.Join(", ", tally.OrderBy(t => t.Key).Select(t => $"{t.Key}: {t.Value}")));
        output.WriteLine($"server VmRSS: {baseline / 1048576} MB after warm-up, {after / 1048576} MB after the load");

        output.WriteLine($"{Server.CountLogLines("The database is busy or locked; retry")} busy retries logged by the server");
        failures.Take(5).Should().BeEmpty($"every request gets its expected answer; none is 5xx or lost in transport ({failures.Count} did not)\n" + Server.Log);
        tally.Keys.Should().NotContain(k => k.EndsWith(" 5xx", StringComparison.Ordinal));
        total.Should().Be(WarmUpRequests + LoadRequests);

        foreach (var client in clients)
        {
            var latest = await Server.Client.GetAsync($"v1/scenarios/{client.Id}");
            latest.ETag().Should().Be(client.ETag, $"client {client.Number}'s last acknowledged PUT is the latest version");
            (await latest.ReadJson())["scenario"]!["name"]!.GetValue<string>().Should().Be(client.Name);
            var versions = (await (await Server.Client.GetAsync($"v1/scenarios/{client.Id}/versions")).ReadJson()).AsArray();
            versions.Count.Should().Be(client.Puts + 1, $"client {client.Number}: one version per acknowledged PUT");
            foreach (var id in client.Created)
            {
                (await Server.Client.GetAsync($"v1/scenarios/{id}")).StatusCode.Should().Be(HttpStatusCode.OK, $"client {client.Number} created {id}");
            }
        }
        if (!TestDatabase.IsPostgres) StoredDatabase.IntegrityCheck(Database.Path).Should().Equal("ok"); // SQLite's file
        StoredDatabase.HalfWrittenRows(Database.Path).Should().BeEmpty();
        after.Should().BeLessThanOrEqualTo(Math.Max(baseline + MemoryToleranceBytes, baseline * 3 / 2),
            "the server's memory comes back near its warmed-up baseline (a leak check, not a timing check)");
    }

    private async Task Run(ClientState[] clients, int requests, int phase, ConcurrentDictionary<string, int> tally, ConcurrentQueue<string> failures)
    {
        await Task.WhenAll(clients.Select(client => Task.Run(async () =>
        {
            var share = requests / Clients + (client.Number < requests % Clients ? 1 : 0);
            var random = new Random(phase * 100 + client.Number);
            for (var i = 0; i < share; i++)
            {
                var (kind, expected, send) = Next(client, random, phase, i);
                try
                {
                    using var response = await send();
                    var status = (int)response.StatusCode;
                    tally.AddOrUpdate($"{kind} {(status >= 500 ? "5xx" : status)}", 1, (_, n) => n + 1);
                    if (response.StatusCode != expected)
                    {
                        failures.Enqueue($"{kind} by client {client.Number}: {status} {await response.Content.ReadAsStringAsync()}");
                        continue;
                    }
                    await client.Acknowledge(kind, response);
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    tally.AddOrUpdate($"{kind} transport", 1, (_, n) => n + 1);
                    failures.Enqueue($"{kind} by client {client.Number}: {exception.Message}");
                }
            }
        })));
    }

    private (string Kind, HttpStatusCode Expected, Func<Task<HttpResponseMessage>> Send) Next(ClientState client, Random random, int phase, int i)
    {
        var http = Server.Client;
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.25 => ("get", HttpStatusCode.OK, () => http.GetAsync($"v1/scenarios/{client.Id}")),
            < 0.33 => ("list", HttpStatusCode.OK, () => http.GetAsync($"v1/scenarios?page={1 + random.Next(3)}&pageSize=20")),
            < 0.38 => ("versions", HttpStatusCode.OK, () => http.GetAsync($"v1/scenarios/{client.Id}/versions")),
            < 0.58 => ("put", HttpStatusCode.OK, () =>
            {
                client.Pending = $"[load-{client.Number}] v{client.Puts + 2}";
                return http.PutScenario(client.Id, Bodies.Scenario(client.Pending, projectleider: 1000 + i), client.ETag);
            }),
            < 0.63 => ("create", HttpStatusCode.Created, () => http.PostScenario(Bodies.Scenario($"[load-{client.Number}-{phase}-{i}]"), $"load-{client.Number}-{phase}-{i}")),
            < 0.78 => ("reconcile-stored", HttpStatusCode.OK, () => http.GetAsync($"v1/scenarios/{client.Id}/reconciliation")),
            < 0.96 => ("reconcile-posted", HttpStatusCode.OK, () => http.PostAsync("v1/reconciliations", Bodies.Json(Bodies.Scenario("posted", projectleider: 1000 + i)))),
            _ => ("bad-input", HttpStatusCode.BadRequest, () => http.PostScenario(Bodies.Scenario("bad").Replace("\"2020\": 20000", "\"2020\": 20000.001", StringComparison.Ordinal))),
        };
    }

    /// <summary>The server's resident memory after a short settle (the load has ended; this is not a timing check).</summary>
    private async Task<long> SettledResidentBytes()
    {
        await Task.Delay(TimeSpan.FromSeconds(3));
        return Server.ResidentBytes();
    }

    private sealed class ClientState(int number, string id, string etag, string name)
    {
        public int Number { get; } = number;
        public string Id { get; } = id;
        public string ETag { get; private set; } = etag;
        public string Name { get; private set; } = name;
        public string? Pending { get; set; }
        public int Puts { get; private set; }
        public List<string> Created { get; } = [];

        public Task Acknowledge(string kind, HttpResponseMessage response)
        {
            if (kind == "put")
            {
                ETag = response.ETag();
                Name = Pending!;
                Puts++;
            }
            else if (kind == "create")
            {
                Created.Add(response.IdFromLocation());
            }
            return Task.CompletedTask;
        }
    }
}
