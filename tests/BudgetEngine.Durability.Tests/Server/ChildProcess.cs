using System.Diagnostics;

namespace BudgetEngine.Durability.Tests.Server;

/// <summary>A process a test started: an API instance, nginx.</summary>
internal static class ChildProcess
{
    /// <summary>Kills <paramref name="process"/> and its children when it still runs, waits for it to end, and releases it.</summary>
    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(30_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        process.Dispose();
    }
}
