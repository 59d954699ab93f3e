using System.Collections.Concurrent;
using System.Net;
using BudgetEngine.Durability.Tests.Server;

namespace BudgetEngine.Durability.Tests.MultiInstance;

/// <summary>
/// Concurrent writers that create scenarios (each POST with its own Idempotency-Key), change them (PUT with If-Match) and
/// delete them, writer w through client w mod n, and remember every write that was acknowledged. A request whose answer
/// never came (its instance went away, or the load balancer answered 502 or 504 for it) is unanswered: a writer that has
/// another way in reads its scenario again and goes on from what is stored; one that has none stops. Anything else that
/// is not the write's success is unexpected.
/// </summary>
public sealed class WriteBurst(IReadOnlyList<HttpClient> clients, string label)
{
    private readonly ConcurrentQueue<Ack> _acks = new();
    private readonly ConcurrentQueue<CreateAttempt> _creates = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private readonly ConcurrentDictionary<string, int> _unansweredPerScenario = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];
    private int _acknowledged;
    private int _unanswered;
    private int _inFlight;
    private volatile bool _stopping;
    private volatile bool _instanceGone;

    /// <summary>Acknowledged writes so far.</summary>
    public int Acknowledged => Volatile.Read(ref _acknowledged);

    /// <summary>Requests whose answer never came.</summary>
    public int Unanswered => Volatile.Read(ref _unanswered);

    /// <summary>Requests sent and not yet answered.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Everything that went wrong other than answers lost with an instance, as readable lines.</summary>
    public IReadOnlyList<string> Unexpected => [.. _unexpected];

    /// <summary>Every acknowledged write.</summary>
    public IReadOnlyList<Ack> Acks => [.. _acks];

    /// <summary>Completes once <paramref name="count"/> writes are acknowledged.</summary>
    private Task WhenAcknowledged(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            if (Acknowledged >= count) reached.SetResult();
            else _waiters.Add((count, reached));
        }
        return reached.Task;
    }

    /// <summary>From now on, lost answers and refused connections are what the test caused, not failures.</summary>
    private void InstanceGoes() => _instanceGone = true;

    /// <summary>Runs <paramref name="writers"/> writers until <see cref="Stop"/>.</summary>
    private Task RunAsync(int writers) => Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => Writer(w))));

    private void Stop() => _stopping = true;

    /// <summary>
    /// Runs <paramref name="writers"/> writers; once <paramref name="killPoint"/> writes are acknowledged, calls
    /// <paramref name="kill"/> (which kills an instance), lets the writers go on until <paramref name="afterTheKill"/> more
    /// are acknowledged, and stops them. Waits at most two minutes for either.
    /// </summary>
    public async Task<KillReport> KillMidBurstAsync(int writers, int killPoint, int afterTheKill, Action kill)
    {
        var writing = RunAsync(writers);
        var reached = WhenAcknowledged(killPoint);
        await Task.WhenAny(reached, writing, Task.Delay(TimeSpan.FromMinutes(2)));
        var inFlight = InFlight;
        InstanceGoes();
        kill();
        var acknowledgedAtKill = Acknowledged;
        var wentOn = WhenAcknowledged(acknowledgedAtKill + afterTheKill);
        await Task.WhenAny(wentOn, writing, Task.Delay(TimeSpan.FromMinutes(2)));
        Stop();
        await writing;
        return new KillReport(reached.IsCompleted, wentOn.IsCompleted, acknowledgedAtKill, inFlight, Acknowledged, Unanswered, Creates);
    }

    /// <summary>What happened around the kill.</summary>
    public sealed record KillReport(bool ReachedKillPoint, bool WentOnAfterTheKill, int AcknowledgedAtKill, int InFlightAtKill, int Acknowledged, int Unanswered, int Creates)
    {
        public override string ToString() =>
            $"SIGKILL at {AcknowledgedAtKill} acknowledged writes with {InFlightAtKill} requests in flight; {Acknowledged} acknowledged in all, "
            + $"{Unanswered} answers lost, {Creates} creates attempted";
    }

    private async Task Writer(int writer)
    {
        var client = clients[writer % clients.Count];
        var random = new Random(writer);
        Current? current = null;
        for (var n = 0; !_stopping && n < 100_000; n++)
        {
            var roll = random.NextDouble();
            Interlocked.Increment(ref _inFlight);
            try
            {
                if (current is null || roll < 0.25)
                {
                    var key = $"{label}-w{writer}-n{n}";
                    var attempt = new CreateAttempt(key, Bodies.Scenario($"[{key}]", projectleider: 1000 + n));
                    _creates.Enqueue(attempt);
                    using var response = await client.PostScenario(attempt.Body, key);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        attempt.AcknowledgedLocation = response.Headers.Location!.OriginalString;
                        current = new Current(response.IdFromLocation(), key, response.ETag(), 1);
                        Acknowledge(new Ack(current.Id, 1, $"[{key}]"));
                    }
                    else if (!AnswerLost(response, $"create {key}"))
                    {
                        _unexpected.Enqueue($"create {key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                else if (roll < 0.92)
                {
                    var name = $"[{current.Key}] v{current.Version + 1}";
                    using var response = await client.PutScenario(current.Id, Bodies.Scenario(name, projectleider: 1000 + n), current.ETag);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        current = current with { ETag = response.ETag(), Version = current.Version + 1 };
                        Acknowledge(new Ack(current.Id, current.Version, name));
                    }
                    else if (AnswerLost(response, $"put {current.Id} v{current.Version + 1}") || response.StatusCode == HttpStatusCode.PreconditionFailed && _instanceGone)
                    {
                        // A 412 after an instance went: the load balancer sent the PUT on to the other instance after the first had stored it.
                        Unknown(current.Id);
                        current = await StoredNow(client, current);
                    }
                    else
                    {
                        _unexpected.Enqueue($"put {current.Id} v{current.Version + 1}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
                else
                {
                    using var response = await client.DeleteScenario(current.Id, current.ETag);
                    if (response.StatusCode == HttpStatusCode.NoContent)
                    {
                        Acknowledge(new Ack(current.Id, current.Version + 1, null));
                        current = null;
                    }
                    else if (AnswerLost(response, $"delete {current.Id}")
                        || response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Gone && _instanceGone)
                    {
                        // A 410 after an instance went: the load balancer sent the DELETE on to the other instance after the
                        // first had deleted the scenario (as a 412 for a PUT stored twice).
                        Unknown(current.Id);
                        current = await StoredNow(client, current);
                    }
                    else
                    {
                        _unexpected.Enqueue($"delete {current.Id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                // The writer's instance is gone with the request: whatever it did is unknown, and this writer has no other way in.
                Interlocked.Increment(ref _unanswered);
                if (current is not null) Unknown(current.Id);
                if (!_instanceGone) _unexpected.Enqueue($"writer {writer}: {exception.GetType().Name}: {exception.Message}");
                return;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    /// <summary>A 502 or 504 of the load balancer after an instance went: the request's answer is lost, not refused.</summary>
    private bool AnswerLost(HttpResponseMessage response, string what)
    {
        if (!_instanceGone || response.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout)) return false;
        Interlocked.Increment(ref _unanswered);
        return true;
    }

    private void Unknown(string id) => _unansweredPerScenario.AddOrUpdate(id, 1, (_, count) => count + 1);

    /// <summary>The scenario as stored now (null once it is deleted): where a writer whose answer was lost goes on from.</summary>
    private static async Task<Current?> StoredNow(HttpClient client, Current current)
    {
        using var response = await client.GetAsync($"v1/scenarios/{current.Id}");
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone) return null;
        response.EnsureSuccessStatusCode();
        var etag = response.ETag();
        return current with { ETag = etag, Version = Bodies.VersionOf(etag) };
    }

    private void Acknowledge(Ack ack)
    {
        _acks.Enqueue(ack);
        var count = Interlocked.Increment(ref _acknowledged);
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Count <= count)) waiter.Reached.TrySetResult();
        }
    }

    /// <summary>
    /// Reads every acknowledged write back through <paramref name="reader"/>: each version is there with the body it was
    /// acknowledged with (a deletion as a tombstone), and a scenario has no more versions than its acknowledged ones and
    /// the writes whose answers were lost. Gives what is missing or wrong, as readable lines.
    /// </summary>
    public async Task<IReadOnlyList<string>> WhatIsLost(HttpClient reader)
    {
        var lost = new List<string>();
        foreach (var ack in _acks)
        {
            using var response = await reader.GetAsync($"v1/scenarios/{ack.Id}/versions/{ack.Version}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                lost.Add($"{ack} was acknowledged and answers {(int)response.StatusCode}");
                continue;
            }
            var version = await response.ReadJson();
            if (version["deleted"]!.GetValue<bool>() != (ack.Name is null)) lost.Add($"{ack}: deleted is {version["deleted"]}");
            else if (ack.Name is not null && version["scenario"]!["name"]!.GetValue<string>() != ack.Name) lost.Add($"{ack}: stored as {version["scenario"]!["name"]}");
        }
        foreach (var scenario in _acks.GroupBy(a => a.Id))
        {
            var versions = (await (await reader.GetAsync($"v1/scenarios/{scenario.Key}/versions")).ReadJson()).AsArray().Count;
            var most = scenario.Max(a => a.Version) + _unansweredPerScenario.GetValueOrDefault(scenario.Key);
            if (versions > most) lost.Add($"scenario {scenario.Key} has {versions} versions; at most {most} were written");
        }
        return lost;
    }

    /// <summary>
    /// Sends every create again with its key, as a client that got no answer does, through <paramref name="reader"/>: an
    /// acknowledged one answers its Location again, and each key ends up with exactly one scenario in the database <paramref name="databasePath"/> stands for.
    /// </summary>
    public async Task<IReadOnlyList<string>> WhatReplaysWrong(HttpClient reader, string databasePath)
    {
        var wrong = new List<string>();
        foreach (var attempt in _creates)
        {
            using var response = await reader.PostScenario(attempt.Body, attempt.Key);
            if (response.StatusCode != HttpStatusCode.Created) wrong.Add($"replay of {attempt.Key}: {(int)response.StatusCode}");
            else if (attempt.AcknowledgedLocation is not null && response.Headers.Location?.OriginalString != attempt.AcknowledgedLocation)
                wrong.Add($"replay of {attempt.Key} names {response.Headers.Location}, not {attempt.AcknowledgedLocation}");
            var stored = StoredDatabase.ScenariosNamed(databasePath, $"[{attempt.Key}]");
            if (stored != 1) wrong.Add($"key {attempt.Key} has {stored} scenarios");
        }
        return wrong;
    }

    /// <summary>The creates attempted.</summary>
    public int Creates => _creates.Count;

    /// <summary>An acknowledged write: the version it made, and the name it carries (null for a deletion).</summary>
    public sealed record Ack(string Id, int Version, string? Name);

    private sealed record Current(string Id, string Key, string ETag, int Version);

    private sealed record CreateAttempt(string Key, string Body)
    {
        public string? AcknowledgedLocation { get; set; }
    }
}
