using BudgetEngine.Core.Validation;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// A non-admin key writes only for its own organisation: a body whose "organisation" is another's answers 403 naming
/// /organisation, before anything is stored. A body without an organisation passes on to validation, which names it.
/// </summary>
public sealed class BodyOrganisationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        foreach (var body in context.Arguments.OfType<IBelongsToOrganisation>())
        {
            if (NotOwn(context.HttpContext.User, body.Organisation) is { } forbidden) return forbidden;
        }
        return await next(context);
    }

    /// <summary>
    /// The 403 problem when a non-admin caller writes for <paramref name="organisation"/>, which is not its own; null when it may.
    /// For writes whose organisation is known only inside the handler (an imported table).
    /// </summary>
    public static ProblemHttpResult? NotOwn(System.Security.Claims.ClaimsPrincipal user, string? organisation)
    {
        var caller = Caller.Of(user);
        if (caller is null || caller.IsAdmin || string.IsNullOrWhiteSpace(organisation) || Organisations.Same(organisation, caller.Organisation))
        {
            return null;
        }
        var forbidden = Problems.Of(StatusCodes.Status403Forbidden, ProblemTexts.Of("Forbidden.OtherOrganisation.Title"),
            ProblemTexts.Of("Forbidden.OtherOrganisation.Detail", ProblemTexts.Text(caller.Organisation), ProblemTexts.Text(organisation)));
        ProblemLanguage.AttachErrors(forbidden.ProblemDetails,
            [new ValidationError(FieldPath.Of("organisation"), ProblemTexts.Of("Forbidden.OtherOrganisation.Error", ProblemTexts.Text(caller.Organisation)))]);
        return forbidden;
    }
}
