using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Features.Scenarios;

/// <summary>The scenario's fields as query parameters (multipart requests may send them as form fields instead).</summary>
public sealed record ImportQuery
{
    /// <summary>The region or municipality whose budget it is (required here, as a form field, or in the scenario part).</summary>
    [Description("The region or municipality whose budget it is (required here, as a form field, or in the scenario part).")]
    [FromQuery(Name = "organisation")]
    public string? Organisation { get; init; }

    /// <summary>The scenario's name; default the table's title (the header row's first cell, e.g. "Begroting GHNT").</summary>
    [Description("The scenario's name; default the table's title (the header row's first cell, e.g. \"Begroting GHNT\").")]
    [FromQuery(Name = "name")]
    public string? Name { get; init; }

    /// <summary>The first budget year; default the first year in the header row.</summary>
    [Description("The first budget year; default the first year in the header row.")]
    [FromQuery(Name = "firstYear")]
    public int? FirstYear { get; init; }

    /// <summary>The last budget year; default the last year in the header row.</summary>
    [Description("The last budget year; default the last year in the header row.")]
    [FromQuery(Name = "lastYear")]
    public int? LastYear { get; init; }
}
