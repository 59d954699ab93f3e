using BudgetEngine.Core.DuVo;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>
/// The grants of stored scenarios that name a centrumgemeente's plan of a year as their origin, for the plan's side of pass-through
/// (<see cref="TransferGrants"/>). The scenarios feature provides it, so that the DU VO feature needs nothing of it.
/// </summary>
public interface ITransferGrants
{
    /// <summary>The grants of the latest versions of <paramref name="organisations"/>' scenarios whose transferFrom names <paramref name="code"/> and <paramref name="year"/>.</summary>
    Task<IReadOnlyList<TransferredGrant>> NamingAsync(string code, int year, IReadOnlyCollection<string> organisations, CancellationToken ct);
}
