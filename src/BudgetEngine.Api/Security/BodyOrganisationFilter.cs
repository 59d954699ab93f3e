namespace BudgetEngine.Api.Security;

/// <summary>
/// A non-admin key writes only for its own organisation: a body whose "organisation" is another's answers 403 naming
/// /organisation, before anything is stored. A body without an organisation passes on to validation, which names it.
/// </summary>
public sealed class BodyOrganisationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var caller = Caller.Of(context.HttpContext.User);
        if (caller is { IsAdmin: false })
        {
            foreach (var body in context.Arguments.OfType<IBelongsToOrganisation>())
            {
                if (!string.IsNullOrWhiteSpace(body.Organisation) && !Organisations.Same(body.Organisation, caller.Organisation))
                {
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status403Forbidden,
                        title: "You may write only for your own organisation.",
                        detail: $"Your key belongs to '{caller.Organisation}'; the body is for '{body.Organisation}'.",
                        extensions: new Dictionary<string, object?>
                        {
                            ["errors"] = new Dictionary<string, string[]> { ["/organisation"] = [$"Give your own organisation, '{caller.Organisation}'."] },
                        });
                }
            }
        }
        return await next(context);
    }
}
