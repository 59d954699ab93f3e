using BudgetEngine.Api.Infrastructure.Errors;
using System.ComponentModel;
using BudgetEngine.Core.Validation;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Infrastructure.Paging;

/// <summary>?page= and ?pageSize= of a paged listing.</summary>
public sealed record PageQuery
{
    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 100;

    [Description("The page, from 1.")]
    [DefaultValue(1)]
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    [Description("Items per page, 1 to 100.")]
    [DefaultValue(20)]
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    /// <summary>The page and its size (defaults 1 and 20), or the errors naming the parameter.</summary>
    public (int Page, int PageSize, IReadOnlyList<ValidationError> Errors) Read()
    {
        var page = Page ?? 1;
        var pageSize = PageSize ?? 20;
        var errors = new List<ValidationError>();
        if (page < 1) errors.Add(new ValidationError(FieldPath.Parameter("page"), ProblemTexts.Of("Field.PageStart")));
        if (pageSize is < 1 or > MaxPageSize) errors.Add(new ValidationError(FieldPath.Parameter("pageSize"), ProblemTexts.Of("Field.PageSize", ProblemTexts.Number(MaxPageSize))));
        return (page, pageSize, errors);
    }
}
