using BudgetEngine.Api.Infrastructure.Paging;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The query parameters of GET /v1/scenarios: the filters, and the page as <see cref="PageQuery"/> reads it (the parameters are repeated here only for their descriptions).</summary>
public sealed record ScenarioListQuery
{
    [Description("Only scenarios of this organisation (exact, ignoring case), e.g. \"Regio Gooi en Vechtstreek\".")]
    [FromQuery(Name = "organisation")]
    public string? Organisation { get; init; }

    [Description("Only scenarios whose name contains this text (ignoring case).")]
    [FromQuery(Name = "name")]
    public string? Name { get; init; }

    [Description("The page, from 1.")]
    [DefaultValue(1)]
    [FromQuery(Name = "page")]
    public int? Page { get; init; }

    [Description("Scenarios per page, 1 to 100.")]
    [DefaultValue(20)]
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; init; }

    /// <summary>The page and its size, read as every paged listing reads them.</summary>
    public PageQuery Paging => new() { Page = Page, PageSize = PageSize };
}
