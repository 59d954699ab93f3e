using BudgetEngine.Durability.Tests.Server;
using BudgetEngine.TestSupport;
using Xunit.Abstractions;

namespace BudgetEngine.Durability.Tests.MultiInstance;

/// <summary>
/// Writers spread over two instances of one PostgreSQL database; one instance is killed with SIGKILL mid-burst while the
/// other goes on. What the killed one acknowledged is read back through the survivor.
/// </summary>
[Trait("Category", "Durability")]
public sealed class InstanceCrashTests(ITestOutputHelper output) : TwoInstances
{
    private const int Writers = 12;
    private const int KillPoint = 150;
    private const int AfterTheKill = 100;

    [PostgresOnlyFact]
    public async Task No_write_acknowledged_by_an_instance_killed_mid_burst_is_lost_when_read_through_the_other()
    {
        var burst = new WriteBurst([First.Client, Second.Client], "instance-crash");

        var report = await burst.KillMidBurstAsync(Writers, KillPoint, AfterTheKill, First.Kill);

        output.WriteLine(report.ToString());
        report.ReachedKillPoint.Should().BeTrue($"the burst reaches {KillPoint} acknowledged writes: {string.Join("; ", burst.Unexpected.Take(5))}\n{First.Log}");
        burst.Unexpected.Should().BeEmpty($"every write is acknowledged until the kill, and the second instance's after it\n{Second.Log}");
        report.WentOnAfterTheKill.Should().BeTrue("the second instance goes on acknowledging writes after the first is killed");
        (await burst.WhatIsLost(Second.Client)).Should().BeEmpty("every write acknowledged by either instance is there, whole, through the second");
        (await burst.WhatReplaysWrong(Second.Client, Database.Path)).Should().BeEmpty("each create sent again with its key gives its first answer, and one scenario per key");
        StoredDatabase.HalfWrittenRows(Database.Path).Should().BeEmpty();
    }
}
