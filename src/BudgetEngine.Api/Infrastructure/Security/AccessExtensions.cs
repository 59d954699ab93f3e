using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>Attaches an <see cref="AccessRule"/> to an endpoint or a group in one line.</summary>
public static class AccessExtensions
{
    /// <summary>
    /// Requires a key that <paramref name="rule"/> allows: the rule as metadata (the authorization matrix reads it), its
    /// policy, the body-organisation check when the rule asks for it, and the 401/403 responses in the OpenAPI document.
    /// </summary>
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, AccessRule rule) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(rule);
        builder.RequireAuthorization(rule.PolicyName);
        if (rule.BodyOrganisation)
        {
            builder.AddEndpointFilter<TBuilder, BodyOrganisationFilter>();
        }
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ProblemDetails), ["application/problem+json"]));
        builder.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status403Forbidden, typeof(ProblemDetails), ["application/problem+json"]));
        return builder;
    }
}
