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
            await TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "An API key is required.",
                detail: (reason ?? "Send your key as \"Authorization: Bearer <key>\".") + " An admin creates keys with POST /v1/keys; see the README's access section.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["Authorization"] = ["Give \"Bearer <key>\" with an active key."] } })
                .ExecuteAsync(context);
            return;
        }
        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons ?? [];
        if (reasons.OfType<InvisibleResource>().FirstOrDefault() is { } invisible)
        {
            await invisible.NotFound.ExecuteAsync(context);
            return;
        }
        var role = reasons.OfType<RoleNotAllowed>().FirstOrDefault();
        await TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Your key's role may not do this.",
            detail: role?.Message ?? "Your key may not do this.",
            extensions: role is null ? null : new Dictionary<string, object?> { ["requiredRoles"] = role.Rule.AllowedRoles })
            .ExecuteAsync(context);
    }
}
