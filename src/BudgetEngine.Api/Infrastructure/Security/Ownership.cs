using BudgetEngine.Api.Infrastructure.Errors;
namespace BudgetEngine.Api.Infrastructure.Security;

/// <summary>
/// Whose resource an endpoint touches, so that another organisation's resource stays invisible: authorization answers
/// 404 for it, exactly as if it did not exist. Admin sees everything and is never asked.
/// </summary>
public abstract class Ownership
{
    /// <summary>Not bound to an organisation (a stateless reconciliation, the national distribution, keys, audit).</summary>
    public static Ownership None { get; } = new Unbound(listing: false);

    /// <summary>A listing the handler filters to the caller's own organisation (admin: all).</summary>
    public static Ownership OwnListing { get; } = new Unbound(listing: true);

    /// <summary>The route value <paramref name="routeValue"/> is the organisation itself (a centrumgemeente's CBS code in {code}).</summary>
    public static Ownership RouteOrganisation(string routeValue, string resource) => new FromRoute(routeValue, resource);

    /// <summary>
    /// The route values name stored resources of <paramref name="kind"/>, whose organisation the keyed
    /// <see cref="IResourceOwnerResolver"/> knows (e.g. "scenario" for {id} and {otherId}).
    /// </summary>
    public static Ownership Stored(string kind, params string[] routeValues) => new StoredResource(kind, routeValues);

    /// <summary>Whether another organisation's request is answered 404 (the resource is invisible to it).</summary>
    public abstract bool HidesOtherOrganisations { get; }

    /// <summary>Whether the handler filters what it lists to the caller's organisation.</summary>
    public virtual bool IsOwnListing => false;

    /// <summary>The route values that name the organisation or the resources; empty when none does.</summary>
    public virtual IReadOnlyList<string> RouteValues => [];

    /// <summary>The 404 to answer when the request touches a resource the (non-admin) caller may not see; null when it may.</summary>
    public abstract ValueTask<IResult?> InvisibleAsync(HttpContext http, Caller caller);

    private sealed class Unbound(bool listing) : Ownership
    {
        public override bool HidesOtherOrganisations => false;

        public override bool IsOwnListing => listing;

        public override ValueTask<IResult?> InvisibleAsync(HttpContext http, Caller caller) => ValueTask.FromResult<IResult?>(null);
    }

    private sealed class FromRoute(string routeValue, string resource) : Ownership
    {
        public override bool HidesOtherOrganisations => true;

        public override IReadOnlyList<string> RouteValues => [routeValue];

        public override ValueTask<IResult?> InvisibleAsync(HttpContext http, Caller caller)
        {
            var organisation = http.Request.RouteValues[routeValue]?.ToString();
            return ValueTask.FromResult<IResult?>(organisation is null || caller.CanSee(organisation)
                ? null
                : Problems.Of(StatusCodes.Status404NotFound, ProblemTexts.Of("NotFound.Organisation.Title", ProblemTexts.Text(resource)),
                    ProblemTexts.Of("NotFound.Organisation.Detail", ProblemTexts.Text(resource), ProblemTexts.Text(organisation))));
        }
    }

    private sealed class StoredResource(string kind, string[] routeValues) : Ownership
    {
        public override bool HidesOtherOrganisations => true;

        public override IReadOnlyList<string> RouteValues => routeValues;

        public override async ValueTask<IResult?> InvisibleAsync(HttpContext http, Caller caller)
        {
            var resolver = http.RequestServices.GetRequiredKeyedService<IResourceOwnerResolver>(kind);
            foreach (var name in routeValues)
            {
                if (http.Request.RouteValues[name]?.ToString() is not { } id) continue;
                var owner = await resolver.OwnerOfAsync(id, http.RequestAborted);
                if (owner is not null && !caller.CanSee(owner)) return resolver.NotFound(id);
            }
            return null;
        }
    }
}

/// <summary>Knows which organisation a stored resource of one kind belongs to; registered as a keyed service under that kind.</summary>
public interface IResourceOwnerResolver
{
    /// <summary>The organisation of the resource, or null when there is none with that id (the handler answers that 404 itself).</summary>
    Task<string?> OwnerOfAsync(string id, CancellationToken ct);

    /// <summary>The 404 the endpoint gives for an id that does not exist; another organisation's resource gets the very same answer.</summary>
    IResult NotFound(string id);
}
