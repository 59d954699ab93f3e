using BudgetEngine.Contracts;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>
/// The centrumgemeenten the API knows: every one with a stored plan or an entry in a stored national distribution (latest versions).
/// The name comes from its latest plan that gives one, else its entry in the latest distribution; the regiogemeenten from its latest plan.
/// </summary>
public sealed class DuVoCentrumgemeenten(DuVoPlanStore plans, DuVoDistributionStore distributions)
{
    /// <summary>Every known centrumgemeente, by CBS code.</summary>
    public async Task<IReadOnlyList<DuVoCentrumgemeenteDto>> ListAsync(CancellationToken ct)
    {
        var planDtos = (await plans.AllLatestAsync(ct))
            .Select(p => (p.Centrumgemeente, p.Year, Plan: DuVoBodies.PlanDto(p.Document.Body)))
            .ToArray();
        var entries = (await distributions.AllLatestAsync(ct))
            .SelectMany(d => (DuVoBodies.DistributionDto(d.Document.Body).Centrumgemeenten ?? [])
                .Select(e => (Code: e!.Code!, d.Year, Name: e.Name)))
            .ToArray();

        return planDtos.Select(p => p.Centrumgemeente)
            .Concat(entries.Select(e => e.Code))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(code =>
            {
                var own = planDtos.Where(p => p.Centrumgemeente == code).OrderBy(p => p.Year).ToArray();
                var listed = entries.Where(e => e.Code == code).OrderBy(e => e.Year).ToArray();
                var name = own.LastOrDefault(p => !string.IsNullOrWhiteSpace(p.Plan.Name)).Plan?.Name ?? listed.LastOrDefault().Name;
                var regiogemeenten = own.Length == 0 ? [] : (own[^1].Plan.Regiogemeenten ?? []).OfType<DuVoRegiogemeenteDto>().ToArray();
                return new DuVoCentrumgemeenteDto(code, name, own.Select(p => p.Year).ToArray(), listed.Select(e => e.Year).ToArray(), regiogemeenten);
            })
            .ToArray();
    }
}
