using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Validation;
using BudgetEngine.Api.Infrastructure.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// Answers a failed authorization as problem+json: 401 (with WWW-Authenticate: Bearer) without a valid key, 403 when
/// the key's roles may not, and the endpoint's own 404 for another organisation's resource.
/// </summary>
public sealed class AccessDeniedResponses : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }
        if (authorizeResult.Challenged)
        {
            var reason = context.Items[ApiKeyAuthenticationHandler.FailureItem] as string;
            context.Response.Headers.WWWAuthenticate = reason is null
                ? "Bearer realm=\"BudgetEngine\""
                : "Bearer realm=\"BudgetEngine\", error=\"invalid_token\"";
            var unauthorized = Problems.Of(StatusCodes.Status401Unauthorized, ProblemTexts.Of("Unauthorized.Title"),
                ProblemTexts.Of("Unauthorized.Detail", MessageArgument.Part(ProblemTexts.Of(reason ?? "Unauthorized.NoHeader"))));
            ProblemLanguage.AttachErrors(unauthorized.ProblemDetails, [new ValidationError(FieldPath.Parameter("Authorization"), ProblemTexts.Of("Unauthorized.Error"))]);
            await unauthorized.ExecuteAsync(context);
            return;
        }
        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons ?? [];
        if (reasons.OfType<InvisibleResource>().FirstOrDefault() is { } invisible)
        {
            await invisible.NotFound.ExecuteAsync(context);
            return;
        }
        var role = reasons.OfType<RoleNotAllowed>().FirstOrDefault();
        await Problems.Of(StatusCodes.Status403Forbidden, ProblemTexts.Of("Forbidden.Role.Title"),
                role is null ? ProblemTexts.Of("Forbidden.Role.DetailUnknown")
                    : ProblemTexts.Of("Forbidden.Role.Detail", ProblemTexts.Text(string.Join(", ", role.Rule.AllowedRoles)), ProblemTexts.Text(string.Join(", ", role.Caller.Roles))),
                role is null ? null : new Dictionary<string, object?> { ["requiredRoles"] = role.Rule.AllowedRoles })
            .ExecuteAsync(context);
    }
}
