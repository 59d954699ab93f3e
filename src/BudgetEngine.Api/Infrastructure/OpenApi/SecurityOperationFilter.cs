using BudgetEngine.Api.Infrastructure.Security;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace BudgetEngine.Api.Infrastructure.OpenApi;

/// <summary>
/// The bearer scheme (Swagger UI's Authorize button takes the key) and, on every operation with an access rule, the
/// requirement and which roles may call it. Public operations (/health) carry no requirement.
/// </summary>
public sealed class SecurityOperationFilter : IOperationFilter
{
    /// <summary>The security scheme's name in the document.</summary>
    public const string SchemeName = "apiKey";

    /// <summary>The scheme: HTTP bearer, the key as the token.</summary>
    public static OpenApiSecurityScheme Scheme { get; } = new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        BearerFormat = "API key",
        Description = "An API key: \"Authorization: Bearer be_...\". An admin creates keys with POST /v1/keys; the first admin key comes from "
            + "BUDGETENGINE_ADMIN_KEY or is printed once at the first start (see the README).",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var rule = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AccessRule>().LastOrDefault();
        if (rule is null) return;
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
        var who = $"Access: {string.Join(", ", rule.AllowedRoles)}"
            + (rule.Ownership.HidesOtherOrganisations ? "; another organisation's resources answer 404" : "")
            + (rule.Ownership.IsOwnListing ? "; lists only the key's own organisation (admin: all)" : "")
            + (rule.BodyOrganisation ? "; the body's organisation must be the key's own (403 otherwise)" : "")
            + ".";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? who : operation.Description + "\n\n" + who;
    }
}
