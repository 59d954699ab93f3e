using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// Authenticates "Authorization: Bearer &lt;key&gt;" against the stored key hashes (a key that opened the API recently is
/// remembered for a short time by <see cref="ApiKeyCache"/>). Without the header the request is anonymous (public
/// endpoints answer, the others 401); a key that is malformed, unknown or revoked fails. The key itself is never
/// logged: failures name only what was wrong.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyStore keys, ApiKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>Where the reason of a failed authentication is kept for the 401 problem.</summary>
    public const string FailureItem = "budgetengine:authentication-failure";

    /// <summary>The longest key considered; anything longer is not a key.</summary>
    public const int MaxKeyLength = 256;

    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization;
        if (header.Count == 0 || string.IsNullOrEmpty(header.ToString()))
        {
            return AuthenticateResult.NoResult();
        }
        if (header.Count > 1)
        {
            return Failed("Unauthorized.HeaderTwice");
        }
        var value = header.ToString();
        if (!value.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return Failed("Unauthorized.NotBearer");
        }
        var key = value[Bearer.Length..].Trim();
        if (key.Length == 0 || key.Length > MaxKeyLength)
        {
            return Failed("Unauthorized.NoKey");
        }
        var hash = ApiKeyCache.HashOf(key);
        if (!cache.TryGet(hash, out var caller))
        {
            var generation = cache.Generation; // before the lookup: a revocation committed meanwhile keeps this one out of the cache
            var stored = await keys.FindActiveAsync(key, Context.RequestAborted);
            if (stored is null)
            {
                return Failed("Unauthorized.Revoked");
            }
            caller = new Caller(stored.Id, stored.Organisation, stored.Roles);
            cache.Remember(hash, caller, generation);
        }
        return AuthenticateResult.Success(new AuthenticationTicket(caller.ToPrincipal(SchemeName), SchemeName));
    }

    /// <summary>Fails with the text <paramref name="reason"/> (an id of the problem texts), which the 401 answer gives as its detail.</summary>
    private AuthenticateResult Failed(string reason)
    {
        Context.Items[FailureItem] = reason;
        return AuthenticateResult.Fail(reason);
    }
}
