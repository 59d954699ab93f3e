using BudgetEngine.Contracts;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Features.Reconciliations;

/// <summary>The query parameter that chooses how much of a reconciliation is sent.</summary>
public sealed record ReconciliationViewQuery
{
    /// <summary>Whether the response lists each line's allocation per year (default true). false leaves the allocations property out entirely (every other field unchanged; with Accept: text/csv the coverage section is left out): the years, the per-source balances and the findings answer "does it close?" at about a tenth of the size.</summary>
    [Description("Whether the response lists each line's allocation per year; false leaves the allocations property out (about a tenth of the size).")]
    [DefaultValue(true)]
    [FromQuery(Name = "allocations")]
    public bool? Allocations { get; init; }

    /// <summary>The view asked for.</summary>
    public ReconciliationView Read() => Allocations == false ? ReconciliationView.Summary : ReconciliationView.Full;
}
