using BudgetEngine.Api.Features.DuVo;
using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The grants of an organisation's stored scenarios (latest versions, not deleted) that name a centrumgemeente's plan as their origin.</summary>
public sealed class ScenarioTransferGrants(ScenarioStore store) : ITransferGrants
{
    private const int PageSize = 100;

    /// <inheritdoc />
    public async Task<IReadOnlyList<TransferredGrant>> NamingAsync(string code, int year, IReadOnlyCollection<string> organisations, CancellationToken ct)
    {
        var found = new List<TransferredGrant>();
        foreach (var organisation in organisations.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            for (var page = 1; ; page++)
            {
                var (items, total) = await store.ListAsync(organisation, null, null, page, PageSize, ct);
                foreach (var stored in items)
                {
                    var scenario = ScenarioBodies.ToScenario(stored.Document.Body).Scenario;
                    found.AddRange(scenario.Grants
                        .Where(g => g.TransferFrom is { } origin && string.Equals(origin.Centrumgemeente.Trim(), code, StringComparison.OrdinalIgnoreCase) && origin.Year == year)
                        .Select(g => new TransferredGrant(stored.Organisation, g)));
                }
                if ((long)page * PageSize >= total) break;
            }
        }
        return found;
    }
}
