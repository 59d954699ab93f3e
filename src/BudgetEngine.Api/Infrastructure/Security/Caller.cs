using System.Security.Claims;
using BudgetEngine.Api.Infrastructure.Audit;

namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>Who sends a request: the key's id, its organisation and its roles, as the authentication handler found them.</summary>
public sealed record Caller(string KeyId, string Organisation, IReadOnlyList<string> Roles)
{
    /// <summary>The claim that carries the key's id.</summary>
    public const string KeyIdClaim = "budgetengine:key-id";

    /// <summary>The claim that carries the key's organisation.</summary>
    public const string OrganisationClaim = "budgetengine:organisation";

    /// <summary>The caller of an authenticated principal; null when the request carries no valid key.</summary>
    public static Caller? Of(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var keyId = user.FindFirstValue(KeyIdClaim);
        var organisation = user.FindFirstValue(OrganisationClaim);
        if (keyId is null || organisation is null) return null;
        return new Caller(keyId, organisation, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray());
    }

    /// <summary>The caller of a request that passed authorization (every /v1 endpoint requires a key).</summary>
    public static Caller Required(ClaimsPrincipal user) =>
        Of(user) ?? throw new InvalidOperationException("The endpoint was reached without an authenticated key; its access rule is missing.");

    /// <summary>Who the audit trail records for this caller's writes: the key's id and its organisation.</summary>
    public Actor Actor => new(KeyId, Organisation);

    /// <summary>Admin is a superuser: it sees and may do everything.</summary>
    public bool IsAdmin => Has(Security.Roles.Admin);

    /// <summary>Whether the key holds <paramref name="role"/>.</summary>
    public bool Has(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>Whether a resource of <paramref name="organisation"/> is visible to this caller: its own, or any for admin.</summary>
    public bool CanSee(string organisation) => IsAdmin || Organisations.Same(organisation, Organisation);

    /// <summary>The organisation whose resources this caller's listings show; null for admin (all of them).</summary>
    public string? VisibleOrganisation => IsAdmin ? null : Organisations.Normalise(Organisation);

    /// <summary>A principal for this caller, as the authentication handler issues it.</summary>
    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim> { new(KeyIdClaim, KeyId), new(OrganisationClaim, Organisation), new(ClaimTypes.Name, KeyId) };
        claims.AddRange(Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
