using System.Globalization;
using BudgetEngine.Api.Infrastructure.Errors;

namespace BudgetEngine.Api.Features.DuVo;

/// <summary>
/// The address check of every DU VO endpoint, made once: {code} must be a CBS municipality code and {year} a year a budget
/// may have; otherwise a 400 naming the parameter, before the handler runs.
/// </summary>
public sealed class DuVoRouteFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var route = context.HttpContext.Request.RouteValues;
        var code = route.TryGetValue("code", out var given) ? given as string : null;
        int? year = route.TryGetValue("year", out var text) && int.TryParse(text as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
        var errors = DuVoProblems.RouteErrors(code, year);
        return errors.Count > 0 ? Problems.Validation(errors, "Invalid.Address") : await next(context);
    }
}
