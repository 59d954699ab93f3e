using BudgetEngine.Api.Infrastructure.Paging;
using BudgetEngine.Contracts;
using BudgetEngine.Api.Infrastructure.Errors;
using BudgetEngine.Api.Infrastructure.Limits;
using BudgetEngine.Api.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using System.Security.Claims;

namespace BudgetEngine.Api.Features.Keys;

/// <summary>API keys: create (the secret shown once), list without secrets, revoke. Admin only.</summary>
public static class KeysApi
{
    public static RouteGroupBuilder MapKeys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/keys")
            .WithTags("Keys")
            .RequireAccess(AccessRules.Administer)
            .RequireRateLimiting(RateLimits.PerKey)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("", CreateKey)
            .WithName("CreateKey")
            .WithSummary("Create an API key")
            .WithDescription("Creates a random key (\"be_\" and 32 random bytes, base64url) for one organisation with one or more roles. "
                + "The response is the only time the key is shown: it is stored only as its SHA-256 hash. "
                + "Unlike the other POSTs it takes no Idempotency-Key: replaying the response would mean storing the secret. "
                + "If a response is lost, revoke the key (GET /v1/keys shows its prefix) and create another.")
            .Accepts<CreateKeyRequest>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("", ListKeys)
            .WithName("ListKeys")
            .WithSummary("List API keys")
            .WithDescription("Every key, oldest first, revoked ones included; never a secret, only each key's first 8 characters.");

        group.MapGet("/{id}", GetKey)
            .WithName("GetKey")
            .WithSummary("Read an API key")
            .WithDescription("One key without its secret.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id}", RevokeKey)
            .WithName("RevokeKey")
            .WithSummary("Revoke an API key")
            .WithDescription("The key stops opening the API at once; it stays listed with its revokedAt. The last active admin key cannot be revoked (409).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);

        return group;
    }

    public static async Task<Results<Created<CreatedKeyDto>, ValidationProblem>> CreateKey(
        CreateKeyRequest request, ApiKeyStore keys, IOptions<LimitsOptions> limits, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = CreateKeyValidation.Check(request, limits.Value);
        if (errors.Count > 0) return Problems.Validation(errors, "Invalid.Key");
        var secret = ApiKeySecrets.Generate();
        var stored = await keys.CreateAsync(secret, request.Organisation!, request.Roles!.Select(r => r!).ToArray(), request.Name, Caller.Required(user).Actor, ct);
        return TypedResults.Created($"/v1/keys/{stored.Id}", new CreatedKeyDto(secret, ApiKeyDto.Of(stored)));
    }

    public static async Task<Results<Ok<PageDto<ApiKeyDto>>, ValidationProblem>> ListKeys([AsParameters] PageQuery query, ApiKeyStore keys, CancellationToken ct)
    {
        var (page, pageSize, errors) = query.Read();
        if (errors.Count > 0) return Problems.Validation(errors, "Invalid.Query");
        var (items, total) = await keys.ListAsync(page, pageSize, ct);
        return TypedResults.Ok(new PageDto<ApiKeyDto>(items.Select(ApiKeyDto.Of).ToArray(), page, pageSize, total));
    }

    public static async Task<Results<Ok<ApiKeyDto>, ProblemHttpResult>> GetKey(string id, ApiKeyStore keys, CancellationToken ct) =>
        await keys.FindAsync(id, ct) is { } key ? TypedResults.Ok(ApiKeyDto.Of(key)) : KeyNotFound(id);

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(string id, ApiKeyStore keys, ClaimsPrincipal user, CancellationToken ct)
    {
        var (status, key) = await keys.RevokeAsync(id, Caller.Required(user).Actor, ct);
        return status switch
        {
            RevokeStatus.Revoked => TypedResults.NoContent(),
            RevokeStatus.AlreadyRevoked => TypedResults.Problem(
                statusCode: StatusCodes.Status410Gone, title: "The key was revoked before.", detail: $"The key '{id}' was revoked at {key!.RevokedAt:O}."),
            RevokeStatus.LastAdmin => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict, title: "The last admin key cannot be revoked.",
                detail: "Create another admin key first (POST /v1/keys with roles [\"admin\"]), then revoke this one."),
            _ => KeyNotFound(id),
        };
    }

    private static ProblemHttpResult KeyNotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such key.", detail: $"No key has the id '{id}'.");
}
