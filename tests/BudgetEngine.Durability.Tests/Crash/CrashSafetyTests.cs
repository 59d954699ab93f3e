using System.Collections.Concurrent;
using System.Net;
using BudgetEngine.Durability.Tests.Server;
using BudgetEngine.TestSupport;
using Xunit.Abstractions;

namespace BudgetEngine.Durability.Tests.Crash;

/// <summary>
/// The server is killed with SIGKILL in the middle of a burst of writes from concurrent clients, at several kill points
/// (counted in acknowledged writes), each time restarted over the same file. Every check covers everything acknowledged
/// since the first round.
/// </summary>
[Trait("Category", "Durability")]
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Acknowledged writes in a round after which the server is killed.</summary>
    public static readonly int[] KillPoints = [10, 50, 100, 200, 300, 400];

    private const int Writers = 12;
    private readonly TemporaryDatabase _database = new();
    private readonly List<Ack> _acks = [];
    private int _committedButUnanswered;
    private ApiServer? _server;

    public void Dispose()
    {
        _server?.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Every_acknowledged_write_survives_a_SIGKILL_mid_burst_whole_and_once()
    {
        var previousAttempts = new List<CreateAttempt>();
        for (var round = 0; round <= KillPoints.Length; round++)
        {
            _server = await ApiServer.StartAsync(_database.Path);
            await EveryAcknowledgedWriteIsThere($"after kill {round}");
            await ReplayingEveryCreateGivesOneScenarioPerKey(previousAttempts, $"after kill {round}");
            if (!TestDatabase.IsPostgres) StoredDatabase.IntegrityCheck(_database.Path).Should().Equal(["ok"], $"after kill {round}"); // SQLite's file
            StoredDatabase.HalfWrittenRows(_database.Path).Should().BeEmpty($"after kill {round}");
            if (round == KillPoints.Length) break;

            var burst = await BurstThenKill(round, KillPoints[round]);
            previousAttempts = burst.Attempts;
            output.WriteLine($"kill {round + 1} (kill point {KillPoints[round]}): SIGKILL with {burst.Acknowledged} writes acknowledged in the burst and "
                + $"{burst.InFlight} requests in flight; {burst.Attempts.Count} creates attempted; {_acks.Count} acknowledged writes in all");
            _server.Dispose();
            _server = null;
        }
        output.WriteLine($"{KillPoints.Length} kill points, {_acks.Count} acknowledged writes checked after every restart; "
            + $"{_committedButUnanswered} writes were committed but unanswered at a kill (found whole, and once)");
    }

    private async Task EveryAcknowledgedWriteIsThere(string when)
    {
        var client = _server!.Client;
        foreach (var ack in _acks)
        {
            using var response = await client.GetAsync($"v1/scenarios/{ack.Id}/versions/{ack.Version}");
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{when}: {ack} was acknowledged");
            var version = await response.ReadJson();
            version["deleted"]!.GetValue<bool>().Should().Be(ack.Name is null, $"{when}: {ack}");
            if (ack.Name is not null)
            {
                version["scenario"]!["name"]!.GetValue<string>().Should().Be(ack.Name, $"{when}: {ack} is stored whole");
            }
        }
        foreach (var scenario in _acks.GroupBy(a => a.Id))
        {
            var acknowledged = scenario.Max(a => a.Version);
            var versions = (await (await client.GetAsync($"v1/scenarios/{scenario.Key}/versions")).ReadJson()).AsArray();
            versions.Count.Should().BeOneOf([acknowledged, acknowledged + 1],
                $"{when}: scenario {scenario.Key} has every acknowledged version, and at most the one write that was in flight at the kill");
            if (versions.Count > acknowledged)
            {
                // The write in flight committed but its answer was lost with the process: it counts as acknowledged from now on.
                _committedButUnanswered++;
                var newest = versions[^1]!;
                var body = newest["deleted"]!.GetValue<bool>()
                    ? null
                    : (await (await client.GetAsync($"v1/scenarios/{scenario.Key}/versions/{versions.Count}")).ReadJson())["scenario"]!["name"]!.GetValue<string>();
                _acks.Add(new Ack(scenario.Key, versions.Count, body));
            }
        }
    }

    /// <summary>
    /// A client that got no answer retries with the same Idempotency-Key: the acknowledged ones answer their first
    /// response, and however far the unanswered ones got, each key ends up with exactly one scenario.
    /// </summary>
    private async Task ReplayingEveryCreateGivesOneScenarioPerKey(IReadOnlyList<CreateAttempt> attempts, string when)
    {
        foreach (var attempt in attempts)
        {
            using var response = await _server!.Client.PostScenario(attempt.Body, attempt.Key);
            response.StatusCode.Should().Be(HttpStatusCode.Created, $"{when}: replay of {attempt.Key}");
            if (attempt.AcknowledgedLocation is not null)
            {
                response.Headers.Location!.OriginalString.Should().Be(attempt.AcknowledgedLocation, $"{when}: {attempt.Key} was acknowledged");
                response.Headers.Contains("Idempotent-Replayed").Should().BeTrue($"{when}: {attempt.Key}");
            }
            else if (response.Headers.Contains("Idempotent-Replayed"))
            {
                _committedButUnanswered++; // created, with its key, just before the kill; the answer never left
            }
            else
            {
                _acks.Add(new Ack(response.IdFromLocation(), 1, $"[{attempt.Key}]"));
            }
            StoredDatabase.ScenariosNamed(_database.Path, $"[{attempt.Key}]").Should().Be(1, $"{when}: key {attempt.Key} has exactly one scenario");
        }
    }

    private async Task<(List<CreateAttempt> Attempts, int InFlight, int Acknowledged)> BurstThenKill(int round, int killPoint)
    {
        var acks = new ConcurrentQueue<Ack>();
        var attempts = new ConcurrentQueue<CreateAttempt>();
        var unexpected = new ConcurrentQueue<string>();
        var acknowledged = 0;
        var inFlight = 0;
        var killed = 0;
        var reachedKillPoint = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = _server!.Client;

        void Acknowledge(Ack ack)
        {
            acks.Enqueue(ack);
            if (Interlocked.Increment(ref acknowledged) >= killPoint) reachedKillPoint.TrySetResult();
        }

        async Task Writer(int writer)
        {
            var random = new Random(round * 1000 + writer);
            (string Id, string Key, string ETag, int Version)? current = null;
            for (var n = 0; Volatile.Read(ref killed) == 0 && n < 10_000; n++)
            {
                var roll = random.NextDouble();
                Interlocked.Increment(ref inFlight);
                try
                {
                    if (current is null || roll < 0.25)
                    {
                        var key = $"crash-r{round}-w{writer}-n{n}";
                        var attempt = new CreateAttempt(key, Bodies.Scenario($"[{key}]", projectleider: 1000 + n));
                        attempts.Enqueue(attempt);
                        using var response = await client.PostScenario(attempt.Body, key);
                        if (response.StatusCode != HttpStatusCode.Created) { unexpected.Enqueue($"create {key}: {(int)response.StatusCode}"); continue; }
                        attempt.AcknowledgedLocation = response.Headers.Location!.OriginalString;
                        current = (response.IdFromLocation(), key, response.ETag(), 1);
                        Acknowledge(new Ack(current.Value.Id, 1, $"[{key}]"));
                    }
                    else if (roll < 0.92)
                    {
                        var (id, key, etag, version) = current.Value;
                        var name = $"[{key}] v{version + 1}";
                        using var response = await client.PutScenario(id, Bodies.Scenario(name, projectleider: 1000 + n), etag);
                        if (response.StatusCode != HttpStatusCode.OK) { unexpected.Enqueue($"put {id} v{version + 1}: {(int)response.StatusCode}"); continue; }
                        current = (id, key, response.ETag(), version + 1);
                        Acknowledge(new Ack(id, version + 1, name));
                    }
                    else
                    {
                        var (id, _, etag, version) = current.Value;
                        using var response = await client.DeleteScenario(id, etag);
                        if (response.StatusCode != HttpStatusCode.NoContent) { unexpected.Enqueue($"delete {id}: {(int)response.StatusCode}"); continue; }
                        current = null;
                        Acknowledge(new Ack(id, version + 1, null));
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    if (Volatile.Read(ref killed) == 0) unexpected.Enqueue($"writer {writer}: {exception.Message}");
                    return;
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            }
        }

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => Writer(w))).ToArray();
        var first = await Task.WhenAny(reachedKillPoint.Task, Task.WhenAll(writers), Task.Delay(TimeSpan.FromMinutes(2)));
        var inFlightAtKill = Volatile.Read(ref inFlight);
        var acknowledgedAtKill = Volatile.Read(ref acknowledged);
        Interlocked.Exchange(ref killed, 1);
        _server.Kill();
        await Task.WhenAll(writers);

        first.Should().Be(reachedKillPoint.Task, $"round {round}: the burst reaches {killPoint} acknowledged writes; unexpected: {string.Join("; ", unexpected.Take(5))}\n{_server.Log}");
        unexpected.Should().BeEmpty($"round {round}: before the kill every write is acknowledged\n{_server.Log}");
        _acks.AddRange(acks);
        return (attempts.ToList(), inFlightAtKill, acknowledgedAtKill);
    }

    /// <summary>An acknowledged write: the version it made, and the name it carries (null for a deletion).</summary>
    private sealed record Ack(string Id, int Version, string? Name);

    /// <summary>A POST with its key and body, and the Location it was answered with, if it was.</summary>
    private sealed record CreateAttempt(string Key, string Body)
    {
        public string? AcknowledgedLocation { get; set; }
    }
}
