using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Core.Validation;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Limits;

/// <summary>
/// Checks a scenario body against the configured limits (lines, years, string lengths) before anything else reads it:
/// 400 naming each field that goes over, nothing stored.
/// </summary>
public sealed class ScenarioLimitsFilter(IOptions<LimitsOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var scenario in context.Arguments.OfType<ScenarioDto>())
        {
            var errors = ScenarioLimits.Check(scenario, options.Value);
            if (errors.Count > 0)
            {
                return Problems.Validation(errors, "Invalid.ScenarioOverLimit");
            }
        }
        return await next(context);
    }
}

/// <summary>Adds the limits check to the endpoints of a group that take a scenario.</summary>
public static class ScenarioLimitsExtensions
{
    public static RouteGroupBuilder WithScenarioLimits(this RouteGroupBuilder group) => group.AddEndpointFilter<ScenarioLimitsFilter>();
}

/// <summary>Checks the JSON documents of type <typeparamref name="TDocument"/> an endpoint takes against <see cref="DocumentLimits"/>: 400 naming each field, nothing stored.</summary>
public sealed class DocumentLimitsFilter<TDocument>(IOptions<LimitsOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var document in context.Arguments.OfType<TDocument>())
        {
            var errors = DocumentLimits.Check(document, options.Value);
            if (errors.Count > 0) return Problems.Validation(errors, "Invalid.DocumentOverLimit");
        }
        return await next(context);
    }
}
