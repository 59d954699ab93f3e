using Microsoft.AspNetCore.Authorization;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>The requirement of an <see cref="AccessRule"/>'s policy.</summary>
public sealed class AccessRequirement(AccessRule rule) : IAuthorizationRequirement
{
    public AccessRule Rule { get; } = rule;
}

/// <summary>The key's roles do not include one the rule allows: 403.</summary>
public sealed class RoleNotAllowed(IAuthorizationHandler handler, AccessRule rule, Caller caller)
    : AuthorizationFailureReason(handler, $"The endpoint needs one of the roles {string.Join(", ", rule.AllowedRoles)}; the key has {string.Join(", ", caller.Roles)}.")
{
    public AccessRule Rule { get; } = rule;

    /// <summary>The caller whose key lacks the role.</summary>
    public Caller Caller { get; } = caller;
}

/// <summary>The request touches another organisation's resource: answered exactly as if it did not exist.</summary>
public sealed class InvisibleResource(IAuthorizationHandler handler, IResult notFound)
    : AuthorizationFailureReason(handler, "The resource belongs to another organisation.")
{
    /// <summary>The 404 the endpoint gives for a resource that does not exist.</summary>
    public IResult NotFound { get; } = notFound;
}

/// <summary>Checks an <see cref="AccessRule"/>: the roles first (403), then, except for admin, whose resources the route names (404).</summary>
public sealed class AccessHandler : AuthorizationHandler<AccessRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccessRequirement requirement)
    {
        if (Caller.Of(context.User) is not { } caller)
        {
            return; // anonymous: the policy's RequireAuthenticatedUser makes it a 401
        }
        var rule = requirement.Rule;
        if (!rule.Allows(caller))
        {
            context.Fail(new RoleNotAllowed(this, rule, caller));
            return;
        }
        if (!caller.IsAdmin && context.Resource is HttpContext http
            && await rule.Ownership.InvisibleAsync(http, caller) is { } notFound)
        {
            context.Fail(new InvisibleResource(this, notFound));
            return;
        }
        context.Succeed(requirement);
    }
}
