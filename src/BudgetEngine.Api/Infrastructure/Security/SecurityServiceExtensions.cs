using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>Registers API-key authentication, one authorization policy per <see cref="AccessRule"/>, the key store and its cache (cleared by key changes through any instance).</summary>
public static class SecurityServiceExtensions
{
    public static IServiceCollection AddBudgetEngineSecurity(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<ApiKeyCache>();
        services.AddHostedService<ApiKeyChangeListener>();
        services.AddSingleton(_ => new AdminKeyConsole(Console.Out));
        services.AddSingleton<AdminKeyBootstrap>();

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddSingleton<IAuthorizationHandler, AccessHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AccessDeniedResponses>();
        services.AddAuthorization(options =>
        {
            foreach (var rule in AccessRules.All)
            {
                options.AddPolicy(rule.PolicyName, policy => policy
                    .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                    .RequireAuthenticatedUser()
                    .AddRequirements(new AccessRequirement(rule)));
            }
        });
        return services;
    }
}
