using System.Diagnostics.Tracing;

namespace BudgetEngine.Benchmarks;

/// <summary>
/// Which types a benchmark allocates, sampled from the runtime's allocation ticks (one per ~100 KB allocated, naming
/// the type whose allocation crossed the mark): <c>--allocations FILTER [CALLS]</c>. A development aid: shares follow
/// bytes allocated, by type, over many calls.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytesByType = [];
    private bool _listening;

    public static void Run(string filter, int calls)
    {
        using var sampler = new AllocationSampler();
        sampler._listening = true;
        CpuTimer.Count(filter, calls);
        sampler._listening = false;
        lock (sampler._bytesByType)
        {
            var total = sampler._bytesByType.Values.Sum();
            foreach (var (type, bytes) in sampler._bytesByType.OrderByDescending(p => p.Value).Take(30))
            {
                Console.WriteLine($"{100.0 * bytes / total,6:F1}%  {type}");
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_listening || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t]?.ToString() ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
        lock (_bytesByType) _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
    }
}
