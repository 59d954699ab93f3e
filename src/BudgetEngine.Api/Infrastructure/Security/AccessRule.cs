namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// Who may call an endpoint: the roles that may (admin always may: it is a superuser), whose resources it touches, and
/// whether the body must be for the caller's own organisation. Attached with <see cref="AccessExtensions.RequireAccess{TBuilder}"/>;
/// also endpoint metadata, which the authorization matrix test reads to derive what every role must get.
/// </summary>
/// <param name="Name">The rule's name; its policy is named <c>access:{Name}</c>.</param>
/// <param name="Roles">The roles, besides admin, that may call the endpoint.</param>
/// <param name="Ownership">Whose resources it touches.</param>
public sealed record AccessRule(string Name, IReadOnlyList<string> Roles, Ownership Ownership)
{
    /// <summary>
    /// Whether the body's "organisation" must be the caller's own (403 naming /organisation otherwise); admin may write for any.
    /// The body type implements <see cref="Contracts.IBelongsToOrganisation"/>.
    /// </summary>
    public bool BodyOrganisation { get; init; }

    /// <summary>The name of the authorization policy that enforces the rule.</summary>
    public string PolicyName => "access:" + Name;

    /// <summary>Whether a key with these roles may call the endpoint at all.</summary>
    public bool Allows(Caller caller) => caller.IsAdmin || Roles.Any(caller.Has);

    /// <summary>The roles that may call it, admin included, for messages and documentation.</summary>
    public IReadOnlyList<string> AllowedRoles => Roles.Contains(Security.Roles.Admin) ? Roles : [.. Roles, Security.Roles.Admin];
}
