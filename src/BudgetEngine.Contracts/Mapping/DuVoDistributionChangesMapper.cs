using BudgetEngine.Core.Amendments;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>Maps the core's <see cref="DistributionChanges"/> between two versions of a year's distribution to the wire.</summary>
public static class DuVoDistributionChangesMapper
{
    /// <summary>The changes of version <paramref name="version"/> of <paramref name="year"/>'s distribution against version <paramref name="from"/>.</summary>
    public static DuVoDistributionChangesDto ToDto(int year, int from, int version, DistributionChanges changes) => new(
        year,
        from,
        version,
        new AmountChangeDto(changes.TotalBefore.Euros, changes.TotalAfter.Euros, changes.Difference.Euros),
        changes.Components.Select(ToDto).ToArray(),
        changes.Circulars.Select(ToDto).ToArray(),
        changes.Centrumgemeenten.Select(c => new DuVoCentrumgemeenteChangeDto(
            c.Code.Value, c.Name, Wire(c.Change), c.Before.Euros, c.After.Euros, c.Difference.Euros,
            c.Components.Select(ToDto).ToArray(), c.Circulars.Select(ToDto).ToArray())).ToArray());

    private static DuVoComponentChangeDto ToDto(ComponentChange c) =>
        new(c.Component, Wire(c.Change), c.CircularBefore, c.CircularAfter, c.Before.Euros, c.After.Euros, c.Difference.Euros);

    private static DuVoCircularChangeDto ToDto(CircularChange c) => new(c.Circular, Wire(c.Change), c.Before.Euros, c.After.Euros, c.Difference.Euros);

    private static ChangeDto? Wire(Change? change) => change is { } given ? WireEnums.ToDto(given) : null;
}
