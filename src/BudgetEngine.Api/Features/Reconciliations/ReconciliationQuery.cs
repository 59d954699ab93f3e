using BudgetEngine.Api.Infrastructure.Errors;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using BudgetEngine.Contracts;
using BudgetEngine.Contracts.Json;
using BudgetEngine.Contracts.Mapping;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Validation;

namespace BudgetEngine.Api.Features.Reconciliations;

/// <summary>The query parameters that choose how a scenario is reconciled.</summary>
public sealed record ReconciliationQuery
{
    /// <summary>When grants count as income: award-year or pro-rata (also written naar-rato).</summary>
    [Description("When grants count as income: award-year (fully in the year of the award, as the budget documents do) or pro-rata (over the months of the grant's period, to the cent; also written naar-rato).")]
    [DefaultValue("award-year")]
    [FromQuery(Name = "recognition")]
    public string? Recognition { get; init; }

    /// <summary>Whether conditional grants count as income.</summary>
    [Description("Whether conditional grants (\"onder voorbehoud\") count as income; false answers \"what if they are not awarded?\".")]
    [DefaultValue(true)]
    [FromQuery(Name = "includeConditional")]
    public bool? IncludeConditional { get; init; }

    /// <summary>Which figures are reconciled: budget (the begroting, default) or actuals (lines' actuals and grants' received amounts where given, the budget elsewhere; also written begroting, realisatie).</summary>
    [Description("Which figures are reconciled: budget (the begroting, default) or actuals (lines' actuals and grants' received amounts where given, the budget elsewhere, so the closing balances are the realised ones; also written begroting and realisatie).")]
    [DefaultValue("budget")]
    [FromQuery(Name = "basis")]
    public string? Basis { get; init; }

    /// <summary>The core's options, or the errors of the query (with the parameter's name as path).</summary>
    public (ReconciliationOptions? Options, IReadOnlyList<ValidationError> Errors) Read()
    {
        var recognition = RecognitionDto.AwardYear;
        if (Recognition is not null && !WireAliases.TryParse(Recognition, out recognition))
        {
            return (null, [new ValidationError(FieldPath.Parameter("recognition"), ProblemTexts.Of("Field.RecognitionUnknown", ProblemTexts.Text(Recognition), ProblemTexts.Text(WireAliases.Accepted<RecognitionDto>())))]);
        }
        var basis = BasisDto.Budget;
        if (Basis is not null && !WireAliases.TryParse(Basis, out basis))
        {
            return (null, [new ValidationError(FieldPath.Parameter("basis"), ProblemTexts.Of("Field.BasisUnknown", ProblemTexts.Text(Basis), ProblemTexts.Text(WireAliases.Accepted<BasisDto>())))]);
        }
        return (new ReconciliationOptions
        {
            Basis = WireEnums.ToCore(basis),
            Recognition = WireEnums.ToCore(recognition),
            IncludeConditional = IncludeConditional ?? true,
        }, []);
    }
}
